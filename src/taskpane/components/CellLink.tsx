/** A line of text that selects a cell of the workbook: the lists of cells read or rewritten. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  link: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    minHeight: 'auto',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: '2px',
    paddingBottom: '2px',
  },
});

export interface CellLinkProps {
  sheet: string;
  address: string;
  onSelect(sheet: string, address: string): void;
  children: ReactNode;
}

export function CellLink({ sheet, address, onSelect, children }: CellLinkProps) {
  const styles = useStyles();
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.link}
      onClick={() => onSelect(sheet, address)}
    >
      {children}
    </Button>
  );
}

/** The unstyled list these links stand in. */
export const cellListStyle = { listStyleType: 'none', margin: 0, padding: 0 } as const;
