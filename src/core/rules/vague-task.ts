import type { DocumentView } from '../document-view';
import { cite, CIN_CP, DERBY, RUTLAND } from '../guidance';
import type { Finding } from '../model';
import { formatMessage, NO_FINDINGS, type ParagraphContext, type ParagraphRule } from '../rule';
import { hasTimeExpression, VAGUE_STATE, weakQualifiers } from '../timing';
import { hasSpaceSeparatedWords } from '../measure';
import { trimSpan } from '../text';
import { isTwoWordInstruction } from '../tasks';

/**
 * Actions nobody can see happen. Each is matched on folded text. "Ensure" and "support" are
 * not here on their own: "ensure Jo is at school by 8.50am every day" is specific.
 * Every alternative starts at a word boundary: one \b before the group (the same attempts in the
 * same order) lets most positions fail at once.
 */
const VAGUE_ACTION = new RegExp(
  `\\b(?:${[
    '(?:re-?)?engag(?:e|es|ing)(?: (?:fully|positively|openly|honestly|meaningfully))?(?: (?:with|in))?\\b',
    'co-?operat(?:e|es|ing)(?: fully)?(?: with)?\\b',
    'address(?:es|ing)? (?:the |their |his |her |any |all |these |those |my |our )?(?:\\w+ )?(?:concerns?|issues?|drinking|drug use|alcohol use|substance \\w+|mental health|behaviou?r|problems?|needs|difficulties|worries|risks?)\\b',
    'improv(?:e|es|ing)\\b',
    // "work" as a verb: not the noun in "leaves for work at 7.30am".
    '(?<!\\b(?:for|to|from|after|before|off) )work (?:on|towards|at(?! \\d)|to improve|to address|to reduce|to change|to understand)\\b',
    'work (?:openly |honestly |positively |closely )?with (?:[\\w\'&]+ ){1,4}to (?:address|improve|reduce|tackle|understand|manage|support|look at|think about)\\b',
    'work (?:openly|honestly|positively|closely|together|in partnership)(?: with)?\\b',
    '(?:show|shows|demonstrate|demonstrates|gain|develop|have) (?:\\w+ )?(?:insight|understanding|commitment|awareness|empathy|willingness|motivation|capacity|ability)\\b',
    '(?:understand|understands|recognise|recognises|acknowledge|acknowledges|appreciate|realise|realises|reflect on|reflects on|think about|thinks about|consider|considers|be aware of|be mindful of|have regard to|learn (?:about|how|from))\\b',
    '(?:take|takes|accept|accepts) (?:full |more )?responsibility\\b',
    'prioritis(?:e|es|ing)\\b',
    'make (?:better|good|positive|safer|safe|healthy|healthier|sensible|appropriate|the right|wise|wiser) (?:choices|decisions)\\b',
    'be (?:a )?(?:good|positive|better|appropriate|responsible|protective|supportive|consistent|nurturing) (?:role model|parents?|carers?|mum|dad|mother|father|influence)\\b',
    '(?:ensure|make sure|see that) (?:that )?(?:the |all |their |his |her |jo\'s |sam\'s |the children\'s |the child\'s )*(?:\\w+\'s )?(?:basic |emotional |physical |health |care |educational |developmental |day to day |everyday )*(?:needs|welfare|wellbeing|well-being|safety|best interests)(?: (?:are|is|will be) (?:met|promoted|maintained|prioritised|safeguarded))?\\b',
    '(?:ensure|make sure|see) (?:that )?(?:the |their |his |her |our )?(?:home|house|flat|environment|children|child|baby|family home|home environment) (?:is|are) (?:kept )?(?:safe|clean|appropriate|suitable|well cared for|happy|settled|stable|nurturing)\\b(?! (?:by|before|every|each|at all times))',
    'meet (?:the |all |their |his |her )?(?:children\'s |child\'s |\\w+\'s )?(?:basic |emotional |physical )?needs\\b',
    'keep (?:the children|the child|them|him|her|[a-z]+ and [a-z]+) safe\\b(?! from \\w+ by)',
    'maintain (?:a |an )?(?:safe|clean|appropriate|good|suitable|stable|healthy|positive)\\b',
    '(?:be|remain|stay) (?:honest|open|truthful|transparent|supportive|available|responsible|protective|appropriate|positive|consistent|child[- ]focused|engaged|committed|motivated|cooperative|co-operative|compliant)\\b',
    'behave (?:appropriately|responsibly|well|better)\\b',
    '(?:do|try) (?:their|his|her|my|our) best\\b',
    '(?:make|show|demonstrate|sustain) (?:(?:sustained|real|lasting|positive|significant|meaningful|further|the necessary|necessary|good|enough|more of|more) )?(?:progress|changes?|improvements?|an effort|efforts?|every effort)\\b',
    '(?:seek|access|accept|get|receive) (?:help|support|advice|services|treatment|input)\\b(?! (?:from|at|with) [A-Z])',
    // Support of a kind, not of a thing: "offer ongoing support", "provide robust, needs-led support".
    '(?:offer|provide|give) (?:(?:ongoing|continued|continuing|some|any|further|additional|appropriate|practical|emotional|relevant|general|robust|needs-led|tailored|holistic|intensive|targeted|flexible|bespoke|wraparound|multi-agency)(?:,? (?:and )?)?){0,3}(?:support|help|advice|guidance|input|assistance)(?! (?:with|to|by|on|at)\\b)',
    'support (?:the family|the parents|parents|ms \\w+|mr \\w+|mrs \\w+|mum|dad|them|him|her|the children|jo|sam)\\s*(?:[.;,]|$| as | where | when | if | with any)',
    'monitor(?:s|ing)? (?:the situation|progress|things|the family|the children|the child|how)\\b',
    '(?:look after|care for) (?:the children|the child|them|him|her) (?:properly|well|appropriately|better|safely)\\b',
    '(?:reduce|cut down|cut back)(?: on)? (?:their|his|her|my)? ?(?:drinking|alcohol|drug use|smoking|cannabis)\\b(?! to )',
    'take (?:appropriate |necessary |suitable )?(?:action|steps|measures)\\b',
    'keep (?:in touch|in contact)\\b',
    'be (?:more|less) \\w+\\b',
    'get better at\\b',
    'promot(?:e|es|ing)\\b',
    // Attitudes and inner states rather than actions, and classes of things without which or when.
    'manag(?:e|es|ing) (?:(?:his|her|their|my|your|our|the) )?(?:anger|temper|emotions|feelings|behaviou?r|stress|mental health|drinking|drug use|moods?|relationships?|arguments|conflict|rows|arguing|risks?)\\b',
    'work (?:openly |closely |positively |honestly )?with (?:all |the |other |relevant |partner )?(?:professionals|services|agencies|workers|everyone|team|agencies involved)\\b(?! (?:to|on|every|each|at|by|from)\\b)',
    'liais(?:e|es|ing) with (?:all |the |other |relevant |partner )?(?:agencies|services|professionals|everyone|partners)\\b',
    '(?:keep|stay) on top of\\b',
    '(?:stay|remain|keep|be) (?:involved|in the loop|in touch)\\b',
    '(?:attend|go to|keep|make) (?:all |any |their |his |her |the |every )?(?:appointments|meetings|sessions|groups|courses|classes|services|activities)\\b(?! (?:at|with|on|every|each|in|for|run by)\\b)',
    '(?:support|help) (?:[a-z]+ )?(?:emotionally|more|better)\\b',
    '(?:be|become) (?:a )?(?:better|good|safe|protective) (?:parents?|mum|dad|carers?)\\b',
    // Watching and sorting without saying what: "keep an eye on things", "sort out your working hours", "look into it".
    'keep(?:s|ing)? an eye on\\b',
    'sort(?:s|ing)? out (?:(?:his|her|their|my|your|our|the|any|all) )?(?:\\w+ )?(?:things|everything|stuff|problems?|issues?|life|lives|head|hours|finances|money|debts?|routines?|mess)\\b',
    // The object before the particle: "sort the house out", "get things sorted".
    'sort(?:s|ing)? (?:(?:his|her|their|my|your|our|the) )?(?!out\\b)\\w+ (?:\\w+ )?out\\b(?! (?:by|before|on|every)\\b)',
    // Comparatives of how to be, and being around: "be calmer around the kids", "be on hand".
    'be (?:a (?:bit|lot|little) )?(?:calmer|kinder|nicer|gentler|happier|stronger|firmer|fairer|healthier|tidier|quieter|friendlier|stricter|more patient)\\b',
    'be (?:on hand|around more|around|about more|at the end of the phone)\\b',
    'keep(?:s|ing)? (?:an )?(?:overview|oversight|watch) (?:of|on|over)\\b',
    'look(?:s|ing)? into (?:things|it|this|that|the (?:situation|issues?|problems?|concerns?|options))\\b',
    'deal(?:s|ing)? with (?:(?:his|her|their|my|your|our|the|any|all) )?(?:things|it|this|that|stuff|issues?|problems?|concerns?|worries)\\b',
    'be there for\\b',
    'get (?:things|(?:his|her|their|my|your) life) (?:back )?on track\\b',
    'keep (?:things|everything) (?:calm|under control|on track|going)\\b',
    // A class of people or of work, without saying which: "stay away from bad influences", "do some work with Kai about keeping safe".
    '(?:stay|keep) away from (?:bad|negative|the wrong|risky|unsafe|unsuitable|inappropriate) (?:influences|people|crowds?|company|friends|adults)\\b',
    '(?:stay|keep) away from (?:people|friends|anyone|adults) (?:who|that) (?:are|is) (?:a )?(?:bad|negative|unsafe|risky|the wrong)\\b',
    'do (?:some |more |direct |some direct |more direct )?work with (?:[a-z]+ ){1,2}(?:on|about|around)\\b',
  ].join('|')})`,
  'g',
);

