import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../src/io/zip';

// Small builders for hand-made containers, so each test shows the exact bytes a reader meets.

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W = `xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Store instead of deflating. */
  stored?: boolean;
  /** Write this CRC instead of the right one. */
  crc?: number;
}

/**
 * A zip written by hand: optionally with ZIP64 records (as some streaming writers use even for small
 * files), and with a comment after the end-of-directory record.
 */
export function rawZip(entries: RawEntry[], options: { zip64?: boolean; comment?: Uint8Array } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  const u64 = (v: number) => [...u32(v), ...u32(Math.floor(v / 2 ** 32))];
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const body = entry.stored ? entry.data : deflateSync(entry.data);
    const method = entry.stored ? 0 : 8;
    const crc = entry.crc ?? crc32(entry.data);
    const zip64 = !!options.zip64;
    const extra = zip64 ? [...u16(1), ...u16(24), ...u64(entry.data.length), ...u64(body.length), ...u64(offset)] : [];
    const localExtra = zip64 ? [...u16(1), ...u16(16), ...u64(entry.data.length), ...u64(body.length)] : [];
    const size = zip64 ? 0xffffffff : entry.data.length;
    const compressed = zip64 ? 0xffffffff : body.length;
    const local = new Uint8Array([...u32(0x04034b50), ...u16(zip64 ? 45 : 20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc), ...u32(compressed), ...u32(size), ...u16(name.length), ...u16(localExtra.length), ...name, ...localExtra]);
    central.push(
      new Uint8Array([
        ...u32(0x02014b50), ...u16(zip64 ? 45 : 20), ...u16(zip64 ? 45 : 20), ...u16(0), ...u16(method), ...u16(0), ...u16(0), ...u32(crc), ...u32(compressed), ...u32(size),
        ...u16(name.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(zip64 ? 0xffffffff : offset), ...name, ...extra,
      ]),
    );
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const directoryOffset = offset;
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  parts.push(...central);
  offset += directorySize;
  if (options.zip64) {
    parts.push(new Uint8Array([...u32(0x06064b50), ...u64(44), ...u16(45), ...u16(45), ...u32(0), ...u32(0), ...u64(entries.length), ...u64(entries.length), ...u64(directorySize), ...u64(directoryOffset)]));
    parts.push(new Uint8Array([...u32(0x07064b50), ...u32(0), ...u64(offset), ...u32(1)]));
  }
  const comment = options.comment ?? new Uint8Array(0);
  const count = options.zip64 ? 0xffff : entries.length;
  parts.push(new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(options.zip64 ? 0xffffffff : directorySize), ...u32(options.zip64 ? 0xffffffff : directoryOffset), ...u16(comment.length)]), comment);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A compound file (OLE2) whose directory holds entries with these names, as Word, Excel and encryption write them. */
export function compoundFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512 * Math.ceil((streams.length + 1) / 4));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let j = 0; j < name.length; j++) view.setUint16(at + j * 2, name.charCodeAt(j), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : name.startsWith('\u0006') ? 1 : 2;
  });
  return bytes;
}

export function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) view.setUint16((at++) * 2, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16((at++) * 2, text.charCodeAt(i), true);
  return bytes;
}

export function documentXml(body: string, namespaces = W): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${body}</w:body></w:document>`;
}

export const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const p = (content: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
