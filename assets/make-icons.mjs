// Draws Fupan's icons (a teal rounded square with a white rising bar chart) and writes them as PNG files
// next to this script. Uses only Node's zlib, so the output is reproducible: `node assets/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [15, 118, 110]; // teal
const FOREGROUND = [255, 255, 255];
const SUPERSAMPLE = 8;

/** Shape in unit coordinates (0..1): margin and corner radius of the square, and the three bars. */
const MARGIN = 1 / 16;
const RADIUS = 0.2;
const BASELINE = 0.78;
const BAR_WIDTH = 0.16;
const BAR_GAP = 0.07;
const BAR_HEIGHTS = [0.26, 0.4, 0.56];

function insideRoundedSquare(x, y) {
  const lo = MARGIN;
  const hi = 1 - MARGIN;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + RADIUS), hi - RADIUS);
  const cy = Math.min(Math.max(y, lo + RADIUS), hi - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

/** Bars snapped to the pixel grid of the target size so that small icons stay crisp. */
function barsFor(size) {
  const snap = (v) => Math.round(v * size) / size;
  const total = BAR_HEIGHTS.length * BAR_WIDTH + (BAR_HEIGHTS.length - 1) * BAR_GAP;
  const start = (1 - total) / 2;
  return BAR_HEIGHTS.map((h, i) => {
    const left = start + i * (BAR_WIDTH + BAR_GAP);
    return { x0: snap(left), x1: snap(left + BAR_WIDTH), y0: snap(BASELINE - h), y1: snap(BASELINE) };
  });
}

function render(size) {
  const bars = barsFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          if (bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1)) fg++;
          else bg++;
        }
      }
      const alpha = (bg + fg) / n;
      const o = (py * size + px) * 4;
      if (alpha === 0) continue;
      const f = fg / (bg + fg);
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BACKGROUND[c] * (1 - f) + FOREGROUND[c] * f);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) {
  const file = join(here, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
