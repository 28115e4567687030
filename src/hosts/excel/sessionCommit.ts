/**
 * Step 3 of a recalculation (session.ts), the commit: the derived cells that changed, the 校验
 * notes and the highlights they change, in as few requests under 4 MB as they fit (usually one).
 * Returns the state they leave only once Excel has taken them: a failed sync (a cell being
 * edited, a protected sheet, a request too large) rejects, and the session keeps what it had.
 */
import type { ExcelContext } from './api';
import { sheetProxies, writeParts } from './applyWrites';
import type { Features } from './capabilities';
import { planHighlights } from './highlight';
import type { OwnWrites } from './ownWrites';
import { queueWithinBudget } from './requestSize';
import type { RecalculationPlan } from './sessionEvaluate';
import { memoOf, type ReadState, type SessionState } from './sessionState';
import { highlightsAsWritten } from './writePolicy';

export async function commitRecalculation(
  ctx: ExcelContext,
  features: Features,
  own: OwnWrites,
  before: SessionState,
  read: ReadState,
  plan: RecalculationPlan,
): Promise<SessionState> {
  const { writes, touched, writtenGrids, shown, notes } = plan;
  const sheets = sheetProxies(ctx);
  const highlights =
    writes.length === 0
      ? { parts: [], memo: before.highlights }
      : planHighlights(
          sheets,
          features.conditionalFormats,
          highlightsAsWritten(shown.evaluation.formats, writtenGrids, touched),
          before.highlights,
        );
  const forms = notes.forms.map((f, i) => ({ ...f, grid: writtenGrids[i] }));
  const idOf = (sheet: string) => read.forms.find((f) => f.grid.name === sheet)?.id;
  const all = [...writes, ...notes.writes];
  const armed = features.triggerSource ? [] : own.arm(all, idOf);
  try {
    await queueWithinBudget(ctx, [...writeParts(sheets, all), ...highlights.parts]);
    await ctx.sync();
  } catch (error) {
    own.disarm(armed);
    throw error;
  }
  return {
    ...read,
    memo: memoOf(read.sheets, forms),
    forms,
    evaluation: shown,
    highlights: highlights.memo,
  };
}
