import { formatDate, markPlaceholders, type Block, type BlockOrigin, type TextSpan } from '../core';
import { compoundFileRefusal, isCompoundFile } from './compound-file';
import { MAX_TEXT_CHARS, MAX_XML_DEPTH, ReadingBudget, tooMuchText } from './limits';
import { readNumbering, type Numbering } from './numbering';
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
  // One budget for the whole package, so many medium-sized bombs cannot add up to gigabytes.
  let budget = MAX_PACKAGE_BYTES;
  const readText = (name: string): string | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const data = readEntry(bytes, entry, Math.min(MAX_PART_BYTES, budget));
    budget -= data.length;
    return decodeXml(data);
  };

  // The main part is word/document.xml in every Word file; other writers name it in _rels/.rels.
  let main = 'word/document.xml';
  if (!entries.has(main)) {
    const target = [...readRelationships(readText('_rels/.rels'), '').values()].find((r) => /\/officeDocument$/.test(r.type) && entries.has(r.target));
    if (!target) throw new UnreadableFileError('not a Word document (word/document.xml is missing)');
    main = target.target;
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const styles = readStyles(readText(`${folder}styles.xml`));
  const numbering = readNumbering(readText(`${folder}numbering.xml`));
  const relationships = readRelationships(readText(`${folder}_rels/${main.slice(folder.length)}.rels`), folder);
  const context: ReadContext = { styles, numbering, budget: new ReadingBudget(), tables: 0, references: [] };

  const body = readPart(readText(main) ?? '', main, undefined, context);
  // Headers and footers as the sections refer to them (each part once); without references, every
  // header and footer part in the package.
  const partsOf = (kind: 'header' | 'footer'): string[] => {
    const referenced = context.references.filter((r) => r.kind === kind).map((r) => relationships.get(r.id)?.target ?? '');
    const names = referenced.length ? referenced : [...entries.keys()].filter((n) => new RegExp(`^${folder}${kind}\\d*\\.xml$`).test(n)).sort();
    return [...new Set(names)].filter((name) => entries.has(name));
  };
  const notesPart = (type: string, fallback: string) => [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target ?? `${folder}${fallback}`;
  const parts: PartContent[] = [];
  const seen = new Set<string>();
  const extra = (names: string[], origin: BlockOrigin) => {
    const out: PartContent[] = [];
    for (const name of names) {
      const xml = readText(name);
      if (xml === null) continue;
      const part = readPart(xml, name, origin, context);
      // Empty lines are left out, and the same words in the first-page and the default header are
      // one thing a person reads.
      part.blocks.forEach((block, i) => {
        const key = `${origin}\u0000${block.text}`;
        if (block.text.trim() === '' || seen.has(key)) part.dropped.add(i);
        seen.add(key);
      });
      out.push(part);
    }
    return out;
  };
  parts.push(...extra(partsOf('header'), 'header'), body);
  parts.push(...extra([notesPart('footnotes', 'footnotes.xml')], 'footnote'), ...extra([notesPart('endnotes', 'endnotes.xml')], 'endnote'));
  parts.push(...extra(partsOf('footer'), 'footer'));
  const { blocks, trackedChanges } = joinParts(parts);

  const customXmlParts: string[] = [];
  const addinSettings: Record<string, string> = {};
  for (const name of entries.keys()) {
    if (/^customXml\/item\d+\.xml$/.test(name)) customXmlParts.push(readText(name) ?? '');
    if (/^word\/webextensions\/webextension\d*\.xml$/.test(name)) Object.assign(addinSettings, readWebExtensionSettings(readText(name) ?? ''));
  }
  return { blocks, trackedChanges, customXmlParts, addinSettings };
}

/** One list of blocks from the parts in reading order, with block indices moved to match. */
function joinParts(parts: PartContent[]): { blocks: Block[]; trackedChanges: TrackedChange[] } {
  const blocks: Block[] = [];
  const trackedChanges: TrackedChange[] = [];
  for (const part of parts) {
    const offset = blocks.length;
    // Dropped blocks (empty or repeated header lines) shift the rest, so map old indices to new.
    const moved = new Map<number, number>();
    part.blocks.forEach((block, i) => {
      if (part.dropped.has(i)) return;
      moved.set(i, blocks.length);
      blocks.push(block);
    });
    for (let i = offset; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.mergedFrom === undefined) continue;
      const to = moved.get(block.mergedFrom);
      if (to === undefined) delete block.mergedFrom;
      else block.mergedFrom = to;
    }
    for (const change of part.trackedChanges) trackedChanges.push({ ...change, block: change.block < 0 ? -1 : (moved.get(change.block) ?? -1) });
  }
  return { blocks, trackedChanges };
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

interface Relationship {
  type: string;
  target: string;
}

/** A part's relationships by id, with targets as package paths ("word/header1.xml"). */
function readRelationships(xml: string | null, folder: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  if (!xml) return relationships;
  parseXml(
    xml,
    {
      open(name, a) {
        if (!name.endsWith('Relationship') || a.TargetMode === 'External') return;
        const target = a.Target ?? '';
        relationships.set(a.Id ?? '', { type: a.Type ?? '', target: resolvePath(target.startsWith('/') ? target.slice(1) : folder + target) });
      },
      close() {},
      text() {},
    },
    'the package relationships',
  );
  return relationships;
}

/** "word/../word/x.xml" as "word/x.xml". */
function resolvePath(path: string): string {
  const out: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.' && piece !== '') out.push(piece);
  }
  return out.join('/');
}

