// The dates one paragraph holds, read once while the paragraph is unchanged (for agreement-dates.ts).
import { findDates, type FoundDate } from './dates';
import { MONTHS, WEEKDAYS } from './date-tokens';
import type { DocumentView } from './document-view';

export interface DateAt extends FoundDate {
  paragraph: number;
}

/** The dates in paragraph i from `from` on, read once while the paragraph is unchanged (callers must not change the list). */
export function datesIn(view: DocumentView, i: number, reference: Date, from = 0): readonly DateAt[] {
  const byStart = view.scans.ofParagraph('dates', i, () => new Map<number, readonly DateAt[]>(), reference.getTime());
  let found = byStart.get(from);
  if (!found) byStart.set(from, (found = readDates(view.texts[i], i, reference, from)));
  return found;
}

/** A cheap test before reading: a text with no digit and none of these words is not read for dates. */
const MAY_HOLD_A_DATE = new RegExp(['\\d', 'today', 'tomorrow', ...WEEKDAYS, 'week', 'month', ...MONTHS.map((month) => month.toLowerCase())].join('|'), 'i');

function readDates(paragraph: string, i: number, reference: Date, from: number): DateAt[] {
  const text = paragraph.slice(from);
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  return findDates(text, reference).map((d) => ({ ...d, start: d.start + from, end: d.end + from, paragraph: i }));
}
