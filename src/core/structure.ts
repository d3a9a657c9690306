import type { Block, SectionId } from './model';
import { controlSection } from './control-section';
import type { SectionKey } from './section-labels';
import { fold } from './text';
import { tableLayout } from './table-layout';
import { LIST_LEAD_IN } from './heading-role';
import { markCommitmentRuns } from './commitment-runs';
import { settleGoalOrTasks } from './goal-or-tasks';
import type { BlockRole, StructureTrace, WalkContext, WalkState } from './block-role';
import { isFormFiller, isPlaceholderText } from './form-filler';
import { LABEL_SEPARATOR, labelContentStart } from './label-reading';
import { continuedRowRole, tableCellRole } from './table-cell-role';
import { headingRole } from './heading-role';
import { boldLabelRole, labelLineRole } from './inline-label-role';

// The section walk: one pass over the blocks giving each its role. The steps live in their own
// modules (table cells, headings, inline labels); this one runs them in order and keeps the state.

export type { BlockRole, Structure, StructureTrace, WalkContext, WalkState } from './block-role';

/** Content-control tag of the sign-off checklist the add-in inserts (src/word/review-adapter.ts). */
export const CHECKLIST_BLOCK_TAG = 'clear-agreements-checklist';
/** Content-control tag of the review meeting record the add-in inserts (src/word/review-meeting.ts). */
export const REVIEW_RECORD_BLOCK_TAG = 'clear-agreements-review-record';
/** The add-in's own tables are records about the agreement, not part of its text. */
const ADDIN_RECORD_TAGS: ReadonlySet<string> = new Set([CHECKLIST_BLOCK_TAG, REVIEW_RECORD_BLOCK_TAG]);

/** The walk over every block; `folded` (each block's text folded, if the caller has it) saves folding again. */
export function buildStructure(blocks: readonly Block[], placeholderTexts: ReadonlySet<string>, policyLabels?: ReadonlyMap<string, SectionKey>, folded?: readonly string[]): StructureTrace {
  const roles: BlockRole[] = new Array(blocks.length);
  const labelled = new Map<SectionKey, number[]>();
  const stateBefore: WalkState[] = new Array(blocks.length + 1);
  const notes: Array<SectionKey[] | undefined> = new Array(blocks.length);
  let index = 0;
  const tables = tableLayout(blocks);
  const context: WalkContext = {
    placeholderTexts,
    policyLabels,
    rowSection: new Map(),
    tables,
    listTitles: listTitles(blocks),
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
    roles[index] = walkBlock(blocks[index], state, context, folded?.[index]);
  }
  stateBefore[blocks.length] = { current: state.current, level: state.level };
  const decidedByContent = markCommitmentRuns(blocks, roles);
  for (const k of settleGoalOrTasks(blocks, roles, labelled, folded)) decidedByContent.add(k);
  return { roles, labelled, stateBefore, notes, tables, decidedByContent };
}

/**
 * A list item standing alone between paragraphs, short and with no full stop ("3. Why Jo has a plan"
 * between two paragraphs): a document that numbers its titles as a list. Items of a real list stand
 * beside other items.
 */
function listTitles(blocks: readonly Block[]): Set<Block> {
  const titles = new Set<Block>();
  const body = blocks.filter((block) => block.origin === undefined && NOT_BLANK.test(block.text));
  for (let k = 1; k + 1 < body.length; k++) {
    const block = body[k];
    if (block.kind !== 'list-item' || !LIST_TITLE.test(block.text.trim()) || body[k - 1].kind === 'list-item' || body[k + 1].kind !== 'paragraph') continue;
    titles.add(block);
  }
  return titles;
}
const NOT_BLANK = /\S/;
/** A title's shape: at most twelve words, not ending as a sentence does. */
const LIST_TITLE = /^(?!(?:\S+\s+){12})[^\n]{2,90}(?<![.!;,])$/;

