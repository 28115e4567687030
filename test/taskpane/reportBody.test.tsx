/**
 * @jest-environment jsdom
 *
 * 报告正文核对 in the React pane: the seed report's body pasted (a committed copy of the seed's
 * body section, test/fixtures/report/seed-body.txt) and checked against the demo workbook's
 * evaluation, in the pane, with no request of any kind: every finding of issue 14 with its
 * paragraph and quoted sentence, none on the figures that are right, the table cell a finding
 * compares with a click away, and the findings following a recalculation.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { columnLetters } from '../../src/core/grid';
import { fakeActions, seedEvaluation, seedGrids } from './fakeActions';
import { renderPane } from './renderPane';

const SEED_BODY = readFileSync(
  join(__dirname, '..', 'fixtures', 'report', 'seed-body.txt'),
  'utf8',
);

/** The demo 附件3 cell whose result reads 新引进项目50亿元以上项目1个 (the seed's line 701). */
function qualityResultCell(): { sheet: string; address: string } {
  const grid = seedGrids([2])[0];
  for (let r = 0; r < grid.values.length; r++)
    for (let c = 0; c < grid.values[r].length; c++)
      if (String(grid.values[r][c] ?? '').startsWith('新引进项目50亿元以上项目1个'))
        return { sheet: grid.name, address: `${columnLetters(c)}${r + 1}` };
  throw new Error('no quality result in the demo 附件3');
}

let fetchSpy: jest.Mock;
let xhrOpen: jest.SpyInstance;
beforeEach(() => {
  fetchSpy = jest.fn();
  (globalThis as { fetch?: unknown }).fetch = fetchSpy;
  xhrOpen = jest.spyOn(XMLHttpRequest.prototype, 'open');
});
afterEach(() => {
  xhrOpen.mockRestore();
  delete (globalThis as { fetch?: unknown }).fetch;
});

/** Opens the folded 报告正文核对 (its chunk, here a module, comes at that click), then pastes. */
async function pasteAndCheck(text: string) {
  const header = screen.getByRole('button', { name: '报告正文核对' });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  const panel = await screen.findByRole('region', { name: '报告正文核对' });
  fireEvent.change(within(panel).getByLabelText('报告正文'), { target: { value: text } });
  fireEvent.click(within(panel).getByRole('button', { name: '核对正文' }));
  return panel;
}

const items = (panel: HTMLElement) =>
  within(within(panel).getByRole('list', { name: '正文问题' })).getAllByRole('listitem');

