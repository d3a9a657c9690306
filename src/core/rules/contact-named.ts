import type { DocumentView } from '../document-view';
import { missingDetails, worthAPrompt } from './contact-details';

// A child's time with an adult the agreement names but gives no family word ("Ruby will see Gary at
// the weekends"): the line alone cannot tell a child from an adult, but the agreement's details of the
// children can. Read with the whole agreement in view, for the task lines whose subject is a child.

/** A capitalised word in the children's details: a first name, unless it is a date's or a place's word. */
const CAPITALISED_WORD = /\b[A-Z][\p{Ll}'\u2019-]+\b/gu;
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Year|Reception|Nursery|School|Primary|Academy|College|Born|Date|Name|Names|Child|Children|Age|Aged|Dob|Of|The|And|Birth|Male|Female|Boy|Girl|British|White|Black|Asian|Mixed|Other|Gender|Ethnicity|School|Address|Lives|With|At)$/;

/** The first names of the children the agreement gives details of (lower case), read paragraph by paragraph. */
function childNames(view: Pick<DocumentView, 'roles' | 'texts' | 'scans'>): ReadonlySet<string> {
  return view.scans.nameSet('child-details', view.texts.length, (i) => {
    const role = view.roles[i];
    if (role.section !== 'child-details' || role.labelOnly) return NO_NAMES;
    const names: string[] = [];
    for (const m of view.texts[i].slice(role.contentStart).matchAll(CAPITALISED_WORD)) if (!NOT_A_NAME.test(m[0])) names.push(m[0].toLowerCase());
    return names;
  });
}

const NO_NAMES: readonly string[] = [];

/** A child seeing, visiting or staying with a named person: "will see Gary", "can stay at Kerry's". */
const WITH_NAMED = /\b(?:see|sees|seeing|visit|visits|visiting|spend(?:s|ing)? time with|stay(?:s|ing)? (?:with|at)|go(?:es)? (?:to|round to)|have tea with|meet(?:s)? up with)\s+([A-Z][\p{Ll}'\u2019-]+)(?!\s+(?:Road|Street|Lane|Park|Centre|Close|Court|Avenue|School|Primary|Academy|Nursery|Library|Hospital|Clinic|Surgery))/u;
/** A worker's or teacher's title, or a place where workers see children. */
const TITLED_OR_AT_WORK = /^(?:Mr|Mrs|Miss|Ms|Dr|Sgt)$|\b(?:at|in) (?:the )?(?:school|nursery|college|class|clinic|surgery|hospital|office)\b/i;

export interface NamedContact {
  paragraph: number;
  start: number;
  end: number;
  missing: string[];
}

/** Task lines whose subject is one of the children, seeing a named adult who is neither a child nor a worker, with details missing. */
export function namedAdultContacts(view: Pick<DocumentView, 'roles' | 'texts' | 'folded' | 'tasks' | 'scans'>, workers: ReadonlySet<string>, flagged: ReadonlySet<number>): NamedContact[] {
  const found: NamedContact[] = [];
  const children = view.tasks.length > 0 ? childNames(view) : NO_CHILDREN;
  if (children.size === 0) return found;
  for (const task of view.tasks) {
    if (flagged.has(task.index)) continue;
    // (What the task's own line says is kept with its paragraph; only the names are looked up each time.)
    const seen = view.scans.ofParagraph('named-contact', task.index, () => seeingNamed(view.texts[task.index], task));
    if (!seen || !children.has(seen.subject) || children.has(seen.person) || workers.has(seen.person)) continue;
    const contact = view.scans.ofParagraph('named-contact-details', task.index, () => withDetailsMissing(view.folded[task.index], task, seen));
    if (contact) found.push(contact);
  }
  return found;
}

const NO_CHILDREN: ReadonlySet<string> = new Set();

interface SeeingNamed {
  /** The first word of the task's subject. */
  subject: string;
  /** Whom the subject sees (lower case). */
  person: string;
  at: number;
  said: string;
}

/** The task's subject seeing a named person who is not introduced by a title or at a place of work. */
function seeingNamed(text: string, task: DocumentView['tasks'][number]): SeeingNamed | null {
  const subject = task.subject.trim().split(/\s+/)[0];
  if (!subject) return null;
  const m = WITH_NAMED.exec(text.slice(task.actor.end));
  if (!m || TITLED_OR_AT_WORK.test(m[1]) || TITLED_OR_AT_WORK.test(text.slice(task.actor.end + m.index))) return null;
  return { subject, person: m[1].toLowerCase(), at: task.actor.end + m.index, said: m[0] };
}

function withDetailsMissing(folded: string, task: DocumentView['tasks'][number], seen: SeeingNamed): NamedContact | null {
  const { gap, missing } = missingDetails(folded, false, /\bstay/.test(seen.said));
  return worthAPrompt(gap, false) ? { paragraph: task.index, start: seen.at, end: seen.at + seen.said.length, missing } : null;
}
