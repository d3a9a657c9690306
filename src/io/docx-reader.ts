import type { Block } from '../core';
import { compoundFileRefusal, isCompoundFile } from './compound-file';
import { MAX_TEXT_CHARS, ReadingBudget, tooMuchText } from './limits';
import { parseXml } from './xml';
import { isZip, listEntries, readEntry, UnreadableFileError } from './zip';

export { MAX_TEXT_CHARS, tooMuchText };

export interface TrackedChange {
  type: 'insertion' | 'deletion' | 'formatting';
  author: string;
  date: string;
  text: string;
  /** Index of the block the change sits in. */
  block: number;
}

export interface DocxContent {
  blocks: Block[];
  trackedChanges: TrackedChange[];
  /** Text of each custom XML part (the add-in may keep sign-off details in one). */
  customXmlParts: string[];
  /** Add-in settings Word keeps in the document (Office.context.document.settings), by name. */
  addinSettings: Record<string, string>;
}

/** No real agreement's XML comes near this; anything bigger is refused rather than inflated. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** The most the reader will inflate from one package, across all the parts it reads. */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

export function readDocx(bytes: Uint8Array): DocxContent {
  // Both an encrypted .docx and an old binary .doc are compound files; their stream names tell them apart.
  if (isCompoundFile(bytes)) throw compoundFileRefusal(bytes);
  if (!isZip(bytes)) throw new UnreadableFileError('not a Word .docx file (it is not a zip package); if Word opens it, save it as a .docx and try again');
  const entries = listEntries(bytes);
  const documentEntry = entries.get('word/document.xml');
  if (!documentEntry) throw new UnreadableFileError('not a Word document (word/document.xml is missing)');
  // One budget for the whole package, so many medium-sized bombs cannot add up to gigabytes.
  let budget = MAX_PACKAGE_BYTES;
  const readText = (name: string): string | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const data = readEntry(bytes, entry, Math.min(MAX_PART_BYTES, budget));
    budget -= data.length;
    return decodeXml(data);
  };

  const styles = readStyles(readText('word/styles.xml'));
  const content = readDocumentXml(readText('word/document.xml') ?? '', styles);

  const customXmlParts: string[] = [];
  const addinSettings: Record<string, string> = {};
  for (const name of entries.keys()) {
    if (/^customXml\/item\d+\.xml$/.test(name)) customXmlParts.push(readText(name) ?? '');
    if (/^word\/webextensions\/webextension\d*\.xml$/.test(name)) Object.assign(addinSettings, readWebExtensionSettings(readText(name) ?? ''));
  }
  return { ...content, customXmlParts, addinSettings };
}

/**
 * XML parts are UTF-8 or UTF-16 (XML requires a reader to take both); the byte-order mark, the
 * first bytes of the declaration, or its encoding label say which.
 */
export function decodeXml(data: Uint8Array): string {
  let encoding = 'utf-8';
  if (data[0] === 0xff && data[1] === 0xfe) encoding = 'utf-16le';
  else if (data[0] === 0xfe && data[1] === 0xff) encoding = 'utf-16be';
  else if (data[0] === 0x3c && data[1] === 0x00) encoding = 'utf-16le';
  else if (data[0] === 0x00 && data[1] === 0x3c) encoding = 'utf-16be';
  else if (data[0] === 0x3c && data[1] === 0x3f) {
    const declaration = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(String.fromCharCode(...data.subarray(0, 200)));
    const label = declaration?.[1].toLowerCase();
    // A UTF-16 label on bytes that read as single-byte text is a mislabelled UTF-8 file.
    if (label && !label.startsWith('utf-16') && !label.startsWith('ucs-2')) encoding = label;
  }
  try {
    return new TextDecoder(encoding).decode(data);
  } catch {
    return new TextDecoder('utf-8').decode(data);
  }
}

interface StyleInfo {
  name: string;
  headingLevel?: number;
  list?: boolean;
}

