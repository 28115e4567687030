/** 附件2 (either layout) and the 评分表: the funds block, the indicator tree, 总分 and 等级. */
import type { IndicatorForm, OverallForm } from '../model';
import type { FormSummary } from '../summary';
import type { FormContext } from './context';
import { checkScored } from './scored';

export function checkOverall(
  ctx: FormContext,
  form: OverallForm | IndicatorForm,
): Omit<FormSummary, 'counts'> {
  const head = {
    kind: form.kind,
    sheet: form.sheet,
    unitName: form.unitName,
    year: form.year,
    unit: form.unit,
  };
  // Built on `head`, not spread from it: the level tree is built when read (lazyField).
  const summary = checkScored(ctx, form, head);
  return Object.assign(summary, { missing: form.missing });
}
