/** Report text pasted as plain text (the pane's 报告正文核对): one paragraph per line. */
import { bodyFromLevels } from './body';
import type { ReportBody } from './body';
import { headingLevels } from './headings';

export function bodyFromText(text: string): ReportBody {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const levels = headingLevels(lines);
  return bodyFromLevels(lines.map((t, i) => ({ text: t, level: levels[i] })));
}
