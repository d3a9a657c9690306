import { type ContactCue, matches } from './contact-fragments';
import { CHILD_WORDS, clauseAround, familySide, KIN, KIN_PATTERN, nameAt, subjectOf } from './contact-parties';
import { LOOSE_TIMING } from './contact-details';

// Contact written as joining the children where they already are, or as two of the family being
// together with each other ("Owen and Leah-Rose will meet up", togetherCues below): a relative joining someone else's
// sessions ("Nan may come along to some sessions", "Her brother to join when appropriate") or coming
// to the home the children live in ("Dad can call round to the house"). The party is the sessions or
// the home, not a person, so the readers of contact-topic.ts, which look for a person after the verb,
// do not see them.

/** Joining sessions or visits: "join some sessions", "come along to family time", "sit in on the visits". */
const JOIN_SESSIONS =
  /\b(?:join|joins|joining|attend|attends|attending|comes?\s+(?:along\s+)?to|be\s+(?:at|part\s+of)|take\s+part\s+in|sit\s+in\s+on)\s+(?:(?:some(?:\s+of\s+the)?|the|these|those|any|a\s+few|occasional|one\s+or\s+two|part\s+of\s+(?:the|some))\s+|(?:her|his|their|[a-z]+'s)\s+)?(?:(?:family\s+time|contact|supervised)\s+)?(?:sessions?|visits?|family\s+time|contact)\b/g;
/** Joining with nothing after but a condition or a sometimes: "Kenzie to attend when appropriate". */
const JOIN_BARE = /\b(?:join|joins|attend|attends)(?=\s*(?:[.;,]|$)|\s+(?:when|whenever|if|once|as\s+well|too|sometimes|occasionally|at\s+a\s+later|later|in\s+(?:the\s+)?future|by\s+arrangement)\b)/g;
/** Joining as an arrangement: offered ("may", "can"), partial ("some"), or put off ("at a later date", "by arrangement"). */
const OFFERED = /\b(?:can|may|could|might|allowed\s+to|able\s+to|welcome\s+to)\b/;
const PARTIAL = /\s(?:some|a\s+few|occasional|one\s+or\s+two|part\s+of)\s/;
const PUT_OFF = /\b(?:when|whenever|if|once|at\s+a\s+later\s+date|later|in\s+(?:the\s+)?future|by\s+arrangement|sometimes|occasionally|as\s+agreed|to\s+be\s+(?:agreed|arranged|confirmed))\b/;
/** A parent as the one joining: their own sessions, or a meeting ("Mum to attend when invited"); "Shane's mum" is a grandparent. */
const PARENT_ONLY = /^\s*(?:[0-9.)]+\s*|[-•*]\s*)?(?:(?:his|her|their|the|your)\s+)?(?:mum|mother|dad|father|parents?|mummy|daddy)\s/;

/** Coming to the home the children live in: "visit the flat", "call round to the foster home". */
const HOME_VISIT =
  /\b(?:visit|visits|visiting|comes?\s+(?:round\s+|over\s+)?to|call\s+round\s+to|pop\s+(?:round|in)\s+to)\s+(?:the|our|their|his|her|[a-z]+'s)\s+(?:(?:foster|new|carers'|family)\s+)?(?:flat|house|home|placement)\b/g;

/** Any of the three, tested once before the cues are read: most lines have none and stop here. */
export const JOINING_OR_HOME = new RegExp(`${JOIN_SESSIONS.source}|${JOIN_BARE.source}|${HOME_VISIT.source}`);

/** A relative joining sessions or coming to the children's home, in the order found. */
export function* joiningCues(text: string, folded: string): Generator<ContactCue> {
  for (const m of matches(JOIN_SESSIONS, folded)) {
    const from = clauseAround(folded, m.index, m.index).from;
    const subject = subjectOf(text, folded, from, m.index);
    if (subject !== 'kin' && subject !== 'permitted') continue;
    const after = folded.slice(m.index + m[0].length, clauseAround(folded, m.index, m.index).to);
    if (OFFERED.test(folded.slice(from, m.index)) || PARTIAL.test(m[0]) || PUT_OFF.test(after)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: true, joining: true };
  }
  for (const m of matches(JOIN_BARE, folded)) {
    const from = clauseAround(folded, m.index, m.index).from;
    const before = folded.slice(from, m.index);
    if (subjectOf(text, folded, from, m.index) === 'kin' && !PARENT_ONLY.test(before)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: true, joining: true };
  }
  for (const m of matches(HOME_VISIT, folded)) {
    const subject = subjectOf(text, folded, clauseAround(folded, m.index, m.index).from, m.index);
    if (subject === 'permitted' || (subject === 'kin' && KIN_PATTERN.test(folded.slice(0, m.index)))) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: true };
  }
}

