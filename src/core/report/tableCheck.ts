/**
 * Amounts and rates in the body against the tables: an amount the body names by a table line's
 * words (公务接待费33.92万元) must be one of that line's figures this year at the precision the
 * body printed (附件1 339,178.30元 -> 33.92万元); an 执行率 or 控制率 the computed rate. Figures
 * of another year, changes and plans are not compared. One flag per line and stated figure.
 */
import { Dec, HUNDRED, fixedText } from '../decimal';
import type { Evaluation } from '../evaluate';
import type { Flag, RelatedCell } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import { normText } from '../text';
import { BODY_TEXT } from '../../strings/reportFlags';
import { FIELD_TEXT } from '../../strings/flags';
import { bodyFlag } from './bodyFlag';
import type { SentenceFigures } from './figures';
import { isExact } from './mentions';
import type { Mention } from './mentions';
import { agreement, amountIn, inYuan, stepInYuan } from './precision';
import { clauseBefore, timeOf } from './subject';
import { TERMS, tableFigures } from './tableFigures';
import type { TableFigure } from './tableFigures';
import { CHANGE, DEPRECIATION, NET_VALUE } from './terms';

const OTHER_YEAR = /上年|去年|上一年|同期/;
const MAX_SHOWN = 3;

function lineKey(clause: string, projects: string[]): string | null {
  const words = normText(clause).replace(/(?:项目|经费|资金|支出)*(?:为|是|共|合计)?$/, '');
  for (const name of projects) {
    const bare = name.replace(/(?:项目|经费|资金)+$/, '');
    if (words.endsWith(name) || words.endsWith(bare)) return `project:${name}`;
  }
  for (const term of TERMS) if (term.pattern.test(clause)) return term.key;
  return null;
}

function sameYear(at: SentenceFigures, m: Mention, year: number | null): boolean {
  const time = /(\d{4})年/.exec(timeOf(at.norm, m));
  return year === null || !time || Number(time[1]) === year;
}

function checkAmount(
  at: SentenceFigures,
  m: Mention,
  unit: MoneyUnit,
  figures: TableFigure[],
): Flag | null {
  const stated = inYuan(m, unit);
  const step = stepInYuan(m.decimals, unit);
  if (figures.some((f) => agreement(stated, f.yuan, step) === 'equal')) return null;
  const shown = figures
    .slice(-MAX_SHOWN)
    .map((f) => `${f.where} ${amountIn(f.yuan, unit, m.decimals)}`)
    .join(BODY_TEXT.listSeparator);
  const what = clauseBefore(at.norm, m).replace(/^(?:其中|包括|和|及)/, '');
  const last = figures[figures.length - 1];
  return bodyFlag('BODY_TABLE_MISMATCH', at, BODY_TEXT.tableMismatch(what, m.text, shown), {
    actual: m.text,
    expected: amountIn(last.yuan, unit, m.decimals),
    related: last.cell,
  });
}

interface RateFigure {
  where: string;
  rate: Dec;
  cell: RelatedCell | null;
  /** A form's own 执行率 (附件2/3), the one a finding links to, rather than 附件1's 决算 ÷ 预算. */
  ownRate: boolean;
}

/** 执行率 and 控制率 as computed from the tables, by the line the clause names. */
function rateFigures(evaluation: Evaluation, clause: string): RateFigure[] {
  const out: RateFigure[] = [];
  // The summaries are in the order of the forms they summarise.
  evaluation.summary.forms.forEach((form, i) => {
    const source = evaluation.forms[i];
    if (/控制率/.test(clause) && form.controlRate) {
      const cell = source?.kind === 'base' ? (source.controlRate ?? source.staffActual) : null;
      out.push({
        where: `${BODY_TEXT.tableWhere.base}${FIELD_TEXT.controlRate}`,
        rate: new Dec(form.controlRate),
        cell: cell ? { sheet: form.sheet, address: cell.address } : null,
        ownRate: true,
      });
    }
    if (!/执行率/.test(clause)) return;
    for (const line of form.lines) {
      if (line.rate === null) continue;
      const named = TERMS.find((t) => t.pattern.test(clause));
      const key = TERMS.find((t) => t.pattern.test(line.label))?.key;
      if (named && named.key !== key && named.key !== 'spending') continue;
      const where =
        form.kind === 'project'
          ? BODY_TEXT.tableWhere.project(form.name ?? null)
          : BODY_TEXT.tableWhere.overall;
      out.push({
        where: `${where}${line.label}${FIELD_TEXT.executionRate}`,
        rate: new Dec(line.rate),
        cell: { sheet: form.sheet, address: line.address },
        ownRate: form.kind !== 'base',
      });
    }
  });
  return out;
}

function checkRate(at: SentenceFigures, m: Mention, evaluation: Evaluation): Flag | null {
  const clause = clauseBefore(at.norm, m);
  const figures = rateFigures(evaluation, clause);
  if (!figures.length) return null;
  const printed = (r: Dec) => fixedText(r.times(HUNDRED), m.decimals);
  if (figures.some((f) => printed(f.rate) === fixedText(m.value, m.decimals))) return null;
  const shown = figures.map((f) => `${f.where} ${printed(f.rate)}%`).join(BODY_TEXT.listSeparator);
  return bodyFlag('BODY_TABLE_MISMATCH', at, BODY_TEXT.tableMismatch(clause, m.text, shown), {
    actual: m.text,
    related: (figures.find((f) => f.ownRate) ?? figures[0]).cell,
  });
}

export function checkAgainstTables(
  sentences: SentenceFigures[],
  evaluation: Evaluation,
  units: Map<Mention, MoneyUnit>,
): Flag[] {
  const figures = tableFigures(evaluation.forms);
  const projects = [...figures.keys()]
    .filter((k) => k.startsWith('project:'))
    .map((k) => k.slice(8));
  const year = evaluation.forms.find((f) => f.year !== null)?.year ?? null;
  const flags: Flag[] = [];
  const seen = new Set<string>();
  for (const at of sentences) {
    for (const m of at.mentions) {
      if (!isExact(m) || m.start >= at.planFrom) continue;
      const clause = clauseBefore(at.norm, m);
      if (
        OTHER_YEAR.test(clause) ||
        CHANGE.test(clause) ||
        DEPRECIATION.test(clause) ||
        NET_VALUE.test(clause)
      )
        continue;
      if (!sameYear(at, m, year)) continue;
      let flag: Flag | null = null;
      let key: string | null = null;
      if (m.kind === 'money') {
        const unit = units.get(m) ?? m.unit;
        key = lineKey(clause, projects);
        const list = key ? figures.get(key) : undefined;
        if (unit && list?.length) flag = checkAmount(at, m, unit, list);
      } else if (m.kind === 'percent') {
        key = 'rate';
        flag = checkRate(at, m, evaluation);
      }
      const once = `${key}|${m.text}`;
      if (flag && !seen.has(once)) {
        seen.add(once);
        flags.push(flag);
      }
    }
  }
  return flags;
}
