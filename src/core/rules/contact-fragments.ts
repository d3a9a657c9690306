// Contact written without a verb or noun of togetherness between two named parties: a label and its
// value ("Phone contact: as agreed"), time named by the relative ("sibling time", "Nan visits"), more
// time on a family occasion ("extra time in the school holidays"), weekends at home, and occasions
// whose arrangements are put off ("Birthdays and Christmas will be sorted nearer the time"). Each
// is read only after a cheap test for its words.
import { anyAtWordStart } from '../word-trie';

/** A mention of contact: its span, and what its wording already says of the details. */
export interface ContactCue {
  start: number;
  end: number;
  /** A call, a letter or a message: no venue, nobody takes the children. */
  remote: boolean;
  /** The cue itself says the venue (having the children, staying at Nan's, going to Dad's). */
  venueImplied: boolean;
  /** A call or letter to a family member (the child's own call): how often is enough; a call in to the child needs how long too. */
  toFamily?: boolean;
  /** Joining sessions already arranged: only when is asked (the sessions say where, and who brings the children). */
  joining?: boolean;
}

/** Family occasions, when children often see family they do not live with. */
const FAMILY_OCCASION = "(?:christmas(?:\\s+day|\\s+eve)?|boxing\\s+day|new\\s+year|easter|birthdays?|mother's\\s+day|father's\\s+day|eid|diwali)";
/** Those occasions and school breaks. */
const OCCASION = `(?:(?:the\\s+)?(?:school\\s+|summer\\s+|easter\\s+|christmas\\s+|bank\\s+)?holidays?|half[- ]terms?|(?:the\\s+)?summer|${FAMILY_OCCASION})`;

/**
 * A label naming contact, then its value: "Phone contact: as agreed", "Family time - to be arranged".
 * Only kinds of contact label it ("Emergency contact:", "Contact:" before a worker's number do not).
 */
const CONTACT_LABEL = /^\s*(?:[0-9.)]+\s*|[-•*]\s*)?(?:(?:phone|telephone|video|direct|indirect|supervised|unsupervised|letterbox|face[- ]to[- ]face|weekend|weekly|sibling|family|other|further|future|extra|more|any)\s+){0,2}(?:contact|family\s+time|visits|calls|phone\s+calls|time\s+together)\s*(?::|\s-)\s*\S/;
/** A label's value that arranges (or puts off) contact, not a name or a number. */
const ARRANGING_VALUE = /\b(?:as\s+agreed|to\s+be\s+(?:agreed|arranged|confirmed|decided|discussed|sorted)|tb[ca]|later|as\s+and\s+when|when(?:ever)?|if|every|each|weekly|fortnightly|monthly|daily|once|twice|(?:un)?supervised|direct|indirect|weekends?|holidays?|ongoing|regular(?:ly)?|continue|not\s+(?:yet|decided|agreed|fixed))\b/;
/** A telephone number: the value is how to reach someone. */
const PHONE_NUMBER = /\d{4,}|\d{3,}\s\d{3}/;

