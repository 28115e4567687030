/** The workbook's sheet tabs under the grid, as in Excel; the selected one is the sheet shown. */
import { Tab, TabList } from '@fluentui/react-components';
import { PREVIEW_TEXT } from '../strings/pane';

export interface SheetTabsProps {
  sheets: readonly string[];
  active: string;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  return (
    <TabList
      aria-label={PREVIEW_TEXT.sheetTabs}
      size="small"
      selectedValue={active}
      onTabSelect={(_, data) => onSelect(String(data.value))}
    >
      {sheets.map((s) => (
        <Tab key={s} value={s}>
          {s}
        </Tab>
      ))}
    </TabList>
  );
}
