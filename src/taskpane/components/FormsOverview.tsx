/** The attachments found in this workbook (with their sheets) and the ones still missing. */
import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { FORM_KINDS } from '../../app/pane/forms';
import type { FormsOverview as Overview } from '../../app/pane/forms';
import { PANE_FORM_NAME, PANE_TEXT } from '../../strings/pane';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: '2px',
    paddingBottom: '2px',
  },
});

export function FormsOverview({ overview }: { overview: Overview }) {
  const styles = useStyles();
  return (
    <section aria-label={PANE_TEXT.formsHeading}>
      <Subtitle2 as="h2">{PANE_TEXT.formsHeading}</Subtitle2>
      <ul className={styles.list}>
        {FORM_KINDS.map((kind) => {
          const sheets = overview.sheets[kind];
          return (
            <li key={kind} className={styles.item}>
              <Text>{PANE_FORM_NAME[kind]}</Text>
              {sheets.length === 0 ? (
                <Badge color="warning" appearance="tint" size="small">
                  {PANE_TEXT.formMissing}
                </Badge>
              ) : (
                <Caption1>
                  {kind === 'project' && sheets.length > 1
                    ? `${PANE_TEXT.projectCount(sheets.length)}：${sheets.join('、')}`
                    : sheets.map(PANE_TEXT.formFound).join('；')}
                </Caption1>
              )}
            </li>
          );
        })}
      </ul>
      {overview.missing.length === 0 && <Caption1 block>{PANE_TEXT.allFormsFound}</Caption1>}
      {overview.unread.map((u) => (
        <Caption1 block key={`${u.kind}-${u.sheet}`}>
          {PANE_TEXT.labelsNotRead(PANE_FORM_NAME[u.kind], u.sheet, u.labels.join('、'))}
        </Caption1>
      ))}
    </section>
  );
}
