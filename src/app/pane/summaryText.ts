/**
 * What a form's summary card says, as text: both panes (React and the legacy IE11 one) show the
 * same words from here, and only lay them out differently.
 */
import type { FormSummary, LevelSummary, LineSummary, MoneyUnit } from '../../core';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';
import { moneyText, pointsText, rateText } from './format';

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

/** The figures under a line's rate: 年初预算 · 预算 · 执行 (unit) · 年中追加 · 无预算. */
export function lineDetail(line: LineSummary, unit: MoneyUnit): string {
  const u = PANE_TEXT.moneyUnit[unit];
  return (
    (line.initialBudget ? `${PANE_TEXT.initialBudget} ${moneyText(line.initialBudget)} · ` : '') +
    `${PANE_TEXT.budget} ${moneyText(line.budget)} · ${PANE_TEXT.actual} ${moneyText(line.actual)} ${u}` +
    (line.additionRate ? ` · ${PANE_TEXT.additionRate(rateText(line.additionRate))}` : '') +
    (line.rate === null && line.actual !== null ? ` · ${PANE_TEXT.noRate}` : '')
  );
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
