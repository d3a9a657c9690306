import type { DocumentView } from '../document-view';
import { cite, CIN_CP } from '../guidance';
import { inSameTableRow, type Finding } from '../model';
import { formatMessage, NO_FINDINGS, type ParagraphRule } from '../rule';
import { trimSpan } from '../text';
import { holdsTimeExpression } from '../timing';
import { arrangesNothing, detailsUnsaid } from './contact-details';
import { contactTableProblems } from './contact-table';
import { findContact } from './contact-topic';
import { CONTACT_GATE } from './contact-gate';
import { KIN_PATTERN } from './contact-parties';
import { professionalNames } from '../people';
import { IMPERATIVE_LINE } from '../commitment-runs';
import { writerTasks } from '../letter-writer';
import { namedAdultContacts } from './contact-named';
import { knownFamilyContacts, otherCellsOfRow, ROW_WITHIN, type KnownContact } from './contact-known';
import { isBareName } from '../actors';
import { arrangedByWorker } from './contact-parts';

// CIN/CP guidance §2.4 lists what a contact task must state. A line is a contact line by its topic
// (contact-topic.ts: a child and family who live apart, together or in touch, in any wording); its
// details are read from the line and the other cells of its table row (contact-details.ts), and a
// contact timetable set out as a table is read row by row (contact-table.ts).

/** A worker named in another cell of the row ("Ayesha Mahmood, social worker"): the row is theirs whatever the heading says. */
const WORKER_IN_ROW = /\b(?:worker|sw|officer|nurse|visitor|teacher|practitioner|midwife|manager|iro|police|school|nursery|gp|therapist)\b/;
/** A permission after the subject: a worker does not need leave to see or call the children. */
const PERMITTED_AFTER = /^\s+(?:can|may|is\s+allowed\s+to|is\s+able\s+to)\b/;

const SUGGESTION =
  'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.';

const MESSAGE = 'This contact arrangement does not say {{missing}}. Guidance asks for these details, plus who cannot attend and emergency contact numbers.';

export const contactArrangementsRule: ParagraphRule = {
  id: 'contact-arrangements',
  scope: 'paragraph',
  category: 'contact-arrangements',
  severity: 'warning',
  description:
    'A task about contact should say how often and how long, who it is with, who cannot be there, where, who supervises, who takes and collects the children, and the contact numbers.',
  source: cite(CIN_CP, '§2.4 Specific tasks (supervised contact)'),
  messages: { missingDetails: MESSAGE },
  // A contact arrangement missing its details already asks how often: no vague-task prompt as well.
  hides: ['vague-task'],
  gate: CONTACT_GATE,
  reviewWithAgreement(findings, view) {
    // The paragraphs the rule has flagged, read by no other reading; each prompt added joins them.
    const flagged = new Set(findings.filter((f) => f.ruleId === contactArrangementsRule.id).map((f) => f.paragraph));
    // (First, so that the checks below weigh these lines as they weigh the line rule's.)
    knownFamily(findings, view, flagged);
    withoutAims(findings, view);
    withoutWorkers(findings, view);
    oncePerRow(findings, view);
    withoutWriterVisits(findings, view);
    detailsInTableBelow(findings, view);
    contactTimetables(findings, view, flagged);
    namedAdults(findings, view, flagged);
  },
  check({ text, folded, role, actor, rowContext, headingActor }) {
    if (arrangesNothing(role, folded)) return NO_FINDINGS;
    // A worker named only in another cell of the row ("Liam / SW") leaves the line's own subject to be read.
    // A bare name read as a worker only from the section ("Dean can have phone contact" under a table headed "Help from us") is read from the line:
    // the agreement's own workers are set apart with it in view (withoutWorkers).
    const professional = actor?.kind === 'professional' && !(actor.end > actor.start && isBareName(text.slice(actor.start, actor.end)) && PERMITTED_AFTER.test(folded.slice(actor.end)));
    // Under a heading naming a family member ("Paul (Dad)", "Kyle will") a name in the line is theirs or their child's.
    const familyHeading = headingActor === 'family' && !professional && actor?.kind !== 'generic' && !(rowContext && WORKER_IN_ROW.test(rowContext));
    // A relative named in another cell of the row ("Owen (brother) | They can go out together") is who "they" are with.
    const kinInRow = rowContext !== undefined && KIN_PATTERN.test(rowContext);
    const found = findContact(text, folded, professional, professional && actor.end === actor.start && rowContext !== undefined, familyHeading, kinInRow);
    const missing = found && detailsUnsaid(found, text, folded, rowContext);
    if (!found || !missing) return NO_FINDINGS;
    return [{ start: found.start, end: found.end, messageId: 'missingDetails', data: { missing: missing.join(', ') }, suggestions: [SUGGESTION] }];
  },
};

