/**
 * The standalone preview: a banner, the demo workbook (sheet tabs and a grid) on the left and the
 * real task pane on the right, 350 px wide as in Excel, both on one memory workbook. The pane
 * gets the same actions it gets in Excel (createExcelActions over the memory host), observed so
 * the grid redraws after each action, shows the latest evaluation's over-budget cells and
 * scrolls to a cell a flag selects.
 *
 * First paint: the pane comes first. The grid (hundreds of cells) is drawn once the pane has
 * painted its first results, so the 问题清单 does not wait for it.
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
  // Excel's task pane is 350 px wide by default.
  pane: { width: '350px', flexShrink: 0, overflowY: 'auto' },
  loading: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
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
  /** Bumped when the pane selects a cell: the grid scrolls it into view. */
  const [reveal, setReveal] = useState(0);
  const [gridShown, setGridShown] = useState(false);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const observed = useMemo(
    () =>
      observeActions(actions, {
        changed,
        evaluated: setEvaluation,
        selected: (sheet, address) => {
          setShown(sheet);
          setSelected(address.split(':')[0]);
          setReveal((n) => n + 1);
        },
      }),
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

  // The grid once the pane's first results are on screen: after the frame that paints them.
  const hasEvaluation = evaluation !== null;
  useEffect(() => {
    if (!hasEvaluation || gridShown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setGridShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [hasEvaluation, gridShown]);

  const sheets = book.sheetNames();
  const active = sheets.includes(shown) ? shown : (sheets[0] ?? '');
  const model = useMemo(
    () => (gridShown ? sheetModel(book, active) : null),
    [book, active, version, gridShown],
  );

  const commit = (address: string, text: string) => {
    void book.edit(active, address, parseEntry(text)).then(() => {
      changed();
      observed.edited();
    });
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
          {model ? (
            <GridView
              model={model}
              selected={selected}
              reveal={reveal}
              overBudget={overBudgetCells(evaluation, active)}
              onSelect={setSelected}
              onCommit={commit}
            />
          ) : (
            <div className={styles.loading} role="status">
              {PREVIEW_TEXT.loadingSheet}
            </div>
          )}
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
