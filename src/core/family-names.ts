// The family an agreement introduces by name: "Dean Tranter (Dad)", "Gary, the children's father",
// "their dad, Dean", "his big sister Skye", "my partner Lee", a table row "Dean Smith | Father", and
// the children ("Maisie, age 7", "Kian Moss (14, born …)", the child's details). Later lines name
// them by first name alone ("Dean can phone the children"); the contact rule reads those names as
// a family member or a child. Read paragraph by paragraph through the analysis's scans, so an edit
// reads only the edited paragraphs again (people.ts does the same for the professionals).
import type { DocumentView } from './document-view';
import { inSameTableRow } from './model';
import { eachBracket, fold } from './text';
import { KIN_AT_START, KIN_PATTERN, KIN_STEMS } from './rules/contact-parties';
import { anyAtWordStart } from './word-trie';

/** The first names (lower case) the agreement gives as family members and as children. */
export interface KnownFamily {
  kin: ReadonlySet<string>;
  children: ReadonlySet<string>;
}

type View = Pick<DocumentView, 'texts' | 'folded' | 'blocks' | 'scans'>;

/** Family and children named in the agreement: built once per analysis, the same object while no edit changes them. */
export function knownFamily(view: View): KnownFamily {
  const { texts, folded, blocks } = view;
  const names = view.scans.nameSet('family-names', texts.length, (i) => namesIn(texts[i], folded[i], i, texts.length, i > 0 ? blocks[i - 1] : undefined, blocks[i], texts[i - 1]), 1);
  return view.scans.derived('known-family', names, split);
}

const NO_NAMES: readonly string[] = [];
/** Read with its kind first: "k dean" (family), "c maisie" (a child). */
const KIN_MARK = 'k ';
const CHILD_MARK = 'c ';

function split(names: ReadonlySet<string>): KnownFamily {
  const kin = new Set<string>();
  const children = new Set<string>();
  for (const name of names) (name.startsWith(KIN_MARK) ? kin : children).add(name.slice(2));
  return { kin, children };
}

/** People are introduced at the top of an agreement, in words; by a bracket or a row of a table there or where it is signed, at the end. */
const INTRODUCTIONS_WITHIN = 40;
const SIGNED_WITHIN = 40;

function namesIn(text: string, folded: string, i: number, length: number, before: View['blocks'][number] | undefined, block: View['blocks'][number], textBefore: string | undefined): readonly string[] {
  const names: string[] = [];
  const introduction = i < INTRODUCTIONS_WITHIN || i >= length - SIGNED_WITHIN;
  if (!introduction) return NO_NAMES;
  if (text.includes('(')) bracketed(text, names);
  if (i < INTRODUCTIONS_WITHIN) {
    withAges(text, names);
    if (KIN_PATTERN.test(folded) || PARTNER.test(folded)) inWords(text, folded, names);
  }
  if (before && textBefore !== undefined) inRow(before, block, textBefore, text, names);
  return names.length ? names : NO_NAMES;
}

