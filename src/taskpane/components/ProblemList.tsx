/**
 * 问题清单, results first (issue 12): one line of counts and the forms found, then the problems
 * grouped, one group per rule per form, folded, each header a sentence (附件3 项目1：6 行扣分但
 * 未填写偏差原因) and each flag inside a link that selects its cell; a group of one is the flag
 * itself; a form not filled in yet is one line, 尚未填写. Errors first.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Caption1Strong,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Flag, Severity, Summary } from '../../core';
import type { FormsOverview } from '../../app/pane/forms';
import { countsLine } from '../../app/pane/countsLine';
import { problemLines, type FlagGroup, type ProblemLine } from '../../app/pane/problemLines';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';
import { PROBLEM_TEXT } from '../../strings/problems';
import { FlagLink } from './FlagLink';

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const COUNT_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorNeutralForeground2,
};

const useStyles = makeStyles({
  head: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  counts: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  line: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, marginTop: '2px' },
  subHeading: { display: 'block', marginTop: tokens.spacingVerticalXS },
  panel: { marginLeft: tokens.spacingHorizontalS, marginRight: 0 },
});

type Select = (sheet: string, address: string) => void;

function SeverityBadge({ severity }: { severity: Severity }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} size="small" appearance="tint" color={BADGE[severity]}>
      {PROBLEM_TEXT.severityTag[severity]}
    </Badge>
  );
}

function FlagItems({ flags, onSelect }: { flags: Flag[]; onSelect: Select }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {flags.map((f, i) => (
        <li key={`${f.sheet}!${f.address}:${f.code}:${i}`}>
          <FlagLink flag={f} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

/** The flags of a folded line; the 提示 group names each rule on each form above its flags. */
function GroupPanel({ groups, onSelect }: { groups: FlagGroup[]; onSelect: Select }) {
  const styles = useStyles();
  if (groups.length === 1) return <FlagItems flags={groups[0].flags} onSelect={onSelect} />;
  return (
    <>
      {groups.map((g) => (
        <div key={g.key}>
          <Caption1Strong className={styles.subHeading}>
            {PROBLEM_TEXT.groupTitle(g.sheet, g.sentence)}
          </Caption1Strong>
          <FlagItems flags={g.flags} onSelect={onSelect} />
        </div>
      ))}
    </>
  );
}

function Folded({
  line,
  title,
  children,
}: {
  line: ProblemLine;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value={line.key}>
        <AccordionHeader size="small" className={styles.header} data-problem={line.kind}>
          <span className={styles.title}>
            <SeverityBadge severity={line.severity} />
            <Text>{title}</Text>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function Line({ line, onSelect }: { line: ProblemLine; onSelect: Select }) {
  if (line.kind === 'flag')
    return (
      <FlagLink
        flag={line.flag}
        onSelect={onSelect}
        badge={<SeverityBadge severity={line.severity} />}
        data-problem="flag"
      />
    );
  if (line.kind === 'group')
    return (
      <Folded line={line} title={line.title}>
        <GroupPanel groups={line.groups} onSelect={onSelect} />
      </Folded>
    );
  if (line.flags.length === 0)
    return (
      <Text block data-problem="blank" style={{ padding: `${tokens.spacingVerticalXS} 0` }}>
        {line.title}
      </Text>
    );
  return (
    <Folded
      line={line}
      title={`${line.title}（${PROBLEM_TEXT.blankFormFlags(line.flags.length)}）`}
    >
      <FlagItems flags={line.flags} onSelect={onSelect} />
    </Folded>
  );
}

export interface ProblemListProps {
  evaluation: { flags: Flag[]; summary: Summary };
  overview: FormsOverview;
  onSelect: Select;
}

export function ProblemList({ evaluation, overview, onSelect }: ProblemListProps) {
  const styles = useStyles();
  const counts = countsLine(evaluation.summary);
  const lines = problemLines(evaluation);
  const severities: Severity[] = ['error', 'warning', 'info'];
  return (
    <section aria-label={PANE_TEXT.flagsHeading}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{PANE_TEXT.flagsHeading}</Subtitle2>
        <Text className={styles.counts}>
          {severities.map((s, i) => (
            <span key={s} style={{ color: counts.counts[s] > 0 ? COUNT_COLOR[s] : undefined }}>
              {i > 0 ? ' · ' : ''}
              {`${PROBLEM_TEXT.severityTag[s]} ${counts.counts[s]}`}
            </span>
          ))}
        </Text>
      </div>
      <Caption1 block>
        {counts.found}
        {counts.missing ? `；${counts.missing}` : ''}
      </Caption1>
      {overview.unread.map((u) => (
        <Caption1 block key={`${u.kind}-${u.sheet}`}>
          {PANE_TEXT.labelsNotRead(PANE_FORM_NAME[u.kind], u.sheet, u.labels.join('、'))}
        </Caption1>
      ))}
      {lines.length === 0 ? (
        <Text block>{PANE_TEXT.noFlags}</Text>
      ) : (
        <ul className={styles.list} aria-label={PANE_TEXT.flagsHeading}>
          {lines.map((line) => (
            <li key={line.key} className={styles.line}>
              <Line line={line} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
