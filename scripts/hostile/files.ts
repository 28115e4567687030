/**
 * The hostile set of issue 13, made here (never downloaded): the files a tester made to hang or
 * crash `selfeval check`, and the ones it must refuse by name. Each builder returns the file's
 * bytes; `expect` is what `check` must say of it.
 */
import * as CFB from 'cfb';
import { constants, createDeflateRaw } from 'zlib';
import type { PackageProblem } from '../../src/hosts/xlsx/packageError';
import {
  WORKSHEET_OPEN,
  addSheet,
  demoWorkbookData,
  escapeXml,
  inlineCell,
  minimalWorkbook,
  setText,
  sheetPart,
  text,
  unzipParts,
  zipParts,
} from './ooxml';
import type { Parts, RawPart } from './ooxml';

export const OVERALL_SHEET = '附件2 整体支出自评表';

export interface HostileFile {
  name: string;
  /** What the issue measured before (for the report), when it did. */
  before?: string;
  build: () => Promise<Buffer>;
  /** `checked`: read and evaluated; otherwise the problem it is refused for. */
  expect: 'checked' | PackageProblem;
}

async function demoParts(): Promise<Parts> {
  return unzipParts(await demoWorkbookData());
}

/** 附件2's 财政拨款 全年预算数 (E6, 4,889,977.00 in the seed) replaced by `value`. */
function withBudgetCell(parts: Parts, value: string): void {
  const part = sheetPart(parts, OVERALL_SHEET);
  const xml = text(parts, part);
  const cell = /<c r="E6"[^>]*?(?:\/>|>.*?<\/c>)/.exec(xml);
  if (!cell) throw new Error('no E6 in 附件2');
  const style = /\ss="(\d+)"/.exec(cell[0])?.[1];
  const replacement = `<c r="E6"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t>${value}</t></is></c>`;
  setText(parts, part, xml.replace(cell[0], replacement));
}

async function longDigits(count: number): Promise<Buffer> {
  const parts = await demoParts();
  withBudgetCell(parts, '9'.repeat(count));
  return zipParts(parts);
}

/** A merge added to 附件2's list (so it covers no cell the form has above row 100). */
async function hugeMerge(): Promise<Buffer> {
  const parts = await demoParts();
  const part = sheetPart(parts, OVERALL_SHEET);
  const xml = text(parts, part).replace(
    /<mergeCells count="(\d+)">/,
    (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A100:XFD1048576"/>`,
  );
  setText(parts, part, xml);
  return zipParts(parts);
}

/** A form title whose labels do not match, and one value in a far cell. */
async function farCell(ref: string): Promise<Buffer> {
  const row = Number(/\d+$/.exec(ref)?.[0]);
  const xml = `${WORKSHEET_OPEN}<sheetData><row r="1">${inlineCell('A1', '部门整体支出绩效自评表')}</row><row r="3">${inlineCell('A3', '单位：某单位')}${inlineCell('B3', '金额（元）')}</row><row r="${row}">${inlineCell(ref, '远处的值')}</row></sheetData></worksheet>`;
  return zipParts(minimalWorkbook([['自评表', xml]]));
}

/** The demo and a ledger sheet of `count` rows, each merged A:C. */
async function manyMerges(count: number): Promise<Buffer> {
  const parts = await demoParts();
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= count; r++) {
    rows.push(
      `<row r="${r}">${inlineCell(`A${r}`, `摘要${r}`)}<c r="D${r}"><v>${r * 3}</v></c></row>`,
    );
    merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
  }
  addSheet(
    parts,
    '台账',
    `${WORKSHEET_OPEN}<sheetData>${rows.join('')}</sheetData><mergeCells count="${count}">${merges.join('')}</mergeCells></worksheet>`,
  );
  return zipParts(parts);
}

