import * as zlib from 'node:zlib';

// A small, defensive reader for the ZIP container of a .docx. It reads the central directory
// (ZIP64 too), then inflates only the entries asked for, stopping as soon as an entry grows past
// its limit, so a zip bomb costs a few megabytes of memory, not gigabytes. Every
// inflated entry is checked against its CRC-32, so a damaged part is refused rather than misread.

export class UnreadableFileError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

const damaged = (detail: string) => new UnreadableFileError(`the file is damaged or truncated (${detail}); if Word opens it, save it again as a .docx and try again`);

/** Where the end-of-central-directory record is, or -1. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The record is the last 22 bytes plus a comment of up to 65,535 bytes. A comment can itself
  // contain the signature, so a candidate counts only when its comment length reaches the end of
  // the file; failing that (junk appended after the zip), the last candidate that looks sane.
  let fallback = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] !== 0x50 || view.getUint32(i, true) !== EOCD) continue;
    const commentLength = view.getUint16(i + 20, true);
    if (i + 22 + commentLength === bytes.length) return i;
    if (fallback < 0 && i + 22 + commentLength <= bytes.length) fallback = i;
  }
  return fallback;
}

export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(bytes, view);
  if (eocd < 0) throw damaged('no zip directory found');
  let count = view.getUint16(eocd + 10, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64: the classic record holds 0xFFFF / 0xFFFFFFFF and a locator just before it points to
  // the 64-bit record. Some writers use ZIP64 even for small files.
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw damaged('bad ZIP64 directory');
    count = Number(view.getBigUint64(record + 32, true));
    directoryOffset = Number(view.getBigUint64(record + 48, true));
  }
  if (count > MAX_ENTRIES) throw new UnreadableFileError(`the package lists ${count.toLocaleString('en-GB')} parts, far more than any Word document; not read`);
  if (directoryOffset >= bytes.length) throw damaged('zip directory out of range');
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged('bad zip directory');
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength + extraLength > bytes.length) throw damaged('bad zip directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The real values are in the ZIP64 extra field, in this order, only for those marked.
      for (let e = at + 46 + nameLength, end = e + extraLength; e + 4 <= end; ) {
        const id = view.getUint16(e, true);
        const length = view.getUint16(e + 2, true);
        if (id === 0x0001) {
          let f = e + 4;
          const next = () => {
            if (f + 8 > e + 4 + length) throw damaged('bad ZIP64 field');
            const value = Number(view.getBigUint64(f, true));
            f += 8;
            return value;
          };
          if (size === 0xffffffff) size = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
          break;
        }
        e += 4 + length;
      }
    }
    entries.set(name, { name, method, compressedSize, size, crc, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflate one entry, refusing to produce more than `limit` bytes whatever the header claims. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`bad entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged('it ends too soon');
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(entry.name, limit);
    out = data.slice();
  } else if (entry.method === 8) {
    out = inflate(data, entry.name, limit);
  } else {
    throw new UnreadableFileError(`${entry.name} uses a compression method Word does not write (${entry.method}); save the document again in Word and try again`);
  }
  if (crc32(out) !== entry.crc) throw damaged(`the check of ${entry.name} failed, so part of the document is corrupted`);
  return out;
}

function inflate(data: Uint8Array, name: string, limit: number): Uint8Array {
  // Node's zlib stops at maxOutputLength, so a bomb costs at most `limit` bytes.
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge(name, limit);
    throw damaged(`could not decompress ${name}`);
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip files use it (IEEE 802.3); Node's own where it has one (20.15 and later). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function tooLarge(name: string, limit: number): UnreadableFileError {
  return new UnreadableFileError(`${name} expands to more than ${Math.round(limit / 1024 / 1024)} MB, which is far larger than any agreement (possibly a zip bomb); not read`);
}
