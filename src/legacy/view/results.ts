/**
 * The legacy pane's results, in the React pane's order (issue 12): 结果可能已过期 with 重新计算得分
 * beside it; 已改写 N 个单元格 (folded, each cell old → new, a link); the 问题清单 with its line of
 * counts and the forms found, grouped one group per rule per form (folded, a sentence each; a
 * group of one is the flag itself; a form not filled in is one line, 尚未填写); then one folded
 * card per form (rates with 超预算 and their deviation from 100%, level subtotals with the
 * quantitative indicators' deviations, total and grade).
 */
import type { Flag, FormSummary, Severity } from '../../core';
import type { HostEvaluation } from '../../app/actions';
import { countsLine } from '../../app/pane/countsLine';
import type { FormsOverview } from '../../app/pane/forms';
import type { PaneSnapshot } from '../../app/pane/paneStore';
import { problemLines, type FlagGroup, type ProblemLine } from '../../app/pane/problemLines';
import {
  formBrief,
  formCaption,
  formTitle,
  indicatorRows,
  levelRows,
  lineDetail,
  lineRate,
  shownLines,
  summaryFacts,
} from '../../app/pane/summaryText';
import { writtenCells } from '../../app/pane/writtenCells';
import { PANE_FORM_NAME, PANE_TEXT, STALE_TEXT, WRITTEN_TEXT } from '../../strings/pane';
import { PROBLEM_TEXT } from '../../strings/problems';
import { button, disclosure, el, messageBar, type Child } from './dom';

type Select = (sheet: string, address: string) => void;

/** What a redraw keeps: the folded sections left open. */
export type OpenSections = { [key: string]: boolean };

export interface ResultHandlers {
  select: Select;
  recalculate(): void;
}

function severityTag(severity: Severity): HTMLElement {
  return el('span', { class: `tag tag-${severity}` }, PROBLEM_TEXT.severityTag[severity]);
}

function flagLink(f: Flag, onSelect: Select, tag: Child = null): HTMLElement {
  const item = el(
    'button',
    { type: 'button', class: tag ? 'btn-link problem' : 'btn-link' },
    // The tag on the line of the cell, not a line of its own (a line more per flag at 350 px).
    el('span', { class: 'flag-where' }, tag, PANE_TEXT.flagWhere(f.sheet, f.address)),
    f.message,
  );
  item.addEventListener('click', () => onSelect(f.sheet, f.address));
  return item;
}

function flagItems(flags: Flag[], onSelect: Select): HTMLElement {
  return el('ul', { class: 'flags' }, ...flags.map((f) => el('li', {}, flagLink(f, onSelect))));
}

function groupPanel(groups: FlagGroup[], onSelect: Select): Child[] {
  if (groups.length === 1) return [flagItems(groups[0].flags, onSelect)];
  return groups.map((g) =>
    el(
      'div',
      {},
      el('div', { class: 'sub-heading' }, PROBLEM_TEXT.groupTitle(g.sheet, g.sentence)),
      flagItems(g.flags, onSelect),
    ),
  );
}

function problemLine(line: ProblemLine, open: OpenSections, onSelect: Select): HTMLElement {
  const tag = severityTag(line.severity);
  if (line.kind === 'flag') return flagLink(line.flag, onSelect, tag);
  if (line.kind === 'group')
    return disclosure(`problem:${line.key}`, open, [tag, line.title], () =>
      groupPanel(line.groups, onSelect),
    );
  if (line.flags.length === 0) return el('div', { class: 'problem' }, tag, line.title);
  return disclosure(
    `problem:${line.key}`,
    open,
    [tag, `${line.title}（${PROBLEM_TEXT.blankFormFlags(line.flags.length)}）`],
    () => [flagItems(line.flags, onSelect)],
  );
}

function problemSection(
  evaluation: HostEvaluation,
  overview: FormsOverview,
  open: OpenSections,
  onSelect: Select,
): HTMLElement {
  const counts = countsLine(evaluation.summary);
  const lines = problemLines(evaluation);
  const severities: Severity[] = ['error', 'warning', 'info'];
  const countSpans = severities.map((s, i) =>
    el(
      'span',
      { class: counts.counts[s] > 0 ? `count-${s}` : undefined },
      `${i > 0 ? ' · ' : ''}${PROBLEM_TEXT.severityTag[s]} ${counts.counts[s]}`,
    ),
  );
  return el(
    'section',
    { 'aria-label': PANE_TEXT.flagsHeading },
    el(
      'div',
      { class: 'counts-line' },
      el('h2', {}, PANE_TEXT.flagsHeading),
      el('span', { class: 'counts' }, ...countSpans),
    ),
    el('div', { class: 'muted' }, counts.found + (counts.missing ? `；${counts.missing}` : '')),
    ...overview.unread.map((u) =>
      el(
        'div',
        { class: 'muted' },
        PANE_TEXT.labelsNotRead(PANE_FORM_NAME[u.kind], u.sheet, u.labels.join('、')),
      ),
    ),
    lines.length === 0
      ? el('p', {}, PANE_TEXT.noFlags)
      : el(
          'ul',
          { class: 'problems', 'aria-label': PANE_TEXT.flagsHeading },
          ...lines.map((line) => el('li', {}, problemLine(line, open, onSelect))),
        ),
  );
}