function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  interface RawStyle {
    id: string;
    name: string;
    basedOn?: string;
    outline?: number;
    list?: boolean;
  }
  const raw = new Map<string, RawStyle>();
  let current: RawStyle | null = null;
  parseXml(
    xml,
    {
      open(name, attributes) {
        if (name === 'w:style') current = { id: attributes['w:styleId'] ?? '', name: attributes['w:styleId'] ?? '' };
        else if (current && name === 'w:name') current.name = attributes['w:val'] ?? current.name;
        else if (current && name === 'w:basedOn') current.basedOn = attributes['w:val'];
        else if (current && name === 'w:outlineLvl') current.outline = Number(attributes['w:val']);
        else if (current && name === 'w:numId') current.list = attributes['w:val'] !== '0';
      },
      close(name) {
        if (name === 'w:style' && current) {
          raw.set(current.id, current);
          current = null;
        }
      },
      text() {},
    },
    'word/styles.xml',
  );
  // A style inherits its heading level and numbering from the style it is based on ("Council
  // heading" based on "heading 2"); the depth limit guards against cycles.
  for (const style of raw.values()) {
    let level = headingLevel(style.name, style.outline);
    let list = style.list ?? (/^list/i.test(style.name) ? true : undefined);
    for (let parent = raw.get(style.basedOn ?? ''), depth = 0; parent && depth < 20; parent = raw.get(parent.basedOn ?? ''), depth++) {
      level ??= style.outline === undefined ? headingLevel(parent.name, parent.outline) : undefined;
      list ??= parent.list;
    }
    styles.set(style.id, { name: style.name, headingLevel: level, list: list ?? false });
  }
  return styles;
}

function headingLevel(name: string, outline?: number): number | undefined {
  const m = /^heading\s*(\d)$/i.exec(name);
  if (m) return Number(m[1]);
  if (/^title$/i.test(name)) return 1;
  if (/^subtitle$/i.test(name)) return 2;
  if (outline !== undefined && outline >= 0 && outline < 9) return outline + 1;
  return undefined;
}

interface ParagraphBuilder {
  text: string;
  original: string;
  style?: string;
  level?: number;
  list: boolean;
  tag?: string;
  table?: number;
  row?: number;
  column?: number;
  /** Leading bold text so far, and whether we are still in the leading bold run. */
  bold: string;
  leadingBold: boolean;
  hadDeletion: boolean;
  markDeleted: boolean;
  changes: TrackedChange[];
  /** Paragraph-level formatting changes; their text is the whole paragraph. */
  paragraphFormatting: TrackedChange[];
  /** How many content controls were open when the paragraph started. */
  sdtDepth: number;
}

interface TableState {
  index: number;
  row: number;
  column: number;
  /** Grid column where the next cell starts (a w:gridSpan cell covers several). */
  next: number;
}

