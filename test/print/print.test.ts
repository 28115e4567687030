/**
 * The printed attachments as LibreOffice prints them: each demo sheet on its own (so page counts
 * are per attachment), A4 in its official orientation, one page wide (every page carries the
 * form's last column heading and its 第 n 页 共 N 页 footer), and no text cut. Skipped (with the
 * reason) where soffice or poppler-utils is missing (.ci/run installs them). PNG pages land in
 * test-artifacts/print/ for a look.
 */
import { execFileSync } from 'child_process';
import type { AttachmentKind } from '../../src/core/forms/kinds';
import {
  missingPrintTools,
  printAttachments,
  type PrintedAttachment,
} from '../../scripts/printPreview';

const missing = missingPrintTools();
const describeIf = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0)
  console.warn(
    `print tests skipped: ${missing.join(', ')} missing (apt-get install libreoffice-calc poppler-utils)`,
  );

/** Pages of the seed's attachments, as laid out today (a change here is a change on paper). */
const PAGES: Record<AttachmentKind, number> = { base: 1, overall: 3, project: 3 };
const ORIENTATION: Record<AttachmentKind, 'portrait' | 'landscape'> = {
  base: 'portrait',
  overall: 'landscape',
  project: 'landscape',
};
/** The form's right-most column heading, start of it (LibreOffice may wrap the rest). */
const LAST_HEADING: Record<AttachmentKind, string> = {
  base: '2021年决算数',
  overall: '偏差及原因分析',
  project: '偏差原因分析',
};
const TITLE: Record<AttachmentKind, string> = {
  base: '部门整体支出绩效自评基础数据表',
  overall: '部门整体支出绩效自评表',
  project: '项目支出绩效自评表',
};

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Carlito has Calibri's metrics: without it LibreOffice substitutes a wider font, rows grow and
 * pages break where Excel's would not, so the page-fill test would measure the substitute.
 */
const hasCarlito = (() => {
  try {
    return /carlito/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
})();
if (missing.length === 0 && !hasCarlito)
  console.warn('page-fill test skipped: fonts-crosextra-carlito missing (Calibri metrics)');

/**
 * How full a printed page is: from its first inked line to its last above the footer, as a share
 * of the room between the first inked line and the footer. Read from the page rendered in grey
 * (PGM: a header, then one byte per pixel), so a merged label's text that LibreOffice clips does
 * not count, and the table's bottom border does.
 */
function pageFill(pdf: string, page: number, heightPt: number): number {
  const at = String(page);
  const words = execFileSync('pdftotext', ['-bbox', '-f', at, '-l', at, pdf, '-'], {
    encoding: 'utf8',
  });
  const footerPt = Math.min(
    ...[...words.matchAll(/yMin="([\d.]+)"[^>]*>页</g)].map((m) => Number(m[1])),
  );
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '36', '-f', at, '-l', at, pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const footer = Math.floor((footerPt / heightPt) * height) - 2;
  const inked = (y: number) => pixels.subarray(y * width, (y + 1) * width).some((v) => v < 128);
  let first = 0;
  while (first < footer && !inked(first)) first += 1;
  let last = footer - 1;
  while (last > first && !inked(last)) last -= 1;
  return (last - first) / (footer - first);
}

describeIf('the printed attachments (LibreOffice)', () => {
  let printed: PrintedAttachment[];
  beforeAll(async () => {
    printed = await printAttachments();
  }, 300000);

  const byKind = (kind: AttachmentKind) => {
    const a = printed.find((p) => p.plan.kind === kind);
    if (!a) throw new Error(`no ${kind} attachment`);
    return a;
  };

  describe.each(['base', 'overall', 'project'] as AttachmentKind[])('%s', (kind) => {
    it('has its page count, on A4 in its orientation, one PNG per page', () => {
      const a = byKind(kind);
      expect(a.pages).toHaveLength(PAGES[kind]);
      expect(a.pngs).toHaveLength(PAGES[kind]);
      for (const p of a.pages) {
        const [long, short] = [Math.max(p.widthPt, p.heightPt), Math.min(p.widthPt, p.heightPt)];
        expect(long).toBeCloseTo(841.89, 0);
        expect(short).toBeCloseTo(595.28, 0);
        expect(p.widthPt > p.heightPt ? 'landscape' : 'portrait').toBe(ORIENTATION[kind]);
      }
    });

    it('prints the title on page 1, and the last column heading and footer on every page', () => {
      const a = byKind(kind);
      expect(a.pages[0].text).toContain(TITLE[kind]);
      a.pages.forEach((p, i) => {
        expect(p.text).toContain(LAST_HEADING[kind]);
        expect(squeeze(p.text)).toContain(`第${i + 1}页共${a.pages.length}页`);
      });
    });

    (hasCarlito ? it : it.skip)(
      'leaves no page but the last more than a third empty (issue 12)',
      () => {
        const a = byKind(kind);
        const fills = a.pages.slice(0, -1).map((p, i) => pageFill(a.pdf, i + 1, p.heightPt));
        // paginate keeps each page ≥ 2/3 full by its row-height estimate (fillAndPaginate.test);
        // on the render 附件3's first page is 65.8% full: the block after it (质量指标, a tall
        // row and its …… row, one merged label) needs 235 px where 222 are left, and a row
        // cannot split across pages, so no break choice fills it. Hence the render's margin.
        for (const fill of fills) expect(fill).toBeGreaterThan(0.6);
      },
    );

    it('cuts no text: every text cell of the form is printed whole', () => {
      const a = byKind(kind);
      const raw = squeeze(execFileSync('pdftotext', ['-raw', a.pdf, '-'], { encoding: 'utf8' }));
      const area = a.plan.pageSetup.printArea;
      const texts = a.plan.cells
        .filter((c) => c.col >= area.left && c.col <= area.right && c.row <= area.bottom)
        .map((c) => c.value)
        .filter((v): v is string => typeof v === 'string' && squeeze(v).length > 0);
      const cut = texts.filter((t) => !raw.includes(squeeze(t)));
      expect(cut).toEqual([]);
    });
  });
});
