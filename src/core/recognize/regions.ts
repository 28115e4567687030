/**
 * Where the forms are in a sheet: by their titles, or where a title is missing by the label that
 * opens the form. Several forms may stand one under another (several 附件3 on one sheet).
 */
import type { FormKind } from '../forms/kinds';
import { normHeader } from './labelText';
import type { SheetView } from './sheetView';

export interface FormRegion {
  kind: FormKind;
  top: number;
  bottom: number;
  titleRow: number | null;
  titleCol: number | null;
}

/** A title is a short cell naming the form; body text that mentions a form is longer. */
const MAX_TITLE_LENGTH = 40;

export function titleKind(text: string): FormKind | null {
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return null;
  if (/(自评|评价)基础数据表/.test(text)) return 'base';
  if (/评价指标.*表|评分表$|评价指标体系/.test(text)) return 'indicator';
  if (/项目支出绩效(自评|评价)表/.test(text)) return 'project';
  if (/部门整体(支出)?绩效(自评|评价)表/.test(text)) return 'overall';
  return null;
}

/**
 * The label that opens each form's body, for a form whose title is missing (normHeader text).
 * The 评分表 opens with its header row, found apart (indicatorStarts).
 */
const OPENING_LABEL: Record<Exclude<FormKind, 'indicator'>, RegExp> = {
  base: /^(财政供养人员情况|经费控制情况)$/,
  overall: /^(部门\(单位\)(名称)?|整体支出规模)$/,
  project: /^项目(支出)?名称$/,
};

const OPENING_LABELS = Object.entries(OPENING_LABEL) as [keyof typeof OPENING_LABEL, RegExp][];

/** Titles and opening labels are short; longer cells (targets, notes) are skipped unread. */
const MAX_LABEL_RAW = 80;

/**
 * Every title ends in 表 (or 体系); every opening label has one of 况 称 模 位; a 评分表 header
 * names its 一级指标: a cheap first sieve.
 */
const MARKER_CHAR = /[表况称模系位级]/;

/** A title claims an opening label within this many rows below it. */
const TITLE_REACH = 8;

interface Marker {
  kind: FormKind;
  row: number;
  col: number;
  isTitle: boolean;
}

function collectMarkers(view: SheetView): Marker[] {
  const markers: Marker[] = [];
  const headers: Marker[] = [];
  const values = view.grid.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      // Labels are text; a merge's other cells read empty, so only owners hold one.
      const raw = row[c];
      if (typeof raw !== 'string' || raw.length > MAX_LABEL_RAW || !MARKER_CHAR.test(raw)) continue;
      if (!view.isOwner(r, c)) continue;
      const t = view.text(r, c);
      if (t === '') continue;
      const title = titleKind(t);
      if (title) {
        markers.push({ kind: title, row: r, col: c, isTitle: true });
        continue;
      }
      const label = normHeader(t);
      for (const [kind, pattern] of OPENING_LABELS)
        if (pattern.test(label)) markers.push({ kind, row: r, col: c, isTitle: false });
      if (/^一级指标/.test(label))
        headers.push({ kind: 'indicator', row: r, col: c, isTitle: false });
    }
  }
  return withIndicatorStarts(markers, headers);
}

/**
 * A 一级指标 header outside every other form opens a 评分表 (which often has no title): before
 * the first form of the sheet, or on a sheet with none. One under another form's title belongs
 * to that form.
 */
function withIndicatorStarts(markers: Marker[], headers: Marker[]): Marker[] {
  const first = markers[0];
  const header = headers[0];
  if (!header || (first && first.row <= header.row)) return markers;
  return [header, ...markers];
}

export function findRegions(view: SheetView): FormRegion[] {
  const starts: (Marker & { claimed: boolean })[] = [];
  for (const m of collectMarkers(view)) {
    const prev = starts[starts.length - 1];
    if (!m.isTitle && prev && prev.kind === m.kind) {
      // 附件1/附件2 open with two labels that both belong to one form.
      if (m.kind !== 'project') continue;
      // A 附件3 title claims the first 项目支出名称 below it; the next one starts a new form.
      if (prev.isTitle && !prev.claimed && m.row - prev.row <= TITLE_REACH) {
        prev.claimed = true;
        continue;
      }
    }
    starts.push({ ...m, claimed: false });
  }
  return starts.map((s, i) => {
    const next = starts[i + 1];
    return {
      kind: s.kind,
      top: s.row,
      bottom: next ? next.row - 1 : view.rows - 1,
      titleRow: s.isTitle ? s.row : null,
      titleCol: s.isTitle ? s.col : null,
    };
  });
}