// Decisions: each paragraph of a table cell is its own 'table-cell' block with the same table, row and
// column (the engine joins them if it needs to); a paragraph whose content and mark are all deleted
// is dropped; breaks read as one space and tabs as '\t' so offsets stay one-to-one with Word's text.
function readDocumentXml(xml: string, styles: Map<string, StyleInfo>): { blocks: Block[]; trackedChanges: TrackedChange[] } {
  const blocks: Block[] = [];
  const trackedChanges: TrackedChange[] = [];
  const paragraphs: ParagraphBuilder[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  // For each open content control, the innermost tag among it and the controls around it, so a
  // paragraph finds its tag in one step however deep the controls nest.
  const sdtTags: Array<string | undefined> = [];
  const budget = new ReadingBudget();
  let inSdtPr = 0;
  // Inside w:rPrChange/w:pPrChange the properties are the OLD ones; they must not override the current.
  let inPropertyChange = 0;
  // mc:Fallback repeats the content of mc:Choice (text boxes), so its text would be read twice.
  let inFallback = 0;
  let inPPr = 0;
  let inRPr = 0;
  let runBold = false;
  let inserted = 0;
  let deleted = 0;
  let inText = false;
  let inInstr = false;
  const changeStack: TrackedChange[] = [];
  let formattingRun: TrackedChange | null = null;
  const current = () => paragraphs[paragraphs.length - 1];

  const addText = (text: string) => {
    const p = current();
    if (!p) return;
    budget.text(text.length, Math.max(p.text.length, p.original.length) + text.length);
    if (deleted > 0) {
      p.original += text;
      p.hadDeletion = true;
      if (changeStack.length) changeStack[changeStack.length - 1].text += text;
      return;
    }
    p.text += text;
    if (formattingRun) formattingRun.text += text;
    if (inserted === 0) p.original += text;
    else if (changeStack.length) changeStack[changeStack.length - 1].text += text;
    if (p.leadingBold) {
      if (runBold) p.bold += text;
      else if (text.trim().length > 0) p.leadingBold = false;
    }
  };

  parseXml(
    xml,
    {
      open(name, a) {
        if (inFallback > 0 || name === 'mc:Fallback') {
          inFallback++;
          return;
        }
        if (inPropertyChange > 0) {
          inPropertyChange++;
          return;
        }
        switch (name) {
          case 'w:p': {
            budget.paragraph();
            const table = tables[tables.length - 1];
            paragraphs.push({
              text: '',
              original: '',
              list: false,
              tag: sdtTags[sdtTags.length - 1],
              table: table?.index,
              row: table?.row,
              column: table?.column,
              bold: '',
              leadingBold: true,
              hadDeletion: false,
              markDeleted: false,
              changes: [],
              paragraphFormatting: [],
              sdtDepth: sdtTags.length,
            });
            break;
          }
          case 'w:pPr':
            inPPr++;
            break;
          case 'w:rPr':
            inRPr++;
            break;
          case 'w:r':
            runBold = false;
            formattingRun = null;
            break;
          case 'w:b':
            if (inRPr > 0 && inPPr === 0) runBold = !/^(0|false|off)$/i.test(a['w:val'] ?? 'true');
            break;
          case 'w:pStyle': {
            const p = current();
            if (p && inPPr > 0) {
              const style = styles.get(a['w:val'] ?? '');
              p.style = style?.name ?? a['w:val'];
              p.level = style?.headingLevel ?? headingLevel(a['w:val'] ?? '');
              if (style?.list) p.list = true;
            }
            break;
          }
          case 'w:outlineLvl': {
            const p = current();
            const level = Number(a['w:val']);
            if (p && inPPr > 0 && level >= 0 && level < 9) p.level = level + 1;
            break;
          }
          case 'w:numId': {
            // numId 0 switches off numbering that the paragraph's style would give it.
            const p = current();
            if (p && inPPr > 0) p.list = a['w:val'] !== '0';
            break;
          }
          case 'w:ins':
          case 'w:moveTo':
          case 'w:del':
          case 'w:moveFrom': {
            const isDeletion = name === 'w:del' || name === 'w:moveFrom';
            // Inside paragraph or run properties these mark a deleted or inserted paragraph mark.
            if (inRPr > 0 && inPPr > 0) {
              const p = current();
              if (p && isDeletion) p.markDeleted = true;
              break;
            }
            if (isDeletion) deleted++;
            else inserted++;
            const change: TrackedChange = { type: isDeletion ? 'deletion' : 'insertion', author: a['w:author'] ?? '', date: a['w:date'] ?? '', text: '', block: -1 };
            changeStack.push(change);
            current()?.changes.push(change);
            if (!current()) trackedChanges.push(change);
            break;
          }
          case 'w:rPrChange':
          case 'w:pPrChange': {
            const change: TrackedChange = { type: 'formatting', author: a['w:author'] ?? '', date: a['w:date'] ?? '', text: '', block: -1 };
            const p = current();
            if (p) {
              p.changes.push(change);
              // A run's formatting change covers that run's text; a paragraph's, the whole paragraph.
              if (name === 'w:rPrChange' && inPPr === 0) formattingRun = change;
              else p.paragraphFormatting.push(change);
            } else trackedChanges.push(change);
            inPropertyChange = 1;
            break;
          }
          case 'w:sym': {
            // Symbol fonts put their glyphs at F000-F0FF; the low byte is the classic character code.
            // A code outside Unicode (or half a surrogate pair) is a damaged symbol, not damaged XML: skip it.
            const raw = /^[0-9a-fA-F]{1,8}$/.test(a['w:char'] ?? '') ? parseInt(a['w:char'], 16) : 0;
            const code = raw >= 0xf000 && raw <= 0xf0ff ? raw - 0xf000 : raw;
            if (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) addText(String.fromCodePoint(code));
            break;
          }
          case 'w:ptab':
            addText('\t');
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:delText':
            inText = true;
            break;
          case 'w:instrText':
            inInstr = true;
            break;
          case 'w:tab':
            if (inPPr === 0) addText('\t');
            break;
          case 'w:br':
          case 'w:cr':
            addText(' ');
            break;
          case 'w:noBreakHyphen':
            addText('\u2011');
            break;
          case 'w:softHyphen':
            break;
          case 'w:tbl':
            tables.push({ index: tableCount++, row: -1, column: 0, next: 0 });
            break;
          case 'w:tr': {
            const t = tables[tables.length - 1];
            if (t) {
              t.row++;
              t.next = 0;
            }
            break;
          }
          case 'w:tc': {
            budget.cell();
            const t = tables[tables.length - 1];
            if (t) {
              t.column = t.next;
              t.next = t.column + 1;
            }
            break;
          }
          case 'w:gridSpan': {
            const t = tables[tables.length - 1];
            const span = Number(a['w:val']);
            // The cell starts at its own column; the span moves the next cell along.
            if (t && span > 1) t.next = t.column + span;
            break;
          }
          case 'w:sdt':
            sdtTags.push(sdtTags[sdtTags.length - 1]);
            break;
          case 'w:sdtPr':
            inSdtPr++;
            break;
          case 'w:tag':
            if (inSdtPr > 0 && sdtTags.length && a['w:val'] !== undefined) {
              sdtTags[sdtTags.length - 1] = a['w:val'];
              // An inline control inside a paragraph tags the paragraph only if no block control did,
              // so a small field control cannot move a paragraph out of its section.
              const p = current();
              if (p && p.tag === undefined && p.sdtDepth < sdtTags.length) p.tag = a['w:val'];
            }
            break;
        }
      },
      close(name) {
        if (inFallback > 0) {
          inFallback--;
          return;
        }
        if (inPropertyChange > 0) {
          inPropertyChange--;
          if (inPropertyChange > 0) return;
        }
        switch (name) {
          case 'w:p': {
            const p = paragraphs.pop();
            if (!p) break;
            finishParagraph(p);
            break;
          }
          case 'w:pPr':
            inPPr--;
            break;
          case 'w:rPr':
            inRPr--;
            break;
          case 'w:ins':
          case 'w:moveTo':
          case 'w:del':
          case 'w:moveFrom':
            if (inRPr > 0 && inPPr > 0) break;
            if (name === 'w:del' || name === 'w:moveFrom') deleted--;
            else inserted--;
            changeStack.pop();
            break;
          case 'w:t':
          case 'w:delText':
            inText = false;
            break;
          case 'w:instrText':
            inInstr = false;
            break;
          case 'w:tbl':
            tables.pop();
            break;
          case 'w:sdt':
            sdtTags.pop();
            break;
          case 'w:sdtPr':
            inSdtPr--;
            break;
        }
      },
      text(text) {
        if (inText && !inInstr) addText(text);
      },
    },
    'word/document.xml',
  );

  function finishParagraph(p: ParagraphBuilder): void {
    // A paragraph whose content and mark are all deleted disappears when changes are accepted.
    const gone = p.text.length === 0 && (p.hadDeletion || p.markDeleted);
    const index = gone ? -1 : blocks.length;
    for (const change of p.paragraphFormatting) change.text = p.text;
    for (const change of p.changes) {
      change.block = index;
      trackedChanges.push(change);
    }
    if (gone) return;
    const block: Block = { kind: 'paragraph', text: p.text };
    if (p.table !== undefined) {
      block.kind = 'table-cell';
      block.table = p.table;
      block.row = p.row;
      block.column = p.column;
    } else if (p.level !== undefined) {
      block.kind = 'heading';
      block.level = p.level;
    } else if (p.list) {
      block.kind = 'list-item';
    }
    if (p.style) block.style = p.style;
    if (p.tag) block.tag = p.tag;
    const bold = p.bold.trim();
    if (bold && p.text.trimStart().startsWith(bold)) block.boldPrefix = bold;
    if (p.original !== p.text) block.originalText = p.original;
    // The whole paragraph is new: a reviewer sees it as one insertion.
    if (p.original === '' && p.text !== '' && p.changes.some((c) => c.type === 'insertion')) block.revision = 'insertion';
    blocks.push(block);
  }

  return { blocks, trackedChanges };
}

function readWebExtensionSettings(xml: string): Record<string, string> {
  const settings: Record<string, string> = {};
  parseXml(
    xml,
    {
      open(name, a) {
        if (name === 'we:property' && a.name !== undefined) {
          // Word stores each setting's value as JSON text.
          try {
            const value = JSON.parse(a.value ?? '""');
            settings[a.name] = typeof value === 'string' ? value : JSON.stringify(value);
          } catch {
            settings[a.name] = a.value ?? '';
          }
        }
      },
      close() {},
      text() {},
    },
    'web extension settings',
  );
  return settings;
}
