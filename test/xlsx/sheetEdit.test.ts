/** Derived cells written into a worksheet's XML: in place, in order, nothing else touched. */
import { SheetEditor } from '../../src/hosts/xlsx/sheetEdit';
import { StylesEditor } from '../../src/hosts/xlsx/stylesEdit';

const head = '<worksheet xmlns="m"><sheetPr/><cols><col min="3" max="3" style="7"/></cols>';
const tail = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><rowBreaks/></worksheet>';

function edit(
  data: string,
  edits: { row: number; col: number; value: number | string | null; style?: number }[],
) {
  const editor = new SheetEditor(`${head}${data}${tail}`, new Set(edits.map((e) => e.row)));
  return editor.apply(edits.map((e) => ({ style: 0, ...e })));
}

describe('SheetEditor', () => {
  it('replaces a cell element, keeping its style and dropping its old type', () => {
    const out = edit(
      '<sheetData><row r="6"><c r="F6" s="2"><v>7</v></c><c r="G6" s="3" t="s"><v>4</v></c></row></sheetData>',
      [{ row: 5, col: 6, value: 1.545, style: 3 }],
    );
    expect(out).toBe(
      `${head}<sheetData><row r="6"><c r="F6" s="2"><v>7</v></c><c r="G6" s="3"><v>1.545</v></c></row></sheetData>${tail}`,
    );
  });

  it('names a cell past column Z as Excel does (AA, AB)', () => {
    const out = edit('<sheetData><row r="3"><c r="Z3"><v>1</v></c></row></sheetData>', [
      { row: 2, col: 26, value: 2 },
      { row: 2, col: 27, value: 3 },
    ]);
    expect(out).toContain('<c r="Z3"><v>1</v></c><c r="AA3"><v>2</v></c><c r="AB3"><v>3</v></c>');
  });

  it('inserts a missing cell before the next one, and a missing row between its neighbours', () => {
    const out = edit(
      '<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="9"><c r="A9"><v>3</v></c></row></sheetData>',
      [
        { row: 1, col: 2, value: '优', style: 7 },
        { row: 4, col: 1, value: 90 },
      ],
    );
    expect(out).toContain(
      '<c r="A2"><v>1</v></c><c r="C2" s="7" t="inlineStr"><is><t>优</t></is></c><c r="D2">',
    );
    expect(out).toContain('</row><row r="5"><c r="B5"><v>90</v></c></row><row r="9">');
  });

  it('opens a self-closing row and a self-closing sheetData', () => {
    expect(
      edit('<sheetData><row r="3" ht="20"/></sheetData>', [{ row: 2, col: 0, value: 1 }]),
    ).toContain('<row r="3" ht="20"><c r="A3"><v>1</v></c></row>');
    expect(edit('<sheetData/>', [{ row: 0, col: 0, value: null }])).toContain(
      '<sheetData><row r="1"><c r="A1"/></row></sheetData>',
    );
  });

  it('never overwrites a formula, and escapes text XML cannot hold', () => {
    const data = '<sheetData><row r="1"><c r="A1"><f>B1*2</f><v>4</v></c></row></sheetData>';
    const editor = new SheetEditor(`${head}${data}${tail}`, new Set([0]));
    expect(editor.hasFormula(0, 0)).toBe(true);
    expect(editor.apply([{ row: 0, col: 0, value: 5, style: 0 }])).toBe(`${head}${data}${tail}`);
    expect(edit('<sheetData/>', [{ row: 0, col: 0, value: 'a<b & _x0041_ \u001b' }])).toContain(
      '<t>a&lt;b &amp; _x005F_x0041_ _x001B_</t>',
    );
  });

  it('keeps a namespace prefix and cells without references', () => {
    const data =
      '<x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>';
    const editor = new SheetEditor(`<x:worksheet xmlns:x="m">${data}</x:worksheet>`, new Set([0]));
    expect(editor.apply([{ row: 0, col: 1, value: 3, style: 0 }])).toContain(
      '<x:c><x:v>1</x:v></x:c><x:c r="B1"><x:v>3</x:v></x:c>',
    );
  });
});

describe('StylesEditor', () => {
  const styles =
    '<styleSheet xmlns="m"><fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="4" fontId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs></styleSheet>';

  it('appends a copy of the cell’s style with the new format, never changing one', () => {
    const editor = new StylesEditor(styles);
    expect(editor.formatOf(1)).toBe('#,##0.00');
    expect(editor.styleWithFormat(1, '0.00%')).toBe(2);
    expect(editor.styleWithFormat(1, '0.00%')).toBe(2);
    expect(editor.styleWithFormat(0, '0.000%')).toBe(3);
    const out = editor.result();
    expect(out).toBe(
      '<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000%"/></numFmts><fonts count="1"><font/></fonts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="4" fontId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf>' +
        '<xf numFmtId="10" fontId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf><xf numFmtId="164" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    );
  });

  it('leaves the text as it was when nothing is added', () => {
    expect(new StylesEditor(styles).result()).toBe(styles);
  });
});
