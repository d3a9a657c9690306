// The parts of an agreement, one row each: how the messages name it, how serious a gap is, what
// makes it present, and the wording that shows it where there is no heading. The logic that reads
// this table is in section-presence.ts; the findings are made by the document rules.
import type { SectionId, Severity } from './model';
import type { DocumentFact } from './section-evidence';
import type { SectionKey } from './section-labels';

/** What makes a section present. */
export type PresenceTest =
  /** A paragraph of the section with words after its label (a heading alone, or a placeholder, is not content). */
  | 'content'
  /** Only the wording, anywhere: a heading alone says nothing ("This agreement is not legally binding"). */
  | 'wording'
  /** A label or signature table (the lines are blank until signed), the wording, or content. */
  | 'label-wording-or-content'
  /** A label, or a line naming the team manager beside a signature or date. */
  | 'countersignature'
  /** A label with a number beside it, or "Agreement No. 3" near the top. */
  | 'number'
  /** A date the agreement was made (a "Date:" field, or a date in the title area). */
  | 'agreement-date'
  /** An actual date in the review section or in a sentence about reviewing. */
  | 'review-date'
  /** A named professional or agency doing something (balance). */
  | 'professional-task'
  /** A family member doing something, or content in the family's section. */
  | 'family-task-or-content';

/** Wording that shows a section without a heading ("This agreement is between…"). */
export interface SectionWording {
  fact: DocumentFact;
  /** Sections whose text is not searched for it (their own wording would mislead: a worry is not a contingency). */
  notIn: ReadonlySet<SectionKey | null>;
  /** Look for it even when the section has content. */
  always?: boolean;
  /** The paragraph found joins the section's list of paragraphs (all but signature lines, which are listed by their table). */
  listed: boolean;
}

/** Sentences that show a section by what they say when nothing names it (section-content.ts); never a heading or label. */
export interface SectionContent {
  fact: DocumentFact;
  notIn: ReadonlySet<SectionKey | null>;
  /** Only the label cells of a table, in any section: "Priya Shah (social worker)" heading a row of her tasks. */
  labelCells?: true;
  /** Only the document's title (a heading among the first blocks, before any part): "Agreement for Lily to be looked after by …". */
  title?: true;
  /** Only the signature lines, naming two people or more (signers.ts): those who sign are the parties. */
  signers?: true;
  /** Only lines that are not tasks (then in any part but those in `notIn`): what happened, told under a commitments heading. */
  untasked?: true;
}

export interface SectionRow {
  id: SectionId;
  /** How messages name the section: "This agreement does not include {name}." */
  name: string;
  /** How serious it is when the profile requires it and it is missing. */
  severity: Severity;
  presentWhen: PresenceTest;
  wording?: SectionWording;
  /** Content-only recognition, tried in order when the section has no content and no wording; reported with via 'content'. */
  sentences?: readonly SectionContent[];
  /** What its content must say to count ("How long": a length or an end, not only a review). */
  contentSays?: RegExp;
}

const NOWHERE = new Set<SectionKey | null>();
const CONCERNS = new Set<SectionKey | null>(['concerns']);
const CONTINGENCY = new Set<SectionKey | null>(['contingency']);
/** (Not searched in signature lines; and, the set not being empty, never in a heading: "Who will receive a copy" only names the part.) */
const SIGNATURES = new Set<SectionKey | null>(['signatures']);
const TASKS_OR_CONTINGENCY = new Set<SectionKey | null>(['family-commitments', 'professional-commitments', 'tasks', 'contingency']);
/**
 * ("What needs to change" over what a child needs is the aim; a family member's or worker's own line is their task.)
 * (Names with roles under a "Grandparent | Parent | Social worker" header, read as everyone's tasks, commit nobody: they are the parties.)
 */
