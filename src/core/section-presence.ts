// Which parts of the agreement are present, read from the section table (section-table.ts), and
// the paragraphs of each. Presence is decided afresh on every analysis, from the paragraph facts
// and scans the analyser keeps between runs.
import { findEndDate, findReviewDate, reviewLinesSayingHowLong } from './agreement-dates';
import { findAgreementDate } from './agreement-made-date';
import type { DateAt } from './paragraph-dates';
import type { ActorKind } from './actors';
import type { DocumentView } from './document-view';
import { isProfessionalTask, professionalNames, rowNamesProfessional, taskKind } from './people';
import type { SectionId } from './model';
import type { TaskLine } from './types';
import { DOCUMENT_FACTS, LEGAL_NOTICE_TEXT } from './section-evidence';
import { agreementNumberAt } from './agreement-number';
import { backgroundTold, commitsNobody } from './section-content';
import { signedLetterAt, writerTasks } from './letter-writer';
import { countersignatureAt } from './countersignature';
import { namedSignersAt } from './signers';
import { cleanLabel } from './section-labels';
import { SECTION_TABLE, type PresenceTest, type SectionRow, type SectionWording } from './section-table';

/** What the document rules are told about the sections. */
export interface SectionsFound {
  present: ReadonlyMap<SectionId, boolean>;
  /** Paragraph indexes of each section, including paragraphs found by wording (ascending after `finish`). */
  paragraphs: Map<SectionId, number[]>;
  /** Sections whose list had paragraphs found by wording added. */
  extended: ReadonlySet<SectionId>;
  /** Sections present with nothing naming them: recognised from what their sentences say. */
  byContent: ReadonlySet<SectionId>;
  agreementDate: DateAt | null;
  review: { date: DateAt | null; evidence: number[] };
  /** When the agreement ends, if it says. */
  endDate: DateAt | null;
  /** Midnight today (or the reference date given): dates are compared by day. */
  reference: Date;
}

/** Work out presence for every section in the table. */
export function findSections(view: DocumentView): SectionsFound {
  const finder = new SectionFinder(view);
  return finder.run();
}

