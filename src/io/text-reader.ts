import type { Block } from '../core';

// Plain text and Markdown into blocks. Markdown gives headings, lists, pipe tables and **bold**
// labels; plain text gives paragraphs and list lines, and the engine recognises label lines itself.

const LIST_LINE = /^\s*(?:[-*+\u2022\u25AA\u25CF\u2013]|\d{1,3}[.)]|[a-z][.)])\s+/i;

export function readMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table = -1;
  let tableRow = -1;
  let inTable = false;

  const flush = () => {
    if (paragraph.length) pushText(blocks, 'paragraph', paragraph.join(' '));
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (/^\|.*\|$/.test(trimmed)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(trimmed) && trimmed.includes('-')) continue; // the header underline
      if (!inTable) {
        table++;
        tableRow = -1;
        inTable = true;
      }
      tableRow++;
      const cells = trimmed.slice(1, -1).split(/(?<!\\)\|/);
      cells.forEach((cell, column) => {
        const block = toBlock('table-cell', cell.trim());
        blocks.push({ ...block, table, row: tableRow, column });
      });
      continue;
    }
    inTable = false;
    if (trimmed === '') {
      flush();
      continue;
    }
    const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (atx) {
      flush();
      blocks.push({ ...toBlock('heading', atx[2]), level: atx[1].length });
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (paragraph.length === 0 && /^(=+|-+)$/.test(next) && next.length >= 2) {
      blocks.push({ ...toBlock('heading', trimmed), level: next.startsWith('=') ? 1 : 2 });
      i++;
      continue;
    }
    if (LIST_LINE.test(line)) {
      flush();
      pushText(blocks, 'list-item', trimmed.replace(LIST_LINE, ''));
      continue;
    }
    // "**Date:** 2 December 2026" or "Review date: 14 January 2027" on its own line is a field, not
    // part of a wrapped paragraph.
    if (/^(\*\*|__)[^*_]{1,60}?\1/.test(trimmed) || /^[A-Z][\w '()\/-]{0,40}:\s/.test(trimmed)) {
      flush();
      pushText(blocks, 'paragraph', trimmed);
      continue;
    }
    if (/^[-*_]{3,}$/.test(trimmed)) {
      flush();
      continue;
    }
    paragraph.push(trimmed);
  }
  flush();
  return blocks;
}

export function readPlainText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
    } else if (LIST_LINE.test(line)) {
      flush();
      blocks.push({ kind: 'list-item', text: trimmed.replace(LIST_LINE, '') });
    } else if (/^[^.!?]{1,60}:/.test(trimmed) || (paragraph.length === 0 && standsAlone(trimmed, lines[i + 1]?.trim() ?? ''))) {
      // A label line ("Review date: 14 January 2027") or a short title line stays its own paragraph
      // (still kind 'paragraph': the engine decides whether it is a heading).
      flush();
      blocks.push({ kind: 'paragraph', text: trimmed });
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

/** A short line without a full stop, followed by a new sentence or a break, is a title, not the start of a wrapped paragraph. */
function standsAlone(line: string, next: string): boolean {
  if (!/^[A-Z][^.!]{0,60}\??$/.test(line) || line.split(/\s+/).length > 8) return false;
  return next === '' || LIST_LINE.test(next) || /^[A-Z0-9"\u201C]/.test(next);
}

function pushText(blocks: Block[], kind: 'paragraph' | 'list-item', text: string): void {
  blocks.push(toBlock(kind, text));
}

/** Strip inline Markdown (bold, italics, code, links), remembering a leading bold label. */
function toBlock(kind: Block['kind'], markdown: string): Block {
  let boldPrefix: string | undefined;
  const lead = /^(\*\*|__)(.+?)\1/.exec(markdown);
  if (lead) boldPrefix = stripInline(lead[2]).trim();
  const text = stripInline(markdown);
  const block: Block = { kind, text };
  if (boldPrefix) block.boldPrefix = boldPrefix;
  return block;
}

function stripInline(text: string): string {
  // Signature lines ("Signed ________") are underscores, not emphasis.
  const lines: string[] = [];
  const kept = text.replace(/_{3,}|\.{4,}/g, (run) => {
    lines.push(run);
    return `\u0000${lines.length - 1}\u0000`;
  });
  return stripEmphasis(kept).replace(/\u0000(\d+)\u0000/g, (_, n: string) => lines[Number(n)]);
}

function stripEmphasis(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
