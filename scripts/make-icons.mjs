// Writes the add-in icons assets/icon-{16,32,64,80}.png: a bullseye (the KAM goal) in the brand
// colour on a transparent background. Drawn here with zlib so no image tool is needed; the PNGs are
// committed, run again only to change the design: node scripts/make-icons.mjs
/* global console */
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Sizes the manifest uses: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64. */
export const ICON_SIZES = [16, 32, 64, 80];
const BRAND = [0x0b, 0x5c, 0x6b]; // deep teal
const WHITE = [0xff, 0xff, 0xff];
/** Rings from the outside in, as fractions of the radius: outer teal, white, inner teal dot. */
const RINGS = [
  { outer: 1.0, color: BRAND },
  { outer: 0.66, color: WHITE },
  { outer: 0.36, color: BRAND },
];
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * RGBA pixels of the bullseye; edges are anti-aliased by averaging SUPERSAMPLE² samples per pixel.
 * @param {number} size
 */
function drawBullseye(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const centre = size / 2;
  const radius = size / 2 - Math.max(0.5, size / 32); // a little air so the edge is not clipped
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const px = x + (sx + 0.5) / SUPERSAMPLE - centre;
          const py = y + (sy + 0.5) / SUPERSAMPLE - centre;
          const distance = Math.hypot(px, py) / radius;
          // The innermost ring that still contains the sample decides its colour.
          const ring = RINGS.filter((candidate) => distance <= candidate.outer).at(-1);
          if (ring === undefined) continue;
          r += ring.color[0] ?? 0;
          g += ring.color[1] ?? 0;
          b += ring.color[2] ?? 0;
          covered++;
        }
      }
      const offset = (y * size + x) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
      }
      pixels[offset + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return pixels;
}

/** @param {number} size @param {Buffer} rgba */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace stay 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(assets, `icon-${String(size)}.png`);
  writeFileSync(file, encodePng(size, drawBullseye(size)));
  console.log(`wrote ${file}`);
}
