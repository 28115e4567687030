/**
 * The golden case: the 2021 report of 浏阳市招商引资服务中心 (shared/seeds/000_…txt), laid out by
 * `selfeval demo` exactly as printed, then checked by `selfeval check`. Every expected figure is
 * computed by hand from the seed's own numbers, not taken from the code.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { JsonFile, JsonForm } from '../../src/cli/jsonReport';
import { toAddress } from '../../src/core';
import type { Flag } from '../../src/core';
import { readWorkbookGrids } from '../../src/hosts/xlsx';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'selfeval-golden-'));
const demo = join(dir, 'demo.xlsx');
let file: JsonFile;
let checkExit: number;

function form(kind: JsonForm['kind']): JsonForm {
  const f = file.forms.find((x) => x.kind === kind);
  if (!f) throw new Error(`no ${kind} form`);
  return f;
}
function flagsOf(kind: JsonForm['kind'], code?: string): Flag[] {
  const sheet = form(kind).sheet;
  return file.flags.filter((f) => f.sheet === sheet && (code === undefined || f.code === code));
}
function line(kind: JsonForm['kind'], label: string) {
  const l = form(kind).lines.find((x) => x.label === label);
  if (!l) throw new Error(`no line ${label}`);
  return l;
}

beforeAll(async () => {
  const made = capture();
  expect(await main(['demo', '-o', demo], made.io)).toBe(0);
  const checked = capture();
  checkExit = await main(['check', demo, '--json'], checked.io);
  file = (JSON.parse(checked.out.join('\n')) as { files: JsonFile[] }).files[0];
});

describe('selfeval demo + check on the seed', () => {
  it('finds the three attachments and exits 1 because there are errors', () => {
    expect(file.forms.map((f) => f.kind)).toEqual(['base', 'overall', 'project']);
    expect(checkExit).toBe(1);
  });

  it('附件1: 控制率 16 ÷ 17 = 94.12%', () => {
    expect(form('base').controlRate).toBe('0.9412');
  });

  it('附件2: 财政拨款, 基本支出, 项目支出 over budget at 154.50%, 116.67%, 187.26%', () => {
    // 7554995.22 / 4889977.00 = 1.544996…; 2647356.88 / 2269177.00 = 1.166659…; 4907638.34 / 2620800.00 = 1.872572…
    expect(line('overall', '财政拨款').rate).toBe('1.545');
    expect(line('overall', '基本支出').rate).toBe('1.1667');
    expect(line('overall', '项目支出').rate).toBe('1.8726');
    const over = flagsOf('overall', 'OVER_BUDGET');
    expect(over.map((f) => f.actual)).toEqual(['154.50%', '116.67%', '187.26%']);
  });

  it('附件2: the printed rates 155% / 116.7% / 187% are flagged for their precision', () => {
    const precision = flagsOf('overall', 'RATE_PRECISION');
    expect(precision).toHaveLength(1);
    expect(precision[0].actual).toBe('155%、116.7%、187%');
    // 154.4996…% printed as 155% is a double rounding: at 0 decimals it is 154%.
    const mismatch = flagsOf('overall', 'RATE_MISMATCH');
    expect(mismatch.map((f) => [f.actual, f.expected])).toEqual([['155%', '154.50%']]);
  });

  it('附件2: scores add up to 90 (28 + 22 + 40), grade 优, no total mismatch', () => {
    const overall = form('overall');
    expect(overall.scoreSum).toBe('90');
    expect(overall.weightSum).toBe('100');
    expect(overall.reportedTotal).toBe('90');
    expect(overall.grade).toBe('优');
    const levels = overall.levels as { score: string }[];
    expect(levels.map((l) => l.score)).toEqual(['28', '22', '40']);
    expect(flagsOf('overall', 'TOTAL_MISMATCH')).toHaveLength(0);
    expect(flagsOf('overall', 'WEIGHT_SUM')).toHaveLength(0);
  });

  it('附件3: 执行率 100.00% against 全年预算数; 追加率 87.26% against 年初预算数', () => {
    const total = line('project', '年度资金总额');
    expect(total.rate).toBe('1');
    expect(total.initialBudget).toBe('262.08');
    const addition = flagsOf('project', 'BUDGET_ADDITION');
    expect(addition).toHaveLength(1);
    // (490.76 − 262.08) / 262.08 = 0.872558…
    expect(addition[0].actual).toBe('87.26%');
    expect(addition[0].message).toContain('228.68');
  });

  it('附件3: the printed 187% is flagged as computed against 年初预算数', () => {
    const mismatch = flagsOf('project', 'RATE_MISMATCH');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ severity: 'error', actual: '187%', expected: '100.00%' });
    expect(mismatch[0].message).toContain('年初预算数');
  });

  it('附件3: weights add up to 110 (10 + 50 + 50) and 效益指标 says 40 — errors', () => {
    const weights = flagsOf('project', 'WEIGHT_SUM');
    expect(weights.every((f) => f.severity === 'error')).toBe(true);
    expect(weights.map((f) => f.actual).sort()).toEqual(['110', '40']);
    expect(form('project').weightSum).toBe('110');
  });

  it('附件3: printed 总分 90 against a score sum of 100 — error', () => {
    // 8 + (15 + 19 + 5 + 8) + (9 × 5) = 100
    expect(form('project').scoreSum).toBe('100');
    const total = flagsOf('project', 'TOTAL_MISMATCH');
    expect(total).toHaveLength(1);
    expect(total[0]).toMatchObject({ severity: 'error', expected: '100', actual: '90' });
  });

  it('a missing 偏差原因 on each row that lost points', () => {
    const names = (kind: JsonForm['kind']) =>
      flagsOf(kind, 'REASON_MISSING').map((f) => f.message.replace(/得分.*$/, ''));
    // 附件2: 经济效益 9/10, 社会效益 9/10, 生态效益 6/7, 可持续影响 7/8, 满意度 9/10 have no reason;
    // 预算执行管理 2/4, 质量 7/8, 时效 4/5, 成本 5/6 have one.
    expect(names('overall')).toEqual([
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '满意度指标',
    ]);
    // 附件3: 质量 19/20 and the five 效益 rows at 9/10 have none; 成本 8/10 has one.
    expect(names('project')).toEqual([
      '质量指标',
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '服务对象满意度指标',
    ]);
  });

  it('--fix writes a copy with the derived cells recomputed and every input untouched', async () => {
    const fixed = join(dir, 'fixed.xlsx');
    const run = capture();
    await main(['check', demo, '--fix', '-o', fixed], run.io);
    const before = await readWorkbookGrids(demo);
    const after = await readWorkbookGrids(fixed);
    const again = capture();
    await main(['check', fixed, '--json'], again.io);
    const refixed = (JSON.parse(again.out.join('\n')) as { files: JsonFile[] }).files[0];
    const codes = refixed.flags.map((f) => f.code);
    expect(codes).not.toContain('RATE_MISMATCH');
    expect(codes).not.toContain('RATE_PRECISION');
    // The weights are the accountant's: still wrong, still flagged; while they add up to 110 the
    // 附件3 总分 (90) and 等级 are left as typed, and its TOTAL_MISMATCH says why (issue 12).
    expect(codes).toContain('WEIGHT_SUM');
    const totals = refixed.flags.filter((f) => f.code === 'TOTAL_MISMATCH');
    expect(totals.map((f) => [f.sheet, f.message])).toEqual([
      [
        form('project').sheet,
        '总分填写为 90，各项得分合计为 100；权重合计有误，总分和等级暂不改写',
      ],
    ]);
    const changed: string[] = [];
    // Every cell of either copy (a blank cell the fix filled may lie past the row's last value).
    before.forEach((sheet, s) => {
      const rows = Math.max(sheet.values.length, after[s].values.length);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(sheet.values[r]?.length ?? 0, after[s].values[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          const was = sheet.values[r]?.[c] ?? null;
          if ((after[s].values[r]?.[c] ?? null) !== was)
            changed.push(`${sheet.name}!${toAddress(r, c)}`);
        }
      }
    });
    // Exactly the derived cells: 附件1 控制率 (0.94 -> 0.9412), 附件2 the three 执行率 and its
    // blank 等级 (优 for 90), 附件3 the 执行率 of 年度资金总额. 附件3's 总分 and 等级 stay as
    // typed while its weights add up to 110. Each is where the flags pointed.
    const [gradeMissing] = flagsOf('overall', 'GRADE_MISSING');
    expect(gradeMissing?.expected).toBe('优');
    expect(changed.sort()).toEqual(
      [
        `${form('base').sheet}!D5`,
        `${form('overall').sheet}!G6`,
        `${form('overall').sheet}!G8`,
        `${form('overall').sheet}!G9`,
        `${form('overall').sheet}!${gradeMissing.address}`,
        `${form('project').sheet}!H7`,
      ].sort(),
    );
    const overallSheet = after.find((g) => g.name === form('overall').sheet);
    expect(overallSheet?.values.flat()).toContain(1.545);
  });
});
