/**
 * The Word reader on documents written by hand (raw WordprocessingML zipped with fflate):
 * merged cells in every form Word writes them, headings from styles or from numbering, and
 * files from outside that must not crash, hang or balloon (zip bombs, entities, damage).
 */
import { strToU8, zipSync } from 'fflate';
import { DocxReadError, cellPlace, readDocxReport } from '../../src/hosts/docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string, styles?: string, prolog = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  if (styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${styles}</w:styles>`);
  return zipSync(files);
}

const p = (text: string, pPr = '') =>
  `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text
    .split('\n')
    .map((t) => p(t))
    .join('')}</w:tc>`;
const tr = (cells: string, trPr = '') =>
  `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl><w:tblGrid/>${rows}</w:tbl>`;

describe('tables', () => {
  it('gridSpan, vMerge, gridBefore and joined paragraphs make merges and values', () => {
    const bytes = docx(
      p('附件1') +
        tbl(
          tr(
            tc('整体支出规模', '<w:vMerge w:val="restart"/>') + tc('全年预算数') + tc('全年执行数'),
          ) +
            tr(tc('', '<w:vMerge/>') + tc('4889977.00') + tc('7554995.22')) +
            tr(tc('年度总\n体目标', '<w:gridSpan w:val="2"/>') + tc('x')) +
            tr(tc('偏后', ''), '<w:gridBefore w:val="2"/>'),
        ),
    );
    const { tables } = readDocxReport(bytes);
    expect(tables).toHaveLength(1);
    const g = tables[0].grid;
    expect(g.values).toEqual([
      ['附件1', null, null],
      ['整体支出规模', '全年预算数', '全年执行数'],
      [null, '4889977.00', '7554995.22'],
      ['年度总\n体目标', null, 'x'],
      [null, null, '偏后'],
    ]);
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 3, left: 0, bottom: 3, right: 1 },
      ]),
    );
    // Word's own count: the row after gridBefore has one cell.
    expect(cellPlace(tables[0], 'C5')).toBe(
      '表1 行4 列1（附件1）'.replace('（附件1）', '（附件1）'),
    );
    expect(cellPlace(tables[0], 'C4')).toBe('表1 行3 列2（附件1）');
  });

  it('reads a nested table as text and skips deleted text and field codes', () => {
    const nested = tbl(tr(tc('a') + tc('b')) + tr(tc('c') + tc('d')));
    const cell = `<w:tc>${p('外')}${nested}</w:tc>`;
    const field = `<w:p><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>3</w:t></w:r><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins></w:p>`;
    const { tables, body } = readDocxReport(docx(tbl(tr(cell)) + field));
    expect(tables[0].grid.values).toEqual([['外\na\tb\nc\td']]);
    expect(body.paragraphs.map((x) => x.text)).toEqual(['3新']);
  });
});

describe('headings', () => {
  it('from heading styles (built-in names, basedOn, outline levels)', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="my2"><w:name w:val="我的二级"/><w:basedOn w:val="x"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const body = readDocxReport(
      docx(
        p('一、部门概况', '<w:pPr><w:pStyle w:val="1"/></w:pPr>') +
          p('（一）职能', '<w:pPr><w:pStyle w:val="my2"/></w:pPr>') +
          p('正文一段。') +
          p('不是标题的一、开头', ''),
        styles,
      ),
    ).body;
    expect(body.paragraphs.map((x) => [x.text, x.level ?? null, x.headings])).toEqual([
      ['一、部门概况', 1, []],
      ['（一）职能', 2, ['一、部门概况']],
      ['正文一段。', null, ['一、部门概况', '（一）职能']],
      ['不是标题的一、开头', null, ['一、部门概况', '（一）职能']],
    ]);
  });

  it('from the numbering, in a document with no heading styles', () => {
    const body = readDocxReport(
      docx(
        p('一、部门概况') +
          p('（一）职能') +
          p('正文。') +
          p('二、资金情况') +
          p('1、基本支出264.74万元，其中…'),
      ),
    ).body;
    expect(body.paragraphs.map((x) => [x.level ?? null, x.headings.length])).toEqual([
      [1, 0],
      [2, 1],
      [null, 2],
      [1, 0],
      [null, 1],
    ]);
  });
});

describe('files from outside', () => {
  const expectUnreadable = (bytes: Uint8Array, reason: string) => {
    try {
      readDocxReport(bytes);
      throw new Error('read');
    } catch (e) {
      expect(e).toBeInstanceOf(DocxReadError);
      expect((e as DocxReadError).reason).toBe(reason);
    }
  };

  it('not a zip, or a zip without a document', () => {
    expectUnreadable(strToU8('hello'), 'notDocx');
    expectUnreadable(zipSync({ 'a.txt': strToU8('x') }), 'notDocx');
  });

  it('an entity declared in a DOCTYPE is never expanded', () => {
    const prolog =
      '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "yy">]>';
    expectUnreadable(docx(p('&x;'), undefined, prolog), 'damaged');
    expectUnreadable(docx(p('&y;&y;'), undefined, prolog), 'damaged');
  });

  it('a part larger than the limit is refused before it is inflated', () => {
    const big = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(big.length).toBeLessThan(100 * 1024);
    try {
      readDocxReport(big, { maxFileBytes: 1 << 20, maxEntryBytes: 1 << 20, maxEntries: 100 });
      throw new Error('read');
    } catch (e) {
      expect((e as DocxReadError).reason).toBe('tooLarge');
    }
  });

  it('a part that inflates past the size its directory declares is damaged', () => {
    const bytes = docx(p('正文'));
    // The central directory's uncompressed size of the only entry, made smaller.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const eocd = bytes.length - 22;
    const dir = view.getUint32(eocd + 16, true);
    view.setUint32(dir + 24, 10, true);
    expectUnreadable(bytes, 'damaged');
  });

  it('damaged bytes give a DocxReadError, never anything else', () => {
    const base = readDocxReport.length
      ? docx(p('一、概况') + tbl(tr(tc('a') + tc('b'))))
      : new Uint8Array();
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 200; round++) {
      const bytes = new Uint8Array(base);
      for (let i = 0; i < 8; i++)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        readDocxReport(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(DocxReadError);
      }
    }
  });
});
