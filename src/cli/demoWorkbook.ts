/** The three attachments filled with the seed's 2021 figures: the demo and golden workbook. */
import type { BaseLineKey } from '../core/forms/base';
import type { Level1Def } from '../core/forms/overall';
import { PROJECT_INDICATORS } from '../core/forms/project';
import { fillFields, plan, type FieldValue } from '../layout';
import * as keys from '../layout/fieldKeys';
import type { SheetPlan } from '../layout/plan';
import {
  SEED_BASE_LINES,
  SEED_DEPARTMENT,
  SEED_GOAL_RESULT,
  SEED_GOAL_TARGET,
  SEED_MEASURES,
  SEED_OVERALL_ROWS,
  SEED_PROJECT,
  SEED_PROJECT_LEVEL2_WEIGHTS,
  SEED_PROJECT_ROWS,
  SEED_UNIT,
  SEED_YEAR,
  printedRate,
  type SeedIndicatorRow,
} from './demoSeedFigures';
import { numberedProjectSheetName } from '../layout/sheetNames';

type Fields = Record<string, FieldValue>;

/** `{'1.0.0': {score: 6}}` -> `{'ind.1.0.0.score': 6}`. */
function indicatorFields(rows: Record<string, SeedIndicatorRow>): Fields {
  const fields: Fields = {};
  for (const [path, row] of Object.entries(rows)) {
    const [i, j, k] = path.split('.').map(Number);
    for (const [column, value] of Object.entries(row) as [keys.IndicatorColumn, FieldValue][]) {
      fields[keys.level3Key(i, j, k, column)] = value;
    }
  }
  return fields;
}

function baseFields(): Fields {
  const fields: Fields = {
    [keys.STAFF_ESTABLISHMENT_KEY]: 17,
    [keys.STAFF_ACTUAL_KEY]: 16,
    [keys.STAFF_CONTROL_RATE_KEY]: printedRate(0.94, '0%'),
    [keys.MEASURES_KEY]: SEED_MEASURES,
  };
  const columns: keys.BaseLineColumn[] = ['prior', 'budget', 'final'];
  for (const [line, values] of Object.entries(SEED_BASE_LINES)) {
    values.forEach((value, c) => {
      if (value !== null) fields[keys.baseLineKey(line as BaseLineKey, columns[c])] = value;
    });
  }
  return fields;
}

function overallFields(): Fields {
  return {
    [keys.UNIT_NAME_KEY]: SEED_UNIT,
    [keys.scaleKey('fiscal', 'budget')]: 4889977.0,
    [keys.scaleKey('fiscal', 'actual')]: 7554995.22,
    [keys.scaleKey('fiscal', 'rate')]: printedRate(1.55, '0%'),
    [keys.scaleKey('basic', 'budget')]: 2269177.0,
    [keys.scaleKey('basic', 'actual')]: 2647356.88,
    [keys.scaleKey('basic', 'rate')]: printedRate(1.167, '0.0%'),
    [keys.scaleKey('project', 'budget')]: 2620800.0,
    [keys.scaleKey('project', 'actual')]: 4907638.34,
    [keys.scaleKey('project', 'rate')]: printedRate(1.87, '0%'),
    [keys.GOAL_TARGET_KEY]: SEED_GOAL_TARGET,
    [keys.GOAL_RESULT_KEY]: SEED_GOAL_RESULT,
    ...indicatorFields(SEED_OVERALL_ROWS),
    [keys.TOTAL_WEIGHT_KEY]: 100,
    [keys.TOTAL_SCORE_KEY]: 90,
    // The seed prints no 等级 row value.
  };
}

/**
 * The seed's own 附件3 tree: 产出指标(50分) and 效益指标（40分）, with 服务对象满意度指标 inside
 * 效益 (its weights add up to 50 against the printed 40) and each 二级 printed with its weight.
 */
export function seedProjectIndicators(): Level1Def[] {
  const [output, benefit, satisfaction] = PROJECT_INDICATORS;
  const withWeights = (children: Level1Def['children'], weights: readonly number[]) =>
    children.map((child, j) => ({ ...child, weight: weights[j] ?? 0 }));
  return [
    {
      ...output,
      label: `${output.name}(50分)`,
      weight: 50,
      children: withWeights(output.children, SEED_PROJECT_LEVEL2_WEIGHTS[0]),
    },
    {
      ...benefit,
      label: `${benefit.name}（40分）`,
      weight: 40,
      children: withWeights(
        [...benefit.children, ...satisfaction.children],
        SEED_PROJECT_LEVEL2_WEIGHTS[1],
      ),
    },
  ];
}

function projectFields(): Fields {
  return {
    [keys.DEPARTMENT_KEY]: SEED_DEPARTMENT,
    [keys.fundKey('total', 'initial')]: 262.08,
    [keys.fundKey('total', 'budget')]: 490.76,
    [keys.fundKey('total', 'actual')]: 490.76,
    [keys.fundKey('total', 'weight')]: 10,
    [keys.fundKey('total', 'rate')]: printedRate(1.87, '0%'),
    [keys.fundKey('total', 'score')]: 8,
    [keys.fundKey('fiscal', 'initial')]: 262.08,
    [keys.fundKey('fiscal', 'budget')]: 490.76,
    [keys.fundKey('fiscal', 'actual')]: 490.76,
    [keys.GOAL_TARGET_KEY]: SEED_GOAL_TARGET,
    [keys.GOAL_RESULT_KEY]: SEED_GOAL_RESULT,
    ...indicatorFields(SEED_PROJECT_ROWS),
    [keys.TOTAL_WEIGHT_KEY]: 100,
    [keys.TOTAL_SCORE_KEY]: 90,
  };
}

export function demoPlans(): SheetPlan[] {
  const common = { unit: SEED_UNIT, year: SEED_YEAR };
  return [
    fillFields(plan('base', common), baseFields()),
    fillFields(plan('overall', common), overallFields()),
    fillFields(
      plan('project', {
        ...common,
        projectName: SEED_PROJECT,
        sheetName: numberedProjectSheetName(1),
        indicators: seedProjectIndicators(),
      }),
      projectFields(),
    ),
  ];
}
