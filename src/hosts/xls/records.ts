/**
 * BIFF8 records of a Workbook stream: type, data, and the CONTINUE records that carry the rest
 * of a long one (the shared strings), read as one sequence of fragments. Reads past the end of a
 * record return zeros and mark it short: a damaged record gives wrong values, never an
 * exception or an endless loop.
 */

export const CONTINUE = 0x003c;

export interface BiffRecord {
  type: number;
  /** Offset of the record in the stream (BOUNDSHEET points at a sheet's BOF). */
  offset: number;
  data: Uint8Array;
  continues: Uint8Array[];
}

/** Records from `start` up to and including the first EOF (0x000A) or the stream's end. */
export function readRecords(stream: Uint8Array, start: number, untilEof: boolean): BiffRecord[] {
  const out: BiffRecord[] = [];
  let at = start;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    const data = stream.subarray(at + 4, Math.min(at + 4 + length, stream.length));
    if (type === CONTINUE && out.length) out[out.length - 1].continues.push(data);
    else out.push({ type, offset: at, data, continues: [] });
    at += 4 + length;
    if (untilEof && type === 0x000a) break;
  }
  return out;
}

/** A cursor over a record and its CONTINUE fragments. */
export class RecordReader {
  private readonly parts: Uint8Array[];
  private part = 0;
  private at = 0;
  short = false;

  constructor(record: BiffRecord, from = 0) {
    this.parts = [record.data, ...record.continues];
    this.at = from;
  }

  private current(): Uint8Array | null {
    while (this.part < this.parts.length && this.at >= this.parts[this.part].length) {
      if (this.part === this.parts.length - 1) break;
      this.part++;
      this.at = 0;
    }
    return this.part < this.parts.length && this.at < this.parts[this.part].length
      ? this.parts[this.part]
      : null;
  }

  /** At the start of a CONTINUE fragment (a string's characters restart with a flags byte there). */
  atFragmentStart(): boolean {
    this.current();
    return this.part > 0 && this.at === 0;
  }

  get done(): boolean {
    return this.current() === null;
  }

  u8(): number {
    const p = this.current();
    if (!p) {
      this.short = true;
      return 0;
    }
    return p[this.at++];
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u8() | (this.u8() << 8) | (this.u8() << 16)) + this.u8() * 0x1000000;
  }

  skip(n: number): void {
    for (let left = n; left > 0 && !this.short;) {
      const p = this.current();
      if (!p) {
        this.short = true;
        return;
      }
      const step = Math.min(left, p.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** `count` characters, 1 or 2 bytes each; at a CONTINUE boundary a new flags byte decides. */
  chars(count: number, highByte: boolean): string {
    let wide = highByte;
    const codes: number[] = [];
    for (let i = 0; i < count && !this.short; i++) {
      if (this.atFragmentStart()) wide = (this.u8() & 1) === 1;
      codes.push(wide ? this.u16() : this.u8());
    }
    let s = '';
    for (let i = 0; i < codes.length; i += 4096)
      s += String.fromCharCode(...codes.slice(i, i + 4096));
    return s;
  }

  /** XLUnicodeString (16-bit count) or ShortXLUnicodeString (8-bit), rich and phonetic parts skipped. */
  unicodeString(shortCount = false): string {
    const count = shortCount ? this.u8() : this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4);
    this.skip(ext);
    return text;
  }

  f64(): number {
    const bytes = new Uint8Array(8);
    for (let i = 0; i < 8; i++) bytes[i] = this.u8();
    return new DataView(bytes.buffer).getFloat64(0, true);
  }
}
