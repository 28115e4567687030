/**
 * A zip archive written again with some entries replaced: every other entry keeps its
 * compressed bytes, CRC, times and attributes exactly (so every part `--fix` does not change
 * stays byte for byte), in the original order.
 */
import { crc32, deflateRawSync } from 'zlib';
import { PackageError } from './packageError';
import type { ZipArchive, ZipEntry } from './zipRead';

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;

interface OutEntry {
  source: ZipEntry;
  method: number;
  flags: number;
  crc32: number;
  size: number;
  body: Buffer;
  name: Buffer;
  offset: number;
}

function localHeader(e: OutEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_SIGNATURE, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt16LE(e.source.time, 10);
  h.writeUInt16LE(e.source.date, 12);
  h.writeUInt32LE(e.crc32, 14);
  h.writeUInt32LE(e.body.length, 18);
  h.writeUInt32LE(e.size, 22);
  h.writeUInt16LE(e.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(e: OutEntry): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  h.writeUInt16LE(e.source.versionMadeBy, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(e.flags, 8);
  h.writeUInt16LE(e.method, 10);
  h.writeUInt16LE(e.source.time, 12);
  h.writeUInt16LE(e.source.date, 14);
  h.writeUInt32LE(e.crc32, 16);
  h.writeUInt32LE(e.body.length, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt16LE(0, 30);
  h.writeUInt16LE(0, 32);
  h.writeUInt16LE(0, 34);
  h.writeUInt16LE(e.source.internalAttributes, 36);
  h.writeUInt32LE(e.source.externalAttributes, 38);
  h.writeUInt32LE(e.offset, 42);
  return h;
}

/** The archive with `replaced` parts (by exact entry name) deflated anew. */
export function rewriteZip(zip: ZipArchive, replaced: ReadonlyMap<string, Buffer>): Buffer {
  const chunks: Buffer[] = [];
  const entries: OutEntry[] = [];
  let offset = 0;
  for (const source of zip.entries) {
    const content = replaced.get(source.name);
    // Sizes now sit in the local header: no data descriptor (bit 3) follows the data.
    const flags = source.flags & ~0x8;
    const e: OutEntry = content
      ? {
          source,
          method: DEFLATED,
          flags,
          crc32: crc32(content),
          size: content.length,
          body: deflateRawSync(content),
          name: source.nameBytes,
          offset,
        }
      : {
          source,
          method: source.method,
          flags,
          crc32: source.crc32,
          size: source.size,
          body: zip.data.subarray(source.dataOffset, source.dataOffset + source.compressedSize),
          name: source.nameBytes,
          offset,
        };
    if (e.size >= MAX_32 || e.body.length >= MAX_32 || offset >= MAX_32)
      throw new PackageError('too-large', 'zip64 output');
    const header = localHeader(e);
    chunks.push(header, e.name, e.body);
    offset += header.length + e.name.length + e.body.length;
    entries.push(e);
  }
  if (entries.length > 0xffff) throw new PackageError('too-large', 'zip64 output');
  const directoryAt = offset;
  for (const e of entries) {
    const header = centralHeader(e);
    chunks.push(header, e.name);
    offset += header.length + e.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - directoryAt, 12);
  end.writeUInt32LE(directoryAt, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
