/** 附件3: the funds block, the indicator tree, 总分 and 等级. */
import type { ProjectForm } from '../model';
import type { FormSummary } from '../summary';
import type { FormContext } from './context';
import { checkScored } from './scored';

export function checkProject(ctx: FormContext, form: ProjectForm): Omit<FormSummary, 'counts'> {
  const head = {
    kind: 'project' as const,
    sheet: form.sheet,
    name: form.name,
    year: form.year,
    unit: form.unit,
  };
  // Built on `head`, not spread from it: the level tree is built when read (lazyField).
  const summary = checkScored(ctx, form, head);
  return Object.assign(summary, { missing: form.missing });
}
