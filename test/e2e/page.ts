/** What the browser test does on the preview page, in the words of the page (roles, labels). */
import { readFileSync } from 'fs';
import type { Locator, Page } from 'playwright-core';

export const paneRegion = (page: Page): Locator =>
  page.getByRole('complementary', { name: '绩效自评助手窗格' });

/** The over-budget highlight (GridView's overBudget fill). */
export const HIGHLIGHT = 'rgb(253, 231, 233)';

export const backgroundOf = (page: Page, address: string): Promise<string> =>
  page.evaluate<string>(
    `getComputedStyle(document.querySelector('[role=grid] td[data-address="${address}"]')).backgroundColor`,
  );

export const gridCell = (page: Page, address: string): Locator =>
  page.locator(`[role=grid] td[data-address="${address}"]`);

/** The 问题清单's top-level lines (a group, a flag of its own, a form not filled in). */
export const problemLines = (page: Page): Locator =>
  paneRegion(page).getByRole('list', { name: '问题清单' }).locator(':scope > li');

/** Opens every folded line of the 问题清单, so that each flag is a link on the page. */
export async function unfoldProblems(page: Page): Promise<void> {
  const folded = paneRegion(page).locator('[data-problem] button[aria-expanded="false"]');
  for (let n = await folded.count(); n > 0; n = await folded.count()) await folded.first().click();
}

/** A 问题清单 entry, by its cell and message. */
export const flagButton = (page: Page, where: string, message: string): Locator =>
  paneRegion(page).getByRole('button').filter({ hasText: where }).filter({ hasText: message });

/** Types a value into a cell as a user would (double-click, type, Enter). */
export async function commit(page: Page, address: string, value: string): Promise<void> {
  await gridCell(page, address).dblclick();
  const input = page.getByRole('textbox', { name: `编辑单元格 ${address}` });
  await input.fill(value);
  await input.press('Enter');
  await input.waitFor({ state: 'detached' });
}

export async function recalculate(page: Page): Promise<void> {
  // The toolbar's (a stale pane has a second one, beside 结果可能已过期).
  const button = paneRegion(page).getByRole('button', { name: '重新计算得分' }).first();
  await page.evaluate('window.__recalculateClicks = (window.__recalculateClicks || 0) + 1');
  await button.click();
  // Strings, not functions: this file is compiled without the DOM library (Node tsconfig).
  await page.waitForFunction("!document.body.textContent.includes('正在重新计算得分')");
}

/** How many times the test pressed 重新计算得分 (to prove an edit needed no click). */
export const recalculateClicks = (page: Page): Promise<number> =>
  page.evaluate<number>('window.__recalculateClicks || 0');

export async function waitForBackground(
  page: Page,
  address: string,
  ok: (background: string) => boolean,
): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (ok(await backgroundOf(page, address))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`background of ${address} stayed ${await backgroundOf(page, address)}`);
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core in the page, on the pane: serious and critical violations only. */
export async function checkA11y(page: Page): Promise<{ id: string; help: string; at: string }[]> {
  await page.addScriptTag({
    content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
  });
  const violations = await page.evaluate<AxeViolation[]>(
    "axe.run(document.querySelector('aside')).then((r) => r.violations)",
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, at: JSON.stringify(v.nodes.map((n) => n.target)) }));
}
