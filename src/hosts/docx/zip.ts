/**
 * The few parts of a .docx (a zip) that the reader needs, read with bounded memory: the central
 * directory is read first, every size it declares is checked against the limits before anything
 * is inflated, and inflation stops as soon as an entry yields more than it declared.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Largest .docx file accepted. */
  maxFileBytes: number;
  /** Largest uncompressed part accepted. */
  maxEntryBytes: number;
  /** Most entries a directory may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxEntryBytes: 48 * 1024 * 1024,
  maxEntries: 10000,
};

/** Why a file could not be read; the message is for logs, the reason for the user. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'notZip' | 'tooLarge' | 'damaged' | 'encrypted' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === EOCD) return at;
  throw new ZipError('notZip', 'no end of central directory');
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('unsupported', 'zip64 archive');
  if (count > limits.maxEntries) throw new ZipError('tooLarge', `${count} entries`);
  const entries = new Map<string, Entry>();
  let at = offset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw new ZipError('damaged', 'central directory entry out of place');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('damaged', 'name past the end');
    const entry: Entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export class ZipReader {
  private readonly entries: Map<string, Entry>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    if (bytes.length > limits.maxFileBytes) throw new ZipError('tooLarge', `${bytes.length} bytes`);
    this.entries = readDirectory(bytes, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The uncompressed bytes of a part, or null when the archive has none by that name. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.flags & 1) throw new ZipError('encrypted', name);
    if (entry.size > this.limits.maxEntryBytes)
      throw new ZipError('tooLarge', `${name}: ${entry.size} bytes`);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL)
      throw new ZipError('damaged', `${name}: local header out of place`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError('damaged', `${name}: data past the end`);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError('damaged', `${name}: size`);
      return data;
    }
    if (entry.method !== 8) throw new ZipError('unsupported', `${name}: method ${entry.method}`);
    return inflateBounded(data, entry.size, name);
  }
}

/** Inflate in slices, stopping the moment the output passes the size the directory declared. */
function inflateBounded(data: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  const SLICE = 64 * 1024;
  try {
    for (let at = 0; at < data.length && !overflow; at += SLICE) {
      const last = at + SLICE >= data.length;
      inflate.push(data.subarray(at, Math.min(at + SLICE, data.length)), last);
    }
  } catch (e) {
    throw new ZipError('damaged', `${name}: ${(e as Error).message}`);
  }
  if (overflow) throw new ZipError('damaged', `${name}: inflates past its declared size`);
  if (written !== size) throw new ZipError('damaged', `${name}: ${written} of ${size} bytes`);
  return out;
}
