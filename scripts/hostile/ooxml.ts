/**
 * Workbook packages as a map of parts, for making hostile and rich inputs by hand: the demo's
 * parts to start from, a part changed as text, and the map zipped again.
 */
import { crc32, deflateRawSync } from 'zlib';
import { demoPlans } from '../../src/cli/demoWorkbook';
import { addPlanSheet, newWorkbook } from '../../src/hosts/xlsx';
import { inflateEntry, readZip } from '../../src/hosts/xlsx/zipRead';

export type Parts = Map<string, Buffer>;

/** A fixed time in the zip entries, so the same input makes the same file. */
const DOS_TIME = 0;
const DOS_DATE = (2022 - 1980) * 512 + 4 * 32 + 12;

export function unzipParts(data: Buffer): Parts {
  const zip = readZip(data);
  return new Map(zip.entries.map((e) => [e.name, inflateEntry(zip, e, Number.MAX_SAFE_INTEGER)]));
}

/** A part's bytes given as they are (a pre-deflated body with its sizes) or to deflate. */
export interface RawPart {
  name: string;
  /** Deflated bytes (raw deflate). */
  body: Buffer;
  crc: number;
  size: number;
}

/** Zips parts (deflated; `raw` ones as given), in the map's order. */
export function zipParts(parts: Parts, raw: RawPart[] = []): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const all: RawPart[] = [
    ...[...parts].map(([name, data]) => ({
      name,
      body: deflateRawSync(data),
      crc: crc32(data),
      size: data.length,
    })),
    ...raw,
  ];
  for (const part of all) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.body.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(DOS_TIME, 12);
    dir.writeUInt16LE(DOS_DATE, 14);
    dir.writeUInt32LE(part.crc >>> 0, 16);
    dir.writeUInt32LE(part.body.length, 20);
    dir.writeUInt32LE(part.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, part.body);
    central.push(dir, name);
    offset += local.length + name.length + part.body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(all.length, 8);
  end.writeUInt16LE(all.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** The demo workbook (`selfeval demo`) as ExcelJS writes it. */
export async function demoWorkbookData(): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.created = new Date(Date.UTC(2022, 3, 12));
  workbook.modified = workbook.created;
  for (const plan of demoPlans()) addPlanSheet(workbook, plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function text(parts: Parts, name: string): string {
  const part = parts.get(name);
  if (!part) throw new Error(`no part ${name}`);
  return part.toString('utf8');
}

export function setText(parts: Parts, name: string, value: string): void {
  parts.set(name, Buffer.from(value, 'utf8'));
}

/** The worksheet part of a sheet (by the workbook's order: sheet1.xml is the first). */
export function sheetPart(parts: Parts, sheetName: string): string {
  const workbook = text(parts, 'xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)];
  const found = sheets.find((m) => m[1] === sheetName);
  if (!found) throw new Error(`no sheet ${sheetName}`);
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(
    `Id="${found[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${found[2]}"`,
  ).exec(rels);
  const path = target?.[1] ?? target?.[2];
  if (!path) throw new Error(`no target for ${sheetName}`);
  return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
}

/** Adds a worksheet part (with its relationship, content type and `<sheet>` entry). */
export function addSheet(parts: Parts, name: string, xml: string, state?: string): string {
  const n = [...parts.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).length + 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  setText(parts, part, xml);
  const rid = `rIdHostile${n}`;
  setText(
    parts,
    'xl/_rels/workbook.xml.rels',
    text(parts, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  setText(
    parts,
    '[Content_Types].xml',
    text(parts, '[Content_Types].xml').replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  const ids = [...text(parts, 'xl/workbook.xml').matchAll(/sheetId="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  const sheetId = Math.max(0, ...ids) + 1;
  setText(
    parts,
    'xl/workbook.xml',
    text(parts, 'xl/workbook.xml').replace(
      '</sheets>',
      `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state ? ` state="${state}"` : ''} r:id="${rid}"/></sheets>`,
    ),
  );
  return part;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

export const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** `<c>` with an inline string. */
export function inlineCell(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A minimal workbook of the given worksheets (name -> sheet XML). */
export function minimalWorkbook(sheets: [string, string][]): Parts {
  const parts: Parts = new Map();
  setText(
    parts,
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  setText(
    parts,
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  setText(
    parts,
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets></sheets></workbook>`,
  );
  setText(
    parts,
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
  );
  for (const [name, xml] of sheets) addSheet(parts, name, xml);
  return parts;
}
