import { decString, roundTo } from '../decimal';
import type { IndicatorSummary, LevelSummary } from '../summary';
import type { IndicatorResult, LevelResult } from './indicators';
import { deviation } from './indicatorRow';

type Figure = LevelResult['weight'];

function str(d: Figure | undefined): string | null {
  return d === null || d === undefined ? null : decString(d);
}

/** A level as the summary shows it; deviations as fractions at the rate precision (`places`). */
export function toLevelSummary(level: LevelResult, places: number): LevelSummary {
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
  if (level.indicators) out.indicators = level.indicators.map((i) => indicatorSummary(i, places));
  return out;
}

function indicatorSummary(i: IndicatorResult, places: number): IndicatorSummary {
  const d = i.quantity === null ? null : deviation(i.quantity);
  return {
    label: i.label,
    address: i.address,
    target: i.target,
    result: i.result,
    direction: i.direction,
    deviation: d === null ? null : decString(roundTo(d, places + 2)),
    suggested: str(i.suggested),
    weight: str(i.weight),
    score: str(i.score),
  };
}