/** Time named by the relative: "sibling time", "Nan visits", "grandparent contact". */
const KIN_NOUN = /\b(?:step-?)?(?:sibling|brother|sister|grandparent|grandma|grandmother|grandfather|grandad|granddad|grandpa|nan|nana|nanna|nanny|gran|granny|mum|mummy|mother|dad|daddy|father|parent|cousin|aunt|auntie|aunty|uncle)s?\s+(?:time|(?:contact|visits)(?=\s*(?:[.,;:]|$|(?:will|are|is|to\s+be|as|can|may|should|with|between)\b)))\b(?!\s+(?:the|a|an|us|me|him|her|them|your|his|their|[a-z]+'s|went|was|were|has|had|did|worker|centre|center|room|details|numbers?)\b)/g;

/** A relative's own contact as what is arranged: "Mum's visits will move to the community", "Nan's time with the twins can carry on". */
const KIN_OWNED = /\b(?:step-?)?(?:sibling|brother|sister|grandparent|grandma|grandmother|grandfather|grandad|granddad|grandpa|nan|nana|nanna|nanny|gran|granny|mum|mummy|mother|dad|daddy|father|parent|cousin|aunt|auntie|aunty|uncle)(?:'s|s')\s+(?:(?:weekly|regular|supervised|unsupervised|own|extra|next|family)\s+)?(?:visits|contact|time|calls|phone\s+calls|video\s+calls|sessions|overnights?|weekends)\b(?=\s+(?:(?:with|to)\s+(?:[a-z'-]+\s+){1,3})?(?:will|can|may|could|should|might|must|needs?|are\s+to|is\s+to|to\s+be)\b)/g;

/** Before a relative's name: time given to them ("give Mum time to rest"), not time with them (tested after a match, not at every position). */
const GIVEN_BEFORE = /\b(?:give|gives|giving|allow|allows|let|lets|leave|leaves|and|with|for)\s$/;

/** More time on an occasion, given or to be arranged: "some extra time in the school holidays", "Further time will be arranged over Christmas". */
const OCCASION_TIME = new RegExp(`\\b(?:extra|more|additional|longer|further)\\s+(?:time|visits?|contact|sessions?)\\s+(?:(?:will|can|may|could|to)\\s+be\\s+(?:arranged|offered|agreed|planned|organised|booked|set\\s+up)\\s+)?(?:in|over|at|during|for|on|around)\\s+(?:the\\s+)?${OCCASION}\\b(?!\\s+(?:to\\s+(?!be\\b)|for\\s))`, 'g');

/** Some weekends or nights spent at home (a child looked after elsewhere going home): "some weekends at home". */
const HOME_STAYS = /\b(?:spend|spends|spending|have|has|having)\s+(?:some|alternate|every\s+other|a\s+few|the\s+odd|occasional|one\s+or\s+two)\s+(?:weekends?|nights?|overnights?|holidays)\s+(?:back\s+)?(?:at\s+home|with\s+(?:mum|dad|(?:his|her|their)\s+(?:mum|dad|parents|family)))\b/g;

/** An occasion whose arrangements are put off: "Birthdays and Christmas will be sorted nearer the time". */
const OCCASION_DEFERRED = new RegExp(`(?:^|[.;:]\\s*|^\\s*(?:[0-9.)]+\\s*|[-•*]\\s*))(?:(?:the\\s+children's|their|his|her|[a-z]+'s|any)\\s+)?${FAMILY_OCCASION}(?:,?\\s+(?:and|or|&)\\s+${FAMILY_OCCASION})*(?:\\s+(?:arrangements?|plans?|contact|visits?|time))?\\s+(?:(?:will|can|should|are\\s+to|is\\s+to|may)\\s+be|to\\s+be)\\s+(?:sorted|agreed|arranged|planned|decided|discussed|talked\\s+about|worked\\s+out|looked\\s+at)\\b`, 'g');

/** A contact's details put off with no contact word: "Frequency and venue to be confirmed" (how often and supervision are asked only of contact). */
const DETAIL = '(?:frequency|how\\s+often|supervision|venue|location|days?|times?|dates?|length|duration|where)';
const DETAILS_PUT_OFF = new RegExp(`^\\s*(?:[0-9.)]+\\s*|[-•*]\\s*)?(?:the\\s+)?(${DETAIL}(?:\\s*(?:,|and|&|/|or)\\s*${DETAIL})*)(?:\\s+(?:of|for)\\s+(?:contact|family\\s+time|visits|sessions|calls))?(?:\\s*[:–-]\\s*|\\s+)(?:(?:is|are|will\\s+be|still)\\s+)?(?:to\\s+be\\s+(?:confirmed|agreed|arranged|decided|set|fixed|sorted|discussed|worked\\s+out)|tb[ca]\\b|not\\s+(?:yet\\s+)?(?:agreed|fixed|decided|known))`);
const ONLY_OF_CONTACT = /frequen|how\s+often|supervision/;

/** Words at least one of which every fragment holds: most lines have none and stop here. */
export const FRAGMENT_ALTERNATIVES = ['contact', 'family\\s+time', 'visits', 'calls', 'together', 'time', 'visit', 'session', 'day', 'extra', 'more', 'additional', 'longer', 'weekend', 'night', 'overnight', 'holiday', 'christmas', 'easter', 'half', 'birthday', 'summer', 'new\\s+year', 'boxing', "mother's", "father's", 'eid', 'diwali', 'frequen', 'how\\s+often', 'supervision'];
const FRAGMENT_WORDS = anyAtWordStart(FRAGMENT_ALTERNATIVES);

export function* matches(pattern: RegExp, folded: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const next = pattern.lastIndex;
    yield m;
    pattern.lastIndex = next;
  }
}

/** The start of the word that ends at the first non-space of `m` (skipping a list number or bullet). */
function firstWordAt(folded: string, from: number): number {
  let at = from;
  while (at < folded.length && !/[a-z]/.test(folded[at])) at++;
  return at;
}

/** Contact written as a fragment or a label, in the order found. */
export function* fragmentCues(folded: string): Generator<ContactCue> {
  if (!FRAGMENT_WORDS.test(folded)) return;
  const label = CONTACT_LABEL.exec(folded);
  const value = label ? folded.slice(label[0].length - 1) : '';
  if (label && ARRANGING_VALUE.test(value) && !PHONE_NUMBER.test(value)) {
    const colon = label[0].search(/\s*(?::|\s-)\s*\S$/);
    const start = firstWordAt(folded, 0);
    yield { start, end: colon, remote: /\b(?:phone|calls?|letters?|video|text)\b/.test(label[0]), venueImplied: false };
  }
  const details = ONLY_OF_CONTACT.test(folded) ? DETAILS_PUT_OFF.exec(folded) : null;
  if (details && ONLY_OF_CONTACT.test(details[1])) {
    // The prefix before the details holds no letters but "the", so their first occurrence is where they start.
    const start = folded.indexOf(details[1]);
    yield { start, end: start + details[1].length, remote: false, venueImplied: false };
  }
  for (const m of matches(KIN_NOUN, folded)) if (!GIVEN_BEFORE.test(folded.slice(Math.max(0, m.index - 8), m.index))) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: false };
  for (const m of matches(KIN_OWNED, folded)) yield { start: m.index, end: m.index + m[0].length, remote: /calls$/.test(m[0]), venueImplied: false };
  for (const m of matches(OCCASION_TIME, folded)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: false };
  for (const m of matches(HOME_STAYS, folded)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: true };
  for (const m of matches(OCCASION_DEFERRED, folded)) {
    const start = firstWordAt(folded, m.index);
    yield { start, end: start + folded.slice(start, m.index + m[0].length).search(/\s+(?:arrangements?\s+|plans?\s+|contact\s+|visits?\s+|time\s+)?(?:will|can|should|may|are|is|to)\s/), remote: false, venueImplied: false };
  }
}
