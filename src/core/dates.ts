import { countWork } from './work-counter';
import { BoundedCache } from './memo';
import { MONTHS } from './date-tokens';
import { readDates, type DateRead } from './date-reader';

/** A date found in a text, as the reader gives it (date-reader.ts). */
export type FoundDate = DateRead;

/**
 * Find the dates British English agreements write ("7 December 2026", "07/12/2026" is 7 December,
 * "Monday 4 January", "within six weeks"), reckoning those without a year, and weekdays and lengths of
 * time, from `reference` onwards (date-reader.ts). Each is held at noon.
 */
const dateCache = new BoundedCache<string, FoundDate[]>(5_000);

export function findDates(text: string, reference: Date): FoundDate[] {
  // The same review line is read again on every keystroke burst.
  const key = `${reference.getFullYear()}-${reference.getMonth()}-${reference.getDate()}|${text}`;
  const hit = dateCache.get(key);
  if (hit) return hit.map(copyDate);
  // (One pass over the text: the reader tries a few tokens at each place.)
  countWork(text.length);
  const found = readDates(text, reference);
  dateCache.set(key, found);
  return found.map(copyDate);
}

/** A month's first three letters, as every short form starts ("Dec", "Sept"). */
const MONTH_STARTS = MONTHS.map((month) => month.slice(0, 3).toLowerCase()).join('|');

/** A date written as a date (a number or a month), not "within a week" or "this term". */
export const CALENDAR_DATE = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_STARTS})|(?:${MONTH_STARTS})[a-z]*\\.?\\s+\\d|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}`, 'i');

/** A copy the caller may change (dates are mutable). */
function copyDate(d: FoundDate): FoundDate {
  return { ...d, date: new Date(d.date.getTime()), ...(d.until ? { until: new Date(d.until.getTime()) } : {}) };
}

/** "7 December 2026": how dates are written in the product. */
export function formatDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / 86_400_000);
}

export function addDays(date: Date, days: number): Date {
  const copy = new Date(date.getTime());
  copy.setDate(copy.getDate() + days);
  return copy;
}