/** Actions other people can see: if one is there, a vague phrase beside it is only context. */
const OBSERVABLE = /\b(?:attend|attends|attending|go to|goes to|going to (?:the|every|each|all)|take|takes|taking|bring|brings|collect|collects|drop|pick up|picks up|visit|visits|visiting|call|calls|phone|phones|ring|rings|text|texts|email|emails|write|writes|send|sends|tell|tells|meet|meets|see|sees|book|books|complete|completes|register|registers|sign|signs|stop|stops|stay|stays|sleep|sleeps|live|lives|move|moves|arrange|arranges|pay|pays|give|gives|show (?:the|her|him|them) |cook|cooks|feed|feeds|bath|baths|wash|washes|clean|cleans|tidy|tidies|put (?:\w+ )?to bed|read|reads|walk|walks|drive|drives|check|checks|test|tests|hold|holds|chair|chairs|run|runs|carry out|carries out|refer|refers|make a referral|make an appointment|make (?:a|the|an) \w+ appointment|keep (?:all|every|each|the|their|his|her|this)\b[^.]{0,40}\bappointments?|contact|contacts|let|lets|allow|allows|install|buy|fix|lock|supervise|supervises|accompany|accompanies|wait|share|shares|record|records|fill in|apply|applies|enrol|enrols|join|joins|start|starts|finish|finishes|return|returns|report|reports|provide (?:breakfast|meals?|food|a meal|clean|a copy|copies|transport|a lift|\w+ (?:sessions?|visits?|appointments?))|do (?:a|the) (?:drug|alcohol|hair|breath) test|agree to (?:drug|alcohol|hair|breath) tests?|play|plays|speak|speaks|talk|talks|ask|asks|explain|explains|post|posts|update|updates|write to|invite|invites|organise|organises|set up|sets up|help (?:\w+ )?(?:with|to) \w+|not (?:drink|use|smoke|hit|shout|leave|allow|let|bring|have|go|take))\b/;

