import type { Block, SectionId } from './model';
import { isSectionId } from './model';
import { classifyLabel, cleanLabel, NEUTRAL_HEADINGS, type SectionKey } from './section-labels';
import { commitmentLabel } from './section-cues';
import { spaceSeparatedWords } from './measure';
import { memoise } from './memo';
import { fold } from './text';
import { tableLayout, type TableLayout } from './table-layout';

/**
 * Where each block sits in the agreement. Built once per analysis from the block list; cheap,
 * because only label-like blocks are classified.
 */
export interface BlockRole {
  section: SectionKey | null;
  /** The block only names a section (a heading, a bare label line, a label cell). */
  labelOnly: boolean;
  /** Offset where the block's content starts: after "Review date:" in "Review date: 7 May 2027". */
  contentStart: number;
  /** The block is template guidance or an empty placeholder, not the worker's words. */
  placeholder: boolean;
}

export interface Structure {
  roles: BlockRole[];
  /** Sections for which a label (or content-control tag) was seen, with the label block index. */
  labelled: Map<SectionKey, number[]>;
}

/** Labels that name a party to the agreement in a "Label: name" line. */
const PARTY_LABEL = /^(?:family|family name|parents?|mother|father|mum|dad|carers?|step-?(?:mother|father|parent)|grand(?:mother|father|parents?)|social worker|sw|team manager|line manager|manager|family members?|other family members?|other adults?|partner|names?|parties|people involved|professionals?( involved)?|key worker|agency|agencies|local authority|health visitor|school|nursery|guardian)$/;
function cleanPartyLabel(label: string): string {
  return label.replace(/\(.*?\)/g, '').replace(/['’]s\b/g, '').trim();
}

/** "Label: value" (or "Label; value"): the label is group 1; the match runs to the value. */
const LABEL_SEPARATOR = /^\s*([^:;\n]{1,70}?)\s*[:;]\s*/;
const LIST_MARKER = /^\s*(?:[-*\u2022\u25AA\u25CF\u2013]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s+/;

/** Placeholder shapes: "1.", "____", "(This section should ...)", "[name]", "Date ..........". */
export function isPlaceholderText(text: string): boolean {
  // Most lines have a character outside any bracket that nothing below can strip: answer at once.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 60) {
      // "(...)", "[...]", "<...>" are stripped up to the first closing bracket; an unclosed one stays.
      const close = text.indexOf(c === 40 ? ')' : c === 91 ? ']' : '>', i + 1);
      if (close < 0) return false;
      i = close;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || !MAYBE_STRIPPED.test(text[i])) {
      return false;
    }
  }
  return isPlaceholderShape(text);
}
/** Characters the stripping below may remove (digits and ")" only in list numbers such as "2)"). */
const MAYBE_STRIPPED = /[\s._\u2026\-:;,*#\u2022\d)]/;

const isPlaceholderShape = memoise((text: string): boolean => {
  // Bracketed prompts, list numbers ("1.", "2)"), dotted lines and underscores; a bare number ("3") is a value.
  const stripped = text.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, '').replace(/\b\d{1,2}[.)]/g, '').replace(/[\s._\u2026\-:;,*#\u2022]/g, '');
  return stripped.length === 0;
});

function headingCandidate(block: Block, text: string): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/[.!]$/.test(trimmed) && !/\b(no|etc)\.$/i.test(trimmed)) return false;
  const words = spaceSeparatedWords(trimmed);
  // "A strategy discussion will be convened" is a sentence without its full stop, not a label;
  // "What Ms Smith will do" and "Professionals will:" are labels.
  if (/\b(?:will|must|shall|should|would|can)\s+(?!do\b)\w+\s+\w+/.test(trimmed) && !/^\s*(?:what|how|who|when|why|if)\b/i.test(trimmed)) return false;
  return words <= 12;
}

