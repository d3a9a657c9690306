// Draws the add-in's icons (a document with a tick) as PNGs at the sizes Office asks for.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const s = size / 16;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = x / s;
      const v = y / s;
      let rgba = [0, 0, 0, 0];
      // Page: white with a blue border.
      if (u >= 2 && u < 14 && v >= 1 && v < 15) rgba = u < 2.8 || u >= 13.2 || v < 1.8 || v >= 14.2 ? [0x1f, 0x4e, 0x8c, 255] : [255, 255, 255, 255];
      // Text lines.
      if (u >= 4 && u < 12 && [4, 6, 8].some((line) => v >= line && v < line + 0.8)) rgba = [0x9a, 0xa9, 0xbc, 255];
      // A green tick in the lower right.
      const onTick = (a: number, b: number, c: number, d: number) => {
        const t = Math.max(0, Math.min(1, ((u - a) * (c - a) + (v - b) * (d - b)) / ((c - a) ** 2 + (d - b) ** 2)));
        return Math.hypot(u - (a + t * (c - a)), v - (b + t * (d - b))) < 0.9;
      };
      if (onTick(7, 11, 9, 13) || onTick(9, 13, 13, 8.5)) rgba = [0x10, 0x7c, 0x10, 255];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), icon(size));
