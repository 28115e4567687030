/** The bench workbook: 附件1 + 附件2 (the seed's) + 200 附件3 with 30 indicator rows each. */
import type { SheetGrid } from '../src/core';
import type { Level1Def } from '../src/core/forms/overall';
import { demoPlans } from '../src/cli/demoWorkbook';
import { plan } from '../src/layout';
import { planToGrid } from '../src/layout/toGrid';

export const PROJECTS = 200;
export const ROWS_PER_PROJECT = 30;

/** 3 一级 × 5 二级 × 2 三级 = 30 indicator rows, weights 30/30/30 (+10 for 预算执行率). */
function thirtyRowTree(): Level1Def[] {
  const names = ['产出指标', '效益指标', '满意度指标'];
  return names.map((name) => ({
    name,
    label: `${name}（30分）`,
    weight: 30,
    children: Array.from({ length: 5 }, (_, j) => ({
      name: `${name}${j + 1}`,
      weight: 6,
      rows: 2,
    })),
  }));
}

function projectGrid(index: number): SheetGrid {
  const p = plan('project', {
    unit: '示例单位',
    year: 2021,
    projectName: `项目${index + 1}`,
    indicators: thirtyRowTree(),
  });
  const grid = planToGrid(p, `附件3 项目${index + 1}`);
  // A finished workbook: every amount, weight, target, result and score filled, so every rule
  // runs; one row in ten missed its target (scored below its weight, with a reason).
  for (const [key, at] of Object.entries(p.fields)) {
    const row = grid.values[at.row];
    const missed = at.row % 10 === 3;
    if (/^funds\.(total|fiscal)\.(initial|budget)$/.test(key)) row[at.col] = 100 + index;
    else if (/^funds\.(total|fiscal)\.actual$/.test(key)) row[at.col] = 95.5 + index;
    else if (key === 'funds.total.weight') row[at.col] = 10;
    else if (key === 'funds.total.score') row[at.col] = 9;
    else if (/\.\d+\.weight$/.test(key)) row[at.col] = 3;
    else if (/\.\d+\.score$/.test(key)) row[at.col] = missed ? 2.88 : 3;
    else if (/\.\d+\.target$/.test(key)) row[at.col] = `年完成任务${100 + at.row}项以上`;
    else if (/\.\d+\.result$/.test(key))
      row[at.col] = `全年完成任务${missed ? 96 + at.row : 120 + at.row}项`;
    else if (/\.\d+\.reason$/.test(key) && missed) row[at.col] = '部分任务受疫情影响延后';
  }
  return grid;
}

export function benchGrids(): SheetGrid[] {
  const [base, overall] = demoPlans().map((p) => planToGrid(p));
  return [base, overall, ...Array.from({ length: PROJECTS }, (_, i) => projectGrid(i))];
}
