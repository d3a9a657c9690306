// The people an agreement introduces with their role ("Tia Walsh (family worker)", "Ben Ito (social
// worker)"): later lines name them without it ("Tia will visit"), and a first name alone reads as a
// family member. Found once per analysis over the paragraphs with a bracket in them.
import { isBareName, isProfessionalRole } from './actors';
import type { DocumentView } from './document-view';
import type { TaskLine } from './types';
import { forgetOnClear } from './memo';

/** The name just before a bracket: "Tia Walsh (", "Ben (". */
const NAME_BEFORE = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+([A-Z][\p{Ll}'\u2019-]+))?\s*$/u;
/** Found once per list of texts (the presence checks and the task list both ask). */
const found = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The last texts read and the names each paragraph gave, by position: after an edit only the
 * changed paragraphs are read again. Kept by place, not in a cache keyed by text: a cold analysis
 * would pay for an insertion per paragraph and never look one up.
 */
const lastRead = {
  texts: [] as readonly string[],
  names: [] as Array<readonly string[] | undefined>,
  clear(): void {
    this.texts = [];
    this.names = [];
  },
};
forgetOnClear(lastRead);

/** First names and full names (lower case) of the professionals the agreement introduces by role. */
export function professionalNames(view: Pick<DocumentView, 'texts' | 'scans'>): ReadonlySet<string> {
  const { texts } = view;
  const known = found.get(texts);
  if (known) return known;
  const names = new Set<string>();
  const byPlace: Array<readonly string[] | undefined> = [];
  const withBrackets = view.scans.allIndexes('named-roles', texts.length, (i) => texts[i].includes('(') || ROLE_WORD_GATE.test(texts[i]));
  for (const i of withBrackets) {
    const read = (byPlace[i] = (lastRead.texts[i] === texts[i] ? lastRead.names[i] : undefined) ?? namesWithRoles(texts[i]));
    for (const name of read) names.add(name);
  }
  lastRead.texts = texts;
  lastRead.names = byPlace;
  found.set(texts, names);
  return names;
}

/** A word most professional roles end in: the cheap test before the role sentences below are read. */
const ROLE_WORD_GATE = /worker|officer|teacher|nurse|visitor|manager|midwife|adviser|advisor|lead\b|co-?ordinator|practitioner|therapist|mentor|doctor|\bGP\b/i;
/**
 * A role given in words rather than a bracket: "Hannah, your social worker", "Kat Morris is my youth
 * worker", "Family worker: Jade Fowler". The role must be a professional one (checked after).
 */
const ROLE_SENTENCES: ReadonlyArray<{ pattern: RegExp; name: number; role: number }> = [
  { pattern: /\b([A-Z][\p{Ll}'\u2019-]+(?: [A-Z][\p{Ll}'\u2019-]+)?),? (?:is|will be) (?:my|your|his|her|their|our|the family's|the) ((?:[\p{Ll}-]+ ){0,3}(?:worker|officer|teacher|nurse|visitor|manager|midwife|adviser|advisor|lead|co-?ordinator|practitioner|therapist|mentor|doctor|GP))\b/gu, name: 1, role: 2 },
  { pattern: /\b([A-Z][\p{Ll}'\u2019-]+(?: [A-Z][\p{Ll}'\u2019-]+)?), (?:my|your|his|her|their|our|the family's|the) ((?:[\p{Ll}-]+ ){0,3}(?:worker|officer|teacher|nurse|visitor|manager|midwife|adviser|advisor|lead|co-?ordinator|practitioner|therapist|mentor|doctor|GP))\b/gu, name: 1, role: 2 },
  { pattern: /(?:^|[.;]\s+)((?:[A-Z]?[\p{Ll}-]+ ){0,3}(?:worker|officer|teacher|nurse|visitor|manager|midwife|adviser|advisor|lead|co-?ordinator|practitioner|therapist|mentor|doctor|GP)): ([A-Z][\p{Ll}'\u2019-]+(?: [A-Z][\p{Ll}'\u2019-]+)?)/gu, name: 2, role: 1 },
];

/** The names one paragraph introduces with a professional role. */
function namesWithRoles(text: string): readonly string[] {
  const names: string[] = [];
  if (ROLE_WORD_GATE.test(text)) {
    for (const { pattern, name, role } of ROLE_SENTENCES) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (!isProfessionalRole(m[role])) continue;
        const [first, last] = m[name].split(' ');
        names.push(first.toLowerCase());
        if (last) names.push(`${first} ${last}`.toLowerCase());
      }
    }
  }
  // Each bracket short enough to be a role, then the name before it (no scan of the whole line).
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    if (close - open > 60 || !isProfessionalRole(text.slice(open + 1, close))) continue;
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, open - 40), open));
    if (!name) continue;
    names.push(name[1].toLowerCase());
    if (name[2]) names.push(`${name[1]} ${name[2]}`.toLowerCase());
  }
  return names;
}

/** Whose task it is: a bare name the agreement introduced as a professional is the professional's. */
export function taskKind(task: TaskLine, professionals: ReadonlySet<string>): TaskLine['actor']['kind'] {
  const { kind } = task.actor;
  if (kind !== 'family' || professionals.size === 0) return kind;
  const subject = task.text.slice(task.actor.start, task.actor.end).trim();
  return isBareName(subject) && professionals.has(subject.toLowerCase()) ? 'professional' : kind;
}
