// The people an agreement introduces with their role ("Tia Walsh (family worker)", "Ben Ito (social
// worker)"): later lines name them without it ("Tia will visit"), and a first name alone reads as a
// family member. Read paragraph by paragraph through the analysis's scans.
import { classifySubject, isBareName, isProfessionalRole, type ActorKind } from './actors';
import type { DocumentView } from './document-view';
import type { TaskLine } from './types';
import { inSameTableRow } from './model';
import { eachBracket } from './text';
import { IMPERATIVE_LINE } from './commitment-runs';

/** The name just before a bracket: "Tia Walsh (", "Ben (". */
const NAME_BEFORE = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+([A-Z][\p{Ll}'\u2019-]+))?\s*$/u;
const NO_NAMES: readonly string[] = [];

/** First names and full names (lower case) of the professionals the agreement introduces by role. */
export function professionalNames(view: Pick<DocumentView, 'texts' | 'scans' | 'blocks'>): ReadonlySet<string> {
  const { texts, blocks } = view;
  // A role row's name is read at its name cell, from the label cell before it.
  return view.scans.nameSet('professionals', texts.length, (i) => {
    // (A page header or footer introduces people wherever it is read: "made with help from Sam Whitlock, Northvale Children's Services".)
    const introduction = i < INTRODUCTIONS_WITHIN || blocks[i].origin === 'header' || blocks[i].origin === 'footer';
    const introduced = texts[i].includes('(') || (introduction && (hasRoleWord(texts[i]) || texts[i].includes(' from ') || texts[i].includes(' by '))) ? namesWithRoles(texts[i], introduction) : NO_NAMES;
    const inRow = i > 0 ? nameInRoleRow(blocks[i - 1], blocks[i]) : NO_NAMES;
    return inRow.length === 0 ? introduced : introduced.concat(inRow);
  }, 1);
}

/** A label cell giving a role ("Social worker:", "Family support worker") and the name in the cell beside it. */
const ROLE_CELL = /^[\p{L}' -]{2,40}:?$/u;
const NAME_CELL = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\p{Ll}'\u2019-]+)(?: ([A-Z][\p{Ll}'\u2019-]+))?\s*$/u;

/** A cell that is only a professional role: "Social worker:", "Family support worker". */
function isRoleCell(text: string): boolean {
  const role = text.trim();
  return ROLE_CELL.test(role) && isProfessionalRole(role.replace(/:$/, ''));
}

/**
 * "Social worker: | Sam Oduya" as a form's row, or "Sam Oduya | Social worker" in a table of names
 * and roles: the name is that professional's.
 */
function nameInRoleRow(before: DocumentView['blocks'][number], cell: DocumentView['blocks'][number]): readonly string[] {
  if (cell.kind !== 'table-cell' || before.kind !== 'table-cell' || cell.column !== (before.column ?? 0) + 1 || cell.row !== before.row || cell.table !== before.table) return NO_NAMES;
  // The role first and the name beside it, or (in a list of who came) the name first and the role beside it.
  const roleFirst = before.column === 0 && isRoleCell(before.text);
  if (!roleFirst && !isRoleCell(cell.text)) return NO_NAMES;
  const name = NAME_CELL.exec((roleFirst ? cell : before).text.trim());
  if (!name) return NO_NAMES;
  return name[2] ? [name[1].toLowerCase(), `${name[1]} ${name[2]}`.toLowerCase()] : [name[1].toLowerCase()];
}

/** A word most professional roles end in: where a role given in words ends (the cheap test for the readings below). */
const ROLE_WORD = /\b(?:worker|keyworker|officer|teacher|nurse|visitor|manager|midwife|adviser|advisor|lead|co-?ordinator|practitioner|therapist|mentor|doctor|GP)\b/gi;
/**
 * A role given in words is read only where people are introduced, at the top of the agreement: a
 * name beside a role word further down ("tell Kim, the school nurse") is a task's detail, and reading
 * every paragraph for it cost the cold analysis several per cent.
 */
