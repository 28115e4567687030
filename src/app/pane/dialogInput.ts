/**
 * What the two layout dialogs (插入自评表, 新增项目支出自评表) accept, checked the same way in both
 * panes: a unit name, a four-digit year, and a project name where one is needed.
 */
import type { AttachmentKind } from '../../core';
import type { LayoutRequest } from '../actions';
import { parseYear, type UnitYear } from './forms';

export interface UnitYearDraft {
  unit: string;
  year: string;
}

export interface DialogErrors {
  unit: boolean;
  year: boolean;
  project: boolean;
}

export interface DialogCheck<T> {
  /** Null while any field is wrong. */
  value: T | null;
  errors: DialogErrors;
}

function check<T>(errors: DialogErrors, value: () => T): DialogCheck<T> {
  const ok = !errors.unit && !errors.year && !errors.project;
  return { value: ok ? value() : null, errors };
}

/** 插入自评表: every missing attachment; a project name when 附件3 is among them. */
export function checkInsert(
  missing: AttachmentKind[],
  draft: UnitYearDraft,
  project: string,
  overallLayout: LayoutRequest['overallLayout'] = 'scale',
): DialogCheck<LayoutRequest> {
  const needsProject = missing.includes('project');
  const unit = draft.unit.trim();
  const year = parseYear(draft.year);
  const projectName = project.trim();
  return check(
    { unit: unit === '', year: year === null, project: needsProject && projectName === '' },
    () => ({
      kinds: missing,
      unit,
      year: year ?? 0,
      projectNames: needsProject ? [projectName] : [],
      ...(missing.includes('overall') ? { overallLayout } : {}),
    }),
  );
}

/** 新增项目支出自评表: the project's name; the unit and year only when not `known`. */
export function checkAddProject(
  known: UnitYear | null,
  draft: UnitYearDraft,
  name: string,
): DialogCheck<{ name: string; unitYear: UnitYear }> {
  const unit = known ? known.unit : draft.unit.trim();
  const year = known ? known.year : parseYear(draft.year);
  const projectName = name.trim();
  return check({ unit: unit === '', year: year === null, project: projectName === '' }, () => ({
    name: projectName,
    unitYear: { unit, year: year ?? 0 },
  }));
}
