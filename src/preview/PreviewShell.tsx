/**
 * The standalone preview: a banner, the demo workbook (sheet tabs and a grid) on the left and the
 * real task pane on the right, both on one memory workbook. The pane gets the same actions it
 * gets in Excel (createExcelActions over the memory host), observed so the grid redraws after
 * each action and shows the latest evaluation's over-budget cells.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Evaluation } from '../core';
import type { MemoryWorkbook } from '../hosts/memory';
import { PREVIEW_TEXT } from '../strings/pane';
import type { WorkbookActions } from '../app/actions';
import { Pane } from '../taskpane/components/Pane';
import { parseEntry } from './cellText';
import { GridView } from './GridView';
import { observeActions } from './observe';
import { sheetModel } from './sheetModel';
import { SheetTabs } from './SheetTabs';

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', height: '100vh' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  book: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  pane: { width: '360px', flexShrink: 0, overflowY: 'auto' },
});

export interface PreviewShellProps {
  book: MemoryWorkbook;
  actions: WorkbookActions;
}

function overBudgetCells(evaluation: Evaluation | null, sheet: string): Set<string> {
  const cells = (evaluation?.flags ?? [])
    .filter((f) => f.code === 'OVER_BUDGET' && f.sheet === sheet)
    .map((f) => f.address);
  return new Set(cells);
}

export function PreviewShell({ book, actions }: PreviewShellProps) {
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [shown, setShown] = useState(() => book.activeSheet ?? book.sheetNames()[0] ?? '');
  const [selected, setSelected] = useState<string | null>(null);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const observed = useMemo(
    () => observeActions(actions, { changed, evaluated: setEvaluation }),
    [actions, changed],
  );

  // Follow the workbook when an action moves it (a flag's cell selected on another sheet).
  const where = book.selection;
  const whereKey = where ? `${where.sheet}!${where.address}` : '';
  useEffect(() => {
    if (!where) return;
    setShown(where.sheet);
    setSelected(where.address.split(':')[0]);
    // whereKey stands for `where`, which is a new object on every render.
  }, [whereKey]);

  // The preview listens too (shared with the pane's own watch, if it has one).
  useEffect(() => {
    if (!observed.watch) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void observed.watch(setEvaluation, () => undefined).then((s) => (gone ? s() : (stop = s)));
    return () => {
      gone = true;
      stop?.();
    };
  }, [observed]);

  const sheets = book.sheetNames();
  const active = sheets.includes(shown) ? shown : (sheets[0] ?? '');
  const model = useMemo(() => sheetModel(book, active), [book, active, version]);

  const commit = (address: string, text: string) => {
    void book.edit(active, address, parseEntry(text)).then(changed);
  };

  return (
    <div className={styles.shell}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{PREVIEW_TEXT.bannerTitle}</MessageBarTitle>
          {PREVIEW_TEXT.banner}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.body}>
        <section className={styles.book} aria-label={PREVIEW_TEXT.gridLabel(active)}>
          <GridView
            model={model}
            selected={selected}
            overBudget={overBudgetCells(evaluation, active)}
            onSelect={setSelected}
            onCommit={commit}
          />
          <SheetTabs
            sheets={sheets}
            active={active}
            onSelect={(s) => {
              setShown(s);
              setSelected(null);
            }}
          />
        </section>
        <aside className={styles.pane} aria-label={PREVIEW_TEXT.paneLabel}>
          <Pane actions={observed} />
        </aside>
      </div>
    </div>
  );
}
