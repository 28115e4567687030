/** Lays out an official attachment as a host-independent SheetPlan. */
import type { AttachmentKind } from '../core/forms/kinds';
import { planBase } from './base';
import { planOverall } from './overall';
import { planOverallFunds } from './overallFunds';
import type { PlanOptions, SheetPlan } from './plan';
import { planProject } from './project';
import { fitRowHeights } from './rowHeights';

export type { OverallLayout, PlanOptions, SheetPlan } from './plan';
export { fillFields, type FieldValue } from './fillFields';

function layout(kind: AttachmentKind, opts: PlanOptions): SheetPlan {
  switch (kind) {
    case 'base':
      return planBase(opts);
    case 'overall':
      return opts.overallLayout === 'funds' ? planOverallFunds(opts) : planOverall(opts);
    case 'project':
      return planProject(opts);
  }
}

export function plan(kind: AttachmentKind, opts: PlanOptions = {}): SheetPlan {
  // Headings that wrap (e.g. 2021年实际在职人数) get the height they need.
  return fitRowHeights(layout(kind, opts));
}
