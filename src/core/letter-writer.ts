import type { DocumentView } from './document-view';
import { TEAM_MANAGER } from './section-evidence';
import { cleanLabel } from './section-labels';
import { fold } from './text';

// A letter from the social worker to a parent ("Dear Ms Carter, … Yours sincerely"): its "I" is the
// writer, a professional, though "What I will do" reads as the family's part in a child's own plan.

/** A greeting to a parent or carer by name, among the letter's first lines ("Dear Kim"; not "Dear Mum", a child's letter). */
const GREETING = /^\s*(?:dear|hi|hello) (?!(?:mum|mummy|mam|dad|daddy|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|everyone|all|me)\b)[a-z]/;
const LETTER_OPENING = 8;
/** The writer's own part: "What I will do", "What I am going to do to help". */
const WRITER_HEADING = /^what i (?:will|am going to|'m going to|'ll|can) do\b/;

/** The letter writer's tasks (paragraph indexes): "I will …", or lines under "What I will do"; with the paragraphs under that heading. Empty unless the document is a letter. */
export interface WriterTasks extends ReadonlySet<number> {
  under: ReadonlySet<number>;
}

export function writerTasks(view: Pick<DocumentView, 'folded' | 'roles' | 'tasks' | 'texts'>): WriterTasks {
  const { folded, roles, tasks, texts } = view;
  const found = Object.assign(new Set<number>(), { under: new Set<number>() });
  let letter = false;
  for (let i = 0; i < Math.min(folded.length, LETTER_OPENING) && !letter; i++) letter = GREETING.test(folded[i]);
  if (!letter || parentsVoice(view)) return found;
  for (const task of tasks) {
    const subject = texts[task.index].slice(task.actor.start, task.actor.end).trim();
    const label = labelAbove(roles, task.index);
    const headed = label >= 0 && WRITER_HEADING.test(cleanLabel(folded[label]));
    if (headed && !found.under.has(label)) for (let i = label; i < folded.length && (i === label || !roles[i].labelOnly); i++) found.under.add(i);
    if (subject === 'I' || ((task.actor.kind === 'none' || task.actor.kind === 'generic') && headed)) found.add(task.index);
  }
  return found;
}

/**
 * A letter whose "I" is the parent's: a line in the first person that names the writer in the third
 * person ("I will not go there unless Ms Reid has arranged it"), or a heading putting the breach in
 * the first person ("What will happen if I don't keep to this"). The writer never says either.
 */
function parentsVoice(view: Pick<DocumentView, 'folded' | 'roles' | 'tasks' | 'texts'>): boolean {
  const { folded, roles, tasks, texts } = view;
  if (roles.some((role, i) => role.labelOnly && FIRST_PERSON_BREACH.test(folded[i]))) return true;
  const names = writerNames(texts, folded);
  if (names.length === 0) return false;
  const named = new RegExp(`\\b(?:${names.join('|')})\\b`);
  return tasks.some((task) => texts[task.index].slice(task.actor.start, task.actor.end).trim() === 'I' && named.test(folded[task.index].slice(task.actor.end)));
}
const FIRST_PERSON_BREACH = /\bif i (?:don't|do not|can't|cannot|break|fail to|am not able to|stop)\b/;

/** The writer's names from the line after the closing ("Angela Reid, Social Worker" gives angela, reid). */
function writerNames(texts: readonly string[], folded: readonly string[]): string[] {
  const closing = folded.findIndex((text) => LETTER_CLOSING.test(text));
  if (closing < 0) return [];
  const signer = texts.slice(closing + 1, closing + 4).find((text) => text.trim().length > 0) ?? '';
  const name = /^\s*((?:[A-Z][\p{Ll}'\u2019-]+ ?){1,3})(?:,|\n|$)/u.exec(signer.split('\n')[0]);
  return name ? name[1].trim().split(' ').map((word) => fold(word).replace(/[^a-z'\u2019-]/g, '')).filter((word) => word.length > 1) : [];
}

function labelAbove(roles: DocumentView['roles'], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (roles[i].labelOnly) return i;
  return -1;
}

/** How a letter closes before the writer's name. */
const LETTER_CLOSING = /^\s*(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm|many) (?:regards|wishes|thanks)|with (?:best|kind) (?:regards|wishes))\b/;

/** A short line naming the writer just after a letter's closing ("Yours sincerely, / Gareth Ross, Team Manager"). */
export function signsOffLetter(folded: readonly string[], i: number): boolean {
  // (A copy list under the letter, "cc: Sam Lee, Team Manager", sends it to the manager; nobody signs there.)
  if (folded[i].length > 80 || /^\s*(?:cc|c\.c|bcc|cop(?:y|ies))\b/.test(folded[i])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (LETTER_CLOSING.test(folded[k])) return true;
  return false;
}

/**
 * A letter closed and signed by its writer: a closing ("Yours sincerely,") with a name on one of the next
 * lines, the writer's own (a social worker's; not the team manager's alone). The letter's signature, as a signature table is a form's. The closing's index, or -1.
 */
export function signedLetterAt(view: Pick<DocumentView, 'folded' | 'roles'>): number {
  const { folded, roles } = view;
  for (let i = folded.length - 1; i >= 0; i--) {
    if (!LETTER_CLOSING.test(folded[i])) continue;
    for (let k = i + 1; k <= Math.min(folded.length - 1, i + 2); k++) {
      // (Signed by the team manager alone, the letter has the manager's countersignature, not the parties' signatures.)
      if (!roles[k].placeholder && WRITER_NAME.test(folded[k]) && !TEAM_MANAGER.test(folded[k]) && signsOffLetter(folded, k)) return i;
    }
  }
  return -1;
}
/** A name (two words or more, or a title and a name) on the writer's line, before any role after it. */
const WRITER_NAME = /^\s*(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?[a-z'\u2019-]{2,}(?: [a-z'\u2019-]{2,})+\b/;
