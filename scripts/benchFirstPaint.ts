/**
 * First paint of the standalone preview (taskpane.html outside Office): the production build in
 * dist/ served on localhost, opened in headless Chromium (/usr/bin/chromium through
 * playwright-core) with an empty cache each time, five times. Printed per run and as the median:
 *
 *   loading sign   first contentful paint: the page's own 正在加载… (in the HTML, before any
 *                  script), budget 200 ms
 *   first flag     the frame after the first entry of the 问题清单 is in the page (the demo
 *                  workbook laid out, checked and drawn), budget 1.5 s
 *
 * Usage: npm run build && node -r ts-node/register/transpile-only scripts/benchFirstPaint.ts [DIST]
 * Exit: 0 within budget, 1 over budget, 2 no build or no Chromium.
 */
import { existsSync } from 'fs';
import { resolve } from 'path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/e2e/staticServer';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;
const BUDGET_FIRST_FLAG_MS = 1500;
const BUDGET_LOADING_MS = 200;
/** The first 问题清单 entry: a group line or a flag link (src/taskpane/components/ProblemList). */
const FIRST_FLAG = '[data-problem]';

/**
 * Runs in the page before its scripts: notes the frame in which the first flag shows. A string,
 * as this file is compiled without the DOM library.
 */
const PROBE = `(function () {
  var seen = false;
  new MutationObserver(function () {
    if (seen || !document.querySelector(${JSON.stringify(FIRST_FLAG)})) return;
    seen = true;
    requestAnimationFrame(function () { window.__firstFlag = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
})();`;

interface Run {
  loading: number;
  firstFlag: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number): string => `${Math.round(n)} ms`.padStart(8);

async function main(): Promise<number> {
  const dist = resolve(process.argv[2] ?? resolve(__dirname, '..', 'dist'));
  if (!existsSync(resolve(dist, 'taskpane.html'))) {
    console.error(`${dist}/taskpane.html not found: run \`npm run build\` first.`);
    return 2;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`first paint not measured: ${CHROMIUM} is missing (apt-get install chromium)`);
    return 2;
  }
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A new context each time: an empty HTTP cache, as on a first visit.
      const context = await browser.newContext({
        viewport: { width: 1500, height: 950 },
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      await page.addInitScript({ content: PROBE });
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction('window.__firstFlag !== undefined', undefined, {
        timeout: 30000,
      });
      const run = await page.evaluate<Run>(`({
        loading: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
        firstFlag: window.__firstFlag,
      })`);
      runs.push(run);
      console.log(
        `  run ${i + 1}: loading sign ${ms(run.loading)}, first flag ${ms(run.firstFlag)}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const loading = median(runs.map((r) => r.loading));
  const firstFlag = median(runs.map((r) => r.firstFlag));
  const ok = loading <= BUDGET_LOADING_MS && firstFlag <= BUDGET_FIRST_FLAG_MS;
  console.log(
    `preview first paint, median of ${RUNS}: loading sign ${Math.round(loading)} ms ` +
      `(budget ${BUDGET_LOADING_MS}), first flag ${Math.round(firstFlag)} ms ` +
      `(budget ${BUDGET_FIRST_FLAG_MS}): ${ok ? 'OK' : 'OVER'}`,
  );
  return ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
