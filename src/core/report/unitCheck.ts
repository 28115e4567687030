/**
 * An amount whose unit is missing or wrong beside its neighbours: `…17.58万元，家具用具11.83
 * 万元，合计29.41元` (the total of two amounts in 万元, written 元). An amount is suspect when
 * both amounts around it in the sentence share another unit and it is out of scale with them in
 * its own unit but in scale in theirs, or when it is a total or a part whose sum holds only in
 * the others' unit. A bare number among amounts has lost its unit. Its effective unit (the
 * neighbours') is what the sum checks then use, so one slip gives one flag.
 */
import { Dec, fixedText } from '../decimal';
import type { Flag } from '../flags';
import type { MoneyUnit } from '../forms/kinds';
import { MONEY_UNIT_TEXT } from '../numbers/units';
import { BODY_TEXT } from '../../strings/reportFlags';
import { bodyFlag } from './bodyFlag';
import type { SentenceFigures } from './figures';
import type { Mention } from './mentions';
import { agreement, inYuan, stepInYuan } from './precision';
import { amountsOf } from './statements';
import type { SumStatement } from './statements';

const OUT_OF_SCALE = new Dec(1000);
const IN_SCALE = new Dec(100);

function ratio(a: Dec, b: Dec): Dec | null {
  return b.isZero() || a.isZero() ? null : a.dividedBy(b).abs();
}

function outOfScale(r: Dec | null): boolean {
  return r !== null && (r.gt(OUT_OF_SCALE) || r.lt(new Dec(1).dividedBy(OUT_OF_SCALE)));
}

function inScale(r: Dec | null): boolean {
  return r !== null && r.lte(IN_SCALE) && r.gte(new Dec(1).dividedBy(IN_SCALE));
}

/** Does the sum hold when `m` is read in `unit` (and not in its own)? */
function sumHoldsIn(s: SumStatement, m: Mention, unit: MoneyUnit): boolean {
  const read = (x: Mention, u: MoneyUnit) => inYuan(x, x === m ? u : (x.unit ?? u));
  const check = (u: MoneyUnit) => {
    const total = read(s.total.mention, u);
    const sum = s.parts.reduce((a, p) => a.plus(read(p.mention, u)), new Dec(0));
    const step = stepInYuan(
      Math.min(...[s.total, ...s.parts].map((p) => p.mention.decimals)),
      unit,
    );
    return agreement(total, sum, step) !== 'differs';
  };
  return check(unit) && (m.unit === null || !check(m.unit));
}

function others(s: SumStatement, m: Mention): Mention[] {
  return [s.total, ...s.parts].map((p) => p.mention).filter((x) => x !== m);
}

export interface UnitResult {
  effective: Map<Mention, MoneyUnit>;
  flags: Flag[];
}

export function checkUnits(sentences: SentenceFigures[], sums: SumStatement[]): UnitResult {
  const effective = new Map<Mention, MoneyUnit>();
  const flags: Flag[] = [];
  // Each amount's statement (the first that names it), found in one pass.
  const statementOf = new Map<Mention, SumStatement>();
  for (const s of sums)
    for (const p of [s.total, ...s.parts])
      if (!statementOf.has(p.mention)) statementOf.set(p.mention, s);
  for (const at of sentences) {
    const amounts = amountsOf(at);
    amounts.forEach((m, i) => {
      const prev = amounts[i - 1];
      const next = amounts[i + 1];
      const shared = prev?.unit && next?.unit && prev.unit === next.unit ? prev.unit : null;
      if (m.unit === null) {
        const unit = shared ?? prev?.unit ?? next?.unit ?? null;
        if (!unit) return;
        effective.set(m, unit);
        flags.push(
          bodyFlag('BODY_UNIT_SUSPECT', at, BODY_TEXT.unitMissing(m.text, MONEY_UNIT_TEXT[unit])),
        );
        return;
      }
      effective.set(m, m.unit);
      const statement = statementOf.get(m);
      const sumUnits = statement ? new Set(others(statement, m).map((x) => x.unit)) : new Set();
      const sumUnit = sumUnits.size === 1 ? ([...sumUnits][0] as MoneyUnit | null) : null;
      if (statement && sumUnit && sumUnit !== m.unit && sumHoldsIn(statement, m, sumUnit)) {
        effective.set(m, sumUnit);
        const parts = statement.parts.map((p) =>
          p.mention === m
            ? `${fixedText(m.value, m.decimals)}${MONEY_UNIT_TEXT[sumUnit]}`
            : p.mention.text,
        );
        const total =
          statement.total.mention === m
            ? `${fixedText(m.value, m.decimals)}${MONEY_UNIT_TEXT[sumUnit]}`
            : statement.total.mention.text;
        const equation = `${parts.join(BODY_TEXT.plus)} = ${total}`;
        flags.push(
          bodyFlag(
            'BODY_UNIT_SUSPECT',
            at,
            BODY_TEXT.unitWrongSum(m.text, MONEY_UNIT_TEXT[sumUnit], equation),
            { actual: m.text },
          ),
        );
        return;
      }
      if (!shared || shared === m.unit || !prev || !next) return;
      const own = inYuan(m, m.unit);
      const theirs = inYuan(m, shared);
      const near = [prev, next].map((n) => inYuan(n, shared));
      if (
        near.every((n) => outOfScale(ratio(own, n))) &&
        near.some((n) => inScale(ratio(theirs, n)))
      ) {
        effective.set(m, shared);
        const unit = MONEY_UNIT_TEXT[shared];
        flags.push(
          bodyFlag(
            'BODY_UNIT_SUSPECT',
            at,
            BODY_TEXT.unitWrong(m.text, unit, `${prev.text}、${next.text}`),
            { actual: m.text },
          ),
        );
      }
    });
  }
  return { effective, flags };
}
