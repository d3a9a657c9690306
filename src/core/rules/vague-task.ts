import type { DocumentView } from '../document-view';
import { cite, CIN_CP, DERBY, RUTLAND } from '../guidance';
import type { Finding } from '../model';
import { formatMessage, NO_FINDINGS, type ParagraphContext, type ParagraphRule } from '../rule';
import { holdsTimeExpression } from '../timing';
import { hasSpaceSeparatedWords } from '../measure';
import { trimSpan } from '../text';
import { isTopicFragment, isTwoWordInstruction } from '../tasks';
import { IMPERATIVE_LINE } from '../commitment-runs';
import { cleanLabel, TIMED_LEAD_IN } from '../section-labels';
import { OBSERVABLE, VAGUE_ACTION } from './vague-actions';
import { CONDITION_AS_WHEN, namedThingTimedElsewhere, OCCASION, saysWhen } from './vague-when';
import { vagueByParts, type VaguePartKind } from './vague-parts';

/** The three parts of a task, as the messages name them. */
const PART = { who: 'who will do it', what: 'an action others can see', when: 'when or how often' };

const SUGGEST = {
  nameWho: 'Name the person or role, for example "Ms Smith will…" or "Belinda Jones (social worker) will…".',
  sayWho: 'Say who will do this: "(name) will…".',
  sayAction: 'Say what the person will do and when, for example "Mum will start the bedtime routine at 7pm every night".',
  replaceVague: 'Replace "{{phrase}}" with what the person will actually do, for example "go to every appointment at…", "phone… every Monday".',
  addWhen: 'Add when: a date ("by 7 December 2026"), a frequency ("every Tuesday at 4pm", "twice a week") or "at all times".',
};

const MEASURABLE = 'Everyone must be able to tell whether it has been done.';

/** A part of the task that is missing, what to do about it, and the words to point at if any. */
interface Gap {
  part: string;
  suggestion: string;
  span?: { start: number; end: number };
}

