import { type ContactCue, matches as eachMatch, fragmentCues } from './contact-fragments';
import { JOINING_OR_HOME, joiningCues, PICK_UP_WORDS, pickUpCues, TOGETHER_WORDS, togetherCues } from './contact-joining';
import { LOOSE_TIMING } from './contact-details';
import { arranges } from './contact-arranged';
import { partsCues } from './contact-parts';
import type { KnownFamily } from '../family-names';
import { ANY_CONTACT_WORD } from './contact-gate';
import { KIN, KIN_PATTERN, KIN_AT_START, CHILD_WORDS, COUNTED_US, SERVICE_SUBJECT, clauseAround, nameAt, otherParty, childBefore, type Subject, subjectOf, familySide } from './contact-parties';

// Whether a line is ABOUT contact: a child and a family member who lives apart being together or in
// touch. The line is read as one or more clauses; a clause is about contact when it holds a word of
// togetherness (a verb such as see, visit, stay with, phone, have the kids; a noun such as contact,
// family time, time with, visits) whose other party is a member of the child's family, or a child
// when the other side is family or a named adult. Negations, reports, threats and aims share the
// words but arrange nothing.

type Cue = ContactCue;

// Verbs of togetherness; the words after each are read as its other party (otherParty below).
const VISIT_VERB = '(?:see|sees|seeing|visit|visits|visiting|meet|meets|meeting|meet\\s+up\\s+with|spend(?:s|ing)?\\s+(?:[a-z]+\\s+){0,3}?(?:with|together)|(?:have|has|having|get|gets|getting)\\s+(?:(?:some|more|extra|additional|regular|a\\s+bit\\s+of|a\\s+little|(?:a\\s+(?:bit|little|lot)|much|a\\s+good\\s+deal)\\s+more|lots\\s+of|plenty\\s+of|quality|proper|(?:his|her|their)\\s+own)\\s+){0,2}time\\s+with|catch(?:es|ing)?\\s+up\\s+with|come\\s+(?:round\\s+|over\\s+)?(?:and|to)\\s+(?:see|visit|meet)|(?:seen|visited)\\s+by)';
const REMOTE_VERB = '(?:(?:keep|keeps|keeping|stay|stays|staying)\\s+in\\s+touch\\s+with|phone|phones|phoning|ring|rings|ringing|call|calls|calling|text|texts|texting|(?:video[- ]?calls?|facetime|skype)(?:\\s+with)?|(?:phoned|called|rung|contacted)\\s+by|speak(?:s|ing)?\\s+(?:to|with)|talk(?:s|ing)?\\s+(?:to|with)|write(?:s)?\\s+(?:letters\\s+)?to|message|messages|messaging|whatsapp|email|emails|emailing|video[- ]?chat\\s+with|send(?:s)?\\s+(?:(?:birthday|christmas)\\s+)?(?:cards|letters|messages|photos|texts|emails|voice\\s+notes|presents|gifts)(?:\\s+and\\s+(?:cards|letters|photos|presents|gifts))?\\s+to)';
/** Staying with or going to a relative, or having the children, is contact only when it recurs (living there is not). */
const RECURS = '(?:every|each|most|some|alternate|other|(?:at|on)\\s+(?:the\\s+)?weekends?|on\\s+(?:a\\s+)?[a-z]+days?|on\\s+(?:alternate|some|most)\\s+(?:weekends|[a-z]+days|nights)|for\\s+(?:the\\s+)?(?:weekend|night|day)|overnight|over\\s+the\\s+(?:weekend|holidays)|in\\s+the\\s+(?:school\\s+|summer\\s+|easter\\s+|christmas\\s+)?holidays|over\\s+(?:the\\s+)?(?:summer|christmas|easter|half[- ]term)|after\\s+school|weekends|when|whenever|for\\s+tea|sometimes|occasionally|now\\s+and\\s+(?:then|again)|from\\s+time\\s+to\\s+time|once\\s+in\\s+a\\s+while|every\\s+so\\s+often|for\\s+(?:(?:the\\s+odd|the\\s+occasional|a\\s+few|some|an?)\\s+)?(?:weekends|nights|sleepovers?|(?<=(?:odd|occasional|few|some|an?)\\s+)(?:weekend|night|day|days)))\\b';
const STAY_VERB = `(?:stay|stays|staying|sleep\\s+over|sleeps\\s+over|spend(?:s|ing)?\\s+the\\s+night|go|goes|going|come|comes|coming|pop|pops|popping|nip|nips)\\s+(?:overnight\\s+|the\\s+night\\s+|round\\s+|over\\s+)?(?:with|at|to)\\s+(${KIN}(?:'s|'(?![a-z])|\\s+[a-z]+'s)?)(?:\\s+(?:house|home|flat|place)\\b)?`;
const HAVE_CHILDREN = `(?:have|has|having)\\s+((?:the\\s+)?(?:children|kids|baby|boys|girls|twins)|him|her|them|[a-z]+)\\s+(?:(?:(?:over|round|to\\s+stay|back|at\\s+(?:his|hers|theirs|[a-z]+'s)(?:\\s+(?:house|home|flat|place))?)\\s+)?${RECURS}|(?:over|round|to\\s+stay)\\b)`;

