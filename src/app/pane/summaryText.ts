/**
 * What a form's summary card says, as text: both panes (React and the legacy IE11 one) show the
 * same words from here, and only lay them out differently.
 */
import type {
  FormSummary,
  IndicatorSummary,
  LevelSummary,
  LineSummary,
  MoneyUnit,
} from '../../core';
import { DEVIATION_TEXT, PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';
import { PROBLEM_TEXT } from '../../strings/problems';
import { moneyText, pointsText, rateText, signedRateText } from './format';

/** One line of the card's facts: term, value, and whether the value is a mismatch (red). */
export type Fact = [term: string, value: string, mismatch?: boolean];

export function formTitle(form: FormSummary): string {
  return form.kind === 'project' && form.name ? form.name : PANE_FORM_NAME[form.kind];
}

export function formCaption(form: FormSummary): string {
  const { error, warning, info } = form.counts;
  return `${PANE_TEXT.sheetCaption(form.sheet)} · ${PANE_TEXT.formCounts(error, warning, info)}`;
}

export function summaryFacts(form: FormSummary): Fact[] {
  const out: Fact[] = [];
  if (form.kind === 'base') {
    out.push([PANE_TEXT.controlRate, rateText(form.controlRate)]);
    out.push([PANE_TEXT.sanGongChange, rateText(form.sanGongChangeRate)]);
    out.push([PANE_TEXT.budgetAdjustment, rateText(form.budgetAdjustmentRate)]);
    return out;
  }
  const weightOff = form.weightSum != null && pointsText(form.weightSum) !== '100';
  out.push([PANE_TEXT.weightSum, pointsText(form.weightSum), weightOff]);
  const total = pointsText(form.scoreSum);
  out.push([form.kind === 'overall' ? PANE_TEXT.overallTotal : PANE_TEXT.projectTotal, total]);
  if (form.reportedTotal != null && pointsText(form.reportedTotal) !== total)
    out.push([PANE_TEXT.reportedTotal, pointsText(form.reportedTotal), true]);
  out.push([PANE_TEXT.grade, form.grade ?? PANE_TEXT.none]);
  return out;
}

/** Lines with nothing typed (公车购置 on most forms) only add noise. */
export function shownLines(lines: LineSummary[]): LineSummary[] {
  return lines.filter((l) => l.budget !== null || l.actual !== null);
}

export function lineRate(line: LineSummary): string {
  return line.rate === null ? PANE_TEXT.none : rateText(line.rate);
}

/**
 * The figures under a line's rate: 年初预算 · 预算 · 执行 (unit) · 执行率偏差 (from 100%) · 年中追加
 * · 无预算.
 */
export function lineDetail(line: LineSummary, unit: MoneyUnit): string {
  const u = PANE_TEXT.moneyUnit[unit];
  const deviation = line.deviation ?? null;
  return (
    (line.initialBudget ? `${PANE_TEXT.initialBudget} ${moneyText(line.initialBudget)} · ` : '') +
    `${PANE_TEXT.budget} ${moneyText(line.budget)} · ${PANE_TEXT.actual} ${moneyText(line.actual)} ${u}` +
    (deviation !== null && line.rate !== null
      ? ` · ${DEVIATION_TEXT.lineDeviation(signedRateText(deviation))}`
      : '') +
    (line.additionRate ? ` · ${PANE_TEXT.additionRate(rateText(line.additionRate))}` : '') +
    (line.rate === null && line.actual !== null ? ` · ${PANE_TEXT.noRate}` : '')
  );
}

/** What a folded card says in its header: 总分 and 等级, the 控制率, or 尚未填写. */
export function formBrief(form: FormSummary): string {
  if (form.blank) return PROBLEM_TEXT.notFilled;
  if (form.kind === 'base') return `${PANE_TEXT.controlRate} ${rateText(form.controlRate)}`;
  const parts = [`${PANE_TEXT.overallTotal} ${pointsText(form.scoreSum)}`];
  if (form.grade) parts.push(form.grade);
  return DEVIATION_TEXT.brief(parts);
}

/** A quantitative 三级 indicator as the card shows it under its level. */
export interface IndicatorRowText {
  indicator: IndicatorSummary;
  /** The indicator's own label, when it says more than its level's. */
  label: string | null;
  /** `指标值 262.08万元 → 完成值 490.76万元`. */
  figures: string;
  /** `反向指标 · 偏差 +87.26% · 建议得分 1.27（自评 8）`. */
  verdict: string;
}

/** The indicators of a level whose target and result are quantities (a deviation computed). */
export function indicatorRows(level: LevelSummary, places = 2): IndicatorRowText[] {
  return (level.indicators ?? [])
    .filter((i) => i.direction !== null && i.deviation !== null)
    .map((i) => {
      const parts: string[] = [];
      if (i.direction) parts.push(DEVIATION_TEXT.direction[i.direction]);
      parts.push(DEVIATION_TEXT.deviation(signedRateText(i.deviation, places)));
      if (i.suggested !== null)
        parts.push(DEVIATION_TEXT.suggested(pointsText(i.suggested), pointsText(i.score)));
      return {
        indicator: i,
        // 附件3's 三级 rows often repeat their level's name (数量指标 under 数量指标(15)).
        label: i.label && level.label.indexOf(i.label) !== 0 ? i.label : null,
        figures: `${DEVIATION_TEXT.target} ${i.target ?? PANE_TEXT.none} → ${DEVIATION_TEXT.result} ${i.result ?? PANE_TEXT.none}`,
        verdict: parts.join(' · '),
      };
    });
}

export interface LevelRow {
  level: LevelSummary;
  /** A 二级 row under its 一级. */
  child: boolean;
  /** `（标注 40 分）` where the declared weight differs from the children's sum, else null. */
  declared: string | null;
  /** `28 / 30`. */
  points: string;
}

/** Each 一级 indicator's row, its 二级 rows below it. */
export function levelRows(levels: LevelSummary[]): LevelRow[] {
  const row = (level: LevelSummary, child: boolean): LevelRow => {
    // A declared weight that differs from the children's sum is the WEIGHT_SUM flag's finding.
    const declared =
      level.declaredWeight !== null &&
      level.weight !== null &&
      pointsText(level.declaredWeight) !== pointsText(level.weight)
        ? PANE_TEXT.declaredWeight(pointsText(level.declaredWeight))
        : null;
    const points = PANE_TEXT.scoreOfWeight(pointsText(level.score), pointsText(level.weight));
    return { level, child, declared, points };
  };
  return levels.flatMap((level) => [
    row(level, false),
    ...(level.children ?? []).map((c) => row(c, true)),
  ]);
}
