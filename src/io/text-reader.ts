import { markPlaceholders, type Block } from '../core';
import { MAX_PARAGRAPH_CHARS, paragraphTooLong, ReadingBudget } from './limits';

// Plain text and Markdown into blocks. Markdown gives headings, lists, pipe tables and **bold**
// labels; plain text gives paragraphs and list lines, and the engine recognises label lines itself.
//
// Everything here runs in time linear in the text: each line is scanned a fixed number of times,
// and inline markup is matched with precomputed "next delimiter" tables instead of regular
// expressions that could backtrack. The regular expressions left are anchored with bounded or
// non-overlapping repetition. `textReaderWork()` counts the characters scanned, so tests can check
// that doubling an input doubles the work.

const LIST_LINE = /^\s*(?:[-*+\u2022\u25AA\u25CF\u2013]|\d{1,3}[.)]|[a-z][.)])\s+/i;

let work = 0;
/** Characters scanned by the Markdown and plain-text readers since the process started. */
export function textReaderWork(): number {
  return work;
}

export function readMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const budget = new ReadingBudget();
  let paragraph: string[] = [];
  let paragraphLength = 0;
  let table = -1;
  let tableRow = -1;
  let inTable = false;

  const push = (block: Block) => {
    budget.paragraph();
    budget.text(block.text.length, block.text.length);
    markPlaceholders(block);
    blocks.push(block);
  };
  const flush = () => {
    if (paragraph.length) push(toBlock('paragraph', paragraph.join(' ')));
    paragraph = [];
    paragraphLength = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Checked before any line is scanned, so an overlong paragraph costs nothing.
    if (line.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong();
    const trimmed = line.trim();
    work += line.length + 1;
    if (trimmed.length >= 2 && trimmed[0] === '|' && trimmed[trimmed.length - 1] === '|') {
      flush();
      if (isTableUnderline(trimmed)) continue;
      if (!inTable) {
        table++;
        tableRow = -1;
        inTable = true;
      }
      tableRow++;
      const cells = splitCells(trimmed);
      for (let column = 0; column < cells.length; column++) {
        budget.cell();
        push({ ...toBlock('table-cell', cells[column].trim()), table, row: tableRow, column });
      }
      continue;
    }
    inTable = false;
    if (trimmed === '') {
      flush();
      continue;
    }
    const atx = atxHeading(trimmed);
    if (atx) {
      flush();
      push({ ...toBlock('heading', atx.text), level: atx.level });
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (paragraph.length === 0 && next.length >= 2 && /^(?:=+|-+)$/.test(next)) {
      push({ ...toBlock('heading', trimmed), level: next[0] === '=' ? 1 : 2 });
      i++;
      continue;
    }
    if (LIST_LINE.test(line)) {
      flush();
      push(toBlock('list-item', trimmed.replace(LIST_LINE, '')));
      continue;
    }
    // "**Date:** 2 December 2026" or "Review date: 14 January 2027" on its own line is a field, not
    // part of a wrapped paragraph.
    if (/^(\*\*|__)[^*_]{1,60}?\1/.test(trimmed) || /^[A-Z][\w '()\/-]{0,40}:\s/.test(trimmed)) {
      flush();
      push(toBlock('paragraph', trimmed));
      continue;
    }
    if (/^[-*_]{3,}$/.test(trimmed)) {
      flush();
      continue;
    }
    paragraphLength += trimmed.length + 1;
    if (paragraphLength > MAX_PARAGRAPH_CHARS) throw paragraphTooLong();
    paragraph.push(trimmed);
  }
  flush();
  return blocks;
}

/** "| --- | :---: |": only pipes, colons, dashes and spaces, with at least one dash. */
function isTableUnderline(line: string): boolean {
  let dash = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '-') dash = true;
    else if (c !== '|' && c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return dash;
}

/** The cells between the outer pipes; a pipe after a backslash is text. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let start = 1;
  for (let i = 1; i < line.length - 1; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(line.slice(start, line.length - 1));
  return cells;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v';

/** "## Review ##": one to six '#', a space, the text, and optionally a closing run of '#'. */
function atxHeading(line: string): { level: number; text: string } | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6 || !isSpace(line[level])) return null;
  let start = level;
  while (start < line.length && isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  // A closing run counts only after a space ("C#" keeps its '#').
  if (hashes < end && (hashes === start || isSpace(line[hashes - 1]))) {
    end = hashes;
    while (end > start && isSpace(line[end - 1])) end--;
  }
  return { level, text: line.slice(start, end) };
}

export function readPlainText(source: string): Block[] {
  const blocks: Block[] = [];
  const budget = new ReadingBudget();
  let paragraph: string[] = [];
  let paragraphLength = 0;
  const push = (block: Block) => {
    budget.paragraph();
    budget.text(block.text.length, block.text.length);
    markPlaceholders(block);
    blocks.push(block);
  };
  const flush = () => {
    if (paragraph.length) push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
    paragraphLength = 0;
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_PARAGRAPH_CHARS) throw paragraphTooLong();
    const trimmed = line.trim();
    work += line.length + 1;
    if (trimmed === '') {
      flush();
    } else if (LIST_LINE.test(line)) {
      flush();
      push({ kind: 'list-item', text: trimmed.replace(LIST_LINE, '') });
    } else if (/^[^.!?]{1,60}:/.test(trimmed) || (paragraph.length === 0 && standsAlone(trimmed, lines[i + 1]?.trim() ?? ''))) {
      // A label line ("Review date: 14 January 2027") or a short title line stays its own paragraph
      // (still kind 'paragraph': the engine decides whether it is a heading).
      flush();
      push({ kind: 'paragraph', text: trimmed });
    } else {
      paragraphLength += trimmed.length + 1;
      if (paragraphLength > MAX_PARAGRAPH_CHARS) throw paragraphTooLong();
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

/** A short line without a full stop, followed by a new sentence or a break, is a title, not the start of a wrapped paragraph. */
function standsAlone(line: string, next: string): boolean {
  if (line.length > 62 || !/^[A-Z][^.!]{0,60}\??$/.test(line) || line.split(/\s+/).length > 8) return false;
  return next === '' || LIST_LINE.test(next) || /^[A-Z0-9"\u201C]/.test(next);
}

/** Strip inline Markdown (bold, italics, code, links), remembering a leading bold label. */
function toBlock(kind: Block['kind'], markdown: string): Block {
  let boldPrefix: string | undefined;
  const lead = leadingBold(markdown);
  if (lead !== null) boldPrefix = stripInline(lead).trim();
  const text = stripInline(markdown);
  const block: Block = { kind, text };
  if (boldPrefix) block.boldPrefix = boldPrefix;
  return block;
}

/** The text of "**label**" or "__label__" at the very start, or null. */
function leadingBold(text: string): string | null {
  const marker = text.slice(0, 2);
  if (marker !== '**' && marker !== '__') return null;
  const close = text.indexOf(marker, 3);
  return close < 0 ? null : text.slice(2, close);
}

/** Markdown inline text as it reads: emphasis, code and link markers removed. */
export function stripInline(text: string): string {
  // Signature lines ("Signed ________") and dotted lines are kept as they are: they are not emphasis.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '_' || c === '.') {
      let j = i;
      while (j < text.length && text[j] === c) j++;
      if (j - i >= (c === '_' ? 3 : 4)) {
        out += stripEmphasis(text.slice(from, i)) + text.slice(i, j);
        from = j;
      }
      i = j;
    } else i++;
  }
  work += text.length;
  return from === 0 ? stripEmphasis(text) : out + stripEmphasis(text.slice(from));
}

function stripEmphasis(text: string): string {
  if (!/[[*_`\\]/.test(text)) return text;
  // An escaped marker ("\*") is hidden from the passes below as a private-use character, and
  // shown again as itself at the end (unless the text already uses those characters).
  const hide = text.includes('\\') && !/[\uE000-\uE07F]/.test(text);
  const stripped = codeSpans(italics(bold(links(hide ? hideEscapes(text) : text))));
  return hide ? stripped.replace(/[\uE000-\uE07F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000)) : unescape(stripped);
}

function hideEscapes(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '\\' && ESCAPABLE.has(text[i + 1])) {
      out += text.slice(from, i) + String.fromCharCode(0xe000 + text.charCodeAt(i + 1));
      from = i + 2;
      i++;
    }
  }
  return out + text.slice(from);
}

/** For each position, the first index at or after it where `is` holds (or the length). */
function nextWhere(text: string, is: (i: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = is(i) ? i : next[i + 1];
  work += text.length;
  return next;
}

/** "[text](address)" reads as its text. */
function links(text: string): string {
  if (!text.includes('](')) return text;
  const close = nextWhere(text, (i) => text[i] === ']');
  const paren = nextWhere(text, (i) => text[i] === ')');
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '[') continue;
    const end = close[i + 1];
    if (end >= text.length || text[end + 1] !== '(') continue;
    const stop = paren[end + 2];
    if (stop >= text.length) continue;
    out += text.slice(from, i) + text.slice(i + 1, end);
    from = stop + 1;
    i = stop;
  }
  return out + text.slice(from);
}

/** "**bold**" and "__bold__" read as their text. */
function bold(text: string): string {
  if (!text.includes('**') && !text.includes('__')) return text;
  const nextStars = nextWhere(text, (i) => text[i] === '*' && text[i + 1] === '*');
  const nextUnders = nextWhere(text, (i) => text[i] === '_' && text[i + 1] === '_');
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text[i];
    if ((c !== '*' && c !== '_') || text[i + 1] !== c) continue;
    const end = (c === '*' ? nextStars : nextUnders)[i + 3];
    if (end === undefined || end >= text.length) continue;
    out += text.slice(from, i) + text.slice(i + 2, end);
    from = end + 2;
    i = end + 1;
  }
  return out + text.slice(from);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\w*]/.test(c);
const isWhite = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** "*italic*" and "_italic_", when the markers hug the words and are not inside a word. */
function italics(text: string): string {
  if (!text.includes('*') && !text.includes('_')) return text;
  // A closer hugs the word before it and is not followed by a word character.
  const closers = (marker: string) => nextWhere(text, (j) => text[j] === marker && !isWhite(text[j - 1]) && !isWordChar(text[j + 1]));
  const nextStar = closers('*');
  const nextUnder = closers('_');
  let out = '';
  let from = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    const c = text[i];
    if ((c !== '*' && c !== '_') || isWordChar(text[i - 1]) || isWhite(text[i + 1])) continue;
    const end = (c === '*' ? nextStar : nextUnder)[i + 2];
    if (end >= text.length) continue;
    out += text.slice(from, i) + text.slice(i + 1, end);
    from = end + 1;
    i = end;
  }
  return out + text.slice(from);
}

/** "`code`" reads as its text. */
function codeSpans(text: string): string {
  if (!text.includes('`')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('`'); i >= 0 && i < text.length; ) {
    const end = text.indexOf('`', i + 1);
    if (end < 0) break;
    out += text.slice(from, i) + text.slice(i + 1, end);
    from = end + 1;
    i = text.indexOf('`', from);
  }
  return out + text.slice(from);
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|');

/** "\*" reads as "*". */
function unescape(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] === '\\' && ESCAPABLE.has(text[i + 1])) {
      out += text.slice(from, i);
      from = i + 1;
      i++;
    }
  }
  return out + text.slice(from);
}
