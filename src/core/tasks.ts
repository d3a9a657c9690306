// Task detection: which paragraphs are commitments, and who does each one (from the line itself,
// the heading above it, or the other cells of its action-table row).
import { classifySubject, findActor, isBareName, type Actor, type ActorKind } from './actors';
import { hasSpaceSeparatedWords, isSpaceCode, spaceSeparatedWords } from './measure';
import { addToTableRow, type Block, type TaskMention } from './model';
import { firstAt } from './sorted';
import type { SectionKey } from './section-labels';
import { personColumnSection } from './section-cues';
import type { BlockRole } from './block-role';
import { firstRowCells, type TableLayout } from './table-layout';
import type { ActionRow, TaskLine } from './types';
import { IMPERATIVE_LINE } from './commitment-runs';

export const COMMITMENT_SECTIONS = new Set<SectionKey | null>(['family-commitments', 'professional-commitments', 'tasks']);
const HEADER_CELL = /^(?:(?:safety |house |family )?rules?|whose (?:job|task|part|turn|responsibility)|(?:agreed |small |next )?steps?|person|owner|deadline|area|needs?|will do what|i will|how (?:it|this|they) will be (?:met|done)|expectations?|agreed (?:actions?|tasks?)|checked by|how (?:we|will we|we'll) (?:will )?check|who|what|when|action|actions|task|tasks|by when|by whom|timescales?|timeframe|responsible|person responsible|who is responsible|date|dates|frequency|how often|support|outcome|outcomes|progress|notes?|comments?|what will happen|what needs to happen|agency|name|role|signature|signed|how (?:we|will we|we'll|you) (?:will )?know|how will (?:we|you) know|evidence|how we will check|review|worr(?:y|ies)|what's working well|strengths?|goal|safety goal|next steps?|jobs?|lead|rag|status|rating)\b/;
const WHAT_HEADER_CELL = /^(?:what|action|actions|task|tasks|what will happen|what needs to happen)\b/;
/** A header naming what will be done ("What will be done, and by whom", "Action"): the task column, before a plain "what". */
const DOING_HEADER_CELL = /^(?:actions?|tasks?|jobs?|steps?|(?:safety |house |family )?rules?$|(?:agreed|small|next) (?:actions?|steps?)|will do what|i will$|how (?:it|this|they) will be (?:met|done)|what (?:will|needs to|must|has to) (?:be done|happen)|what will happen|what (?:we|you|they|i|he|she|each person) (?:will|need to|are going to) do)\b/;
/** A header naming the change wanted ("What needs to change", "What we want to see"): the goal, not the task. */
const GOAL_HEADER_CELL = /^what (?:needs to|has to|must|should|do we want to|we want to|we'd like to) (?:change|be different|see|get better)\b|^what (?:we|you|i|everyone) (?:want|hope)s?\b/;
/** A line that opens with an example, or a letter's sign-off ("Yours sincerely, Dana Kirk"): no task. */
const NOT_A_TASK_START = /(?:examples?|for example|e\.g\.|yours (?:sincerely|faithfully|truly)|kind regards|best wishes|many thanks)\b/y;
/** Two words that are an instruction: a verb of how to behave ("Be sensible.", "Stay clean", "Engage fully"). */
const TWO_WORD_TASK = /(?:be|stay|keep|remain|behave|attend|engage|co-?operate|listen|try|respect|help|support|communicate|comply)\b/y;

/**
 * A topic in a task list, not a task: no verb, only a kind of care ("Healthy diet", "Routines at bedtime",
 * "Better boundaries for the boys"). Nobody can tell whether it has been done.
 */
const TOPIC_FRAGMENT = /(?:(?:a|an|more|better|good|healthy|healthier|consistent|regular|clear|safe|safer|positive|improved|stable|calm|calmer|proper|basic|emotional|physical|home|school|personal|daily|family|firm|firmer|age[- ]appropriate|appropriate)\s+){0,3}(?:routines?|diet|hygiene|boundaries|supervision|structure|stability|consistency|conditions|parenting|attendance|behaviou?r|communication|relationships?|wellbeing|well-being|health|safety|nutrition|bedtimes?|mealtimes?|sleep|sleeping|feeding|eating|self-care|discipline|home life|standards)(?:\s+(?:at|for|in|around|with|and|of)\s+[a-z'\u2019 -]{1,30})?[\s.!]*$/y;

/** The words from `start` to the end are a topic rather than a task ("Healthy diet"). */
export function isTopicFragment(folded: string, start: number): boolean {
  TOPIC_FRAGMENT.lastIndex = start;
  return TOPIC_FRAGMENT.test(folded);
}

/** The paragraph is a commitment: in a commitments section, with content of three words or more. */
export function isTaskLine(role: BlockRole, folded: string, row: ActionRow | undefined): boolean {
  if (!COMMITMENT_SECTIONS.has(role.section) || role.labelOnly || role.placeholder) return false;
  if (row && !row.isWhatCell) return false;
  // The content is folded.slice(contentStart).trim(), found by its bounds rather than copied.
  let start = role.contentStart;
  let end = folded.length;
  while (start < end && isSpaceCode(folded.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(folded.charCodeAt(end - 1))) end--;
  if (start === end || folded.charCodeAt(end - 1) === 58 /* ':' */) return false;
  // Only white space follows the content, so \b at its end reads the same as in the trimmed copy.
  NOT_A_TASK_START.lastIndex = start;
  if (NOT_A_TASK_START.test(folded)) return false;
  // In an action table the row says who and when, so a two-word cell ("Attend appointments") is a task;
  // so is a two-word instruction anywhere ("Be sensible.", "Stay clean").
  if (hasSpaceSeparatedWords(folded, start, end, 3)) return true;
  if (!hasSpaceSeparatedWords(folded, start, end, 2)) return false;
  // A two-word topic in a task list ("Healthy diet") is there as a task, and a vague one.
  return row?.isWhatCell === true || isTwoWordInstruction(folded, start) || isTopicFragment(folded, start);
}

/** The words from `start` open with a verb of how to behave ("Be sensible.", "Stay clean"): two of them make a task. */
export function isTwoWordInstruction(folded: string, start: number): boolean {
  TWO_WORD_TASK.lastIndex = start;
  return TWO_WORD_TASK.test(folded);
}

/** Who does a task line: its own subject, else the label's, else the action-table row's. */
export function taskActor(text: string, folded: string, role: BlockRole, row: ActionRow | undefined): Actor {
  let actor: Actor;
  // "Sophie will: take Poppy to the dentist..." : the label itself names who does the task.
  const whole = role.contentStart > 0 ? findActor(text, folded) : undefined;
  if (whole && whole.verbAt >= 0 && whole.verbAt < role.contentStart) {
    actor = whole;
  } else if (role.contentStart === 0) {
    actor = findActor(text, folded);
  } else {
    actor = findActor(text.slice(role.contentStart), folded.slice(role.contentStart));
    actor = { ...actor, start: actor.start + role.contentStart, end: actor.end + role.contentStart };
  }
  if (row && (actor.kind === 'none' || actor.kind === 'generic') && row.actorKind) {
    actor = { kind: row.actorKind, start: 0, end: 0, verbAt: -1 };
  }
  // "Kerry Bell will give …" under "What the centre will do": a bare name there is a professional's.
  if (actor.kind === 'family' && role.section === 'professional-commitments' && isBareName(text.slice(actor.start, actor.end))) actor = { ...actor, kind: 'professional' };
  return actor;
}

export function taskLine(index: number, text: string, folded: string, role: BlockRole, headingActor: ActorKind, actor: Actor): TaskLine {
  return { index, section: role.section as SectionKey, actor, headingActor, text, folded, subject: folded.slice(actor.start, actor.end) };
}

/** Empty, or a short header ("Who", "How we will know"); a sentence ("Support Leo with his learning.") is content whatever its first word. */
const isHeaderCell = (folded: string): boolean => {
  const trimmed = folded.trim();
  return trimmed === '' || (HEADER_CELL.test(trimmed) && !/[.!]$/.test(trimmed));
};

/**
 * Action tables ("Who | What | By when") inside a commitments section: the longest cell of a row is
 * the task; the others say who and when. Header rows are not tasks.
 */
export function actionTableRows(blocks: readonly Block[], folded: string[], roles: BlockRole[], columnTables?: TableLayout['columns']): Map<number, ActionRow> {
  const rows = commitmentTableRows(blocks, roles, columnTables);
  const whatColumn = whatColumns(blocks, folded);
  const result = columnTableRows(blocks, folded, columnTables);
  const headerRows = firstRowCells(blocks, new Set([...rows.values()].map((cells) => blocks[cells[0]].table ?? 0)));
  for (const cells of rows.values()) {
    const columns = new Set(cells.map((i) => blocks[i].column ?? 0));
    if (columns.size < 2) continue;
    const isHeader = cells.every((i) => isHeaderCell(folded[i])) || isHeaderLikeTopRow(cells, blocks, folded);
    // A header row is no task, even when one of its cells also reads as a section label ("What needs to change").
    if (isHeader && cells.some((i) => roles[i].labelOnly)) {
      for (const i of cells) result.set(i, { isWhatCell: false, context: '' });
      continue;
    }
    // Label tables ("Contingency | If things go wrong...") were handled by the structure: their label cell is labelOnly.
    // A row whose first cell names whose tasks they are ("Sinead | Stay clean | –") is still a row: its
    // task cell is a task however short, and its other cells say when.
    const top = headerRows.get(blocks[cells[0]].table ?? 0);
    const header = top && top !== cells && top.some((k) => folded[k].trim() !== '' && isHeaderCell(folded[k])) ? top : undefined;
    // An empty cell reads as its column's header, which may say when for every row ("By when: 20 December").
    const cellText = (j: number): string => (header && folded[j].trim() === '' ? headerOfColumn(header, blocks[j].column, blocks, folded) : folded[j]);
    if (cells.some((i) => roles[i].labelOnly)) {
      if (isPersonRow(cells, blocks, folded, roles)) personRow(cells, blocks, folded, roles, whatColumn, result, cellText);
      continue;
    }
    const what = whatCell(cells, blocks, folded, whatColumn.get(blocks[cells[0]].table ?? 0));
    const actorKind = rowActorKind(cells.filter((i) => i !== what), blocks, folded);
    for (const i of cells) {
      const context = cells.filter((j) => j !== i).map(cellText).join(' | ');
      result.set(i, { isWhatCell: !isHeader && i === what, context, actorKind });
    }
  }
  return result;
}

/** What a column's header says beyond its header word ("By when: 20 December 2026" gives ": 20 december 2026"). */
const headerOfColumn = (header: number[], column: number | undefined, blocks: readonly Block[], folded: string[]): string =>
  (folded[header.find((k) => blocks[k].column === column) ?? -1] ?? '').trim().replace(HEADER_CELL, '');

/**
 * The top row of a table (under a title row at most) whose cells are all short labels, one of them a
 * header word: "Family member | Task | Target date" heads the table even with words the list lacks.
 */
function isHeaderLikeTopRow(cells: number[], blocks: readonly Block[], folded: string[]): boolean {
  if ((blocks[cells[0]].row ?? 0) > 1) return false;
  return cells.every((i) => !hasSpaceSeparatedWords(folded[i], 0, folded[i].length, 5) && !/[.!?]\s*$/.test(folded[i])) && cells.some((i) => folded[i].trim() !== '' && isHeaderCell(folded[i]));
}

/** A row whose first cell names a person ("Sinead", "Jade Osei (social worker)") or continues the person above (empty). */
function isPersonRow(cells: number[], blocks: readonly Block[], folded: string[], roles: BlockRole[]): boolean {
  const first = cells[0];
  if (!roles[first].labelOnly || (blocks[first].column ?? 0) !== 0 || cells.length < 2) return false;
  const label = blocks[first].text.trim();
  return label === '' || personColumnSection(label, folded[first].trim()) !== null;
}

/** The person's row: the cells of its task column are tasks however short; the other columns say when. */
function personRow(cells: number[], blocks: readonly Block[], folded: string[], roles: BlockRole[], whatColumn: Map<number, number>, result: Map<number, ActionRow>, cellText: (j: number) => string): void {
  const rest = cells.filter((i) => !roles[i].labelOnly);
  if (rest.length === 0) return;
  const column = blocks[whatCell(rest, blocks, folded, whatColumn.get(blocks[cells[0]].table ?? 0))].column ?? 0;
  const context = rest.filter((j) => (blocks[j].column ?? 0) !== column).map(cellText).join(' | ');
  // The person the row names does its tasks, though a task cell opens with its verb ("Grace | Take her medication …");
  // a group ("Professionals", "The family") names nobody.
  const section = roles[cells[0]].section;
  const namesPerson = ['family', 'professional'].includes(classifySubject(blocks[cells[0]].text));
  const actorKind = !namesPerson ? undefined : section === 'family-commitments' ? 'family' : section === 'professional-commitments' ? 'professional' : undefined;
  for (const i of rest) {
    const inTaskColumn = (blocks[i].column ?? 0) === column;
    result.set(i, { isWhatCell: inTaskColumn && !isHeaderCell(folded[i]), context: inTaskColumn ? context : '', actorKind: inTaskColumn ? actorKind : undefined });
  }
}

/**
 * Tables read by their columns ("You will | We will", "Expectation | Support offered | Timescale"):
 * every cell under a commitments column is a task of its own, and the row's other cells (a
 * timescale, how we will know) say when.
 */
function columnTableRows(blocks: readonly Block[], folded: string[], columnTables: TableLayout['columns'] | undefined): Map<number, ActionRow> {
  const result = new Map<number, ActionRow>();
  if (!columnTables?.size) return result;
  const rows = new Map<string, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'table-cell') continue;
    const columns = columnTables.get(block.table ?? 0);
    if (!columns || !columns.sections.some((key) => COMMITMENT_SECTIONS.has(key)) || (block.row ?? 0) === columns.headerRow) continue;
    addToTableRow(rows, block, i);
  }
  for (const cells of rows.values()) {
    const sections = columnTables.get(blocks[cells[0]].table ?? 0)!.sections;
    const isCommitment = (i: number) => COMMITMENT_SECTIONS.has(sections[blocks[i].column ?? 0] ?? null);
    const others = cells.filter((j) => !isCommitment(j));
    const context = others.map((j) => folded[j]).join(' | ');
    const actorKind = rowActorKind(others, blocks, folded);
    for (const i of cells) if (isCommitment(i)) result.set(i, { isWhatCell: !isHeaderCell(folded[i]), context, actorKind });
  }
  return result;
}

/** Who a row's short cells name ("Kwame, Tyrese", "Health visitor"), the last one that names anyone. */
function rowActorKind(cells: number[], blocks: readonly Block[], folded: string[]): 'family' | 'professional' | undefined {
  let actorKind: 'family' | 'professional' | undefined;
  for (const i of cells) {
    if (hasSpaceSeparatedWords(folded[i], 0, folded[i].length, 9)) continue;
    const kind = classifySubject(blocks[i].text);
    if (kind === 'family' || kind === 'professional') actorKind = kind;
  }
  return actorKind;
}

/** Cells of tables inside commitment sections, by "table:row" (tables read by their columns are read above). */
function commitmentTableRows(blocks: readonly Block[], roles: BlockRole[], columnTables: TableLayout['columns'] | undefined): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'table-cell' || !COMMITMENT_SECTIONS.has(roles[i].section) || columnTables?.has(block.table ?? 0)) continue;
    addToTableRow(rows, block, i);
  }
  return rows;
}

