/**
 * The same count or amount stated differently in two places. Two counts are of the same thing
 * when they share a measure word and the subject of one ends the subject of the other
 * (`其中50亿元以上项目1个` and `新引进项目50亿元以上项目3个`), the shorter being at least four
 * characters (主任 and 副主任 are not one thing). Two amounts are when their subjects are the
 * same words stated for the same time (`家具用具` at 2021年初 and at 2021年 are two stocks). Plans,
 * targets, bounds, approximations, changes and the figures inside one sentence are not compared.
 */
import { ONE } from '../decimal';
import type { Dec } from '../decimal';
import type { Flag } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import { BODY_TEXT } from '../../strings/reportFlags';
import { bodyFlag } from './bodyFlag';
import type { SentenceFigures } from './figures';
import { isExact } from './mentions';
import type { Mention } from './mentions';
import { agreement, coarsest, inYuan, stepInYuan } from './precision';
import { clauseBefore, subjectOf, timeOf } from './subject';
import { CHANGE, DEPRECIATION, NET_VALUE } from './terms';

const MIN_SUBJECT = 4;

interface Fact {
  key: string;
  mention: Mention;
  at: SentenceFigures;
  /** The value compared: a count as is, an amount in 元. */
  value: Dec;
  /** One unit of its last printed digit, in the value's terms. */
  step: Dec;
}

function factsOf(at: SentenceFigures, units: Map<Mention, MoneyUnit>): Fact[] {
  const out: Fact[] = [];
  for (const m of at.mentions) {
    if (!isExact(m) || m.start >= at.planFrom) continue;
    if (m.kind !== 'count' && m.kind !== 'money') continue;
    const before = clauseBefore(at.norm, m);
    if (CHANGE.test(before) || DEPRECIATION.test(before) || NET_VALUE.test(before)) continue;
    const subject = subjectOf(at.norm, m);
    if (subject.length < MIN_SUBJECT || (/^\d/.test(subject) === false && /\d$/.test(subject)))
      continue;
    if (m.kind === 'count')
      out.push({ key: `${m.measure}|${subject}`, mention: m, at, value: m.value, step: ONE });
    else {
      const unit = units.get(m) ?? m.unit;
      if (unit)
        out.push({
          key: `${timeOf(at.norm, m)}|${subject}`,
          mention: m,
          at,
          value: inYuan(m, unit),
          step: stepInYuan(m.decimals, unit),
        });
    }
  }
  return out;
}

/**
 * Counts cluster by subject suffix (a fact joins the group of the shortest subject its own ends
 * with, for the same measure word); amounts by the exact subject and time. Groups are looked up
 * by key, so a body of many figures costs its figures times their subjects' length.
 */
function clusters(facts: Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  const sorted = [...facts].sort((a, b) => a.key.length - b.key.length);
  for (const f of sorted) {
    const money = f.mention.kind === 'money';
    let key = money ? `$${f.key}` : f.key;
    if (!money) {
      const [measure, subject] = f.key.split('|');
      for (let length = MIN_SUBJECT; length <= subject.length; length++) {
        const shorter = `${measure}|${subject.slice(subject.length - length)}`;
        if (groups.has(shorter)) {
          key = shorter;
          break;
        }
      }
    }
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

function valueText(f: Fact): string {
  return f.mention.text;
}

/** Counts exactly; amounts at the coarser of the two printed precisions. */
function differ(a: Fact, b: Fact): boolean {
  return agreement(a.value, b.value, coarsest([a.step, b.step])) !== 'equal';
}

export function checkStatedTwice(
  body: SentenceFigures[],
  tables: SentenceFigures[],
  units: Map<Mention, MoneyUnit>,
): Flag[] {
  const facts = [...body, ...tables].flatMap((at) => factsOf(at, units));
  const flags: Flag[] = [];
  for (const group of clusters(facts)) {
    // Facts of one sentence are several things (主任1名，副主任3名), never one stated twice.
    const places = new Set(group.map((f) => `${f.at.place}|${f.at.sentence}`));
    if (places.size < 2) continue;
    const first = group.reduce((a, f) =>
      f.at.ordinal >= 0 && (a.at.ordinal < 0 || f.at.ordinal < a.at.ordinal) ? f : a,
    );
    const others = group.filter((f) => differ(f, first));
    if (!others.length) continue;
    const agree = group.filter((f) => !differ(f, first));
    // Flag where the minority stands; on a tie, at the later statement in the body.
    const latest = (fs: Fact[]) => Math.max(...fs.map((f) => f.at.ordinal));
    const flagOthers =
      others.length < agree.length ||
      (others.length === agree.length && latest(others) > latest(agree));
    const [flagged, against] = flagOthers ? [others, agree] : [agree, others];
    const at = flagged
      .filter((f) => f.at.ordinal >= 0)
      .sort((a, b) => b.at.ordinal - a.at.ordinal)[0];
    if (!at) continue;
    const elsewhere = against
      .map((f) => BODY_TEXT.statedElsewhere(f.at.place, valueText(f)))
      .filter((t, i, all) => all.indexOf(t) === i)
      .join(BODY_TEXT.listSeparator);
    const subject = at.key.split('|')[1];
    // A table's statement among them: the flag links to its cell.
    const table = [...against, ...flagged].find((f) => f.at.cell)?.at.cell;
    flags.push(
      bodyFlag(
        'BODY_STATED_TWICE',
        at.at,
        BODY_TEXT.statedTwice(subject, valueText(at), elsewhere),
        {
          expected: valueText(against[0]),
          actual: valueText(at),
          related: table,
        },
      ),
    );
  }
  return flags;
}