/** A contact timetable's rows with details missing get the prompt on their "when" cell (and no vague-task prompt there). */
function contactTimetables(findings: Finding[], view: DocumentView, flagged: Set<number>): void {
  for (const { paragraph, missing } of contactTableProblems(view)) {
    if (findings.some((f) => f.paragraph === paragraph && f.ruleId === contactArrangementsRule.id)) continue;
    const text = view.texts[paragraph];
    const { start, end } = trimSpan(text, 0, text.length);
    addPrompt(findings, view, flagged, { paragraph, start, end, missing });
  }
}

/** Contact with family or children the line names only by first name, known from the agreement's introductions ("Dean Tranter (Dad)"). */
function knownFamily(findings: Finding[], view: DocumentView, flagged: Set<number>): void {
  for (const contact of knownFamilyContacts(view, flagged)) addPrompt(findings, view, flagged, contact);
}

/** A child's time with an adult named without a family word ("Ruby will see Gary"), known a child by the agreement's details of the children. */
function namedAdults(findings: Finding[], view: DocumentView, flagged: Set<number>): void {
  for (const contact of namedAdultContacts(view, professionalNames(view), flagged)) addPrompt(findings, view, flagged, contact);
}

/** The contact prompt added with the agreement in view, in paragraph order, in place of a vague-task prompt on the same paragraph. */
function addPrompt(findings: Finding[], view: DocumentView, flagged: Set<number>, { paragraph, start, end, missing }: KnownContact): void {
  flagged.add(paragraph);
  const text = view.texts[paragraph];
  const data = { missing: missing.join(', ') };
  for (let k = findings.length - 1; k >= 0; k--) if (findings[k].paragraph === paragraph && findings[k].ruleId === 'vague-task') findings.splice(k, 1);
  const at = findings.findIndex((f) => f.paragraph > paragraph);
  const rule = contactArrangementsRule;
  const finding: Finding = {
    ruleId: rule.id,
    messageId: 'missingDetails',
    category: rule.category,
    severity: rule.severity,
    message: formatMessage(MESSAGE, data),
    paragraph,
    start,
    end,
    excerpt: text.slice(start, end),
    suggestions: [SUGGESTION],
    source: rule.source,
  };
  findings.splice(at < 0 ? findings.length : at, 0, finding);
}

/** The name that starts a line ("Sarah will visit …"), and the last word of a finding ("see Sarah"). */
const LEADING_NAME = /^\s*(?:[0-9.)]+\s*|[-•*]\s*)?([A-Z][\p{Ll}'\u2019-]+)\s/u;
const LAST_WORD = /([\p{L}'\u2019-]+)\s*$/u;

/** Drops contact whose subject or other party the agreement introduced as a professional ("Sarah Whitlock (social worker)"): their visits are work. */
function withoutWorkers(findings: Finding[], view: DocumentView): void {
  if (!findings.some((f) => f.ruleId === contactArrangementsRule.id)) return;
  const workers = professionalNames(view);
  if (workers.size === 0) return;
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== contactArrangementsRule.id) continue;
    // (The finding is read with its table row, up to ROW_WITHIN cells either side, and the workers.)
    const byWorker = view.scans.ofFindingAround('contact-worker', finding, ROW_WITHIN, ROW_WITHIN, () => aboutWorker(finding, view, workers), workers);
    // (A worker arranging the family's time, "Tomasz will set up time for Kairo with his nan", keeps the prompt.)
    if (byWorker && !view.scans.ofFinding('contact-arranged-by-worker', finding, () => arrangedByWorker(view.texts[finding.paragraph], view.folded[finding.paragraph], finding.start))) findings.splice(k, 1);
  }
}

/** The finding's subject or other party is one of the agreement's workers, or its row names one as who does it. */
function aboutWorker(finding: Finding, view: DocumentView, workers: ReadonlySet<string>): boolean {
  const line = view.texts[finding.paragraph].slice(0, finding.start);
  const lineStart = line.lastIndexOf('\n') + 1;
  const subject = LEADING_NAME.exec(line.slice(lineStart))?.[1];
  const party = LAST_WORD.exec(finding.excerpt)?.[1];
  return !!(subject && workers.has(subject.toLowerCase())) || !!(party && workers.has(party.toLowerCase())) || instructionToRowWorker(view, finding.paragraph, workers);
}

/** A verb of visiting or calling: in the letter writer's own task ("I will visit you every Thursday") it is their work. */
const VISIT_OR_CALL = /^(?:see|visit|meet|phone|ring|call|text|speak|talk)/i;

/** Drops the letter writer's own visits and calls: in a social worker's letter "I" is the worker. */
function withoutWriterVisits(findings: Finding[], view: DocumentView): void {
  if (!findings.some((f) => f.ruleId === contactArrangementsRule.id && VISIT_OR_CALL.test(f.excerpt))) return;
  const writer = writerTasks(view);
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId === contactArrangementsRule.id && writer.has(finding.paragraph) && VISIT_OR_CALL.test(finding.excerpt)) findings.splice(k, 1);
  }
}

