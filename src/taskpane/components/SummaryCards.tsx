/**
 * 计算结果: one card per form, folded by default under the 问题清单; a folded card's header says
 * the form and its result in a few words (总分 90 · 优, 控制率 94.12%, 尚未填写).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { FormSummary } from '../../core';
import { formBrief, formTitle } from '../../app/pane/summaryText';
import { PANE_TEXT } from '../../strings/pane';
import { SummaryCard } from './SummaryCard';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  panel: { marginLeft: 0, marginRight: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function SummaryCards({ forms }: { forms: FormSummary[] }) {
  const styles = useStyles();
  return (
    <section aria-label={PANE_TEXT.summaryHeading} className={styles.section}>
      <Subtitle2 as="h2">{PANE_TEXT.summaryHeading}</Subtitle2>
      {forms.length === 0 ? (
        <Text>{PANE_TEXT.noForms}</Text>
      ) : (
        <Accordion multiple collapsible>
          {forms.map((f, i) => (
            <AccordionItem key={`${f.sheet}-${i}`} value={`${f.sheet}-${i}`}>
              <AccordionHeader size="small">
                <span className={styles.header}>
                  <Text weight="semibold">{formTitle(f)}</Text>
                  <Caption1>{formBrief(f)}</Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <SummaryCard form={f} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
