#!/usr/bin/env node
/**
 * The task pane's bundle size after `npm run build`, raw and gzip (zlib, level 9 like a
 * pre-compressing server; the default level 6 is within a few hundred bytes). Counted: every
 * script taskpane.html loads from dist/ plus every other top-level chunk in dist/ that the
 * commands page does not own (lazy chunks the pane may fetch later), except the chunks fetched
 * only when the user asks for them (ON_CLICK: 导出 Word 附件's docx writer, the 插入自评表 /
 * 新增项目支出自评表 dialogs, the folded 设置 and 报告正文核对 panels), which are listed apart with
 * their own size: they cost nothing until that click. Not counted: office.js and
 * its host files (Microsoft's, cached by Office, or loaded from the CDN), and the legacy pane
 * (legacy.html's scripts), which only Internet Explorer 11 / Edge Legacy load instead of the
 * pane's: its size is printed on a line of its own, outside the budget.
 *
 * Usage: npm run build && node scripts/benchBundle.js
 * Exit: 0 within budget, 1 over budget, 2 no build.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.resolve(__dirname, '..', 'dist');
const BUDGET_GZIP = 300 * 1024;
/**
 * Named lazy chunks (webpackChunkName) fetched only on a user's click: src/taskpane/
 * wordAttachments.ts and src/taskpane/components/lazyParts.ts.
 */
const ON_CLICK = ['word-attachments', 'dialogs', 'settings', 'report-body'];
const onClick = (f) => ON_CLICK.some((name) => f.startsWith(`${name}.`));

/** Local scripts an HTML page loads (office.js and absolute URLs excluded). */
function scriptsOf(page) {
  const file = path.join(DIST, page);
  if (!fs.existsSync(file)) return null;
  const html = fs.readFileSync(file, 'utf8');
  // Minified HTML drops the quotes: src=taskpane.1234abcd.js
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^[a-z]+:\/\//i.test(src) && !src.startsWith('office-js/'))
    .map((src) => src.replace(/^\.?\//, ''));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const pane = scriptsOf('taskpane.html');
  if (!pane) {
    console.error('dist/taskpane.html not found: run `npm run build` first.');
    return 2;
  }
  const commands = new Set(scriptsOf('commands.html') ?? []);
  const legacy = scriptsOf('legacy.html') ?? [];
  const lazy = fs
    .readdirSync(DIST)
    .filter(
      (f) => f.endsWith('.js') && !pane.includes(f) && !commands.has(f) && !legacy.includes(f),
    );
  const files = [...pane, ...lazy.filter((f) => !onClick(f))];
  const clicked = lazy.filter(onClick);

  let raw = 0;
  let gzip = 0;
  console.log('task pane JavaScript (office.js excluded):');
  for (const f of files) {
    const buf = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gzip += gz;
    console.log(`  ${f.padEnd(32)} ${kb(buf.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  }
  console.log(`  ${'total'.padEnd(32)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);
  const ok = gzip <= BUDGET_GZIP;
  console.log(`budget ${kb(BUDGET_GZIP)} gzip: ${ok ? 'OK' : 'OVER'}`);
  for (const f of clicked) {
    const buf = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    console.log(`fetched only on a click: ${f} ${kb(buf.length)} raw ${kb(gz)} gzip`);
  }
  if (legacy.length > 0) {
    const sizes = legacy.map((f) => fs.readFileSync(path.join(DIST, f)));
    const legacyRaw = sizes.reduce((n, buf) => n + buf.length, 0);
    const legacyGzip = sizes.reduce((n, buf) => n + zlib.gzipSync(buf, { level: 9 }).length, 0);
    console.log(
      `legacy pane, IE11 / Edge Legacy only (${legacy.join(', ')}): ` +
        `${kb(legacyRaw)} raw ${kb(legacyGzip)} gzip`,
    );
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