const INTRODUCTIONS_WITHIN = 25;
/** The cheap test before ROLE_WORD: most paragraphs hold none of these (plain substring searches, no pattern). */
const ROLE_STEMS = ['orker', 'fficer', 'eacher', 'urse', 'isitor', 'anager', 'idwife', 'dvis', 'ead', 'ordinator', 'ractitioner', 'herapist', 'entor', 'octor', 'GP'];
const hasRoleWord = (text: string): boolean => ROLE_STEMS.some((stem) => text.includes(stem)) && ROLE_WORD_ONCE.test(text);
const ROLE_WORD_ONCE = new RegExp(ROLE_WORD.source, 'i');
/** The words that lead into a role given in words: "is my", ", your", "will be the". */
const DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the']);
const CAPITALISED = /^[A-Z][\p{Ll}'\u2019-]+$/u;
/** After a role word and its colon: "Family worker: Jade Fowler". */
const NAME_AFTER_COLON = /^:\s*([A-Z][\p{Ll}'\u2019-]+(?: [A-Z][\p{Ll}'\u2019-]+)?)/u;
/** The role's words before its colon, from the start of its sentence or list item. */
const ROLE_BEFORE_COLON = /(?:^|[.;:]\s*)((?:[\p{L}-]+ ){0,3}[\p{L}-]+)$/u;

/**
 * A role given in words rather than a bracket: "Hannah, your social worker", "Kat Morris is my youth
 * worker", "Family worker: Jade Fowler". Read from each role word back (or on past its colon), so
 * a paragraph without one costs one scan; the role must be a professional one.
 */
function namesWithRolesInWords(text: string, names: string[]): void {
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m; m = ROLE_WORD.exec(text)) {
    const end = m.index + m[0].length;
    let found: RegExpExecArray | string | null = null;
    let role = '';
    if (text.charCodeAt(end) === 58 /* : */) {
      found = NAME_AFTER_COLON.exec(text.slice(end, end + 40));
      role = ROLE_BEFORE_COLON.exec(text.slice(Math.max(0, m.index - 40), end))?.[1] ?? '';
    } else {
      const before = nameBeforeRole(text, m.index);
      const after = nameAfterRole(text, m.index, end, m[0]);
      // "Mark Brannigan, Ellie Brannigan, social worker Grace Ackroyd": a role between commas with a name straight after is that name's.
      const read = before && !(before.comma && after) ? { name: before.name, role: `${before.role}${m[0]}` } : after;
      if (!read) continue;
      found = read.name;
      role = read.role;
    }
    if (!found || !isProfessionalRole(role)) continue;
    const [first, last] = (typeof found === 'string' ? found : found[1]).split(' ');
    names.push(first.toLowerCase());
    if (last) names.push(`${first} ${last}`.toLowerCase());
  }
}

/**
 * "Kat Morris is my youth ", "Hannah, your social ": the name and the role's first words before a
 * role word, read back word by word (a pattern anchored at the end would be tried from every position).
 */
function nameBeforeRole(text: string, roleStart: number): { name: string; role: string; comma?: boolean } | null {
  // (Split at any space: a cell's lines are joined by line breaks, "Jade (mum)\nRuth Okafor, social worker".)
  const words = text.slice(Math.max(0, roleStart - 60), roleStart).split(/[ \n\v\t]/);
  if (words[words.length - 1] !== '') return null;
  let j = words.length - 2;
  for (const stop = Math.max(1, words.length - 5); j >= stop && !DETERMINERS.has(words[j]) && !words[j].endsWith(','); j--);
  // "Ruth Okon, social worker": the name's comma opens the role, with no "your" between.
  if (j >= 1 && words[j].endsWith(',') && !DETERMINERS.has(words[j])) {
    return withComma(nameEndingAt(words, j, words.slice(j + 1, -1)));
  }
  if (j < 1 || !DETERMINERS.has(words[j])) return null;
  let end = j - 1;
  if (words[end] === 'is') end--;
  else if (words[end] === 'be' && words[end - 1] === 'will') end -= 2;
  else if (!words[end].endsWith(',')) return null;
  else return withComma(nameEndingAt(words, end, words.slice(j + 1, -1)));
  return nameEndingAt(words, end, words.slice(j + 1, -1));
}

/** A name read before a comma that opens its role ("Ruth Okon, social worker", "Steve Olsen, my social worker"): a name straight after the role is the role's instead ("…, my social worker Sue Palmer"). */
function withComma(read: { name: string; role: string } | null): { name: string; role: string; comma: true } | null {
  return read && { ...read, comma: true };
}

