import type { DocumentView } from '../document-view';
import { holdsTimeExpression } from '../timing';
import { KIN_PATTERN } from './contact-parties';
import { HANDOVER, HOW_OFTEN, missingDetails, SUPERVISOR, timetableGap, WHERE, worthAPrompt } from './contact-details';

// A contact timetable set out as a table ("Who | When | Where | Supervised by | Getting there") under
// a heading or header about contact: each row is one person's contact, and its "when" cell is the
// line a worker reads as the arrangement. A row whose cells leave the details unsaid or "to be agreed"
// gets the prompt on that cell.

/** A heading or header that makes a table a contact timetable (not a list of contact numbers). */
const ABOUT_CONTACT = /\bcontact\b(?!\s+(?:details|numbers?|info|information|list|us|people|names))|\bfamily\s+time\b|\bvisits?\b|\btime\s+with\b|\btime\s+together\b|\bseeing\b|\bspending\s+time\b|\bkeeping\s+in\s+touch\b/;
/** What each column of the timetable holds, by its header. */
const COLUMNS: Array<{ part: string; header: RegExp }> = [
  { part: HOW_OFTEN, header: /\b(?:when|how\s+often|days?|times?|frequency|how\s+long)\b/ },
  { part: WHERE, header: /\b(?:where|venue|place)\b/ },
  { part: SUPERVISOR, header: /\bsupervis/ },
  { part: HANDOVER, header: /\b(?:getting\s+there|transport|takes?|collects?|drop|pick|handovers?|travel)\b/ },
];
/** A cell that holds nothing yet: "To be agreed", "TBC", "Not fixed yet", a dash. */
const UNFILLED = /^\s*(?:to\s+be\s+(?:agreed|arranged|confirmed|decided|discussed)|tb[ca]|not\s+(?:fixed|agreed|decided|known)(?:\s+yet)?|n\/a|none|[-–—]+)?\s*[.]?\s*$/;

export interface TableProblem {
  paragraph: number;
  missing: string[];
}

/** The heading just above the table at `first`, folded (blank paragraphs skipped). */
function headingAbove(view: DocumentView, first: number): string {
  for (let i = first - 1; i >= 0 && i >= first - HEADING_WITHIN; i--) {
    if (view.blocks[i].kind === 'table-cell') return '';
    if (view.folded[i].trim()) return view.blocks[i].kind === 'heading' || view.roles[i]?.labelOnly || view.folded[i].length < 60 ? view.folded[i] : '';
  }
  return '';
}

/** The cells of each table, by table number, in order. */
function tables(view: DocumentView): Map<number, number[]> {
  const { blocks } = view;
  const cells = view.scans.allIndexes('table-cells', blocks.length, (i) => blocks[i].kind === 'table-cell' && blocks[i].table !== undefined && blocks[i].mergedFrom === undefined);
  return view.scans.derived('tables', cells, () => {
    const byTable = new Map<number, number[]>();
    for (const i of cells) {
      const table = byTable.get(blocks[i].table!);
      if (table) table.push(i);
      else byTable.set(blocks[i].table!, [i]);
    }
    return byTable;
  });
}

/** How far above a table the heading over it may be (blank paragraphs between). */
const HEADING_WITHIN = 3;

/** The rows of a contact timetable whose details are missing: the "when" cell of each, with what is missing. */
export function contactTableProblems(view: DocumentView): TableProblem[] {
  const problems: TableProblem[] = [];
  const title = documentTitle(view);
  for (const [table, cells] of tables(view)) {
    // (A table is read with the heading above it and the agreement's title, and nothing else.)
    const found = view.scans.ofSpan(`contact-table:${table}`, Math.max(0, cells[0] - HEADING_WITHIN), cells[cells.length - 1], () => tableProblems(view, cells, title), title);
    for (const problem of found) problems.push(problem);
  }
  return problems;
}

