/**
 * Any thrown value -> the ActionError a pane shows: a zh-CN sentence saying what to do, and for an
 * OfficeExtension.Error its code and where in the batch it failed. Read by shape, not by
 * `instanceof`, so errors of the memory host and of another Office.js copy map the same way.
 * Hosts name the action that failed; a pane does not, and then an ActionError (what a host
 * rejects with) passes through unchanged, so it may call this on whatever an action rejects with.
 */
import type { ActionError } from './actions';
import { HOST_ERROR_ADVICE, HOST_TEXT, type HostAction } from '../strings/host';

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

/** Already what a pane shows: a plain object with a message and text-only details. */
function isActionError(error: unknown): error is ActionError {
  if (typeof error !== 'object' || error === null || error instanceof Error) return false;
  const code = field(error, 'code');
  const debugInfo = field(error, 'debugInfo');
  return (
    str(field(error, 'message')) !== undefined &&
    (code === undefined || typeof code === 'string') &&
    (debugInfo === undefined || typeof debugInfo === 'string')
  );
}

/** The code OfficeExtension.Error carries, on the error or in its debugInfo. */
export function errorCode(error: unknown): string | undefined {
  return str(field(error, 'code')) ?? str(field(field(error, 'debugInfo'), 'code'));
}

/**
 * `action` names what failed (`重新计算失败：…`); without it the message is the advice alone
 * (the pane titles the message bar with the operation itself).
 */
export function toActionError(error: unknown, action?: HostAction): ActionError {
  if (action === undefined && isActionError(error)) {
    const out: ActionError = { message: error.message };
    if (error.code !== undefined) out.code = error.code;
    if (error.debugInfo !== undefined) out.debugInfo = error.debugInfo;
    return out;
  }
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : str(field(error, 'message'));
  const detail = message ?? (typeof error === 'string' ? error : '');
  const advice = adviceFor(code) ?? HOST_TEXT.fallback(detail);
  const out: ActionError = { message: action ? HOST_TEXT.failed(action, advice) : advice };
  if (code !== undefined) out.code = code;
  // Where in the batch it failed; else Excel's own (English) message, for a bug report.
  const debugInfo =
    debugText(field(error, 'debugInfo')) ?? (code !== undefined ? message : undefined);
  if (debugInfo !== undefined) out.debugInfo = debugInfo;
  return out;
}