/** Words that join a clause, not a role ("every Saturday, with family time worker Lee"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['with', 'and', 'or', 'by', 'to', 'at', 'on', 'for', 'from', 'in', 'of', 'is', 'was', 'will', 'as', 'when', 'if']);

/** The capitalised name whose last word is words[end] (a comma after it allowed), with the role's words read before the role word. */
function nameEndingAt(words: readonly string[], end: number, roleWords: readonly string[]): { name: string; role: string } | null {
  const last = words[end]?.replace(/,$/, '');
  // (A role may be capitalised as a title: "Ben Tully, Social Worker".)
  if (!last || !CAPITALISED.test(last) || roleWords.some((w) => !/^[\p{L}-]+$/u.test(w) || LINKING_WORDS.has(w.toLowerCase()))) return null;
  const before = words[end - 1];
  const name = before && CAPITALISED.test(before) && !/[.!?,;]$/.test(before) ? `${before} ${last}` : last;
  return { name, role: roleWords.map((w) => `${w} `).join('') };
}

/** "her social worker Marcus Tate", "family time worker Lee Dobson": the role's words, then the name after the role word. */
const NAME_AFTER_ROLE = /^ ([A-Z][\p{Ll}'\u2019-]+)(?: ([A-Z][\p{Ll}'\u2019-]+))?/u;
const ROLE_WORDS_BEFORE = /(?:^|[\s(])((?:[\p{Ll}-]+ ){0,3})$/u;
function nameAfterRole(text: string, roleStart: number, roleEnd: number, roleWord: string): { name: string; role: string } | null {
  const name = NAME_AFTER_ROLE.exec(text.slice(roleEnd, roleEnd + 40));
  if (!name) return null;
  const role = `${ROLE_WORDS_BEFORE.exec(text.slice(Math.max(0, roleStart - 40), roleStart))?.[1] ?? ''}${roleWord}`;
  return { name: name[2] ? `${name[1]} ${name[2]}` : name[1], role };
}

/** "Chloe Armitage from the Hollowfield Adolescent Team", "Marta from the Family Early Help service": a name and the service the person comes from. */
const FROM_SERVICE = /([A-Z][\p{Ll}'\u2019-]+)(?: ([A-Z][\p{Ll}'\u2019-]+))? from (?:the )?(?:[A-Z][\p{L}'\u2019-]* ){0,4}(?:[Tt]eam|[Ss]ervices?|[Hh]ub|[Cc]ouncil|[Pp]roject|[Aa]gency|[Uu]nit)\b/gu;
/**
 * "made with help from Sam Whitlock, Northvale Children's Services": a full name and its service after a comma, where
 * someone made or wrote the document (after "from" or "by", not "and" after it: "Between Nicole Price, Westgate Family
 * Time Service and …" lists parties).
 */
const NAME_COMMA_SERVICE = /\b(?:from|by) ([A-Z][\p{Ll}'\u2019-]+) ([A-Z][\p{Ll}'\u2019-]+), (?:[A-Z][\p{L}'\u2019-]* ){0,4}(?:[Tt]eam|[Ss]ervices?|[Hh]ub|[Cc]ouncil|[Pp]roject|[Aa]gency|[Uu]nit)\b(?! and\b)/gu;
function namesFromServices(text: string, names: string[]): void {
  for (const pattern of [FROM_SERVICE, NAME_COMMA_SERVICE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      names.push(m[1].toLowerCase());
      if (m[2]) names.push(`${m[1]} ${m[2]}`.toLowerCase());
    }
  }
}

/** A bracket saying how something reaches a person, not their role: "Dean Tranter (through the prison family service)". */
const ROUTE = /^\s*(?:through|via|c\/o|care\s+of)\b/i;

/** The names one paragraph introduces with a professional role. */
function namesWithRoles(text: string, introduction: boolean): readonly string[] {
  const names: string[] = [];
  if (introduction) {
    namesWithRolesInWords(text, names);
    if (text.includes(' from ') || text.includes(' by ')) namesFromServices(text, names);
  }
  // Each bracket short enough to be a role, then the name before it (no scan of the whole line).
  eachBracket(text, 60, (open, inside) => {
    if (ROUTE.test(inside)) return;
    if (!isProfessionalRole(inside)) {
      nameAfterItsRole(text, open, inside, names);
      return;
    }
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, open - 40), open));
    if (!name) return;
    names.push(name[1].toLowerCase());
    if (name[2]) names.push(`${name[1]} ${name[2]}`.toLowerCase());
  });
  return names;
}

/** The role's words straight before a bracket: "Social worker (", "Probation officer (". */
const ROLE_BEFORE_BRACKET = /((?:[\p{L}-]+ ){0,3}[\p{L}-]+)\s*$/u;
const BRACKETED_NAME = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z][\p{Ll}'\u2019-]+)(?: ([A-Z][\p{Ll}'\u2019-]+))?\s*$/u;