/** The header row ("Who | What | By when") says which column of each table holds the task itself. */
function whatColumns(blocks: readonly Block[], folded: string[]): Map<number, number> {
  const whatColumn = new Map<number, number>();
  // The first two rows of every table and the row under each title row across it ("The plan"), wherever the table
  // sits: a header may sit outside the commitments its rows hold ("Who | What I will do | When").
  const headRows = new Map<string, number[]>();
  const firstRow = new Map<number, number>();
  const underTitle = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'table-cell') continue;
    const table = block.table ?? 0;
    const row = block.row ?? 0;
    if (!firstRow.has(table)) firstRow.set(table, row);
    if (block.fullWidthRow === true) underTitle.set(table, row + 1);
    if (row > firstRow.get(table)! + 1 && row !== underTitle.get(table)) continue;
    addToTableRow(headRows, block, i);
  }
  for (const cells of headRows.values()) {
    if (!cells.every((i) => isHeaderCell(folded[i]))) continue;
    const table = blocks[cells[0]].table ?? 0;
    const column = cells.find((i) => DOING_HEADER_CELL.test(folded[i].trim())) ?? cells.find((i) => WHAT_HEADER_CELL.test(folded[i].trim()) && !GOAL_HEADER_CELL.test(folded[i].trim()));
    if (column !== undefined && !whatColumn.has(table)) whatColumn.set(table, blocks[column].column ?? 0);
  }
  return whatColumn;
}

