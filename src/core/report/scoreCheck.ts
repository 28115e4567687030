/**
 * The score and grade the body states (`自评得分90分，等级为“优”`) against the form it speaks of
 * (附件2, or the 附件3 it names; 附件2 when it names none) and against each other: the grade of
 * the stated score by the bands of the settings.
 */
import { Dec } from '../decimal';
import type { Evaluation } from '../evaluate';
import type { Flag, RelatedCell } from '../flags';
import type { Cell } from '../model';
import type { FormSummary } from '../summary';
import { grade } from '../rules/scoring';
import type { Settings } from '../settings';
import { normText } from '../text';
import { BODY_TEXT } from '../../strings/reportFlags';
import { bodyFlag } from './bodyFlag';
import type { SentenceFigures } from './figures';
import { isExact } from './mentions';
import { clauseBefore } from './subject';

const SCORE_WORDS = /得分|总分|评分|自评分/;
const GRADE = /等级(?:为|是|评定为|评为|:)?\s*["“「]?(优秀|优|良好|良|中等|中|合格|及格|差|不合格)/;
const GRADE_OF: Record<string, string> = {
  优秀: '优',
  优: '优',
  良好: '良',
  良: '良',
  中等: '中',
  中: '中',
  合格: '中',
  及格: '中',
  差: '差',
  不合格: '差',
};

interface SpokenForm {
  summary: FormSummary;
  /** Its 总分 and 等级 cells, where the form has them (a body flag links to them). */
  total: RelatedCell | null;
  grade: RelatedCell | null;
}

function formSpoken(evaluation: Evaluation, norm: string): SpokenForm | null {
  const forms = evaluation.summary.forms;
  const text = normText(norm);
  let at = forms.findIndex(
    (f) => f.kind === 'project' && !!f.name && text.includes(normText(f.name)),
  );
  if (at < 0) at = forms.findIndex((f) => f.kind === 'overall');
  if (at < 0) return null;
  // The summaries are in the order of the forms they summarise.
  const source = evaluation.forms[at];
  const summary = forms[at];
  const related = (cell: Cell | null | undefined): RelatedCell | null =>
    cell ? { sheet: summary.sheet, address: cell.address } : null;
  const scored = source && source.kind !== 'base' ? source : null;
  return {
    summary,
    total: related(scored?.total?.score ?? scored?.total?.labelCell),
    grade: related(scored?.grade),
  };
}

function whereOf(form: FormSummary): string {
  return form.kind === 'project'
    ? BODY_TEXT.tableWhere.project(form.name ?? null)
    : BODY_TEXT.tableWhere.overall;
}

export function checkScores(
  sentences: SentenceFigures[],
  evaluation: Evaluation | null,
  settings: Settings,
): Flag[] {
  const flags: Flag[] = [];
  for (const at of sentences) {
    if (at.planFrom < Infinity) continue;
    const score = at.mentions.find(
      (m) => m.kind === 'score' && isExact(m) && SCORE_WORDS.test(clauseBefore(at.norm, m)),
    );
    const stated = GRADE.exec(at.norm);
    const statedGrade = stated ? GRADE_OF[stated[1]] : null;
    if (score && statedGrade) {
      const expected = grade(score.value, settings);
      if (expected !== statedGrade)
        flags.push(
          bodyFlag(
            'BODY_GRADE_MISMATCH',
            at,
            BODY_TEXT.gradeOwn(score.value.toString(), stated?.[1] ?? '', expected),
          ),
        );
    }
    const spoken = evaluation ? formSpoken(evaluation, at.norm) : null;
    if (!spoken) continue;
    const form = spoken.summary;
    const table = form.reportedTotal ?? form.scoreSum;
    if (score && table !== null && table !== undefined && !new Dec(table).eq(score.value))
      flags.push(
        bodyFlag(
          'BODY_TABLE_MISMATCH',
          at,
          BODY_TEXT.scoreTable(score.value.toString(), whereOf(form), table),
          {
            expected: table,
            actual: score.value.toString(),
            related: spoken.total,
          },
        ),
      );
    if (statedGrade && table !== null && table !== undefined) {
      const tableGrade = grade(new Dec(table), settings);
      if (tableGrade !== statedGrade)
        flags.push(
          bodyFlag(
            'BODY_TABLE_MISMATCH',
            at,
            BODY_TEXT.gradeTable(stated?.[1] ?? '', tableGrade, whereOf(form)),
            {
              expected: tableGrade,
              actual: statedGrade,
              related: spoken.grade ?? spoken.total,
            },
          ),
        );
    }
  }
  return flags;
}
