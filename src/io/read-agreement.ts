import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Block } from '../core';
import { compoundFileRefusal, isCompoundFile } from './compound-file';
import { readDocx, type DocxContent } from './docx-reader';
import { MAX_TEXT_CHARS, tooMuchText } from './limits';
import { readMarkdown, readPlainText } from './text-reader';
import { isZip, UnreadableFileError } from './zip';

/** Agreements are a few pages; refuse anything this big before reading it into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface AgreementFile extends Omit<DocxContent, 'blocks'> {
  blocks: Block[];
  format: 'docx' | 'markdown' | 'text';
}

/** Read a .docx, .md or .txt file into blocks. Throws UnreadableFileError with a one-line reason. */
export function readAgreementFile(path: string): AgreementFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UnreadableFileError('is a directory, not a file');
    if (!stat.isFile()) throw new UnreadableFileError('is not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be opened');
  }
  if (size > MAX_FILE_BYTES) throw new UnreadableFileError(`the file is ${Math.round(size / 1024 / 1024)} MB; agreements are never this large, so it was not read (limit ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new UnreadableFileError('cannot be read');
  }
  return readAgreementBytes(bytes, extname(path).toLowerCase());
}

export function readAgreementBytes(bytes: Uint8Array, extension: string): AgreementFile {
  const empty = { trackedChanges: [], customXmlParts: [], addinSettings: {} };
  if (isCompoundFile(bytes)) throw compoundFileRefusal(bytes);
  if (extension === '.docx' || extension === '.docm' || isZip(bytes)) {
    const content = readDocx(bytes);
    return { ...content, blocks: content.blocks.map(oneByteWherePossible), format: 'docx' };
  }
  if (extension === '.doc' || extension === '.rtf' || bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74) {
    throw new UnreadableFileError('this is an older Word (.doc) or rich-text (.rtf) file, not a .docx; save it as a .docx in Word (File > Save As) and try again');
  }
  // Windows tools often save text as UTF-16 with a byte-order mark; otherwise assume UTF-8.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding, { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.length > MAX_TEXT_CHARS) throw tooMuchText();
  if (text.includes('\u0000')) throw new UnreadableFileError('this is a binary file, not a .docx, .md or .txt agreement');
  if (extension === '.md' || extension === '.markdown') return { blocks: readMarkdown(text).map(oneByteWherePossible), format: 'markdown', ...empty };
  return { blocks: readPlainText(text).map(oneByteWherePossible), format: 'text', ...empty };
}

/**
 * The block with each of its texts stored one byte a character where every character fits in one.
 * A text read from a file is cut from the whole part's text, and is stored two bytes a character
 * if anything in that part needs two (one curly quote in the document), even where none of its own
 * characters does; lower-casing keeps that. V8 compiles each pattern again for two-byte text: a
 * caseload read from .docx files took the engine's compiled code from 13 to 19 MB, past the 16 MB
 * at which V8 stops optimising the patterns it compiles.
 */
function oneByteWherePossible(block: Block): Block {
  const copy: Record<string, unknown> = { ...block };
  for (const [key, value] of Object.entries(copy)) if (typeof value === 'string') copy[key] = oneByte(value);
  return copy as unknown as Block;
}

const BEYOND_ONE_BYTE = /[^\u0000-\u00ff]/;

/** String.fromCharCode makes a one-byte string of codes that all fit in a byte. */
function oneByte(text: string): string {
  if (text.length === 0 || BEYOND_ONE_BYTE.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  let copy = '';
  // In pieces: a call takes a limited number of arguments.
  for (let start = 0; start < codes.length; start += 8192) copy += String.fromCharCode(...codes.slice(start, start + 8192));
  return copy;
}

export { UnreadableFileError };
