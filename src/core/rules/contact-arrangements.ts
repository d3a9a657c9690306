import type { DocumentView } from '../document-view';
import { cite, CIN_CP } from '../guidance';
import type { Finding } from '../model';
import { formatMessage, NO_FINDINGS, type ParagraphRule } from '../rule';
import { trimSpan } from '../text';
import { TIME_EXPRESSION } from '../timing';
import { missingDetails, worthAPrompt } from './contact-details';
import { contactTableProblems } from './contact-table';
import { findContact } from './contact-topic';

// CIN/CP guidance §2.4 lists what a contact task must state. A line is a contact line by its topic
// (contact-topic.ts: a child and family who live apart, together or in touch, in any wording); its
// details are read from the line and the other cells of its table row (contact-details.ts), and a
// contact timetable set out as a table is read row by row (contact-table.ts).

/** "as set out below:", "in the table below": the details follow in a table of their own. */
const DETAILS_BELOW = /\b(?:set out|shown|listed|given|as)\s+below\b|\bin the (?:table|schedule|plan) below\b|:\s*$/;
/** A purpose line says why ("So that Mia's time with her parents is safe"); one with "will" is an arrangement in the wrong place. */
const ARRANGES = /\b(?:will|shall|is to|are to)\b/;
/** Sections whose lines say what happened or what will happen if it goes wrong: never a contact task. (A list of who took part is read without its bracketed roles.) */
const NOT_TASK_SECTIONS = new Set(['concerns', 'contingency']);

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
  reviewWithAgreement(findings, view) {
    detailsInTableBelow(findings, view);
    contactTimetables(findings, view);
  },
  check({ text, folded, section, role, actor, rowContext }) {
    // A heading or label ("Seeing family") names a part of the agreement, it arranges nothing.
    if (role.labelOnly || (section && NOT_TASK_SECTIONS.has(section))) return NO_FINDINGS;
    if (section === 'purpose' && !ARRANGES.test(folded)) return NO_FINDINGS;
    // A worker named only in another cell of the row ("Liam / SW") leaves the line's own subject to be read.
    const professional = actor?.kind === 'professional';
    const found = findContact(text, folded, professional, professional && actor.end === actor.start && rowContext !== undefined);
    if (!found || DETAILS_BELOW.test(folded)) return NO_FINDINGS;
    const { gap, missing } = missingDetails(rowContext ? `${folded} | ${rowContext}` : folded, found.remote, found.venueImplied);
    if (!worthAPrompt(gap, found.remote, found.toFamily)) return NO_FINDINGS;
    return [{ start: found.start, end: found.end, messageId: 'missingDetails', data: { missing: missing.join(', ') }, suggestions: [SUGGESTION] }];
  },
};

/** A contact timetable's rows with details missing get the prompt on their "when" cell (and no vague-task prompt there). */
function contactTimetables(findings: Finding[], view: DocumentView): void {
  for (const { paragraph, missing } of contactTableProblems(view)) {
    if (findings.some((f) => f.paragraph === paragraph && f.ruleId === contactArrangementsRule.id)) continue;
    const text = view.texts[paragraph];
    const { start, end } = trimSpan(text, 0, text.length);
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
      if (TIME_EXPRESSION.test(view.folded[i])) {
        timed = true;
        break;
      }
    }
    if (timed) findings.splice(k, 1);
  }
}
