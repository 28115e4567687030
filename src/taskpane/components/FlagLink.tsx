/** One flag: where (sheet!cell) and what, a link that selects its cell in the workbook. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Flag } from '../../core';
import { PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  item: {
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    textAlign: 'start',
    width: '100%',
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  lines: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  where: { color: tokens.colorBrandForeground1 },
});

export interface FlagLinkProps {
  flag: Flag;
  onSelect(sheet: string, address: string): void;
  /** Shown before the text (the severity, on a line of its own in the 问题清单). */
  badge?: ReactNode;
  'data-problem'?: string;
}

export function FlagLink({ flag, onSelect, badge, ...rest }: FlagLinkProps) {
  const styles = useStyles();
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      onClick={() => onSelect(flag.sheet, flag.address)}
      data-problem={rest['data-problem']}
    >
      {badge}
      <span className={styles.lines}>
        <Text size={200} weight="semibold" className={styles.where}>
          {PANE_TEXT.flagWhere(flag.sheet, flag.address)}
        </Text>
        <Text size={300}>{flag.message}</Text>
      </span>
    </Button>
  );
}
