/**
 * Grows row heights so wrapped text fits when printed. Excel does not refit a row it reads from
 * a file, so a plan filled with long text must carry heights that fit it.
 */
import type { MergeRange } from '../core/grid';
import type { CellStyle, SheetPlan } from './plan';
import { BODY_FONT_SIZE } from './styles';

/** Default Excel row height, used for rows the plan leaves unset. */
const DEFAULT_ROW_HEIGHT = 15;
/** CJK faces (宋体, Noto CJK) need about 1.35 em a line; plus the cell's own padding. */
const LINE_HEIGHT_EM = 1.35;
const CELL_PADDING_PT = 6;

/**
 * Width in Excel column units (7 px each) at a font size: a full-width character is one em
 * (4/3 px per point), a half-width one half that.
 */
export function textWidthUnits(text: string, fontSize: number): number {
  const em = (fontSize * 4) / 3 / 7;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x2e80 || (code >= 0x2010 && code <= 0x201f) ? em : em / 2;
  }
  return units;
}

/**
 * Lines a wrapped text takes in a cell `widthUnits` wide. Two units go to the cell's padding;
 * a line holds whole characters, and line-breaking rules (no 。 or ， at a line start) waste
 * about half a character a line.
 */
export function linesNeeded(text: string, widthUnits: number, fontSize: number): number {
  const em = (fontSize * 4) / 3 / 7;
  const charsPerLine = Math.floor((widthUnits - 2) / em) - 0.5;
  const usable = Math.max(em, charsPerLine * em);
  return text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(textWidthUnits(line, fontSize) / usable)), 0);
}

function mergeAt(plan: SheetPlan, row: number, col: number): MergeRange {
  return (
    plan.merges.find((m) => m.top === row && m.left === col) ?? {
      top: row,
      left: col,
      bottom: row,
      right: col,
    }
  );
}

/** The style a cell ends up with: the plan's styles layered in order. */
function effectiveStyle(plan: SheetPlan, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const styled of plan.styles) {
    const { range } = styled;
    if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) {
      style = { ...style, ...styled.style };
    }
  }
  return style;
}

/** A label's weight in brackets at its end: `效益指标（40分）`, `产出指标(50分)`. */
const BRACKET_TAIL = /^(.*\S)\s*([（(][^（）()\n]*[）)])$/;

/**
 * A label too wide for its cell, broken before its bracketed tail when that tail fits a line:
 * `效益指标\n（40分）`, never `效益指标（40分` over a lone `）`. Other text as it is.
 */
export function breakBeforeBracket(text: string, widthUnits: number, fontSize: number): string {
  // Measured as Excel lays a line out (no margin for line-breaking rules): `数量指标（15）`
  // fits a 14-wide cell at 10 pt.
  if (text.includes('\n') || textWidthUnits(text, fontSize) <= widthUnits) return text;
  const m = BRACKET_TAIL.exec(text);
  // The tail measured without linesNeeded's margin for line-breaking rules: `（40分）` is five
  // characters, which a 10-wide cell holds in Excel (5.2 at 10 pt) and LibreOffice.
  if (!m || textWidthUnits(m[2], fontSize) > widthUnits - 1) return text;
  return `${m[1]}\n${m[2]}`;
}

/**
 * Returns the plan with row heights raised (never lowered) to fit its wrapped text cells, and
 * each wrapped label with a bracketed weight broken before the bracket (breakBeforeBracket).
 */
export function fitRowHeights(plan: SheetPlan): SheetPlan {
  const heights = { ...plan.rowHeights };
  const heightOf = (row: number): number => heights[row] ?? DEFAULT_ROW_HEIGHT;
  const cells = plan.cells.map((cell) => {
    if (typeof cell.value !== 'string') return cell;
    const style = effectiveStyle(plan, cell.row, cell.col);
    if (!style.wrap) return cell;
    const area = mergeAt(plan, cell.row, cell.col);
    let width = 0;
    for (let c = area.left; c <= area.right; c += 1) width += plan.columnWidths[c] ?? 8.43;
    const fontSize = style.fontSize ?? BODY_FONT_SIZE;
    const value =
      style.hAlign === 'center' ? breakBeforeBracket(cell.value, width, fontSize) : cell.value;
    const lines = linesNeeded(value, width, fontSize);
    const fitted = value === cell.value ? cell : { ...cell, value };
    // One line of body text fits any row; leaving the height unset lets Excel refit it later.
    if (lines === 1) return fitted;
    const needed = lines * fontSize * LINE_HEIGHT_EM + CELL_PADDING_PT;
    let have = 0;
    for (let r = area.top; r <= area.bottom; r += 1) have += heightOf(r);
    if (needed > have) heights[area.bottom] = Math.ceil(heightOf(area.bottom) + needed - have);
    return fitted;
  });
  return { ...plan, cells, rowHeights: heights };
}
