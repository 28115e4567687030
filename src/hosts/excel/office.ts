/// <reference types="office-js" />
/**
 * The real host: the global Excel.run, Office's requirement-set check, and what the office.js
 * actually loaded does with Excel.run's options.
 */
import type { ExcelContext, ExcelHostApi, HostRunOptions, RunOptionSupport } from './api';

/**
 * Compile-time guard: the real request context must offer everything ExcelContext names, with
 * compatible types; if api.ts asks for a member Office.js lacks, this line stops compiling.
 */
const asHostContext = (context: Excel.RequestContext): ExcelContext => context;

/**
 * The request flags office.js will send for this context. Excel.run turns its options into
 * flags on the context before the batch runs (`onBeforeExcelRun`); an option the loaded office.js
 * does not know leaves them as they are. Internal to office.js, so read defensively: undefined
 * when it is not there, and then no option counts as honoured.
 */
function requestFlags(context: Excel.RequestContext): number | undefined {
  const flags = (context as unknown as { _requestFlagModifier?: unknown })._requestFlagModifier;
  return typeof flags === 'number' ? flags : undefined;
}

/** What a probe run throws to leave Excel.run before its closing sync: the flags it saw. */
class FlagsSeen {
  constructor(readonly flags: number | undefined) {}
}

/**
 * Flags of a run with these options. The batch throws them instead of returning, so Excel.run
 * skips its closing sync: no request reaches Excel.
 */
async function flagsWith(options: Excel.RunOptions): Promise<number | undefined> {
  try {
    await Excel.run(options, async (context) => {
      throw new FlagsSeen(requestFlags(context));
    });
  } catch (seen) {
    if (seen instanceof FlagsSeen) return seen.flags;
    throw seen;
  }
  return undefined;
}

/**
 * Which run options reach Excel: the npm copy of office.js (1.1.110) knows `delayForCellEdit`
 * only, and silently drops `mergeUndoGroup`; the CDN's current build passes both. An option is
 * honoured when a run with it sends other flags than a run without it.
 */
async function runOptionSupport(): Promise<RunOptionSupport> {
  try {
    const [plain, merged, delayed] = await Promise.all([
      flagsWith({}),
      flagsWith({ mergeUndoGroup: true }),
      flagsWith({ delayForCellEdit: true }),
    ]);
    const differs = (flags: number | undefined) =>
      plain !== undefined && flags !== undefined && flags !== plain;
    return { mergeUndoGroup: differs(merged), delayForCellEdit: differs(delayed) };
  } catch {
    return { mergeUndoGroup: false, delayForCellEdit: false };
  }
}

/** The Excel host API over the loaded office.js, once it has said what it honours. */
export async function officeHostApi(): Promise<ExcelHostApi> {
  const runOptions = await runOptionSupport();
  return {
    runOptions,
    run<T>(batch: (context: ExcelContext) => Promise<T>, options: HostRunOptions = {}): Promise<T> {
      const body = (context: Excel.RequestContext) => batch(asHostContext(context));
      const passed: Excel.RunOptions = {};
      // Only what is asked for and honoured: an unknown option is dropped anyway, and asking
      // for no option at all keeps Excel.run's oldest signature.
      if (options.mergeUndoGroup && runOptions.mergeUndoGroup) passed.mergeUndoGroup = true;
      if (options.delayForCellEdit) passed.delayForCellEdit = true;
      return Object.keys(passed).length > 0 ? Excel.run(passed, body) : Excel.run(body);
    },
    isSetSupported(version: string, set = 'ExcelApi'): boolean {
      return Office.context.requirements.isSetSupported(set, version);
    },
  };
}

/**
 * Office's theme body colour ('#RRGGBB'), for the pane to pick light or dark; undefined where the
 * host or version has no officeTheme.
 */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
