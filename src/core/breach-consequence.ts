// A consequence put as the price of a breach, read as two parts rather than as fixed wordings: a
// condition that is the family's failure ("if …", "should …", "unless …", "any further …", "failure to
// …", "continued …") and, in the clause that states the outcome, a drastic outcome from one of a few
// classes (the children living elsewhere, the court, the end of contact, the agreement as evidence).
// A fair consequence (a meeting, a review, legal advice, a named relative caring) shares the
// condition but not the outcome, and an outcome the agreement explains plainly ("before any decision
// to go to court") is not put as a price.

import {
  anyOf, AWAY_MARKERS, BAD_STATES, CONSEQUENCE_OPENERS, LOSING_THE_CHILD, TIME_TOGETHER, KEEPING_VERBS, LEGAL_ESCALATIONS, MOVING_VERBS, OUTCOME_STANCES, PARENT_OR_HOME, PARENT_PRONOUNS, RIGHTS_TO_SEE,
} from './lexicon/consequence-cues';

export type DrasticOutcome = 'livingElsewhere' | 'court' | 'contactEnds' | 'evidence' | 'formalProcess' | 'judgedUnable' | 'fetchedBack';

/** A named class of drastic outcome and the pattern that finds it in an outcome clause. */
interface OutcomeClass {
  outcome: DrasticOutcome;
  pattern: RegExp;
}

const CHILD = "(?:(?:the|your|their|his|her|both|all)\\s+)?(?:children|child|kids|baby|son|daughter|boys|girls|twins)|\\b(?:he|she|they|[a-z]+(?:\\s+and\\s+[a-z]+)?)";

/** A parent's care, as the place a child may no longer stay: "in your care", "in mum's care", "in his dad's care". */
const SOMEONES_CARE = "(?:your|her|his|their|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents)'s|[a-z]+'s)\\s+care";

