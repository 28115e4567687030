/** The blank attachments of a report: 附件1, 附件2 and one 附件3 per project. */
import { plan } from '../layout';
import type { OverallLayout, SheetPlan } from '../layout/plan';
import { numberedProjectSheetName } from '../layout/sheetNames';

export interface TemplateOptions {
  unit?: string;
  year?: number;
  /** Project names, one 附件3 each; a number lays out that many unnamed ones. */
  projects?: readonly string[] | number;
  /** 附件2's template: the seed's ('scale') or the newer Hunan / Anhui one ('funds'). */
  overallLayout?: OverallLayout;
}

export function templatePlans({
  unit,
  year,
  projects = 1,
  overallLayout,
}: TemplateOptions): SheetPlan[] {
  const names = typeof projects === 'number' ? Array<string>(projects).fill('') : projects;
  return [
    plan('base', { unit, year }),
    plan('overall', { unit, year, overallLayout }),
    ...names.map((projectName, i) =>
      plan('project', {
        unit,
        year,
        projectName: projectName === '' ? undefined : projectName,
        sheetName: numberedProjectSheetName(i + 1),
      }),
    ),
  ];
}
