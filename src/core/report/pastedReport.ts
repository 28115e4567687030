/**
 * The pane's 报告正文核对: report text pasted by the accountant, read into paragraphs under their
 * headings (by numbering) and checked against the workbook's current evaluation. Host-free and
 * UI-free, so both panes show the same.
 */
import { countFlags } from '../evaluate';
import type { Evaluation } from '../evaluate';
import type { Flag } from '../flags';
import type { Settings } from '../settings';
import type { FlagCounts } from '../summary';
import { checkReportBody } from './checkBody';
import { bodyFromText } from './pastedText';

export interface PastedReportCheck {
  /** The body's findings, errors first; each with its `quote`, and `related` where it compares with a cell. */
  flags: Flag[];
  counts: FlagCounts;
  /** Paragraphs read from the text (headings included). */
  paragraphs: number;
  /** Whether the workbook had forms to compare with (else only the body against itself). */
  againstTables: boolean;
}

export function checkPastedReport(
  text: string,
  evaluation: Evaluation | null,
  settings: Partial<Settings> = {},
): PastedReportCheck {
  const body = bodyFromText(text);
  const flags = checkReportBody(body, evaluation, settings);
  return {
    flags,
    counts: countFlags(flags),
    paragraphs: body.paragraphs.length,
    againstTables: (evaluation?.forms.length ?? 0) > 0,
  };
}