/** A line that starts with a noun of contact and goes on to when: "Video calls once Nathan has a phone". */
const FRAGMENT_TIMING = /^\s+(?:once|when|whenever|if|as\s+and\s+when|to\s+be|every|each|weekly|fortnightly|monthly|daily|twice)\b/;
/** The children as a group, anywhere in a clause. */
const CHILD_GROUP = /\b(?:children|kids|boys|girls|twins)\b/;
/** Whose time it is, just before "time with": "Lee's time with the children", "his time with the kids". */
const OWNER_BEFORE = /(?:\b[a-z]+'s|\bhis|\bher|\btheir)\s+(?:(?:own|extra|weekly|regular)\s+)?$/;

/** Nouns that name contact itself: "contact", "family time", "time with Dad", "visits from Nan", "phone calls with Mum". */
const CONTACT_NOUN = /\b(?:supervised|unsupervised)\s+(?:visits?|time|sessions?)\b|(?<!\b(?:home|our|my|her|his|their|your|[a-z]+'s|worker|nurse|school|police|he|she|they|it|who|that|which|and|or|statutory|monitoring|unannounced|announced|welfare|work|review|safeguarding)\s)\bvisits\b(?!\s+(?:with|from|to|will|would|can|should|are)\b)|\b(?:(?:supervised|unsupervised|direct|indirect|letterbox|face[- ]to[- ]face|telephone|phone|video|virtual|regular|weekly|some)\s+)?contact\b(?!\s+(?:details|numbers?|centre|center|person|card|point|form|the|us|me|him|her|them|your|social|police|school|supervisors?|workers?|staff|logs?|notes|records?|recordings?|reports?|officers?|team|service|rooms?|diary|sheets?|summar(?:y|ies)|assistants?|coordinators?))|\bfamily\s+time\b(?!\s+(?:workers?|diary|records?|notes|logs?|room|centre|center|under\s+review|reports?|recordings?|supervisors?|staff|summar(?:y|ies)|sheets?|team|service|officers?|coordinators?))|\b(?:sleepovers?|overnight\s+stays)\b|\b(?:phone|video|telephone|skype|facetime|whatsapp)\s+(?:calls?|chats?)\b(?!\s+(?:with|from|to)\b)|\bvisiting\s+(?:arrangements?|times?|plans?)\b/g;
/** A noun of contact with its party after it. */
const CONTACT_WITH = new RegExp(`\\b(?:time|visits?|trips?(?:\\s+out)?|days?\\s+out|outings?|sessions?|weekends?|overnights?|(?:overnight|weekend|holiday|night)\\s+stays?|(?:phone|video|telephone|skype|whatsapp|facetime)\\s+(?:calls?|chats?|contact)|calls?|letters?|cards?)\\s+(?:and\\s+cards\\s+)?(?:with|from|to|at)\\s+(?:the\\s+children\\s+and\\s+)?`, 'g');
const REMOTE_NOUN = /^(?:phone|video|telephone|skype|whatsapp|facetime|calls?|letters?|cards?)/;
/** "visits will be arranged": visits in the passive are the children's visits (not "home visits"). */
const PASSIVE_VISITS = /(?<!\b(?:home|our|my|her|his|their|worker's|nurse's|social worker's)\s)\bvisits\s+(?:will|would|can|should|are\s+to)\s+be\s+(?:arranged|agreed|set\s+up|offered|organised|sorted|planned|supervised)\b/g;

const REMOTE_AT_START = new RegExp(`^${REMOTE_VERB}`);
/** (A verb may end its clause: "Nan will come and visit.") */
const VERBS = new RegExp(`\\b(?:${VISIT_VERB}|${REMOTE_VERB})(?:\\s+|(?=[.,;!]|$))`, 'g');
const STAYS = new RegExp(`\\b${STAY_VERB}`, 'g');
const RECURS_AT = new RegExp(`\\s+${RECURS}`, 'y');
const HAVES = new RegExp(`\\b${HAVE_CHILDREN}`, 'g');
/** After an outing, the relative it is with: "… out with Nana Pat", "… out with his dad". */
const OUT_WITH_KIN = new RegExp(`^\\s+(?:for\\s+(?:[a-z]+\\s+){1,2})?with\\s+${KIN}\\b`);
/** An outing: "Grandma can take the boys out". */
const TAKE_OUT = /\b(?:take|takes|taking)\s+((?:the\s+)?(?:children|kids|baby|boys|girls|twins)|him|her|them|[a-z]+)\s+(?:out\b|(?:swimming|fishing|shopping|bowling|skating|camping)\b|to\s+(?:the\s+)?(?:park|cinema|pictures|beach|seaside|zoo|football|funfair)\b|for\s+(?:a\s+|an\s+|some\s+)?(?:meal|lunch|tea|dinner|breakfast|burger|pizza)\b|on\s+(?:a\s+|an\s+)?(?:day\s+trip|trip|outing|holiday)\b)/g;
/** An outing other than "out": only a named relative's or an allowed one ("Dad can take the boys swimming"); a parent taking the children to the park is their care. */
const PLAIN_OUT = /\sout$/;
const PARENT_WORD = /\b(?:mum|mummy|mother|dad|daddy|father|parents?)\b(?!'s)/;

/** A whole line that states a consequence or an aim, or is about the arrangements rather than one of them (their place in the care plan, the law they are made under). */
export const NOT_AN_ARRANGEMENT = /\b(?:breach|breaches|(?:will|could|may|might|would)\s+(?:lead\s+to|result\s+in|mean)|(?:will|may|could)\s+lose|the\s+aim\s+is|we\s+want|we\s+hope|i\s+want|(?:sets?|set)\s+out\s+(?:how|when|where|what)|to\s+be\s+clear(?:\s+about)?\s+(?:how|when)|make\s+clear|explains?\s+(?:how|when)|this\s+(?:agreement|plan)\s+is\s+(?:so\s+that|about|here\s+to|to\s+make\s+sure)|(?:contact|family\s+time|visits?)\s+(?:is|are)\s+(?:a\s+(?:chance|time|way)|an\s+opportunity|important|about|meant\s+to))\b|^\s*(?:so|so\s+that|why)\s|\b(?:contact|family\s+time|visits?|sessions?)\s+(?:gives?|offers?|helps?|lets?|allows?|means?)\s+(?:[a-z'-]+\s+){0,3}?(?:(?:the\s+)?(?:chance|opportunity)|(?:to\s+)?(?:keep|stay|build|maintain|feel|know|grow|enjoy))\b|\bforms?\s+part\s+of\b|\b(?:under|in\s+line\s+with)\s+(?:s\.?\s*|section\s+)\d+|\bchildren\s+act\b|^\W*(?:this|the)\s+(?:agreement|plan|letter|document)\s+(?:explains|sets\s+out|says|describes|covers|tells\s+you)\b|\bthis\s+(?:agreement|plan)\s+(?:explains|sets\s+out|says|describes|shows)\s+how\b/;
/** A noun of contact after these words refers to contact arranged elsewhere or recorded: "during family time", "to contact", "write down any contact". */
const REFERS_BACK = /\b(?:during|before|after|at|to|of|for|with|missed|each|every|from|in|about|about\s+any|keep\s+in|stay\s+in|point\s+of|emergency|first|how|make|makes|making|down|record|records|log|logs|note|notes|report|reports)\s+(?:(?:any|all|each|every)\s+)?(?:[a-z]+'s\s+|[a-z]+day\s+)?$/;
/** A worker's own contact with someone: "have regular contact with", "keep in contact with". */
const OWN_CONTACT_BEFORE = /\b(?:have|has|having|keep|keeps|maintain|maintains|make|makes|stay\s+in|stays\s+in|be\s+in|remain\s+in)\s+(?:(?:regular|monthly|weekly|fortnightly|daily|frequent|some|direct|telephone|phone)\s+)*$/;
/** Sessions being recorded or written up: "Family time sessions will be recorded by the contact worker". */
const RECORDED_AFTER = /^\s+(?:sessions?\s+)?(?:will\s+be|are|is|to\s+be)\s+(?:recorded|written\s+up|observed|minuted|logged|noted)\b/;
/** "Jo will have contact", "Dad – contact over the holidays": an arrangement has a modal or names a family member. */
const ARRANGED = /\b(?:will|can|may|could|should|must|would|to|is\s+to|are\s+to|shall|going\s+to|allowed|arranged|take\s+place|happen|continue|carry\s+on|keep)\b/;

export type ContactMention = Cue;

/** Contact offered as a maybe: "maybe", "perhaps", "possibly", "hopefully". */
const HEDGED = /\b(?:maybe|perhaps|possibly|hopefully|potentially)\b/;

/** Words between a verb and its party: "see more of the children". */
const FILLER = /^(?:(?:a\s+(?:lot|bit)\s+)?more\s+of|lots\s+of|plenty\s+of)\s+/;

/** Just before a call: a relative is allowed to make it ("Mum can also phone …"). */
const KIN_ALLOWED_BEFORE = /\b(?:can|may|could|allowed\s+to|able\s+to)\s+(?:also\s+|still\s+)?(?:go\s+and\s+|come\s+and\s+)?$/;

/** After the child (and a second child, "Ella and Josh"): seen alone, a worker's check. */
const SEEN_ALONE = /^\s+(?:and\s+[a-z'-]+\s+)?(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:him|her|them)sel(?:f|ves))\b/;
/** After talking to someone: how or about what, not when. */
const MANNER_OR_TOPIC = /^\s+(?:about|appropriately|calmly|kindly|nicely|respectfully|politely|properly|gently|positively|more|in\s+a\s+\w+\s+way)\b/;
/** Supervision is of time with family: "Supervise any time Tyler spends with Liam". */
const SUPERVISING = /\bsupervis/;

/** A family member's own time with a child: seeing or visiting (meeting or talking to someone is more often a worker's). */
const FAMILY_VISIT = /^(?:see|sees|seeing|visit|visits|visiting)\s/;
/** A title before a name marks a worker or teacher ("Miss Ade", "Mr Bright"). */
const TITLED = /\b(?:mr|mrs|miss|ms|dr)\.?\s/;
/** After the child: seen at school or nursery, where workers see children. */
const AT_SCHOOL = /^\s+(?:at|in)\s+(?:the\s+)?(?:school|nursery|college|class)\b/;

/**
 * A cue's other party and subject make it contact: family on one side, or a child with family or told
 * to, or time being supervised, or a named person seeing a child under a heading of family members'
 * tasks ("Paul (Dad)": "Paul will see the children") unless at school.
 */
function isContact(party: 'kin' | 'child', subject: Subject, folded: string, at: number, familyHeading: boolean, verb: string, after: string): boolean {
  if (party === 'kin') return subject !== 'service';
  if (subject === 'named' && familyHeading && FAMILY_VISIT.test(verb) && !AT_SCHOOL.test(after) && !TITLED.test(folded.slice(clauseAround(folded, at, at).from))) return true;
  const from = clauseAround(folded, at, at).from;
  // The children as the subject, seeing a named adult: "Children not to see Gary unless agreed".
  if ((subject === 'other' || subject === 'named') && CHILDREN_FIRST.test(folded.slice(from, at)) && !AT_SCHOOL.test(after) && !TITLED.test(folded.slice(from))) return true;
  // A named person seeing a child at a time left to others ("Jayden will see Millie when her carers can fit it in", "… regularly"):
  // a worker's visits are timetabled, and the agreement's own workers are set apart with it in view (withoutWorkers).
  if (subject === 'named' && FAMILY_VISIT.test(verb) && !AT_SCHOOL.test(after) && LOOSE_TIMING.test(folded.slice(from)) && !TITLED.test(folded.slice(from))) return true;
  return familySide(subject) || (subject === 'named' && SUPERVISING.test(folded.slice(from, at)));
}

/** Keeping in touch with no one named after it. */
const CHILDREN_IN_TOUCH = /\b(?:keep|stay)\s+in\s+touch\b(?!\s+with\b)/g;
/** The clause opens with the children as its subject. */
const CHILDREN_FIRST = /^\W*(?:[0-9.)]+\s*)?(?:the\s+|both\s+|all\s+)?(?:children|kids|boys|girls|twins)\s+(?:will|can|may|are|to|not|should|must|could)\b/;

/**
 * Every cue of togetherness in the line, in order, with whether its other party makes it contact. A
 * worker named only in the row ("Tyler to see his dad, supervised | SW") leaves the line's own subject
 * to be read: only a person in the line seeing family counts then.
 */
function* cues(text: string, folded: string, professional: boolean, rowWorker: boolean, familyHeading: boolean, kin: boolean): Generator<Cue> {
  if (professional && !rowWorker) return;
  for (const m of eachMatch(VERBS, folded)) {
    const at = m.index + m[0].length + (FILLER.exec(folded.slice(m.index + m[0].length))?.[0].length ?? 0);
    const party = otherParty(text, folded, at);
    const remote = REMOTE_AT_START.test(m[0]);
    const subject = subjectOf(text, folded, clauseAround(folded, m.index, at).from, m.index);
    // "Jade's mother may visit as well", "Nan can visit whenever": family coming with no one named.
    if (!party && !remote && subject === 'kin' && /^(?:visit|meet|come)\b/.test(m[0]) && /^(?:(?:up|as well|too|again|when|whenever|at|on|every|each|if|once)\b|[.,;!]|$)/.test(folded.slice(at))) yield { start: m.index, end: m.index + m[0].trimEnd().length, remote, venueImplied: false };
    if (!party) continue;
    // Keeping in touch is an arrangement only when asked or promised ("will", "to"): "Ellis keeps in touch with her dad" is a goal.
    if (/touch/.test(m[0]) && subject !== 'instruction' && !/\b(?:will|to|can|should|must|may|could|shall)\s+(?:[a-z]+\s+)?$/.test(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
    // Seen or phoned BY someone: contact only when that someone is family.
    if (/\bby\s+$/.test(m[0]) && party !== 'kin') continue;
    // Two adults of the family ("Mum will phone Nan") are not the child's contact unless a child is in the clause.
    if (party === 'kin' && subject === 'kin' && !childBefore(text, folded, clauseAround(folded, m.index, at).from, m.index)) continue;
    // A call to a bare name may be to a worker; a call to a child word or family member is contact.
    // (A relative allowed to call a name, "Mum can also phone Jayden", is calling the child.)
    if (remote && party === 'child' && !CHILD_WORDS.test(folded.slice(at)) && !/video|facetime|skype/.test(m[0]) && subject !== 'permitted' && !(subject === 'kin' && KIN_ALLOWED_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index)))) continue;
    // Told to see a named child ("Visit Maisie at home") is a worker's visit, unless told to family ("Kyle will: continue to see Sabine");
    // so is seeing children alone; "Seeing Leon …" is a fragment.
    if (subject === 'instruction' && party === 'child' && !CHILD_WORDS.test(folded.slice(at)) && !/^(?:seeing|visiting)\s/.test(m[0]) && !(familyHeading && FAMILY_VISIT.test(m[0]))) continue;
    const after = party === 'child' ? folded.slice(endOfParty(folded, at)) : '';
    if (party === 'child' && SEEN_ALONE.test(after)) continue;
    // How someone talks to the children, or about what ("speak to the boys calmly", "talk to Ava about the move"), is no time in touch.
    if (/^(?:speak|talk)/.test(m[0]) && MANNER_OR_TOPIC.test(folded.slice(endOfParty(folded, at)))) continue;
    if (rowWorker ? party !== 'kin' || (subject !== 'named' && subject !== 'kin') : !isContact(party, subject, folded, m.index, familyHeading, m[0], after)) continue;
    yield { start: m.index, end: endOfParty(folded, at), remote, venueImplied: false, toFamily: party === 'kin' };
  }
  if (rowWorker) return;
  // The children keeping in touch, with no one named, keep in touch with each other: "The children should be able to keep in touch by phone".
  for (const m of eachMatch(CHILDREN_IN_TOUCH, folded)) if (CHILDREN_FIRST.test(folded.slice(clauseAround(folded, m.index, m.index).from, m.index))) yield { start: m.index, end: m.index + m[0].length, remote: true, venueImplied: false, toFamily: true };
  for (const m of kin ? eachMatch(STAYS, folded) : []) {
    RECURS_AT.lastIndex = m.index + m[0].length;
    const from = clauseAround(folded, m.index, m.index).from;
    const adults = subjectOf(text, folded, from, m.index) === 'kin' && !childBefore(text, folded, from, m.index);
    // Going or staying at a relative's is contact when it recurs or is allowed ("Leo can go round to his aunt's"), or is a sleepover; living there is not.
    if ((RECURS_AT.test(folded) || KIN_ALLOWED_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index)) || /^(?:sleeps?\s+over|(?:stay|stays|staying)\s+(?:over|overnight|the\s+night))\b/.test(m[0])) && !adults) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: true };
  }
  for (const [pattern, needs, venueImplied] of [[HAVES, /\bha(?:ve|s|ving)\s/, true], [TAKE_OUT, /\btak/, false]] as const) {
    for (const m of needs.test(folded) ? eachMatch(pattern, folded) : []) {
      const objectAt = m.index + m[0].indexOf(m[1], 4);
      if (!CHILD_WORDS.test(m[1]) && !nameAt(text, folded, objectAt)) continue;
      const subject = subjectOf(text, folded, clauseAround(folded, m.index, objectAt).from, m.index);
      // Taking a child out is an outing with family; told to a worker ("Take Tyrell out for food") it is their work.
      // (An outing with a relative, "take Lewis out with Nana Pat", is time with that relative whoever takes him.)
      const withKin = !venueImplied && OUT_WITH_KIN.exec(folded.slice(m.index + m[0].length)) !== null;
      const before = folded.slice(clauseAround(folded, m.index, objectAt).from, m.index);
      const allowed = subject === 'permitted' || (subject === 'kin' && (PLAIN_OUT.test(m[0]) || !PARENT_WORD.test(before) || KIN_ALLOWED_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index))));
      if (venueImplied ? familySide(subject) : allowed || withKin) yield { start: m.index, end: venueImplied ? objectAt + m[1].length : m.index + m[0].length, remote: false, venueImplied };
    }
  }
}

/** The end of the family member or child named at `at`: the next word, with its owner. */
function endOfParty(folded: string, at: number): number {
  const kin = KIN_AT_START.exec(folded.slice(at));
  if (kin) return at + kin[0].length;
  const counted = COUNTED_US.exec(folded.slice(at));
  if (counted) return at + counted[0].length;
  const word = /^each\s+other|^(?:the\s+)?(?:younger|older|little|eldest|youngest)\s+(?:two|three|four|ones?)\b|^(?:(?:the|both|all|her|his|their|your|my)\s+)?[a-z'-]+/.exec(folded.slice(at));
  return at + (word ? word[0].length : 0);
}

/** Nouns of contact: "contact", "family time", "time with Dad", "visits from Nan", "visits will be arranged". */
function* nounCues(text: string, folded: string, professional: boolean, rowWorker: boolean, kinNearby: boolean): Generator<Cue> {
  for (const m of eachMatch(CONTACT_NOUN, folded)) {
    const { from, to } = clauseAround(folded, m.index, m.index + m[0].length);
    const before = folded.slice(from, m.index);
    if (REFERS_BACK.test(before)) continue;
    // "contact" as a verb ("will contact the school") is contact only with family.
    const asVerb = /\b(?:will|to|can|may|should|must|please|and|or|i|we)\s+$/.test(before) && !/^contact\s+(?:with|between)/.test(m[0]);
    const rest = folded.slice(m.index + m[0].length, to);
    const withWhom = /^\s+(?:with|between)\s+/.exec(rest);
    const party = withWhom ? otherParty(text, folded, m.index + m[0].length + withWhom[0].length) : null;
    // A worker contacting a parent, or keeping in contact with them, is their work: "The school will contact Mum", "SW to have monthly contact with Dad".
    const worker = (professional && !rowWorker) || SERVICE_SUBJECT.test(before);
    if (asVerb && (!KIN_AT_START.test(rest.trimStart()) || worker)) continue;
    if (worker && OWN_CONTACT_BEFORE.test(before)) continue;
    if (withWhom && !party && SERVICE_SUBJECT.test(rest.slice(withWhom[0].length, withWhom[0].length + 30))) continue;
    // Visits or contact BY someone: a worker's visits are work ("Visits by the social worker will be unannounced").
    if (/^\s+by\s+/.test(rest) && SERVICE_SUBJECT.test(rest.slice(0, 34))) continue;
    // Sessions being recorded or written up are the worker's record of contact, not an arrangement.
    if (RECORDED_AFTER.test(rest)) continue;
    // A worker's line is contact only when it names who the contact is with, or family.
    if (professional && !party && !KIN_PATTERN.test(folded.slice(from, to))) continue;
    const fragment = !before.trim() && FRAGMENT_TIMING.test(rest);
    // (A relative named in another cell of the row, "Dad (Shane) | Letters, and maybe a video call", is who it is with.)
    if (!fragment && !ARRANGED.test(folded.slice(from, to)) && !KIN_PATTERN.test(folded.slice(from, to)) && !(kinNearby && HEDGED.test(folded.slice(from, to)))) continue;
    const end = withWhom && party ? endOfParty(folded, m.index + m[0].length + withWhom[0].length) : m.index + m[0].length;
    const remote = /^(?:indirect|letterbox|telephone|phone|video|virtual|skype|facetime|whatsapp)/.test(m[0]);
    // A bare call ("Stepdad Gary – phone calls only", "calls whenever the children want") is contact when the clause names family or the children.
    if (/(?:calls?|chats?)$/.test(m[0]) && !fragment && !kinNearby && !KIN_PATTERN.test(folded.slice(from, to)) && !CHILD_GROUP.test(folded.slice(from, to))) continue;
    yield { start: m.index, end, remote, venueImplied: false, toFamily: false };
  }
  for (const m of eachMatch(CONTACT_WITH, folded)) {
    const at = m.index + m[0].length;
    if (REFERS_BACK.test(folded.slice(clauseAround(folded, m.index, at).from, m.index))) continue;
    const party = otherParty(text, folded, at);
    if (party !== 'kin' && !(party === 'child' && (ownersTime(folded, m.index, m[0]) || (!professional && REMOTE_NOUN.test(m[0]) && !SERVICE_SUBJECT.test(folded.slice(at, at + 30)))))) continue;
    if (/^(?:visits?|letters?|cards?)\s+to\b/.test(m[0]) && party !== 'kin') continue;
    // Time or a stay AT a relative's ("Overnights at Nan's"), which says where; not time at nursery or at home.
    const atHome = /\sat\s+$/.test(m[0]);
    if (atHome && (party !== 'kin' || !/^'s\b/.test(folded.slice(endOfParty(folded, at))))) continue;
    yield { start: m.index, end: endOfParty(folded, at) + (atHome ? 2 : 0), remote: REMOTE_NOUN.test(m[0]), venueImplied: atHome, toFamily: party === 'kin' };
  }
  if (professional) return;
  for (const m of eachMatch(PASSIVE_VISITS, folded)) yield { start: m.index, end: m.index + m[0].length, remote: false, venueImplied: false };
}

/** Someone's time or visits with the children ("Lee's time with the children"): an adult's contact, unless the owner is a worker. */
function ownersTime(folded: string, at: number, noun: string): boolean {
  if (!/^(?:time|visits?|sessions?|weekends?)\s/.test(noun)) return false;
  const owner = OWNER_BEFORE.exec(folded.slice(Math.max(0, at - 40), at));
  return owner !== null && !SERVICE_SUBJECT.test(owner[0]);
}

/** Parenthesised asides ("Leah Carver (Mum, on a video call from the ward)") say who someone is, not what they will do. */
export function withoutAsides(folded: string): string {
  return folded.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
}

/**
 * The first mention of contact in a line, or null. `professional`: the line's actor is a worker, whose
 * visits and calls are their work unless the line names contact with the child's family outright;
 * `rowWorker`: that worker is named only in another cell of the row; `familyHeading`: the heading or
 * label above gives the tasks to family members, so a name in the line is one of them.
 */
export function findContact(text: string, folded: string, professional: boolean, rowWorker = false, familyHeading = false, kinNearby = false): ContactMention | null {
  return ANY_CONTACT_WORD.test(folded) ? readContact(text, folded, professional, rowWorker, familyHeading, kinNearby) : null;
}

/** As findContact, without the cheap test first (exported for the test that the cheap test never changes the answer). */
export function readContact(text: string, folded: string, professional: boolean, rowWorker = false, familyHeading = false, kinNearby = false): ContactMention | null {
  const plain = folded.includes('(') ? withoutAsides(folded) : folded;
  let first: Cue | null = null;
  // (Whether the line names family: one search, shared by the readers that need it.)
  const kin = KIN_PATTERN.test(plain);
  const sources = [
    cues(text, plain, professional, rowWorker, familyHeading, kin),
    nounCues(text, plain, professional, rowWorker, kinNearby),
    fragmentCues(plain),
    professional || !JOINING_OR_HOME.test(plain) ? [] : joiningCues(text, plain),
    professional || !TOGETHER_WORDS.test(plain) ? [] : togetherCues(text, plain, kinNearby),
    professional || !PICK_UP_WORDS.test(plain) ? [] : pickUpCues(text, plain),
  ];
  for (const source of sources) {
    for (const cue of source) if ((!first || cue.start < first.start) && arranges(plain, cue)) first = cue;
  }
  // Read by its parts only where no wording above found it, so their spans and exceptions stand.
  first ??= firstByParts(text, plain, kin, professional);
  return first && !NOT_AN_ARRANGEMENT.test(folded) ? first : null;
}

/** The first contact read by its parts that is put as an arrangement (the parts come clause by clause, in order). */
export function firstByParts(text: string, plain: string, kin: boolean, professional: boolean, known?: KnownFamily): ContactCue | null {
  for (const cue of partsCues(text, plain, kin, professional, known)) if (arranges(plain, cue)) return cue;
  return null;
}
