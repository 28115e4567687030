import { decString } from '../decimal';
import type { LevelSummary } from '../summary';
import type { LevelResult } from './indicators';

export function toLevelSummary(level: LevelResult): LevelSummary {
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
  if (level.children) out.children = level.children.map(toLevelSummary);
  return out;
}
