import { decString, roundTo } from '../decimal';
import type { IndicatorSummary, LevelSummary } from '../summary';
import type { IndicatorResult, LevelResult } from './indicators';
import { deviation } from './indicatorRow';

/** A level as the summary shows it; deviations as fractions at the rate precision (`places`). */
export function toLevelSummary(level: LevelResult, places: number): LevelSummary {
  const str = (d: LevelResult['weight']) => (d === null || d === undefined ? null : decString(d));
  const out: LevelSummary = {
    label: level.label,
    address: level.address,
    declaredWeight: str(level.declaredWeight),
    weight: str(level.weight),
    score: str(level.score),
  };
  if (level.band !== undefined) out.band = level.band;
  if (level.suggested !== undefined) out.suggested = str(level.suggested);
  if (level.children) out.children = level.children.map((c) => toLevelSummary(c, places));
  if (level.indicators)
    out.indicators = level.indicators.map((i) => indicatorSummary(i, places, str));
  return out;
}

function indicatorSummary(
  i: IndicatorResult,
  places: number,
  str: (d: IndicatorResult['weight']) => string | null,
): IndicatorSummary {
  const out = {
    label: i.label,
    address: i.address,
    target: i.target,
    result: i.result,
    direction: i.direction,
    deviation: null as string | null,
    suggested: str(i.suggested),
    weight: str(i.weight),
    score: str(i.score),
  };
  const quantity = i.quantity;
  if (quantity === null) return out;
  // An own enumerable getter, replaced by its value on first read: JSON.stringify and
  // postMessage read it like a field, and an evaluation nobody looks at skips the division.
  Object.defineProperty(out, 'deviation', {
    enumerable: true,
    configurable: true,
    get(): string | null {
      const d = deviation(quantity);
      const value = d === null ? null : decString(roundTo(d, places + 2));
      Object.defineProperty(out, 'deviation', { value, enumerable: true, writable: true });
      return value;
    },
  });
  return out;
}