export const DRASTIC_OUTCOMES: readonly OutcomeClass[] = [
  {
    outcome: 'livingElsewhere',
    pattern: new RegExp(
      [
        '\\b(?:removed|removal|removing)\\b',
        '\\btaken\\s+(?:away|into\\s+care|off\\s+you|from\\s+you)',
        '\\baccommodated\\b',
        // "cared for by someone else", "the end of Jack and Lily living with their mum"
        '\\b(?:cared\\s+for|looked\\s+after|brought\\s+up|raised)\\s+(?:by\\s+(?:someone|somebody|people)\\s+else|elsewhere|away\\s+from)\\b',
        '\\bend\\s+of\\s+(?:[a-z\']+\\s+){1,4}?(?:living|staying|being|life)\\s+(?:at\\s+home|with\\s+\\w+|in\\s+\\w+\\s+care)',
        // The parent losing the children or their care: "lose the care of her children", "forfeit custody".
        '\\b(?:lose|losing|lost|forfeit\\w*)\\s+(?:(?:the|your|her|his|their|all)\\s+)?(?:care|custody|residence|children|child|kids|baby|son|daughter|boys|girls)\\b',
        // Not "go back to his foster carers" after a session: where the child already lives.
        '(?<!\\bback\\s+to\\s+(?:his|her|their|the)\\s+)\\bfoster\\s+(?:carers?|care|placements?|homes?|family)\\b',
        '\\b(?:into|in)\\s+care\\b',
        '\\badopt(?:ed|ion)\\b',
        '\\bplaced\\s+(?:elsewhere|away|outside)',
        '\\b(?:live|living|stay|staying|go)\\s+(?:somewhere\\s+else|elsewhere|away\\s+from\\s+(?:you|home|the\\s+family))',
        '\\b(?:another|a\\s+new|a\\s+different)\\s+(?:home|family|place\\s+to\\s+live)\\s+for\\b',
        // "will not be able to stay with you", "whether Mia can remain at home"
        `\\b(?:not|no\\s+longer|never)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:(?:stay|staying|live|living|remain|remaining|return|returning)\\s+(?:with\\s+(?:you|mum|dad|mummy|daddy|(?:his|her|their)\\s+(?:mum|dad|mother|father|parents|family))|at\\s+home|home|in\\s+${SOMEONES_CARE})|(?:come|coming|go|going)\\s+(?:back\\s+)?home)\\b`,
        `\\b${anyOf(LOSING_THE_CHILD)}\\b`,
        // The child moved away from the parent or home, by any verb: "taken from her", "moved out of the home", "kept away from home".
        `\\b${anyOf(MOVING_VERBS)}\\s+(?:[a-z']+\\s+){0,3}?(?:away\\s+)?${anyOf(AWAY_MARKERS)}\\s+(?:${anyOf(PARENT_OR_HOME)}|${anyOf(PARENT_PRONOUNS)})\\b`,
        `\\b${anyOf(KEEPING_VERBS)}\\s+(?:away\\s+from|out\\s+of)\\s+${anyOf(PARENT_OR_HOME)}\\b`,
        // "won't be able to leave the boys in your care"
        `(?:\\bnot|n't|\\bno\\s+longer|\\bnever)\\s+(?:be\\s+)?(?:(?:able|allowed)\\s+to\\s+)?(?:leave|keep)\\s+(?:${CHILD})\\s+(?:in\\s+your\\s+care|with\\s+you|at\\s+home)\\b`,
        // "will be moving to live with their grandparents on a permanent basis"
        '\\b(?:move|moving|moved|go|going|goes)\\s+(?:to\\s+|in\\s+to\\s+)?live\\s+with\\b',
        // "we will look at other carers", "to live with another family" (not "let the other family know", nor carers from the family's own network).
        '\\b(?:other|alternative|new|different)\\s+carers?\\b(?!\\s+(?:from|in|within)\\s+(?:the\\s+|your\\s+|their\\s+)?(?:family|network))',
        '\\b(?:with|by|for|find|to)\\s+(?:another|a\\s+different|a\\s+new)\\s+family\\b',
        '\\blooked\\s+after\\s+by\\s+(?:another|a\\s+different|a\\s+new|foster)\\b',
        "\\b(?:live|living|stay|staying)\\s+(?:with\\s+[a-z' ]{1,30}?\\s+)?(?:permanently|on\\s+a\\s+permanent\\s+basis|long[-\\s]term|for\\s+good)\\b",
        `\\bwhether\\s+(?:${CHILD})\\s+(?:can|could|should)\\s+(?:safely\\s+)?(?:stay|remain|live|continue\\s+to\\s+live)\\s+(?:at\\s+home|with\\s+(?:you|her|him|them)|in\\s+${SOMEONES_CARE})`,
      ].join('|'),
    ),
  },
  {
    outcome: 'court',
    pattern:
      /\b(?:care|court|legal)\s+(?:proceedings|action|application)\b|\bproceedings\b|\b(?:care|supervision|emergency\s+protection|interim\s+care|placement|court)\s+order\b|\b(?:epo|ico)\b|\bapplication\s+for\s+an?\s+(?:\w+\s+){0,3}order\b|\b(?:the|a|to)\s+(?:family\s+|county\s+|high\s+|youth\s+)?court\b|\bcourt\s+application\b|\b(?:our|the\s+council's|the\s+local\s+authority's|its)\s+(?:solicitors?|lawyers?|legal\s+(?:team|department|services))\b|\blegal\s+(?:team|department|services|gateway)\b|\bjudge\b|\bmagistrates?\b|\b(?:court\s+)?hearings?\b/,
  },
  {
    outcome: 'contactEnds',
    pattern: new RegExp(String.raw`\b${anyOf(TIME_TOGETHER)}\b[^.;]{0,40}?\b(?:suspended|stopped|ended|ending|stopping|withdrawn|terminated|reduced|cut)\b(?![^.;]{0,40}\b(?:until|while|so\s+that)\b)|\b(?:not|never|no\s+longer)\s+(?:be\s+(?:able|allowed)\s+to\s+)?see\s+(?:the\s+|your\s+|their\s+)?[a-z]+\s+again\b|\b(?:lose|losing|forfeit\w*|give\s+up)\s+(?:(?:all|any)\s+)?(?:(?:his|her|their|your|the)\s+)?(?:contact|family\s+time|visits?|sessions?|time\s+(?:with|at))\b|\b(?:stopped|prevented|banned|barred)\s+from\s+(?:seeing|visiting|having\s+(?:any\s+)?contact|spending\s+time)\b|\b(?:no\s+longer|not)\s+be\s+(?:allowed|permitted)\s+to\s+(?:see|visit|have\s+(?:any\s+)?contact)\b`),
  },
  // The parent losing the right to see the children, or no longer seeing them: "lose the right to see Kai".
  {
    outcome: 'contactEnds',
    pattern: new RegExp(
      `\\b(?:lose|losing|lost|forfeit\\w*|give\\s+up)\\s+(?:(?:the|your|his|her|their|any|all)\\s+)?rights?\\s+to\\s+${anyOf(RIGHTS_TO_SEE)}\\b` +
        `|\\b(?:no\\s+longer|never)\\s+(?:be\\s+(?:able|allowed|permitted)\\s+to\\s+)?(?:see|visit)\\s+(?:${CHILD})\\b` +
        '|\\b(?:stop|stopped|prevented)\\s+(?:from\\s+)?(?:seeing|visiting)\\s+(?:the|your|his|her|their)\\s+(?:children|child|kids|baby|son|daughter|boys|girls)\\b',
    ),
  },
  // The court as the result in any verb form: "we apply for an order", "asking a judge to decide".
  { outcome: 'court', pattern: new RegExp(`\\b${anyOf(LEGAL_ESCALATIONS)}\\b`) },
  { outcome: 'evidence', pattern: /\bevidence\b|(?<!\b(?:not|never)\s+(?:be\s+)?|n't\s+(?:be\s+)?)\b(?:count|held|used)\s+against\s+you\b/ },
  // The formal routes towards court: a child protection plan imposed, pre-proceedings (a conference is a meeting, and fair).
  {
    outcome: 'formalProcess',
    pattern: /\bescalat\w*\b(?![^.;]{0,40}?\b(?:manager|supervisor|complaint|support|help)\b)|\b(?:placed|put|made\s+subject|subject|go|goes|going|added)\s+(?:on|onto|to|of|under)\s+(?:a\s+|the\s+)?(?:child\s+protection|cp)\s+(?:plans?|procedures?|register|process)\b|\bchild\s+protection\s+(?:procedures|register|enquir\w+|investigation)\b|\b(?:section\s+47|s\.?\s?47)\s+(?:enquir\w+|investigation)\b|\b(?:plo|pre-?proceedings|public\s+law\s+outline|letter\s+before\s+proceedings|legal\s+planning\s+meeting)\b/,
  },
  // The parent judged by the breach: "will conclude that Shannon cannot protect the children".
  {
    outcome: 'judgedUnable',
    pattern:
      /\b(?:conclude|decide|take\s+(?:it|this)\s+as\s+(?:a\s+sign|evidence|meaning)|assume|accept)\b[^.;]{0,40}?\b(?:cannot|can't|(?:is|are)\s+(?:not\s+able|unable)\s+to)\s+(?:protect|keep|care|look\s+after|safeguard)\b|\b(?:seen|viewed|treated|regarded|taken)\s+as\b[^.;]{0,40}?\b(?:fail\w*\s+to|unable\s+to|not\s+able\s+to|cannot)\s+(?:protect|keep|safeguard)\b|\b(?:counted|counts?|recorded)\s+as\b[^.;]{0,40}?\bfail\w*\s+to\s+protect\b|\b(?:take\s+(?:it|this|that)\s+(?:that|to\s+mean)|assume|conclude)\b[^.;]{0,20}?\b(?:you|she|he|they|mum|dad|[a-z]+)\s+(?:are|is|have|has)\s+(?:been\s+)?(?:using|drinking|taking|lying|relapsed)\b|\b(?:treated|counted|recorded|taken)\s+as\s+(?:a\s+)?(?:positive|failed)\b/,
  },
];

/**
 * The police sent to fetch a child back is drastic only after the family's own breach about where
 * the child is (taken, kept, not brought back, without telling): after his turning up, or his bail
 * broken, calling the police is a safety step.
 */
const CHILD_TAKEN_OR_KEPT = /\bwithout\s+(?:telling|asking|checking|permission|agreement|our\s+agreement|letting)\b|(?:\bnot|n't|\bfail\w*\s+to)\s+(?:bring|return|drop)\w*\b|\b(?:take|takes|took|keep|keeps|kept)\s+(?:[a-z]+\s+){1,3}?(?:home|away|out|overnight|past|after|beyond)\b/;
const FETCHED_BACK = /\bpolice\s+(?:will|would|may|could|shall)\s+(?:be\s+)?(?:called|contacted|informed|told|involved|asked|notified|bring|collect|fetch|return)\b|\b(?:call|contact|inform|involve|ring|phone)\s+the\s+police\b|\b(?:brought|taken|fetched)\s+back\b/;

/** A word every drastic outcome above contains, at a word start (so most positions are passed over at once): most paragraphs have none and are not split into clauses. */
export const DRASTIC_OUTCOME_WORDS = /\b(?:preproceedings|remov|taken|accommodated|foster|care|adopt|placed|elsewhere|somewhere|away|another|new|different|stay|live|living|remain|return|home|proceedings|order|court|solicitor|lawyer|legal|judge|magistrate|suspended|stopped|stopping|ended|ending|withdrawn|terminated|reduced|cut|evidence|against|subject|plo|public|letter|planning|conclude|decide|take|assume|accept|epo|ico|seen|viewed|treated|regarded|hearing|escalat|with\s+you|see\s+(?:the\s+|your\s+|their\s+)?[a-z]+\s+again|positive|failed|fail\w*\s+to\s+protect|police|moved|moving|sent|kept|taking|rights?|never|no\s+longer|stop|cost|grow|grows|growing|someone|somebody|brought\s+back|fetched\s+back|lose|losing|lost|forfeit|give\s+up|cared|looked|brought|raised|end|stopped|prevented|banned|barred|allowed|permitted|put|child\s+protection|cp|section|s\.?\s?47)/;

/** A main clause after a condition with no comma: a subject, then a modal ("… we will have to", "… the children may", "… her family time will"). */
const MAIN_CLAUSE = /\s(?:we|i|you|they|he|she|the\s+(?:children|child|baby|council|local\s+authority|police|court)|(?:his|her|their|your)\s+[a-z]+(?:\s+[a-z]+){0,2}?|[a-z]+(?:\s+and\s+[a-z]+)?)\s+(?:will|would|may|might|could|shall)\s/;

/** The family's failure as a condition: a conditional opening, or a breach or continued behaviour as the subject. */
const CONDITIONAL = /(?:^|[,;:]\s*|\b)(?:if|unless|once)\b|(?:^|[.;:]\s*)should\b/g;
const FAILURE_SUBJECT =
  /\b(?:any|further|more|another|continued|continuing|repeated|ongoing)\s+(?:\w+\s+)?(?:[a-z]+ing|breach(?:es)?|incidents?|missed|drinking|drug|use|absences?|concerns?|episodes?|failures?|violence|arguments?|assaults?|attacks?|fights?|rows|offences?|arrests?|relapses?|call-?outs?|positive)\b|\b(?:failure|failing|refusal|refusing|non-?(?:compliance|engagement|attendance|co-?operation)|disengag\w*|not\s+(?:sticking|keeping|following|complying|working|attending|engaging))\b|\b(?:breaking|breaching|breach\s+of)\b|^\s*(?:not|never)\s+[a-z]+ing\b|\b(?:any|a|another|further)\s+(?:\w+\s+)?(?:repeat|repetition|recurrence|reoccurrence|return)\s+of\b/;
/** A consequence opened without "if": "…; otherwise we will go to court". */
const CONSEQUENCE_OPENER = new RegExp(`\\b${anyOf(CONSEQUENCE_OPENERS)}\\b`);
/** A condition about the family failing, not about anything at all ("if you want advice"): failure, repetition or the other adult's return. */
const FAILURE_IN_CONDITION = new RegExp(
  String.raw`\b${anyOf(BAD_STATES)}\b|n't\b|\b(?:not|cannot|no|never|fail\w*|break\w*|breach\w*|refus\w*|again|return\w*|back|moves?\s+in|together|found|turn\w*\s+up|lets?|allows?|drink\w*|uses?|using|miss\w*|relapse\w*|continu\w*|carr(?:y|ies)\s+on|keeps?|kept|takes?|took|rude|swear\w*|shout\w*|happens?|incidents?|worse|down|comes?\s+back|goes?\s+missing|stops?|without|seen|spotted|abusive|aggressive|violent|threatening|drunk|intoxicated|under\s+the\s+influence|stall\w*|drift\w*|(?:stays?|remains?)\s+(?:the\s+same|as\s+(?:it|they)|like\s+this|in\s+this)|slip\w*|worsen\w*|deteriorat\w*|falter\w*|collaps\w*|unravel\w*|off\s+track)\b`,
);
/** A word every condition above contains (a cheap test before splitting into clauses). */
const CONDITION_WORDS = /\b(?:if|unless|once|should|any|further|more|another|continued|continuing|repeated|ongoing|failure|failing|refusal|refusing|non-?(?:compliance|engagement|attendance|co-?operation)|disengag\w*|not|breaking|breaching|breach|otherwise|else|failing|without|repeat|repetition|recurrence)\b/;
/** The outcome is said to follow: a modal, or "means", "leads to", "the next step". */
const OUTCOME_FRAME = new RegExp(String.raw`\b(?:will|would|shall|could|may|might|can|must|won't|wouldn't|can't|couldn't|likely\s+to|means?|meant|lead\s+to|leads\s+to|result\s+in|results\s+in|end\s+(?:with|in|up)|have\s+to|choice|option|alternative)\b|'ll\b|\b${anyOf(OUTCOME_STANCES)}\b`);
/** The outcome as something the family is told of or can avoid, not as a price. */
const EXPLAINED = /\b(?:before\s+(?:any|a|the|we|making)\s+(?:decision|application|step|apply|go|hearing)|before\s+(?:any|a|the)\s+\w+\s+(?:decision|application)|instead\s+of|rather\s+than|to\s+avoid|without\s+going\s+to|so\s+that|about\s+(?:what|whether)|with\s+you|explain\w*|ask\b(?!\s*(?:(?:a|the)\s*)?$)(?!\s+(?:a|the)\s+(?:judge|court|magistrates?|family\s+court))|(?:you|your|can|may)\s+(?:\w+\s+){0,3}advice|your\s+solicitor|a\s+solicitor)\b/;

/** The council's own meeting or panel about the case (legal gateway, a legal planning meeting): a meeting, not the court. */
const LEGAL_MEETING = /\blegal\s+(?:gateway|planning)(?:\s+(?:panel|meeting))?\b|\blegal\s+(?:panel|meeting)\b|\blpm\b/;
/** A legal meeting held to talk the case over ("… to discuss the next step"): a step to discuss, not a price. */
const MEETING_PURPOSE = /^\s+(?:to|where|at\s+which|so)\s+(?:[a-z']+\s+){0,3}?(?:discuss|talk|look|decide|consider|think|review|plan|agree)\b/;
/** A failure of the family's named in the sentence, as a legal meeting's reason. */
const FAMILY_FAILURE = /\b(?:if|unless|should|breach\w*|break\w*|broken|fail\w*|refus\w*|disengag\w*|non-?\w+|not|never|continued|further)\b|n't\b/;
/**
 * Whether a legal meeting named at `at` in `sentence` is put fairly: as a worker's step with no
 * failure of the family's ("take the assessment to legal gateway panel"), or as a possible step
 * ("may be escalated to a legal planning meeting") rather than as what a breach brings.
 */
export function legalMeetingPutFairly(sentence: string, at: number): boolean {
  const meeting = LEGAL_MEETING.exec(sentence.slice(at));
  if (!meeting || /\bcourt\b/.test(sentence)) return false;
  const before = sentence.slice(0, at + meeting.index);
  const after = sentence.slice(at + meeting.index + meeting[0].length);
  return !FAMILY_FAILURE.test(before) || /\b(?:may|might|could)\b/.test(before) || MEETING_PURPOSE.test(after);
}

/** Whether a clause holds a drastic outcome stated as following, not explained ("we will have to look at removing Ellie"). */
export function statesDrasticOutcome(clause: string): boolean {
  if (!DRASTIC_OUTCOME_WORDS.test(clause) || !OUTCOME_FRAME.test(clause)) return false;
  return DRASTIC_OUTCOMES.some(({ pattern }) => {
    const m = pattern.exec(clause);
    return !!m && !EXPLAINED.test(clause.slice(0, m.index));
  });
}

export interface DrasticConsequence {
  outcome: DrasticOutcome;
  start: number;
  end: number;
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
    const main = MAIN_CLAUSE.exec(rest);
    const cut = [comma, main ? main.index + 1 : -1].filter((i) => i > 0);
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

function inSentence(sentence: string): DrasticConsequence | null {
  const childTaken = CHILD_TAKEN_OR_KEPT.exec(sentence);
  for (const [from, to] of outcomeSpans(sentence)) {
    const clause = sentence.slice(from, to);
    if (!OUTCOME_FRAME.test(clause)) continue;
    if (childTaken && childTaken.index < from && FETCHED_BACK.test(clause)) return spanOf('fetchedBack', clause, from);
    for (const { outcome, pattern } of DRASTIC_OUTCOMES) {
      const m = pattern.exec(clause);
      if (!m || EXPLAINED.test(clause.slice(0, m.index)) || legalMeetingPutFairly(sentence, from + Math.max(0, m.index - 12))) continue;
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
