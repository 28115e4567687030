/** How the indicator tree prints: 二级 labels with their weight, the 三级 placeholders. */
import type { Level1Def, Level2Def } from '../core/forms/overall';

/** `预算编审管理（3）`; a 二级 without a weight of its own (附件3 template) prints bare. */
export function level2Label(level2: Level2Def): string {
  return level2.weight > 0 ? `${level2.name}（${level2.weight}）` : level2.name;
}

/**
 * The 三级 cell of 附件2 as the official form prints it: 内容1：, 内容2：, …… for a three-row
 * 二级; `……` on every row of a shorter one (the seed's 效益 block).
 */
export function overallLevel3Placeholder(rows: number, k: number): string | null {
  if (rows === 1) return null;
  if (rows >= 3 && k < rows - 1) return `内容${k + 1}：`;
  return '……';
}

/** 附件3 leaves the 三级 cells empty, with `……` on each 二级's last row. */
export function projectLevel3Placeholder(rows: number, k: number): string | null {
  return k === rows - 1 ? '……' : null;
}

export function level1RowCount(level1: Level1Def): number {
  return level1.children.reduce((n, child) => n + Math.max(1, child.rows), 0);
}

/** A 三级 score may not exceed its 二级 weight; without one, the 100 points of the form. */
export function scoreMax(level2: Level2Def): number {
  return level2.weight > 0 ? level2.weight : 100;
}
