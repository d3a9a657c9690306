// The people an agreement introduces with their role ("Tia Walsh (family worker)", "Ben Ito (social
// worker)"): later lines name them without it ("Tia will visit"), and a first name alone reads as a
// family member. Found once per analysis over the paragraphs with a bracket in them.
import { isBareName, isProfessionalRole } from './actors';
import type { DocumentView } from './document-view';
import type { TaskLine } from './types';

const NAMED_WITH_ROLE = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+([A-Z][\p{Ll}'\u2019-]+))?\s*\(([^()]{2,60})\)/gu;

/** First names and full names (lower case) of the professionals the agreement introduces by role. */
export function professionalNames(view: Pick<DocumentView, 'texts' | 'scans'>): ReadonlySet<string> {
  const { texts } = view;
  const names = new Set<string>();
  const withBrackets = view.scans.allIndexes('named-roles', texts.length, (i) => texts[i].includes('('));
  for (const i of withBrackets) {
    NAMED_WITH_ROLE.lastIndex = 0;
    for (let m = NAMED_WITH_ROLE.exec(texts[i]); m; m = NAMED_WITH_ROLE.exec(texts[i])) {
      if (!isProfessionalRole(m[3])) continue;
      names.add(m[1].toLowerCase());
      if (m[2]) names.add(`${m[1]} ${m[2]}`.toLowerCase());
    }
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
