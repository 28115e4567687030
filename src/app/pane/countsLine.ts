/**
 * The line at the top of the results: how many errors, warnings and 提示, and which forms were
 * found (and which are missing), in a few words each.
 */
import type { FlagCounts, Summary } from '../../core';
import { PANE_FORM_SHORT } from '../../strings/pane';
import { PROBLEM_TEXT } from '../../strings/problems';
import { FORM_KINDS, formsOverview } from './forms';

export interface CountsLine {
  counts: FlagCounts;
  /** `错误 5 · 警告 16 · 提示 6`. */
  text: string;
  /** `已找到 附件1、附件2、附件3` (`附件3 ×2` for several); `未找到自评表` when none. */
  found: string;
  /** `未找到 附件1`, or null when every attachment is there (or none is). */
  missing: string | null;
}

export function countsLine(summary: Summary): CountsLine {
  const { error, warning, info } = summary.counts;
  const overview = formsOverview(summary);
  const kinds = [...FORM_KINDS, 'indicator' as const];
  const found = kinds
    .filter((k) => overview.sheets[k].length > 0)
    .map((k) => {
      const n = overview.sheets[k].length;
      return n > 1 ? PROBLEM_TEXT.formTimes(PANE_FORM_SHORT[k], n) : PANE_FORM_SHORT[k];
    });
  const none = found.length === 0;
  return {
    counts: summary.counts,
    text: PROBLEM_TEXT.counts(error, warning, info),
    found: none ? PROBLEM_TEXT.noForms : PROBLEM_TEXT.formsFound(found.join('、')),
    missing:
      none || overview.missing.length === 0
        ? null
        : PROBLEM_TEXT.formsMissing(overview.missing.map((k) => PANE_FORM_SHORT[k]).join('、')),
  };
}