/** Who: a named person or role, from the line itself or the heading above it. */
/** A passive line that names who acts: "… supervised by Nia Evans", "… run by the family time service". */
const PASSIVE_AGENT = {
  needs: / by | through /,
  pattern: /\b(?:(?:supervised|run|led|arranged|organised|held|chaired|done|provided|carried out|booked|hosted|made) by|(?:go|goes|come|comes|be made|be arranged|be agreed) through) (?:the )?(?:[A-Z][\p{L}'\u2019-]+|(?:social|family|support|contact|key|youth|family time) (?:worker|team|service)s?)/u,
  test(text: string): boolean {
    return this.needs.test(text) && this.pattern.test(text);
  },
};

/**
 * A line that opens with an instruction ("Do not talk to …", "Help Jodie apply … so she can get to visits",
 * "Meet your IDVA … and agree that she can tell …"): a subject after its verb is in a clause of its own.
 */
const INSTRUCTION_VERB = new RegExp(`${IMPERATIVE_LINE.source}|^\\W*please (?:do not|don't)\\b|^\\W*not (?:to )?[a-z]+\\b`);

/** A session or its time, told what happens to it when something goes wrong ("If the centre is late, the lost time will be made up"). */
const SCHEDULE_THING = /^(?:the |any |this |that |a )?(?:lost |missed |next |whole |same )?(?:time|session|visit|call|contact|meeting|family time|handover|appointment)s?$/;

/** "… so she", "… and agree that she", "… about where she": what findActor took for a subject ends in a clause of its own. */
const CLAUSE_SUBJECT_AT_END = /\b(?:so|that|because|whether|until|unless|where|when|what|who|how|why|if|while)\s+[a-z]+$/;

function subjectOfLine({ actor, folded, role }: ParagraphContext): ParagraphContext['actor'] {
  if (!actor || actor.end <= actor.start) return actor;
  const opening = INSTRUCTION_VERB.exec(folded.slice(role.contentStart));
  if (!opening) return actor;
  const afterVerb = actor.start >= role.contentStart + opening.index + opening[0].length;
  return afterVerb || CLAUSE_SUBJECT_AT_END.test(folded.slice(actor.start, actor.end)) ? undefined : actor;
}

/**
 * "Nobody drinks before family time", "No one smokes in the flat", "There will always be a sober adult in the house": a rule
 * for everyone names who it binds.
 */
const NOBODY = /^\W*(?:nobody|no one|no-one|none of (?:us|you|them|the adults)|there (?:will|must|should|has to|needs to) (?:always be|never be|be no|be at least|be one)|there (?:is|are) (?:always|never|no|at least|one)(?= [a-z]))\b/;

/** "… keep his messages in a folder, which she will go through …": a relative clause's pronoun points back to who is named. */
const RELATIVE_PRONOUN_SUBJECT = /^(?:which|who|that|whom|where|when) (?:he|she|they|we|i|you)$/;

function missingWho(context: ParagraphContext): Gap | null {
  const { headingActor, text, folded, role } = context;
  const actor = subjectOfLine(context);
  if (actor && RELATIVE_PRONOUN_SUBJECT.test(folded.slice(actor.start, actor.end))) return null;
  const kind = actor?.kind ?? 'none';
  const hasVerb = (actor?.verbAt ?? -1) >= 0;
  if (NOBODY.test(folded.slice(role.contentStart))) return null;
  if (kind === 'generic' && PASSIVE_AGENT.test(text)) return null;
  if (kind === 'generic' && SCHEDULE_THING.test(folded.slice(actor!.start, actor!.end)) && CONDITION_AS_WHEN.test(folded.slice(role.contentStart))) return null;
  if (kind === 'generic' && actor!.end > actor!.start) return { part: PART.who, suggestion: SUGGEST.nameWho, span: { start: actor!.start, end: actor!.end } };
  const named = headingActor === 'family' || headingActor === 'professional';
  if (kind === 'generic' || (kind === 'none' && hasVerb && !named) || (kind === 'none' && !hasVerb && headingActor === 'generic')) {
    return { part: PART.who, suggestion: SUGGEST.sayWho };
  }
  return null;
}

/**
 * "… so he understands why", "… so that Mum feels listened to": what the task is for, after the task itself; the aim
 * of a task is no task of its own.
 */
const PURPOSE_BEFORE = /[a-z,] (?:so|so that|in order that|in order to|so as to) (?:[a-z'\u2019-]+ ){0,3}$/;
/** The words before a vague verb end in "so (that) …" after a task that says when or can be seen done. */
function aimOfTask(before: string): boolean {
  const purpose = PURPOSE_BEFORE.exec(before);
  if (!purpose) return false;
  const task = before.slice(0, purpose.index + 1);
  return observableIn(task) || saysWhen(task, undefined);
}

/** What: the first vague action with no observable action beside it, else a part of the task vague by its kind. */
function missingWhat({ text, folded, role, rowContext }: ParagraphContext): Gap | null {
  for (let m = VAGUE_ACTION.exec(folded, 0); m; m = VAGUE_ACTION.exec(folded, m.end)) {
    if (m.index < role.contentStart || observableOutside(folded, m.index, m.end) || aimOfTask(folded.slice(role.contentStart, m.index))) continue;
    return vagueGap(text, m.index, m.end);
  }
  const part = vagueByParts(folded, role.contentStart);
  if (part && !observableOutside(folded, part.start, part.end) && vagueAsTimed(part.kind, folded.slice(role.contentStart), rowContext)) return vagueGap(text, part.start, part.end);
  return isTopic(folded, role.contentStart) ? { part: PART.what, suggestion: SUGGEST.sayAction } : null;
}

/**
 * Whether a part vague by its kind stays vague with the time the task gives: help with a class of things ("support Grace with
 * routines") is a task once it says when, help of anyone ("always look after Kai") is left to the prompt for a time unless
 * "always" is its only time; "always" says no time for an activity.
 */
function vagueAsTimed(kind: VaguePartKind, body: string, rowContext: string | undefined): boolean {
  if (kind !== 'help' && kind !== 'activity') return true;
  const timed = saysWhen(withoutAlways(body), rowContext && withoutAlways(rowContext));
  return kind === 'help' ? !timed : !timed && saysWhen(body, rowContext);
}

const vagueGap = (text: string, start: number, end: number): Gap => ({ part: PART.what, suggestion: formatMessage(SUGGEST.replaceVague, { phrase: text.slice(start, end) }), span: { start, end } });

/** "Always", "at all times": a rule's time, which makes no activity specific. */
const ALWAYS = /\b(?:always|at all times|all the time|ongoing|constantly|continually|continuously)\b/g;
const withoutAlways = (folded: string): string => folded.replace(ALWAYS, '');

/** A topic with no verb ("Healthy diet"). */
function isTopic(folded: string, from: number): boolean {
  return isTopicFragment(folded, firstWordAt(folded, from));
}

/** When: a date, a frequency, an occasion or a standing rule, in the task or in the other cells of its row. */
function missingWhen({ folded, role, rowContext }: ParagraphContext): Gap | null {
  return saysWhen(folded.slice(role.contentStart), rowContext) ? null : { part: PART.when, suggestion: SUGGEST.addWhen };
}

/**
 * Where one commitment ends and the next begins: the end of a sentence, a semicolon, or "and she will also …".
 * An observable action in another commitment of a long line does not make a vague one specific.
 */
const CLAUSE_BREAK = /[.;!?](?:\s|$)|,? and (?:then |also )?(?:(?:he|she|they|we|i|you|[a-z]+) )?(?:will|is to|are to|must)\b/g;

function observableOutside(folded: string, start: number, end: number): boolean {
  let from = 0;
  let to = folded.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(folded); m; m = CLAUSE_BREAK.exec(folded)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  // "… every day and generally be a better dad": a vague verb joined on by "and" is a commitment of its own, unless the
  // words after "and" are its own observable verb ("… and check he attends").
  const joined = AND_JUST_BEFORE.exec(folded.slice(from, start));
  if (joined) from += joined.index + 4;
  return observableIn(folded.slice(from, start)) || observableIn(folded.slice(end, to));
}
const AND_JUST_BEFORE = /\band (?:[a-z]+ ){0,2}$/;

/** An observable action, not the same word as a noun after "during", "each", "the" ("during visits", "after each call"). */
function observableIn(text: string): boolean {
  OBSERVABLE_ANYWHERE.lastIndex = 0;
  for (let m = OBSERVABLE_ANYWHERE.exec(text); m; m = OBSERVABLE_ANYWHERE.exec(text)) {
    if (!NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !compoundNounAtEnd(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
const OBSERVABLE_ANYWHERE = new RegExp(OBSERVABLE.source, 'g');
const NOUN_BEFORE = /\b(?:during|each|every|all|the|a|an|any|their|his|her|your|at|before|after|between|of)\s$/;
/** "… included in the conference report.": a word after a determiner and another word, ending the clause, is a noun. */
const DETERMINER_AND_WORD_BEFORE = /\b(?:the|a|an|their|his|her|your|each|every|any) [a-z'\u2019-]+ $/;
const CLAUSE_END_AFTER = /^\s*(?:[.;,]|$)/;
const compoundNounAtEnd = (text: string, start: number, end: number): boolean =>
  CLAUSE_END_AFTER.test(text.slice(end, end + 3)) && DETERMINER_AND_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/**
 * A heading or lead-in that is itself a condition or a time ("When Tegan goes into labour", "At bedtime", "Every morning
 * before school, Kelly will:", a lead-in "Until the review you will:", "You will do these things by 20 December:", "Things
 * to get done before the baby is born:"): the lines under it say when by it. A heading asking when ("When you will see Dad",
 * "When we will meet again") does not, nor one dating the agreement ("What Kelly will do (agreed 1 December 2026)").
 */
const WHEN_HEADING = {
  opens: /^\W*(?:when|whenever|if|once|as soon as|after|before|during|while|every|each|daily|weekly|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:in the )?(?:mornings?|evenings?)|at (?:night|bedtime|weekends?|the weekend|breakfast|tea ?time)|on (?:the day|school days|weekdays))\b/,
  asks: /^\W*(?:when|how often|what time)\s+(?:[a-z'\u2019-]+ ){0,3}(?:will|shall|should|can|do|does|is|are)\b|\?/,
  dated: /\b(?:dated|signed|written|updated|reviewed|date)\b|\bagreed (?:on )?\d/,
  /** "Thank you for meeting me on 1 December. You will:": the sentence before a lead-in tells what happened, not when. */
  told: /^.*[.!?]\s+(?=\S)/s,
  test(folded: string): boolean {
    if (this.asks.test(folded)) return false;
    const label = cleanLabel(folded).replace(this.told, '');
    return this.opens.test(folded) || TIMED_LEAD_IN.test(label) || ((holdsTimeExpression(label) || OCCASION.test(label)) && !this.dated.test(label));
  },
};
/** How far up a task's heading may be (a long list under one heading). */
const HEADING_WITHIN = 40;
/** A lead-in sentence that introduces the list beneath it ("By 20 December you will:"), read as the list's heading. */
const LEAD_IN_END = /:\s*$/;

/** Drop the "no when" prompt of tasks listed under a heading or lead-in that says when (in a table, a row above in its table), or naming a course another task times. */
function whenFromHeading(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== vagueTaskRule.id || finding.messageId !== 'missingWhen') continue;
    if (view.scans.ofFindingAround('when-from-heading', finding, HEADING_WITHIN, 0, () => headingSaysWhen(finding.paragraph, view)) || namedThingTimedElsewhere(finding.paragraph, view)) findings.splice(k, 1);
  }
}

/** The heading, lead-in or title row the task at `paragraph` is listed under says when. */
function headingSaysWhen(paragraph: number, view: DocumentView): boolean {
  const task = view.blocks[paragraph];
  for (let j = paragraph - 1; j >= 0 && j >= paragraph - HEADING_WITHIN; j--) {
    const above = view.blocks[j];
    if (task?.kind === 'table-cell' && (above.kind !== 'table-cell' || above.table !== task.table)) break;
    if (task?.kind === 'table-cell' && above.row === task.row) continue;
    const leadIn = LEAD_IN_END.test(view.texts[j]) || above.fullWidthRow === true;
    if (!view.roles[j].labelOnly && !leadIn) continue;
    if (task?.kind !== 'table-cell' && above.kind === 'table-cell') continue;
    // A column's header ("When", "By when") asks when of each row; a title row or lead-in across the table says it.
    // (Many tasks share a heading: its answer is kept with the paragraph.)
    return (task?.kind !== 'table-cell' || leadIn) && view.scans.ofParagraph('when-heading', j, () => WHEN_HEADING.test(view.folded[j]));
  }
  return false;
}

export const vagueTaskRule: ParagraphRule = {
  id: 'vague-task',
  scope: 'paragraph',
  tasksOnly: true,
  category: 'vague-task',
  severity: 'warning',
  description:
    'Every task needs three parts: who will do it (a named person or role), what they will do that others can see, and when or how often.',
  source: `${cite(RUTLAND, '§6 Good Written Agreements Are (specific, measurable, time-limited)')}; ${cite(CIN_CP, '§2.4 Specific tasks')}; ${cite(DERBY, '§6 Good Written Agreements')}`,
  messages: {
    // A task that only lacks a time is still a task: a gentler prompt (info) than one that cannot be measured at all.
    missingWhen: `This task does not say ${PART.when}. ${MEASURABLE}`,
    missingParts: `This task does not say {{missing}}. ${MEASURABLE}`,
  },
  reviewWithAgreement: whenFromHeading,
  check(context) {
    const { text, folded, role } = context;
    const from = role.contentStart;
    // Fewer than three words: not a task worth checking, unless a row says the rest or it is an instruction ("Be sensible.").
    if (!hasSpaceSeparatedWords(folded, from, folded.length, context.rowContext !== undefined ? 2 : 3) && !(hasSpaceSeparatedWords(folded, from, folded.length, 2) && isShortTask(folded, firstWordAt(folded, from)))) return NO_FINDINGS;
    const gaps = [missingWho(context), missingWhat(context), missingWhen(context)].filter((gap): gap is Gap => gap !== null);
    if (gaps.length === 0) return NO_FINDINGS;
    const missing = gaps.map((gap) => gap.part);
    const suggestions = gaps.map((gap) => gap.suggestion);
    // The finding covers the first part that has words to point at, else the whole task.
    const { start, end } = gaps.find((gap) => gap.span)?.span ?? trimSpan(text, from, text.length);
    if (missing.length === 1 && missing[0] === PART.when) return [{ start, end, messageId: 'missingWhen', suggestions, severity: 'info' }];
    return [{ start, end, messageId: 'missingParts', data: { missing: joinParts(missing) }, suggestions, severity: 'warning' }];
  },
};

/** Two words that are still a task: an instruction ("Be sensible.") or a topic ("Healthy diet"). */
const isShortTask = (folded: string, at: number): boolean => isTwoWordInstruction(folded, at) || isTopicFragment(folded, at);

function firstWordAt(folded: string, from: number): number {
  let at = from;
  while (at < folded.length && !/[a-z]/.test(folded[at])) at++;
  return at;
}

function joinParts(parts: string[]): string {
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}
