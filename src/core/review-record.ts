import { formatDate } from './dates';
import { dayOf, taskKey, type AgreementTask } from './lifecycle';

// What a review meeting decided about each task. Kept in the document (the add-in's settings,
// saved inside the .docx) and printed as a table in it, so the record travels with the agreement.
// Professionals' tasks are reviewed with the same weight as the family's: parents may complain
// when agencies do not do their part (CIN/CP §7, Derby and Derbyshire §8).

export const OUTCOMES = ['done', 'partly-done', 'not-done', 'no-longer-needed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_TEXT: Record<Outcome, string> = {
  done: 'Done',
  'partly-done': 'Partly done',
  'not-done': 'Not done',
  'no-longer-needed': 'No longer needed',
};

/** Tasks with these outcomes are still needed: the next agreement carries them forward. */
export function stillNeeded(outcome: Outcome | null | undefined): boolean {
  return outcome !== 'done' && outcome !== 'no-longer-needed';
}

export interface TaskOutcome {
  /** The task's key (see `taskKey`), so an outcome stays with its task when other text moves. */
  key: string;
  /** The task as it read at the meeting, for the printed record and the next agreement. */
  task: string;
  party: 'family' | 'professional';
  outcome: Outcome | null;
  note: string;
  /** Who told the meeting how it went ("Kerry Walsh", "Hillside Primary School"). */
  reportedBy: string;
  /** For a task not done: who will carry out what the agreement says happens next, and by when. */
  followUp?: { who: string; byWhen: string };
}

export interface ReviewRecord {
  version: 1;
  /** The agreement reviewed (its number), so a record copied into another agreement is noticed. */
  agreementNumber: number | null;
  /** yyyy-mm-dd. */
  meetingDate: string;
  outcomes: TaskOutcome[];
}

/** Where the add-in keeps the record in the document's settings. */
export const REVIEW_SETTING = 'clearAgreements.review';
/** Content-control tag of the review record table the add-in inserts (the checks pass over it). */
export { REVIEW_RECORD_BLOCK_TAG as REVIEW_TABLE_TAG } from './structure';

export function emptyReviewRecord(agreementNumber: number | null, meetingDate: string): ReviewRecord {
  return { version: 1, agreementNumber, meetingDate, outcomes: [] };
}

/** The record's outcome for each current task, in the agreement's order (tasks not yet discussed have none). */
export function outcomesFor(tasks: readonly AgreementTask[], record: ReviewRecord): TaskOutcome[] {
  const byKey = new Map(record.outcomes.map((o) => [o.key, o]));
  return tasks.map((task) => byKey.get(task.key) ?? { key: task.key, task: task.text, party: task.party, outcome: null, note: '', reportedBy: '' });
}

/** The record with one task's outcome replaced (or added), keeping the others. */
export function withOutcome(record: ReviewRecord, outcome: TaskOutcome): ReviewRecord {
  const outcomes = record.outcomes.filter((o) => o.key !== outcome.key);
  outcomes.push(outcome);
  return { ...record, outcomes };
}

const OUTCOME_SET = new Set<string>(OUTCOMES);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read a stored record; anything unreadable gives no record and a message for the pane (never an exception). */
export function parseReviewRecord(stored: string | null | undefined): { record: ReviewRecord | null; problem?: string } {
  if (!stored) return { record: null };
  try {
    const value = JSON.parse(stored) as Partial<ReviewRecord>;
    if (!value || typeof value !== 'object' || value.version !== 1 || typeof value.meetingDate !== 'string' || !ISO_DAY.test(value.meetingDate)) throw new Error('unknown shape');
    const outcomes: TaskOutcome[] = [];
    for (const o of Array.isArray(value.outcomes) ? value.outcomes : []) {
      if (!o || typeof o.task !== 'string') continue;
      const outcome: TaskOutcome = {
        key: typeof o.key === 'string' && o.key ? o.key : taskKey(o.task),
        task: o.task,
        party: o.party === 'professional' ? 'professional' : 'family',
        outcome: typeof o.outcome === 'string' && OUTCOME_SET.has(o.outcome) ? o.outcome : null,
        note: typeof o.note === 'string' ? o.note : '',
        reportedBy: typeof o.reportedBy === 'string' ? o.reportedBy : '',
      };
      if (o.followUp && typeof o.followUp.who === 'string' && typeof o.followUp.byWhen === 'string') outcome.followUp = { who: o.followUp.who, byWhen: o.followUp.byWhen };
      outcomes.push(outcome);
    }
    const agreementNumber = typeof value.agreementNumber === 'number' && Number.isFinite(value.agreementNumber) ? value.agreementNumber : null;
    return { record: { version: 1, agreementNumber, meetingDate: value.meetingDate, outcomes } };
  } catch {
    return { record: null, problem: 'The review outcomes saved in this document could not be read, so the review has started again.' };
  }
}

export function serialiseReviewRecord(record: ReviewRecord): string {
  return JSON.stringify(record);
}

/** The printed review record: task, outcome, note, reported by, date of the meeting (one table for Word, the CLI and .docx). */
export function reviewRecordRows(outcomes: readonly TaskOutcome[], meetingDate: string): string[][] {
  const rows = [['Task', 'Outcome', 'Note', 'Reported by', 'Date of the meeting']];
  const date = formatDate(dayOf(meetingDate));
  for (const o of outcomes) {
    const next = o.followUp && (o.followUp.who.trim() || o.followUp.byWhen.trim()) ? `Next step: ${o.followUp.who.trim() || 'someone to be agreed'}${o.followUp.byWhen.trim() ? `, by ${o.followUp.byWhen.trim()}` : ''}.` : '';
    const note = [o.note.trim(), next].filter(Boolean).join(' ');
    rows.push([o.task, o.outcome ? OUTCOME_TEXT[o.outcome] : 'Not discussed', note, o.reportedBy.trim(), date]);
  }
  return rows;
}

/** Counts by outcome, for summaries ("2 done, 1 not done"). */
export function outcomeSummary(outcomes: readonly Pick<TaskOutcome, 'outcome'>[]): string {
  const counts = new Map<Outcome, number>();
  for (const o of outcomes) if (o.outcome) counts.set(o.outcome, (counts.get(o.outcome) ?? 0) + 1);
  return OUTCOMES.filter((o) => counts.has(o)).map((o) => `${counts.get(o)} ${OUTCOME_TEXT[o].toLowerCase()}`).join(', ');
}
