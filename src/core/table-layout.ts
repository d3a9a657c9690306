import { fold } from './text';
import type { Block } from './model';
import { classifyLabel, type SectionKey } from './section-labels';
import { PROGRESS_KNOWN } from './section-cue-words';
import { personColumnSection } from './section-cues';
import { hasSpaceSeparatedWords } from './measure';
import { isNameLike, SIGN_TAIL, SIGNED_VALUE } from './signing-cells';

// Tables read by their columns and rows, the way a person reads a council form: a header row
// whose cells name different parts ("What are we worried about? | What's working well? | What
// needs to happen?") gives each column its part; a header naming a signature makes the whole
// table the signatures; a row of one cell spanning the table is a section title.

export interface TableLayout {
  /** For tables read by columns: the header row and the section each column holds (null: none). */
  columns: Map<number, { headerRow: number; sections: Array<SectionKey | null> }>;
  /** Tables whose header names a signature. */
  signatureTables: Set<number>;
  /** Tables of people's tasks with a column to sign each row ("Name | What they will do | Phone | Signed"): they carry the signatures too. */
  signedRowTables: Set<number>;
  /** How many cells each row has ("table:row"). */
  rowCells: Map<string, number>;
  /** Tables whose first row says how to read a row ("Who | What | By when"): their first column names people, not parts. */
  rowHeaderTables: Set<number>;
  /** The first paragraph of each row's second cell, folded ("table:row"): what a label cell in column 0 labels. */
  rowValue: Map<string, string>;
  /** Tables whose header is "Person | What they will do": each row below is the tasks of the person its first cell names. */
  personRowTables: Set<number>;
  /** Action tables by their header ("Outcome | Action | Lead | Timescale", "Job | Who"): every row below is a task, wherever the table sits. */
  actionTables: Set<number>;
  /** Rows of a signature box: a person in the first cell, only "Date:" or a blank beside it ("table:row"). */
  signatureRows: Set<string>;
  /**
   * Header cells of an action table that say how to read a row ("Lead", "Timescale", "RAG" beside
   * "Action"): labels of the columns, opening no part of the agreement ("table:row:column").
   */
  rowInfoHeaders: Set<string>;
  /** The column of an action table headed by what the work aims at ("Our goal | Small steps | Who"), by table: its cells say why, they are not tasks. */
  goalColumns: Map<number, number>;
  /**
   * Tables of topics and what was agreed on each ("What we talked about | What we agreed"), by header
   * row: a row whose first cell names no part of the agreement is the agreed tasks on its topic.
   */
  agreedRowTables: Map<number, number>;
  /** Tables whose first column holds the actions ("Action | Who | When", "What we asked for | Who said yes | By when"), by header row: its cells below are tasks, never labels. */
  actionFirstColumn: Map<number, number>;
}