/** The three parts of a task, as the messages name them. */
const PART = { who: 'who will do it', what: 'an action others can see', when: 'when or how often' };

const SUGGEST = {
  nameWho: 'Name the person or role, for example "Ms Smith will…" or "Belinda Jones (social worker) will…".',
  sayWho: 'Say who will do this: "(name) will…".',
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
  needs: / by /,
  pattern: /\b(?:supervised|run|led|arranged|organised|held|chaired|done|provided|carried out|booked|hosted|made) by (?:the )?(?:[A-Z][\p{L}'\u2019-]+|(?:social|family|support|contact|key|youth|family time) (?:worker|team|service)s?)/u,
  test(text: string): boolean {
    return this.needs.test(text) && this.pattern.test(text);
  },
};

function missingWho({ actor, headingActor, text }: ParagraphContext): Gap | null {
  const kind = actor?.kind ?? 'none';
  const hasVerb = (actor?.verbAt ?? -1) >= 0;
  if (kind === 'generic' && PASSIVE_AGENT.test(text)) return null;
  if (kind === 'generic' && actor!.end > actor!.start) return { part: PART.who, suggestion: SUGGEST.nameWho, span: { start: actor!.start, end: actor!.end } };
  const named = headingActor === 'family' || headingActor === 'professional';
  if (kind === 'generic' || (kind === 'none' && hasVerb && !named) || (kind === 'none' && !hasVerb && headingActor === 'generic')) {
    return { part: PART.who, suggestion: SUGGEST.sayWho };
  }
  return null;
}

/** What: the first vague action with no observable action beside it. */
function missingWhat({ text, folded, role }: ParagraphContext): Gap | null {
  VAGUE_ACTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VAGUE_ACTION.exec(folded))) {
    if (m.index < role.contentStart) continue;
    const end = m.index + m[0].length;
    if (observableOutside(folded, m.index, end)) continue;
    return { part: PART.what, suggestion: formatMessage(SUGGEST.replaceVague, { phrase: text.slice(m.index, end) }), span: { start: m.index, end } };
  }
  return null;
}

