/** One part of a package scanned as XML while it is inflated, within the file's budget. */
import { TextDecoder } from 'util';
import type { ReadBudget } from './readLimits';
import { XmlScanner, scanXml } from './xmlScan';
import type { XmlHandler } from './xmlScan';
import { inflateEntry, inflateEntryChunks } from './zipRead';
import type { ZipArchive, ZipEntry } from './zipRead';

/** Thrown by a handler that has read what it needs: the rest of the part is not inflated. */
export class StopScan extends Error {
  constructor() {
    super('stop');
    this.name = 'StopScan';
  }
}

/** XML parts are UTF-8, or UTF-16 with a byte-order mark. */
function encodingOf(first: Buffer): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Streams the part through the scanner; returns false when the handler stopped early. */
export async function scanPart(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
  handler: XmlHandler,
  budget: ReadBudget,
): Promise<boolean> {
  const scanner = new XmlScanner(handler);
  let decoder: TextDecoder | null = null;
  try {
    for await (const chunk of inflateEntryChunks(zip, entry, limit)) {
      budget.addInflated(chunk.length);
      decoder ??= new TextDecoder(encodingOf(chunk));
      scanner.feed(decoder.decode(chunk, { stream: true }));
    }
    if (decoder) scanner.feed(decoder.decode());
    scanner.end();
    return true;
  } catch (error) {
    if (error instanceof StopScan) return false;
    throw error;
  }
}

/** A part's text and how it was encoded (its byte-order mark, if any, is not in the text). */
export interface PartText {
  text: string;
  encoding: string;
  bom: boolean;
}

export function decodePart(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
  budget: ReadBudget,
): PartText {
  const data = inflateEntry(zip, entry, limit);
  budget.addInflated(data.length);
  const encoding = encodingOf(data);
  const bom = encoding !== 'utf-8' || (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf);
  return { text: new TextDecoder(encoding).decode(data), encoding, bom };
}

/** Text back into the part's own encoding, its byte-order mark kept. */
export function encodePart(part: PartText, text: string): Buffer {
  if (part.encoding === 'utf-8') return Buffer.from(part.bom ? `\ufeff${text}` : text, 'utf8');
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return part.encoding === 'utf-16be' ? le.swap16() : le;
}

/** A small part (workbook, relationships, styles) as text. */
export function partText(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
  budget: ReadBudget,
): string {
  return decodePart(zip, entry, limit, budget).text;
}

export function scanText(text: string, handler: XmlHandler): void {
  try {
    scanXml(text, handler);
  } catch (error) {
    if (!(error instanceof StopScan)) throw error;
  }
}