function item(panel: HTMLElement, place: string, text: RegExp): HTMLElement {
  const found = items(panel).filter(
    (li) => li.textContent?.includes(`正文 ${place}`) && text.test(li.textContent ?? ''),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe('报告正文核对', () => {
  it('gives every finding of issue 14 with its paragraph and its sentence', async () => {
    const actions = fakeActions(seedEvaluation());
    renderPane(actions);
    await screen.findByRole('list', { name: '问题清单' });
    const panel = await pasteAndCheck(SEED_BODY);

    // 490.76 stated as the total of eight amounts adding up to 490.75, in two paragraphs.
    for (const place of ['二、（二）2．', '五、（二）']) {
      const li = item(panel, place, /所列各项合计 490\.75万元，与所述合计 490\.76万元/);
      expect(within(li).getByText(/^提示/)).toBeTruthy();
      expect(li.querySelector('blockquote')?.textContent).toMatch(/项目支出合计为490\.76万元/);
    }
    // 50亿元以上项目: 1个 in 三、(一) and in 附件3, 3个 in 五、1.
    const twice = item(panel, '五、1、', /“50亿元以上项目”此处为 3个/);
    expect(twice.textContent).toContain('三、（一）第1段为 1个');
    expect(twice.querySelector('blockquote')?.textContent).toContain('其中50亿元以上项目3个');
    // 合计29.41元 between amounts in 万元.
    const unit = item(panel, '四、第1段', /“29\.41元”的单位疑有误/);
    expect(unit.querySelector('blockquote')?.textContent).toContain('合计29.41元');
    // 39.99 against 27.22 + 12.78; 17.38 against 29.41 − 12.02.
    item(panel, '四、第1段', /所列各项合计 40\.00万元，与所述合计 39\.99万元/);
    item(
      panel,
      '四、第1段',
      /29\.41万元 − 累计折旧 12\.02万元 = 17\.39万元，所述净值为 17\.38万元/,
    );
    expect(within(panel).getByRole('status').textContent).toMatch(
      /^已核对 \d+ 段：错误 1 条，警告 2 条，提示 4 条$/,
    );

    // Nothing left the machine, and nothing was asked of the workbook.
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrOpen).not.toHaveBeenCalled();
    expect(actions.recalculate).not.toHaveBeenCalled();
  });

  it('flags nothing on the figures that are right', async () => {
    renderPane(fakeActions(seedEvaluation()));
    await screen.findByRole('list', { name: '问题清单' });
    const panel = await pasteAndCheck(SEED_BODY);
    const quotes = items(panel).map((li) => li.querySelector('blockquote')?.textContent ?? '');
    // 755.5 = 490.76 + 264.74; 公务接待 33.92万元 = 附件1 339,178.30 元; 90 分, 优 = 附件2.
    for (const right of ['755.5万元，其中项目支出', '公务接待费33.92万元', '自评得分90分'])
      expect(quotes.filter((q) => q.includes(right))).toEqual([]);
    expect(items(panel)).toHaveLength(7);
  });

  it('selects the table cell a finding compares with', async () => {
    const actions = fakeActions(seedEvaluation());
    renderPane(actions);
    await screen.findByRole('list', { name: '问题清单' });
    const panel = await pasteAndCheck(SEED_BODY);
    const cell = qualityResultCell();
    const twice = item(panel, '五、1、', /50亿元以上项目/);
    fireEvent.click(
      within(twice).getByRole('button', {
        name: `查看附表单元格 ${cell.sheet}!${cell.address}`,
      }),
    );
    expect(actions.selectCell).toHaveBeenCalledWith(cell.sheet, cell.address);
    // A finding of the body against itself has no cell to show.
    const unit = item(panel, '四、第1段', /29\.41元/);
    expect(within(unit).queryByRole('button')).toBeNull();
  });

  it('follows the workbook: after 重新计算得分 without 附件3, its comparison is gone', async () => {
    const actions = fakeActions(seedEvaluation(), {
      recalculate: async () => seedEvaluation([0, 1]),
    });
    renderPane(actions);
    await screen.findByRole('list', { name: '问题清单' });
    const panel = await pasteAndCheck(SEED_BODY);
    expect(items(panel).some((li) => /与附表不符/.test(li.textContent ?? ''))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '重新计算得分' }));
    await waitFor(() =>
      expect(items(panel).some((li) => /与附表不符/.test(li.textContent ?? ''))).toBe(false),
    );
    // 3个 still differs from the body's own 1个, now with no cell to compare.
    const twice = item(panel, '五、1、', /50亿元以上项目/);
    expect(within(twice).queryByRole('button')).toBeNull();
  });

  it('asks for the text when none was pasted, and says when there are no tables', async () => {
    renderPane(fakeActions(seedEvaluation([])));
    await screen.findByText('未发现问题。');
    const panel = await pasteAndCheck('   \n ');
    expect(within(panel).getByRole('status').textContent).toBe('请先粘贴报告正文。');
    await pasteAndCheck('家具用具11.83万元，通用设备17.58万元，合计29.41万元。');
    expect(within(panel).getByRole('status').textContent).toBe('已核对 1 段，正文未发现问题。');
    expect(within(panel).getByText(/工作簿中还没有找到附表/)).toBeTruthy();
  });
});

describe('the committed seed body', () => {
  const seed = join(__dirname, '..', '..', '..', 'shared', 'seeds', '000_f5bd350e335026cf.txt');
  const itWithSeed = (() => {
    try {
      readFileSync(seed);
      return it;
    } catch {
      return it.skip;
    }
  })();
  itWithSeed('is the seed report above 附件1, as it is', () => {
    const text = readFileSync(seed, 'utf8');
    expect(SEED_BODY).toBe(text.slice(0, text.search(/^附件1\s*$/m)));
  });
});
