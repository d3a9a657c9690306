import { Inflate } from 'fflate';

// A small, defensive reader for the ZIP container of a .docx. It reads the central directory,
// then inflates only the entries asked for, in chunks, stopping as soon as an entry grows past
// its limit, so a zip bomb costs a few megabytes of memory, not gigabytes.

export class UnreadableFileError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Compound File Binary (OLE2): how Word stores a password-protected (encrypted) .docx. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableFileError('the file is damaged or truncated (no zip directory found)');
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset >= bytes.length) throw new UnreadableFileError('the file is damaged or truncated (zip directory out of range)');
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new UnreadableFileError('the file is damaged or truncated (bad zip directory)');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflate one entry, refusing to produce more than `limit` bytes whatever the header claims. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new UnreadableFileError(`the file is damaged (bad entry ${entry.name})`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new UnreadableFileError('the file is truncated');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge(entry.name, limit);
    return data.slice();
  }
  if (entry.method !== 8) throw new UnreadableFileError(`unsupported compression in ${entry.name}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let failed: Error | null = null;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) failed = tooLarge(entry.name, limit);
    else chunks.push(chunk);
  });
  // Small input steps keep each burst of output small (deflate can expand about 1,000 to 1).
  const step = 4 * 1024;
  try {
    for (let offset = 0; offset < data.length && !failed; offset += step) {
      inflater.push(data.subarray(offset, Math.min(offset + step, data.length)), offset + step >= data.length);
    }
  } catch {
    throw new UnreadableFileError(`the file is damaged (could not decompress ${entry.name})`);
  }
  if (failed) throw failed;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function tooLarge(name: string, limit: number): UnreadableFileError {
  return new UnreadableFileError(`${name} expands to more than ${Math.round(limit / 1024 / 1024)} MB, which is far larger than any agreement (possibly a zip bomb); not read`);
}
