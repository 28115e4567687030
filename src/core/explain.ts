/**
 * What recognition read, field by field, for `selfeval check --explain` and the pane's 识别结果:
 * each field's label, cell, value as typed and unit, and what the reader looked for in vain.
 */
import type { MoneyUnit } from './forms/kinds';
import type { Cell, Form, FundLine, Level1, TotalRow } from './model';
import { MONEY_UNIT_TEXT } from './numbers/units';
import { READ_TEXT } from '../strings/read';

export interface ReadField {
  label: string;
  address: string;
  /** The cell as typed (long texts shortened). */
  value: string;
  unit: string;
}

export interface FormReadout {
  kind: Form['kind'];
  sheet: string;
  /** Rows of the sheet the form spans, 1-based as Excel shows them. */
  rows: string;
  unit: MoneyUnit;
  fields: ReadField[];
  missing: string[];
}

const MAX_VALUE = 40;

function shown(cell: Cell): string {
  const raw = cell.value === null ? '' : String(cell.value).replace(/\s+/g, ' ').trim();
  return raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE)}…` : raw;
}

class Fields {
  readonly list: ReadField[] = [];
  add(label: string, cell: Cell | null | undefined, unit = ''): void {
    if (cell) this.list.push({ label, address: cell.address, value: shown(cell), unit });
  }
}

function fundFields(out: Fields, lines: FundLine[], money: string): void {
  for (const l of lines) {
    out.add(READ_TEXT.of(l.label, READ_TEXT.initial), l.initial, money);
    out.add(READ_TEXT.of(l.label, READ_TEXT.budget), l.budget, money);
    out.add(READ_TEXT.of(l.label, READ_TEXT.actual), l.actual, money);
    out.add(READ_TEXT.of(l.label, READ_TEXT.stated), l.stated, money);
    out.add(READ_TEXT.of(l.label, READ_TEXT.weight), l.weight, READ_TEXT.points);
    out.add(READ_TEXT.of(l.label, READ_TEXT.rate), l.rate, '%');
    out.add(READ_TEXT.of(l.label, READ_TEXT.score), l.score, READ_TEXT.points);
  }
}

function indicatorFields(out: Fields, levels: Level1[]): void {
  for (const l1 of levels) {
    out.add(READ_TEXT.level1, l1.labelCell);
    out.add(READ_TEXT.of(l1.name, READ_TEXT.weight), l1.weightCell, READ_TEXT.points);
    for (const l2 of l1.children) {
      if (l2.labelCell !== l1.labelCell) out.add(READ_TEXT.level2, l2.labelCell);
      for (const r of l2.rows) {
        const name = r.level3 || l2.name;
        out.add(READ_TEXT.of(name, READ_TEXT.target), r.target);
        out.add(READ_TEXT.of(name, READ_TEXT.result), r.result);
        out.add(READ_TEXT.of(name, READ_TEXT.weight), r.weight, READ_TEXT.points);
        out.add(READ_TEXT.of(name, READ_TEXT.score), r.score, READ_TEXT.points);
        out.add(READ_TEXT.of(name, READ_TEXT.coefficient), r.coefficient, '%');
        out.add(READ_TEXT.of(name, READ_TEXT.reason), r.reason);
      }
    }
  }
}

function totalFields(out: Fields, total: TotalRow | null, grade: Cell | null): void {
  out.add(READ_TEXT.totalWeight, total?.weight, READ_TEXT.points);
  out.add(READ_TEXT.totalScore, total?.score, READ_TEXT.points);
  out.add(READ_TEXT.grade, grade);
}

export function explainForm(form: Form): FormReadout {
  const out = new Fields();
  const money = MONEY_UNIT_TEXT[form.unit];
  out.add(READ_TEXT.title, form.titleCell);
  if (form.kind === 'base') {
    out.add(READ_TEXT.establishment, form.establishment, READ_TEXT.people);
    out.add(READ_TEXT.staffActual, form.staffActual, READ_TEXT.people);
    out.add(READ_TEXT.controlRate, form.controlRate, '%');
    for (const l of form.lines) {
      out.add(READ_TEXT.of(l.label, READ_TEXT.prior), l.prior, money);
      out.add(READ_TEXT.of(l.label, READ_TEXT.baseBudget), l.budget, money);
      out.add(READ_TEXT.of(l.label, READ_TEXT.final), l.final, money);
    }
  } else {
    if (form.kind === 'project') out.add(READ_TEXT.projectName, form.nameCell);
    if (form.kind !== 'indicator') fundFields(out, form.funds, money);
    indicatorFields(out, form.indicators);
    totalFields(out, form.total, form.grade);
  }
  return {
    kind: form.kind,
    sheet: form.sheet,
    rows: `${form.top + 1}–${form.bottom + 1}`,
    unit: form.unit,
    fields: out.list,
    missing: form.missing,
  };
}
