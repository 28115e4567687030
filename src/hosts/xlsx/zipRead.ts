/**
 * A zip archive's directory and bounded inflation of its entries, for packages from outside
 * (.xlsx, .xlsm, .docx). Sizes are checked before anything is inflated, and inflation stops at
 * the declared size, so a zip bomb or a lying header costs no more than the budget allows.
 */
import { createInflateRaw, inflateRawSync } from 'zlib';
import { PackageError } from './packageError';

export interface ZipEntry {
  name: string;
  /** The name as stored (kept when the archive is written again). */
  nameBytes: Buffer;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
  /** Where its compressed bytes start (after the local header). */
  dataOffset: number;
  /** DOS time and date, kept for a rewritten archive. */
  time: number;
  date: number;
  versionMadeBy: number;
  externalAttributes: number;
  internalAttributes: number;
}

export interface ZipArchive {
  data: Buffer;
  entries: ZipEntry[];
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
/** More parts than any workbook has: past it the directory is not a workbook's. */
const MAX_ENTRIES = 100_000;

export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === LOCAL_SIGNATURE;
}

function damaged(why: string): PackageError {
  return new PackageError('damaged', why);
}

function findEndOfDirectory(data: Buffer): number {
  const last = data.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (data.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw damaged('no end of central directory');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('zip64 value out of range');
  return Number(value);
}

interface DirectoryBounds {
  count: number;
  offset: number;
  size: number;
}

function directoryBounds(data: Buffer, eocd: number): DirectoryBounds {
  let count = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let offset = data.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if (
    (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) &&
    locator >= 0 &&
    data.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const at = safeNumber(data.readBigUInt64LE(locator + 8));
    if (at + 56 > data.length || data.readUInt32LE(at) !== ZIP64_EOCD_SIGNATURE)
      throw damaged('bad zip64 end of directory');
    count = safeNumber(data.readBigUInt64LE(at + 32));
    size = safeNumber(data.readBigUInt64LE(at + 40));
    offset = safeNumber(data.readBigUInt64LE(at + 48));
  }
  if (count > MAX_ENTRIES) throw damaged('too many entries');
  if (offset + size > data.length) throw damaged('central directory out of bounds');
  return { count, offset, size };
}

/** The zip64 extra field (id 1) carries the sizes and offset that did not fit in 32 bits. */
function applyZip64Extra(data: Buffer, from: number, to: number, entry: ZipEntry): void {
  let at = from;
  while (at + 4 <= to) {
    const id = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    const body = at + 4;
    if (body + length > to) break;
    if (id === 1) {
      let field = body;
      const next = (): number => {
        if (field + 8 > body + length) throw damaged('short zip64 extra field');
        const value = safeNumber(data.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = next();
      return;
    }
    at = body + length;
  }
}

function readEntry(data: Buffer, at: number, end: number): { entry: ZipEntry; next: number } {
  if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL_SIGNATURE)
    throw damaged('bad central directory entry');
  const nameLength = data.readUInt16LE(at + 28);
  const extraLength = data.readUInt16LE(at + 30);
  const commentLength = data.readUInt16LE(at + 32);
  const next = at + 46 + nameLength + extraLength + commentLength;
  if (next > end) throw damaged('central directory entry out of bounds');
  const entry: ZipEntry = {
    versionMadeBy: data.readUInt16LE(at + 4),
    flags: data.readUInt16LE(at + 8),
    method: data.readUInt16LE(at + 10),
    time: data.readUInt16LE(at + 12),
    date: data.readUInt16LE(at + 14),
    crc32: data.readUInt32LE(at + 16),
    compressedSize: data.readUInt32LE(at + 20),
    size: data.readUInt32LE(at + 24),
    internalAttributes: data.readUInt16LE(at + 36),
    externalAttributes: data.readUInt32LE(at + 38),
    headerOffset: data.readUInt32LE(at + 42),
    name: data.toString('utf8', at + 46, at + 46 + nameLength),
    nameBytes: data.subarray(at + 46, at + 46 + nameLength),
    dataOffset: 0,
  };
  const extraStart = at + 46 + nameLength;
  applyZip64Extra(data, extraStart, extraStart + extraLength, entry);
  const local = entry.headerOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_SIGNATURE)
    throw damaged(`bad local header for ${entry.name}`);
  entry.dataOffset = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (entry.dataOffset + entry.compressedSize > data.length)
    throw damaged(`${entry.name} out of bounds`);
  return { entry, next };
}

/** The archive's directory; throws a PackageError on anything that is not a sound zip. */
export function readZip(data: Buffer): ZipArchive {
  if (data.length < 22) throw damaged('too short for a zip');
  const bounds = directoryBounds(data, findEndOfDirectory(data));
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = bounds.offset;
  const end = bounds.offset + bounds.size;
  for (let i = 0; i < bounds.count; i++) {
    const { entry, next } = readEntry(data, at, end);
    at = next;
    // Part names compare case-blind (OPC); two entries of one name make the package ambiguous.
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw damaged(`duplicate entry ${entry.name}`);
    seen.add(key);
    if (entry.flags & ENCRYPTED_FLAG) throw new PackageError('encrypted', entry.name);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw damaged(`compression method ${entry.method}`);
    entries.push(entry);
  }
  return { data, entries };
}

export function findEntry(zip: ZipArchive, name: string): ZipEntry | null {
  const key = name.replace(/^\//, '').toLowerCase();
  return zip.entries.find((e) => e.name.toLowerCase() === key) ?? null;
}

/** Throws `too-large` when the entry claims more than `limit` bytes: checked before inflating. */
export function checkDeclaredSize(entry: ZipEntry, limit: number): void {
  if (entry.size > limit) throw new PackageError('too-large', `${entry.name}: ${entry.size} bytes`);
}

function compressed(zip: ZipArchive, entry: ZipEntry): Buffer {
  return zip.data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** The whole entry, at most its declared size and `limit`; a longer stream is damage. */
export function inflateEntry(zip: ZipArchive, entry: ZipEntry, limit: number): Buffer {
  checkDeclaredSize(entry, limit);
  const raw = compressed(zip, entry);
  if (entry.method === STORED) {
    if (raw.length !== entry.size) throw damaged(`${entry.name}: stored size mismatch`);
    return raw;
  }
  if (entry.size === 0) return Buffer.alloc(0);
  let out: Buffer;
  try {
    out = inflateRawSync(raw, { maxOutputLength: entry.size });
  } catch (error) {
    throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (out.length !== entry.size) throw damaged(`${entry.name}: size mismatch`);
  return out;
}

/** Inflated chunk by chunk, so a large sheet is scanned without being held whole. */
export async function* inflateEntryChunks(
  zip: ZipArchive,
  entry: ZipEntry,
  limit: number,
): AsyncGenerator<Buffer> {
  checkDeclaredSize(entry, limit);
  const raw = compressed(zip, entry);
  if (entry.method === STORED) {
    if (raw.length !== entry.size) throw damaged(`${entry.name}: stored size mismatch`);
    for (let at = 0; at < raw.length; at += 1 << 20) yield raw.subarray(at, at + (1 << 20));
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 1 << 18 });
  inflater.end(raw);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      // More than the header declared: a lying header, stopped where it said the part ends.
      if (total > entry.size) throw damaged(`${entry.name}: longer than declared`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    inflater.destroy();
  }
  if (total !== entry.size) throw damaged(`${entry.name}: size mismatch`);
}
