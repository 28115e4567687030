/**
 * 已改写 N 个单元格: what the last action wrote (HostEvaluation.applied), folded; each cell old →
 * new, a link that selects it. Nothing at all when the action wrote nothing.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
} from '@fluentui/react-components';
import type { HostEvaluation } from '../../app/actions';
import { writtenCells } from '../../app/pane/writtenCells';
import { WRITTEN_TEXT } from '../../strings/pane';
import { CellLink, cellListStyle } from './CellLink';

const useStyles = makeStyles({ list: cellListStyle });

export interface WrittenCellsProps {
  evaluation: HostEvaluation;
  onSelect(sheet: string, address: string): void;
}

export function WrittenCells({ evaluation, onSelect }: WrittenCellsProps) {
  const styles = useStyles();
  const cells = writtenCells(evaluation.applied, evaluation);
  if (cells.length === 0) return null;
  const summary = WRITTEN_TEXT.summary(cells.length);
  return (
    <section aria-label={summary}>
      {/* Keyed by the evaluation: each action's list starts folded. */}
      <Accordion collapsible key={cells.map((c) => c.text).join('\n')}>
        <AccordionItem value="written">
          <AccordionHeader size="small">
            <Text weight="semibold">{summary}</Text>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {cells.map((c) => (
                <li key={`${c.sheet}!${c.address}`}>
                  <CellLink sheet={c.sheet} address={c.address} onSelect={onSelect}>
                    {c.text}
                  </CellLink>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
