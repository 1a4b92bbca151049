// Draws the toolbar/store icon (icons/icon-<size>.png) from a tiny vector description, with no
// image library: rounded rectangles, 8×8 supersampling, written as RGBA PNG with node:zlib.
// The mark: a paper page with a headline bar and three text lines on a calm teal tile.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TEAL = [46, 107, 102, 255];
const PAPER = [251, 248, 241, 255];
const INK = [68, 74, 73, 255];
const ACCENT = [224, 163, 58, 255];

/**
 * One layout per size, in pixels: [x0, y0, x1, y1, radius, colour], painted in order. Edges of
 * lines sit on whole pixels at every size, so no line is smeared over two pixel rows.
 */
const LAYOUTS = {
  16: [
    [0, 0, 16, 16, 3, TEAL],
    [4, 2, 12, 14, 1, PAPER],
    [5, 4, 11, 5, 0, ACCENT],
    [5, 7, 11, 8, 0, INK],
    [5, 9, 11, 10, 0, INK],
    [5, 11, 9, 12, 0, INK],
  ],
  32: [
    [1, 1, 31, 31, 6, TEAL],
    [8, 4, 24, 28, 2, PAPER],
    [11, 8, 21, 10, 0.5, ACCENT],
    [11, 14, 21, 15, 0, INK],
    [11, 18, 21, 19, 0, INK],
    [11, 22, 18, 23, 0, INK],
  ],
  48: [
    [1, 1, 47, 47, 9, TEAL],
    [12, 6, 36, 42, 3, PAPER],
    [16, 12, 32, 15, 1, ACCENT],
    [16, 20, 32, 22, 0.5, INK],
    [16, 26, 32, 28, 0.5, INK],
    [16, 32, 27, 34, 0.5, INK],
  ],
  128: [
    [4, 4, 124, 124, 24, TEAL],
    [32, 16, 96, 112, 8, PAPER],
    [44, 32, 84, 42, 3, ACCENT],
    [44, 54, 84, 60, 2, INK],
    [44, 70, 84, 76, 2, INK],
    [44, 86, 72, 92, 2, INK],
  ],
};

function insideRoundRect(x, y, [x0, y0, x1, y1, r]) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Rasterizes `shapes` (pixel units) to size×size straight-alpha RGBA. */
export function render(size, shapes) {
  const SS = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation over the subsamples, "over" compositing per subsample.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = px + (sx + 0.5) / SS;
          const y = py + (sy + 0.5) / SS;
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0;
          for (const shape of shapes) {
            if (!insideRoundRect(x, y, shape)) continue;
            const [sr, sg, sb, sa] = shape[5];
            const alpha = sa / 255;
            cr = sr * alpha + cr * (1 - alpha);
            cg = sg * alpha + cg * (1 - alpha);
            cb = sb * alpha + cb * (1 - alpha);
            ca = alpha + ca * (1 - alpha);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = SS * SS;
      const i = (py * size + px) * 4;
      const alpha = a / n;
      pixels[i] = alpha ? Math.round(r / n / alpha) : 0;
      pixels[i + 1] = alpha ? Math.round(g / n / alpha) : 0;
      pixels[i + 2] = alpha ? Math.round(b / n / alpha) : 0;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(root, 'icons');
  await mkdir(out, { recursive: true });
  for (const size of Object.keys(LAYOUTS).map(Number)) {
    const pixels = render(size, LAYOUTS[size]);
    await writeFile(path.join(out, `icon-${size}.png`), encodePng(size, pixels));
    console.log(`icons/icon-${size}.png`);
  }
}
