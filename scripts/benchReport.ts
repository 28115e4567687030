/**
 * `npm run bench:report` (part of `npm run bench`): the time to check a 30-page report. The
 * seed report's body (8 printed pages) is repeated three times after its cover, then its three
 * attachments follow (7 pages): about 31 pages as LibreOffice prints the seed. Times reading the
 * .docx, evaluating its tables and checking the body against them; prints the medians.
 */
import { performance } from 'perf_hooks';
import { evaluate } from '../src/core';
import { checkReportBody } from '../src/core/report';
import { readDocxReport } from '../src/hosts/docx';
import { buildSeedDocx, readSeedText } from './fixtures/seedDocx';

const RUNS = 11;
const BODY_COPIES = 3;

/** The seed's text with its body (after the 4 cover lines) repeated. */
function longReport(seed: string): string {
  const end = seed.search(/^附件1\s*$/m);
  const lines = seed.slice(0, end).split(/\r?\n/);
  const coverEnd = lines.findIndex((l) => /^一、/.test(l.trim()));
  const cover = lines.slice(0, coverEnd);
  const body = lines.slice(coverEnd);
  return [
    ...cover,
    ...Array.from({ length: BODY_COPIES }, () => body).flat(),
    seed.slice(end),
  ].join('\n');
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const seed = readSeedText();
  if (seed === null) {
    console.log('report check: skipped (../shared/seeds not found)');
    return;
  }
  const bytes = await buildSeedDocx(longReport(seed));
  const read: number[] = [];
  const tables: number[] = [];
  const body: number[] = [];
  const total: number[] = [];
  let flags = 0;
  let paragraphs = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const report = readDocxReport(bytes);
    const t1 = performance.now();
    const evaluation = evaluate(report.grids);
    const t2 = performance.now();
    flags = checkReportBody(report.body, evaluation).length;
    const t3 = performance.now();
    read.push(t1 - t0);
    tables.push(t2 - t1);
    body.push(t3 - t2);
    total.push(t3 - t0);
    paragraphs = report.body.paragraphs.length;
  }
  const ms = (t: number[]) => `${median(t).toFixed(1)} ms`;
  console.log(
    `report check: a ~31-page report (the seed body × ${BODY_COPIES} + its 3 attachments), ${(bytes.length / 1024).toFixed(0)} KB .docx, ${paragraphs} paragraphs, ${flags} body flags`,
  );
  console.log(
    `  median over ${RUNS} runs: read .docx ${ms(read)}, evaluate tables ${ms(tables)}, check body ${ms(body)}; total ${ms(total)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