const PEOPLES_TASKS = new Set<SectionKey | null>(['family-commitments', 'professional-commitments', 'contingency']);
const CONCERNS_OR_PURPOSE = new Set<SectionKey | null>(['concerns', 'purpose']);
/** (A step someone takes if things go wrong is a contingency wherever it is told, even among the worries: only an aim's hopes are left out.) */
const PURPOSE = new Set<SectionKey | null>(['purpose']);
/** A length or an end: "until 2 February 2027", "for six weeks", "3 December to 31 January". */
/** The child's details are a name with an age or a birth: a name alone (its date of birth left blank) is not them. */
const AGE_OR_BIRTH = /\d|\b(?:born|birth|unborn|due|pregnan\w*|aged?|old|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b/;
/** A contingency's content is a step someone will take: a modal, an instruction, or someone acting ("See above", "Not yet known" are none). */
const A_STEP = /\b(?:will|would|can|could|may|might|must|should|shall|needs? to|has to|have to|going to|is to|are to)\b|'ll\b|^\W*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:ring|call|phone|text|tell|contact|go|take|ask|speak|talk|get|leave|dial|email|stay|keep|let|move|come)\b|\b(?:rings|calls|phones|texts|tells|contacts|takes|collects|picks up|steps in|meets|visits|arranges|holds|reviews|refers|looks after|comes)\b/;
const LENGTH_OR_END = /\d|\b(?:one|two|three|four|five|six|eight|twelve|a) (?:weeks?|months?|days?)\b|\b(?:until|till|end|ends|ended|finish|finishes|expires?|lasts?)\b/;

export const SECTION_TABLE: readonly SectionRow[] = [
  { id: 'participants', name: 'who the agreement is between', severity: 'warning', presentWhen: 'content', wording: { fact: 'participants', notIn: NOWHERE, always: true, listed: true }, sentences: [{ fact: 'participantsContent', notIn: NOWHERE }, { fact: 'peopleWithRoles', notIn: TASKS_OR_CONTINGENCY }, { fact: 'peopleWithRoles', notIn: CONTINGENCY, untasked: true }, { fact: 'peopleWithRoles', notIn: NOWHERE, labelCells: true }, { fact: 'signature', notIn: NOWHERE, signers: true }] },
  { id: 'child-details', name: 'the child\u2019s details', severity: 'warning', presentWhen: 'content', sentences: [{ fact: 'childDetailsContent', notIn: NOWHERE }, { fact: 'childDetailsContent', notIn: NOWHERE, title: true }], contentSays: AGE_OR_BIRTH },
  { id: 'agreement-number', name: 'the agreement number', severity: 'warning', presentWhen: 'number' },
  { id: 'date', name: 'the date of the agreement', severity: 'warning', presentWhen: 'agreement-date' },
  { id: 'purpose', name: 'why the agreement is being made', severity: 'warning', presentWhen: 'content', wording: { fact: 'purpose', notIn: new Set(['contingency']), listed: true }, sentences: [{ fact: 'purposeContent', notIn: TASKS_OR_CONTINGENCY }, { fact: 'purposeTitle', notIn: NOWHERE, title: true }, { fact: 'purposeContent', notIn: CONTINGENCY, untasked: true }, { fact: 'outcomeNeeded', notIn: PEOPLES_TASKS }] },
  { id: 'concerns', name: 'what we are worried about', severity: 'warning', presentWhen: 'content', wording: { fact: 'concerns', notIn: TASKS_OR_CONTINGENCY, listed: true }, sentences: [{ fact: 'concernsContent', notIn: TASKS_OR_CONTINGENCY }, { fact: 'concernsContent', notIn: CONTINGENCY, untasked: true }] },
  { id: 'family-commitments', name: 'what the family will do', severity: 'error', presentWhen: 'family-task-or-content' },
  { id: 'professional-commitments', name: 'what the social worker and other professionals will do', severity: 'error', presentWhen: 'professional-task' },
  { id: 'contingency', name: 'what happens if things go wrong', severity: 'error', presentWhen: 'content', wording: { fact: 'contingency', notIn: CONCERNS_OR_PURPOSE, listed: true }, sentences: [{ fact: 'contingencyStep', notIn: PURPOSE }], contentSays: A_STEP },
  { id: 'review-date', name: 'the review date', severity: 'error', presentWhen: 'review-date' },
  { id: 'duration', name: 'how long the agreement lasts', severity: 'warning', presentWhen: 'content', wording: { fact: 'duration', notIn: CONCERNS, listed: true }, sentences: [{ fact: 'durationContent', notIn: CONCERNS, untasked: true }], contentSays: LENGTH_OR_END },
  { id: 'copies', name: 'who gets a copy', severity: 'warning', presentWhen: 'content', wording: { fact: 'copies', notIn: SIGNATURES, listed: true } },
  { id: 'legal-notice', name: 'the notice that the agreement is not legally binding', severity: 'warning', presentWhen: 'wording', wording: { fact: 'legalNotice', notIn: NOWHERE, always: true, listed: true } },
  { id: 'signatures', name: 'signature lines', severity: 'error', presentWhen: 'label-wording-or-content', wording: { fact: 'signature', notIn: NOWHERE, listed: false } },
  { id: 'team-manager-signature', name: 'the team manager\u2019s countersignature', severity: 'warning', presentWhen: 'countersignature' },
];

export const SECTION_ROW = new Map<SectionId, SectionRow>(SECTION_TABLE.map((row) => [row.id, row]));
