/**
 * The stream names of an OLE compound file (MS-CFB), enough to tell what it holds: an encrypted
 * OOXML package (EncryptionInfo + EncryptedPackage), an Excel 97-2003 workbook (Workbook / Book)
 * or a Word 97-2003 document (WordDocument). Only the directory is read, every chain bounded.
 */
import { PackageError } from './packageError';

const SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT = 109;
const ENTRY_SIZE = 128;
/** Directory entries read at most: real files have a few dozen. */
const MAX_ENTRIES = 100_000;

export function isCompoundFile(data: Buffer): boolean {
  return data.length >= 512 && data.subarray(0, 8).equals(SIGNATURE);
}

function damaged(why: string): PackageError {
  return new PackageError('damaged', `compound file: ${why}`);
}

/** The names of the file's streams (and storages), as stored. */
export function compoundFileNames(data: Buffer): string[] {
  if (!isCompoundFile(data)) throw damaged('no signature');
  const shift = data.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) throw damaged('sector size');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((data.length - 512) / sectorSize) + 1;
  const sectorOffset = (n: number): number => {
    const at = (n + 1) * sectorSize;
    if (n >= sectorCount || at + sectorSize > data.length + sectorSize)
      throw damaged('sector out of range');
    return at;
  };

  // The FAT's own sectors: 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const s = data.readUInt32LE(76 + 4 * i);
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
  }
  let difat = data.readUInt32LE(68);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE; hops++) {
    if (hops > sectorCount) throw damaged('DIFAT loop');
    const at = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = data.readUInt32LE(at + 4 * i);
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = data.readUInt32LE(at + 4 * perSector);
  }
  const nextSector = (n: number): number => {
    const index = Math.floor(n / (sectorSize / 4));
    if (index >= fatSectors.length) throw damaged('FAT out of range');
    const at = sectorOffset(fatSectors[index]) + 4 * (n % (sectorSize / 4));
    if (at + 4 > data.length) throw damaged('FAT out of range');
    return data.readUInt32LE(at);
  };

  const names: string[] = [];
  let sector = data.readUInt32LE(48);
  for (let hops = 0; sector !== END_OF_CHAIN; hops++) {
    if (hops > sectorCount || names.length > MAX_ENTRIES) throw damaged('directory loop');
    const at = sectorOffset(sector);
    for (let e = 0; e < sectorSize / ENTRY_SIZE; e++) {
      const entry = at + e * ENTRY_SIZE;
      if (entry + ENTRY_SIZE > data.length) break;
      const type = data[entry + 66];
      const length = Math.min(data.readUInt16LE(entry + 64), 64);
      if (type === 0 || length < 2) continue;
      names.push(data.toString('utf16le', entry, entry + length - 2));
    }
    sector = nextSector(sector);
  }
  return names;
}
