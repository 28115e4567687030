/**
 * How a sentence states a total and its parts, read from the amounts in order and the words
 * between them:
 * - parts, then a total: `A 17.58万元，B 11.83万元，合计29.41万元` (all the parts: exhaustive);
 * - a total, then a list opened by 其中 / 包括 / 主要用于 …: `支出755.5万元，其中项目支出490.76
 *   万元，基本支出264.74万元`; a list inside a list (`…9.97万元，包括A 7.98万元和B 0.87万元`)
 *   belongs to the amount before it and runs to the end of the sentence;
 * - a gross, its depreciation and its net: `通用设备27.22万元，累计折旧13.78万元，净值13.44万元`,
 *   the gross found in the sentence before when the sentence starts with the depreciation.
 * Figures that describe a part (累计折旧, 净值, 占比, 比上年增长) are not parts.
 */
import type { SentenceFigures } from './figures';
import { isExact } from './mentions';
import type { Mention } from './mentions';
import { CHANGE, DEPRECIATION, EXHAUSTIVE_OPENER, LIST_OPENER, NET_VALUE } from './terms';

export interface Located {
  mention: Mention;
  at: SentenceFigures;
}

export interface SumStatement {
  kind: 'sum';
  total: Located;
  parts: Located[];
  /** False for a 其中 list, which may name only some of the parts. */
  exhaustive: boolean;
}

export interface NetStatement {
  kind: 'net';
  gross: Located;
  less: Located;
  net: Located;
}

export type Statement = SumStatement | NetStatement;

/** `，合计29.41`, `总资金合计490.76`, `7件共9.64`: a total of what came before. */
function isTotalAfter(lead: string): boolean {
  const clause = lead.split(/[，,；;]/).pop() ?? '';
  return (
    /^\s*(?:合计|共计|总计|总共|一共)/.test(clause) ||
    /(?:合计|共计|总计|总共|一共|共)(?:为|是|达|有)?[:：]?\s*$/.test(clause)
  );
}

/** Amounts of a sentence: money, and a bare decimal where money is expected (unit missing). */
export function amountsOf(at: SentenceFigures): Mention[] {
  const all = at.mentions.filter((m) => m.start < at.planFrom);
  return all.filter((m, i) => {
    if (!isExact(m)) return false;
    if (m.kind === 'money') return true;
    if (m.kind !== 'bare' || m.decimals === 0) return false;
    const prev = all[i - 1];
    const next = all[i + 1];
    const lead = at.norm.slice(prev ? prev.end : 0, m.start);
    return (
      (prev?.kind === 'money' && next?.kind === 'money') ||
      (prev?.kind === 'money' && isTotalAfter(lead))
    );
  });
}

interface Frame {
  parent: Mention | null;
  items: Mention[];
  exhaustive: boolean;
}

/** The statements of one paragraph's sentences, in order. */
export function findStatements(sentences: SentenceFigures[]): Statement[] {
  const out: Statement[] = [];
  let carried: Located | null = null;
  let paragraph = -1;
  for (const at of sentences) {
    if (at.paragraph !== paragraph) {
      paragraph = at.paragraph;
      carried = null;
    }
    const loc = (mention: Mention): Located => ({ mention, at });
    const amounts = new Set(amountsOf(at));
    const frames: Frame[] = [{ parent: null, items: [], exhaustive: true }];
    let depreciation: { less: Mention; owner: Mention | null } | null = null;
    let prevEnd = 0;
    for (const m of at.mentions) {
      const lead = at.norm.slice(prevEnd, m.start);
      prevEnd = m.end;
      if (!amounts.has(m)) continue;
      const top = frames[frames.length - 1];
      const last = top.items[top.items.length - 1] ?? null;
      if (DEPRECIATION.test(lead)) {
        depreciation = { less: m, owner: last };
        continue;
      }
      if (NET_VALUE.test(lead)) {
        const gross = depreciation?.owner ? loc(depreciation.owner) : carried;
        if (depreciation && gross)
          out.push({ kind: 'net', gross, less: loc(depreciation.less), net: loc(m) });
        depreciation = null;
        continue;
      }
      if (isTotalAfter(lead) && top.items.length >= 2) {
        out.push({ kind: 'sum', total: loc(m), parts: top.items.map(loc), exhaustive: true });
        top.items = [m];
        continue;
      }
      // `比上年增长5万元` describes a change; `合计增加资产10.59万元` above is still a total.
      if (CHANGE.test(lead)) continue;
      if (LIST_OPENER.test(lead) && last) {
        frames.push({ parent: last, items: [m], exhaustive: EXHAUSTIVE_OPENER.test(lead) });
        continue;
      }
      top.items.push(m);
    }
    for (const f of frames.slice(1).reverse()) {
      if (f.parent)
        out.push({
          kind: 'sum',
          total: loc(f.parent),
          parts: f.items.map(loc),
          exhaustive: f.exhaustive,
        });
    }
    const root = frames[0].items;
    if (root.length) carried = loc(root[root.length - 1]);
  }
  return out;
}
