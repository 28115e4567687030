/**
 * What every scored form has (附件2, 附件3, the 评分表): its funds block where it has one, the
 * indicator tree, 总分 and 等级, as the summary's figures.
 */
import { decString } from '../decimal';
import type { Dec } from '../decimal';
import type { IndicatorForm, OverallForm, ProjectForm } from '../model';
import type { FormSummary, LevelSummary } from '../summary';
import { FIELD_TEXT } from '../../strings/flags';
import { FormContext } from './context';
import type { Settings } from '../settings';
import { checkFunds } from './funds';
import { checkLevel1 } from './indicators';
import { lazyField } from '../lazyField';
import { toLevelSummary } from './levelSummary';
import { checkTotals } from './totals';

export type ScoredSummary = Pick<
  FormSummary,
  'lines' | 'levels' | 'weightSum' | 'scoreSum' | 'reportedTotal' | 'grade'
>;

const str = (d: Dec | null) => (d === null ? null : decString(d));

/** Checks the form and adds its scored figures to `head` (the form's own summary fields). */
export function checkScored<H extends object>(
  ctx: FormContext,
  form: OverallForm | ProjectForm | IndicatorForm,
  head: H,
): H & ScoredSummary {
  const funds = form.kind === 'indicator' ? null : checkFunds(ctx, form);
  const levels = form.indicators.map((l1) => checkLevel1(ctx, l1, funds?.rate ?? null));
  const totals = checkTotals(
    ctx,
    [funds?.executionWeight ?? null, ...levels.map((l) => l.weight)],
    [funds?.executionScore ?? null, ...levels.map((l) => l.score)],
    form.total,
    form.grade,
    form.indicators[0]?.labelCell ?? null,
    funds?.filled ?? undefined,
  );
  const total = form.kind === 'indicator' ? null : form.funds.find((l) => l.key === 'total');
  const executionLevel: LevelSummary[] =
    total && funds && funds.executionWeight !== null
      ? [
          {
            label: FIELD_TEXT.executionScore,
            address: (total.score ?? total.labelCell).address,
            declaredWeight: str(funds.executionWeight),
            weight: str(funds.executionWeight),
            score: str(funds.executionScore),
          },
        ]
      : [];
  const scored: ScoredSummary = {
    lines: funds?.lines ?? [],
    levels: [],
    weightSum: str(totals.weightSum),
    scoreSum: str(totals.scoreSum),
    reportedTotal: str(totals.reportedTotal),
    grade: totals.grade,
  };
  const summary = Object.assign(head, scored);
  lazyLevels(summary, executionLevel, form, ctx.settings, funds?.rate ?? null);
  return summary;
}

/**
 * The level tree, built when read (a card unfolded, --json), by checking the levels again into a
 * scratch output: the checks are pure, so it is the tree they built above. Holding that tree
 * from the evaluation instead would keep every row's figures alive as long as the summary, and
 * copying them is most of what the garbage collector does in an evaluation of 200 附件3.
 */
function lazyLevels(
  summary: ScoredSummary,
  executionLevel: LevelSummary[],
  form: OverallForm | ProjectForm | IndicatorForm,
  settings: Settings,
  blockRate: Dec | null,
): void {
  lazyField<ScoredSummary, 'levels'>(summary, 'levels', () => {
    const out = { flags: [], writes: [] };
    const scratch = new FormContext(form.sheet, form.unit, settings, out, () => false, true);
    const places = settings.ratePrecision;
    return [
      ...executionLevel,
      ...form.indicators.map((l1) => toLevelSummary(checkLevel1(scratch, l1, blockRate), places)),
    ];
  });
}