/** When: a date, a frequency or a standing rule, in the task or in the other cells of its row. */
/** A standing rule holds all the time: "will only leave Oscar with…", "will not drink before…". */
const STANDING_RULE = {
  /**
   * "will not …", "and not come to …", "will stay at his brother's flat", a line that opens "Not bring …",
   * "Never leave …" or "Nobody will …", "will keep no knives in the car", and a role someone takes on
   * for as long as the plan lasts ("Janet will be Chloe's birth partner"), and things kept safe or rules kept
   * ("keep the medication in the locked cupboard", "keep the stair gate shut", "keep to his curfew").
   */
  pattern: /\b(?:will|must|is to|agrees? to|are to)\s+(?:only|not|never)\b|\b(?:and|but|or) (?:will |must )?(?:not|never) [a-z]|\b(?:will|must|is to|are to) (?:stay|live|sleep|remain) (?:at|with|in|on)\b|^\W*(?:not|never|do not|don't|no|nobody|no one|no-one|none of) [a-z]|\b(?:will|must|is to|are to) (?:keep|have|bring|let|allow|carry|take|leave|give|post|share|say) (?:no|nothing|nobody|no one)\b|\b(?:will|is to) be (?:[a-z]+'s|the|his|her|their) (?:[a-z-]+ ){0,2}(?:partner|carer|contact|person|worker|professional|adult|supporter|guardian|link|lead)\b|\bkeep(?:s|ing)? (?:all |the |his |her |their |any |every )?(?:[a-z'-]+ ){0,3}(?:locked|shut|closed|out of (?:reach|sight)|in (?:a |the )?(?:locked|high)\b|switched (?:on|off)|charged)|\bkeep(?:s|ing)? to (?:his|her|their|the) (?:curfew|bail conditions|bail|rules|conditions|licence|licence conditions)\b/,
  needs: /\b(?:not|only|never|no|nobody|nothing|none|don't|stay|live|sleep|remain|be|keep|keeps|keeping)\b/,
  test(body: string): boolean {
    return this.needs.test(body) && this.pattern.test(body);
  },
};
/** A condition says when: "if Josh smells of alcohol", "on days she cannot". */
const CONDITION_AS_WHEN = new RegExp(`\\b(?:(?:if|whenever)(?!\\s+(?:needed|required|necessary|appropriate|possible|need be|they can|he can|she can|able)\\b)|each time|every time|as soon as(?!\\s+(?:possible|practicable|able|they can|he can|she can)\\b)|on (?:the )?days?(?: when)?|when (?!${VAGUE_STATE})(?:he|she|they|[a-z]+) (?:is|are|has|have|comes?|goes?|visits?))\\b`);

function missingWhen({ folded, role, rowContext }: ParagraphContext): Gap | null {
  const body = folded.slice(role.contentStart);
  if (hasTimeExpression(body) || CONDITION_AS_WHEN.test(body) || STANDING_RULE.test(body) || (rowContext && hasTimeExpression(rowContext))) return null;
  return { part: PART.when, suggestion: SUGGEST.addWhen };
}

function observableOutside(folded: string, start: number, end: number): boolean {
  return observableIn(folded.slice(0, start)) || observableIn(folded.slice(end));
}

/** An observable action, not the same word as a noun after "during", "each", "the" ("during visits", "after each call"). */
function observableIn(text: string): boolean {
  OBSERVABLE_ANYWHERE.lastIndex = 0;
  for (let m = OBSERVABLE_ANYWHERE.exec(text); m; m = OBSERVABLE_ANYWHERE.exec(text)) {
    if (!NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}
const OBSERVABLE_ANYWHERE = new RegExp(OBSERVABLE.source, 'g');
const NOUN_BEFORE = /\b(?:during|each|every|all|the|a|an|any|their|his|her|your|at|before|after|between|of)\s$/;

/**
 * A heading that is itself a condition or a time ("When Tegan goes into labour", "At bedtime", "After
 * school"): the lines under it say when by it. A heading asking when ("When you will see Dad",
 * "When we will meet again") does not.
 */
const WHEN_HEADING = {
  opens: /^\W*(?:when|whenever|if|once|as soon as|after|before|during|while|at (?:night|bedtime|weekends?|the weekend)|on (?:the day|school days|weekdays))\b/,
  asks: /\b(?:will|'ll|going to|should|shall|do we|does|is it|are we)\b|\?/,
  test(folded: string): boolean {
    return this.opens.test(folded) && !this.asks.test(folded);
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
    if (!hasSpaceSeparatedWords(folded, from, folded.length, context.rowContext !== undefined ? 2 : 3) && !(hasSpaceSeparatedWords(folded, from, folded.length, 2) && isTwoWordInstruction(folded, firstWordAt(folded, from)))) return NO_FINDINGS;
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

export const weakQualifierRule: ParagraphRule = {
  id: 'weak-qualifier',
  scope: 'paragraph',
  tasksOnly: true,
  category: 'vague-task',
  severity: 'warning',
  description: 'Words like "as appropriate", "where possible" or "regularly" make a task optional or impossible to measure.',
  source: cite(RUTLAND, '§6 Good Written Agreements Are (specific, measurable)'),
  messages: {
    weakQualifier: '"{{phrase}}" leaves it open whether the task is done. Say exactly what, when or how often.',
  },
  check({ text, folded, role }) {
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