const SIGNATURE_HEADER = /^(?:signatures?|signed|sign(?: here)?|signed by)[:.]?$/;
/** Header words of an action table or a signature list: they say how to read a row, not which part it is. */
const ROW_HEADER = /^(?:who|what|when|by when|by whom|name|names|date|role|signature|signed)[:?]?$/;
/** A header cell naming the column of people in a "who does what" table. */
const PERSON_HEADER = /^(?:who|person|people|name|names|who is it|family member|professional)[:?]?$/;
/** A header cell naming the column of what each person will do ("What they will do", "They agree to"). */
const DOING_HEADER = /^(?:what (?:they|he|she|i|we|you|each person|this person) (?:will|(?:(?:have|has) )?agreed to|agrees? to|(?:are|is) going to|needs? to) do|(?:they|he|she|i) (?:will|agrees? to|agreed to)|will|will do|agrees? to|agreed|what (?:was|has been|we) agreed|tasks?|actions?|commitments?|promises?|responsibilit(?:y|ies)|what)[:?.]?$/;
/** A timetable's cell ("Saturday 10am to 12pm", "2pm to 4pm"): a time, not something anyone does. */
const TIMETABLE_CELL = /^\s*(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|every\b|each\b)/i;
/** Header words of a column that says when the row's tasks happen: the row's time, not a part of the agreement. */
/** The other cells of a signature row: empty, a blank line, or only a "Date:"/"Signed:" label. */
const SIGN_CELL = /^\s*(?:(?:date|dated|signed|signature|sign here|print name)\s*[:.]?\s*)?(?:_{2,}|\.{3,})?\s*$/;
const SIGN_WORD = /\b(?:date|dated|signed|signature|sign here)\b/;
/** Header words of an action table's other columns: who leads, when, how it is going. */
const ROW_INFO_HEADER = /^(?:lead|lead (?:person|agency|professional|worker)|who(?: is)? responsible|responsible(?: person)?|by whom|rag(?: rating| status)?|status|progress|done|comments?|timescales?|time ?frames?|by when|deadlines?|target dates?|due(?: date)?|how often|frequency)[:?]?$/;
/** The header cell of an action table's task column. */
const ACTION_HEADER = /^(?:actions?|tasks?|what (?:needs to|will|must|has to) (?:happen|be done|change)|what|steps?|agreed actions?|expectations?|what is expected(?: of [a-z' ]{1,30})?|requirements?|what (?:we|you|they|i) (?:will|must|need to) do)[:?]?$/;
const WHEN_HEADER = /^(?:timescales?|time ?frames?|by when|when|deadlines?|target dates?|dates?|by|how often|frequency|start date|due)[:?]?$/;
/** A column header whose doer is "we" or "us" ("What we'll do", "Our actions"). */
const WE_HEADER = /\b(?:we|we'll|we're|our|us)\b/;
/** The header cells of an action table: one naming who leads, one naming the action. */
const ACTION_WHO_HEADER = /^(?:who|by whom|lead|lead (?:person|agency|professional|worker)|who(?:'s| is) responsible|responsible|person responsible|responsibility|owner|whose (?:job|task|part|turn|responsibility)|who (?:will|is going to|should|does|leads|takes)(?: [a-z']+){0,3})[:?]?$/;
/** (Also steps or actions with a few words about them: "Small steps to get there", "Actions needed", "Next steps", "Steps towards it".) */
const ACTION_WHAT_HEADER = /^(?:[a-z']+ ){0,2}(?:actions?|tasks?|jobs?|steps?|rules?|work|to-?dos?)(?: [a-z']+){0,4}[:?]?$|^what needs doing[:?]?$|^(?:actions?|tasks?|jobs?|steps?|what|expectations?|what is expected|requirements?|what will be done|what needs to (?:be done|happen)|what (?:will|is going to) happen|what (?:we|you|they|i|each person) will do|agreed actions?|actions? agreed)[:?]?$/;
/** A header over what the work aims at: "Our goal", "Aims", "What we want to see". */
const GOAL_HEADER = /^(?:why|reasons?|why (?:it|this) (?:matters|is needed)|(?:(?:our|the|my|your|family) )?(?:goals?|aims?|outcomes?|hoped[- ]for outcomes?|desired outcomes?|what (?:we|i|you) (?:want|hope) (?:to see|for|to achieve)))[:?]?$/;
/** A header over what was agreed or decided, beside a column of topics. */
const AGREED_HEADER = /^(?:what (?:we|was|has been|everyone|you|they) (?:agreed|decided)(?: (?:to|on))?|(?:what )?(?:we|everyone) agree(?: to)?|agreed|agreements?|decisions?|(?:the )?plan|what will happen)[:?.]?$/;
/** A first header cell over the actions themselves, beside a column saying who or when. */
const FIRST_ACTION_HEADER = /^(?:actions?|tasks?|jobs?|steps?|(?:[a-z]+ )?rules?|(?:the )?work(?: needed| to (?:do|be done)| agreed)?|what needs doing|to-?dos?|what will be done|what needs to (?:be done|happen)|what (?:will|is going to) happen|agreed actions?|actions? agreed|expectations?|what (?:we|you|they|the family|i) asked for|requests?)[:?]?$/;

/** What one pass over the cells gathers: rows, header cells, each row's value cell and signing cells, and what lies below the headers. */
interface CellScan {
  rowCells: Map<string, number>;
  firstRow: Map<number, number>;
  header: Map<number, Map<number, string>>;
  rowValue: Map<string, string>;
  /** Each row's first cell and whether the others could be a signature box's. */
  signing: Map<string, SigningRow>;
  /** Tables with a sentence (three words or more) below their first row. */
  bodyText: Set<number>;
  /** Tables with anything below their first row but blanks or what a signer writes there (a name, initials, a date). */
  filledBelow: Set<number>;
  /** The table the document's body ends with (-1: text after the last table other than a line to sign on). */
  lastTable: number;
}

const NOT_BLANK = /\S/;

function scanCells(blocks: readonly Block[]): CellScan {
  const scan: CellScan = { rowCells: new Map(), firstRow: new Map(), header: new Map(), rowValue: new Map(), signing: new Map(), bodyText: new Set(), filledBelow: new Set(), lastTable: -1 };
  const { rowCells, firstRow, header, rowValue, signing, bodyText, filledBelow } = scan;
  for (const block of blocks) {
    // (A countersignature line under the table, "Countersigned: ______ Team Manager", still leaves it the last.)
    if (block.origin === undefined && NOT_BLANK.test(block.text) && (block.kind === 'table-cell' || !SIGN_TAIL.test(block.text))) scan.lastTable = block.kind === 'table-cell' ? (block.table ?? 0) : -1;
    if (block.kind !== 'table-cell') continue;
    const table = block.table ?? 0;
    const row = block.row ?? 0;
    const column = block.column ?? 0;
    if (!firstRow.has(table)) firstRow.set(table, row);
    // Each paragraph of a cell is its own block: count columns, and join a header cell's paragraphs.
    const key = `${table}:${row}`;
    rowCells.set(key, Math.max(rowCells.get(key) ?? 0, column + 1));
    if (column === 1 && !rowValue.has(key)) rowValue.set(key, fold(block.text));
    noteSigning(signing, key, block, fold(block.text));
    if (row !== firstRow.get(table)) {
      if (!SIGN_CELL.test(block.text) && !SIGNED_VALUE.test(block.text.trim())) filledBelow.add(table);
      if (!bodyText.has(table) && hasSpaceSeparatedWords(block.text, 0, block.text.length, 3) && !TIMETABLE_CELL.test(block.text)) bodyText.add(table);
      continue;
    }
    const cells = header.get(table) ?? new Map<number, string>();
    header.set(table, cells);
    cells.set(column, cells.has(column) ? `${cells.get(column)} ${block.text}` : block.text);
  }
  return scan;
}

export function tableLayout(blocks: readonly Block[]): TableLayout {
  const { rowCells, firstRow, header, rowValue, signing, bodyText, filledBelow, lastTable } = scanCells(blocks);
  const columns = new Map<number, { headerRow: number; sections: Array<SectionKey | null> }>();
  const signatureTables = new Set<number>();
  const signedRowTables = new Set<number>();
  const rowHeaderTables = new Set<number>();
  const personRowTables = new Set<number>();
  const rowInfoHeaders = new Set<string>();
  const actionTables = new Set<number>();
  const [actionFirstColumn, goalColumns, agreedRowTables] = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  for (const [table, cells] of header) {
    const entries = [...cells.entries()].sort((a, b) => a[0] - b[0]);
    if (entries.length < 2) continue;
    const folded = entries.map(([, text]) => fold(text.trim()));
    readActionHeader(table, firstRow.get(table) ?? 0, entries.map(([column]) => column), folded, { rowHeaderTables, rowInfoHeaders, actionTables, actionFirstColumn, goalColumns, agreedRowTables });
    if (folded.some((t) => ROW_HEADER.test(t))) rowHeaderTables.add(table);
    if ((PERSON_HEADER.test(folded[0]) || folded[0] === '') && entries[0][0] === 0 && folded.slice(1).some((t) => DOING_HEADER.test(t) && t !== 'what')) personRowTables.add(table);
    // "Name | What they will do | Phone | Signed": each person signs their own tasks; the rows are tasks, not a signature list.
    if (folded.some((t) => SIGNATURE_HEADER.test(t)) && personRowTables.has(table)) signedRowTables.add(table);
    // "Grace | Pauline | Ben Asante (social worker)" over blank cells, closing the document: names to sign under.
    const namesToSignUnder = table === lastTable && !filledBelow.has(table) && rowCount(rowCells, table) >= 2 && entries.every(([, text]) => isNameLike(text.trim()));
    if ((folded.some((t) => SIGNATURE_HEADER.test(t)) && !personRowTables.has(table)) || namesToSignUnder) {
      signatureTables.add(table);
      continue;
    }
    if (!isLabelRow(folded, entries[0][0] === 0)) continue;
    // ("How we'll know" over a column is each row's measure, not the review.)
    let sections = folded.map((t) => (ROW_HEADER.test(t) || WHEN_HEADER.test(t) || PROGRESS_KNOWN.test(t) ? null : (classifyLabel(t) ?? addressedColumn(t))));
    // "Mum | Dad | Social worker" over sentences: each column is that person's tasks.
    if (new Set(sections.filter((s) => s !== null)).size < 2 && bodyText.has(table)) sections = personColumns(entries.map(([, text]) => text.trim()), folded) ?? sections;
    if (new Set(sections.filter((s) => s !== null)).size < 2 && !(entries[0][0] === 0 && bodyText.has(table) && professionalsBesideRowInfo(sections, folded))) continue;
    // "Who will help | What they will do | By when": a column naming who beside the action makes each row one task (an action table).
    if (actionTables.has(table) && folded.some((t) => ACTION_WHO_HEADER.test(t) && !WE_HEADER.test(t) && classifyLabel(t) !== null)) continue;
    // "What we'll do | Who | By when": beside a column naming who, "we" is everyone at the table; each row's who cell says whose task it is.
    if (folded.some((t) => ACTION_WHO_HEADER.test(t))) sections = sections.map((key, k) => (key === 'professional-commitments' && WE_HEADER.test(folded[k]) ? 'tasks' : key));
    const byColumn: Array<SectionKey | null> = new Array(entries[entries.length - 1][0] + 1).fill(null);
    entries.forEach(([column], k) => (byColumn[column] = sections[k]));
    columns.set(table, { headerRow: firstRow.get(table) ?? 0, sections: byColumn });
  }
  return { columns, signatureTables, signedRowTables, rowCells, rowHeaderTables, rowValue, personRowTables, actionTables, signatureRows: signatureRows(signing), rowInfoHeaders, actionFirstColumn, goalColumns, agreedRowTables };
}

/** Header cells saying only who checks or whether it is done: "Who checks", "Done?", "Tick". */
const ROW_INFO_CELL = /^(?:who (?:checks|will check|monitors|reviews)|done|tick|completed?)[:?]?$/;
/** "What the local authority will do | When": the professionals' tasks beside columns saying only when or how it goes (not "Who will help | How | When"). */
function professionalsBesideRowInfo(sections: ReadonlyArray<SectionKey | null>, folded: readonly string[]): boolean {
  return sections[0] === 'professional-commitments' && folded.slice(1).every((t) => WHEN_HEADER.test(t) || ROW_INFO_HEADER.test(t) || ROW_INFO_CELL.test(t) || PROGRESS_KNOWN.test(t));
}

function rowCount(rowCells: ReadonlyMap<string, number>, table: number): number {
  let rows = 0;
  for (const key of rowCells.keys()) if (key.startsWith(`${table}:`)) rows++;
  return rows;
}

/**
 * Header cells are short labels; a row of sentences is content, whatever words it uses. The corner
 * cell over a column of row labels may be empty ("  | Mum | Dad | Social worker").
 */
function isLabelRow(folded: string[], startsAtFirstColumn: boolean): boolean {
  return !folded.some((t, k) => (t.length === 0 && !(k === 0 && startsAtFirstColumn)) || t.length > 80 || t.split(/\s+/).length > 8 || A_VALUE.test(t));
}
/** A details table's value in its first row ("Date of meeting | 30 November 2026 | Agreement no. | PA-3371"): a date or a reference, never a column's label. */
const A_VALUE = /^(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[a-z]{0,5}[/-]?\d{3,}(?:[/-][a-z0-9]+)*)$/;

/**
 * "Outcome | Action | Lead | Timescale | RAG", "What will happen | Who | By when": an action table (one
 * column names who leads, one the action). Its rows are tasks wherever it sits, and "Timescale" is its
 * column, not how long the agreement lasts.
 */
function readActionHeader(table: number, headerRow: number, columns: number[], folded: string[], found: Pick<TableLayout, 'rowHeaderTables' | 'rowInfoHeaders' | 'actionTables' | 'actionFirstColumn' | 'goalColumns' | 'agreedRowTables'>): void {
  if (columns[0] === 0 && !PERSON_HEADER.test(folded[0]) && classifyLabel(folded[0]) === null && folded.slice(1).some((t) => AGREED_HEADER.test(t))) found.agreedRowTables.set(table, headerRow);
  if (folded.some((t) => ACTION_WHO_HEADER.test(t)) && folded.some((t) => ACTION_WHAT_HEADER.test(t))) {
    found.actionTables.add(table);
    const goal = folded.findIndex((t) => GOAL_HEADER.test(t));
    if (goal >= 0) found.goalColumns.set(table, columns[goal]);
  }
  if (columns[0] === 0 && FIRST_ACTION_HEADER.test(folded[0]) && folded.slice(1).some((t) => ACTION_WHO_HEADER.test(t) || ROW_INFO_HEADER.test(t) || WHEN_HEADER.test(t) || /^who\b/.test(t))) found.actionFirstColumn.set(table, headerRow);
  if (!folded.some((t) => ACTION_HEADER.test(t)) || !folded.some((t) => ROW_INFO_HEADER.test(t))) return;
  found.rowHeaderTables.add(table);
  columns.forEach((column, k) => column > 0 && ROW_INFO_HEADER.test(folded[k]) && classifyLabel(folded[k]) !== null && found.rowInfoHeaders.add(`${table}:${headerRow}:${column}`));
}

interface SigningRow {
  table: number;
  row: number;
  first: string;
  /** The first cell as written (capitals say it is a name). */
  firstText: string;
  blanks: boolean;
  word: boolean;
  others: number;
}

function noteSigning(signing: Map<string, SigningRow>, key: string, block: Block, folded: string): void {
  const row = signing.get(key) ?? { table: block.table ?? 0, row: block.row ?? 0, first: '', firstText: '', blanks: true, word: false, others: 0 };
  signing.set(key, row);
  if ((block.column ?? 0) === 0) {
    row.first = row.first ? `${row.first} ${folded.trim()}` : folded.trim();
    row.firstText = row.firstText ? `${row.firstText} ${block.text.trim()}` : block.text.trim();
    return;
  }
  row.others++;
  if (!SIGN_CELL.test(folded)) row.blanks = false;
  else if (SIGN_WORD.test(folded)) row.word = true;
}

/** The first cell of a row to sign along: "Sign", "Signed", "Signature". */
const SIGN_ROW_LABEL = /^(?:sign|signed|signatures?|sign here)[:.]?$/;
/** A header over a signature box: "Name | Signature | Date", "Name | | Date". */
const SIGNING_HEADER_FIRST = /^(?:names?|who|person|people|signed by|print name|)$/;

/**
 * A signature box without the word "signature": two rows or more of one table, each a person or a
 * role ("Natalie Shore", "Team Manager") with only "Date:" or blanks beside it; or a table of
 * nothing but names with empty cells beside them, under a "Name | | Date" header or none.
 */
function signatureRows(signing: Map<string, SigningRow>): Set<string> {
  const byTable = new Map<number, SigningRow[]>();
  for (const row of signing.values()) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
  const keys = new Set<string>();
  for (const [table, rows] of byTable) {
    const top = Math.min(...rows.map((r) => r.row));
    const header = rows.find((r) => r.row === top && r.blanks && SIGNING_HEADER_FIRST.test(r.first) && r.others > 0);
    const body = rows.filter((r) => r !== header);
    const signers = body.filter((r) => r.blanks && r.others > 0 && isSignerCell(r.first) && (r.word || isNameLike(r.firstText)));
    // "Sign | | | " under "  | Mum | Dad | Social worker": the box turned on its side.
    const signRows = body.filter((r) => r.blanks && r.others > 0 && SIGN_ROW_LABEL.test(r.first));
    if (signRows.length > 0) for (const r of rows.filter((r) => (r.row === top && r.first === '') || signRows.includes(r) || (r.blanks && /^dated?$/.test(r.first)))) keys.add(`${table}:${r.row}`);
    if (signers.length < 2) continue;
    // Blanks beside bare names sign only where nothing else is in the table (a form left empty is not a signature box).
    if (!signers.some((r) => r.word) && !header?.word && signers.length < body.length) continue;
    for (const r of header ? [header, ...signers] : signers) keys.add(`${table}:${r.row}`);
  }
  return keys;
}


/** A first cell that names a person or a role: a few words, no sentence, not the label of a part. */
function isSignerCell(first: string): boolean {
  if (first.length === 0 || first.length > 60 || /[.!?]$/.test(first) || first.split(/\s+/).length > 7) return false;
  const key = classifyLabel(first);
  return key === null || key === 'participants' || key === 'signatures' || key === 'team-manager-signature' || key === 'professional-commitments' || key === 'family-commitments';
}

/** A letter's table: "What you need to do" is the family's column, "What we will do" the council's. Folded header text. */
const YOU_COLUMN = /^(?:what )?you (?:will|need to|must|should|are asked to|agree to)(?: do)?$|^what (?:you|we are asking you to|we need you to) (?:need to |must |should |will )?do$|^(?:things|tasks|actions) for you$/;
const WE_COLUMN = /^(?:what )?we (?:will|are going to|can)(?: do| give| offer)?$|^(?:help|support) (?:we will|we can|we are going to) (?:give|offer|provide)(?: you)?$/;

function addressedColumn(folded: string): SectionKey | null {
  if (YOU_COLUMN.test(folded)) return 'family-commitments';
  return WE_COLUMN.test(folded) ? 'professional-commitments' : null;
}

/** Header cells that each name a person or party ("Mum | Dad | Social worker"), as commitment columns; null unless all do. */
function personColumns(cells: string[], folded: string[]): Array<SectionKey | null> | null {
  const sections = cells.map((text, k) => (ROW_HEADER.test(folded[k]) || WHEN_HEADER.test(folded[k]) ? null : personColumnSection(text, folded[k])));
  const named = sections.filter((key) => key !== null);
  return named.length >= 2 && named.length >= cells.length - 1 ? sections : null;
}

/** The cells of the first row of each of the tables, in document order. */
export function firstRowCells(blocks: readonly Block[], tables: ReadonlySet<number>): Map<number, number[]> {
  const first = new Map<number, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const table = blocks[i].table ?? 0;
    if (blocks[i].kind !== 'table-cell' || !tables.has(table)) continue;
    const cells = first.get(table);
    if (!cells) first.set(table, [i]);
    else if (blocks[cells[0]].row === blocks[i].row) cells.push(i);
  }
  return first;
}
