/**
 * 识别结果: what the add-in read on each form (label, cell, value, unit) and what it looked for in
 * vain, folded by default; each cell a link that selects it. For a hand-made form this is how the
 * accountant sees that the add-in read the right cells.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Subtitle2,
} from '@fluentui/react-components';
import type { FormReadout } from '../../core';
import { MONEY_UNIT_TEXT } from '../../core/numbers/units';
import { PANE_FORM_NAME } from '../../strings/pane';
import { READ_TEXT } from '../../strings/read';
import { CellLink, cellListStyle } from './CellLink';

const useStyles = makeStyles({ list: cellListStyle });

export interface RecognitionPanelProps {
  readouts: FormReadout[];
  onSelect(sheet: string, address: string): void;
}

export function RecognitionPanel({ readouts, onSelect }: RecognitionPanelProps) {
  const styles = useStyles();
  if (readouts.length === 0) return null;
  return (
    <section aria-label={READ_TEXT.heading}>
      <Subtitle2 as="h2">{READ_TEXT.heading}</Subtitle2>
      <Accordion multiple collapsible>
        {readouts.map((r) => (
          <AccordionItem key={`${r.sheet}-${r.rows}`} value={`${r.sheet}-${r.rows}`}>
            <AccordionHeader size="small">
              {PANE_FORM_NAME[r.kind]}（{READ_TEXT.formRows(r.sheet, r.rows)}）
            </AccordionHeader>
            <AccordionPanel>
              <Caption1 block>{READ_TEXT.unitLine(MONEY_UNIT_TEXT[r.unit])}</Caption1>
              <Caption1 block>
                {r.missing.length
                  ? READ_TEXT.missing(r.missing.join('、'))
                  : READ_TEXT.nothingMissing}
              </Caption1>
              <ul className={styles.list}>
                {r.fields
                  .filter((f) => f.value !== '')
                  .map((f) => (
                    <li key={`${f.address}-${f.label}`}>
                      <CellLink sheet={r.sheet} address={f.address} onSelect={onSelect}>
                        {READ_TEXT.fieldLine(f.address, f.label, f.value, f.unit)}
                      </CellLink>
                    </li>
                  ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
