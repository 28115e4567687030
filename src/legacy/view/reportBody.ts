/**
 * 报告正文核对 in the legacy pane: the same as the React panel (ReportBodyPanel.tsx) in plain
 * DOM. The pasted text is checked in the pane against the store's current evaluation
 * (core/report), never sent anywhere; the findings are redrawn when the workbook is recalculated.
 */
import type { WorkbookActions } from '../../app/actions';
import type { PaneStore } from '../../app/pane/paneStore';
import type { Evaluation } from '../../core';
import { checkPastedReport } from '../../core/report/pastedReport';
import type { Settings } from '../../core/settings';
import { PANE_SEVERITY, PANE_TEXT } from '../../strings/pane';
import { BODY_TEXT } from '../../strings/reportFlags';
import { REPORT_PANE_TEXT as T } from '../../strings/reportPane';
import { button, el, replaceChildren, type Child } from './dom';

interface Checked {
  text: string;
  settings: Partial<Settings>;
}

function findings(
  checked: Checked,
  evaluation: Evaluation | null,
  onSelect: (sheet: string, address: string) => void,
): Child[] {
  const result = checkPastedReport(checked.text, evaluation, checked.settings);
  if (result.paragraphs === 0) return [el('p', { role: 'status' }, T.empty)];
  const { error, warning, info } = result.counts;
  const items = result.flags.map((f) => {
    const related = f.related;
    return el(
      'li',
      {},
      el(
        'span',
        { class: `flag-where severity-${f.severity}` },
        T.where(PANE_SEVERITY[f.severity], f.address),
      ),
      el('div', {}, BODY_TEXT.findingOf(f.message)),
      f.quote && el('blockquote', { class: 'muted' }, T.quoteLabel, f.quote.sentence),
      related &&
        button(
          T.showCell(PANE_TEXT.flagWhere(related.sheet, related.address)),
          () => onSelect(related.sheet, related.address),
          { small: true },
        ),
    );
  });
  return [
    el(
      'p',
      { role: 'status' },
      el(
        'strong',
        {},
        result.flags.length === 0
          ? T.noFindings(result.paragraphs)
          : T.summary(result.paragraphs, error, warning, info),
      ),
    ),
    !result.againstTables && el('p', { class: 'muted' }, T.noForms),
    items.length > 0 && el('ul', { class: 'flags lines', 'aria-label': T.findingsLabel }, ...items),
    items.length > 0 && el('p', { class: 'muted' }, T.follows),
  ];
}

/** The panel, following `store`'s evaluation. */
export function reportBodyPanel(
  store: Pick<PaneStore, 'getSnapshot' | 'subscribe' | 'selectCell'>,
  actions: Pick<WorkbookActions, 'readSettings'>,
): HTMLElement {
  const id = 'legacy-report-body';
  const area = el('textarea', { id, class: 'input', rows: '6', placeholder: T.placeholder });
  const input = area as HTMLTextAreaElement;
  const results = el('div', {});
  let checked: Checked | null = null;
  let shown: Evaluation | null | undefined;

  const draw = (): void => {
    const evaluation = store.getSnapshot().evaluation;
    shown = evaluation;
    replaceChildren(results, checked ? findings(checked, evaluation, store.selectCell) : []);
  };
  const check = (): void => {
    const text = input.value;
    const done = (settings: Partial<Settings>): void => {
      checked = { text, settings };
      draw();
    };
    const read = actions.readSettings ? actions.readSettings() : null;
    if (!read) return done({});
    read.then(done, () => done({}));
  };

  const panel = el(
    'section',
    { 'aria-label': T.heading },
    el('h2', {}, T.heading),
    el('p', { class: 'muted' }, T.intro),
    el('div', { class: 'field' }, el('label', { for: id }, T.textLabel), area),
    el(
      'div',
      {},
      button(T.check, check, { primary: true }),
      button(T.clear, () => {
        input.value = '';
        checked = null;
        draw();
      }),
    ),
    results,
  );
  // Until the pane goes (its store stops with it): a recalculation re-checks the text.
  store.subscribe(() => {
    if (checked && store.getSnapshot().evaluation !== shown) draw();
  });
  return panel;
}