/** Deflates `total` bytes made by `chunk(i)` as a stream (never holding them whole). */
async function deflateStream(chunks: Iterable<Buffer>, level: number): Promise<RawPart['body']> {
  const deflater = createDeflateRaw({ level, memLevel: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (b: Buffer) => out.push(b));
  const finished = new Promise<void>((resolve, reject) => {
    deflater.on('end', resolve);
    deflater.on('error', reject);
  });
  for (const chunk of chunks) {
    if (!deflater.write(chunk)) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await finished;
  return Buffer.concat(out);
}

const WORDS = ['办公费', '差旅费', '会议费', '培训费', '印刷费', '邮电费', '维修费', '租赁费'];

/** A ledger sheet of varied figures inflating to about `mb` MB (each row a different line). */
async function inflatedSheet(mb: number, withTitle = false): Promise<Buffer> {
  const parts = await demoParts();
  const head = Buffer.from(
    `${WORKSHEET_OPEN}<sheetData>${withTitle ? `<row r="1">${inlineCell('A1', '部门整体支出绩效自评表')}</row>` : ''}`,
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  let size = head.length + tail.length;
  const target = mb * 1024 * 1024;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  function* chunks(): Generator<Buffer> {
    yield head;
    let row = withTitle ? 2 : 1;
    while (size < target) {
      const cells: string[] = [];
      for (let c = 0; c < 2000; c++, row++) {
        cells.push(
          `<row r="${row}"><c r="A${row}"><v>${random() % 1000}</v></c><c r="B${row}"><v>${random() % 100}.5</v></c><c r="C${row}" t="inlineStr"><is><t>${WORDS[random() % WORDS.length]}</t></is></c></row>`,
        );
      }
      const chunk = Buffer.from(cells.join(''));
      size += chunk.length;
      yield chunk;
    }
    yield tail;
  }
  // The CRC needs every byte: computed over the same chunks as they pass.
  const { crc32 } = await import('zlib');
  let crc = 0;
  const counted = (function* () {
    for (const chunk of chunks()) {
      crc = crc32(chunk, crc);
      yield chunk;
    }
  })();
  const body = await deflateStream(counted, 6);
  const sheet: RawPart = { name: 'xl/worksheets/sheet99.xml', body, crc, size };
  const placeholder = `${WORKSHEET_OPEN}<sheetData/></worksheet>`;
  const part = addSheet(parts, '台账', placeholder);
  parts.delete(part);
  return zipParts(parts, [{ ...sheet, name: part }]);
}

/**
 * A zip bomb: a sheet whose one row holds `gb` GB of spaces, deflated block by block (a full
 * flush makes every 1 MB block's bytes the same, so the file stays small however big the row).
 */
async function zipBomb(gb: number, lyingSize: number | null = null): Promise<Buffer> {
  const parts = await demoParts();
  const head = Buffer.from(`${WORKSHEET_OPEN}<sheetData><row r="1">`);
  const tail = Buffer.from('</row></sheetData></worksheet>');
  const block = Buffer.alloc(1 << 20, 0x20);
  const deflate = (data: Buffer, flush: number): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const d = createDeflateRaw({ level: 9 });
      const out: Buffer[] = [];
      d.on('data', (b: Buffer) => out.push(b));
      d.on('error', reject);
      d.write(data);
      d.flush(flush, () => {
        resolve(Buffer.concat(out));
        d.close();
      });
    });
  const headBytes = await deflate(head, constants.Z_FULL_FLUSH);
  const blockBytes = await deflate(block, constants.Z_FULL_FLUSH);
  const tailBytes = await new Promise<Buffer>((resolve, reject) => {
    const d = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    d.on('data', (b: Buffer) => out.push(b));
    d.on('end', () => resolve(Buffer.concat(out)));
    d.on('error', reject);
    d.end(tail);
  });
  const blocks = Math.round(gb * 1024);
  const body = Buffer.concat([headBytes, ...Array<Buffer>(blocks).fill(blockBytes), tailBytes]);
  const { crc32 } = await import('zlib');
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const realSize = head.length + blocks * block.length + tail.length;
  // Sizes past 4 GB do not fit the 32-bit field: the bomb declares the most it can.
  const size = lyingSize ?? Math.min(realSize, 0xfffffffe);
  const part = addSheet(parts, '台账', `${WORKSHEET_OPEN}<sheetData/></worksheet>`);
  parts.delete(part);
  return zipParts(parts, [{ name: part, body, crc, size }]);
}

/** An OLE compound file holding these streams. */
function compoundFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams))
    CFB.utils.cfb_add(container, `/${name}`, data);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** The shape of an Excel-encrypted package (MS-OFFCRYPTO agile): enough to be recognised. */
function encryptedWorkbook(): Buffer {
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
    ),
  ]);
  const sizeHeader = Buffer.alloc(8);
  sizeHeader.writeUInt32LE(20_000, 0);
  return compoundFile({
    EncryptionInfo: info,
    EncryptedPackage: Buffer.concat([sizeHeader, Buffer.alloc(20_000, 0xa5)]),
  });
}

