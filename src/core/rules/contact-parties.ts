// Who a line about contact names: members of the child's family, the children, named people, and
// who the words before a cue make its subject (family, someone permitted, a worker). Shared by the
// readers of contact verbs and nouns (contact-topic.ts) and of joining the children (contact-joining.ts).
import { trieSource } from '../word-trie';

/**
 * Members of a child's family, one word each, as agreements name them: the one list both the
 * pattern below and the word-by-word reader (contact-parts.ts) are made from. The prefixes "birth",
 * "step", "great-" and "half-", and "wider" or "extended" before "family", are read apart.
 */
export const KIN_NAMES: readonly string[] = [
  'mum', 'mummy', 'mom', 'mother', 'mam', 'mammy', 'mama', 'mamma', 'mums', 'dad', 'daddy', 'father', 'papa', 'dads', 'parent', 'parents',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'grandparent', 'grandparents', 'grandad', 'granddad', 'grandmum', 'granda', 'gramps', 'grampa',
  'nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'gran-gran', 'grangran', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings',
  'aunt', 'aunts', 'auntie', 'aunty', 'uncle', 'uncles', 'cousin', 'cousins', 'relative', 'relatives', 'relations', 'family',
  'godparent', 'godparents', 'godmother', 'godfather',
];
const KIN_WORD = `(?:birth\\s+|step-?|half-|(?:great-)+)?(?:(?:wider\\s+|extended\\s+)?family|${trieSource(KIN_NAMES.filter((word) => word !== 'family'))})`;
/** Every kin word starts with one of these. */
export const KIN_STEMS = ['birth', 'step', 'great', 'mum', 'mom', 'mother', 'mam', 'papa', 'gram', 'relation', 'dad', 'father', 'parent', 'gran', 'nan', 'brother', 'sister', 'sibling', 'half', 'aunt', 'uncle', 'cousin', 'relative', 'wider', 'extended', 'family', 'god'];
/** After a kin word, a word that makes it a service's or a place's ("family support worker", "family home", "the family court"). */
export const NOT_KIN_NEXT_WORDS = ['support', 'worker', 'hub', 'centre', 'center', 'group', 'court', 'network', 'meeting', 'home', 'time', 'practitioner', 'liaison', 'room', 'assessment', 'nurse', 'partnership', 'service', 'services', 'team', 'plan', 'help', 'law', 'lawyer', 'lawyers', 'solicitor', 'solicitors', 'practice', 'fund'];
/** The same as a lookahead; here "family members" is not a party either (the kin word stands for the whole family). */
const NOT_KIN_AFTER = `(?!\\s+(?:${[...NOT_KIN_NEXT_WORDS, 'members?'].join('|')})\\b)(?!-)`;
/** "his", "the children's", "Poppy's", "Gary's side of the": the words before a kin word. */
const OWNER = "(?:(?:his|her|their|my|your|our|the|both|the\\s+children's|the\\s+child's|[a-z]+'s|[a-z]+s')\\s+(?:side\\s+of\\s+the\\s+)?)?(?:(?:maternal|paternal|big|little|older|younger|own|real|biological)\\s+)?";
export const KIN = `\\b${OWNER}${KIN_WORD}\\b${NOT_KIN_AFTER}`;
/** Whether a text names family anywhere: the owner before a kin word is optional, so it is left out of the test. */
export const KIN_PATTERN = new RegExp(`\\b${KIN_WORD}\\b${NOT_KIN_AFTER}`);
export const KIN_AT_START = new RegExp(`^${KIN}`);

/** Children, in the nouns agreements use for them (siblings, who are family too, are KIN_NAMES'). */
export const CHILD_NAMES: readonly string[] = [
  'children', 'child', 'kids', 'kid', 'baby', 'babies', 'boys', 'boy', 'girls', 'girl', 'twins', 'twin', 'son', 'sons', 'daughter', 'daughters',
  'grandchildren', 'grandchild', 'grandson', 'grandsons', 'granddaughter', 'granddaughters', 'toddler', 'infant', 'youngster', 'youngsters',
];
/** Children as the other party: a group word or a pronoun (a name is checked apart, in the original text). */
export const CHILD_WORDS = new RegExp(
  `^(?:(?:the|both|all|her|his|their|your|my)\\s+)?(?:${trieSource(CHILD_NAMES)}|little ones|(?:younger|older|little|eldest|youngest)\\s+(?:two|three|four|ones?))\\b(?!')|^(?:him|them|you|me|each other)\\b|^her\\b(?=\\s*(?:[.,;:)]|$|(?:when|at|on|in|every|each|once|as|too|also|again|if|for|with|and|or|after|before|sometimes|whenever|while|until|more|there|then|now|during|over|from|to|regularly)\\b))`,
);

