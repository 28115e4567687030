/**
 * The legacy pane as Internet Explorer 11 would run it, emulated in Chromium: the user agent is
 * IE11's, and before any page script runs the built-ins IE11 lacks are deleted, so the polyfills
 * (src/legacy/polyfills.ts) must supply them or the code must do without. The pane runs on the
 * demo workbook in a memory workbook (test/e2e/legacyHarness.ts, built with the product's own
 * legacy webpack settings), and the test works it as the accountant would: reads the 问题清单,
 * types into the workbook, clicks a flag, presses 重新计算得分, all through the page's Chinese
 * words and roles. Any page error or console error fails the test.
 *
 * What the emulation cannot do: Chromium still parses ES2015+ syntax and regex literals with any
 * flag (legacyEs5.test.ts checks the bundle is ES5; only patterns built with `new RegExp` meet
 * IE11's limits here), keeps non-configurable constants (Number.EPSILON, MAX_SAFE_INTEGER) and
 * lays out CSS as Chromium does.
 */
import { execFileSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { AUTO_RECALC_TEXT, PANE_TEXT } from '../../src/strings/pane';
import { ARTIFACTS, ROOT, buildAddinOnce, hasChromium, launch, type Browser } from './browser';
import { seedCells, type SeedCells } from './seedCells';
import { serveStatic, type StaticServer } from './staticServer';

export const IE11_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/**
 * What IE11 lacks, removed from the page before its scripts run. A string: it runs in the page,
 * and this file is compiled without the DOM library.
 */
const IE11_INIT = `(function () {
  var gone = function (owner, names) {
    if (!owner) return;
    names.forEach(function (n) {
      try { delete owner[n]; } catch (e) {}
      if (n in owner) {
        try { Object.defineProperty(owner, n, { value: undefined, configurable: true, writable: true }); } catch (e) {}
      }
    });
  };
  gone(window, ['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Reflect', 'fetch',
    'globalThis', 'HTMLDialogElement']);
  gone(Array, ['from', 'of']);
  gone(Array.prototype, ['find', 'findIndex', 'fill', 'includes', 'flat', 'flatMap', 'entries',
    'keys', 'values', 'at']);
  gone(Object, ['assign', 'entries', 'values', 'fromEntries', 'is']);
  gone(String.prototype, ['includes', 'startsWith', 'endsWith', 'repeat', 'padStart', 'padEnd',
    'trimStart', 'trimEnd', 'normalize', 'codePointAt', 'at', 'replaceAll', 'matchAll']);
  gone(String, ['fromCodePoint']);
  // EPSILON and MAX_SAFE_INTEGER are non-configurable: they stay (harmless, core-js has them).
  gone(Number, ['isFinite', 'isNaN', 'isInteger', 'isSafeInteger', 'EPSILON', 'MAX_SAFE_INTEGER']);
  gone(Math, ['trunc', 'sign', 'log10', 'log2', 'cbrt', 'hypot', 'fround', 'imul', 'clz32']);
  var nodeMethods = ['closest', 'remove', 'append', 'prepend', 'before', 'after', 'replaceWith',
    'toggleAttribute'];
  [Element.prototype, CharacterData.prototype, DocumentType.prototype, Document.prototype,
    DocumentFragment.prototype].forEach(function (p) { gone(p, nodeMethods); });
  gone(NodeList.prototype, ['forEach']);
  // IE11's typed arrays have only set and subarray: no from/of, none of Array's methods.
  var typedArray = Object.getPrototypeOf(Int8Array);
  gone(typedArray, ['from', 'of']);
  gone(typedArray.prototype, ['sort', 'slice', 'fill', 'includes', 'indexOf', 'lastIndexOf',
    'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'map', 'filter', 'reduce',
    'reduceRight', 'some', 'every', 'join', 'reverse', 'copyWithin', 'entries', 'keys', 'values',
    'at', 'toSorted', 'toReversed', 'with']);
  gone(window, ['TextEncoder', 'TextDecoder']);
  // IE11's RegExp knows only the flags g, i and m, and no lookbehind, named groups or \\p{…}:
  // a pattern built at run time with any of them is a SyntaxError there (literals are checked
  // by the ES5 parse of the bundle).
  var NativeRegExp = RegExp;
  var IE11RegExp = function (pattern, flags) {
    var source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
    var f = flags === undefined ? (pattern instanceof NativeRegExp ? pattern.flags : '') : String(flags);
    if (/[^gim]/.test(f)) throw new SyntaxError('IE11: invalid regular expression flags ' + f);
    if (/\\(\\?<[=!a-zA-Z]|\\\\[pPk][{<]/.test(source))
      throw new SyntaxError('IE11: unsupported regular expression ' + source);
    return new NativeRegExp(pattern, flags);
  };
  IE11RegExp.prototype = NativeRegExp.prototype;
  window.RegExp = IE11RegExp;
})();`;

/** The harness page, built by webpack.config.js's legacyConfig (the product's settings). */
function buildHarness(): string {
  const out = join(ARTIFACTS, 'e2e-legacy-harness');
  const script = `
    const webpack = require('webpack');
    const { legacyConfig } = require('./webpack.config.js');
    const config = legacyConfig({}, { mode: 'production' }, {
      name: 'legacyHarness',
      entry: './test/e2e/legacyHarness.ts',
      html: { officeJs: null },
      outputPath: ${JSON.stringify(out)},
    });
    webpack(config, (err, stats) => {
      if (err || stats.hasErrors()) {
        console.log(err ? String(err) : stats.toString('errors-only'));
        process.exit(1);
      }
    });`;
  try {
    execFileSync(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    const output = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`the legacy harness build failed:\n${output.slice(-4000)}`);
  }
  return out;
}

const describeIf = hasChromium ? describe : describe.skip;
if (!hasChromium)
  console.warn('e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');

describeIf('the legacy pane in an emulated IE11', () => {
  let harness: StaticServer;
  let addin: StaticServer;
  let browser: Browser;
  let seed: SeedCells;
  /** Page errors and console errors, per page, with the page's URL. */
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    seed = await seedCells();
    const dist = await buildAddinOnce();
    harness = await serveStatic(buildHarness());
    addin = await serveStatic(dist);
    browser = await launch({ userAgent: IE11_UA });
    await browser.context.addInitScript({ content: IE11_INIT });
    browser.context.on('request', (r) => requests.push(r.url()));
    // Chromium asks every page for a favicon; the 404 would read as a console error.
    await browser.context.route('**/favicon.ico', (route) =>
      route.fulfill({ status: 204, body: '' }),
    );
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await addin?.close();
  });

  /**
   * Polls a page expression. Not page.waitForFunction: Playwright's in-page helper for it runs
   * in the page's own world, where it finds core-js's Map in place of the deleted native one and
   * cannot iterate it; page.evaluate and locators are unaffected.
   */
  async function until(page: Page, expression: string, timeout = 5000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await page.evaluate<boolean>(`!!(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`still false after ${timeout} ms: ${expression}`);
      await page.waitForTimeout(50);
    }
  }

  async function open(query = ''): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.stack ?? e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: console: ${m.text()}`);
    });
    await page.goto(`${harness.url}legacyHarness.html${query}`);
    await until(page, 'window.__harness !== undefined', 30000);
    expect(await page.evaluate<string>('window.__harness')).toBe('ready');
    return page;
  }

  const overBudgetMessage = '项目支出执行率 187.26%，超出预算';
  const overBudgetAt = () => PANE_TEXT.flagWhere(seed.overallSheet, seed.projectRate);
  /** A 问题清单 entry: a button showing where (sheet!cell) and what. */
  const flag = (page: Page, where: string, message: string) =>
    page.getByRole('button').filter({ hasText: where }).filter({ hasText: message });
  const edit = (page: Page, sheet: string, address: string, value: number | string) =>
    page.evaluate(
      `void window.__book.edit(${JSON.stringify(sheet)}, ${JSON.stringify(address)}, ${JSON.stringify(value)})`,
    );
  const autoRecalcSwitch = (page: Page) =>
    page
      .getByRole('checkbox', { name: AUTO_RECALC_TEXT.label })
      .or(page.getByRole('switch', { name: AUTO_RECALC_TEXT.label }));
  const paneText = async (page: Page) => (await page.locator('body').textContent()) ?? '';
  /** Opens every folded line of the 问题清单 and every summary card. */
  async function unfoldAll(page: Page): Promise<void> {
    const folded = page.locator('button.disclosure[aria-expanded="false"]');
    for (let n = await folded.count(); n > 0; n = await folded.count())
      await folded.first().click();
  }

  describe('on the latest ExcelApi', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open();
    }, 60000);
    afterAll(() => page?.close());

    it('runs under IE11’s built-ins: no typed-array from, no u flag, no \\p{…}', async () => {
      const outcome = await page.evaluate<string[]>(`(function () {
        function attempt(f) { try { return String(f()); } catch (e) { return e.name; } }
        return [
          attempt(function () { return new RegExp('^\\\\p{L}$', 'u'); }),
          attempt(function () { return new RegExp('(?<=a)b'); }),
          attempt(function () { return new RegExp('a', 'y'); }),
          attempt(function () { return new RegExp('a+', 'gi').test('xAa'); }),
          attempt(function () { return typeof Float64Array.from; }),
          attempt(function () { return typeof new Float64Array(2).sort; }),
        ];
      })()`);
      expect(outcome).toEqual([
        'SyntaxError',
        'SyntaxError',
        'SyntaxError',
        'true',
        'undefined',
        'undefined',
      ]);
    });

    it('opens with the counts and the grouped problems; at 350 px they are the first screen', async () => {
      const list = page.getByRole('list', { name: PANE_TEXT.flagsHeading });
      await list.waitFor({ timeout: 15000 });
      await page.setViewportSize({ width: 350, height: 950 });
      const counts = page.locator('.counts');
      expect(await counts.textContent()).toMatch(/^错误 \d+ · 警告 \d+ · 提示 \d+$/);
      const lines = list.locator(':scope > li');
      const n = await lines.count();
      expect(n + 1).toBeLessThanOrEqual(12);
      // The counts and every line of the list on the first screen, as in the React pane.
      const last = await lines.nth(n - 1).boundingBox();
      expect(last && last.y + last.height).toBeLessThanOrEqual(950);
      await page.getByRole('button', { name: /附件3 项目1：6 行扣分但未填写偏差原因/ }).waitFor();
      const dir = join(ARTIFACTS, 'e2e');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'legacy-ie11-350-first-screen.png') });
      await page.setViewportSize({ width: 1500, height: 950 });
    });

    it('lists the seed’s flags on load, 超预算 on 附件2 项目支出 at 187.26%', async () => {
      await unfoldAll(page);
      await flag(page, overBudgetAt(), overBudgetMessage).waitFor({ timeout: 15000 });
      expect(
        await page
          .getByRole('list', { name: PANE_TEXT.flagsHeading })
          .locator('button.btn-link')
          .count(),
      ).toBe(seed.flags.length);
      for (const f of seed.flags.filter((x) => x.severity === 'error'))
        expect(await flag(page, PANE_TEXT.flagWhere(f.sheet, f.address), f.message).count()).toBe(
          1,
        );
      expect(await paneText(page)).toContain(PANE_TEXT.flagsHeading);
      expect(await autoRecalcSwitch(page).count()).toBe(1);
    });

    it('a flag’s click selects its cell in the workbook', async () => {
      await flag(page, overBudgetAt(), overBudgetMessage).click();
      await until(
        page,
        `(function (s) { return s && s.sheet === ${JSON.stringify(seed.overallSheet)} && s.address === ${JSON.stringify(seed.projectRate)}; })(window.__book.selection)`,
      );
    });

    it('typing 2600000 as 项目支出 全年执行数 shows 99.21% within a second, no button pressed', async () => {
      const started = Date.now();
      await edit(page, seed.overallSheet, seed.projectActual.address, 2600000);
      await page.getByText('99.21%').first().waitFor({ timeout: 1500 });
      await flag(page, overBudgetAt(), overBudgetMessage).waitFor({
        state: 'detached',
        timeout: 1500,
      });
      expect(Date.now() - started).toBeLessThan(1500);
      expect(
        await page.evaluate<unknown>(
          `window.__book.value(${JSON.stringify(seed.overallSheet)}, ${JSON.stringify(seed.projectRate)})`,
        ),
      ).toBeCloseTo(2600000 / seed.projectBudget.value, 4);
    });

    it('重新计算得分 shows 总分 and 等级', async () => {
      await page.getByRole('button', { name: PANE_TEXT.recalculate }).click();
      await until(
        page,
        `document.body.textContent.indexOf(${JSON.stringify(PANE_TEXT.busyRecalculate)}) < 0`,
      );
      await page.getByText(PANE_TEXT.overallTotal).first().waitFor();
      const text = await paneText(page);
      expect(text).toContain(PANE_TEXT.overallTotal);
      expect(text).toMatch(/等级[\s：:]*优/);
    });

    it('saves a screenshot', async () => {
      const dir = join(ARTIFACTS, 'e2e');
      mkdirSync(dir, { recursive: true });
      // As wide as Excel's task pane.
      await page.setViewportSize({ width: 350, height: 900 });
      await page.screenshot({ path: join(dir, 'legacy-ie11.png') });
      await page.screenshot({ path: join(dir, 'legacy-ie11-full.png'), fullPage: true });
    });
  });

  describe('on ExcelApi 1.1 (Excel 2016 volume licence)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('?api=1.1');
    }, 60000);
    afterAll(() => page?.close());

    it('has no 编辑时自动重算 switch and says what this Excel cannot do', async () => {
      await page.getByRole('list', { name: PANE_TEXT.flagsHeading }).waitFor({ timeout: 15000 });
      await unfoldAll(page);
      await flag(page, overBudgetAt(), overBudgetMessage).waitFor();
      expect(await autoRecalcSwitch(page).count()).toBe(0);
      await page.getByText(PANE_TEXT.noAutoRecalc).waitFor();
      await page.getByText(PANE_TEXT.noPageSetup).waitFor();
      await page.getByText(PANE_TEXT.noCellLayout).waitFor();
    });

    it('an edit waits for 重新计算得分, which then shows 99.21%', async () => {
      await edit(page, seed.overallSheet, seed.projectActual.address, 2600000);
      await page.waitForTimeout(1000);
      expect(await page.getByText('99.21%').count()).toBe(0);
      await flag(page, overBudgetAt(), overBudgetMessage).waitFor();
      await page.getByRole('button', { name: PANE_TEXT.recalculate }).click();
      await page.getByText('99.21%').first().waitFor({ timeout: 5000 });
      await flag(page, overBudgetAt(), overBudgetMessage).waitFor({ state: 'detached' });
    });
  });

  it('taskpane.html sends IE11 to legacy.html with its query, fetching neither office.js nor the React bundle', async () => {
    const page = await browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    // Office is not here: office.js is refused, and the legacy page says where it belongs.
    await page.route('**/office-js/**', (route) => route.abort());
    const query = '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0';
    await page.goto(`${addin.url}taskpane.html${query}#hash`);
    await page.waitForURL(`${addin.url}legacy.html${query}#hash`);
    await page.getByText(PANE_TEXT.notInExcelTitle, { exact: false }).waitFor();
    expect(fetched.filter((u) => /\/taskpane\.[0-9a-f]+\.js/.test(u))).toEqual([]);
    expect(fetched.filter((u) => u.startsWith(`${addin.url}taskpane.html`)).length).toBe(1);
    await page.close();
  });

  it('legacy.html in another Office app says the add-in is for Excel', async () => {
    const page = await browser.context.newPage();
    // office.js as Word would answer it.
    await page.route('**/office-js/office.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.Office = { HostType: { Excel: 'Excel' },
          onReady: function (cb) { setTimeout(function () { cb({ host: 'Word', platform: 'PC' }); }, 0); } };`,
      }),
    );
    await page.goto(`${addin.url}legacy.html`);
    await page.getByRole('status').filter({ hasText: PANE_TEXT.notInExcelTitle }).waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('made no request off this machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    const away = requests.filter(
      (u) => !u.startsWith(harness.url) && !u.startsWith(addin.url) && !/^(data|blob):/.test(u),
    );
    expect(away).toEqual([]);
  });

  it('raised no page error and logged no console error', () => {
    // office.js refused on purpose in the taskpane.html test: its failed load is not a problem.
    expect(
      problems.filter((p) => !/legacy\.html.*console: Failed to load resource/.test(p)),
    ).toEqual([]);
  });
});
