// A consequence put as the price of a breach, read as two parts rather than as fixed wordings: a
// condition that is the family's failure ("if …", "should …", "unless …", "any further …", "failure to
// …", "continued …") and, in the clause that states the outcome, a drastic outcome from one of a few
// classes (the children living elsewhere, the court, the end of contact, the agreement as evidence).
// A fair consequence (a meeting, a review, legal advice, a named relative caring) shares the
// condition but not the outcome, and an outcome the agreement explains plainly ("before any decision
// to go to court") is not put as a price.

import { anyOf, BAD_STATES, CONSEQUENCE_OPENERS, OUTCOME_STANCES, PROTECTIVE_ORDERS, REFUSALS } from './lexicon/consequence-cues';
import { DRASTIC_OUTCOMES, DRASTIC_OUTCOME_WORDS, type DrasticOutcome } from './drastic-outcomes';
import { mayMatch } from './literal-needs';

export { DRASTIC_OUTCOMES, DRASTIC_OUTCOME_WORDS, type DrasticOutcome };

/**
 * The police sent to fetch a child back is drastic only after the family's own breach about where
 * the child is (taken, kept, not brought back, without telling): after his turning up, or his bail
 * broken, calling the police is a safety step.
 */
const CHILD_TAKEN_OR_KEPT = /\bwithout\s+(?:telling|asking|checking|permission|agreement|our\s+agreement|letting)\b|(?:\bnot|n't|\bfail\w*\s+to)\s+(?:bring|return|drop)\w*\b|\b(?:take|takes|took|keep|keeps|kept)\s+(?:[a-z]+\s+){1,3}?(?:home|away|out|overnight|past|after|beyond)\b/;
const FETCHED_BACK = /\bpolice\s+(?:will|would|may|could|shall)\s+(?:be\s+)?(?:called|contacted|informed|told|involved|asked|notified|bring|collect|fetch|return)\b|\b(?:call|contact|inform|involve|ring|phone)\s+the\s+police\b|\b(?:brought|taken|fetched)\s+back\b/;

/**
 * The police as the price of the family refusing or not co-operating ("if you refuse to let us in, we will
 * involve the police"); after a child goes missing or an adult turns up, calling them is a safety step.
 */
const NOT_COOPERATING = /\bignor\w*|\brefus\w*\s+(?:to\s+(?:let|allow|engage|work|co-?operate|attend|see|meet|take|do|comply|open)\b|us\b|access|entry|the\s+(?:test|visit|plan|agreement|support)\b)|(?:\bnot|n't|\bnever)\s+(?:(?:let|allow)\s+(?:us|me|the\s+(?:social\s+worker|health\s+visitor|nurse|worker|professionals?))\b|open\s+the\s+door|co-?operat\w*|engag\w*|comply|complying|attend\w*|follow\w*\s+(?:this|the)\b|stick\w*\s+to|keep\w*\s+to)/;
const POLICE_INVOLVED = /\b(?:involve|inform|tell|call|contact)\s+the\s+police\b|\bpolice\s+(?:will|would|may|could)\s+(?:then\s+)?(?:be\s+)?(?:involved|informed|told|called|contacted)\b|\b(?:get|have)\s+the\s+police\s+involved\b|\bpolice\s+involvement\b/;

/** A main clause after a condition with no comma: a subject, then a modal ("… we will have to", "… the children may", "… her family time will"). */
const MAIN_CLAUSE = /\s(?:we|i|you|they|he|she|the\s+(?:children|child|baby|council|local\s+authority|police|court)|(?:his|her|their|your)\s+[a-z]+(?:\s+[a-z]+){0,2}?|[a-z]+(?:\s+and\s+[a-z]+)?)(?:\s+(?:will|would|may|might|could|shall|risks?|reserves?|(?:is|are)\s+(?:going|likely)\s+to)|'ll)\s/;

/** The family's failure as a condition: a conditional opening, or a breach or continued behaviour as the subject. */
const CONDITIONAL = /(?:^|[,;:]\s*|\b)(?:if|unless|once|whenever|when|(?:every|each|the\s+next|next)\s+time)\b|\sshould(?=\s+(?:you|he|she|they|we|mum|dad|[a-z]+'s|the|his|her|their|any|this|that|there)\b)|(?:^|[.;:]\s*)(?:should|where|were|in\s+the\s+event\s+(?:that|of))\b/g;
const FAILURE_SUBJECT =
  /\b(?:any|each|every|further|(?:one\s+)?more|another|continued|continuing|repeated|ongoing|persistent)\s+(?:\w+\s+)?(?:[a-z]+ing|[a-z]+(?:ness|ance|ence)|contact|breach(?:es)?|incidents?|missed|drinking|drug|use|absences?|concerns?|episodes?|failures?|violence|arguments?|assaults?|attacks?|fights?|rows|offences?|arrests?|relapses?|call-?outs?|positive|lies|no-?shows|excuses)\b|\b(?:failure|failing|refusal|refusing|non-?(?:compliance|engagement|attendance|co-?operation)|disengag\w*|not\s+(?:sticking|keeping|following|complying|working|attending|engaging))\b|\b(?:breaking|breaching|breach\s+of|breach(?:es)?(?=\s+(?:will|would|could|may|might|of)\b))\b|\b(?:a|any|another)\s+positive\b|^\s*(?:not|never)\s+[a-z]+ing\b|^\s*(?:missed|missing|skipped|late|lateness|absences?)\b|^\s*any\s+(?!questions?\b|help\b|support\b|worries\b)[a-z]+|^\s*(?:anyone|anybody)\s+[a-z]+ing\b|^\s*[a-z]+ing\s+(?:[a-z']+\s+){0,3}?again\b|^\s*(?:miss|skip|break|ignore|refuse)\s+(?:[a-z']+\s+){1,4}?and\s+(?:we|you|the|your|[a-z]+'s)\b|^\s*(?:continue|carry\s+on|keep(?:\s+on)?|go\s+on)\s+(?:to\s+)?(?:miss\w*|skip\w*|ignor\w*|refus\w*|break\w*|drink\w*|using|lett\w*|allow\w*|like\s+this|as\s+you\s+are|not\s+[a-z]+|being\s+late)\b[^.;]{0,80}?\band\b|\b(?:any|a|another|further)\s+(?:\w+\s+)?(?:repeat|repetition|recurrence|reoccurrence|return)\s+of\b/;
/** A consequence opened without "if": "…; otherwise we will go to court". */
const CONSEQUENCE_OPENER = new RegExp(`\\b${anyOf(CONSEQUENCE_OPENERS)}\\b`);
/** A condition about the family failing, not about anything at all ("if you want advice"): failure, repetition or the other adult's return. */
const FAILURE_IN_CONDITION = new RegExp(
  String.raw`\b${anyOf(BAD_STATES)}\b|\b${anyOf(REFUSALS)}\b|n't\b|\b(?:not|cannot|no|nothing|never|apart|wrong|like\s+(?:this|that)|in\s+(?:this|that)\s+state|fail\w*|break\w*|broken|breach\w*|refus\w*|again|return\w*|back|moves?\s+in|together|found|turn\w*\s+up|(?:comes?|came|coming|goes|went|gets?|attends?|attended|enters?|entered|calls?\s+round|moves?\s+(?:back\s+)?in)\s+(?:(?:in)?to\s+|round\s+to\s+|at\s+)?(?:the|your|her|his|their)\s+(?:flat|house|home|property|address|door)|(?:is|are)\s+(?:at|in)\s+(?:the|your|her|his|their)\s+(?:flat|house|home|property|address)|stays?\s+(?:over|overnight|the\s+night)|(?:is|are)\s+living\s+(?:there|with|at|in)|lives?\s+(?:there|with\s+(?:you|her|him|them))|visits?|lets?|allows?|drink\w*|uses?|using|miss\w*|relapse\w*|continu\w*|carr(?:y|ies)\s+on|keeps?|kept|takes?|took|rude|swear\w*|shout\w*|happens?|incidents?|worse|down|comes?\s+back|goes?\s+missing|stops?|without|seen|spotted|abusive|aggressive|violent|threatening|drunk|intoxicated|under\s+the\s+influence|stall\w*|drift\w*|(?:stays?|remains?)\s+(?:the\s+same|as\s+(?:it|they)|like\s+this|in\s+this)|slip\w*|worsen\w*|declin\w*|reject\w*|deteriorat\w*|falter\w*|collaps\w*|unravel\w*|off\s+track)\b`,
);
/** A word every condition above contains (a cheap test before splitting into clauses). */
/** Every match of CONDITION_WORDS starts with one of these (the threatening rule's gate). */
export const CONDITION_STEMS = ['where', 'were', 'if', 'unless', 'once', 'whenever', 'when', 'next', 'turn', 'declin', 'reject', 'ignor', 'avoid', 'walk', 'drop', 'pull', 'give', 'gave', 'lie', 'lied', 'lying', 'hid', 'conceal', 'withh', 'say', 'said', 'every', 'each', 'carry', 'keep', 'go', 'skip', 'ignore', 'refuse', 'should', 'event', 'again', 'or', 'any', 'further', 'more', 'another', 'continu', 'repeat', 'repetition', 'recurrence', 'ongoing', 'persistent', 'miss', 'skipped', 'late', 'positive', 'absence', 'fail', 'refus', 'non', 'disengag', 'not', 'break', 'breach', 'otherwise', 'else', 'without'];
export const CONDITION_WORDS = /(?:^|[.;:]\s*)(?:where|were)\b|^\s*(?:continue|carry\s+on|keep|go\s+on|miss|skip|break|ignore|refuse)\b|\b(?:if|unless|once|whenever|when|next\s+time|turn\w*\s+(?:\w+\s+)?down|declin\w*|reject\w*|ignor\w*|avoid\w*|walk\w*\s+(?:out|away|off)|(?:drop|pull)\w*\s+out|give\w*\s+up|gave\s+up|lie[sd]?|lying|hid\w*|conceal\w*|withh\w*|say\w*\s+no|said\s+no|(?:every|each)\s+time|should|event|again|or\s+(?:we|i|the|children's|social|your)|any|further|more|another|continued|continuing|repeated|ongoing|persistent|anyone|anybody|missed|missing|skipped|late|positive|lateness|absences?|failure|failing|refusal|refusing|non-?(?:compliance|engagement|attendance|co-?operation)|disengag\w*|not|breaking|breaching|breach\w*|otherwise|else|failing|without|repeat|repetition|recurrence)\b/;
/** The outcome is said to follow: a modal, or "means", "leads to", "the next step". */
const OUTCOME_FRAME = new RegExp(String.raw`\b(?:will|would|shall|could|may|might|can|must|won't|wouldn't|can't|couldn't|cannot|going\s+to|likely\s+to|means?|meant|goes|go|moves|ends|end|stops|stop|loses|gets|comes|(?:is|are)\s+(?:removed|taken|placed|moved|ended|stopped|cut)|lead\s+to|leads\s+to|result\s+in|results\s+in|end\s+(?:with|in|up)|have\s+to|choice|option|alternative|offence|and\s+(?:we|i|the\s+(?:council|local\s+authority))\s+[a-z]+)\b|'ll\b|\b${anyOf(OUTCOME_STANCES)}\b`);
/** The outcome as something the family is told of or can avoid, not as a price. */
const EXPLAINED = /\b(?:before\s+(?:any|a|the|we|making)\s+(?:decision|application|step|apply|go|hearing)|before\s+(?:any|a|the)\s+\w+\s+(?:decision|application)|instead\s+of|rather\s+than|to\s+avoid|without\s+going\s+to|so\s+that|(?:talk|speak|discuss|chat|explain|tell|hear|ask)\w*\s+(?:[a-z']+\s+){0,4}?about\s+(?:what|whether)|with\s+you|(?:talk|speak)\w*\s+(?:to|with)\s+(?:you|them|him|her)\s+(?:[a-z]+\s+){0,2}?about|(?:look|think|decide|talk|work|plan)\w*\s+(?:it\s+)?together|explain\w*|ask\b(?!\s*(?:(?:a|the)\s*)?$)(?!\s+for\s+(?:an?\s+|the\s+)?(?!(?:legal\s+|free\s+)?(?:advice|help|support|guidance)\b)(?:[a-z]+\s+){0,2}(?:orders?\b|$))(?!\s+(?:a|the)\s+(?:judge|court|magistrates?|family\s+court))|(?:you|your|can|may)\s+(?:\w+\s+){0,3}advice|(?:your|his|her|their|a|(?!(?:council|authority)'s)[a-z]+'s)\s+(?:own\s+)?(?:solicitors?|lawyers?|barristers?))\b/;

/** The council's own meeting or panel about the case (legal gateway, a legal planning meeting): a meeting, not the court. */
const LEGAL_MEETING = /\blegal\s+(?:gateway|planning)(?:\s+(?:panel|meeting))?\b|\blegal\s+(?:panel|meeting)\b|\blpm\b/;
/** A legal meeting held to talk the case over ("… to discuss the next step"): a step to discuss, not a price. */
const MEETING_PURPOSE = /^\s+(?:to|where|at\s+which|so)\s+(?:[a-z']+\s+){0,3}?(?:discuss|talk|look|decide|consider|think|review|plan|agree)\b/;
/** A failure of the family's named in the sentence, as a legal meeting's reason. */
const FAMILY_FAILURE = /\b(?:if|unless|should|breach\w*|break\w*|broken|fail\w*|refus\w*|disengag\w*|non-?\w+|not|never|continued|further|repeated|miss\w*|again|another)\b|n't\b/;
/**
 * Whether a legal meeting named at `at` in `sentence` is put fairly: as a worker's step with no
 * failure of the family's ("take the assessment to legal gateway panel"), or as a possible step
 * ("may be escalated to a legal planning meeting") rather than as what a breach brings.
 */
export function legalMeetingPutFairly(sentence: string, at: number, reach: number): boolean {
  const meeting = LEGAL_MEETING.exec(sentence.slice(at));
  // Only the meeting the threat's own words name: "escalated to child protection and may be taken to the
  // legal gateway panel" is a threat whatever the panel after it.
  if (!meeting || meeting.index > reach || /\bcourt\b/.test(sentence)) return false;
  const before = sentence.slice(0, at + meeting.index);
  const after = sentence.slice(at + meeting.index + meeting[0].length);
  return (!FAMILY_FAILURE.test(before) && !FAILURE_SUBJECT.test(before)) || /\b(?:may|might|could)\b/.test(before) || MEETING_PURPOSE.test(after);
}

/** Whether a clause holds a drastic outcome stated as following, not explained ("we will have to look at removing Ellie"). */
export function statesDrasticOutcome(clause: string): boolean {
  if (!DRASTIC_OUTCOME_WORDS.test(clause) || !OUTCOME_FRAME.test(clause)) return false;
  return DRASTIC_OUTCOMES.some(({ pattern }) => {
    const m = mayMatch(pattern, clause) ? pattern.exec(clause) : null;
    return !!m && !EXPLAINED.test(clause.slice(0, m.index));
  });
}

export interface DrasticConsequence {
  outcome: DrasticOutcome;
  start: number;
  end: number;
}

/** A sentence's first word that is not a verb, so the sentence is not an instruction: a subject, a determiner, a linking word. */
const NOT_AN_INSTRUCTION = /^\s*(?:i|we|you|he|she|they|it|this|that|these|those|there|here|the|a|an|any|all|each|every|some|no|your|his|her|their|our|my|its|mum|mummy|mam|dad|daddy|mother|father|nan|nana|gran|granny|grandad|grandma|parents?|children|child|baby|kids|everyone|anyone|someone|nobody|both|if|when|whenever|unless|once|after|before|while|until|as|so|and|but|or|because|since|although|though|then|also|now|today|please|on|in|at|by|for|from|with|to|of|what|who|how|why|where|which|one|two|three|social|family|school|police|council|[a-z]+'s)\b/;
/** An instruction whose breach is joined to a result by "and" ("turn up late again and the session will …"): the main clause opens at "and". */
const CARRYING_ON = /^\s*(?:keep(?:\s+on)?|carry\s+on|continue|go\s+on)\b/;
const INSTRUCTION_THEN = /\s(?:and|then)(?=\s)/g;
/** The main clause after "and": a subject of a few words ("the clinic", "your family time", "no more help") and a modal. */
const MAIN_CLAUSE_HERE = /\s(?:we|i|you|they|he|she|it|this|that|(?:the|your|his|her|their|our|any|all|no\s+(?:more|further))\s+[a-z']+(?:\s+[a-z']+){0,3}?|[a-z]+(?:\s+and\s+[a-z]+)?)(?:\s+(?:will|would|may|might|could|shall|can|(?:is|are)\s+(?:going|likely)\s+to)|'ll)\s/y;

/** Where the outcome starts in a sentence that is an instruction to fail joined by "and" to its result, or -1. */
function instructionCondition(sentence: string): number {
  if (NOT_AN_INSTRUCTION.test(sentence)) return -1;
  INSTRUCTION_THEN.lastIndex = 0;
  for (let m = INSTRUCTION_THEN.exec(sentence); m && m.index < 140; m = INSTRUCTION_THEN.exec(sentence)) {
    MAIN_CLAUSE_HERE.lastIndex = m.index + m[0].length;
    // "Keep going to the groups and …" is no failure: the verb of carrying on is read for what is carried on.
    if (MAIN_CLAUSE_HERE.test(sentence)) return FAILURE_IN_CONDITION.test(sentence.slice(0, m.index).replace(CARRYING_ON, '')) ? m.index + m[0].length : -1;
  }
  return -1;
}

/** Splits a sentence into its condition (from "if" to the next comma) and the clauses that state the outcome. */
function outcomeSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  let conditionFound = false;
  CONDITIONAL.lastIndex = 0;
  for (let m = CONDITIONAL.exec(sentence); m; m = CONDITIONAL.exec(sentence)) {
    const start = m.index + m[0].search(/[a-z]/);
    // The condition runs to its comma, or without one to where the main clause's subject and modal
    // start ("If mum can't keep Bethany safe we will have to look at …").
    const rest = sentence.slice(start);
    const comma = rest.search(/[,;:]/);
    // The condition's own subject comes straight after its opening word ("if you will not accept help, …"): the main
    // clause is looked for after it.
    const opening = /^[a-z]+/.exec(rest)![0].length + 1;
    const main = MAIN_CLAUSE.exec(rest.slice(opening));
    const cut = [comma, main ? opening + main.index + 1 : -1].filter((i) => i > 0);
    const end = cut.length ? start + Math.min(...cut) : sentence.length;
    // A condition runs to the next comma, so the next one is looked for after it (each stretch is read once).
    CONDITIONAL.lastIndex = Math.max(end, CONDITIONAL.lastIndex);
    // "Unless …" is a failure whatever follows ("unless attendance improves").
    if (!FAILURE_IN_CONDITION.test(sentence.slice(start, end)) && !sentence.startsWith('unless', start)) continue;
    conditionFound = true;
    if (start > from) spans.push([from, start]);
    from = end;
  }
  if (from < sentence.length) spans.push([from, sentence.length]);
  if (conditionFound) return spans;
  // The instruction and its result are one stretch, as a failure named as the subject is.
  if (instructionCondition(sentence) > 0) return [[sentence.search(/[a-z]/), sentence.length]];
  // No conditional: a failure named as the subject ("Continued drinking will mean …") is the condition.
  const failure = FAILURE_SUBJECT.exec(sentence) ?? CONSEQUENCE_OPENER.exec(sentence);
  return failure ? [[failure.index, sentence.length]] : [];
}

/** The first drastic outcome put as the price of the family's failure in `folded`, or null. */
export function findDrasticConsequence(folded: string): DrasticConsequence | null {
  if (!DRASTIC_OUTCOME_WORDS.test(folded) || !CONDITION_WORDS.test(folded)) return null;
  const sentenceBreak = /[.!?](?:\s+|$)/g;
  let from = 0;
  for (let b = sentenceBreak.exec(folded); ; b = sentenceBreak.exec(folded)) {
    const to = b ? b.index : folded.length;
    const found = inSentence(folded.slice(from, to));
    if (found) return { ...found, start: found.start + from, end: found.end + from };
    if (!b) return null;
    from = b.index + b[0].length;
  }
}

/**
 * A meeting named as the outcome with a purpose of talking or deciding that names no court or removal
 * ("escalated to a strategy discussion to consider whether …"): a meeting, not a price.
 */
const MEETING_TO_TALK = /\b(?:discussion|meeting|conference|core\s+group|review|panel|gateway)\s+(?:[a-z']+\s+){0,3}?(?:to|where|at\s+which|so)\s+(?:[a-z']+\s+){0,3}?(?:discuss|talk|look|decide|consider|think|review|plan|agree|see|work\s+out)\b/;
const DRASTIC_PURPOSE = /\b(?:court|proceedings|remov\w*|care\s+order|into\s+care|foster|legal\s+action|plo|pre-?proceedings|elsewhere)\b/;
/** The court named as who would decide, as a possibility ("may ask the family court to make decisions about …"), not as a price. */
const COURT_DECIDES = /\b(?:may|might|could|would)\s+(?:[a-z]+\s+){0,2}?ask\s+(?:a|the)\s+(?:family\s+)?(?:court|judge|magistrates?)\s+to\s+(?:make\s+(?:a\s+|the\s+|any\s+)?decisions?|decide)\b/;

/**
 * The outcome put as someone else's decision, the court's or a named person's, not the council's: "Beth will decide
 * whether he should be recalled to prison", "it will be for the court to decide where Ellie lives", "a judge may be asked to decide".
 */
const DECIDED_BY_OTHERS = /\b(?:(?:the|a|his|her|their)\s+(?:family\s+|youth\s+)?(?:court|judge|magistrates?|probation(?:\s+(?:officer|service))?|parole\s+board|offender\s+manager)|(?!(?:we|i|you|it|they|this|that|council|authority|care|services|worker|manager|team|there|who)\b)[a-z]+)\s+(?:will|would|may|might|can|could|shall)\s+(?:then\s+|first\s+)?decide\s+(?:whether|if|what|where|how|who)\b|\b(?:for|up\s+to)\s+(?:a|the)\s+(?:family\s+)?(?:court|judge|magistrates?)\s+to\s+decide\b|\b(?:a|the)\s+(?:family\s+)?(?:court|judge|magistrates?)\s+(?:may|might|could|would)\s+be\s+asked\s+to\s+(?:decide|make\s+(?:a\s+|the\s+)?decisions?)\b/;
/** Whether an outcome at `at` in `text` is put, at or before it, as a decision others will make. */
export function decidedByOthers(text: string, at: number): boolean {
  const decision = DECIDED_BY_OTHERS.exec(text);
  return !!decision && decision.index <= at;
}

/** An order that stops one act ("a prohibited steps order so he cannot take Ellie abroad"), with no word of the child's care or home. */
const PROTECTIVE_ORDER = new RegExp(`\\b${anyOf(PROTECTIVE_ORDERS)}\\s+orders?\\b|\\b(?:fgmpo|fmpo)\\b`);
const ABOUT_CARE = /\b(?:care|supervision|emergency|placement|remov\w*|foster|accommodat\w*|custody|residence)\b/;

/** Whether the outcome found at `at` in `clause` is a fair step: a meeting to talk, or the court named as who decides. */
function fairOutcome(outcome: DrasticOutcome, clause: string, at: number): boolean {
  if (outcome !== 'court' && outcome !== 'formalProcess') return false;
  if (outcome === 'court' && PROTECTIVE_ORDER.test(clause) && !ABOUT_CARE.test(clause)) return true;
  const meeting = MEETING_TO_TALK.exec(clause);
  if (meeting && !DRASTIC_PURPOSE.test(clause.slice(meeting.index + meeting[0].length))) return true;
  const decides = COURT_DECIDES.exec(clause);
  return !!decides && decides.index <= at && at < decides.index + decides[0].length;
}

/** Help offered after a punishment is named ("may lose her tenancy if …, so Kim will help her"): a risk explained, not a price. */
const HELP_AFTER = /\b(?:help|support)\w*\b/;

function inSentence(sentence: string): DrasticConsequence | null {
  const childTaken = CHILD_TAKEN_OR_KEPT.exec(sentence);
  for (const [from, to] of outcomeSpans(sentence)) {
    const clause = sentence.slice(from, to);
    if (!OUTCOME_FRAME.test(clause)) continue;
    if (childTaken && childTaken.index < from && FETCHED_BACK.test(clause)) return spanOf('fetchedBack', clause, from);
    if (from > 0 && NOT_COOPERATING.test(sentence.slice(0, from)) && POLICE_INVOLVED.test(clause)) return spanOf('punished', clause, from);
    for (const { outcome, pattern } of DRASTIC_OUTCOMES) {
      const m = mayMatch(pattern, clause) ? pattern.exec(clause) : null;
      if (!m || EXPLAINED.test(clause.slice(0, m.index)) || fairOutcome(outcome, clause, m.index) || decidedByOthers(clause, m.index) || legalMeetingPutFairly(sentence, from + Math.max(0, m.index - 12), 32 + m[0].length)) continue;
      if (outcome === 'punished' && HELP_AFTER.test(sentence.slice(from + m.index))) continue;
      return spanOf(outcome, clause, from);
    }
  }
  return null;
}

/** The outcome clause as the finding's span, without its leading and trailing punctuation. */
function spanOf(outcome: DrasticOutcome, clause: string, from: number): DrasticConsequence {
  const lead = /^[\s,;:]*/.exec(clause)![0].length;
  const tail = clause.trimEnd().replace(/[,;:]$/, '');
  return { outcome, start: from + lead, end: from + tail.length };
}
