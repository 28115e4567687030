/** The blank attachments of a report: 附件1, 附件2 and one 附件3 per project. */
import { plan } from '../layout';
import type { OverallLayout, SheetPlan } from '../layout/plan';

export interface TemplateOptions {
  unit?: string;
  year?: number;
  /** Project names, one 附件3 each; a number lays out that many unnamed ones. */
  projects?: readonly string[] | number;
  /** 附件2's template: the seed's ('scale') or the newer Hunan / Anhui one ('funds'). */
  overallLayout?: OverallLayout;
}

/** `附件3 项目1`, `附件3 项目2`, … (Excel sheet names: ≤ 31 chars, none of []:*?/\). */
export function projectSheetName(index: number): string {
  return `附件3 项目${index + 1}`;
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
        sheetName: projectSheetName(i),
      }),
    ),
  ];
}
