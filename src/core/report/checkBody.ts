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
import { checkStatedTwice } from './statedTwice';
import { tableResultSentences } from './tableTexts';
import { checkAgainstTables } from './tableCheck';
import { checkScores } from './scoreCheck';

export function checkReportBody(
  body: ReportBody,
  evaluation: Evaluation | null,
  partial: Partial<Settings> = {},
): Flag[] {
  const settings = resolveSettings(partial);
  const sentences = bodyFigures(body);
  const statements = findStatements(sentences);
  const sums = statements.filter((s): s is SumStatement => s.kind === 'sum');
  const units = checkUnits(sentences, sums);
  const tables = evaluation ? tableResultSentences(evaluation.forms) : [];
  const flags = [
    ...units.flags,
    ...checkStatements(statements, units.effective),
    ...checkStatedTwice(sentences, tables, units.effective),
    ...(evaluation ? checkAgainstTables(sentences, evaluation, units.effective) : []),
    ...checkScores(sentences, evaluation, settings),
  ];
  return flags.sort(compareFlags);
}
