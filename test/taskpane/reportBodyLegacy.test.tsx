/**
 * @jest-environment jsdom
 *
 * 报告正文核对 in the legacy pane (plain DOM, IE11 / Edge Legacy), on the memory host: the seed
 * report's body (test/fixtures/report/seed-body.txt) pasted and checked against the demo
 * workbook as the Excel host reads it, the same findings as the React pane, a finding's table
 * cell selected in the workbook, no request of any kind.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { readFileSync } from 'fs';
import { join } from 'path';
import { columnLetters } from '../../src/core/grid';
import { createExcelActions } from '../../src/hosts/excel';
import { memoryWorkbookFromPlans } from '../../src/hosts/memory';
import type { MemoryWorkbook } from '../../src/hosts/memory';
import { mountLegacyPane } from '../../src/legacy/mount';
import { PROJECT_SHEET, seedPlans } from '../hosts/helpers';

const SEED_BODY = readFileSync(
  join(__dirname, '..', 'fixtures', 'report', 'seed-body.txt'),
  'utf8',
);

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

/** The 附件3 cell whose result reads 新引进项目50亿元以上项目1个. */
function qualityResult(book: MemoryWorkbook): string {
  const grid = book.toGrids().find((g) => g.name === PROJECT_SHEET);
  const values = grid?.values ?? [];
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r].length; c++)
      if (String(values[r][c] ?? '').startsWith('新引进项目50亿元以上项目1个'))
        return `${columnLetters(c)}${r + 1}`;
  throw new Error('no quality result');
}

describe('报告正文核对 in the legacy pane', () => {
  it('lists the seed findings with paragraph and sentence; a finding selects its table cell', async () => {
    const fetchSpy = jest.fn();
    (globalThis as { fetch?: unknown }).fetch = fetchSpy;
    const xhrOpen = jest.spyOn(XMLHttpRequest.prototype, 'open');
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.20' });
    const container = document.createElement('div');
    document.body.appendChild(container);
    unmount = mountLegacyPane(container, createExcelActions(book.api()));
    await screen.findByRole('list', { name: '问题清单' });

    const panel = screen.getByRole('region', { name: '报告正文核对' });
    const area = within(panel).getByLabelText('报告正文') as HTMLTextAreaElement;
    area.value = SEED_BODY;
    fireEvent.click(within(panel).getByRole('button', { name: '核对正文' }));
    const list = await within(panel).findByRole('list', { name: '正文问题' });
    const items = within(list).getAllByRole('listitem');
    const texts = items.map((li) => li.textContent ?? '');
    expect(items).toHaveLength(7);
    for (const [place, finding] of [
      ['二、（二）2．', '所列各项合计 490.75万元，与所述合计 490.76万元'],
      ['五、（二）', '所列各项合计 490.75万元，与所述合计 490.76万元'],
      ['五、1、', '“50亿元以上项目”此处为 3个'],
      ['四、第1段', '“29.41元”的单位疑有误'],
      ['四、第1段', '所列各项合计 40.00万元，与所述合计 39.99万元'],
      ['四、第1段', '所述净值为 17.38万元'],
    ])
      expect(texts.filter((t) => t.includes(`正文 ${place}`) && t.includes(finding))).toHaveLength(
        1,
      );
    // The figures that are right are not flagged: 755.5 = 490.76 + 264.74, 公务接待 33.92万元 =
    // 附件1's 339,178.30 元, 自评得分 90 分 = 附件2.
    const quotes = items.map((li) => li.querySelector('blockquote')?.textContent ?? '');
    for (const right of ['755.5万元，其中项目支出', '公务接待费33.92万元', '自评得分90分'])
      expect(quotes.filter((q) => q.includes(right))).toEqual([]);
    const twice = items.find((li) => li.textContent?.includes('50亿元以上项目')) as HTMLElement;
    expect(twice.querySelector('blockquote')?.textContent).toContain('其中50亿元以上项目3个');

    const cell = qualityResult(book);
    fireEvent.click(
      within(twice).getByRole('button', { name: `查看附表单元格 ${PROJECT_SHEET}!${cell}` }),
    );
    await waitFor(() => expect(book.selection).toEqual({ sheet: PROJECT_SHEET, address: cell }));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrOpen).not.toHaveBeenCalled();
    xhrOpen.mockRestore();
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  it('清空 takes the text and the findings away', async () => {
    const book = await memoryWorkbookFromPlans(seedPlans(1), { excelApi: '1.20' });
    const container = document.createElement('div');
    document.body.appendChild(container);
    unmount = mountLegacyPane(container, createExcelActions(book.api()));
    await screen.findByRole('list', { name: '问题清单' });
    const panel = screen.getByRole('region', { name: '报告正文核对' });
    const area = within(panel).getByLabelText('报告正文') as HTMLTextAreaElement;
    area.value = '家具用具11.83万元，通用设备17.58万元，合计29.41元。';
    fireEvent.click(within(panel).getByRole('button', { name: '核对正文' }));
    expect((await within(panel).findByRole('status')).textContent).toBe(
      '已核对 1 段：错误 0 条，警告 1 条，提示 0 条',
    );
    fireEvent.click(within(panel).getByRole('button', { name: '清空' }));
    expect(area.value).toBe('');
    expect(within(panel).queryByRole('status')).toBeNull();
  });
});
