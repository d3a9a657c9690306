import type { DocumentView } from '../document-view';
import { cite, CIN_CP, DERBY, RUTLAND } from '../guidance';
import type { Finding } from '../model';
import { formatMessage, NO_FINDINGS, type ParagraphContext, type ParagraphRule } from '../rule';
import { EVENT_ANCHORED, hasTimeExpression, VAGUE_STATE, weakQualifiers } from '../timing';
import { hasSpaceSeparatedWords } from '../measure';
import { trimSpan } from '../text';
import { isTopicFragment, isTwoWordInstruction } from '../tasks';
import { IMPERATIVE_LINE } from '../commitment-runs';
import { cleanLabel, TIMED_LEAD_IN } from '../section-labels';
import { OBSERVABLE, VAGUE_ACTION } from './vague-actions';

/** The three parts of a task, as the messages name them. */
const PART = { who: 'who will do it', what: 'an action others can see', when: 'when or how often' };

const SUGGEST = {
  nameWho: 'Name the person or role, for example "Ms Smith will…" or "Belinda Jones (social worker) will…".',
  sayWho: 'Say who will do this: "(name) will…".',
  sayAction: 'Say what the person will do and when, for example "Mum will start the bedtime routine at 7pm every night".',
  replaceVague: 'Replace "{{phrase}}" with what the person will actually do, for example "go to every appointment at…", "phone… every Monday".',
  addWhen: 'Add when: a date ("by 7 December 2026"), a frequency ("every Tuesday at 4pm", "twice a week") or "at all times".',
  howOften: 'every week (or say how often)',
  sayExactly: 'say exactly when or what is expected',
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
const INSTRUCTION_VERB = new RegExp(`${IMPERATIVE_LINE.source}|^\\W*please (?:do not|don't)\\b`);

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

/** "Nobody drinks before family time", "No one smokes in the flat": a rule for everyone names who it binds. */
const NOBODY = /^\W*(?:nobody|no one|no-one|none of (?:us|you|them|the adults))\b/;

function missingWho(context: ParagraphContext): Gap | null {
  const { headingActor, text, folded, role } = context;
  const actor = subjectOfLine(context);
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

/** What: the first vague action with no observable action beside it. */
function missingWhat({ text, folded, role }: ParagraphContext): Gap | null {
  for (let m = VAGUE_ACTION.exec(folded, 0); m; m = VAGUE_ACTION.exec(folded, m.end)) {
    if (m.index < role.contentStart || observableOutside(folded, m.index, m.end)) continue;
    return { part: PART.what, suggestion: formatMessage(SUGGEST.replaceVague, { phrase: text.slice(m.index, m.end) }), span: { start: m.index, end: m.end } };
  }
  return isTopic(folded, role.contentStart) ? { part: PART.what, suggestion: SUGGEST.sayAction } : null;
}

/** A topic with no verb ("Healthy diet"). */
function isTopic(folded: string, from: number): boolean {
  return isTopicFragment(folded, firstWordAt(folded, from));
}

/** When: a date, a frequency or a standing rule, in the task or in the other cells of its row. */
/** A standing rule holds all the time: "will only leave Oscar with…", "will not drink before…". */
const STANDING_RULE = {
  /**
   * "will not …", "and not come to …", "will stay at his brother's flat", a line that opens "Not bring …",
   * "Never leave …", "Nobody will …" or "Neither parent will …", "(will) keep no knives in the car", where someone sleeps or lives ("Jay sleeps in his own cot"), and a role someone takes on
   * for as long as the plan lasts ("Janet will be Chloe's birth partner"), and things kept safe or rules kept
   * ("keep the medication in the locked cupboard", "keep the stair gate shut", "keep to his curfew"), and one person
   * or thing instead of another ("talk to the foster carer, not the children, about court").
   */
  pattern: /\b(?:will|must|is to|agrees? to|are to)\s+(?:only|not|never)\b|\b(?:and|but|or) (?:will |must )?(?:not|never) [a-z]|\b(?:will|must|is to|are to) (?:stay|live|sleep|remain) (?:at|with|in|on)\b|^\W*(?:not|never|do not|don't|no|nobody|no one|no-one|none of|neither) [a-z]|(?:\b(?:will|must|is to|are to) |^\W*)(?:keep|have|bring|let|allow|carry|take|leave|give|post|share|say) (?:no|nothing|nobody|no one)\b|\b(?:sleeps|stays|lives|remains) (?:at|with|in|on)\b|\b(?:will|is to) be (?:[a-z]+'s|the|his|her|their) (?:[a-z-]+ ){0,2}(?:partner|carer|contact|person|worker|professional|adult|supporter|guardian|link|lead)\b|\bkeep(?:s|ing)? (?:all |the |his |her |their |any |every )?(?:[a-z'-]+,? ){0,10}(?:locked|shut|closed|out of (?:reach|sight)|in (?:a |the )?(?:locked|high)\b|switched (?:on|off)|charged)|\bkeep(?:s|ing)? to (?:his|her|their|the) (?:curfew|bail conditions|bail|rules|conditions|licence|licence conditions)\b|, not (?!(?:just|only|always|yet|even|least)\b)[a-z]/,
  needs: /\b(?:not|only|never|no|nobody|nothing|none|neither|don't|stay|stays|live|lives|sleep|sleeps|remain|remains|be|keep|keeps|keeping)\b/,
  test(body: string): boolean {
    return this.needs.test(body) && this.pattern.test(body);
  },
};
/** A condition says when: "if Josh smells of alcohol", "on days she cannot". */
const CONDITION_AS_WHEN = new RegExp(`\\b(?:(?:if|whenever)(?!\\s+(?:needed|required|necessary|appropriate|possible|need be|they can|he can|she can|able)\\b)|each time|every time|as soon as(?!\\s+(?:possible|practicable|able|they can|he can|she can)\\b)|on (?:the )?days?(?: when)?|when (?!${VAGUE_STATE})(?:he|she|they|[a-z]+) (?:is|are|has|have|comes?|goes?|visits?))\\b`);

/** Taking a child to or from family time says when: every session the agreement sets ("will bring Ava to the centre and collect her"). */
const SESSION_ERRAND = /\b(?:bring|brings|take|takes|drop|drops|collect|collects|pick up|picks up|drive|drives)\b[^.;]{0,50}\b(?:to|from|at) (?:the )?(?:contact |family time )?(?:centre|session|family time)\b/;

function missingWhen({ folded, role, rowContext }: ParagraphContext): Gap | null {
  const body = folded.slice(role.contentStart);
  if (hasTimeExpression(body) || CONDITION_AS_WHEN.test(body) || STANDING_RULE.test(body) || SESSION_ERRAND.test(body) || EVENT_ANCHORED.test(body) || (rowContext && hasTimeExpression(rowContext))) return null;
  return { part: PART.when, suggestion: SUGGEST.addWhen };
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
  // "… every day and generally be a better dad": a vague verb joined on by "and" is a commitment of its own.
  if (AND_JUST_BEFORE.test(folded.slice(from, start))) from = start;
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
 * A heading that is itself a condition or a time ("When Tegan goes into labour", "At bedtime", "After
 * school", "Every Saturday", "Each morning", a lead-in "Until the review you will:"): the lines under it say when by it. A heading asking when ("When you will see Dad",
 * "When we will meet again") does not.
 */
const WHEN_HEADING = {
  opens: /^\W*(?:when|whenever|if|once|as soon as|after|before|during|while|every|each|daily|weekly|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:in the )?(?:mornings?|evenings?)|at (?:night|bedtime|weekends?|the weekend|breakfast|tea ?time)|on (?:the day|school days|weekdays))\b/,
  asks: /\b(?:will|'ll|going to|should|shall|do we|does|is it|are we)\b|\?/,
  test(folded: string): boolean {
    return (this.opens.test(folded) && !this.asks.test(folded)) || TIMED_LEAD_IN.test(cleanLabel(folded));
  },
};
/** How far up a task's heading may be (a long list under one heading). */
const HEADING_WITHIN = 40;

/** Drop the "no when" prompt of tasks listed under a heading that says when. */
function whenFromHeading(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== vagueTaskRule.id || finding.messageId !== 'missingWhen' || view.blocks[finding.paragraph]?.kind === 'table-cell') continue;
    for (let j = finding.paragraph - 1; j >= 0 && j >= finding.paragraph - HEADING_WITHIN; j--) {
      if (!view.roles[j].labelOnly || view.blocks[j].kind === 'table-cell') continue;
      if (WHEN_HEADING.test(view.folded[j])) findings.splice(k, 1);
      break;
    }
  }
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

/** "the names of family members who could look after the children if needed": the qualifier describes who, not the task. */
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|whom|which)\b[^,;.]*$/;

/**
 * A promise in the contingency or the review ("Lou will keep supporting the family as needed", "the
 * arrangements will be reviewed regularly") is a task of its own, though those parts hold no task list.
 */
const FOLLOW_UP_SECTIONS = new Set<ParagraphContext['section']>(['contingency', 'review-date']);
const PROMISE = /\b(?:will|shall|is to|are to)\s+(?:be\s+)?[a-z]/;

export const weakQualifierRule: ParagraphRule = {
  id: 'weak-qualifier',
  scope: 'paragraph',
  category: 'vague-task',
  severity: 'warning',
  description: 'Words like "as appropriate", "where possible" or "regularly" make a task optional or impossible to measure.',
  source: cite(RUTLAND, '§6 Good Written Agreements Are (specific, measurable)'),
  messages: {
    weakQualifier: '"{{phrase}}" leaves it open whether the task is done. Say exactly what, when or how often.',
  },
  check({ text, folded, role, isTask, section }) {
    if (!isTask && !(FOLLOW_UP_SECTIONS.has(section) && !role.labelOnly && PROMISE.test(folded))) return NO_FINDINGS;
    const qualifiers = weakQualifiers(folded);
    if (qualifiers.length === 0) return NO_FINDINGS;
    return qualifiers
      .filter((q) => q.start >= role.contentStart && !RELATIVE_CLAUSE_BEFORE.test(folded.slice(Math.max(role.contentStart, q.start - 80), q.start)))
      .map((q) => ({
        start: q.start,
        end: q.end,
        messageId: 'weakQualifier',
        data: { phrase: text.slice(q.start, q.end) },
        suggestions: [/regular/.test(q.phrase) ? SUGGEST.howOften : SUGGEST.sayExactly],
      }));
  },
};
