/**
 * Any thrown value -> the ActionError the pane shows: a zh-CN sentence saying what to do, and
 * for an OfficeExtension.Error its code and where in the batch it failed. Read by shape, not by
 * `instanceof`, so errors of the memory host and of another Office.js copy map the same way.
 */
import type { ActionError } from '../../taskpane/actions';
import { HOST_ERROR_ADVICE, HOST_TEXT, type HostAction } from '../../strings/host';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value
    ? (value as Record<string, unknown>)[name]
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `Range.values: 'Sheet1'!A1 …` from OfficeExtension's debugInfo, when it says anything. */
function debugText(debugInfo: unknown): string | undefined {
  const location = str(field(debugInfo, 'errorLocation'));
  const statement = str(field(debugInfo, 'statement'));
  const parts = [location, statement].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(' — ') : undefined;
}

function adviceFor(code: string | undefined): string | undefined {
  return code !== undefined && Object.prototype.hasOwnProperty.call(HOST_ERROR_ADVICE, code)
    ? HOST_ERROR_ADVICE[code]
    : undefined;
}

export function toActionError(error: unknown, action: HostAction): ActionError {
  const code = str(field(error, 'code')) ?? str(field(field(error, 'debugInfo'), 'code'));
  const message = error instanceof Error ? error.message : str(field(error, 'message'));
  const detail = message ?? (typeof error === 'string' ? error : '');
  const advice = adviceFor(code) ?? HOST_TEXT.fallback(detail);
  const out: ActionError = { message: HOST_TEXT.failed(action, advice) };
  if (code !== undefined) out.code = code;
  // Where in the batch it failed; else Excel's own (English) message, for a bug report.
  const debugInfo =
    debugText(field(error, 'debugInfo')) ?? (code !== undefined ? message : undefined);
  if (debugInfo !== undefined) out.debugInfo = debugInfo;
  return out;
}
