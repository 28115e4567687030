/** The demo workbook as a real file: the seed's figures sit at the plans' fields. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { demoPlans } from '../../src/cli/demoWorkbook';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import {
  addPlanSheet,
  loadWorkbook,
  newWorkbook,
  readWorkbookGrids,
  saveWorkbook,
} from '../../src/hosts/xlsx';
import type { SheetPlan } from '../../src/layout/plan';

const dir = mkdtempSync(join(tmpdir(), 'selfeval-demo-'));
const path = join(dir, 'demo.xlsx');
const plans = demoPlans();
let grids: SheetGrid[];

beforeAll(async () => {
  const workbook = newWorkbook();
  for (const p of plans) addPlanSheet(workbook, p);
  await saveWorkbook(workbook, path);
  grids = await readWorkbookGrids(path);
});

function field(p: SheetPlan, key: string): { value: CellValue; format: string | null } {
  const grid = grids.find((g) => g.name === p.sheetName);
  const at = p.fields[key];
  if (!grid || !at) throw new Error(`${p.sheetName}: ${key}`);
  return {
    value: grid.values[at.row]?.[at.col] ?? null,
    format: grid.numberFormats?.[at.row]?.[at.col] ?? null,
  };
}

describe('the demo workbook file', () => {
  it('holds the three attachments under their sheet names', () => {
    expect(grids.map((g) => g.name)).toEqual([
      '附件1 基础数据表',
      '附件2 整体支出自评表',
      '附件3 项目1',
    ]);
  });

  it('has the seed figures at the fields, with the printed formats', () => {
    const [base, overall, project] = plans;
    expect(field(base, 'staff.controlRate')).toEqual({ value: 0.94, format: '0%' });
    expect(field(base, 'line.sanGong.prior')).toEqual({ value: 337384, format: '#,##0.00' });
    expect(field(base, 'line.adjustment.prior').value).toBe('——');
    expect(field(overall, 'scale.fiscal.actual')).toEqual({
      value: 7554995.22,
      format: '#,##0.00',
    });
    expect(field(overall, 'scale.basic.rate')).toEqual({ value: 1.167, format: '0.0%' });
    expect(field(overall, 'ind.0.1.0.reason').value).toBe('部分超预算');
    expect(field(overall, 'total.score').value).toBe(90);
    expect(field(project, 'funds.total.initial').value).toBe(262.08);
    expect(field(project, 'funds.total.rate')).toEqual({ value: 1.87, format: '0%' });
    // Too wide for its cell: broken before the bracket, never inside it.
    expect(field(project, 'ind.1.4.label').value).toBe('服务对象满意度指标\n（10）');
    expect(field(project, 'total.score').value).toBe(90);
  });

  it('is stamped by the add-in and loads back', async () => {
    const workbook = await loadWorkbook(path);
    expect(workbook.creator).toBe('绩效自评助手');
    expect(workbook.worksheets).toHaveLength(3);
  });

  it('names the file when it cannot be loaded or saved', async () => {
    await expect(loadWorkbook(join(dir, 'nope.xlsx'))).rejects.toThrow(/nope\.xlsx/);
    await expect(saveWorkbook(newWorkbook(), join(dir, 'no-dir', 'x.xlsx'))).rejects.toThrow(
      /x\.xlsx/,
    );
  });
});
