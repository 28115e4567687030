/**
 * The demo with everything a real workbook carries that `--fix` once dropped, written as raw
 * OOXML parts: a chart, a pivot table (cache, records), constant and formula defined names,
 * manual row and column breaks, custom document properties, workbook structure and sheet
 * protection, sparklines, a hyperlink with display text, and a table without tableStyleInfo
 * (as LibreOffice writes tables). `soffice --convert-to xlsx` makes the LibreOffice-saved twin.
 */
import {
  WORKSHEET_OPEN,
  addSheet,
  demoWorkbookData,
  inlineCell,
  setText,
  sheetPart,
  text,
  unzipParts,
  zipParts,
} from './ooxml';
import type { Parts } from './ooxml';
import { OVERALL_SHEET } from './files';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

function contentType(parts: Parts, partName: string, type: string): void {
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      `<Override PartName="/${partName}" ContentType="${type}"/></Types>`,
    ),
  );
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function addRel(
  parts: Parts,
  source: string,
  id: string,
  type: string,
  target: string,
  external = false,
): void {
  const name = source === '' ? '_rels/.rels' : relsOf(source);
  const existing = parts.has(name)
    ? text(parts, name)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"></Relationships>`;
  setText(
    parts,
    name,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/></Relationships>`,
    ),
  );
}

function insertBefore(xml: string, anchors: string[], insert: string): string {
  for (const anchor of anchors) {
    const at = xml.indexOf(anchor);
    if (at >= 0) return xml.slice(0, at) + insert + xml.slice(at);
  }
  throw new Error(`no anchor among ${anchors.join(', ')}`);
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>全年执行数</c:v></c:tx><c:cat><c:strRef><c:f>'${OVERALL_SHEET}'!$A$6:$A$9</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${OVERALL_SHEET}'!$F$6:$F$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="执行图"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'${OVERALL_SHEET}'!E6:F6</xm:f><xm:sqref>I6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;

function dataSheet(): string {
  const rows = [
    ['科目', '金额'],
    ['办公费', '1200'],
    ['差旅费', '3400'],
    ['办公费', '800'],
  ];
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${inlineCell(`A${i + 1}`, r[0])}${i === 0 ? inlineCell(`B1`, r[1]) : `<c r="B${i + 1}"><v>${r[1]}</v></c>`}</row>`,
    )
    .join('');
  return `${WORKSHEET_OPEN}<dimension ref="A1:B4"/><sheetData>${body}</sheetData><tableParts count="1"><tablePart r:id="rIdTable1"/></tableParts></worksheet>`;
}

const TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="支出明细" displayName="支出明细" ref="A1:B4" headerRowCount="1"><autoFilter ref="A1:B4"/><tableColumns count="2"><tableColumn id="1" name="科目"/><tableColumn id="2" name="金额"/></tableColumns></table>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rIdRecords" refreshOnLoad="0" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="数据"/></cacheSource><cacheFields count="2"><cacheField name="科目" numFmtId="0"><sharedItems count="2"><s v="办公费"/><s v="差旅费"/></sharedItems></cacheField><cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="800" maxValue="3400"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3"><r><x v="0"/><n v="1200"/></r><r><x v="1"/><n v="3400"/></r><r><x v="0"/><n v="800"/></r></pivotCacheRecords>`;

const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="透视表1" cacheId="1" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

function pivotSheet(): string {
  const rows = [
    [3, '行标签', '求和项:金额'],
    [4, '办公费', 2000],
    [5, '差旅费', 3400],
    [6, '总计', 5400],
  ] as const;
  const body = rows
    .map(
      ([r, a, b]) =>
        `<row r="${r}">${inlineCell(`A${r}`, a)}${typeof b === 'number' ? `<c r="B${r}"><v>${b}</v></c>` : inlineCell(`B${r}`, b)}</row>`,
    )
    .join('');
  return `${WORKSHEET_OPEN}<sheetData>${body}</sheetData></worksheet>`;
}

const CUSTOM_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="报送单位"><vt:lpwstr>浏阳市招商引资服务中心</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="报送年度"><vt:i4>2021</vt:i4></property></Properties>`;

