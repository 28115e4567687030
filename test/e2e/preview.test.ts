/**
 * The standalone preview in a real Chromium: the production build served on localhost, the demo
 * workbook in the grid and the real pane beside it. Skipped (with the reason) where
 * /usr/bin/chromium is missing: `apt-get install -y chromium` (.ci/run does).
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import type { Flag } from '../../src/core';
import { ARTIFACTS, buildAddin, hasChromium, launch, type Browser } from './browser';
import { seedCells, type SeedCells } from './seedCells';
import { serveStatic, type StaticServer } from './staticServer';
import {
  HIGHLIGHT,
  backgroundOf,
  checkA11y,
  commit,
  flagButton,
  gridCell,
  paneRegion,
  problemLines,
  recalculate,
  recalculateClicks,
  unfoldProblems,
  waitForBackground,
} from './page';

const describeIf = hasChromium ? describe : describe.skip;

const rowOf = (address: string): number => Number(/\d+/.exec(address)?.[0] ?? 0);

function countsOf(flags: Flag[]): Record<Flag['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity] += 1;
  return counts;
}
if (!hasChromium)
  console.warn('e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');

describeIf('the standalone preview in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let seed: SeedCells;
  const requests: string[] = [];

  beforeAll(async () => {
    seed = await seedCells();
    server = await serveStatic(buildAddin());
    browser = await launch();
    page = await browser.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText('预览（未连接 Excel）').waitFor({ timeout: 30000 });
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const overBudgetMessage = '项目支出执行率 187.26%，超出预算';
  const sheet = () => seed.overallSheet;
  const overBudgetAt = () => `${seed.overallSheet}!${seed.projectRate}`;
  const reasonAt = () => `${seed.reasonFlag.sheet}!${seed.reasonFlag.address}`;

  it('opens at 350 px with the counts and the grouped problems on the first screen', async () => {
    const pane = paneRegion(page);
    const counts = pane.getByText(/^错误 \d+ · 警告 \d+ · 提示 \d+$/);
    await counts.waitFor();
    const { error, warning, info } = countsOf(seed.flags);
    expect(await counts.textContent()).toBe(`错误 ${error} · 警告 ${warning} · 提示 ${info}`);
    expect((await pane.boundingBox())?.width).toBe(350);
    const lines = problemLines(page);
    const n = await lines.count();
    // The counts line and the problems: at most 12 top-level lines, all on the first screen.
    expect(n + 1).toBeLessThanOrEqual(12);
    const viewport = page.viewportSize()?.height ?? 0;
    const last = await lines.nth(n - 1).boundingBox();
    expect(last && last.y + last.height).toBeLessThanOrEqual(viewport);
    await pane.getByRole('button', { name: /附件3 项目1：6 行扣分但未填写偏差原因/ }).waitFor();
    // The summary cards are folded below.
    expect(await pane.getByRole('group', { name: '附件2 整体支出自评表' }).count()).toBe(0);
    const dir = join(ARTIFACTS, 'e2e');
    mkdirSync(dir, { recursive: true });
    await pane.screenshot({ path: join(dir, 'pane-350-first-screen.png') });
  });

  it('lists the seed’s flags on load, beside the grid with its tabs', async () => {
    await unfoldProblems(page);
    await flagButton(page, overBudgetAt(), overBudgetMessage).waitFor();
    expect(await paneRegion(page).getByRole('button').filter({ hasText: '!' }).count()).toBe(
      seed.flags.length,
    );
    for (const f of seed.flags.filter((x) => x.severity === 'error'))
      expect(await flagButton(page, `${f.sheet}!${f.address}`, f.message).count()).toBeGreaterThan(
        0,
      );
    const tabs = page.getByRole('tablist', { name: '工作表' }).getByRole('tab');
    expect(await tabs.count()).toBe(3);
  });

  it('a flag’s click selects its cell in the grid', async () => {
    await flagButton(page, overBudgetAt(), overBudgetMessage).click();
    const cell = gridCell(page, seed.projectRate);
    await expect(cell.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tab', { selected: true }).textContent()).resolves.toBe(sheet());
  });

  it('a flag’s click scrolls the grid to a cell out of view', async () => {
    await page.setViewportSize({ width: 1500, height: 500 });
    try {
      const lowest = seed.flags
        .filter((f) => f.sheet === sheet())
        .sort((a, b) => rowOf(b.address) - rowOf(a.address))[0];
      const scroller = page.locator('[role=grid]').locator('xpath=..');
      await scroller.evaluate('(el) => { el.scrollTop = 0; el.scrollLeft = 0; }');
      const cell = gridCell(page, lowest.address);
      const box = await scroller.boundingBox();
      const before = await cell.boundingBox();
      expect(before && box && before.y + before.height > box.y + box.height).toBe(true);
      await flagButton(page, `${lowest.sheet}!${lowest.address}`, lowest.message).click();
      await expect(cell.getAttribute('aria-selected')).resolves.toBe('true');
      const after = await cell.boundingBox();
      expect(after && box && after.y >= box.y && after.y + after.height <= box.y + box.height).toBe(
        true,
      );
    } finally {
      await page.setViewportSize({ width: 1500, height: 950 });
    }
  });

  it('typing an actual under budget updates the rate, highlight and flag without a click; typed back, they return', async () => {
    const rate = gridCell(page, seed.projectRate);
    expect(await backgroundOf(page, seed.projectRate)).toBe(HIGHLIGHT);
    const recalculations = await recalculateClicks(page);
    // 编辑时自动重算 (actions.watch) is on by default: the edit alone recomputes.
    await commit(page, seed.projectActual.address, String(seed.projectBudget.value));
    await rate.filter({ hasText: '100.00%' }).waitFor();
    await flagButton(page, overBudgetAt(), overBudgetMessage).waitFor({ state: 'detached' });
    await waitForBackground(page, seed.projectRate, (bg) => bg !== HIGHLIGHT);

    await commit(page, seed.projectActual.address, String(seed.projectActual.value));
    await rate.filter({ hasText: '187.26%' }).waitFor();
    await flagButton(page, overBudgetAt(), overBudgetMessage).waitFor();
    await waitForBackground(page, seed.projectRate, (bg) => bg === HIGHLIGHT);
    expect(await recalculateClicks(page)).toBe(recalculations);
  });

  it('a reason typed on 经济效益 removes its REASON_MISSING; cleared, it comes back', async () => {
    const message = seed.reasonFlag.message;
    await flagButton(page, reasonAt(), message).waitFor();
    await commit(page, seed.reasonFlag.address, '招商项目落地周期较长，部分效益次年体现');
    await flagButton(page, reasonAt(), message).waitFor({ state: 'detached' });
    await commit(page, seed.reasonFlag.address, '');
    await flagButton(page, reasonAt(), message).waitFor();
  });

  it('with 编辑时自动重算 off, an edit says 结果可能已过期, and 重新计算得分 beside it clears it', async () => {
    const pane = paneRegion(page);
    const autoRecalc = pane.getByRole('switch', { name: '编辑时自动重算' });
    await autoRecalc.click();
    const staleText = '结果可能已过期：工作表在上次计算后有改动。';
    const stale = pane.getByText(staleText);
    expect(await stale.count()).toBe(0);
    await commit(page, seed.projectActual.address, String(seed.projectBudget.value));
    await stale.waitFor();
    // Nothing recalculated: the sheet's rate and the flag stay as they were.
    await expect(gridCell(page, seed.projectRate).textContent()).resolves.toBe('187.26%');
    await flagButton(page, overBudgetAt(), overBudgetMessage).waitFor();
    const bar = pane.locator('.fui-MessageBar').filter({ hasText: staleText });
    await bar.getByRole('button', { name: '重新计算得分' }).click();
    await stale.waitFor({ state: 'detached' });
    await gridCell(page, seed.projectRate).filter({ hasText: '100.00%' }).waitFor();
    await flagButton(page, overBudgetAt(), overBudgetMessage).waitFor({ state: 'detached' });
    await autoRecalc.click();
    await commit(page, seed.projectActual.address, String(seed.projectActual.value));
    await gridCell(page, seed.projectRate).filter({ hasText: '187.26%' }).waitFor();
  });

  it('重新计算得分 shows the totals and the grade', async () => {
    await recalculate(page);
    const pane = paneRegion(page);
    const cards = pane.getByRole('region', { name: '计算结果' });
    await cards.getByRole('button', { name: /^附件2 整体支出自评表/ }).click();
    const card = cards.getByRole('group', { name: '附件2 整体支出自评表' });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('总分');
    expect(text).toMatch(/等级\s*优/);
  });

  it('新增项目支出自评表 adds a sheet tab with the empty form', async () => {
    const tabs = page.getByRole('tablist', { name: '工作表' }).getByRole('tab');
    // The seed's three, and the settings sheet once the switch above was stored.
    const before = await tabs.count();
    await page.getByRole('button', { name: '新增项目支出自评表' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目支出名称').fill('2021年项目推介活动经费');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.waitForFunction(
      `document.querySelectorAll('[role=tablist] [role=tab]').length === ${before + 1}`,
    );
    await tabs.nth(before).click();
    await page.getByRole('grid').getByText('项目支出绩效自评表').first().waitFor();
    await page.getByRole('grid').getByText('2021年项目推介活动经费').first().waitFor();
  });

  it('passes axe with no serious or critical violation in the pane', async () => {
    const violations = await checkA11y(page);
    expect(violations).toEqual([]);
  });

  it('shows a loading sign from the HTML alone, before any script has run', async () => {
    const bare = await browser.context.newPage();
    await bare.route('**/*.js', (route) => route.abort());
    await bare.goto(`${server.url}taskpane.html`);
    await bare.getByRole('status').filter({ hasText: '正在加载绩效自评助手…' }).waitFor();
    await bare.close();
  });

  it('fetches 设置 only at its click; a failed fetch says so and 重试 fetches it', async () => {
    const fresh = await browser.context.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(r.url().slice(server.url.length)));
    // The first fetch of 设置's chunk fails, as on a dropped network.
    await fresh.route('**/settings.*.js', (route) => route.abort());
    await fresh.goto(`${server.url}taskpane.html`);
    const pane = paneRegion(fresh);
    await pane.getByRole('list', { name: '问题清单' }).waitFor();
    const onClick = /^(dialogs|settings|report-body|word-attachments)\./;
    expect(fetched.filter((f) => onClick.test(f))).toEqual([]);

    await pane.getByRole('button', { name: '设置', exact: true }).click();
    await pane.getByText(/^无法加载“设置”/).waitFor();
    await fresh.unroute('**/settings.*.js');
    await pane.getByRole('button', { name: '重试' }).click();
    const settings = pane.getByRole('region', { name: '设置' });
    await settings.getByRole('button', { name: '保存设置' }).waitFor();
    expect(await pane.getByText(/^无法加载/).count()).toBe(0);
    expect(fetched.filter((f) => onClick.test(f)).map((f) => f.split('.')[0])).toEqual([
      'settings',
      'settings',
    ]);
    await fresh.close();
  });

  it('saves screenshots of the pane and the grid', async () => {
    const dir = join(ARTIFACTS, 'e2e');
    mkdirSync(dir, { recursive: true });
    await page.getByRole('tab', { name: sheet() }).click();
    await paneRegion(page).screenshot({ path: join(dir, 'pane.png') });
    await page.getByRole('grid').screenshot({ path: join(dir, 'grid.png') });
    await page.screenshot({ path: join(dir, 'preview.png') });
  });

  it('never makes a request that leaves localhost', () => {
    expect(requests.length).toBeGreaterThan(0);
    const away = requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(away).toEqual([]);
  });
});
