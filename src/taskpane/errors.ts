/**
 * Whatever an action rejects with, as the ActionError the MessageBar shows. The Excel host
 * rejects with ActionError already; this also copes with a bare Error or an
 * OfficeExtension.Error (whose debugInfo is an object) reaching the pane.
 */
import type { ActionError } from './actions';
import { PANE_TEXT } from '../strings/pane';

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function toActionError(e: unknown): ActionError {
  if (typeof e === 'object' && e !== null) {
    const r = e as Record<string, unknown>;
    const message = typeof r.message === 'string' && r.message ? r.message : PANE_TEXT.unknownError;
    const out: ActionError = { message };
    const code = text(r.code);
    const debugInfo = text(r.debugInfo);
    if (code !== undefined) out.code = code;
    if (debugInfo !== undefined) out.debugInfo = debugInfo;
    return out;
  }
  return { message: text(e) ?? PANE_TEXT.unknownError };
}