function levelTable(form: FormSummary): HTMLElement | null {
  const rows: HTMLElement[] = [];
  for (const row of levelRows(form.levels ?? [])) {
    rows.push(
      el(
        'tr',
        {},
        el(
          'td',
          { class: row.child ? 'child' : undefined },
          row.level.label,
          row.declared && el('span', { class: 'warn' }, row.declared),
        ),
        el('td', { class: row.child ? 'child points' : 'points' }, row.points),
      ),
    );
    for (const i of indicatorRows(row.level))
      rows.push(
        el(
          'tr',
          {},
          el(
            'td',
            { colspan: '2', class: 'indicator' },
            i.label && el('div', {}, i.label),
            el('div', {}, i.figures),
            el('div', { class: 'verdict' }, i.verdict),
          ),
        ),
      );
  }
  if (rows.length === 0) return null;
  return el(
    'table',
    { class: 'levels', 'aria-label': PANE_TEXT.levelsHeading },
    el('tbody', {}, ...rows),
  );
}

function card(form: FormSummary): HTMLElement {
  const lines = shownLines(form.lines).map((l) =>
    el(
      'li',
      {},
      el('span', {}, l.label),
      el('span', { class: 'rate' }, lineRate(l)),
      l.overBudget && el('span', { class: 'badge' }, PANE_TEXT.overBudget),
      el('div', { class: 'muted' }, lineDetail(l, form.unit)),
    ),
  );
  const facts = summaryFacts(form).map(([term, value, mismatch]) =>
    el(
      'div',
      {},
      el('span', { class: 'term' }, term),
      el('span', { class: mismatch ? 'value mismatch' : 'value' }, value),
    ),
  );
  return el(
    'div',
    { class: 'card', role: 'group', 'aria-label': formTitle(form) },
    el('h3', {}, formTitle(form)),
    el('div', { class: 'muted' }, formCaption(form)),
    lines.length > 0 &&
      el('ul', { class: 'lines', 'aria-label': PANE_TEXT.executionRate }, ...lines),
    levelTable(form),
    el('div', { class: 'facts' }, ...facts),
  );
}

function cardsSection(forms: FormSummary[], open: OpenSections): HTMLElement {
  return el(
    'section',
    { 'aria-label': PANE_TEXT.summaryHeading },
    el('h2', {}, PANE_TEXT.summaryHeading),
    ...(forms.length === 0
      ? [el('p', {}, PANE_TEXT.noForms)]
      : forms.map((form, i) =>
          disclosure(
            `card:${form.sheet}:${i}`,
            open,
            [
              el('span', { class: 'fold-title' }, formTitle(form)),
              el('span', { class: 'muted' }, formBrief(form)),
            ],
            () => [card(form)],
          ),
        )),
  );
}

function writtenSection(evaluation: HostEvaluation, onSelect: Select): Child {
  const cells = writtenCells(evaluation.applied, evaluation);
  if (cells.length === 0) return null;
  const summary = WRITTEN_TEXT.summary(cells.length);
  // Not remembered across redraws: each action's list starts folded.
  return el(
    'section',
    { 'aria-label': summary },
    disclosure('written', {}, [el('span', { class: 'fold-title' }, summary)], () => [
      el(
        'ul',
        { class: 'flags' },
        ...cells.map((c) => {
          const link = el('button', { type: 'button', class: 'btn-link' }, c.text);
          link.addEventListener('click', () => onSelect(c.sheet, c.address));
          return el('li', {}, link);
        }),
      ),
    ]),
  );
}

export function renderResults(
  s: PaneSnapshot,
  overview: FormsOverview,
  open: OpenSections,
  handlers: ResultHandlers,
): Child[] {
  if (!s.evaluation) return [];
  const forms = s.evaluation.summary.forms;
  return [
    s.stale &&
      messageBar(
        'warning',
        STALE_TEXT.message,
        ' ',
        button(PANE_TEXT.recalculate, handlers.recalculate, {
          primary: true,
          small: true,
          disabled: s.busy !== null,
        }),
      ),
    writtenSection(s.evaluation, handlers.select),
    s.checkedOnly && el('p', { class: 'muted' }, PANE_TEXT.checkedOnly),
    problemSection(s.evaluation, overview, open, handlers.select),
    cardsSection(forms, open),
  ];
}
