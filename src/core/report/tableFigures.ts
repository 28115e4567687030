/**
 * The tables' figures a report body repeats, by the words a body uses for them: 三公经费, 公务
 * 接待, 公务用车 (购置, 运行维护), 出国, 公用经费, 办公经费, 政府采购 (附件1); 基本支出, 项目支出,
 * 财政拨款 and the whole year's spending (附件2); a project by its 附件3 name. Each with every
 * column it has this year (预算数, 决算数 / 执行数, 年初预算数): the body may quote any of them.
 * Values come from the recognised forms, parsed as the core parses cells.
 */
import type { Dec } from '../decimal';
import type { RelatedCell } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import type { Cell, Form } from '../model';
import { parseCell } from '../numbers/parse';
import { convertMoney, isMoneyUnit } from '../numbers/units';
import { normText } from '../text';
import { FIELD_TEXT } from '../../strings/flags';
import { BODY_TEXT } from '../../strings/reportFlags';
import { formName } from './tableTexts';

export interface TableFigure {
  /** `附件1 公务接待 决算数` */
  where: string;
  yuan: Dec;
  /** The cell it was read from (a body flag links to it). */
  cell: RelatedCell;
}

/** A term of the body and the table lines it names. */
export interface Term {
  pattern: RegExp;
  key: string;
}

/** In order: the first that matches a figure's clause names it. */
export const TERMS: Term[] = [
  { key: 'sanGong', pattern: /三公/ },
  { key: 'reception', pattern: /公务接待/ },
  { key: 'vehiclePurchase', pattern: /公(?:务用)?车购置/ },
  { key: 'vehicleRunning', pattern: /公(?:务用)?车运行(?:维护)?/ },
  { key: 'vehicle', pattern: /公务用车|公车/ },
  { key: 'abroad', pattern: /出国|出境/ },
  { key: 'office', pattern: /办公经费/ },
  { key: 'public', pattern: /公用经费/ },
  { key: 'procurement', pattern: /政府采购/ },
  { key: 'basic', pattern: /基本支出/ },
  { key: 'project', pattern: /项目支出(?!绩效)/ },
  { key: 'fiscal', pattern: /财政拨款/ },
  { key: 'spending', pattern: /决算支出|支出总额|总支出|共支出|整体支出|支出合计|全年支出/ },
];

function amount(cell: Cell | null, unit: MoneyUnit): Dec | null {
  if (!cell) return null;
  const parsed = parseCell(cell.value, cell.format);
  if (parsed.kind !== 'number' || parsed.unit === 'percent') return null;
  const from = isMoneyUnit(parsed.unit) ? parsed.unit : unit;
  return convertMoney(parsed.value, from, 'yuan');
}

function push(
  out: Map<string, TableFigure[]>,
  key: string,
  where: string,
  cell: Cell | null,
  form: Form,
): void {
  const yuan = amount(cell, form.unit);
  if (yuan === null || cell === null) return;
  const list = out.get(key) ?? [];
  list.push({ where, yuan, cell: { sheet: form.sheet, address: cell.address } });
  out.set(key, list);
}

/** Term key (or `project:` + normalized 附件3 name) -> the figures of that line this year. */
export function tableFigures(forms: Form[]): Map<string, TableFigure[]> {
  const out = new Map<string, TableFigure[]>();
  for (const form of forms) {
    const name = formName(form);
    if (form.kind === 'base') {
      for (const line of form.lines) {
        const key = line.key === 'adjustment' ? 'spending' : line.key;
        const label = line.label.trim();
        push(
          out,
          key,
          BODY_TEXT.tableField(name, `${label}${FIELD_TEXT.budget}`),
          line.budget,
          form,
        );
        push(out, key, BODY_TEXT.tableField(name, `${label}${FIELD_TEXT.final}`), line.final, form);
      }
    } else if (form.kind === 'overall') {
      // The department's spending: its 年度资金总额 where the form has one, else its sources.
      const hasTotal = form.funds.some((l) => l.key === 'total');
      const spending = hasTotal ? ['total'] : ['fiscal', 'other'];
      for (const line of form.funds) {
        for (const key of spending.includes(line.key) ? [line.key, 'spending'] : [line.key]) {
          push(
            out,
            key,
            BODY_TEXT.tableField(name, `${line.label}${FIELD_TEXT.yearBudget}`),
            line.budget,
            form,
          );
          push(
            out,
            key,
            BODY_TEXT.tableField(name, `${line.label}${FIELD_TEXT.actual}`),
            line.actual,
            form,
          );
        }
      }
    } else if (form.kind === 'project' && form.name) {
      const total = form.funds.find((f) => f.key === 'total');
      if (!total) continue;
      const key = `project:${normText(form.name)}`;
      push(out, key, BODY_TEXT.tableField(name, FIELD_TEXT.initial), total.initial, form);
      push(out, key, BODY_TEXT.tableField(name, FIELD_TEXT.yearBudget), total.budget, form);
      push(out, key, BODY_TEXT.tableField(name, FIELD_TEXT.actual), total.actual, form);
    }
  }
  return out;
}
