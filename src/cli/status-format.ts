import { dayOf, DUE_SOON_DAYS, endHeadline, formatDate, OUTCOME_TEXT, reviewHeadline, type Category, type Outcome, type Urgency } from '../core';
import type { Caseload, StatusRow } from './status';

// The caseload as people read it: grouped by urgency, dates in British form, one short block per
// agreement. No document text beyond the child's first name.

export const URGENCY_HEADING: Record<Urgency, string> = {
  'review-overdue': 'Reviews overdue',
  ended: 'Past their end date',
  'review-due-soon': `Reviews due within ${DUE_SOON_DAYS} days`,
  'no-review-date': 'No review date',
  'in-date': 'Reviews not yet due',
};

const CATEGORY_NAME: Record<Category, [string, string]> = {
  jargon: ['jargon', 'jargon'],
  acronym: ['unexplained abbreviation', 'unexplained abbreviations'],
  'vague-task': ['vague task', 'vague tasks'],
  threatening: ['threatening wording', 'threatening wording'],
  'missing-section': ['missing part', 'missing parts'],
  date: ['date problem', 'date problems'],
  readability: ['hard-to-read sentence', 'hard-to-read sentences'],
  'victim-responsibility': ['burden on a victim', 'burdens on a victim'],
  'contact-arrangements': ['unclear contact arrangement', 'unclear contact arrangements'],
  numbering: ['numbering or date missing', 'numbering or dates missing'],
};

export function categoryName(category: Category, count = 1): string {
  const names = CATEGORY_NAME[category] ?? [category, category];
  return count === 1 ? names[0] : names[1];
}

export const british = (iso: string | null): string => (iso ? formatDate(dayOf(iso)) : '');

export function agreementLabel(row: Pick<StatusRow, 'child' | 'number'>): string {
  const child = row.child ?? 'Child not named';
  return row.number === null ? `${child}, agreement not numbered` : `${child}, agreement ${row.number}`;
}

export function errorsText(row: StatusRow): string {
  const entries = Object.entries(row.openErrors) as Array<[Category, number]>;
  if (entries.length === 0) return 'No open errors';
  return `Open errors: ${entries.map(([category, n]) => `${n} ${categoryName(category, n)}`).join(', ')}`;
}

export function outcomesText(review: NonNullable<StatusRow['review']>): string {
  const parts = (Object.entries(review.outcomes) as Array<[Outcome, number]>).map(([o, n]) => `${n} ${OUTCOME_TEXT[o].toLowerCase()}`);
  if (review.notDiscussed) parts.push(`${review.notDiscussed} not discussed`);
  return `Reviewed on ${british(review.meetingDate)}: ${parts.join(', ') || 'no outcomes recorded'}`;
}

/** The review line for a row, with its date: "Review was due 3 days ago (7 December 2026)". */
export function reviewText(row: StatusRow): string {
  const headline = reviewHeadline(row.daysUntilReview);
  return row.reviewDate ? `${headline} (${british(row.reviewDate)})` : headline;
}

export function summaryText(caseload: Caseload): string {
  const count = (u: Urgency) => caseload.agreements.filter((r) => r.urgency === u).length;
  const n = caseload.agreements.length;
  const parts = [`${n} agreement${n === 1 ? '' : 's'}`];
  const overdue = count('review-overdue');
  const ended = count('ended');
  const soon = count('review-due-soon');
  parts.push(`${overdue} review${overdue === 1 ? '' : 's'} overdue`, `${ended} past ${ended === 1 ? 'its' : 'their'} end date`, `${soon} review${soon === 1 ? '' : 's'} due within ${DUE_SOON_DAYS} days`);
  if (caseload.problems.length) parts.push(`${caseload.problems.length} file${caseload.problems.length === 1 ? '' : 's'} could not be read`);
  return parts.join(', ');
}

export function formatCaseload(caseload: Caseload, asOf: Date): string {
  const lines: string[] = [`Caseload as of ${formatDate(asOf)}: ${summaryText(caseload)}.`];
  let group: Urgency | null = null;
  caseload.agreements.forEach((row) => {
    if (row.urgency !== group) {
      group = row.urgency;
      lines.push('', URGENCY_HEADING[group]);
    }
    lines.push(`  ${agreementLabel(row)}  (${row.file})`);
    const dates = [reviewText(row) + '.'];
    const ends = endHeadline(row.endDate, asOf);
    if (ends) dates.push(`${ends}.`);
    if (row.agreementDate) dates.push(`Agreed ${british(row.agreementDate)}.`);
    lines.push(`    ${dates.join(' ')}`);
    lines.push(`    ${errorsText(row)}.`);
    if (row.review) lines.push(`    ${outcomesText(row.review)}.`);
    if (row.laterAgreement) lines.push(`    Agreement ${row.laterAgreement.number} for this child has been written since (${row.laterAgreement.file}).`);
  });
  if (caseload.problems.length) {
    lines.push('', 'Could not be read');
    for (const p of caseload.problems) lines.push(`  ${p.file}: ${p.problem}`);
  }
  return `${lines.join('\n')}\n`;
}