/** An Excel 95 workbook (BIFF5: a `Book` stream, BOF version 0x0500): not read, named. */
function legacyWorkbook(): Buffer {
  const bof = Buffer.from([0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0]);
  return compoundFile({ Book: Buffer.concat([bof, Buffer.alloc(4096)]) });
}

/** A Word 97-2003 document: its `WordDocument` stream (a FIB's magic to start). */
function legacyDocument(): Buffer {
  const fib = Buffer.alloc(4096);
  fib.writeUInt16LE(0xa5ec, 0);
  return compoundFile({ WordDocument: fib, '1Table': Buffer.alloc(512) });
}

/** A Word document whose body is the given paragraphs (no tables). */
async function wordDocument(paragraphs: string[] = ['部门整体支出绩效自评报告']): Promise<Buffer> {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join('');
  const parts: Parts = new Map();
  setText(
    parts,
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  setText(
    parts,
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  setText(
    parts,
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zipParts(parts);
}

async function zipWithoutWorkbook(): Promise<Buffer> {
  return zipParts(new Map([['说明.txt', Buffer.from('这不是工作簿')]]));
}

/** The demo saved as a macro-enabled workbook (.xlsm): its content type and a VBA part. */
async function macroWorkbook(): Promise<Buffer> {
  const parts = await demoParts();
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml')
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  parts.set('xl/vbaProject.bin', compoundFile({ VBA: Buffer.from('dir') }));
  return zipParts(parts);
}

async function hiddenForm(): Promise<Buffer> {
  const parts = await demoParts();
  setText(
    parts,
    'xl/workbook.xml',
    text(parts, 'xl/workbook.xml').replace(
      new RegExp(`(<sheet [^>]*name="${OVERALL_SHEET}"[^>]*?)(?: state="visible")?(\\s*r:id=)`),
      '$1 state="hidden"$2',
    ),
  );
  return zipParts(parts);
}

/** 附件2's 财政拨款 执行率 (G6) as a formula saved without its result. */
async function formulaWithoutValue(): Promise<Buffer> {
  const parts = await demoParts();
  const part = sheetPart(parts, OVERALL_SHEET);
  const xml = text(parts, part);
  const cell = /<c r="G6"[^>]*?(?:\/>|>.*?<\/c>)/.exec(xml);
  if (!cell) throw new Error('no G6');
  const style = /\ss="(\d+)"/.exec(cell[0])?.[1];
  setText(
    parts,
    part,
    xml.replace(cell[0], `<c r="G6"${style ? ` s="${style}"` : ''}><f>F6/E6</f></c>`),
  );
  return zipParts(parts);
}

/**
 * Cell and sheet text that would drive a terminal or a spreadsheet: ESC sequences in the unit
 * name, a newline in a sheet name, a CSV formula in a name, and spaces and quotes kept.
 */
export const CONTROL_UNIT_NAME = '浏阳市 “招商” \u001b[2J\u001b[31m服务中心\u001b[8m隐藏';
export const FORMULA_UNIT_NAME = "-2+3+cmd|' /C calc'!A0";
export const FORGED_SHEET_NAME = '附件2\n文件：伪造.xlsx';

async function controlText(unit: string, sheetName: string | null): Promise<Buffer> {
  const parts = await demoParts();
  const part = sheetPart(parts, OVERALL_SHEET);
  const encoded = escapeXml(unit).replace(
    // eslint-disable-next-line no-control-regex -- writing control characters is the point
    /[\u0000-\u001f]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  const xml = text(parts, part);
  // The unit name sits in the shared strings (ExcelJS) or inline: replaced where it is.
  const strings = text(parts, 'xl/sharedStrings.xml');
  if (strings.includes('浏阳市招商引资服务中心'))
    setText(
      parts,
      'xl/sharedStrings.xml',
      strings.replace('>浏阳市招商引资服务中心<', `>${encoded}<`),
    );
  else setText(parts, part, xml.replace('浏阳市招商引资服务中心', encoded));
  if (sheetName !== null)
    setText(
      parts,
      'xl/workbook.xml',
      text(parts, 'xl/workbook.xml').replace(
        `name="${OVERALL_SHEET}"`,
        `name="${escapeXml(sheetName)}"`,
      ),
    );
  return zipParts(parts);
}

export const HOSTILE_FILES: HostileFile[] = [
  { name: 'digits-100k.xlsx', before: '19 s', build: () => longDigits(100_000), expect: 'checked' },
  {
    name: 'digits-1m.xlsx',
    before: 'no answer in 120 s',
    build: () => longDigits(1_000_000),
    expect: 'checked',
  },
  {
    name: 'merge-huge.xlsx',
    before: 'no answer in 120 s, 4.2 GB',
    build: hugeMerge,
    expect: 'checked',
  },
  {
    name: 'far-cell-XFD1048576.xlsx',
    before: 'heap out of memory after 82 s',
    build: () => farCell('XFD1048576'),
    expect: 'too-large',
  },
  {
    name: 'far-cell-XFD10000.xlsx',
    before: '22 s, 1.9 GB',
    build: () => farCell('XFD10000'),
    expect: 'too-large',
  },
  { name: 'merges-5000.xlsx', before: '6 s', build: () => manyMerges(5_000), expect: 'checked' },
  {
    name: 'merges-20000.xlsx',
    before: '106 s',
    build: () => manyMerges(20_000),
    expect: 'checked',
  },
  {
    name: 'inflated-500mb.xlsx',
    before: 'no answer in 120 s, 4.3 GB',
    build: () => inflatedSheet(500),
    expect: 'checked',
  },
  { name: 'inflated-form-500mb.xlsx', build: () => inflatedSheet(500, true), expect: 'too-large' },
  // The worst a form sheet under the 64 MB full-read limit can cost: read and walked (20 MB,
  // about 460,000 cells), or stopped at the millionth cell kept (60 MB).
  { name: 'inflated-form-20mb.xlsx', build: () => inflatedSheet(20, true), expect: 'checked' },
  { name: 'inflated-form-60mb.xlsx', build: () => inflatedSheet(60, true), expect: 'too-large' },
  { name: 'zip-bomb-4gb.xlsx', build: () => zipBomb(4), expect: 'too-large' },
  { name: 'zip-bomb-lying-size.xlsx', build: () => zipBomb(0.5, 4096), expect: 'damaged' },
  {
    name: 'encrypted.xlsx',
    build: () => Promise.resolve(encryptedWorkbook()),
    expect: 'encrypted',
  },
  { name: 'legacy.xls', build: () => Promise.resolve(legacyWorkbook()), expect: 'legacy-xls' },
  { name: 'legacy.doc', build: () => Promise.resolve(legacyDocument()), expect: 'word' },
  // A Word report without tables: read, its body checked (nothing to find).
  { name: 'report.docx', build: () => wordDocument(), expect: 'checked' },
  // One "sentence" of 20,000 amounts and a total (378,000 characters): the body checks cut it
  // into sentence-sized pieces rather than pairing every figure with every other.
  {
    name: 'body-20000-amounts.docx',
    before: '194 s',
    build: () =>
      wordDocument([
        `合计${Array.from({ length: 20_000 }, (_, i) => `项目${i}经费${i}.12万元`).join('，')}。`,
      ]),
    expect: 'checked',
  },
  { name: 'no-workbook.xlsx', build: zipWithoutWorkbook, expect: 'not-excel' },
  {
    name: 'plain-text.xlsx',
    build: () => Promise.resolve(Buffer.from('一个文本文件')),
    expect: 'not-excel',
  },
  { name: 'macro.xlsm', build: macroWorkbook, expect: 'checked' },
  { name: 'hidden-form.xlsx', build: hiddenForm, expect: 'checked' },
  { name: 'formula-no-cache.xlsx', build: formulaWithoutValue, expect: 'checked' },
  {
    name: 'control-text.xlsx',
    build: () => controlText(CONTROL_UNIT_NAME, FORGED_SHEET_NAME),
    expect: 'checked',
  },
  {
    name: 'csv-formula-name.xlsx',
    build: () => controlText(FORMULA_UNIT_NAME, null),
    expect: 'checked',
  },
];

/**
 * Smaller variants of the slow-to-make files, for the tests (the bench makes the full ones): a
 * 40 MB ledger is read (its top rows only), a form sheet of 10 MB is read whole.
 */
export const SMALL_FILES: Record<string, Pick<HostileFile, 'build' | 'expect'>> = {
  'inflated-500mb.xlsx': { build: () => inflatedSheet(40), expect: 'checked' },
  'inflated-form-500mb.xlsx': { build: () => inflatedSheet(10, true), expect: 'checked' },
  'inflated-form-20mb.xlsx': { build: () => inflatedSheet(2, true), expect: 'checked' },
  'inflated-form-60mb.xlsx': { build: () => inflatedSheet(2, true), expect: 'checked' },
  'zip-bomb-4gb.xlsx': { build: () => zipBomb(1), expect: 'too-large' },
};
