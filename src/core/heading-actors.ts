// Who the heading (or label cell) above each block says does its tasks: "What Ms Smith will do"
// names someone, "Professionals will:" nobody in particular, "Actions" says nothing.
import { classifySubject, type ActorKind } from './actors';
import type { BlockRole } from './block-role';
import type { Block } from './model';
import { personColumnSection } from './section-cues';
import { cleanLabel, TIMED_LEAD_IN, type SectionKey } from './section-labels';
import { COMMITMENT_SECTIONS } from './tasks';

/**
 * Who the heading above each block says does its tasks: "What Ms Smith will do" names someone
 * ('family'), "Professionals will:" names nobody in particular ('generic'), "Actions" says nothing ('none').
 */
export function headingActors(texts: string[], folded: string[], roles: BlockRole[], blocks?: readonly Block[]): ActorKind[] {
  const result: ActorKind[] = new Array(texts.length).fill('none');
  let kind: ActorKind = 'none';
  let section: SectionKey | null = null;
  /** Header cells of tables read by their columns ("Mum | Dad | Social worker"): who each column's tasks belong to. */
  const columnKind = new Map<string, ActorKind>();
  for (let i = 0; i < texts.length; i++) {
    const role = roles[i];
    const block = blocks?.[i];
    // An empty label cell continuing the row above ("Marcus | …" then " | …") keeps whose tasks they are.
    if (role.labelOnly && block?.kind === 'table-cell' && texts[i].trim() === '' && role.section === section) continue;
    if (role.labelOnly) {
      section = role.section;
      kind = COMMITMENT_SECTIONS.has(section) ? headingSubjectKind(texts[i], folded[i]) : 'none';
      // A label cell naming a person ("Leah", "Erin Cole (social worker)") says whose the row's (or column's) tasks are.
      if (kind === 'none' && COMMITMENT_SECTIONS.has(section) && block?.kind === 'table-cell') kind = personKind(texts[i]);
      // A heading the walk does not know that names a person ("Mum and Dad", "Amir Khan (social worker)"):
      // the commitment lines under it (commitment-runs.ts) are that person's.
      if (section === null && block?.kind !== 'table-cell') kind = personHeadingKind(texts[i], folded[i]);
      if (block?.kind === 'table-cell') columnKind.set(`${block.table ?? 0}:${block.column ?? 0}`, kind);
    } else if (block?.kind === 'table-cell' && columnKind.has(`${block.table ?? 0}:${block.column ?? 0}`) && COMMITMENT_SECTIONS.has(role.section)) {
      result[i] = columnKind.get(`${block.table ?? 0}:${block.column ?? 0}`)!;
      continue;
    } else if (role.section !== section && !(section === null && role.section === 'tasks')) {
      // A "Label: value" line or a label cell of another section: not under this heading.
      result[i] = 'none';
      continue;
    }
    result[i] = kind;
  }
  return result;
}

function personHeadingKind(text: string, folded: string): ActorKind {
  const key = personColumnSection(text.trim(), folded.trim());
  return key === 'family-commitments' ? 'family' : key === 'professional-commitments' ? 'professional' : 'none';
}

function personKind(text: string): ActorKind {
  const kind = classifySubject(text.replace(/[:.]\s*$/, ''));
  return kind === 'family' || kind === 'professional' ? kind : 'none';
}

const HEADING_SUBJECT = [
  /\b(?:expects?|expected|asks?|would like|wants?|needs?) (?:that )?(.+?) (?:to|will)\s*[:.]?\s*$/,
  /\bwhat\s+(.+?)\s+(?:will|has|have|agrees?|is going to|are going to|needs? to|must|should)\b/,
  // "How the family centre staff will support you", "How Gran can help": who helps.
  /^\s*(?:\d+[.)]\s*)?how\s+(.+?)\s+(?:will|can|is going to|are going to)\s+(?:help|support|work with)\b/,
  /^\s*(?:\d+[.)]\s*)?(?:(?:the )?(?:things|jobs|tasks|actions|steps) (?:that )?)?(.+?)\s+(?:will|agrees? to|agree to|must|should|are to|is to|(?:is|are) going to)\s*(?:do)?\s*[:.]?\s*$/,
  /^\s*(?:expectations of|actions for|tasks for|responsibilities of|commitments from|commitments by)\s+(.+?)\s*[:.]?\s*$/,
];

function headingSubjectKind(text: string, folded: string): ActorKind {
  // "Until the review you will:", "By Friday we need you to:": who acts follows the span of time.
  const timed = TIMED_LEAD_IN.exec(cleanLabel(folded));
  if (timed) {
    const start = timed[2] === undefined ? -1 : folded.lastIndexOf(timed[2]);
    return start < 0 ? 'family' : classifySubject(text.slice(start, start + timed[2].length));
  }
  for (const pattern of HEADING_SUBJECT) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return classifySubject(text.slice(start, start + m[1].length));
  }
  return 'none';
}