/** "Social worker (Jo Whitfield)", "Probation officer (Deborah Kaye)": the role first, the name in its bracket. */
function nameAfterItsRole(text: string, open: number, inside: string, names: string[]): void {
  const name = BRACKETED_NAME.exec(inside);
  const role = ROLE_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - 40), open))?.[1];
  if (!name || !role || !isProfessionalRole(role)) return;
  names.push(name[1].toLowerCase());
  if (name[2]) names.push(`${name[1]} ${name[2]}`.toLowerCase());
}

/** Whose task it is: a bare name the agreement introduced as a professional is the professional's. */
export function taskKind(task: TaskLine, professionals: ReadonlySet<string>): TaskLine['actor']['kind'] {
  const { kind } = task.actor;
  if (kind === 'none') return fragmentOwner(task.text, task.folded, professionals) ?? kind;
  if (kind !== 'family' || professionals.size === 0) return kind;
  const subject = task.text.slice(task.actor.start, task.actor.end).trim();
  // (The look-up first: most subjects are no professional's name, and the name tests are patterns.)
  return professionals.has(subject.toLowerCase()) && (isBareName(subject) || NAME_SHAPE.test(subject)) ? 'professional' : kind;
}

/** One or two capitalised words: a name, even one the family words also hold ("Sam", "Jo"), once the agreement gave it a professional role. */
const NAME_SHAPE = /^[A-Z][\p{Ll}'\u2019-]+(?:\s+[A-Z][\p{Ll}'\u2019-]+)?$/u;
/**
 * Who a line written as a note names, with no verb to hang a subject on: "Sam Oduya to refer Harvey …",
 * "SW – Young Carers referral by Friday", "CAMHS referral for Zainab – SW", "Health visitor: weigh Ava".
 */
const LEADING_WHO = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\p{L}'\u2019-]*(?: [A-Za-z][\p{L}'\u2019-]*){0,2}) (?:to [a-z]|[\u2013\u2014-] |: )/u;
const TRAILING_WHO = / [\u2013\u2014-] ((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Za-z][\p{L}'\u2019-]*(?: [A-Za-z][\p{L}'\u2019-]*){0,2})\.?$/u;

const NAMES_ONLY = /^(?:(?:[A-Z][\p{L}'\u2019.-]*|and|&)(?: |$))+$/u;

function fragmentOwner(text: string, folded: string, professionals: ReadonlySet<string>): 'family' | 'professional' | null {
  // A role after a dash is the surest; a line opening with an instruction ("Refer Dylan to …") names no one first.
  const who = TRAILING_WHO.exec(text)?.[1] ?? (IMPERATIVE_LINE.test(folded) ? undefined : LEADING_WHO.exec(text)?.[1]);
  if (!who) return null;
  if (professionals.has(who.toLowerCase())) return 'professional';
  const kind = classifySubject(who);
  // A family member is named ("Donna", "Mum and Dad"); lower-case words before a dash are a topic ("Home-Start volunteer visit – Tuesdays").
  if (kind === 'family') return NAMES_ONLY.test(who) ? kind : null;
  return kind === 'professional' ? kind : null;
}

/**
 * A table row's task whose who cell names a professional the agreement introduced ("Visit Amelia
 * every 10 working days | Daniel Osei | Weekly", where the table of who came gave Daniel's role).
 */
export function rowNamesProfessional(view: Pick<DocumentView, 'blocks' | 'texts'>, index: number, professionals: ReadonlySet<string>): boolean {
  const { blocks, texts } = view;
  const cell = blocks[index];
  if (cell.kind !== 'table-cell' || professionals.size === 0) return false;
  const sameRow = (k: number) => inSameTableRow(blocks[k], cell);
  for (let k = index - 1; sameRow(k); k--) if (professionals.has(texts[k].trim().toLowerCase())) return true;
  for (let k = index + 1; sameRow(k); k++) if (professionals.has(texts[k].trim().toLowerCase())) return true;
  return false;
}

/** A named professional or agency doing something, in the professionals' part or anywhere ("we" is not named). */
export function isProfessionalTask(task: TaskLine, kind: ActorKind): boolean {
  if (task.section === 'professional-commitments') {
    return kind === 'professional' || kind === 'family' || (kind === 'none' && (task.headingActor === 'professional' || task.headingActor === 'family'));
  }
  // A line with no subject of its own under a heading naming a professional ("Amir Khan (social worker)").
  if (kind === 'none' && task.section === 'tasks' && task.headingActor === 'professional') return true;
  return kind === 'professional' && !/^\s*(?:we|us)\b/i.test(task.text.slice(task.actor.start, task.actor.end));
}