export async function richWorkbookData(): Promise<Buffer> {
  const parts = unzipParts(await demoWorkbookData());
  // Names, structure protection and the pivot cache, in the workbook's element order.
  let workbook = text(parts, 'xl/workbook.xml');
  workbook = workbook.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
  workbook = workbook.replace(
    '</definedNames>',
    `<definedName name="税率">0.13</definedName><definedName name="预算合计">'${OVERALL_SHEET}'!$E$6+'${OVERALL_SHEET}'!$E$7</definedName></definedNames>`,
  );
  setText(parts, 'xl/workbook.xml', workbook);

  // 附件2: a manual column break, a chart, sparklines.
  const overall = sheetPart(parts, OVERALL_SHEET);
  let xml = text(parts, overall);
  xml = xml.replace(
    '</worksheet>',
    `<colBreaks count="1" manualBreakCount="1"><brk id="4" max="1048575" man="1"/></colBreaks><drawing r:id="rIdDrawing1"/>${SPARKLINES}</worksheet>`,
  );
  setText(parts, overall, xml);
  addRel(parts, overall, 'rIdDrawing1', `${REL}/drawing`, '../drawings/drawing1.xml');
  setText(parts, 'xl/drawings/drawing1.xml', DRAWING);
  contentType(parts, 'xl/drawings/drawing1.xml', `${CT}.drawing+xml`);
  addRel(parts, 'xl/drawings/drawing1.xml', 'rIdChart1', `${REL}/chart`, '../charts/chart1.xml');
  setText(parts, 'xl/charts/chart1.xml', CHART);
  contentType(parts, 'xl/charts/chart1.xml', `${CT}.drawingml.chart+xml`);

  // 附件1: a hyperlink with its display text.
  const base = sheetPart(parts, '附件1 基础数据表');
  let baseXml = text(parts, base);
  baseXml = insertBefore(
    baseXml,
    ['<printOptions', '<pageMargins'],
    '<hyperlinks><hyperlink ref="A25" r:id="rIdLink1" display="财政部预算司"/></hyperlinks>',
  );
  setText(parts, base, baseXml);
  addRel(parts, base, 'rIdLink1', `${REL}/hyperlink`, 'http://yss.mof.gov.cn/', true);

  // 附件3: sheet protection.
  const project = sheetPart(parts, '附件3 项目1');
  setText(
    parts,
    project,
    insertBefore(
      text(parts, project),
      ['<mergeCells'],
      '<sheetProtection sheet="1" objects="1" scenarios="1"/>',
    ),
  );

  // A data sheet with a table (no tableStyleInfo), and a pivot table over it.
  const data = addSheet(parts, '数据', dataSheet());
  addRel(parts, data, 'rIdTable1', `${REL}/table`, '../tables/table1.xml');
  setText(parts, 'xl/tables/table1.xml', TABLE);
  contentType(parts, 'xl/tables/table1.xml', `${CT}.spreadsheetml.table+xml`);
  const pivot = addSheet(parts, '透视', pivotSheet());
  addRel(parts, pivot, 'rIdPivot1', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml');
  setText(parts, 'xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  contentType(parts, 'xl/pivotTables/pivotTable1.xml', `${CT}.spreadsheetml.pivotTable+xml`);
  addRel(
    parts,
    'xl/pivotTables/pivotTable1.xml',
    'rIdCache1',
    `${REL}/pivotCacheDefinition`,
    '../pivotCache/pivotCacheDefinition1.xml',
  );
  setText(parts, 'xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  contentType(
    parts,
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${CT}.spreadsheetml.pivotCacheDefinition+xml`,
  );
  addRel(
    parts,
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'rIdRecords',
    `${REL}/pivotCacheRecords`,
    'pivotCacheRecords1.xml',
  );
  setText(parts, 'xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  contentType(
    parts,
    'xl/pivotCache/pivotCacheRecords1.xml',
    `${CT}.spreadsheetml.pivotCacheRecords+xml`,
  );
  addRel(
    parts,
    'xl/workbook.xml',
    'rIdPivotCache1',
    `${REL}/pivotCacheDefinition`,
    'pivotCache/pivotCacheDefinition1.xml',
  );
  setText(
    parts,
    'xl/workbook.xml',
    text(parts, 'xl/workbook.xml').replace(
      /(<calcPr[^>]*\/>)/,
      '$1<pivotCaches><pivotCache cacheId="1" r:id="rIdPivotCache1"/></pivotCaches>',
    ),
  );

  // Custom document properties.
  setText(parts, 'docProps/custom.xml', CUSTOM_PROPS);
  contentType(parts, 'docProps/custom.xml', `${CT}.custom-properties+xml`);
  addRel(parts, '', 'rIdCustom', `${REL}/custom-properties`, 'docProps/custom.xml');
  return zipParts(parts);
}