/** Being together with each other, with no party after the verb: "meet up", "go out together", "see each other". */
const TOGETHER = /\b(?:meet\s+up|get\s+together|go\s+out\s+together|(?:spend|have|get)\s+(?:some\s+|more\s+|a\s+bit\s+of\s+)?(?:time|the\s+day|days|a\s+day\s+out|weekends?)\s+together|see\s+each\s+other|keep\s+in\s+touch\s+with\s+each\s+other|(?:ring|call|phone|text|message|write\s+to|facetime)\s+each\s+other|(?:speak|talk|chat)\s+(?:on\s+the\s+phone|by\s+(?:phone|video)|on\s+(?:video|facetime|whatsapp))|(?:have|do)\s+(?:a\s+)?(?:video|phone|facetime|whatsapp)\s+(?:calls?|chats?)|(?:facetime|skype|whatsapp|video[- ]call)(?=\s+(?:when|whenever|if|once|sometimes|on|at|every|each|most|now)\b|\s*[.,;]|\s*$))\b(?!\s+with\b)/g;
/** The words every TOGETHER match holds (the cheap test). */
export const TOGETHER_WORDS = /\b(?:meet\s+up|together|each\s+other|phone|video|facetime|whatsapp)\b/;
/** Being in touch from apart: a call or a message, whose details are only when. */
const BY_PHONE = /phone|video|facetime|whatsapp|ring|call|text|message|write/;
/** Its subject, just before it: two people joined by "and", or "they", "both of them", "the siblings", with an arrangement's modal. */
const PAIR_SUBJECT = /^\W*(?:[0-9.)]+\s*)?(?:((?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?)|they|both\s+of\s+them|the\s+two\s+of\s+them|the\s+(?:siblings|brothers|sisters|cousins))\s+(?:will|can|may|could|should|are\s+(?:to|allowed\s+to|able\s+to)|to)\s+(?:also\s+|still\s+|continue\s+to\s+|carry\s+on\s+to\s+)?$/;
/** Both parents as the pair: the adults meeting, not a child's time with family. */
const PARENTS_PAIR = /^(?:the\s+)?(?:mum|mother|dad|father|parents)\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:mum|mother|dad|father|partner)$/;

/**
 * Two of the family together with each other: a pair named ("Owen and Leah-Rose", "Zayn and his
 * sister") or "they" where the line or its row names a relative (`kinNearby`). A pair of names is
 * taken as family: children who live together do not "meet up".
 */
export function* togetherCues(text: string, folded: string, kinNearby: boolean): Generator<ContactCue> {
  for (const m of matches(TOGETHER, folded)) {
    const from = clauseAround(folded, m.index, m.index).from;
    const pair = PAIR_SUBJECT.exec(folded.slice(from, m.index));
    if (!pair) continue;
    const named = pair[1];
    if (named ? PARENTS_PAIR.test(named.trim()) : !(kinNearby || KIN_PATTERN.test(folded))) continue;
    if (named && !KIN_PATTERN.test(named) && !twoNames(text, folded, from + pair[0].indexOf(named), named)) continue;
    yield { start: m.index, end: m.index + m[0].length, remote: BY_PHONE.test(m[0]), venueImplied: false };
  }
}

/** Picking the children up or collecting them: "pick the boys up", "pick up Evie", "collect the twins". */
const PICK_UP = /\b(?:pick(?:s|ing)?\s+(?:up\s+)?|collect(?:s|ing)?\s+)((?:the\s+|both\s+)?(?:children|kids|baby|boys|girls|twins)|[a-z]+)(?:\s+up\b)?/g;
/** The children picked up by a relative: "Ellie will be collected by her dad on Fridays". */
const PICKED_UP_BY = new RegExp(`\\b(?:picked\\s+up|collected)\\s+(?:from\\s+[a-z]+\\s+)?by\\s+${KIN}`, 'g');
/** The words every PICK_UP and PICKED_UP_BY match holds (the cheap test). */
export const PICK_UP_WORDS = /\b(?:pick|collect)/;
/** A day or weekend, said with no time: "on Fridays", "at weekends". */
const DAYS_ONLY = /\b(?:on\s+[a-z]+days|(?:at|on)\s+(?:the\s+)?weekends?)\b/;
/** A time left as loose as "some days", beyond LOOSE_TIMING's. */
const SOME_DAYS = /\bsome\s+(?:days|weekends|nights|afternoons|evenings|mornings|weeks)\b/;

/**
 * A relative picking the children up at a time left open ("Dad is going to pick the boys up from school
 * some days", "Grandad will collect Evie when he can"): time with them whose details are missing. A
 * pick-up with its days and times is a handover written elsewhere, and no cue is needed for it.
 */
export function* pickUpCues(text: string, folded: string): Generator<ContactCue> {
  for (const m of matches(PICK_UP, folded)) {
    const objectAt = m.index + m[0].lastIndexOf(m[1]);
    if (!CHILD_WORDS.test(folded.slice(objectAt)) && !nameAt(text, folded, objectAt)) continue;
    const { from, to } = clauseAround(folded, m.index, m.index + m[0].length);
    const rest = folded.slice(m.index + m[0].length, to);
    if (familySide(subjectOf(text, folded, from, m.index)) && (LOOSE_TIMING.test(rest) || SOME_DAYS.test(rest))) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: false };
  }
  for (const m of matches(PICKED_UP_BY, folded)) {
    const rest = folded.slice(m.index + m[0].length, clauseAround(folded, m.index, m.index + m[0].length).to);
    if (LOOSE_TIMING.test(rest) || SOME_DAYS.test(rest) || DAYS_ONLY.test(rest)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: false };
  }
}

/** Both sides of "X and Y" are written as names. */
function twoNames(text: string, folded: string, at: number, pair: string): boolean {
  const joint = /\s+(?:and|&)\s+/.exec(pair)!;
  return nameAt(text, folded, at) && nameAt(text, folded, at + joint.index + joint[0].length);
}
