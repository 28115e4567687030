import { decString, roundTo } from '../decimal';
import type { LevelSummary } from '../summary';
import type { LevelResult } from './indicators';

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
    out.indicators = level.indicators.map((i) => ({
      label: i.label,
      address: i.address,
      target: i.target,
      result: i.result,
      direction: i.direction,
      deviation: i.deviation === null ? null : decString(roundTo(i.deviation, places + 2)),
      suggested: str(i.suggested),
      weight: str(i.weight),
      score: str(i.score),
    }));
  return out;
}
