/**
 * Lays out attachments into NEW worksheets: the sheet names (to pick free ones), then the sheets,
 * as many to a request as stay under the request budget (requestSize.ts) — one request up to
 * about 50 附件3, then one more per 4 MB. An existing sheet is never touched; a name in use gets
 * ` (2)`, ` (3)`, ….
 */
import type { AttachmentKind } from '../../core';
import { plan } from '../../layout';
import type { OverallLayout, SheetPlan } from '../../layout/plan';
import type { LayoutRequest } from '../../app/actions';
import type { MergeRange } from '../../core/grid';
import type { ExcelContext, ExcelWorksheet } from './api';
import type { Features } from './capabilities';
import { plannedExtent, planRequestBytes, queuePlan } from './layoutSheet';
import type { SheetMemo } from './readForms';
import { queueWithinBudget, type RequestPart } from './requestSize';
import { freeSheetName, projectSheetName } from '../../layout/sheetNames';

export interface FormSpec {
  kind: AttachmentKind;
  /** 附件3 only; '' for an unnamed project. */
  projectName?: string;
}

export interface LayoutResult {
  /** The names the new sheets got, in the order laid out. */
  names: string[];
  /** The memo for the next read: the new sheets are known forms, with their planned extents. */
  memo: SheetMemo;
  /** Highlight memo keys of the rate cells given their rule (highlight.ts). */
  highlighted: string[];
}

/** The request's forms in its order, a 附件3 per project name (one unnamed if none given). */
export function specsOf(request: LayoutRequest): FormSpec[] {
  return request.kinds.flatMap((kind): FormSpec[] => {
    if (kind !== 'project') return [{ kind }];
    const names = request.projectNames.length > 0 ? request.projectNames : [''];
    return names.map((projectName) => ({ kind, projectName }));
  });
}

function planFor(spec: FormSpec, options: LayoutOptions, taken: readonly string[]): SheetPlan {
  const { unit, year } = options;
  if (spec.kind === 'overall')
    return plan('overall', { unit, year, overallLayout: options.overallLayout });
  if (spec.kind !== 'project') return plan(spec.kind, { unit, year });
  const projectName = spec.projectName ?? '';
  return plan('project', {
    unit,
    year,
    projectName: projectName === '' ? undefined : projectName,
    sheetName: projectSheetName(projectName, taken),
  });
}

/**
 * Lays out the plans `plansFor` yields, each asked for once the names before it are taken (so
 * a plan may pick its own free name). Also used directly for given plans (the seed demo).
 */
export async function layoutPlans(
  ctx: ExcelContext,
  features: Features,
  plansFor: (taken: readonly string[]) => Iterable<SheetPlan>,
  memo: SheetMemo | null,
): Promise<LayoutResult> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const existing = sheets.items.map((s) => s.name);
  const taken = [...existing];
  const names: string[] = [];
  const highlighted: string[] = [];
  const extents: Record<string, MergeRange> = {};
  let first: ExcelWorksheet | null = null;
  const parts: RequestPart[] = [];
  for (const p of plansFor(taken)) {
    const name = freeSheetName(taken, p.sheetName);
    taken.push(name);
    names.push(name);
    const { rows, cols } = plannedExtent(p);
    extents[name.toLowerCase()] = { top: 0, left: 0, bottom: rows - 1, right: cols - 1 };
    parts.push({
      bytes: planRequestBytes(p, features),
      queue: () => {
        const queued = queuePlan(ctx, p, name, features);
        highlighted.push(...queued.highlighted);
        first ??= queued.sheet;
      },
    });
  }
  await queueWithinBudget(ctx, parts);
  // Show the accountant the first new sheet.
  (first as ExcelWorksheet | null)?.activate();
  if (names.length > 0) await ctx.sync();
  const present = new Set(existing.map((n) => n.toLowerCase()));
  const knownForms = (memo?.forms ?? []).filter((n) => present.has(n.toLowerCase()));
  for (const n of knownForms) {
    const extent = memo?.extents?.[n.toLowerCase()];
    if (extent) extents[n.toLowerCase()] = extent;
  }
  return { names, memo: { names: taken, forms: [...knownForms, ...names], extents }, highlighted };
}

export interface LayoutOptions {
  unit: string;
  year: number;
  overallLayout?: OverallLayout;
}

export function layoutForms(
  ctx: ExcelContext,
  features: Features,
  specs: readonly FormSpec[],
  options: LayoutOptions,
  memo: SheetMemo | null,
): Promise<LayoutResult> {
  // Lazily, so each unnamed project sees the names taken before it and counts up.
  function* plansFor(taken: readonly string[]): Iterable<SheetPlan> {
    for (const spec of specs) yield planFor(spec, options, taken);
  }
  return layoutPlans(ctx, features, plansFor, memo);
}