/**
 * Form-filler left in a field: "TBC", "N/A", "To be agreed", Word's "Click or tap here to enter
 * text.", or a label whose value is still a prompt ("… support to you: (insert detail)").
 */
const FORM_FILLER = /^(?:tbc|tba|n\/?a|none|nil|not applicable|to be (?:agreed|confirmed|decided|arranged|completed)|click or tap (?:here )?to enter (?:text|a date)|enter text here|insert (?:text|date|details?) here)[.!]?$/i;
export function isFormFiller(text: string): boolean {
  if (text.length <= 45 && FORM_FILLER.test(text)) return true;
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || colon >= text.length - 1) return false;
  const rest = text.slice(colon + 1).trim();
  return rest.length > 0 && rest.length <= 45 && (FORM_FILLER.test(rest) || (/^[([<]/.test(rest) && isPlaceholderText(rest)));
}

/** Content-control tag of the sign-off checklist the add-in inserts (src/word/review-adapter.ts). */
export const CHECKLIST_BLOCK_TAG = 'clear-agreements-checklist';
/** Content-control tag of the review meeting record the add-in inserts (src/word/review-meeting.ts). */
export const REVIEW_RECORD_BLOCK_TAG = 'clear-agreements-review-record';
/** The add-in's own tables are records about the agreement, not part of its text. */
const ADDIN_RECORD_TAGS: ReadonlySet<string> = new Set([CHECKLIST_BLOCK_TAG, REVIEW_RECORD_BLOCK_TAG]);

/** Where the section walk stands before a block: the open section and its heading level. */
export interface WalkState {
  current: SectionKey | null;
  level: number;
}

/** What one step of the walk may consult and record besides the state. */
export interface WalkContext {
  placeholderTexts: ReadonlySet<string>;
  /** A council policy's own headings (cleaned, folded) and the sections they name; checked first. */
  policyLabels?: ReadonlyMap<string, SectionKey>;
  /** Two-column label tables: the section named in column 0 of each row ("table:row"). */
  rowSection: Map<string, SectionKey | null>;
  /** A label for this section was seen before this block. */
  hasLabel(key: SectionKey): boolean;
  /** This block labels a section. */
  note(key: SectionKey): void;
  /** How the document's tables are read (columns, signature tables, title rows); absent when one block is re-walked. */
  tables?: TableLayout;
}

/** The structure plus the walk's state before every block (entry n is the state after the last). */
export interface StructureTrace extends Structure {
  stateBefore: WalkState[];
  /** Sections each block labelled, if any. */
  notes: Array<SectionKey[] | undefined>;
}

export function buildStructure(blocks: readonly Block[], placeholderTexts: ReadonlySet<string>, policyLabels?: ReadonlyMap<string, SectionKey>): StructureTrace {
  const roles: BlockRole[] = new Array(blocks.length);
  const labelled = new Map<SectionKey, number[]>();
  const stateBefore: WalkState[] = new Array(blocks.length + 1);
  const notes: Array<SectionKey[] | undefined> = new Array(blocks.length);
  let index = 0;
  const context: WalkContext = {
    placeholderTexts,
    policyLabels,
    rowSection: new Map(),
    tables: tableLayout(blocks),
    hasLabel: (key) => labelled.has(key),
    note: (key) => {
      const list = labelled.get(key);
      if (list) list.push(index);
      else labelled.set(key, [index]);
      const noted = notes[index];
      if (noted) noted.push(key);
      else notes[index] = [key];
    },
  };
  const state: WalkState = { current: null, level: 99 };
  for (; index < blocks.length; index++) {
    stateBefore[index] = { current: state.current, level: state.level };
    roles[index] = walkBlock(blocks[index], state, context);
  }
  stateBefore[blocks.length] = { current: state.current, level: state.level };
  return { roles, labelled, stateBefore, notes };
}

/** The section a council policy's own heading names, if the label is one of them. */
function policyLabel(folded: string, context: WalkContext): SectionKey | null {
  return (context.policyLabels?.size && context.policyLabels.get(cleanLabel(folded))) || null;
}

/** The section a folded label names: the policy's own headings first, then the general cues. */
function labelKey(folded: string, context: WalkContext): SectionKey | null {
  return policyLabel(folded, context) ?? classifyLabel(folded);
}

/**
 * One step of the section walk: the block's role, updating the open section in `state`.
 * A block depends on the blocks before it only through `state` and `context`, which is what lets
 * the analyser re-walk one edited block and see whether anything after it could have changed.
 */
export function walkBlock(block: Block, state: WalkState, context: WalkContext): BlockRole {
  const text = block.revision === 'deletion' ? '' : block.text;
  const trimmed = text.trim();
  // The add-in's own sign-off checklist table is not part of the agreement's text.
  const placeholder =
    trimmed.length === 0 || context.placeholderTexts.has(trimmed) || isPlaceholderText(trimmed) || block.placeholder === true || isFormFiller(trimmed) || (block.tag !== undefined && ADDIN_RECORD_TAGS.has(block.tag));
  const role: BlockRole = { section: state.current, labelOnly: false, contentStart: 0, placeholder };
  if (block.tag !== undefined && ADDIN_RECORD_TAGS.has(block.tag)) {
    role.section = null;
    return role;
  }

  const tagged = taggedRole(block, text, trimmed, role, state, context);
  if (tagged) return tagged;
  if (trimmed.length === 0) return role;
  // Page headers and footers, footnotes and endnotes repeat on every page or sit apart from the
  // body: they carry the number, the child's name and the date, but open no part of the agreement.
  if (block.origin === 'header' || block.origin === 'footer' || block.origin === 'footnote' || block.origin === 'endnote') {
    // Read as a line of its own ("Child: Harvey Dunn" is still a label), leaving the walk as it was.
    const aside = walkBlock({ ...block, origin: undefined, kind: 'paragraph' }, { current: null, level: 99 }, context);
    return aside.labelOnly ? { ...aside, section: null, labelOnly: false } : aside;
  }
  const folded = fold(trimmed);

  return (
    tableCellRole(block, text, trimmed, folded, role, state, context) ??
    headingRole(block, text, trimmed, folded, role, state, context) ??
    boldLabelRole(block, text, role, state, context) ??
    labelLineRole(block, text, trimmed, role, state, context) ??
    role
  );
}

/** Step 1: the add-in's own template, whose content-control tag says which section a block is. */
function taggedRole(block: Block, text: string, trimmed: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // 1. Our own template: the content-control tag says which section this is.
  if (block.tag && isSectionId(block.tag)) {
    role.section = block.tag;
    if (block.kind === 'heading' || (block.style && /heading|title/i.test(block.style))) {
      role.labelOnly = true;
      context.note(block.tag);
    } else {
      // A field label with nothing after it yet ("Review date:") is not content.
      const colon = LABEL_SEPARATOR.exec(trimmed);
      if (colon && colon[0].length >= trimmed.length) role.labelOnly = true;
      else if (colon) role.contentStart = labelContentStart(text);
      if (!context.hasLabel(block.tag)) context.note(block.tag);
    }
    state.current = block.tag;
    state.level = block.level ?? 99;
    return role;
  }
  return null;
}

/** Step 2: table cells (signature tables, tables read by columns, label cells labelling their row). */
function tableCellRole(block: Block, text: string, trimmed: string, folded: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // 2. Table cells: a first-column cell naming a section labels its row.
  if (block.kind !== 'table-cell') return null;
  {
    const table = block.table ?? 0;
    const column = block.column ?? 0;
    const rowKey = `${table}:${block.row ?? 0}`;
    const layout = context.tables;
    // A table whose header names a signature is the signature list, whatever its rows say.
    if (layout?.signatureTables.has(table)) {
      role.section = 'signatures';
      if (!context.hasLabel('signatures')) context.note('signatures');
      return role;
    }
    // A table read by its columns: the header cells label them, every cell below takes its column's part.
    const columns = layout?.columns.get(table);
    if (columns && column < columns.sections.length) {
      const key = columns.sections[column];
      role.section = key;
      if ((block.row ?? 0) === columns.headerRow) {
        role.labelOnly = true;
        if (key) context.note(key);
      }
      return role;
    }
    const cellsInRow = layout?.rowCells.get(rowKey) ?? 2;
    if (column === 0 && state.current !== 'signatures' && state.current !== 'team-manager-signature') {
      const key = folded.length <= 90 ? (policyLabel(folded, context) ?? (layout?.rowHeaderTables.has(table) ? classifyLabel(folded) : labelCellSection(folded))) : null;
      if (key) {
        context.rowSection.set(rowKey, key);
        role.section = key;
        role.labelOnly = !LABEL_SEPARATOR.test(trimmed) || isLabelOnlyWithColon(trimmed);
        if (!role.labelOnly) role.contentStart = labelContentStart(text);
        context.note(key);
        // A row of one cell across the table ("What are we worried about?") is a section title:
        // the rows under it belong to that part until the next title.
        if ((cellsInRow === 1 || block.fullWidthRow === true) && role.labelOnly) {
          state.current = key;
          state.level = 99;
        }
        return role;
      }
      context.rowSection.set(rowKey, null);
    } else if (context.rowSection.get(rowKey)) {
      // Label and value side by side, more than once in a row: "Date: | 1 December | Number: | 3".
      const key = column % 2 === 0 && folded.length <= 60 && isLabelOnlyWithColonOrShort(trimmed) ? labelCellSection(folded) : null;
      if (key) {
        context.rowSection.set(rowKey, key);
        role.section = key;
        role.labelOnly = true;
        context.note(key);
        return role;
      }
      role.section = context.rowSection.get(rowKey) ?? null;
      return role;
    }
    // Cells of a table inside a section (an action table) keep the section around them,
    // unless the cell itself is "Label: value".
  }
  return null;
}

/** Step 3: headings and short label lines. */
function headingRole(block: Block, text: string, trimmed: string, folded: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // 3. Headings and short label lines. The document's title ("Ella's safety plan", "Written
  // Agreement 2") names the whole document, not one of its parts.
  if (block.kind === 'heading' && block.style !== undefined && /^title$/i.test(block.style)) {
    role.section = null;
    role.labelOnly = true;
    state.current = null;
    state.level = 99;
    return role;
  }
  if (headingCandidate(block, trimmed)) {
    const key = labelKey(folded, context);
    if (key) {
      role.section = key;
      role.labelOnly = true;
      // "Written agreement number 1" or "Review date: 7 May 2027" carry content after the label.
      const colon = LABEL_SEPARATOR.exec(trimmed);
      let inline = false;
      if (colon && colon[0].length < trimmed.length) {
        role.labelOnly = false;
        role.contentStart = labelContentStart(text);
        inline = true;
      } else if (key === 'agreement-number' || key === 'date') {
        role.labelOnly = false;
        inline = true;
      }
      context.note(key);
      // A field with its value on the same line ("Review date: 7 May 2027") does not open a section.
      if (!inline || block.kind === 'heading') {
        state.current = key;
        state.level = block.kind === 'heading' ? (block.level ?? 1) : 99;
      }
      return role;
    }
    if (block.kind === 'heading' && !NEUTRAL_HEADINGS.test(folded.replace(/[:.]$/, ''))) {
      const level = block.level ?? 1;
      if (level <= state.level) {
        state.current = null;
        state.level = 99;
        role.section = null;
      }
      role.labelOnly = true;
      return role;
    }
    if (block.kind === 'heading') {
      role.labelOnly = true;
      return role;
    }
  }
  return null;
}

/** Step 4: a bold label the paragraph starts with. */
function boldLabelRole(block: Block, text: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // 4. Bold labels: "**Contingency:** If things go wrong we will..." or a bold line on its own.
  // Only a bold run the paragraph really starts with counts (readers may pass odd data).
  if (block.boldPrefix && block.boldPrefix.trim().length > 0 && block.boldPrefix.length <= 100 && text.trimStart().startsWith(block.boldPrefix)) {
    const boldLabel = cleanLabel(fold(block.boldPrefix));
    const after = fold(text.slice(text.indexOf(block.boldPrefix) + block.boldPrefix.length));
    const named = labelKey(fold(block.boldPrefix), context);
    // A bold label that names people and is followed by their commitment: those people's tasks.
    const key = named === null || named === 'participants' ? (commitmentLabel(boldLabel, after) ?? named) : named;
    if (key) {
      role.section = key;
      const rest = text.slice(text.indexOf(block.boldPrefix) + block.boldPrefix.length);
      role.labelOnly = rest.trim().length === 0 || /^[\s:;.]*$/.test(rest);
      role.contentStart = role.labelOnly ? 0 : text.length - rest.length + (rest.length - rest.replace(/^[\s:;]+/, '').length);
      context.note(key);
      state.current = key;
      state.level = 99;
      return role;
    }
  }
  return null;
}

/** Step 5: a "Label: value" line. */
function labelLineRole(block: Block, text: string, trimmed: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // 5. "Label: value" on one line ("Review date: 14 January 2027", "Date; Today").
  const colon = LABEL_SEPARATOR.exec(trimmed.replace(LIST_MARKER, ''));
  if (colon && colon[1].split(/\s+/).length <= 7) {
    const labelText = fold(colon[1]);
    // "Mother: Kerry Walsh", "Social worker: J. Smith" name a party; "Mum: will take Jo..." is a task.
    const value = trimmed.slice(trimmed.indexOf(colon[0]) + colon[0].length);
    const key = labelKey(labelText, context) ?? (PARTY_LABEL.test(cleanPartyLabel(labelText)) && !/^\s*(?:will|to|must|should|agrees?)\b/i.test(value) ? 'participants' : null);
    if (key && key !== 'tasks') {
      role.section = key;
      role.contentStart = labelContentStart(text);
      role.labelOnly = text.slice(role.contentStart).trim().length === 0;
      context.note(key);
      // A label line inside another section ("Review date: ..." under "How long") does not end that section
      // for the lines after it unless it is a section that normally runs on.
      if (block.kind === 'paragraph' && role.labelOnly) {
        state.current = key;
        state.level = 99;
      }
      return role;
    }
  }
  return null;
}

/** The part a label cell names; a cell naming a party ("Parent / carer", "Social worker") is the participants. */
function labelCellSection(folded: string): SectionKey | null {
  const key = classifyLabel(folded);
  if (key) return key;
  const label = cleanPartyLabel(folded.replace(/[:.]\s*$/, '').replace(/\s*\/\s*/g, ' or ').trim());
  return label.split(' or ').every((part) => PARTY_LABEL.test(part.trim())) ? 'participants' : null;
}

/** A label cell: "Written agreement number:", or a few words with no sentence in them. */
function isLabelOnlyWithColonOrShort(text: string): boolean {
  return isLabelOnlyWithColon(text) || (spaceSeparatedWords(text) <= 5 && !/[.!?]$/.test(text));
}

function isLabelOnlyWithColon(text: string): boolean {
  const m = LABEL_SEPARATOR.exec(text);
  return !!m && m[0].length >= text.length;
}

function labelContentStart(text: string): number {
  const lead = text.length - text.replace(LIST_MARKER, '').length;
  const m = LABEL_SEPARATOR.exec(text.slice(lead));
  return m ? lead + m[0].length : 0;
}

export type { SectionId };
