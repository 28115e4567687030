/**
 * The Compound File Binary container of an .xls (MS-CFB): just enough to take out one stream
 * (`Workbook`) by name. Every sector number is range-checked, every chain is bounded by the
 * number of sectors (a damaged file's loop ends), and a stream's size is checked against the
 * limit before it is assembled.
 */

export class CfbError extends Error {
  constructor(
    readonly reason: 'notXls' | 'damaged' | 'tooLarge',
    message: string,
  ) {
    super(message);
    this.name = 'CfbError';
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

interface DirEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

export class CfbReader {
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: number[];
  private readonly miniFat: number[];
  private readonly entries: DirEntry[];
  private miniStream: Uint8Array | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxStreamBytes: number,
  ) {
    if (bytes.length < 512 || SIGNATURE.some((b, i) => bytes[i] !== b))
      throw new CfbError('notXls', 'not a compound file');
    const shift = u16(bytes, 30);
    const miniShift = u16(bytes, 32);
    if ((shift !== 9 && shift !== 12) || miniShift !== 6)
      throw new CfbError('damaged', `sector shift ${shift}/${miniShift}`);
    this.sectorSize = 1 << shift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = u32(bytes, 56);
    this.fat = this.readFat();
    this.miniFat = this.chainIds(u32(bytes, 60)).flatMap((s) => this.sectorWords(s));
    const dir = this.readChain(u32(bytes, 48), Infinity);
    this.entries = [];
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const nameLength = Math.min(u16(dir, at + 64), 64);
      let name = '';
      for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(u16(dir, at + i));
      this.entries.push({
        name,
        type: dir[at + 66],
        start: u32(dir, at + 116),
        size: u32(dir, at + 120),
      });
    }
  }

  private get sectorCount(): number {
    return Math.max(0, Math.floor((this.bytes.length - this.sectorSize) / this.sectorSize));
  }

  private sectorOffset(id: number): number {
    if (id > MAX_REGULAR || id >= this.sectorCount) throw new CfbError('damaged', `sector ${id}`);
    return (id + 1) * this.sectorSize;
  }

  private sectorWords(id: number): number[] {
    const at = this.sectorOffset(id);
    const words: number[] = [];
    for (let i = 0; i < this.sectorSize; i += 4) words.push(u32(this.bytes, at + i));
    return words;
  }

  /** The FAT sectors' ids: 109 in the header, the rest in the DIFAT chain. */
  private readFat(): number[] {
    const count = u32(this.bytes, 44);
    if (count > this.sectorCount + 1) throw new CfbError('damaged', `${count} FAT sectors`);
    const ids: number[] = [];
    for (let i = 0; i < 109 && ids.length < count; i++) ids.push(u32(this.bytes, 76 + i * 4));
    let difat = u32(this.bytes, 68);
    for (let hops = 0; ids.length < count && difat <= MAX_REGULAR; hops++) {
      if (hops > this.sectorCount) throw new CfbError('damaged', 'DIFAT loop');
      const words = this.sectorWords(difat);
      for (let i = 0; i < words.length - 1 && ids.length < count; i++) ids.push(words[i]);
      difat = words[words.length - 1];
    }
    return ids.flatMap((id) => this.sectorWords(id));
  }

  /** A chain of sector ids from `start`, in `table`; a loop or a bad id is damage. */
  private chainIds(start: number, table: number[] = this.fat): number[] {
    const ids: number[] = [];
    for (let id = start; id !== END_OF_CHAIN && id !== FREE;) {
      if (id > MAX_REGULAR || id >= table.length || ids.length > table.length)
        throw new CfbError('damaged', `chain at ${id}`);
      ids.push(id);
      id = table[id];
    }
    return ids;
  }

  private readChain(start: number, size: number): Uint8Array {
    const ids = this.chainIds(start);
    const total = Math.min(ids.length * this.sectorSize, size);
    if (total > this.maxStreamBytes) throw new CfbError('tooLarge', `${total} bytes`);
    const out = new Uint8Array(total);
    ids.forEach((id, i) => {
      const at = this.sectorOffset(id);
      const n = Math.min(this.sectorSize, total - i * this.sectorSize);
      if (n > 0) out.set(this.bytes.subarray(at, at + n), i * this.sectorSize);
    });
    return out;
  }

  private readMini(start: number, size: number): Uint8Array {
    if (!this.miniStream) {
      const root = this.entries.find((e) => e.type === 5);
      if (!root) throw new CfbError('damaged', 'no root entry');
      this.miniStream = this.readChain(root.start, root.size);
    }
    const ids = this.chainIds(start, this.miniFat);
    const out = new Uint8Array(Math.min(size, ids.length * this.miniSectorSize));
    ids.forEach((id, i) => {
      const at = id * this.miniSectorSize;
      const n = Math.min(this.miniSectorSize, out.length - i * this.miniSectorSize);
      if (at + n > (this.miniStream?.length ?? 0))
        throw new CfbError('damaged', `mini sector ${id}`);
      if (n > 0)
        out.set((this.miniStream as Uint8Array).subarray(at, at + n), i * this.miniSectorSize);
    });
    return out;
  }

  /** The stream named `name` (case-insensitive), or null. */
  stream(name: string): Uint8Array | null {
    const entry = this.entries.find(
      (e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase(),
    );
    if (!entry) return null;
    if (entry.size > this.maxStreamBytes) throw new CfbError('tooLarge', `${entry.size} bytes`);
    return entry.size < this.miniCutoff
      ? this.readMini(entry.start, entry.size)
      : this.readChain(entry.start, entry.size);
  }
}