/**
 * One step of the section walk: the block's role, updating the open section in `state`.
 * A block depends on the blocks before it only through `state` and `context`, which is what lets
 * the analyser re-walk one edited block and see whether anything after it could have changed.
 */
export function walkBlock(block: Block, state: WalkState, context: WalkContext, foldedText?: string): BlockRole {
  const text = block.revision === 'deletion' ? '' : block.text;
  const trimmed = text.trim();
  // The add-in's own sign-off checklist table is not part of the agreement's text.
  const placeholder =
    trimmed.length === 0 || context.placeholderTexts.has(trimmed) || isPlaceholderText(trimmed) || block.placeholder === true || isFormFiller(trimmed) || (block.tag !== undefined && ADDIN_RECORD_TAGS.has(block.tag));
  // A list lead-in ("3. Chantelle will:") holds only the items nested under it: the next item at its
  // level, or a paragraph, ends it.
  if (state.level >= LIST_LEAD_IN && block.origin === undefined && trimmed.length > 0 && (block.kind === 'paragraph' || (block.kind === 'list-item' && (block.listLevel ?? 0) <= state.level - LIST_LEAD_IN))) {
    state.current = null;
    state.level = 99;
  }
  const role: BlockRole = { section: state.current, labelOnly: false, contentStart: 0, placeholder };
  if (block.tag !== undefined && ADDIN_RECORD_TAGS.has(block.tag)) {
    role.section = null;
    return role;
  }

  const tagged = taggedRole(block, text, trimmed, role, state, context);
  if (tagged) return tagged;
  if (trimmed.length === 0) return continuedRowRole(block, role, context) ?? role;
  // Page headers and footers, footnotes and endnotes repeat on every page or sit apart from the
  // body: they carry the number, the child's name and the date, but open no part of the agreement.
  if (block.origin === 'header' || block.origin === 'footer' || block.origin === 'footnote' || block.origin === 'endnote') {
    // Read as a line of its own ("Child: Harvey Dunn" is still a label), leaving the walk as it was.
    const aside = walkBlock({ ...block, origin: undefined, kind: 'paragraph' }, { current: null, level: 99 }, context, foldedText);
    return aside.labelOnly ? { ...aside, section: null, labelOnly: false } : aside;
  }
  const folded = foldedText === undefined ? fold(trimmed) : trimmedFold(foldedText, text, trimmed);

  return (
    tableCellRole(block, text, trimmed, folded, role, state, context) ??
    headingRole(block, text, trimmed, folded, role, state, context) ??
    boldLabelRole(block, text, role, state, context) ??
    labelLineRole(block, text, trimmed, role, state, context) ??
    role
  );
}

/**
 * fold(trimmed), read from the whole text's fold: folding keeps every offset and maps white space
 * only to white space, so trimming before or after folding gives the same string.
 */
function trimmedFold(foldedText: string, text: string, trimmed: string): string {
  if (trimmed.length === text.length) return foldedText;
  const lead = text.length - text.trimStart().length;
  return foldedText.slice(lead, lead + trimmed.length);
}

/**
 * Step 1: a content control naming its section: the add-in's own template tags each with a section id;
 * a council's form names the field by its title or tag ("Review date", "ReviewDate").
 */
function taggedRole(block: Block, text: string, trimmed: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  const section = controlSection(block, context);
  if (!section) return null;
  role.section = section;
  if (block.kind === 'heading' || (block.style && /heading|title/i.test(block.style))) {
    role.labelOnly = true;
    context.note(section);
  } else {
    // A field label with nothing after it yet ("Review date:") is not content.
    const colon = LABEL_SEPARATOR.exec(trimmed);
    if (colon && colon[0].length >= trimmed.length) role.labelOnly = true;
    else if (colon) role.contentStart = labelContentStart(text);
    if (!context.hasLabel(section)) context.note(section);
  }
  state.current = section;
  state.level = block.level ?? 99;
  return role;
}

export type { SectionId };