/** One table's rows with details missing, if it is a contact timetable. */
function tableProblems(view: DocumentView, cells: number[], title: string): TableProblem[] {
  const problems: TableProblem[] = [];
  const header = cells.filter((i) => view.blocks[i].row === 0);
  const columnOf = new Map<string, number>();
  for (const { part, header: pattern } of COLUMNS) {
    const at = header.find((i) => pattern.test(view.folded[i]) && ![...columnOf.values()].includes(view.blocks[i].column ?? -1));
    if (at !== undefined) columnOf.set(part, view.blocks[at].column ?? -1);
  }
  const headerText = header.map((i) => view.folded[i]).join(' | ');
  const aboutContact = ABOUT_CONTACT.test(headerText) || ABOUT_CONTACT.test(headingAbove(view, cells[0])) || (AGREED_HEADER.test(headerText) && ABOUT_CONTACT.test(title));
  // Without a "when" column and one other, the table is not a timetable: under a heading about
  // contact, each row is one arrangement written out ("Dad | Every Wednesday, 4pm to 6pm, at …").
  if (!columnOf.has(HOW_OFTEN) || columnOf.size < 2) {
    const headed = header.every((i) => HEADER_CELL.test(view.folded[i]));
    const whoFirst = headed && header.length > 1 && WHO_HEADER.test(view.folded[header[0]]);
    if (aboutContact) problems.push(...arrangementRows(view, rowsOf(view, cells, !headed), whoFirst));
    return problems;
  }
  // A header or heading about contact makes it a contact timetable; so do its own columns, when they
  // ask who supervises or who takes the children ("Who and how often | Where | Supervised by | Getting there").
  const timetableColumns = columnOf.has(SUPERVISOR) || columnOf.has(HANDOVER);
  if (!timetableColumns && !aboutContact) return problems;
  for (const row of rowsOf(view, cells, false)) {
    const problem = rowProblem(view, row, columnOf);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The cells of each row, in order; the first row only when it is not a header. */
function rowsOf(view: DocumentView, cells: number[], withFirst: boolean): number[][] {
  const rows = new Map<number, number[]>();
  for (const i of cells) if ((view.blocks[i].row ?? 0) > 0 || withFirst) rows.set(view.blocks[i].row!, [...(rows.get(view.blocks[i].row!) ?? []), i]);
  return [...rows.values()];
}

/** A header cell of an arrangements table ("Who | Arrangement"). */
const HEADER_CELL = /^\s*(?:who|with\s+whom|family\s+member|person|name|relative|arrangements?|details|what|when|how|where|plan|contact|type|notes?)\b/;
/** A row label naming a worker or service: their visits are work, not contact. */
const WORKER_LABEL = /\b(?:social\s+worker|worker|nurse|health\s+visitor|teacher|school|police|gp|doctor|therapist|team|service|officer|iro|manager|practitioner|midwife|carers?)\b/;
/** An arrangement written without a label says what kind of contact it is. */
const CONTACT_WORD = /\b(?:time|visits?|contact|stays?|overnights?|sleepovers?|calls?|see|seeing|meet|meeting)\b/;

/** A value put off or left to someone: "To be agreed", "as and when", "at the social worker's discretion". */
const PUT_OFF = /\b(?:to\s+be|tb[ca]|as\s+and\s+when|sort\s+(?:something|it|this|that)\s+out|try\s+to|as\s+agreed|later|not\s+(?:yet|decided|agreed|fixed|sure)|once|when|whenever|if|pending|by\s+arrangement|discretion|agreed|arranged|worked\s+out|sorted|decided|discussed|planned|confirmed)\b/;

/** A labelled value that arranges something (contact, a time, or putting it off), not a description of who someone is. */
function arrangesSomething(value: string): boolean {
  return CONTACT_WORD.test(value) || PUT_OFF.test(value) || holdsTimeExpression(value);
}

/** A row label naming a member of the family ("Other family", "Brother (Kian, 19)") or a kind of contact ("Phone / video calls"), not a worker or a form's field. */
function namesContact(label: string): boolean {
  return (KIN_PATTERN.test(label) || CONTACT_KIND.test(label)) && !WORKER_LABEL.test(label);
}
/** A label naming a kind of contact. */
const CONTACT_KIND = /^\s*(?:(?:phone|telephone|video|facetime|skype)\s*(?:[/&,]|and|or)?\s*)+(?:calls?|contact)?\s*$|^\s*(?:letters?|cards?|letters?\s+and\s+cards?|cards?\s+and\s+letters?|overnight\s+stays?|overnights?|sleepovers?|visits?|(?:direct|indirect|letterbox|sibling)\s+contact)\s*$/;
/** A header naming who each row is about: "Who", "Family member", "Person". */
const WHO_HEADER = /^\s*(?:who|with\s+whom|family\s+members?|person|people|name|relatives?|topic|what\s+we\s+(?:talked\s+about|discussed))\b/;
/** A header of topics and what was agreed ("What we talked about | What we agreed"): in an agreement about family time its rows are arrangements. */
const AGREED_HEADER = /^\s*(?:topic|what\s+we\s+(?:talked\s+about|discussed))\s*\|\s*(?:what\s+we\s+agreed|what\s+we\s+decided|agreed|arrangements?)\s*$/;
/** How far into the document its title is looked for. */
const TITLE_WITHIN = 4;

/** The agreement's own title, folded: its first heading, when it comes first. */
function documentTitle(view: DocumentView): string {
  for (let i = 0; i < view.blocks.length && i < TITLE_WITHIN; i++) if (view.blocks[i].kind === 'heading') return view.folded[i];
  return '';
}
/** An arrangement that is none: "No contact", "None", "Not to see Dad", a telephone number. */
const NO_ARRANGEMENT = /^\s*(?:no|none|nil|n\/a)\b|\bno\s+(?:contact|visits|calls|time)\b|\bnot\s+(?:to\s+(?:see|have|visit|contact)|allowed)\b|\b(?:stopped|suspended|ended)\b|\d{4,}|\d{3,}\s\d{3}/;
/** Where arrangements are written: the task sections, or none the walk knows ("Stage 3"); not who took part or the dates. */
const ARRANGEMENT_SECTIONS = new Set<string | null>([null, 'tasks', 'family-commitments', 'professional-commitments']);
const REMOTE = /\b(?:phone|calls?|video|letters?|texts?|cards?|facetime|skype)\b/;

/**
 * The rows of an arrangements table under a heading about contact: a short label cell naming who
 * ("Other family") and the arrangement, or the arrangement alone. One whose row leaves the details
 * unsaid gets the prompt on the arrangement (a cell of several lines is left to the line reader).
 */
function arrangementRows(view: DocumentView, rows: number[][], whoFirst: boolean): TableProblem[] {
  const problems: TableProblem[] = [];
  for (const row of rows) {
    if (row.some((i) => view.blocks[i].fullWidthRow)) continue;
    // Under a "Who" header the first cell is the label however long ("Half-sister – Lacey (9), lives with her dad").
    const labelled = row.length > 1 && (whoFirst || view.folded[row[0]].trim().split(/\s+/).length <= 5);
    const at = labelled ? row[1] : row[0];
    const text = view.folded[at];
    if (!text.trim() || /[\n\v]/.test(text) || !ARRANGEMENT_SECTIONS.has(view.roles[at]?.section ?? null)) continue;
    const label = labelled ? view.folded[row[0]] : '';
    if (NO_ARRANGEMENT.test(text) || !(labelled ? namesContact(label) && arrangesSomething(text) : CONTACT_WORD.test(text))) continue;
    const remote = REMOTE.test(text) || REMOTE.test(label);
    const { gap, missing } = missingDetails(row.map((i) => view.folded[i]).join(' | '), remote, false);
    if (worthAPrompt(gap, remote)) problems.push({ paragraph: at, missing });
  }
  return problems;
}

/** One row of a timetable: what its cells leave unsaid, on its "when" cell, if worth a prompt. */
function rowProblem(view: DocumentView, row: number[], columnOf: Map<string, number>): TableProblem | null {
  const cellIn = (part: string) => row.find((i) => view.blocks[i].column === columnOf.get(part));
  const when = cellIn(HOW_OFTEN);
  // A row whose "when" is empty is a gap in the form, not an arrangement; a "when" alone ("Mark: fortnightly") is one, its details unsaid.
  if (when === undefined || !view.folded[when].trim()) return null;
  const missing: string[] = [];
  let gap = timetableGap(view.folded[when], false);
  if (gap > 0) missing.push(HOW_OFTEN);
  for (const part of [WHERE, SUPERVISOR, HANDOVER]) {
    const cell = cellIn(part);
    if (cell !== undefined && UNFILLED.test(view.folded[cell])) {
      missing.push(part);
      gap += 1;
    }
  }
  return worthAPrompt(gap, false) ? { paragraph: when, missing } : null;
}