/** The block has words after its label (`trim()` and `\s` agree on what is white space). */
function hasTextFrom(text: string, start: number): boolean {
  NON_SPACE.lastIndex = start;
  return NON_SPACE.test(text);
}
const NON_SPACE = /\S/g;
/** The one name a commitments heading gives: "What Leah is going to do", "Things Sam will do". */
const HEADING_NAME = /^(?:what|things|stuff|jobs) ([a-z'-]+(?: [a-z'-]+)?)(?:'s| is| are| will|'ll| has| agrees?)\b/;
/** The blocks a title may be among (a letter puts it under the address and the greeting). */
const TITLE_AREA = 6;
const COMMITMENTS: ReadonlySet<SectionId> = new Set(['family-commitments', 'professional-commitments']);
const CONTENT_KEY = Object.fromEntries(SECTION_TABLE.map((row) => [row.id, `content:${row.id}`])) as Record<SectionId, string>;
const NONE: readonly number[] = [];
/** A part put off rather than written: "To be discussed at review.", "Will be agreed later" (no step, no date). */
/** Words standing in for a part rather than writing it: "See above", "As above", "Not yet known", "None", "XX/XX/XXXX". */
const NO_CONTENT = /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:see (?:above|below|overleaf|attached)|as (?:above|below)|not (?:yet )?known|unknown|none(?: yet)?|nil|not applicable|x+(?:[/.-]x+)*|[^a-z0-9]*)\s*[.!]?\s*$/;
/** A part that only points elsewhere: "See the letter before proceedings dated 1 October", "As set out in the assessment." */
const POINTER = /^\s*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:please )?(?:see|refer to|as (?:set out|described|explained|detailed|recorded) in)\s+(?:the |our |my |your |their )?(?:attached |enclosed |separate |previous |last |latest |recent )?(?:[a-z'-]+ ){0,2}?(?:letter|report|assessment|plan|minutes|notes|document|chronology|referral|file|record|form|page|appendix|section|paperwork|summary)\b[^.;]{0,80}[.!]?\s*$/;
const DEFERRED = /^\s*(?:\d+[.)]\s*)?(?:to be|will be|is to be|are to be)\s+(?:discussed|agreed|decided|confirmed|arranged|looked at|reviewed|sorted(?: out)?|worked out|talked about|added|completed)\b[^.\d]{0,40}\.?\s*$/;

class SectionFinder {
  private readonly paragraphs: Map<SectionId, number[]>;
  private readonly extended = new Set<SectionId>();
  private readonly reference: Date;
  private readonly agreementDate: DateAt | null;
  /** The review section's lines saying how long the agreement lasts: the duration's, and read differently for the review date. */
  private readonly reviewLinesSayingHowLong: readonly number[];
  private readonly content = new Map<SectionId, boolean>();
  private readonly byContent = new Set<SectionId>();

  constructor(private readonly view: DocumentView) {
    this.paragraphs = view.scans.sectionIndexes(view.roles, view.taskAt);
    const now = view.today ?? new Date();
    // Dates are compared by day; a midnight reference also keeps the parsed-date cache effective.
    this.reference = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    this.agreementDate = findAgreementDate(view, this.paragraphs, this.reference);
    this.sortBackground();
    this.reviewLinesSayingHowLong = reviewLinesSayingHowLong(view);
    for (const i of this.reviewLinesSayingHowLong) this.add('duration', i);
    // Content is judged on the sections' own paragraphs, before any found by wording join them.
    // (Each read again only when the section's list is another or a paragraph of it changed.)
    for (const row of SECTION_TABLE) this.content.set(row.id, view.scans.ofList(CONTENT_KEY[row.id], this.paragraphs.get(row.id) ?? NONE, () => this.hasContent(row)));
  }

  run(): SectionsFound {
    const present = new Map<SectionId, boolean>();
    let review: SectionsFound['review'] = { date: null, evidence: [] };
    for (const row of SECTION_TABLE) {
      if (row.presentWhen === 'review-date') {
        review = findReviewDate(this.view, this.paragraphs, this.agreementDate?.date ?? this.reference, this.reviewLinesSayingHowLong);
        for (const i of review.evidence) this.add('review-date', i);
        present.set(row.id, review.date !== null);
        if (review.date) this.noteUnlabelled('review-date', review.date.paragraph);
      } else {
        present.set(row.id, this.isPresent(row, row.presentWhen));
      }
    }
    const endDate = findEndDate(this.view, this.paragraphs, this.agreementDate?.date ?? this.reference);
    return { present, paragraphs: this.paragraphs, extended: this.extended, byContent: this.byContent, agreementDate: this.agreementDate, review, endDate, reference: this.reference };
  }

  private isPresent(row: SectionRow, test: Exclude<PresenceTest, 'review-date'>): boolean {
    const { labelled } = this.view;
    switch (test) {
      case 'content': {
        const content = this.content.get(row.id)!;
        // Worries read from a background's sentences, with nothing naming them as worries.
        if (content && row.id === 'concerns' && this.backgroundIsConcerns && !labelled.has('concerns')) this.byContent.add('concerns');
        // The wording is looked for when there is no content, or always where the row says so.
        const byWording = !content || row.wording?.always ? this.wording(row) : false;
        if (content) return true;
        const bySentence = byWording || this.sentences(row);
        // Nothing names the section, but its sentences are there: say so.
        if (bySentence && !labelled.has(row.id)) this.byContent.add(row.id);
        return bySentence;
      }
      case 'wording':
        return this.wording(row);
      case 'label-wording-or-content':
        return labelled.has(row.id) || this.wording(row) || this.content.get(row.id)! || (row.id === 'signatures' && signedLetterAt(this.view) >= 0);
      case 'countersignature':
        return this.countersignature();
      case 'number':
        return this.numbered();
      case 'agreement-date':
        if (this.agreementDate) this.noteUnlabelled('date', this.agreementDate.paragraph);
        return this.agreementDate !== null;
      case 'professional-task':
        return this.byTasks(row.id, this.someTask('professional-task', (task, professionals) => isProfessionalTask(task, this.kindOf(task, professionals))) || this.headedByProfessional() || writerTasks(this.view).size > 0);
      case 'family-task-or-content': {
        // In a letter, the writer's own part ("What I will do") is neither the family's tasks nor its content.
        const writer = writerTasks(this.view);
        const content = writer.size === 0 ? this.content.get(row.id)! : this.hasContent(row, writer.under);
        const familyTask = (task: TaskLine, professionals: ReadonlySet<string>) => task.section !== 'professional-commitments' && taskKind(task, professionals) !== 'professional' && !writer.has(task.index);
        return this.byTasks(row.id, this.someTask('family-task', familyTask, writer.size > 0 ? writer : undefined) || content);
      }
    }
  }

  /** The first paragraph with the row's wording, outside the sections it is not searched in; listed if the row says so. */
  private wording(row: SectionRow): boolean {
    const wording = row.wording;
    if (!wording) return false;
    let at = this.firstWith(wording);
    // "Purpose of this agreement: See above": the part's own label, its value judged empty, is no wording of it.
    if (at >= 0 && this.ownLabelOnly(row.id, at, wording.fact)) at = -1;
    if (at >= 0 && wording.listed) this.add(row.id, at);
    return at >= 0;
  }

  /** Whether paragraph `at` is the part's own "Label: value" line and only its label has the wording. */
  private ownLabelOnly(id: SectionId, at: number, fact: SectionWording['fact']): boolean {
    const { roles, folded } = this.view;
    return roles[at].section === id && roles[at].contentStart > 0 && !DOCUMENT_FACTS[fact].test(folded[at].slice(roles[at].contentStart));
  }

  /** The first sentence (not a heading or label) that shows the section by what it says; listed. */
  private sentences(row: SectionRow): boolean {
    const { roles, facts, folded } = this.view;
    for (const { fact, notIn, labelCells, title, signers, untasked } of row.sentences ?? []) {
      const at = signers ? namedSignersAt(this.view) : this.view.scans.firstIndex(`${labelCells ? 'label-cell' : title ? 'title' : 'sentence'}:${fact}`, title ? Math.min(folded.length, TITLE_AREA) : folded.length, (i) => {
        const role = roles[i];
        if (labelCells) return role.labelOnly && !role.placeholder && this.view.blocks[i].kind === 'table-cell' && facts.has(i, fact);
        // (A title may be a plain paragraph read as a label: "Contract of Expectations \u2014 Maisie Carrow (aged 6)".)
        // (And a title over the whole document's tasks, "Contract of Expectations", is still its title.)
        // (A letter's subject line naming the children with their ages names them whatever part it also opens: "Family time with Poppy (6) and Riley (4) \u2013 what we agreed at the review".)
        if (title) return role.labelOnly && (role.section === null || role.section === 'tasks' || row.id === 'child-details') && this.view.blocks[i].kind !== 'table-cell' && facts.has(i, fact);
        return !notIn.has(role.section) && !role.placeholder && !role.labelOnly && (!untasked || this.view.taskAt[i] === null || commitsNobody(folded[i])) && facts.has(i, fact) && !this.ownLabelOnly(row.id, i, fact);
      });
      if (at >= 0) {
        this.add(row.id, at);
        return true;
      }
    }
    return false;
  }

  private firstWith({ fact, notIn }: SectionWording): number {
    const { roles, facts, folded } = this.view;
    return this.view.scans.firstIndex(`text:${fact}`, folded.length, (i) => {
      const role = roles[i];
      // Headings count only where every section is searched (a heading "Signatures ____" is a signature line).
      return !notIn.has(role.section) && !role.placeholder && !(role.labelOnly && notIn.size > 0) && facts.has(i, fact);
    });
  }

  /** A label, or the team manager named beside a signature or a date (countersignature.ts). */
  private countersignature(): boolean {
    const at = countersignatureAt(this.view);
    if (at >= 0 && !this.view.labelled.get('team-manager-signature')?.includes(at)) this.add('team-manager-signature', at);
    return at >= 0;
  }

  /**
   * "What Leah is going to do" over lines with no subject, where the agreement introduced Leah as its
   * social worker: a professional's tasks, though the heading reads like a family member's.
   */
  private headedByProfessional(): boolean {
    const labels = this.view.labelled.get('family-commitments');
    const professionals = professionalNames(this.view);
    if (!labels?.length || professionals.size === 0) return false;
    const { roles, folded, tasks } = this.view;
    return labels.some((at) => {
      const subject = HEADING_NAME.exec(cleanLabel(folded[at]))?.[1];
      if (!subject || !professionals.has(subject)) return false;
      const next = roles.findIndex((role, i) => i > at && role.labelOnly);
      return tasks.some((task) => task.index > at && (next < 0 || task.index < next) && (task.actor.kind === 'none' || task.actor.kind === 'generic'));
    });
  }

  /** A label with a number beside it, a number in the title, a page header's reference or a details table's (agreement-number.ts). */
  private numbered(): boolean {
    const labels = this.paragraphs.get('agreement-number') ?? [];
    const at = agreementNumberAt(this.view, labels);
    if (at >= 0 && !labels.includes(at)) this.add('agreement-number', at);
    if (at >= 0) this.noteUnlabelled('agreement-number', at);
    return at >= 0;
  }

  /**
   * "Background", "Context": the label says only where the part sits. A background that tells what
   * happened and states no aim is the worries; otherwise it stays the purpose.
   */
  private sortBackground(): void {
    const purpose = this.paragraphs.get('purpose');
    if (!purpose?.length) return;
    // (Read again only when a paragraph of the purpose changed.)
    const moved = this.view.scans.ofList('background', purpose, () => backgroundTold(this.view, purpose));
    if (moved.length === 0) return;
    const isMoved = new Set(moved);
    this.paragraphs.set('purpose', purpose.filter((i) => !isMoved.has(i)));
    this.paragraphs.set('concerns', [...(this.paragraphs.get('concerns') ?? []), ...moved].sort((a, b) => a - b));
    this.backgroundIsConcerns = true;
  }

  /** A number or date read where no label of its part stands (on the line or as the label just before it): recognised from content. */
  private noteUnlabelled(id: SectionId, at: number): void {
    const { roles } = this.view;
    if (roles[at].section !== id && !(at > 0 && roles[at - 1].labelOnly && roles[at - 1].section === id)) this.byContent.add(id);
  }

  /** Commitments found with no label naming them or the task list (lines under a heading the walk did not know): say so. */
  private byTasks(id: SectionId, present: boolean): boolean {
    if (present && !this.view.labelled.has(id) && !this.view.labelled.has('tasks')) this.byContent.add(id);
    return present;
  }

  /** Who does a task: its own words, or the who cell of its table row naming a professional the agreement introduced. */
  private kindOf(task: TaskLine, professionals: ReadonlySet<string>): ActorKind {
    const kind = taskKind(task, professionals);
    return kind !== 'professional' && task.actor.start === task.actor.end && rowNamesProfessional(this.view, task.index, professionals) ? 'professional' : kind;
  }

  /** Whether any task passes `test`, which reads the professionals introduced besides the task, and `basis` if given (the letter writer's tasks, a new set each run). */
  private someTask(key: string, test: (task: TaskLine, professionals: ReadonlySet<string>) => boolean, basis?: object): boolean {
    const { taskAt, scans } = this.view;
    const professionals = professionalNames(this.view);
    return scans.firstIndex(key, taskAt.length, (i) => taskAt[i] !== null && test(taskAt[i]!, professionals), basis ?? professionals) >= 0;
  }

  private backgroundIsConcerns = false;
  private hasContent({ id, contentSays }: SectionRow, leaveOut?: ReadonlySet<number>): boolean {
    const { roles, texts, folded } = this.view;
    return (this.paragraphs.get(id) ?? []).some(
      (i) =>
        !leaveOut?.has(i) &&
        !roles[i].placeholder &&
        !roles[i].labelOnly &&
        hasTextFrom(texts[i], roles[i].contentStart) &&
        (contentSays === undefined || contentSays.test(folded[i].slice(roles[i].contentStart))) &&
        !DEFERRED.test(folded[i].slice(roles[i].contentStart)) &&
        !NO_CONTENT.test(folded[i].slice(roles[i].contentStart)) &&
        !POINTER.test(folded[i].slice(roles[i].contentStart)) &&
        // The not-legally-binding notice printed under another part is not that part's content.
        (id === 'legal-notice' || COMMITMENTS.has(id) || !this.startsWithLegalNotice(i)),
    );
  }

  private startsWithLegalNotice(i: number): boolean {
    const { roles, folded, facts } = this.view;
    if (!facts.has(i, 'legalNotice')) return false;
    const at = LEGAL_NOTICE_TEXT.exec(folded[i].slice(roles[i].contentStart));
    return at !== null && at.index < 40;
  }

  /** Evidence found by wording joins a section's list; the shared lists are copied before they change. */
  private add(id: SectionId, index: number): void {
    let list = this.paragraphs.get(id);
    if (!list || !this.extended.has(id)) {
      list = list ? list.slice() : [];
      this.paragraphs.set(id, list);
      this.extended.add(id);
    }
    if (list[list.length - 1] !== index) list.push(index);
  }
}
