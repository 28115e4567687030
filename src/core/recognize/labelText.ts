/**
 * Header and label text as the table reader compares it: one spelling for the units, remarks
 * and formulas that templates put in brackets (`经费控制情况(万元)`, `执行率(B/A)`,
 * `全年(调整)预算数`, `指标权重(分)`), and labels that carry their own figure
 * (`其他资金:585.62`).
 */
import { parseCell } from '../numbers/parse';
import { memoByText } from '../memoByText';
import { normLabel, normText } from '../text';

/**
 * A bracket whose content is a unit, a remark or a formula. Not one holding a digit: `(10分)` is
 * a weight (splitLabelWeight reads it), `(2023年完工项目)` a remark a label keeps.
 */
const REMARK = /\((?:[^()\d]{0,8})\)/g;

/** normLabel without bracketed units and remarks; the label itself if nothing else is left. */
export const normHeader = memoByText((text: string): string => {
  const label = normLabel(text);
  if (!label.includes('(')) return label;
  const stripped = normLabel(label.replace(REMARK, ''));
  return stripped === '' ? label : stripped;
});

export interface LabelFigure {
  /** The label, normalized as normHeader does. */
  label: string;
  /** The figure as typed after the last colon (`585.62`, `1,325.68万元`). */
  figure: string;
}

/** Has at least one CJK ideograph: a label, not a stray number or code. */
const IDEOGRAPH = /[\u4e00-\u9fff]/;

/**
 * `其他资金:585.62`, `其中:一般公共预算:1325.68`: a label and its figure in one cell. Null when
 * the text after the last colon is not a figure, or there is no label before it.
 */
export function splitLabelFigure(raw: string): LabelFigure | null {
  if (raw.length > 80) return null;
  const text = normText(raw);
  const at = text.lastIndexOf(':');
  if (at <= 0 || at === text.length - 1) return null;
  const figure = text.slice(at + 1);
  const parsed = parseCell(figure);
  if (parsed.kind !== 'number' || parsed.unit === 'percent') return null;
  const label = normHeader(text.slice(0, at));
  if (label === '' || !IDEOGRAPH.test(label)) return null;
  return { label, figure };
}