/** Whoever the words before a cue name when they are a service or a worker: their visits are work, not contact. */
export const SERVICE_SUBJECT = /\b(?:worker|workers|staff|nurse|nurses|midwi\w+|visitor|officer|police|school|nursery|college|team|teacher|gp|doctor|dr|therapist|counsellor|supervisor|idva|isva|iro|cpn|sw|fsw|hv|camhs|yot|dsl|senco|we|us|social care|children's services|council|probation|professionals?|practitioner|carers?|outreach|refuge|service|services|project|agency|health|law|legal|solicitors?|surgery|clinic)\b/;

/** Words that can never be the name of a child or relative though written with a capital. */
const NOT_A_NAME = /^(?:the|a|an|and|or|on|at|in|every|each|mum|dad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|i|dr|thank|please|if|when|once)$/;

/** The clause of `folded` around `at`: from the last clause break before it to the next after it. */
export function clauseAround(folded: string, at: number, end: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && !isClauseBreak(folded.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < folded.length && !isClauseBreak(folded.charCodeAt(to))) to++;
  return { from, to };
}

/** . ; ! ? or a line break. */
function isClauseBreak(code: number): boolean {
  return code === 46 || code === 59 || code === 33 || code === 63 || code === 10;
}

/** A person named in the original text at `at`: a capitalised word that is not a calendar or title word. */
export function nameAt(text: string, folded: string, at: number): boolean {
  const word = /^[a-z][a-z'-]*/.exec(folded.slice(at))?.[0];
  if (!word) return false;
  return /[A-Z]/.test(text[at]) && !NOT_A_NAME.test(word.replace(/'s$/, ''));
}

/** Who is on the other side of a cue ending at `at`: a family member, or a child (word, pronoun or name). */
/** The children counted in their own words ("all three of us"): a child's plan naming the brothers and sisters together. */
export const COUNTED_US = /^(?:all\s+|the\s+)?(?:two|three|four|five|six)\s+of\s+us\b/;

export function otherParty(text: string, folded: string, at: number): 'kin' | 'child' | null {
  const rest = folded.slice(at);
  if (KIN_AT_START.test(rest) || /^each\s+other\b/.test(rest)) return 'kin';
  if (CHILD_WORDS.test(rest) || COUNTED_US.test(rest)) return 'child';
  // "Harry's needs": a name that owns something is not the one being seen.
  return nameAt(text, folded, at) && !/^[a-z-]+'s?\b/.test(rest) ? 'child' : null;
}

/** A child in the clause before a cue: a child word, the child's own "I" or "you", or a name after the first word. */
const CHILD_ANYWHERE = /\b(?:children|child|kids|baby|boys|girls|twins|sons?|daughters?|you|i|me|we|(?:half-)?(?:brothers?|sisters?|siblings?))\b/;

export function childBefore(text: string, folded: string, from: number, at: number): boolean {
  const before = folded.slice(from, at);
  if (CHILD_ANYWHERE.test(before)) return true;
  const first = /^\s*(?:[0-9.)]+\s*)?[a-z'-]*/.exec(before)![0].length;
  return [...before.matchAll(/\b[a-z][a-z'-]*/g)].some((word) => word.index >= first && nameAt(text, folded, from + word.index) && !KIN_AT_START.test(word[0]));
}

/** Who the words before a cue (back to the clause start or the last comma) make its subject. */
export type Subject = 'kin' | 'named' | 'permitted' | 'instruction' | 'service' | 'other';
/** Contact is given as permission ("Lee can see the children") or kept up; a worker's visit is "will see". */
const PERMITS = /\b(?:can|may|could|might|allowed\s+to|able\s+to|asked\s+to|continue\s+to|carry\s+on|keep|still|also|sort\s+out\s+when|help\s+(?:out\s+)?with)\b/;
const INSTRUCTION = /^\s*(?:[0-9.)]+\s*|[-•*]\s*)?(?:please\s+)?(?:(?:continue\s+to|carry\s+on|keep|let\s+[a-z]+|make\s+sure\s+(?:the\s+)?[a-z]+)\s*)?$/;

/** A clause part that opens with its modal, its subject before the comma: ", can see", ", will visit". */
const MODAL_FIRST = /^\s*(?:will|can|may|could|should|must|would|shall|is\s+to|are\s+to)\b/;

/** Words after which a new subject starts: "Social worker to sort out when you see your mum". */
const SUBJECT_STARTS = /\b(?:when|whenever|while|so\s+that|so|but|because|where)\s+/g;

export function subjectOf(text: string, folded: string, clauseStart: number, at: number): Subject {
  // A label before a colon ("All of us: Zayn will see …") is not the subject: it starts after the colon.
  let from = Math.max(clauseStart, folded.lastIndexOf(',', at) + 1, folded.lastIndexOf(': ', at) + 1);
  // "Ruby's dad, Kyle, can see …": a modal straight after a comma belongs to the name between the commas.
  if (from > clauseStart && folded.charCodeAt(from - 1) === 44 && MODAL_FIRST.test(folded.slice(from, at))) from = Math.max(clauseStart, folded.lastIndexOf(',', from - 2) + 1);
  for (const joint of folded.slice(from, at).matchAll(SUBJECT_STARTS)) from = Math.max(from, from + joint.index + joint[0].length);
  const before = folded.slice(from, at);
  if (SERVICE_SUBJECT.test(before)) return 'service';
  if (KIN_PATTERN.test(before)) return 'kin';
  if (INSTRUCTION.test(before)) return 'instruction';
  const first = /^\s*(?:[0-9.)]+\s*)?/.exec(before)![0].length;
  const named = [...before.matchAll(/\b[a-z][a-z'-]*/g)].some((word) => word.index > first && nameAt(text, folded, from + word.index));
  const person = named || /^\s*(?:[0-9.)]+\s*)?[a-z]/.test(before) && nameAt(text, folded, from + first) || /\bi(?:'ll)?\b/.test(before);
  if (!person) return 'other';
  return PERMITS.test(before) ? 'permitted' : 'named';
}

/** A child (word, pronoun or name) on one side is contact when the other side is family, permitted, or told to. */
export function familySide(subject: Subject): boolean {
  return subject === 'kin' || subject === 'permitted' || subject === 'instruction';
}
