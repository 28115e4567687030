/**
 * The legacy pane's results: the forms found and missing, one card per form (rates with 超预算,
 * level subtotals, total and grade) and the 问题清单, each flag a button selecting its cell.
 */
import type { Flag, FormSummary, Severity } from '../../core';
import type { FormsOverview } from '../../app/pane/forms';
import { FORM_KINDS } from '../../app/pane/forms';
import type { PaneSnapshot } from '../../app/pane/paneStore';
import {
  formCaption,
  formTitle,
  levelRows,
  lineDetail,
  lineRate,
  shownLines,
  summaryFacts,
} from '../../app/pane/summaryText';
import { PANE_FORM_NAME, PANE_SEVERITY, PANE_TEXT } from '../../strings/pane';
import { el, type Child } from './dom';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function overviewSection(overview: FormsOverview): HTMLElement {
  const items = FORM_KINDS.map((kind) => {
    const sheets = overview.sheets[kind];
    const where =
      sheets.length === 0
        ? el('span', { class: 'badge badge-warn' }, PANE_TEXT.formMissing)
        : el(
            'span',
            { class: 'muted' },
            kind === 'project' && sheets.length > 1
              ? `${PANE_TEXT.projectCount(sheets.length)}：${sheets.join('、')}`
              : sheets.map(PANE_TEXT.formFound).join('；'),
          );
    return el('li', {}, `${PANE_FORM_NAME[kind]} `, where);
  });
  return el(
    'section',
    { 'aria-label': PANE_TEXT.formsHeading },
    el('h2', {}, PANE_TEXT.formsHeading),
    el('ul', { class: 'lines' }, ...items),
    overview.missing.length === 0 && el('div', { class: 'muted' }, PANE_TEXT.allFormsFound),
    ...overview.unread.map((u) =>
      el(
        'div',
        { class: 'muted' },
        PANE_TEXT.labelsNotRead(PANE_FORM_NAME[u.kind], u.sheet, u.labels.join('、')),
      ),
    ),
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
  const levels = levelRows(form.levels ?? []).map((row) =>
    el(
      'tr',
      {},
      el(
        'td',
        { class: row.child ? 'child' : '' },
        row.level.label,
        row.declared && el('span', { class: 'warn' }, row.declared),
      ),
      el('td', { class: row.child ? 'child points' : 'points' }, row.points),
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
    levels.length > 0 &&
      el(
        'table',
        { class: 'levels', 'aria-label': PANE_TEXT.levelsHeading },
        el('tbody', {}, ...levels),
      ),
    el('div', { class: 'facts' }, ...facts),
  );
}

function flagList(flags: Flag[], onSelect: (sheet: string, address: string) => void): HTMLElement {
  const groups = SEVERITIES.map((severity) => ({
    severity,
    flags: flags.filter((f) => f.severity === severity),
  })).filter((g) => g.flags.length > 0);
  const body: Child[] =
    groups.length === 0
      ? [el('p', {}, PANE_TEXT.noFlags)]
      : groups.map((g) => {
          const items = g.flags.map((f) => {
            const item = el(
              'button',
              { type: 'button', class: 'btn-link' },
              el('span', { class: 'flag-where' }, PANE_TEXT.flagWhere(f.sheet, f.address)),
              f.message,
            );
            item.addEventListener('click', () => onSelect(f.sheet, f.address));
            return el('li', {}, item);
          });
          return el(
            'div',
            {},
            el(
              'h3',
              { class: `severity-${g.severity}` },
              PANE_TEXT.flagGroup(PANE_SEVERITY[g.severity], g.flags.length),
            ),
            el('ul', { class: 'flags', 'aria-label': PANE_SEVERITY[g.severity] }, ...items),
          );
        });
  return el(
    'section',
    { 'aria-label': PANE_TEXT.flagsHeading },
    el('h2', {}, PANE_TEXT.flagsHeading),
    ...body,
  );
}

export function renderResults(
  s: PaneSnapshot,
  overview: FormsOverview,
  onSelect: (sheet: string, address: string) => void,
): Child[] {
  if (!s.evaluation) return [];
  const forms = s.evaluation.summary.forms;
  return [
    overviewSection(overview),
    s.checkedOnly && el('p', { class: 'muted' }, PANE_TEXT.checkedOnly),
    el(
      'section',
      { 'aria-label': PANE_TEXT.summaryHeading },
      el('h2', {}, PANE_TEXT.summaryHeading),
      ...(forms.length === 0 ? [el('p', {}, PANE_TEXT.noForms)] : forms.map(card)),
    ),
    flagList(s.evaluation.flags, onSelect),
  ];
}
