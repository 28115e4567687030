/// <reference types="office-js" />
/** The real host: the global Excel.run and Office's requirement-set check. */
import type { ExcelContext, ExcelHostApi, HostRunOptions } from './api';

/**
 * Compile-time guard: the real request context must offer everything ExcelContext names, with
 * compatible types; if api.ts asks for a member Office.js lacks, this line stops compiling.
 */
const asHostContext = (context: Excel.RequestContext): ExcelContext => context;

export function officeHostApi(): ExcelHostApi {
  return {
    run<T>(batch: (context: ExcelContext) => Promise<T>, options: HostRunOptions = {}): Promise<T> {
      const body = (context: Excel.RequestContext) => batch(asHostContext(context));
      // Pass options only when asked: hosts before ExcelApi 1.20 know no mergeUndoGroup.
      return options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, body) : Excel.run(body);
    },
    isSetSupported(version: string): boolean {
      return Office.context.requirements.isSetSupported('ExcelApi', version);
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
