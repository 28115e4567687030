/**
 * No fill printed (issue 12): the seed after `check --fix` carries the over-budget highlight (a
 * light red conditional fill on 附件2's rates over 100%, for the screen), and its page setup says
 * black and white, which Excel honours in print (PageLayout.blackAndWhite, <pageSetup
 * blackAndWhite="1">). LibreOffice has no such print option and ignores the flag: its render,
 * in test-artifacts/print-fill/ for a look, still shows the fill, so the test asserts the flag,
 * and that the render's only colour is that highlight (nothing else of the form prints in colour).
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { main } from '../../src/cli/main';
import { missingPrintTools } from '../../scripts/printPreview';

const OUT = resolve(__dirname, '..', '..', 'test-artifacts', 'print-fill');
const missing = missingPrintTools();
const itIf = missing.length === 0 ? it : it.skip;

const quiet = { out: () => undefined, err: () => undefined };

/** Pixels of a binary PPM (P6) whose channels differ by more than 40: colour, not grey. */
function colouredPixels(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM');
  let coloured = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured += 1;
  }
  return coloured;
}

itIf(
  'the highlighted seed is set to print black and white; LibreOffice shows only the highlight in colour',
  async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const demo = join(OUT, 'demo.xlsx');
    const fixed = join(OUT, 'fixed.xlsx');
    await main(['demo', '-o', demo], quiet);
    await main(['check', demo, '--fix', '-o', fixed], quiet);
    const sheet = execFileSync('unzip', ['-p', fixed, 'xl/worksheets/sheet2.xml'], {
      encoding: 'utf8',
    });
    // The highlight is there (on screen), and the page setup says black and white.
    expect(sheet).toContain('<conditionalFormatting');
    expect(sheet).toMatch(/<pageSetup[^>]*blackAndWhite="1"/);
    const profile = mkdtempSync(join(tmpdir(), 'selfeval-soffice-'));
    try {
      execFileSync('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        OUT,
        fixed,
      ]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(OUT, 'fixed.pdf');
    execFileSync('pdftoppm', ['-r', '50', pdf, join(OUT, 'page')]);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', pdf, join(OUT, 'page')]);
    const pages = readdirSync(OUT).filter((f) => f.endsWith('.ppm'));
    expect(pages.length).toBeGreaterThan(3);
    const coloured = pages.map((p) => colouredPixels(readFileSync(join(OUT, p))));
    // 附件1 (page 1) and every 附件3 page: no colour. 附件2's first page: its three rates.
    expect(coloured.filter((n) => n > 0)).toHaveLength(1);
    expect(coloured[0]).toBe(0);
  },
  300_000,
);
