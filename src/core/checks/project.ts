/** 附件3: the funds block, the indicator tree, 总分 and 等级. */
import type { ProjectForm } from '../model';
import type { FormSummary } from '../summary';
import type { FormContext } from './context';
import { checkScored } from './scored';

export function checkProject(ctx: FormContext, form: ProjectForm): Omit<FormSummary, 'counts'> {
  return {
    kind: 'project',
    sheet: form.sheet,
    name: form.name,
    year: form.year,
    unit: form.unit,
    ...checkScored(ctx, form),
    missing: form.missing,
  };
}