/** One word of a name: a capital, then small letters. */
const NAME_WORD = "[A-Z][\\p{Ll}'\\u2019]+(?:-[A-Z]?[\\p{Ll}'\\u2019]+)*";
/** Capitalised words that are no one's name. */
const NOT_A_NAME = /^(?:The|A|An|And|Or|On|At|In|To|Of|For|With|By|From|Every|Each|Mum|Mummy|Mam|Dad|Daddy|Nan|Nana|Nanny|Gran|Granny|Grandad|Grandma|Aunt|Auntie|Uncle|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Date|Name|Born|Age|Aged|Child|Children|Parent|Parents|Signed|Signature|Social|School|Council|Team|Family|Agreement|Who|What|When|Where|Why|How|I|We|You|He|She|They|It|This|That|If|Mr|Mrs|Ms|Miss|Dr|Year|Reception|Nursery|Primary|Academy|College|Male|Female|Boy|Girl|Gender|Ethnicity|British|White|Black|Asian|Mixed|Other|Address|Lives|Living|Home|Dob|Names|Details|Sister|Brother|Baby|Not|Known|None|Yes|No)$/;
/** A name as looked up: lower case, without an owner's "'s". */
const nameKey = (name: string): string => name.toLowerCase().replace(/['\u2019]s$/, '');
/** A title before a name: "Mr", "Mrs.", "Dr". */
const TITLE_WORD = '(?:Mr|Mrs|Ms|Miss|Dr)\\.?';
const TITLE = new RegExp(`^${TITLE_WORD}$`);
/** Names joined before a bracket or a comma: "Pat and Ray Whitlock", "Kerry Tranter", "Mr Smith". */
const NAMES_BEFORE = new RegExp(`((?:${TITLE_WORD} )?${NAME_WORD}(?: ${NAME_WORD})?(?:(?: and | & )(?:${TITLE_WORD} )?${NAME_WORD}(?: ${NAME_WORD})?)*)\\s*$`, 'u');

/** The first name of each person in "Pat and Ray Whitlock", "Mr Smith" (a title's surname), lower case. */
function firstNames(group: string, mark: string, names: string[]): void {
  for (const person of group.split(/ and | & /)) {
    const words = person.split(' ');
    const first = TITLE.test(words[0]) ? words[1] : words[0];
    if (first && !NOT_A_NAME.test(first)) names.push(mark + nameKey(first));
  }
}

/** A family word at the start of a bracket or cell, after its owner: "Dad", "Noah's aunt, who cares for him", "the children's maternal grandmother". */
const OWNED = /^(?:(?:the\s+)?(?:children's|child's|[a-z]+'s|[a-z]+s'|his|her|their|my|our|your)\s+)?(?:(?:maternal|paternal|big|little|older|younger|birth|real|biological|half|step)[\s-]+)?/;
/** Partners count as family here: the adults around the children ("my partner Lee", "Mum's boyfriend"). */
const PARTNER = /\b(?:partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|ex-partner|ex-husband|ex-wife)\b/;
const PARTNER_AT_START = new RegExp(`^${PARTNER.source.slice(2)}`);
/** What may follow a family word in a bracket or a cell: its end, a comma, "and", another bracket. */
const KIN_ENDS = /^(?:\s*$|\s*[,;/(&]|\s+and\b|\s+who\b|\s+-)/;

/** A bracket or cell that gives a family role: "Dad", "Jayden's grandparents and special guardians". */
function isKinRole(folded: string): boolean {
  const rest = folded.slice(OWNED.exec(folded)![0].length);
  const kin = KIN_AT_START.exec(rest) ?? PARTNER_AT_START.exec(rest);
  return kin !== null && KIN_ENDS.test(rest.slice(kin[0].length));
}

/** The first letters of every family word and partner, where a word starts: the cheap test before a bracket is read. */
const KIN_QUICK = anyAtWordStart([...KIN_STEMS, 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'fianc', 'ex-'], 'i');
/** A bracket giving an age or a birth: "(7)", "(age 6)", "(14, born 3 March 2012)", "(15 months)". */
const AGE = /^(?:aged?\s+)?(\d{1,2})(?:\s*(?:years?|yrs?|months?)(?:\s+old)?)?\s*(?:[,;]|$)|^(?:born|dob|d\.o\.b)\b/i;
/** A bracket holding a name: "Nan (Sue)", "Dad (Dean Smith)". */
const BRACKET_NAME = new RegExp(`^(${NAME_WORD})(?: ${NAME_WORD})?(?:,|$)`, 'u');
/** A family word just before a bracket. */
const KIN_BEFORE = /\b[a-z-]+\s*$/;

/** "Dean Tranter (Dad)", "Kian Moss (14, born …)", "Nan (Sue)". */
function bracketed(text: string, names: string[]): void {
  eachBracket(text, 80, (open, bracket) => {
    const inside = bracket.trim();
    const age = AGE.exec(inside);
    // (Most brackets are a worker's role or a number: a family word's first letters are looked for before the bracket is read.)
    const mark = age ? (Number(age[1] ?? 0) <= OLDEST_CHILD ? CHILD_MARK : null) : KIN_QUICK.test(inside) && isKinRole(fold(inside)) ? KIN_MARK : null;
    if (age || mark) {
      if (!mark) return;
      const group = NAMES_BEFORE.exec(text.slice(Math.max(0, open - 60), open))?.[1];
      // (An age is one child's: "Sarah and Ryan Marsh, Jayden Marsh (14)"; a family word may be two people's, "Sue and Martin Beck (grandparents)".)
      if (group) firstNames(mark === CHILD_MARK ? group.split(/ and | & /).pop()! : group, mark, names);
      return;
    }
    const named = BRACKET_NAME.exec(inside);
    if (!named || NOT_A_NAME.test(named[1])) return;
    const kinWord = KIN_BEFORE.exec(fold(text.slice(Math.max(0, open - 30), open)))?.[0].trim();
    if (kinWord && isKinRole(kinWord)) names.push(KIN_MARK + nameKey(named[1]));
  });
}

/** "Maisie Tranter, age 7", "Jack Marsh, 10 (born …)", "Jayden Whitlock, born 9 May 2020", "Rosie Allan\nDOB: …", "Kai is 3 years old". */
const NAME_WITH_AGE = new RegExp(
  `(${NAME_WORD})(?: ${NAME_WORD})?(?:,?\\s+(?:born|Born|DOB|dob|D\\.O\\.B)\\b|,? aged? (\\d{1,2})|, (\\d{1,2})(?= ?[(),;]| ?$| and | years| yrs| months)| is (\\d{1,2}) (?:years?|months?) old)`,
  'gu',
);
/** "Baby: Rosie Allan", "Children: Jack and Evie": a label naming the children, then their names. */
const CHILD_LABELLED = new RegExp(`(?:^|\\n)\\s*(?:Child|Children|Baby|Young person|Child's name|Children's names|Name of child)\\s*:\\s*(${NAME_WORD}(?: ${NAME_WORD})?(?:(?:, | and | & )${NAME_WORD}(?: ${NAME_WORD})?)*)`, 'gu');
/** Above this age a person is an adult: "Lorraine Mercer (61)", "her adult daughter Tola (24)". */
const OLDEST_CHILD = 17;

function withAges(text: string, names: string[]): void {
  if (/\d/.test(text)) {
    NAME_WITH_AGE.lastIndex = 0;
    for (let m = NAME_WITH_AGE.exec(text); m; m = NAME_WITH_AGE.exec(text)) {
      const age = Number(m[2] ?? m[3] ?? m[4] ?? 0);
      if (!NOT_A_NAME.test(m[1]) && age <= OLDEST_CHILD) names.push(CHILD_MARK + nameKey(m[1]));
    }
  }
  if (!text.includes(':')) return;
  CHILD_LABELLED.lastIndex = 0;
  for (let m = CHILD_LABELLED.exec(text); m; m = CHILD_LABELLED.exec(text)) for (const person of m[1].split(/, | and | & /)) firstNames(person, CHILD_MARK, names);
}

/** A family word or partner and its name after it: "his big sister Skye", "their dad, Dean", "Mum: Kerry Smith", "my partner Lee". */
const NAME_AFTER = new RegExp(`^(?:\\s*[,:\\u2013\\u2014-]\\s*|\\s+)(${NAME_WORD})`, 'u');
/** A name and its family word after a comma or "is": "Gary, the children's father", "Carol (Wayne's mum)" aside, "Sue is Leo's nan". */
const NAME_THEN_OWNER = new RegExp(`(${NAME_WORD})(?: ${NAME_WORD})?(?:,| is) (?:the children['\\u2019]s|the child['\\u2019]s|the [\\p{Ll}]+s['\\u2019]|his|her|their|my|our|[A-Z]?[\\p{Ll}]+['\\u2019]s) (?:(?:maternal|paternal|big|little|older|younger|birth|real|biological)[ -])?$`, 'u');
const GROUP_KIN = /(?:family|s)$/;
const KIN_OR_PARTNER = new RegExp(`${KIN_PATTERN.source}|${PARTNER.source}`, 'g');

function inWords(text: string, folded: string, names: string[]): void {
  KIN_OR_PARTNER.lastIndex = 0;
  for (let m = KIN_OR_PARTNER.exec(folded); m; m = KIN_OR_PARTNER.exec(folded)) {
    const end = m.index + m[0].length;
    // (Not after a word for several or all of the family: "Family Safety Agreement".)
    const after = GROUP_KIN.test(m[0]) ? null : NAME_AFTER.exec(text.slice(end, end + 40));
    if (after && !NOT_A_NAME.test(after[1]) && !KIN_AT_START.test(fold(after[1]))) {
      names.push(KIN_MARK + nameKey(after[1]));
      // ("Jordan, his mum Carla": the name before is whose mum she is.)
      continue;
    }
    const before = NAME_THEN_OWNER.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (before && !NOT_A_NAME.test(before[1])) names.push(KIN_MARK + nameKey(before[1]));
  }
}

/** A cell of a name beside a cell of a family role, in either order: "Dean Smith | Father", "Mum | Kerry Tranter". */
const NAME_CELL = new RegExp(`^(?:${TITLE_WORD} )?(${NAME_WORD})(?: (${NAME_WORD}))?$`, 'u');
function inRow(before: View['blocks'][number], cell: View['blocks'][number], beforeText: string, text: string, names: string[]): void {
  if (!inSameTableRow(before, cell) || cell.column !== (before.column ?? 0) + 1) return;
  if (beforeText.length > 60 || text.length > 60 || !(KIN_QUICK.test(beforeText) || KIN_QUICK.test(text) || CHILD_LABEL_START.test(beforeText))) return;
  const left = beforeText.trim().replace(/:$/, '');
  const right = text.trim();
  // (A role before one word may be a row's who and when, "Dad | Ongoing": there a name needs its surname.)
  const name = NAME_CELL.exec(left) && isKinRole(fold(right)) ? left : NAME_CELL.exec(right)?.[2] && isKinRole(fold(left)) ? right : null;
  if (name) firstNames(name, KIN_MARK, names);
  else if (CHILD_LABEL_START.test(left) && CHILD_LABEL.test(fold(left)) && CHILD_NAMES_CELL.test(right)) for (const person of right.split(/, | and | & /)) firstNames(person, CHILD_MARK, names);
}

/** A cell naming the child or children ("Child's name", "Children", "Name of child") and the cell of their names beside it. */
const CHILD_LABEL_START = /^(?:the\s+)?(?:child|baby|young|name)/i;
const CHILD_LABEL = /^(?:(?:the\s+)?(?:child|children|child's|children's|baby|young\s+person)(?:\s+names?)?|names?\s+of\s+(?:the\s+)?(?:child|children|baby))$/;
const CHILD_NAMES_CELL = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD})?(?:(?:, | and | & )${NAME_WORD}(?: ${NAME_WORD})?)*$`, 'u');

