/**
 * Stated totals against their listed parts, and nets against gross − depreciation, at the
 * precision printed: equal within half of the last printed digit; one unit of it apart is a
 * rounding difference (info); more is an error — or, for a 其中 list short of its total, a
 * warning (a 其中 list may name only some of the parts).
 */
import { Dec } from '../decimal';
import type { Flag } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import { BODY_TEXT } from '../../strings/reportFlags';
import { bodyFlag } from './bodyFlag';
import type { Mention } from './mentions';
import { agreement, amountIn, coarsest, inYuan, stepInYuan } from './precision';
import type { Located, NetStatement, Statement, SumStatement } from './statements';

type Units = Map<Mention, MoneyUnit>;

function unitOf(m: Mention, units: Units): MoneyUnit {
  return units.get(m) ?? m.unit ?? 'yuan';
}

function shown(l: Located, units: Units): string {
  return amountIn(
    inYuan(l.mention, unitOf(l.mention, units)),
    unitOf(l.mention, units),
    l.mention.decimals,
  );
}

function checkSum(s: SumStatement, units: Units): Flag | null {
  const all = [s.total, ...s.parts];
  const unit = unitOf(s.total.mention, units);
  const total = inYuan(s.total.mention, unit);
  const sum = s.parts.reduce(
    (a, p) => a.plus(inYuan(p.mention, unitOf(p.mention, units))),
    new Dec(0),
  );
  const step = coarsest(all.map((l) => stepInYuan(l.mention.decimals, unitOf(l.mention, units))));
  const result = agreement(total, sum, step);
  if (result === 'equal') return null;
  const decimals = Math.max(...all.map((l) => l.mention.decimals));
  const sumText = amountIn(sum, unit, decimals);
  const totalText = shown(s.total, units);
  const diff = amountIn(total.minus(sum).abs(), unit, decimals);
  const partsText = s.parts.map((p) => shown(p, units)).join(BODY_TEXT.plus);
  const values = { expected: sumText, actual: totalText };
  if (result === 'lastDigit')
    return bodyFlag(
      'BODY_SUM_ROUNDING',
      s.total.at,
      BODY_TEXT.sumRounding(sumText, totalText, diff),
      values,
    );
  if (!s.exhaustive && sum.lt(total)) {
    if (s.parts.length < 2) return null;
    return bodyFlag(
      'BODY_SUM_SHORT',
      s.total.at,
      BODY_TEXT.sumShort(partsText, sumText, totalText, diff),
      values,
    );
  }
  return bodyFlag(
    'BODY_SUM_MISMATCH',
    s.total.at,
    BODY_TEXT.sumMismatch(partsText, sumText, totalText, diff),
    values,
  );
}

function checkNet(s: NetStatement, units: Units): Flag | null {
  const all = [s.gross, s.less, s.net];
  const unit = unitOf(s.net.mention, units);
  const net = inYuan(s.net.mention, unit);
  const computed = inYuan(s.gross.mention, unitOf(s.gross.mention, units)).minus(
    inYuan(s.less.mention, unitOf(s.less.mention, units)),
  );
  const step = coarsest(all.map((l) => stepInYuan(l.mention.decimals, unitOf(l.mention, units))));
  const result = agreement(net, computed, step);
  if (result === 'equal') return null;
  const decimals = Math.max(...all.map((l) => l.mention.decimals));
  const texts = [
    shown(s.gross, units),
    shown(s.less, units),
    amountIn(computed, unit, decimals),
    shown(s.net, units),
  ] as const;
  const values = { expected: texts[2], actual: texts[3] };
  if (result === 'lastDigit')
    return bodyFlag('BODY_SUM_ROUNDING', s.net.at, BODY_TEXT.netRounding(...texts), values);
  return bodyFlag('BODY_SUM_MISMATCH', s.net.at, BODY_TEXT.netMismatch(...texts), values);
}

export function checkStatements(statements: Statement[], units: Units): Flag[] {
  const flags: Flag[] = [];
  for (const s of statements) {
    const flag = s.kind === 'sum' ? checkSum(s, units) : checkNet(s, units);
    if (flag) flags.push(flag);
  }
  return flags;
}
