import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  agreementFacts,
  analyse,
  compareUrgency,
  isoDay,
  OUTCOMES,
  parseReviewRecord,
  readAgreement,
  REVIEW_SETTING,
  timing,
  type Category,
  type Outcome,
  type Urgency,
} from '../core';
import { readAgreementFile, UnreadableFileError, type AgreementFile } from '../io/read-agreement';

// `agreement-check status`: a team's caseload at a glance. Every agreement given (folders
// searched recursively) with its number, child, dates, how far the review is off or overdue, open
// errors, review outcomes, and whether a later agreement for the same child exists; most urgent first.

/** Files the status command reads; anything else in a folder is passed over. */
const AGREEMENT_EXTENSIONS = new Set(['.docx', '.docm', '.md', '.markdown', '.txt']);

export interface StatusRow {
  file: string;
  number: number | null;
  child: string | null;
  /** yyyy-mm-dd, or null when the agreement does not say. */
  agreementDate: string | null;
  reviewDate: string | null;
  endDate: string | null;
  /** Negative: the review is that many days overdue. Null: no review date. */
  daysUntilReview: number | null;
  daysUntilEnd: number | null;
  urgency: Urgency;
  /** Error-level findings not marked as ignored in the document, by category. */
  openErrors: Partial<Record<Category, number>>;
  /** The review meeting recorded in the document by the add-in, if any. */
  review: { meetingDate: string; outcomes: Partial<Record<Outcome, number>>; notDiscussed: number } | null;
  /** A later-numbered agreement for the same child (same name and date of birth) among the files given. */
  laterAgreement: { number: number; file: string } | null;
}

export interface StatusProblem {
  file: string;
  problem: string;
}

export interface Caseload {
  /** yyyy-mm-dd. */
  asOf: string;
  agreements: StatusRow[];
  problems: StatusProblem[];
}

/**
 * Every agreement file under the paths given, in a stable order. A path that does not exist is a
 * problem to report, not a reason to stop. Hidden folders and Word's "~$" lock files are skipped.
 */
export function agreementFiles(paths: readonly string[]): { files: string[]; problems: StatusProblem[] } {
  const files: string[] = [];
  const problems: StatusProblem[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      problems.push({ file: dir, problem: 'this folder could not be read' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      // Depth guards against a symbolic-link loop.
      if (entry.isDirectory() && depth < 32) walk(path, depth + 1);
      else if (entry.isFile() && AGREEMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // readAgreementFile gives the reason (no such file, permission denied).
    }
    if (isDirectory) walk(path, 0);
    else files.push(path);
  }
  return { files, problems };
}

export interface StatusOptions {
  asOf: Date;
  profile?: string;
  /** Called after each file, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** Read and analyse every agreement under `paths`; most urgent first. */
export function caseload(paths: readonly string[], options: StatusOptions): Caseload {
  const { files, problems } = agreementFiles(paths);
  const rows: StatusRow[] = [];
  const keys: Array<string | null> = [];
  files.forEach((file, k) => {
    let content: AgreementFile;
    try {
      content = readAgreementFile(file);
    } catch (error) {
      problems.push({ file, problem: error instanceof UnreadableFileError ? error.message : 'could not be read' });
      options.onProgress?.(k + 1, files.length);
      return;
    }
    try {
      const { row, childKey } = statusOf(file, content, options);
      rows.push(row);
      keys.push(childKey);
    } catch {
      problems.push({ file, problem: 'the checker failed on this file (an internal error; please report it)' });
    }
    options.onProgress?.(k + 1, files.length);
  });
  markLaterAgreements(rows, keys);
  const order = rows.map((row, k) => ({ row, k }));
  order.sort((a, b) => compareUrgency(a.row, b.row) || (a.row.file < b.row.file ? -1 : a.row.file > b.row.file ? 1 : 0));
  return { asOf: isoDay(options.asOf), agreements: order.map((o) => o.row), problems };
}

function statusOf(file: string, content: AgreementFile, options: StatusOptions): { row: StatusRow; childKey: string | null } {
  const blocks = content.blocks;
  const result = analyse(blocks, { profile: options.profile, today: options.asOf });
  const facts = agreementFacts(readAgreement(blocks, result));
  const when = timing(facts, options.asOf);
  const ignored = ignoredKeys(content.addinSettings['clearAgreements.ignored']);
  const openErrors: Partial<Record<Category, number>> = {};
  for (const finding of result.findings) {
    if (finding.severity !== 'error' || ignored.has(`${finding.ruleId}|${finding.excerpt}`)) continue;
    openErrors[finding.category] = (openErrors[finding.category] ?? 0) + 1;
  }
  const stored = parseReviewRecord(content.addinSettings[REVIEW_SETTING]).record;
  let review: StatusRow['review'] = null;
  if (stored) {
    const outcomes: Partial<Record<Outcome, number>> = {};
    let notDiscussed = 0;
    for (const o of stored.outcomes) {
      if (o.outcome) outcomes[o.outcome] = (outcomes[o.outcome] ?? 0) + 1;
      else notDiscussed++;
    }
    review = { meetingDate: stored.meetingDate, outcomes: sortedOutcomes(outcomes), notDiscussed };
  }
  return {
    row: {
      file,
      number: facts.number,
      child: facts.childFirstName,
      agreementDate: facts.agreementDate,
      reviewDate: facts.reviewDate,
      endDate: facts.endDate,
      daysUntilReview: when.daysUntilReview,
      daysUntilEnd: when.daysUntilEnd,
      urgency: when.urgency,
      openErrors,
      review,
      laterAgreement: null,
    },
    childKey: facts.childKey,
  };
}

function sortedOutcomes(counts: Partial<Record<Outcome, number>>): Partial<Record<Outcome, number>> {
  const sorted: Partial<Record<Outcome, number>> = {};
  for (const o of OUTCOMES) if (counts[o]) sorted[o] = counts[o];
  return sorted;
}

function ignoredKeys(stored: string | undefined): Set<string> {
  if (!stored) return new Set();
  try {
    const value = JSON.parse(stored) as unknown;
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** For each agreement, the highest-numbered later agreement for the same child among the files given. */
function markLaterAgreements(rows: StatusRow[], keys: ReadonlyArray<string | null>): void {
  const latest = new Map<string, { number: number; file: string }>();
  rows.forEach((row, k) => {
    const key = keys[k];
    if (!key || row.number === null) return;
    const best = latest.get(key);
    if (!best || row.number > best.number) latest.set(key, { number: row.number, file: row.file });
  });
  rows.forEach((row, k) => {
    const key = keys[k];
    const best = key ? latest.get(key) : undefined;
    if (best && row.number !== null && best.number > row.number) row.laterAgreement = best;
  });
}

/** "2026-12-07" or "7 December 2026" (as the product writes dates); null if neither. */
export function parseDay(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const british = /^(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})$/i.exec(text.trim());
  let date: Date | null = null;
  if (iso) date = new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), 12);
  else if (british) date = new Date(Number(british[3]), MONTHS.indexOf(british[2].toLowerCase()), Number(british[1]), 12);
  if (!date) return null;
  // Reject 31 February and the like rather than rolling over into March.
  const day = Number(iso ? iso[3] : british![1]);
  return date.getDate() === day ? date : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
