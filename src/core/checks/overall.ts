/** 附件2 (either layout) and the 评分表: the funds block, the indicator tree, 总分 and 等级. */
import type { IndicatorForm, OverallForm } from '../model';
import { joinFields } from '../lazyField';
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
  // Joined, not spread: the scored summary's level tree is built when read (lazyField).
  return joinFields(joinFields(head, checkScored(ctx, form)), { missing: form.missing });
}
