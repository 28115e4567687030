/** `selfeval check --explain`: what was read on each form, field by field, as text. */
import type { FormReadout } from '../core';
import { MONEY_UNIT_TEXT } from '../core/numbers/units';
import { FORM_NAME } from '../strings/cli';
import { READ_TEXT } from '../strings/read';

export function explainText(readouts: FormReadout[]): string {
  const lines: string[] = [];
  for (const r of readouts) {
    lines.push(
      `  ${READ_TEXT.heading}：${FORM_NAME[r.kind]}（${READ_TEXT.formRows(r.sheet, r.rows)}）`,
    );
    lines.push(`    ${READ_TEXT.unitLine(MONEY_UNIT_TEXT[r.unit])}`);
    const filled = r.fields.filter((f) => f.value !== '');
    for (const f of filled)
      lines.push(`    ${READ_TEXT.fieldLine(f.address.padEnd(6), f.label, f.value, f.unit)}`);
    const empty = r.fields.length - filled.length;
    if (empty > 0) lines.push(`    ${READ_TEXT.emptyCount(empty)}`);
    lines.push(
      `    ${r.missing.length ? READ_TEXT.missing(r.missing.join('、')) : READ_TEXT.nothingMissing}`,
    );
  }
  return lines.join('\n');
}
