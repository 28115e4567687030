/** 附件3: the funds block, the indicator tree, 总分 and 等级. */
import type { ProjectForm } from '../model';
import { joinFields } from '../lazyField';
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
  // Joined, not spread: the scored summary's level tree is built when read (lazyField).
  return joinFields(joinFields(head, checkScored(ctx, form)), { missing: form.missing });
}
