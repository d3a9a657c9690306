import { daysBetween, formatDate } from './dates';
import { templatePlaceholders } from './placeholders';
import type { AnalysisResult, Block, SectionId } from './model';
import { buildStructure, type BlockRole } from './structure';
import { fold } from './text';

// An agreement after it is signed: its number, child, dates and tasks, read from an analysis.
// All three guidance documents ask for this follow-up: every agreement has a review date, an
// amended agreement is a new numbered document, and "written agreements are only effective if
// they are monitored rigorously" (Rutland 1.2.6 §6, CIN/CP §2.6, Derby and Derbyshire §10).

/** An agreement's blocks, its analysis, and where each block sits (the engine's own section walk). */
export interface AgreementReading {
  blocks: readonly Block[];
  result: AnalysisResult;
  roles: BlockRole[];
}

export function readAgreement(blocks: readonly Block[], result: AnalysisResult): AgreementReading {
  return { blocks, result, roles: buildStructure(blocks, templatePlaceholders()).roles };
}

export interface AgreementFacts {
  /** "Written agreement number: 2" gives 2; null when the agreement has no number. */
  number: number | null;
  /** The children's first names as written ("Jo and Sam"), or null. */
  childFirstName: string | null;
  /**
   * Identifies the child across agreements: full name(s) and date of birth, folded. Two
   * agreements with the same key are for the same child. Null when the agreement names no child.
   */
  childKey: string | null;
  /** yyyy-mm-dd, or null when the agreement does not give the date. */
  agreementDate: string | null;
  reviewDate: string | null;
  endDate: string | null;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const AGREEMENT_NUMBER = /\b(?:agreement\s*)?(?:number|no\.?|num\.?|#|ref(?:erence)?\.?)\s*[:;.]?\s*(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(first|second|third|fourth|fifth) (?:written )?agreement\b/;

export function agreementFacts(reading: AgreementReading): AgreementFacts {
  const { result } = reading;
  const child = childDetails(reading);
  return {
    number: agreementNumber(reading),
    childFirstName: child.firstNames,
    childKey: child.names ? `${child.names}|${child.birth ?? ''}` : null,
    agreementDate: result.dates?.agreement?.iso ?? null,
    reviewDate: result.dates?.review?.iso ?? null,
    endDate: result.dates?.end?.iso ?? null,
  };
}

function agreementNumber(reading: AgreementReading): number | null {
  const { result, roles } = reading;
  const candidates = [...(result.sections['agreement-number']?.paragraphs ?? [])];
  // A number in the title ("Written Agreement (No. 3)") is found by the checks without a label.
  for (let i = 0; i < Math.min(result.paragraphs.length, 15); i++) if (!candidates.includes(i)) candidates.push(i);
  for (const i of candidates) {
    if (roles[i]?.placeholder) continue;
    const text = fold(result.paragraphs[i]);
    const inSection = roles[i]?.section === 'agreement-number';
    const match = AGREEMENT_NUMBER.exec(text) ?? (inSection ? /(?:^|[:;\s])(\d{1,4})\s*$/.exec(text) : null);
    if (!match) continue;
    if (!inSection && !/\bagreement\b/.test(text)) continue;
    const value = match[1] ?? match[2];
    const n = /^\d+$/.test(value) ? Number(value) : NUMBER_WORDS[value];
    if (n) return n;
  }
  return null;
}

const NAME_LABEL = /^\s*(?:(?:the )?child(?:ren)?'?s? (?:full )?names?|names? of (?:the )?child(?:ren)?|(?:full )?names?|child(?:ren)?|young person)\s*[:;]\s*/;
const BIRTH_LABEL = /\b(?:date of birth|d\.?o\.?b\.?|born)\b/;

/** The child's name(s) and date of birth from the child-details part (labelled lines or a label table). */
function childDetails(reading: AgreementReading): { names: string | null; firstNames: string | null; birth: string | null } {
  const { result, blocks, roles } = reading;
  let names: string | null = null;
  let birth: string | null = null;
  const paragraphs = new Set(result.sections['child-details']?.paragraphs ?? []);
  // "Name: Jo Smith" under a "The child" heading is read as naming a party: take the lines under
  // that heading too, up to the next label.
  for (const i of [...paragraphs]) {
    if (!roles[i]?.labelOnly) continue;
    for (let j = i + 1; j < Math.min(roles.length, i + 9) && !roles[j].labelOnly; j++) paragraphs.add(j);
  }
  for (const i of [...paragraphs].sort((a, b) => a - b)) {
    const role = roles[i];
    if (!role || role.placeholder) continue;
    const text = result.paragraphs[i];
    const folded = fold(text);
    // "Name: Jo Smith" on one line, or "Name of child" in a cell with the name in the next cell.
    let value: string | null = null;
    const label = NAME_LABEL.exec(folded);
    if (label && label[0].length < folded.length) value = text.slice(label[0].length);
    else if (role.labelOnly && /\bnames?\b|^child(?:ren)?$/.test(folded.trim()) && blocks[i].kind === 'table-cell') value = result.paragraphs[i + 1] ?? null;
    if (value !== null && names === null) {
      const cut = value.split(/[;(]|\b(?:born|date of birth|d\.?o\.?b|aged|age)\b/i)[0].replace(/[\s,.:-]+$/, '').trim();
      if (/^\p{Lu}/u.test(cut)) names = cut;
    }
    if (birth === null && BIRTH_LABEL.test(folded)) {
      const iso = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
      const long = /\b(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b/.exec(folded);
      if (long) birth = `${long[3]}-${String(MONTHS.indexOf(long[2]) + 1).padStart(2, '0')}-${long[1].padStart(2, '0')}`;
      else if (iso) birth = `${iso[3]}-${iso[2].padStart(2, '0')}-${iso[1].padStart(2, '0')}`;
    }
  }
  if (!names) return { names: null, firstNames: null, birth };
  return { names: fold(names).replace(/\s+/g, ' '), firstNames: firstNamesOf(names), birth };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Jo Smith and Sam Smith" and "Jo and Sam Smith" both give "Jo and Sam". */
export function firstNamesOf(names: string): string {
  const firsts = names
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((part) => part.trim().split(/\s+/)[0])
    .filter((first) => !!first && /^\p{Lu}/u.test(first));
  if (firsts.length <= 1) return firsts[0] ?? names.trim();
  return `${firsts.slice(0, -1).join(', ')} and ${firsts[firsts.length - 1]}`;
}

/** A calendar day (yyyy-mm-dd) as a local date at noon, away from any daylight-saving edge. */
export function dayOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** How urgent an agreement is as of a day: the order a team works through its caseload. */
export type Urgency = 'review-overdue' | 'ended' | 'review-due-soon' | 'in-date' | 'no-review-date';

/** Reviews due within this many days count as due soon. */
export const DUE_SOON_DAYS = 7;

export interface Timing {
  /** Days from `asOf` to the review date: negative when the review is overdue; null with no review date. */
  daysUntilReview: number | null;
  /** Days from `asOf` to the end date: negative once the agreement has ended. */
  daysUntilEnd: number | null;
  urgency: Urgency;
}

export function timing(facts: Pick<AgreementFacts, 'reviewDate' | 'endDate'>, asOf: Date): Timing {
  const daysUntilReview = facts.reviewDate ? daysBetween(asOf, dayOf(facts.reviewDate)) : null;
  const daysUntilEnd = facts.endDate ? daysBetween(asOf, dayOf(facts.endDate)) : null;
  let urgency: Urgency;
  if (daysUntilReview !== null && daysUntilReview < 0) urgency = 'review-overdue';
  else if (daysUntilEnd !== null && daysUntilEnd < 0) urgency = 'ended';
  else if (daysUntilReview !== null && daysUntilReview <= DUE_SOON_DAYS) urgency = 'review-due-soon';
  else if (daysUntilReview === null) urgency = 'no-review-date';
  else urgency = 'in-date';
  return { daysUntilReview, daysUntilEnd, urgency };
}

const URGENCY_ORDER: Record<Urgency, number> = { 'review-overdue': 0, ended: 1, 'review-due-soon': 2, 'no-review-date': 3, 'in-date': 4 };

/**
 * Most urgent first: overdue reviews (longest overdue first), agreements past their end date
 * (longest ended first), reviews due within a week (soonest first), agreements with no review
 * date, then the rest by review date.
 */
export function compareUrgency(a: Timing, b: Timing): number {
  const rank = URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency];
  if (rank !== 0) return rank;
  if (a.urgency === 'ended') return (a.daysUntilEnd ?? 0) - (b.daysUntilEnd ?? 0);
  return (a.daysUntilReview ?? Infinity) - (b.daysUntilReview ?? Infinity) || (a.daysUntilEnd ?? Infinity) - (b.daysUntilEnd ?? Infinity);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Review due in 5 days", "Review due today", "Review was due 3 days ago", "No review date". */
export function reviewHeadline(days: number | null): string {
  if (days === null) return 'No review date';
  if (days === 0) return 'Review due today';
  if (days === 1) return 'Review due tomorrow';
  if (days === -1) return 'Review was due yesterday';
  return days > 0 ? `Review due in ${plural(days, 'day')}` : `Review was due ${plural(-days, 'day')} ago`;
}

/** "Ends on 21 December 2026", "Ended on 1 December 2026", "Ends today"; null with no end date. */
export function endHeadline(endDate: string | null, asOf: Date): string | null {
  if (!endDate) return null;
  const days = daysBetween(asOf, dayOf(endDate));
  if (days === 0) return 'Ends today';
  return `${days < 0 ? 'Ended' : 'Ends'} on ${formatDate(dayOf(endDate))}`;
}

export interface AgreementTask {
  /** Stable across edits elsewhere in the document: the task's words, folded (a repeat gets "#2"). */
  key: string;
  paragraph: number;
  /** The task as written, without its list number. */
  text: string;
  party: 'family' | 'professional';
  /** Who does it, as written ("Kerry", "Hannah Okafor (social worker)"), or ''. */
  who: string;
}

const LIST_NUMBER = /^\s*(?:[-*\u2022\u25AA\u25CF\u2013]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s+/;

/** Every task, family's and professionals' alike, in document order. */
export function agreementTasks(result: AnalysisResult): AgreementTask[] {
  const seen = new Map<string, number>();
  return (result.tasks ?? []).map((task) => {
    const text = result.paragraphs[task.paragraph].replace(LIST_NUMBER, '').trim();
    const base = taskKey(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: count === 1 ? base : `${base}#${count}`, paragraph: task.paragraph, text, party: task.party, who: task.who.trim() };
  });
}

export function taskKey(text: string): string {
  return fold(text.replace(LIST_NUMBER, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The content lines of one section: not its heading or label, not template guidance or blanks. */
export function sectionLines(reading: AgreementReading, id: SectionId): Array<{ paragraph: number; text: string }> {
  const { result, roles } = reading;
  const lines: Array<{ paragraph: number; text: string }> = [];
  for (const i of result.sections[id]?.paragraphs ?? []) {
    const role = roles[i];
    if (!role || role.placeholder || role.labelOnly) continue;
    // A line found by its content in another section ("Review: ...") belongs there, not here.
    if (role.section !== id && role.section !== null && id !== 'contingency' && id !== 'duration' && id !== 'review-date') continue;
    const text = result.paragraphs[i].trim();
    if (!text || /^(?:examples?|for example)\s*[:.]?$/i.test(text)) continue;
    lines.push({ paragraph: i, text });
  }
  return lines;
}
