/**
 * A section folded under its heading until the accountant opens it (设置, 报告正文核对): what is
 * done once or now and then, below the results read every time. Its content is first drawn at
 * the first opening (so a lazy part's chunk is fetched then) and stays drawn, only hidden, when
 * folded again, so what was typed into it is kept. Not Fluent's Accordion (used for the result
 * cards): its panel unmounts when closed (unmountOnExit), which would drop a pasted report.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  heading: { margin: 0 },
  header: {
    // Flush left like the pane's other headings (a button is centred in a 96px minimum).
    minWidth: 0,
    paddingLeft: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  chevron: { transitionProperty: 'transform', transitionDuration: tokens.durationFaster },
  open: { transform: 'rotate(90deg)' },
});

/** The chevron Fluent's accordion draws (ChevronRight20Regular), turned down when open. */
function Chevron({ className }: { className: string }) {
  return (
    <svg className={className} aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
      <path
        fill="currentColor"
        d="M7.65 4.15a.5.5 0 0 0 0 .7L12.79 10l-5.14 5.15a.5.5 0 0 0 .7.7l5.5-5.5a.5.5 0 0 0 0-.7l-5.5-5.5a.5.5 0 0 0-.7 0Z"
      />
    </svg>
  );
}

export function FoldedSection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const [drawn, setDrawn] = useState(false);
  return (
    <div>
      <h2 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.header}
          icon={<Chevron className={`${styles.chevron} ${open ? styles.open : ''}`} />}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen(!open);
            setDrawn(true);
          }}
        >
          {title}
        </Button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {drawn && children}
      </div>
    </div>
  );
}
