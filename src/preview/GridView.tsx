/**
 * The active sheet as a grid, drawn the way the Excel host laid it out (merges, widths, fonts,
 * borders). A cell is edited like in Excel: double-click, Enter, F2 or just start typing; Enter
 * or leaving the cell commits through `onCommit` (the memory workbook's edit, so onChanged fires
 * as in Excel); Escape cancels. A cell the pane selects (a flag's link) is scrolled into view,
 * centred, when it is not wholly visible already.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { PREVIEW_TEXT } from '../strings/pane';
import type { CellModel, SheetModel } from './sheetModel';

const useStyles = makeStyles({
  scroller: { overflow: 'auto', flexGrow: 1, backgroundColor: '#ffffff' },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", SimSun, sans-serif',
    color: '#000000',
  },
  cell: {
    padding: '1px 3px',
    overflow: 'hidden',
    border: '1px solid #e1e1e1',
    cursor: 'cell',
    boxSizing: 'border-box',
  },
  bordered: { border: '1px solid #000000' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  overBudget: { backgroundColor: '#fde7e9', color: '#a4262c', fontWeight: 'bold' },
  input: { width: '100%', boxSizing: 'border-box', font: 'inherit' },
});

export interface GridViewProps {
  model: SheetModel;
  selected: string | null;
  /** Changes each time the pane selects a cell: scroll `selected` into view. */
  reveal?: number;
  /** Addresses the latest evaluation flags as over budget. */
  overBudget: ReadonlySet<string>;
  onSelect(address: string): void;
  onCommit(address: string, text: string): void;
}

function cellCss(cell: CellModel): CSSProperties {
  const s = cell.style;
  return {
    fontWeight: s.bold ? 'bold' : undefined,
    fontSize: s.fontSize ? `${s.fontSize}pt` : '11pt',
    textAlign: s.align,
    verticalAlign: s.vAlign ?? 'bottom',
    whiteSpace: s.wrap ? 'pre-wrap' : 'pre',
    backgroundColor: s.fill,
    paddingLeft: s.indent ? `${3 + s.indent * 9}px` : undefined,
  };
}

/** Scrolls `box` so that `cell` is in view, centred on each axis where it was not wholly in view. */
export function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  if (c.top < b.top || c.bottom > b.bottom)
    box.scrollTop += c.top - b.top - Math.max(0, (box.clientHeight - c.height) / 2);
  if (c.left < b.left || c.right > b.right)
    box.scrollLeft += c.left - b.left - Math.max(0, (box.clientWidth - c.width) / 2);
}

export function GridView({
  model,
  selected,
  reveal = 0,
  overBudget,
  onSelect,
  onCommit,
}: GridViewProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // Only for the pane's selections: a click in the grid scrolls nothing.
  const revealed = useRef(0);
  useEffect(() => {
    const box = scroller.current;
    if (reveal === revealed.current || !box || !selected) return;
    revealed.current = reveal;
    const cell = box.querySelector<HTMLElement>(`td[data-address="${selected}"]`);
    if (cell) revealCell(box, cell);
  }, [reveal, selected, model.name]);
  const [editing, setEditingState] = useState<{ address: string; text: string } | null>(null);
  // The entry in progress, also in a ref: Enter and the blur that follows the input's removal
  // must commit once, and a blur after Escape must not commit at all.
  const current = useRef<{ address: string; text: string } | null>(null);
  const setEditing = (next: { address: string; text: string } | null) => {
    current.current = next;
    setEditingState(next);
  };
  const commit = () => {
    const entry = current.current;
    setEditing(null);
    if (entry) onCommit(entry.address, entry.text);
  };
  const onCellKey = (cell: CellModel, e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ address: cell.address, text: cell.raw });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ address: cell.address, text: e.key });
    }
  };

  return (
    <div className={styles.scroller} ref={scroller}>
      <table
        className={styles.table}
        role="grid"
        aria-label={PREVIEW_TEXT.gridLabel(model.name)}
        style={{ width: model.widths.reduce((a, b) => a + b, 0) }}
      >
        <colgroup>
          {model.widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <tbody>
          {model.rows.map((row, r) => (
            <tr key={r} style={{ height: model.heights[r] }}>
              {row.map((cell) => {
                const isEditing = editing?.address === cell.address;
                const classes = [styles.cell];
                if (cell.style.border) classes.push(styles.bordered);
                if (overBudget.has(cell.address)) classes.push(styles.overBudget);
                if (selected === cell.address) classes.push(styles.selected);
                return (
                  <td
                    key={cell.address}
                    role="gridcell"
                    data-address={cell.address}
                    aria-selected={selected === cell.address}
                    tabIndex={selected === cell.address ? 0 : -1}
                    rowSpan={cell.rowSpan}
                    colSpan={cell.colSpan}
                    className={classes.join(' ')}
                    style={cellCss(cell)}
                    onClick={() => onSelect(cell.address)}
                    onDoubleClick={() => setEditing({ address: cell.address, text: cell.raw })}
                    onKeyDown={isEditing ? undefined : (e) => onCellKey(cell, e)}
                  >
                    {isEditing ? (
                      <input
                        className={styles.input}
                        aria-label={PREVIEW_TEXT.cellLabel(cell.address)}
                        autoFocus
                        value={editing.text}
                        onChange={(e) =>
                          setEditing({ address: cell.address, text: e.target.value })
                        }
                        onBlur={commit}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') commit();
                          if (e.key === 'Escape') setEditing(null);
                        }}
                      />
                    ) : (
                      cell.text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
