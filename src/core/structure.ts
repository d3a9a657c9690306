import type { Block, SectionId } from './model';
import { isSectionId } from './model';
import { classifyLabel, NEUTRAL_HEADINGS, type SectionKey } from './section-labels';
import { spaceSeparatedWords } from './measure';
import { memoise } from './memo';
import { fold } from './text';

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

/** Content-control tag of the sign-off checklist the add-in inserts (src/word/review-adapter.ts). */
export const CHECKLIST_BLOCK_TAG = 'clear-agreements-checklist';

/** Where the section walk stands before a block: the open section and its heading level. */
export interface WalkState {
  current: SectionKey | null;
  level: number;
}

/** What one step of the walk may consult and record besides the state. */
export interface WalkContext {
  placeholderTexts: ReadonlySet<string>;
  /** Two-column label tables: the section named in column 0 of each row ("table:row"). */
  rowSection: Map<string, SectionKey | null>;
  /** A label for this section was seen before this block. */
  hasLabel(key: SectionKey): boolean;
  /** This block labels a section. */
  note(key: SectionKey): void;
}

/** The structure plus the walk's state before every block (entry n is the state after the last). */
export interface StructureTrace extends Structure {
  stateBefore: WalkState[];
  /** Sections each block labelled, if any. */
  notes: Array<SectionKey[] | undefined>;
}

export function buildStructure(blocks: readonly Block[], placeholderTexts: ReadonlySet<string>): StructureTrace {
  const roles: BlockRole[] = new Array(blocks.length);
  const labelled = new Map<SectionKey, number[]>();
  const stateBefore: WalkState[] = new Array(blocks.length + 1);
  const notes: Array<SectionKey[] | undefined> = new Array(blocks.length);
  let index = 0;
  const context: WalkContext = {
    placeholderTexts,
    rowSection: new Map(),
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

/**
 * One step of the section walk: the block's role, updating the open section in `state`.
 * A block depends on the blocks before it only through `state` and `context`, which is what lets
 * the engine re-walk one edited block and see whether anything after it could have changed.
 */
export function walkBlock(block: Block, state: WalkState, context: WalkContext): BlockRole {
  const text = block.revision === 'deletion' ? '' : block.text;
  const trimmed = text.trim();
  // The add-in's own sign-off checklist table is not part of the agreement's text.
  const placeholder =
    trimmed.length === 0 || context.placeholderTexts.has(trimmed) || isPlaceholderText(trimmed) || block.tag === CHECKLIST_BLOCK_TAG;
  const role: BlockRole = { section: state.current, labelOnly: false, contentStart: 0, placeholder };
  if (block.tag === CHECKLIST_BLOCK_TAG) {
    role.section = null;
    return role;
  }

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

  if (trimmed.length === 0) return role;
  const folded = fold(trimmed);

  // 2. Table cells: a first-column cell naming a section labels its row.
  if (block.kind === 'table-cell') {
    const rowKey = `${block.table ?? 0}:${block.row ?? 0}`;
    if ((block.column ?? 0) === 0 && state.current !== 'signatures' && state.current !== 'team-manager-signature') {
      const key = folded.length <= 90 ? classifyLabel(folded) : null;
      if (key) {
        context.rowSection.set(rowKey, key);
        role.section = key;
        role.labelOnly = !LABEL_SEPARATOR.test(trimmed) || isLabelOnlyWithColon(trimmed);
        if (!role.labelOnly) role.contentStart = labelContentStart(text);
        context.note(key);
        return role;
      }
      context.rowSection.set(rowKey, null);
    } else if (context.rowSection.get(rowKey)) {
      role.section = context.rowSection.get(rowKey) ?? null;
      return role;
    }
    // Cells of a table inside a section (an action table) keep the section around them,
    // unless the cell itself is "Label: value".
  }

  // 3. Headings and short label lines.
  if (headingCandidate(block, trimmed)) {
    const key = classifyLabel(folded);
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

  // 4. Bold labels: "**Contingency:** If things go wrong we will..." or a bold line on its own.
  // Only a bold run the paragraph really starts with counts (readers may pass odd data).
  if (block.boldPrefix && block.boldPrefix.trim().length > 0 && block.boldPrefix.length <= 100 && text.trimStart().startsWith(block.boldPrefix)) {
    const key = classifyLabel(fold(block.boldPrefix));
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

  // 5. "Label: value" on one line ("Review date: 14 January 2027", "Date; Today").
  const colon = LABEL_SEPARATOR.exec(trimmed.replace(LIST_MARKER, ''));
  if (colon && colon[1].split(/\s+/).length <= 7) {
    const labelText = fold(colon[1]);
    // "Mother: Kerry Walsh", "Social worker: J. Smith" name a party; "Mum: will take Jo..." is a task.
    const value = trimmed.slice(trimmed.indexOf(colon[0]) + colon[0].length);
    const key = classifyLabel(labelText) ?? (PARTY_LABEL.test(cleanPartyLabel(labelText)) && !/^\s*(?:will|to|must|should|agrees?)\b/i.test(value) ? 'participants' : null);
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
  return role;
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
