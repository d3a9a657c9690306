import * as chrono from 'chrono-node';
import { countWork } from './work-counter';
import { BoundedCache } from './memo';
import { straightQuotedOneByte } from './text';

export interface FoundDate {
  start: number;
  end: number;
  date: Date;
  /** Day and month are known (a real calendar date, or "in six weeks"), not just "December". */
  exact: boolean;
  /** "from 7 December 2026 to 18 January 2027": the day the range ends, when the text gives it. */
  until?: Date;
}

/**
 * Find UK-style dates in text ("7 December 2026", "07/12/2026" is 7 December, "Monday 4 January",
 * "within six weeks"). Chrono's en-GB parser reads day-first numeric dates.
 */
const dateCache = new BoundedCache<string, FoundDate[]>(5_000);

export function findDates(text: string, reference: Date, forward = true): FoundDate[] {
  // Chrono is the slowest step in an analysis; the same review line is parsed on every keystroke burst.
  const key = `${reference.getTime()}|${forward ? 1 : 0}|${text}`;
  const hit = dateCache.get(key);
  if (hit) return hit.map(copyDate);
  const found = plainDate(text) ?? parseInWindows(text, reference, forward);
  dateCache.set(key, found);
  return found.map(copyDate);
}

/** A copy the caller may change (dates are mutable). */
function copyDate(d: FoundDate): FoundDate {
  return { ...d, date: new Date(d.date.getTime()), ...(d.until ? { until: new Date(d.until.getTime()) } : {}) };
}

/**
 * A text that is nothing but a date in the product's own form ("9 March 2027", as typed after
 * "Date:") needs no parser: chrono gives the same single result, at noon local time, for every
 * such text (checked for every day, month and year here, under several time zones and
 * reference dates), and it costs as much as a tenth of an analysis. Anything else goes to chrono,
 * including impossible days such as "31 February 2027".
 */
const PLAIN_DATE = /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20|21)\d\d)$/;

function plainDate(text: string): FoundDate[] | null {
  const match = PLAIN_DATE.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const date = new Date(Number(match[3]), MONTHS.indexOf(match[2]), day, 12);
  if (day < 1 || date.getDate() !== day) return null;
  return [{ start: 0, end: text.length, date, exact: true }];
}

/**
 * Chrono's work grows with the number of dates times the length of the text (each result looks back
 * over everything before it), so a long paragraph full of dates would take minutes. Texts longer than
 * a window are parsed a window at a time, each with a margin either side so a date near the edge
 * reads as it does in the whole text; a window keeps only the dates starting in its own part.
 * Agreement paragraphs are far shorter than a window, so they are parsed whole, as before.
 */
export const DATE_WINDOW = 4_000;
const DATE_MARGIN = 200;

function parseInWindows(text: string, reference: Date, forward: boolean): FoundDate[] {
  if (text.length <= DATE_WINDOW + 2 * DATE_MARGIN) return parseDates(text, reference, forward);
  const found: FoundDate[] = [];
  for (let own = 0; own < text.length; ) {
    const ownEnd = wordEdge(text, Math.min(text.length, own + DATE_WINDOW));
    const from = wordEdge(text, Math.max(0, own - DATE_MARGIN));
    const to = wordEdge(text, Math.min(text.length, ownEnd + DATE_MARGIN));
    for (const date of parseDates(text.slice(from, to), reference, forward)) {
      const start = date.start + from;
      if (start < own || start >= ownEnd) continue;
      // A date the previous window read across its edge is not read again in part.
      if (found.length && start < found[found.length - 1].end) continue;
      found.push({ ...date, start, end: date.end + from });
    }
    own = ownEnd;
  }
  return found;
}

/** The first white space at or after `at`, looking at most 100 characters on, so a window does not cut a word. */
function wordEdge(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  for (let i = at, limit = Math.min(text.length, at + 100); i < limit; i++) if (SPACE.test(text[i])) return i;
  return at;
}
const SPACE = /\s/;

/** A month named only by where it falls from today: "next month", "this month", "the following month". */
const RELATIVE_MONTH = /^(?:(?:in |by |during )?(?:the )?(?:next|this|coming|following) (?:month|year)|(?:in )?a month(?:'s time)?)$/i;
const LASTS_UNTIL = /^lasts?\s+(?:until|till|to)\s+/i;

function parseDates(text: string, reference: Date, forward: boolean): FoundDate[] {
  // chrono reads a curly apostrophe as it reads a straight one; the one-byte copy spares compiling its parsers twice.
  const results = chrono.en.GB.parse(straightQuotedOneByte(text), reference, { forwardDate: forward });
  countWork(text.length * (results.length + 1));
  const found: FoundDate[] = [];
  for (const result of results) {
    // The words as written (the copy may have straight quotes where the text has curly ones).
    const written = text.slice(result.index, result.index + result.text.length);
    // "lasts until 3 March 2027": chrono reads "last" as "last night" and makes a range from the
    // day before to the date; the date meant is the range's end, from where it is written.
    const misread = result.end && LASTS_UNTIL.exec(written);
    if (misread) {
      const date = result.end!;
      found.push({ start: result.index + misread[0].length, end: result.index + result.text.length, date: date.date(), exact: date.isCertain('day') || date.isCertain('weekday') });
      continue;
    }
    const start = result.start;
    const hasDay = start.isCertain('day');
    const hasMonth = start.isCertain('month');
    const hasWeekday = start.isCertain('weekday');
    // A bare time ("at 10am") or a month on its own is not a date.
    if (!hasDay && !hasMonth && !hasWeekday) continue;
    // "every Thursday" is a frequency, not a date.
    const before = text.slice(Math.max(0, result.index - 8), result.index).toLowerCase();
    if (!hasDay && hasWeekday && /\b(every|each|on)\s*$/.test(before) && /every|each/.test(before)) continue;
    found.push({
      start: result.index,
      end: result.index + result.text.length,
      date: start.date(),
      // ("Next month", "this term": a month reckoned from today names no day of it.)
      exact: hasDay || hasWeekday || (hasMonth && start.isCertain('year') && !RELATIVE_MONTH.test(written)),
      ...(result.end?.isCertain('day') ? { until: result.end.date() } : {}),
    });
  }
  return found;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "7 December 2026": how dates are written in the product. */
export function formatDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / 86_400_000);
}
