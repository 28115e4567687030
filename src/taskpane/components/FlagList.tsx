/**
 * 问题清单: the flags grouped by severity (错误, 警告, 提示), each one a button that selects its
 * cell in the workbook.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Flag, Severity } from '../../core';
import { PANE_SEVERITY, PANE_TEXT } from '../../strings/pane';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorNeutralForeground3,
};

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
});

export interface FlagListProps {
  flags: Flag[];
  onSelect(sheet: string, address: string): void;
}

export function FlagList({ flags, onSelect }: FlagListProps) {
  const styles = useStyles();
  const groups = SEVERITIES.map((severity) => ({
    severity,
    flags: flags.filter((f) => f.severity === severity),
  })).filter((g) => g.flags.length > 0);

  return (
    <section aria-label={PANE_TEXT.flagsHeading}>
      <Subtitle2 as="h2">{PANE_TEXT.flagsHeading}</Subtitle2>
      {groups.length === 0 ? (
        <Text block>{PANE_TEXT.noFlags}</Text>
      ) : (
        // All groups open: the list is the pane's point, and errors come first anyway. Keyed by
        // the groups present, so a group that appears after a recalculation opens too.
        <Accordion
          key={groups.map((g) => g.severity).join()}
          multiple
          collapsible
          defaultOpenItems={groups.map((g) => g.severity)}
        >
          {groups.map((g) => (
            <AccordionItem key={g.severity} value={g.severity}>
              <AccordionHeader>
                <Text weight="semibold" style={{ color: COLOR[g.severity] }}>
                  {PANE_TEXT.flagGroup(PANE_SEVERITY[g.severity], g.flags.length)}
                </Text>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list} aria-label={PANE_SEVERITY[g.severity]}>
                  {g.flags.map((f, i) => (
                    <li key={`${f.sheet}!${f.address}:${f.code}:${i}`}>
                      <Button
                        appearance="subtle"
                        className={styles.item}
                        onClick={() => onSelect(f.sheet, f.address)}
                      >
                        <span className={styles.lines}>
                          <Text size={200} weight="semibold">
                            {PANE_TEXT.flagWhere(f.sheet, f.address)}
                          </Text>
                          <Text size={300}>{f.message}</Text>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