/** A sentence whose subject is committed to something: "Dan will look into it", "Mum is to ring Jo". */
const COMMITMENT = /^[^.;:]{1,60}?\b(?:will|'ll|is to|are to|must|needs? to|has to|have to|is going to|are going to|agrees? to)\s+[a-z]/;
const commitsSomeone = (folded: string): boolean => hasSpaceSeparatedWords(folded, 0, folded.length, 4) && COMMITMENT.test(folded.trim());

/** The task cell of a row: in the header's "what" column, else the longest cell that is not a person's name. */
function whatCell(cells: number[], blocks: readonly Block[], folded: string[], known: number | undefined): number {
  // (A cell of more than six words is a candidate whoever it names: classify only the short ones.)
  // A cell that commits someone ("Dan will look into it") is a task however short, not a person's name.
  const candidates = cells.filter((i) => {
    if (!/[a-z]/.test(folded[i])) return false;
    // (A cell opening with a verb, "Improve his parenting", is a task, though its capital reads like a name's.)
    if (spaceSeparatedWords(folded[i]) > 6 || commitsSomeone(folded[i]) || (spaceSeparatedWords(folded[i]) > 1 && IMPERATIVE_LINE.test(folded[i]))) return true;
    const kind = classifySubject(blocks[i].text);
    return !(kind === 'family' || kind === 'professional');
  });
  // A row's number ("3.7") is never its task, even beside a task that names a child ("Put the children's needs first").
  let what = cells.find((i) => known !== undefined && (blocks[i].column ?? 0) === known) ?? candidates[0] ?? cells.find((i) => /[a-z]/.test(folded[i])) ?? cells[0];
  if (known !== undefined) return what;
  // Without a header saying which column, a cell committing someone is the task beside one that describes
  // a situation ("Kai wetting the bed again | Everyone will keep an eye on Kai"); else the longest cell.
  const committing = candidates.filter((i) => commitsSomeone(folded[i]));
  const pool = committing.length > 0 ? committing : candidates;
  if (committing.length > 0) what = committing[0];
  for (const i of pool) if (folded[i].length > folded[what].length) what = i;
  return what;
}

/** The ordered task list with the changed paragraphs' tasks spliced in or out (a task typed into is replaced in one copy). */
export function spliceTasks(tasks: TaskLine[], changed: readonly number[], after: ReadonlyArray<TaskLine | null>): TaskLine[] {
  for (const i of changed) {
    const task = after[i];
    const at = firstAt(tasks, i, (line) => line.index);
    const replaced = tasks[at]?.index === i;
    if (replaced && task) (tasks = tasks.slice())[at] = task;
    else if (replaced || task) tasks = tasks.slice(0, at).concat(task ? [task] : [], tasks.slice(at + (replaced ? 1 : 0)));
  }
  return tasks;
}

/** A task as the result reports it: whose commitment it is and the words naming who does it. */
export function taskMention(task: TaskLine, actorKind: ActorKind = task.actor.kind): TaskMention {
  const kind = actorKind === 'none' || actorKind === 'generic' ? task.headingActor : actorKind;
  const party = kind === 'professional' || kind === 'family' ? kind : task.section === 'professional-commitments' ? 'professional' : 'family';
  return { paragraph: task.index, party, who: task.text.slice(task.actor.start, task.actor.end) };
}
