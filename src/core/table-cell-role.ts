import type { Block } from './model';
import type { BlockRole, WalkContext, WalkState } from './block-role';
import { personColumnSection, personRowSection } from './section-cues';
import { classifyLabel, type SectionKey } from './section-labels';
import { PROGRESS_KNOWN } from './section-cue-words';
import { spaceSeparatedWords } from './measure';
import { documentNumberRow, isLabelOnlyWithColon, isLabelOnlyWithColonOrShort, LABEL_SEPARATOR, labelCellSection, labelContentStart, policyLabel } from './label-reading';

const COMMITMENTS = new Set<SectionKey | null>(['family-commitments', 'professional-commitments', 'tasks']);

// Step 2 of the section walk: table cells. A signature table is the signatures; a table read by
// its columns gives each cell its column's part; otherwise a first-column cell naming a section
// labels its row, and the other cells of that row belong to it.

/** A table cell's role, or null when the cell is not a table cell or leaves the decision to the later steps. */
export function tableCellRole(block: Block, text: string, trimmed: string, folded: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  if (block.kind !== 'table-cell') return null;
  const table = block.table ?? 0;
  const column = block.column ?? 0;
  const rowKey = `${table}:${block.row ?? 0}`;
  const layout = context.tables;
  // People's tasks signed row by row: the table holds the signatures as well as the tasks.
  if (layout?.signedRowTables.has(table) && !context.hasLabel('signatures')) context.note('signatures');
  // A table whose header names a signature is the signature list, whatever its rows say.
  if (layout?.signatureTables.has(table)) {
    role.section = 'signatures';
    if (!context.hasLabel('signatures')) context.note('signatures');
    return role;
  }
  // "Natalie Shore | Date:" rows: a signature box, though nothing says "signature".
  if (layout?.signatureRows.has(rowKey)) {
    role.section = 'signatures';
    if (!context.hasLabel('signatures')) context.note('signatures');
    return role;
  }
  // An action table ("Outcome | Action | Lead | Timescale") outside the commitments: its rows are tasks wherever it sits.
  if (layout?.actionTables.has(table) && !layout.columns.has(table) && !COMMITMENTS.has(state.current) && state.current !== 'contingency') {
    // (A goal said in a few words is a topic, "Health", "Basic care"; a sentence says what should be different.)
    role.section = layout.goalColumns.get(table) === column && trimmed.split(/\s+/).length >= 4 ? 'purpose' : 'tasks';
    role.labelOnly = (block.row ?? 0) === 0;
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
  if (layout?.rowInfoHeaders.has(`${rowKey}:${column}`)) {
    role.labelOnly = true;
    return role;
  }
  // "Offer support to the family | School | Ongoing": under an actions header the first cell is the row's action, not a
  // label (a row of one cell across the table still names whose tasks follow).
  const actionsHeaderRow = layout?.actionFirstColumn.get(table);
  if (column === 0 && actionsHeaderRow !== undefined && (block.row ?? 0) > actionsHeaderRow && block.fullWidthRow !== true && (layout?.rowCells.get(rowKey) ?? 1) > 1) {
    context.rowSection.set(rowKey, null);
    return null;
  }
  if (column === 0 && state.current !== 'signatures' && state.current !== 'team-manager-signature') return firstColumnCellRole(block, text, trimmed, folded, rowKey, role, state, context);
  if (context.rowSection.get(rowKey)) return labelledRowCellRole(block, trimmed, folded, rowKey, role, context);
  // "How we'll know" over a column beside the tasks is each row's measure, not the review: the part around it goes on.
  if (column > 0 && PROGRESS_KNOWN.test(folded)) {
    role.labelOnly = true;
    return role;
  }
  // Cells of a table inside a section (an action table) keep the section around them,
  // unless the cell itself is "Label: value".
  return null;
}

/**
 * An empty first cell under a person's row ("Marcus | Go to school …" then " | Think about …"): the row
 * continues that person's tasks, as a merged name cell would.
 */
export function continuedRowRole(block: Block, role: BlockRole, context: WalkContext): BlockRole | null {
  if (block.kind !== 'table-cell' || (block.column ?? 0) !== 0 || (block.row ?? 0) === 0) return null;
  const table = block.table ?? 0;
  const above = context.rowSection.get(`${table}:${(block.row ?? 0) - 1}`);
  if (above !== 'family-commitments' && above !== 'professional-commitments') return null;
  context.rowSection.set(`${table}:${block.row ?? 0}`, above);
  role.section = above;
  role.labelOnly = true;
  return role;
}

/**
 * A first cell that commits someone to an action ("Aisha will support the family", "Dan to ring the school"): a subject, a
 * modal and a verb with words after it, not a label asking what ("What Mum will do", "Dad will:", "Things we will do").
 */
const COMMITMENT_CELL = /^(?!\W*(?:what|who|how|when|where|why|which|things|actions?|tasks?|steps?|jobs?)\b)[a-z][a-z'\u2019 -]{0,40}? (?:will|must|shall|is to|are to|agrees? to|to) (?!do\b|need\b|help\s*$)[a-z]+ [a-z][^:?]*$/;

/** A first-column cell: when it names a section it labels its row (and a full-width title row opens the section). */
function firstColumnCellRole(block: Block, text: string, trimmed: string, folded: string, rowKey: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  const table = block.table ?? 0;
  const layout = context.tables;
  // ("Aisha will support the family | | " among a person's rows is one of their tasks, not a label naming the family's.)
  const commitment = COMMITMENTS.has(state.current) && COMMITMENT_CELL.test(folded);
  const named = folded.length <= 90 && !commitment && !sentenceBox(block, rowKey, trimmed, context) ? (policyLabel(folded, context) ?? (layout?.rowHeaderTables.has(table) ? classifyLabel(folded) : labelCellSection(folded))) : null;
  // "Leah | Leah will …", "Professionals | Erin Cole will …": a person's (or a party's) commitments.
  const value = (named === null || named === 'participants') && !layout?.rowHeaderTables.has(table) ? layout?.rowValue.get(rowKey) : undefined;
  // A title across the top of the table ("Family safety plan 2", "Safety agreement") names the document, not a part.
  // "Person | What they will do": each row below the header is the tasks of the person it names, whatever its verbs look like.
  const personRow = layout?.personRowTables.has(table) && block.row !== undefined && block.row > 0 ? personColumnSection(trimmed, folded) : null;
  const key = personRow ?? documentNumberRow(folded, layout?.rowValue.get(rowKey)) ?? (value !== undefined ? personRowSection(trimmed, folded, value) : null) ?? (isDocumentTitleRow(block, rowKey, folded, context) ? null : named) ?? personTitleRow(block, rowKey, trimmed, folded, context);
  if (!key) {
    // "6. Dates", "Section C: Day-to-day care": a numbered title across a form names a part of its own, and ends the one above.
    if (numberedTitleRow(block, rowKey, trimmed, context)) {
      context.rowSection.set(rowKey, null);
      state.current = null;
      state.level = 99;
      role.section = null;
      role.labelOnly = true;
      return role;
    }
    // "Seeing Mum | Every other Saturday …": a topic, and what was agreed on it beside it.
    const agreedHeaderRow = layout?.agreedRowTables.get(table);
    const agreed = agreedHeaderRow !== undefined && (block.row ?? 0) > agreedHeaderRow && (layout?.rowCells.get(rowKey) ?? 1) > 1;
    context.rowSection.set(rowKey, agreed ? 'tasks' : null);
    if (!agreed) return null;
    role.section = 'tasks';
    role.labelOnly = true;
    return role;
  }
  context.rowSection.set(rowKey, key);
  role.section = key;
  // ("Section B: Why we have this agreement" is a numbered title, not a label and its value.)
  role.labelOnly = !LABEL_SEPARATOR.test(trimmed) || isLabelOnlyWithColon(trimmed) || SECTION_NUMBER.test(trimmed);
  if (!role.labelOnly) role.contentStart = labelContentStart(text);
  context.note(key);
  // A row of one cell across the table ("What are we worried about?") is a section title:
  // the rows under it belong to that part until the next title.
  const cellsInRow = layout?.rowCells.get(rowKey) ?? 2;
  if ((cellsInRow === 1 || block.fullWidthRow === true) && role.labelOnly) {
    state.current = key;
    state.level = 99;
  }
  return role;
}

/** A later cell of a row whose first cell named a section: that section, or a label of its own. */
function labelledRowCellRole(block: Block, trimmed: string, folded: string, rowKey: string, role: BlockRole, context: WalkContext): BlockRole {
  // Label and value side by side, more than once in a row: "Date: | 1 December | Number: | 3".
  const column = block.column ?? 0;
  const key: SectionKey | null = column % 2 === 0 && folded.length <= 60 && isLabelOnlyWithColonOrShort(trimmed) ? labelCellSection(folded) : null;
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

/**
 * A row of one cell across an action table naming a person or a service ("Nathan", "Linthorpe
 * Children's Services") stands over the rows of their tasks below it, as a merged "who" row does.
 */
function personTitleRow(block: Block, rowKey: string, trimmed: string, folded: string, context: WalkContext): SectionKey | null {
  if ((block.row ?? 0) === 0 || !(block.fullWidthRow === true || context.tables?.rowCells.get(rowKey) === 1)) return null;
  return personColumnSection(trimmed, folded);
}

/** A form's numbering of its parts: "6. Dates", "Section C:", "Part 2 –", "B)". */
const SECTION_NUMBER = /^\s*(?:(?:section|part|step)\s+(?:\d{1,2}|[a-z]|[ivx]+)\s*[.):\u2013\u2014-]?|(?:\d{1,2}|[a-z]|[ivx]+)[.):])\s+\S/i;
/** A title, not a sentence: a few words with no full stop at the end. */
const SHORT_TITLE = /^(?!(?:\S+\s+){9})[^.!?]*[?]?\s*$/;

/** A row of one cell across the table holding a sentence ("So Zoe gets to school every day."): a part's content, never its title. */
function sentenceBox(block: Block, rowKey: string, trimmed: string, context: WalkContext): boolean {
  if (!(block.fullWidthRow === true || context.tables?.rowCells.get(rowKey) === 1) || !/[.!]\s*$/.test(trimmed)) return false;
  return spaceSeparatedWords(trimmed) >= 6;
}

/** A row of one cell across the table holding a numbered title ("6. Dates", "Section G: Copies and signatures"). */
function numberedTitleRow(block: Block, rowKey: string, trimmed: string, context: WalkContext): boolean {
  if (!(block.fullWidthRow === true || context.tables?.rowCells.get(rowKey) === 1)) return false;
  const numbering = SECTION_NUMBER.exec(trimmed);
  return numbering !== null && SHORT_TITLE.test(trimmed.slice(numbering[0].length - 1));
}

const DOCUMENT_NAME = /\b(?:agreement|plan|contract|letter|schedule)\b/;

function isDocumentTitleRow(block: Block, rowKey: string, folded: string, context: WalkContext): boolean {
  if ((block.row ?? 0) !== 0 || !DOCUMENT_NAME.test(folded)) return false;
  return block.fullWidthRow === true || (context.tables?.rowCells.get(rowKey) ?? 2) === 1;
}