interface StyleInfo {
  name: string;
  headingLevel?: number;
  list?: boolean;
  /** Numbering the style gives its paragraphs (numbered headings), unless a paragraph overrides it. */
  numId?: string;
  numLevel?: number;
}

function readStyles(xml: string | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  interface RawStyle {
    id: string;
    name: string;
    basedOn?: string;
    outline?: number;
    numId?: string;
    numLevel?: number;
  }
  const raw = new Map<string, RawStyle>();
  let current: RawStyle | null = null;
  let inChange = 0;
  parseXml(
    xml,
    {
      open(name, attributes) {
        if (name === 'w:pPrChange' || name === 'w:rPrChange' || inChange > 0) {
          inChange++;
          return;
        }
        if (name === 'w:style') current = { id: attributes['w:styleId'] ?? '', name: attributes['w:styleId'] ?? '' };
        else if (current && name === 'w:name') current.name = attributes['w:val'] ?? current.name;
        else if (current && name === 'w:basedOn') current.basedOn = attributes['w:val'];
        else if (current && name === 'w:outlineLvl') current.outline = Number(attributes['w:val']);
        else if (current && name === 'w:numId') current.numId = attributes['w:val'] ?? '0';
        else if (current && name === 'w:ilvl') current.numLevel = Number(attributes['w:val'] ?? 0) || 0;
      },
      close(name) {
        if (inChange > 0) {
          inChange--;
          return;
        }
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
    let numId = style.numId;
    let numLevel = style.numLevel;
    for (let parent = raw.get(style.basedOn ?? ''), depth = 0; parent && depth < 20; parent = raw.get(parent.basedOn ?? ''), depth++) {
      level ??= style.outline === undefined ? headingLevel(parent.name, parent.outline) : undefined;
      numId ??= parent.numId;
      numLevel ??= parent.numLevel;
    }
    const list = numId !== undefined ? numId !== '0' : /^list/i.test(style.name);
    styles.set(style.id, { name: style.name, headingLevel: level, list, numId: numId !== '0' ? numId : undefined, numLevel });
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

interface ReadContext {
  styles: Map<string, StyleInfo>;
  numbering: Numbering;
  /** Shared by every part, so headers and footnotes count towards the same limits. */
  budget: ReadingBudget;
  /** Tables numbered so far across parts. */
  tables: number;
  /** Header and footer references met in section properties, in order. */
  references: Array<{ kind: 'header' | 'footer'; id: string }>;
}

interface PartContent {
  blocks: Block[];
  trackedChanges: TrackedChange[];
  /** Blocks left out when the parts are joined (empty or repeated header lines). */
  dropped: Set<number>;
}

interface ParagraphBuilder {
  text: string;
  original: string;
  style?: string;
  level?: number;
  list: boolean;
  numId?: string;
  numLevel?: number;
  tag?: string;
  origin?: BlockOrigin;
  table?: TableState;
  row?: number;
  column?: number;
  cell?: CellState;
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
  /** Title of the content control holding the whole paragraph ('' if it has none), as a council's form names the field. */
  controlTitle?: string;
  /** A titled control inside the paragraph that started at its first text, and where its text ended. */
  inlineTitle?: { title: string; end: number };
  /** Ranges of `text` shown by content controls as their placeholder. */
  placeholders: TextSpan[];
}

interface TableState {
  index: number;
  row: number;
  column: number;
  /** Grid column where the next cell starts (a w:gridSpan cell covers several). */
  next: number;
  /** Columns in the table's grid (w:tblGrid). */
  gridColumns: number;
  cellsInRow: number;
  /** Index of the first block of the current row. */
  rowStart: number;
  /** The whole row is a tracked deletion or insertion (w:trPr/w:del, w:trPr/w:ins). */
  rowChange: TrackedChange | null;
  /** For each grid column, the blocks of the cell a vertical merge started in. */
  mergeOrigins: Map<number, { first: number; last: number }>;
}

interface CellState {
  span: number;
  merge?: 'restart' | 'continue';
  firstBlock: number;
}

interface ControlState {
  /** Innermost tag among this control and the controls around it. */
  tag?: string;
  /** Innermost title (w:alias) among this control and the controls around it. */
  title?: string;
  /** The control (or one around it) shows its placeholder text. */
  placeholder: boolean;
  /** A date picker's date (w:date/@w:fullDate). */
  date?: string;
  /** Characters read before the control opened, to tell whether it showed any text. */
  charsAtOpen: number;
  /** For a control inside a paragraph: where in the paragraph's text it starts. */
  paragraphOffset?: number;
}

const OFF = /^(0|false|off)$/i;

// Decisions: each paragraph of a table cell is its own 'table-cell' block with the same table, row and
// column (the engine joins them if it needs to); a paragraph whose content and mark are all deleted
// is dropped; a line break reads as '\n' and a tab as '\t', one character each, so offsets stay
// one-to-one with Word's paragraph text (where a break is '\v').
function readPart(xml: string, what: string, partOrigin: BlockOrigin | undefined, context: ReadContext): PartContent {
  const { styles, numbering, budget } = context;
  const blocks: Block[] = [];
  const trackedChanges: TrackedChange[] = [];
  const paragraphs: ParagraphBuilder[] = [];
  // Open tables, innermost last; null marks a text box, whose paragraphs are not in the table around it.
  const tables: Array<TableState | null> = [];
  const cells: Array<CellState | null> = [];
  const controls: ControlState[] = [];
  let inSdtPr = 0;
  let inTrPr = 0;
  let inTcPr = 0;
  let inTblGrid = 0;
  let textBoxes = 0;
  // Inside w:rPrChange/w:pPrChange the properties are the OLD ones; they must not override the current.
  let inPropertyChange = 0;
  // Content read by no one: mc:Fallback repeats mc:Choice (text boxes), and separator footnotes are rules, not text.
  let skipped = 0;
  let inPPr = 0;
  let inRPr = 0;
  let inNumPr = 0;
  let runBold = false;
  let inserted = 0;
  let deleted = 0;
  let inText = false;
  let inInstr = false;
  // Complex fields (fldChar begin, separate, end): the code before 'separate' is never text, the
  // result after it is. `fieldCodes` counts the open fields still in their code.
  const fields: boolean[] = [];
  let fieldCodes = 0;
  let fieldOverflow = 0;
  let chars = 0;
  const changeStack: TrackedChange[] = [];
  let formattingRun: TrackedChange | null = null;
  const current = () => paragraphs[paragraphs.length - 1];
  const table = () => tables[tables.length - 1] ?? null;

  const addText = (text: string) => {
    const p = current();
    if (!p) return;
    budget.text(text.length, Math.max(p.text.length, p.original.length) + text.length);
    chars += text.length;
    const rowChange = p.table?.rowChange ?? null;
    if (deleted > 0 || rowChange?.type === 'deletion') {
      p.original += text;
      p.hadDeletion = true;
      if (deleted > 0 && changeStack.length) changeStack[changeStack.length - 1].text += text;
      // A deleted row lists its whole text, whether or not its cells' runs are marked deleted too.
      if (rowChange?.type === 'deletion') rowChange.text += text;
      return;
    }
    const control = controls[controls.length - 1];
    if (control?.placeholder) {
      const last = p.placeholders[p.placeholders.length - 1];
      if (last && last.end === p.text.length) last.end += text.length;
      else p.placeholders.push({ start: p.text.length, end: p.text.length + text.length });
    }
    p.text += text;
    if (formattingRun) formattingRun.text += text;
    if (inserted === 0 && rowChange === null) p.original += text;
    else if (inserted > 0 && changeStack.length) changeStack[changeStack.length - 1].text += text;
    else if (rowChange) rowChange.text += text;
    if (p.leadingBold) {
      if (runBold) p.bold += text;
      else if (text.trim().length > 0) p.leadingBold = false;
    }
  };

  parseXml(
    xml,
    {
      open(name, a) {
        if (skipped > 0 || name === 'mc:Fallback' || ((name === 'w:footnote' || name === 'w:endnote') && a['w:type'] !== undefined && a['w:type'] !== 'normal')) {
          skipped++;
          return;
        }
        if (inPropertyChange > 0) {
          inPropertyChange++;
          return;
        }
        switch (name) {
          case 'w:p': {
            budget.paragraph();
            const t = table();
            const rowChange = t?.rowChange;
            if (rowChange && rowChange.text) rowChange.text += ' ';
            paragraphs.push({
              text: '',
              original: '',
              list: false,
              tag: controls[controls.length - 1]?.tag,
              controlTitle: controls.length ? (controls[controls.length - 1].title ?? '') : undefined,
              origin: textBoxes > 0 ? 'text-box' : partOrigin,
              table: t ?? undefined,
              row: t?.row,
              column: t?.column,
              cell: cells[cells.length - 1] ?? undefined,
              bold: '',
              leadingBold: true,
              hadDeletion: false,
              markDeleted: rowChange?.type === 'deletion',
              changes: [],
              paragraphFormatting: [],
              sdtDepth: controls.length,
              placeholders: [],
            });
            break;
          }
          case 'w:pPr':
            inPPr++;
            break;
          case 'w:rPr':
            inRPr++;
            break;
          case 'w:numPr':
            inNumPr++;
            break;
          case 'w:r':
            runBold = false;
            formattingRun = null;
            break;
          case 'w:b':
            if (inRPr > 0 && inPPr === 0) runBold = !OFF.test(a['w:val'] ?? 'true');
            break;
          case 'w:pStyle': {
            const p = current();
            if (p && inPPr > 0) {
              const style = styles.get(a['w:val'] ?? '');
              p.style = style?.name ?? a['w:val'];
              p.level = style?.headingLevel ?? headingLevel(a['w:val'] ?? '');
              if (style?.list) p.list = true;
              if (style?.numId !== undefined && p.numId === undefined) {
                p.numId = style.numId;
                p.numLevel ??= style.numLevel;
              }
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
            if (p && inPPr > 0 && inNumPr > 0) {
              p.list = a['w:val'] !== '0';
              p.numId = a['w:val'];
            }
            break;
          }
          case 'w:ilvl': {
            const p = current();
            if (p && inPPr > 0 && inNumPr > 0) p.numLevel = Number(a['w:val'] ?? 0) || 0;
            break;
          }
          case 'w:ins':
          case 'w:moveTo':
          case 'w:del':
          case 'w:moveFrom': {
            const isDeletion = name === 'w:del' || name === 'w:moveFrom';
            // In a row's properties: the whole row is inserted or deleted.
            if (inTrPr > 0) {
              const t = table();
              if (t && !t.rowChange) {
                t.rowChange = { type: isDeletion ? 'deletion' : 'insertion', author: a['w:author'] ?? '', date: a['w:date'] ?? '', text: '', block: -1 };
                // A deleted row is gone once changes are accepted: the rows after it move up.
                if (isDeletion) t.row--;
              }
              break;
            }
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
            // A code outside Unicode (or half a surrogate pair) is a damaged symbol, not damaged XML: skip it.
            const raw = /^[0-9a-fA-F]{1,8}$/.test(a['w:char'] ?? '') ? parseInt(a['w:char'], 16) : 0;
            const code = raw >= 0xf000 && raw <= 0xf0ff ? raw - 0xf000 : raw;
            if (fieldCodes === 0 && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) addText(String.fromCodePoint(code));
            break;
          }
          case 'w:ptab':
            if (fieldCodes === 0) addText('\t');
            break;
          case 'w:t':
          case 'w:delText':
            inText = true;
            break;
          case 'w:instrText':
          case 'w:delInstrText':
            inInstr = true;
            break;
          case 'w:fldChar': {
            const type = a['w:fldCharType'];
            if (type === 'begin') {
              if (fields.length >= MAX_XML_DEPTH) fieldOverflow++;
              else {
                fields.push(true);
                fieldCodes++;
              }
            } else if (type === 'separate') {
              if (fieldOverflow === 0 && fields[fields.length - 1]) {
                fields[fields.length - 1] = false;
                fieldCodes--;
              }
            } else if (type === 'end') {
              if (fieldOverflow > 0) fieldOverflow--;
              else if (fields.length && fields.pop()) fieldCodes--;
            }
            break;
          }
          case 'w:tab':
            if (inPPr === 0 && fieldCodes === 0) addText('\t');
            break;
          case 'w:br':
          case 'w:cr':
            if (fieldCodes === 0) addText('\n');
            break;
          case 'w:noBreakHyphen':
            if (fieldCodes === 0) addText('\u2011');
            break;
          case 'w:tbl':
            tables.push({ index: context.tables++, row: -1, column: 0, next: 0, gridColumns: 0, cellsInRow: 0, rowStart: blocks.length, rowChange: null, mergeOrigins: new Map() });
            break;
          case 'w:tblGrid':
            inTblGrid++;
            break;
          case 'w:gridCol': {
            const t = table();
            if (t && inTblGrid > 0) t.gridColumns++;
            break;
          }
          case 'w:tr': {
            const t = table();
            if (t) {
              t.row++;
              t.next = 0;
              t.cellsInRow = 0;
              t.rowStart = blocks.length;
              t.rowChange = null;
            }
            break;
          }
          case 'w:trPr':
            inTrPr++;
            break;
          case 'w:tc': {
            budget.cell();
            const t = table();
            if (t) {
              t.column = t.next;
              t.next = t.column + 1;
              t.cellsInRow++;
            }
            cells.push(t ? { span: 1, firstBlock: -1 } : null);
            break;
          }
          case 'w:tcPr':
            inTcPr++;
            break;
          case 'w:gridSpan': {
            const t = table();
            const cell = cells[cells.length - 1];
            const span = Number(a['w:val']);
            // The cell starts at its own column; the span moves the next cell along.
            if (t && cell && inTcPr > 0 && span > 1 && span < 1000) {
              t.next = t.column + span;
              cell.span = span;
            }
            break;
          }
          case 'w:vMerge': {
            const cell = cells[cells.length - 1];
            if (cell && inTcPr > 0) cell.merge = a['w:val'] === 'restart' ? 'restart' : 'continue';
            break;
          }
          case 'w:txbxContent':
            textBoxes++;
            tables.push(null);
            cells.push(null);
            break;
          case 'w:sdt': {
            const outer = controls[controls.length - 1];
            const p = current();
            controls.push({ tag: outer?.tag, title: outer?.title, placeholder: outer?.placeholder ?? false, charsAtOpen: chars, paragraphOffset: p?.text.length });
            break;
          }
          case 'w:sdtPr':
            inSdtPr++;
            break;
          case 'w:tag':
            if (inSdtPr > 0 && controls.length && a['w:val'] !== undefined) {
              controls[controls.length - 1].tag = a['w:val'];
              // An inline control inside a paragraph tags the paragraph only if no block control did,
              // so a small field control cannot move a paragraph out of its section.
              const p = current();
              if (p && p.tag === undefined && p.sdtDepth < controls.length) p.tag = a['w:val'];
            }
            break;
          case 'w:alias':
            if (inSdtPr > 0 && controls.length && a['w:val']) {
              controls[controls.length - 1].title = a['w:val'];
            }
            break;
          case 'w:showingPlcHdr':
            if (inSdtPr > 0 && controls.length && !OFF.test(a['w:val'] ?? 'true')) controls[controls.length - 1].placeholder = true;
            break;
          case 'w:date':
            if (inSdtPr > 0 && controls.length && a['w:fullDate']) controls[controls.length - 1].date = a['w:fullDate'];
            break;
          case 'w:headerReference':
          case 'w:footerReference':
            if (a['r:id']) context.references.push({ kind: name === 'w:headerReference' ? 'header' : 'footer', id: a['r:id'] });
            break;
        }
      },
      close(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        if (inPropertyChange > 0) {
          inPropertyChange--;
          if (inPropertyChange > 0) return;
        }
        switch (name) {
          case 'w:p': {
            const p = paragraphs.pop();
            if (p) finishParagraph(p);
            break;
          }
          case 'w:pPr':
            inPPr--;
            break;
          case 'w:rPr':
            inRPr--;
            break;
          case 'w:numPr':
            inNumPr--;
            break;
          case 'w:ins':
          case 'w:moveTo':
          case 'w:del':
          case 'w:moveFrom':
            if (inTrPr > 0 || (inRPr > 0 && inPPr > 0)) break;
            if (name === 'w:del' || name === 'w:moveFrom') deleted--;
            else inserted--;
            changeStack.pop();
            break;
          case 'w:t':
          case 'w:delText':
            inText = false;
            break;
          case 'w:instrText':
          case 'w:delInstrText':
            inInstr = false;
            break;
          case 'w:tbl':
            tables.pop();
            break;
          case 'w:tblGrid':
            inTblGrid--;
            break;
          case 'w:trPr':
            inTrPr--;
            break;
          case 'w:tr': {
            const t = table();
            if (!t) break;
            if (t.rowChange) {
              t.rowChange.block = t.rowStart < blocks.length ? t.rowStart : -1;
              trackedChanges.push(t.rowChange);
            }
            // One cell across the whole table: a row used as a title.
            if (t.cellsInRow === 1 && t.gridColumns > 1) {
              for (let i = t.rowStart; i < blocks.length; i++) if (blocks[i].table === t.index && blocks[i].row === t.row) blocks[i].fullWidthRow = true;
            }
            t.rowChange = null;
            break;
          }
          case 'w:tc': {
            const t = table();
            const cell = cells.pop();
            if (t && cell?.merge === 'restart' && cell.firstBlock >= 0) t.mergeOrigins.set(t.column, { first: cell.firstBlock, last: blocks.length - 1 });
            else if (t && !cell?.merge) t.mergeOrigins.delete(t.column);
            break;
          }
          case 'w:tcPr':
            inTcPr--;
            break;
          case 'w:txbxContent':
            textBoxes--;
            tables.pop();
            cells.pop();
            break;
          case 'w:sdt': {
            const control = controls.pop();
            // A date picker that shows no text of its own still holds its date.
            const p = current();
            if (control?.date && !control.placeholder && chars === control.charsAtOpen && p && p.sdtDepth <= controls.length) {
              const date = new Date(control.date);
              if (!Number.isNaN(date.getTime())) addText(formatDate(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())));
            }
            // A field control that holds all of its paragraph's text names the paragraph as a block control does
            // ("Review date" around the date); one among other words ("Review date: [date]") does not.
            if (control && control.paragraphOffset !== undefined && p && p.controlTitle === undefined && p.sdtDepth <= controls.length && p.text.slice(0, control.paragraphOffset).trim() === '') {
              p.inlineTitle = { title: control.title ?? '', end: p.text.length };
            }
            break;
          }
          case 'w:sdtPr':
            inSdtPr--;
            break;
        }
      },
      text(text) {
        if (inText && !inInstr && fieldCodes === 0) addText(text);
      },
    },
    what,
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
      block.table = p.table.index;
      block.row = p.row;
      block.column = p.column;
      const cell = p.cell;
      if (cell) {
        if (cell.span > 1) block.columnSpan = cell.span;
        if (cell.firstBlock < 0) {
          cell.firstBlock = index;
          // A cell merged down from the one above reads as that cell: it takes a copy of its text.
          const origin = cell.merge === 'continue' && p.column !== undefined ? p.table.mergeOrigins.get(p.column) : undefined;
          if (origin) {
            block.mergedFrom = origin.first;
            if (p.text.trim() === '') {
              const texts: string[] = [];
              for (let i = origin.first; i <= origin.last; i++) if (blocks[i].table === block.table && blocks[i].column === block.column && blocks[i].mergedFrom === undefined) texts.push(blocks[i].text);
              block.text = texts.join('\n');
            }
          }
        }
      }
    } else if (p.level !== undefined) {
      block.kind = 'heading';
      block.level = p.level;
    } else if (p.list) {
      block.kind = 'list-item';
    }
    if (p.numId !== undefined && p.numId !== '0') {
      const number = numbering.next(p.numId, p.numLevel ?? 0);
      if (number) {
        block.listLevel = number.level;
        if (number.label) block.listLabel = number.label;
      }
    }
    if (p.style) block.style = p.style;
    if (p.tag) block.tag = p.tag;
    if (p.controlTitle !== undefined) block.controlTitle = p.controlTitle;
    else if (p.inlineTitle && p.text.slice(p.inlineTitle.end).trim() === '') block.controlTitle = p.inlineTitle.title;
    if (p.origin) block.origin = p.origin;
    const bold = p.bold.trim();
    if (bold && p.text.trimStart().startsWith(bold)) block.boldPrefix = bold;
    if (p.original !== p.text && block.mergedFrom === undefined) block.originalText = p.original;
    // The whole paragraph is new: a reviewer sees it as one insertion.
    if (p.original === '' && p.text !== '' && (p.changes.some((c) => c.type === 'insertion') || p.table?.rowChange?.type === 'insertion')) block.revision = 'insertion';
    markPlaceholders(block, p.placeholders);
    blocks.push(block);
  }

  return { blocks, trackedChanges, dropped: new Set() };
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