/** "Visit Isla at home | Ben | Every two weeks": an instruction whose row names a worker as who does it is that worker's visit. */
function instructionToRowWorker(view: DocumentView, paragraph: number, workers: ReadonlySet<string>): boolean {
  if (view.blocks[paragraph]?.kind !== 'table-cell' || !IMPERATIVE_LINE.test(view.folded[paragraph])) return false;
  return otherCellsOfRow(view.blocks, paragraph).some((i) => {
    const name = LEADING_NAME.exec(`${view.texts[i]} `)?.[1];
    return !!name && workers.has(name.toLowerCase());
  });
}

/** A short first cell naming the topic ("Time with dad") beside a cell that arranges it: one prompt for the row, on the arrangement. */
function oncePerRow(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    const cell = view.blocks[finding.paragraph];
    if (finding.ruleId !== contactArrangementsRule.id || cell?.kind !== 'table-cell' || (cell.column ?? 0) !== 0 || view.texts[finding.paragraph].trim().split(/\s+/).length > 4) continue;
    const besideIt = findings.some((f) => f !== finding && f.ruleId === contactArrangementsRule.id && inSameTableRow(view.blocks[f.paragraph], cell));
    if (besideIt) findings.splice(k, 1);
  }
}

/** A column of aims, topics or strengths ("Our goal", "What we talked about", "What's working well?"): its cells say what is wanted or already so, the arrangement is in another cell. */
const AIM_COLUMN = /^\s*(?:(?:our|the|your|my)\s+)?(?:goals?|aims?|outcomes?|hopes?|topics?|strengths|what\s+we\s+(?:want|hope|talked\s+about|discussed|are\s+aiming\s+for|are\s+pleased\s+about)|what\s+(?:needs\s+to\s+change|good\s+looks\s+like)|what(?:'s|\s+is|\s+are)\s+(?:working|going)\s+well|(?:what\s+)?(?:is\s+)?working\s+well|why)\b/;
/** How far back a table's header row is looked for. */
const HEADER_WITHIN = 200;

/** Drops contact found in a cell of an aims column: "Nia gets time with Dad" as a goal, whose steps are in the next cell. */
function withoutAims(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    const cell = view.blocks[finding.paragraph];
    if (finding.ruleId !== contactArrangementsRule.id || cell?.kind !== 'table-cell' || !cell.row) continue;
    // (The header is looked for among the cells above, kept while none of them changes.)
    if (view.scans.ofFindingAround('contact-aim-column', finding, HEADER_WITHIN, 0, () => inAimColumn(finding.paragraph, view))) findings.splice(k, 1);
  }
}

/** The header of the column of the table cell at `paragraph`, up to HEADER_WITHIN cells above, names aims or topics. */
function inAimColumn(paragraph: number, view: DocumentView): boolean {
  const cell = view.blocks[paragraph];
  for (let i = paragraph - 1; i >= 0 && i >= paragraph - HEADER_WITHIN && view.blocks[i].kind === 'table-cell' && view.blocks[i].table === cell.table; i--) {
    if (view.blocks[i].row === 0 && view.blocks[i].column === cell.column) return AIM_COLUMN.test(view.folded[i]);
  }
  return false;
}

/** The first cell of a table of tasks or actions, not of a contact timetable. */
const TASK_TABLE_HEADER = /^(?:tasks?|actions?|jobs?|steps?|goals?|outcomes?|who|what|what needs to|what will|worr)/;
/** How far below a contact line its timetable may start (blank paragraphs between). */
const TABLE_WITHIN = 3;

/**
 * "Family time with mum" followed by a timetable: the details are in the table just below, as the
 * guidance's own examples set them out. A table whose cells give a time counts.
 */
function detailsInTableBelow(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== contactArrangementsRule.id) continue;
    const at = finding.paragraph;
    if (view.blocks[at]?.kind === 'table-cell') continue;
    let next = at + 1;
    while (next < view.blocks.length && next <= at + TABLE_WITHIN && view.blocks[next].kind !== 'table-cell' && !view.texts[next].trim()) next++;
    const table = view.blocks[next];
    if (!table || table.kind !== 'table-cell') continue;
    // A table of everyone's tasks ("Task | When | How we'll check") is not this contact's timetable.
    if (TASK_TABLE_HEADER.test(view.folded[next].trim())) continue;
    let timed = false;
    for (let i = next; i < view.blocks.length && i < next + 40 && view.blocks[i].kind === 'table-cell' && view.blocks[i].table === table.table; i++) {
      if (holdsTimeExpression(view.folded[i])) {
        timed = true;
        break;
      }
    }
    if (timed) findings.splice(k, 1);
  }
}
