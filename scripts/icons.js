#!/usr/bin/env node
/**
 * Draws the add-in's icons (a blue rounded square with a white check mark) as real PNGs into
 * assets/, with no image library: the shapes are sampled 4×4 per pixel for clean edges and the
 * PNG is assembled by hand (zlib for IDAT, a table CRC-32 because zlib.crc32 needs Node ≥ 20.15).
 *
 * Usage: node scripts/icons.js   (writes assets/icon-{16,32,64,80,128}.png)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD, the Office ribbon's accent
const WHITE = [255, 255, 255];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Inside a rounded square of side 1 (unit coordinates), corner radius r. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// The check mark as a two-segment polyline, in unit coordinates; thicker at small sizes so
// the 16 px ribbon icon still reads as a check.
const CHECK = [
  [0.26, 0.52],
  [0.43, 0.69],
  [0.75, 0.33],
];

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const half = (size <= 16 ? 0.13 : size <= 32 ? 0.105 : 0.085) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inBox = 0;
      let inCheck = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const ux = (x + (sx + 0.5) / SAMPLES) / size;
          const uy = (y + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(ux, uy, 0.2)) continue;
          inBox++;
          const d = Math.min(
            distToSegment(ux, uy, CHECK[0], CHECK[1]),
            distToSegment(ux, uy, CHECK[1], CHECK[2]),
          );
          if (d <= half) inCheck++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const w = inBox ? inCheck / inBox : 0; // share of white within the covered part
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(BLUE[i] * (1 - w) + WHITE[i] * w);
      rgba[o + 3] = Math.round((255 * inBox) / n);
    }
  }
  return encodePng(size, rgba);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
