// Calendar dates for the date reader (date-reader.ts): "7 December 2026", "Mon 7th Dec", "December 7th, 2026",
// "07/12/2026", "7.12.26", "December 2026", ranges of days ("7 to 21 December") and the times written after them.
import { monthInFull, monthOf, type Token, type Unit } from './date-tokens';
import { toldInThePast } from './date-tense';

/** What a date is: a day, a length of time from a day ("in six weeks"), a month, a season named without a day, a habit, a guess. */
export type DateKind = 'day' | 'period' | 'month' | 'occasion' | 'recurring' | 'rough';

/** A date read from tokens `from` up to (not including) `to`. */
export interface Reading {
  from: number;
  to: number;
  date: Date;
  exact: boolean;
  until?: Date;
  /** A day without a year read back from today, as its sentence tells of the past. */
  past?: boolean;
  /** A day unless said. */
  kind?: DateKind;
  /** The day and month as written, and the year when given (a range's start may take its end's year). */
  written?: { day: number; month: number; year?: number };
}

/** Dates are days: each is held at noon, as the product always has, so a change of clocks moves no date. */
export function noon(year: number, month: number, day: number): Date {
  return new Date(year, month, day, 12);
}

export function validDay(year: number, month: number, day: number): boolean {
  return day >= 1 && noon(year, month, day).getDate() === day;
}

/** A date moved by a length of time; a month or year on from 31 January is the last day of February. */
export function shifted(date: Date, unit: Unit, count: number): Date {
  if (unit === 'day' || unit === 'week' || unit === 'fortnight') return noon(date.getFullYear(), date.getMonth(), date.getDate() + count * DAYS_IN[unit]);
  const months = date.getMonth() + count * (unit === 'year' ? 12 : 1);
  const last = noon(date.getFullYear(), months + 1, 0).getDate();
  return noon(date.getFullYear(), months, Math.min(date.getDate(), last));
}
const DAYS_IN = { day: 1, week: 7, fortnight: 14 };

/** Words that join a range of dates or times. */
export const RANGE_JOINS = new Set(['to', 'until', 'till', '-', '\u2013', '\u2014']);
const DAY_MONTH_CUES = new Set(['on', 'by', 'before', 'after', 'from', 'until', 'till', 'to', 'date', 'dated', 'review', 'reviewed', 'commencing', ':', '-', '\u2013']);

/** Reads calendar dates, with the ranges and times that follow them, from a text's tokens. */
export class CalendarReader {
  constructor(protected readonly t: readonly Token[], protected readonly today: Date) {}

  protected is(i: number, ...words: string[]): boolean {
    const token = this.t[i];
    return token !== undefined && (token.kind === 'word' || token.kind === 'mark') && words.includes(token.text);
  }

  /** `is` for a set of words kept as data (no argument list built per token). */
  protected isIn(i: number, words: ReadonlySet<string>): boolean {
    const token = this.t[i];
    return token !== undefined && (token.kind === 'word' || token.kind === 'mark') && words.has(token.text);
  }

  /** "7 December 2026", "the 7th of Dec", "December 7th, 2026", "December 2026", "07/12/2026". */
  protected calendar(i: number): Reading | null {
    const t = this.t;
    if (t[i]?.kind === 'numeric-date') return this.numeric(i);
    if (t[i]?.kind === 'day-month') return this.dayAndMonth(i);
    if (this.is(i, 'the') && isDay(t[i + 1])) return this.dayFirst(i + 1);
    if (isDay(t[i])) return this.dayFirst(i);
    return monthOf(t[i]) >= 0 ? this.monthFirst(i) : null;
  }

  protected dayFirst(i: number): Reading | null {
    const at = this.is(i + 1, 'of') ? i + 2 : i + 1;
    const month = monthOf(this.t[at]);
    if (month < 0) return null;
    const [year, to] = this.year(this.afterMonth(at));
    return this.day(i, to, this.t[i].value, month, year);
  }

  private monthFirst(i: number): Reading | null {
    const t = this.t;
    // ("may" is a month only when written "May": "you may 3 times" is not 3 May.)
    if (t[i].text === 'may' && !t[i].capital) return null;
    // (Nor is "February 2027" read out of "31 February 2027", a day that does not exist.)
    if (isDay(t[i - 1]) || (this.is(i - 1, 'of') && isDay(t[i - 2]))) return null;
    const month = monthOf(t[i]);
    const next = this.afterMonth(i);
    if (isDay(t[next]) && t[next].text.length <= 2) {
      const [year, to] = this.year(next + 1);
      return this.day(i, to, t[next].value, month, year);
    }
    const [year, to] = this.year(next, true);
    // "December 2026": the month of a year, its first day.
    return year === undefined ? null : { from: i, to, date: noon(year, month, 1), exact: true };
  }

  /** After a month's name, and the full stop of a short one ("Dec."). */
  protected afterMonth(at: number): number {
    return !monthInFull(this.t[at]) && this.is(at + 1, '.') ? at + 2 : at + 1;
  }

  /** A year after a date, with a comma or not: "2026", ", 2026", "26", "'26". Only four figures when `full`. */
  protected year(at: number, full = false): [number | undefined, number] {
    const t = this.t;
    const k = this.is(at, ',') || (!full && this.is(at, "'", '\u2019')) ? at + 1 : at;
    const token = t[k];
    if (token?.kind !== 'number') return [undefined, at];
    if (token.text.length === 4 && token.value >= 1900 && token.value < 2200) return [token.value, k + 1];
    return !full && token.text.length === 2 && !this.is(at, ',') ? [2000 + token.value, k + 1] : [undefined, at];
  }

  /** A day of a month; with no year, the first such day from today on, or the last before it in a sentence of the past. */
  protected day(from: number, to: number, day: number, month: number, year: number | undefined): Reading | null {
    let y = year ?? this.today.getFullYear();
    const past = year === undefined && toldInThePast(this.t, from, to);
    if (past && noon(y, month, day) > this.today) y--;
    else if (!past && year === undefined && noon(y, month, day) < this.today) y++;
    if (!validDay(y, month, day)) return null;
    return { from, to, date: noon(y, month, day), exact: true, written: { day, month, year }, ...(past ? { past } : {}) };
  }

  /** "07/12/2026", "7.12.26", "7-12-2026" (day first, as written in Britain), "2026-12-07". */
  private numeric(i: number): Reading | null {
    const parts = this.t[i].text.split(/[/.-]/).map(Number);
    const [day, month, year] = parts[0] > 999 ? [parts[2], parts[1], parts[0]] : [parts[0], parts[1], parts[2] < 100 ? 2000 + parts[2] : parts[2]];
    if (month < 1 || month > 12 || !validDay(year, month - 1, day)) return null;
    return { from: i, to: i + 1, date: noon(year, month - 1, day), exact: true, written: { day, month: month - 1, year } };
  }

  /**
   * "14/1" is 14 January only where a date is expected: first in the text (a form's box), or after a word
   * such as "on", "by" or "review"; elsewhere it is as likely a page ("1/3"), a share ("1/2") or "24/7".
   */
  private dayAndMonth(i: number): Reading | null {
    const [day, month] = this.t[i].text.split('/').map(Number);
    if ((i > 0 && !DAY_MONTH_CUES.has(this.t[i - 1].text)) || (day === 24 && month === 7) || month < 1 || month > 12) return null;
    return this.day(i, i + 1, day, month - 1, undefined);
  }

  /** What may follow a date: the end of a range of days, then a time or a range of times. */
  protected tails(read: Reading): Reading {
    const ranged = this.rangeEnd(read) ?? read;
    return { ...ranged, to: this.timeTail(ranged.to) };
  }

  /** "7 December 2026 to 18 January 2027", "1 - 14 March": the range's last day; the start takes the end's year when it has none. */
  private rangeEnd(read: Reading): Reading | null {
    const join = this.is(read.to, 'and') ? this.is(read.from - 1, 'between') : this.isIn(read.to, RANGE_JOINS);
    const end = join && read.written ? this.calendar(read.to + 1) : null;
    if (!end?.written || !read.written) return null;
    let date = read.date;
    if (read.written.year === undefined && end.written.year !== undefined) {
      const { day, month } = read.written;
      const year = noon(end.written.year, month, day) > end.date ? end.written.year - 1 : end.written.year;
      if (validDay(year, month, day)) date = noon(year, month, day);
    }
    return { ...read, to: end.to, date, until: end.date };
  }

  /** "from 7 to 21 December", "7–21 December 2026", "between 7 and 21 December": one month, two days. */
  protected shortRange(i: number): Reading | null {
    const t = this.t;
    // Tried at nearly every token: the day test first.
    if (!isDay(t[i])) return null;
    const joined = this.is(i + 1, 'and') ? this.is(i - 1, 'between') : this.isIn(i + 1, RANGE_JOINS);
    if (!joined || !isDay(t[i + 2])) return null;
    const end = this.dayFirst(i + 2);
    if (!end?.written) return null;
    const start = this.day(i, i + 1, t[i].value, end.written.month, end.date.getFullYear());
    if (!start || start.date > end.date) return null;
    return { ...start, to: this.timeTail(end.to), until: end.date };
  }

  /** ", 10am", " at 10.30", " from 2pm to 4pm", " at 10 o'clock": the index after any time written at `at`. */
  protected timeTail(at: number): number {
    let k = this.is(at, ',') ? at + 1 : at;
    const led = this.is(k, 'at', 'from', 'between');
    if (led) k++;
    let end = this.time(k, led);
    // "7-9.30pm": a bare hour starts a range of times.
    if (end < 0 && this.t[k]?.kind === 'number' && (this.is(k + 1, 'and') || this.isIn(k + 1, RANGE_JOINS))) end = this.time(k + 2, true) >= 0 ? k + 1 : -1;
    if (end < 0) return at;
    return (this.is(end, 'and') || this.isIn(end, RANGE_JOINS)) && this.time(end + 1, true) >= 0 ? this.time(end + 1, true) : end;
  }

  /** The index after a time at k, or -1: "10am", "14:30", "noon", "10 o'clock"; when `loose` (after "at"), "10.30" and "10". */
  protected time(k: number, loose: boolean): number {
    const token = this.t[k];
    if (!token) return -1;
    if (token.kind === 'time' || (token.kind === 'clock' && (loose || token.text.includes(':')))) return k + 1;
    if (this.is(k, 'noon', 'midday', 'midnight')) return k + 1;
    if (token.kind !== 'number' || token.value > 23 || token.text.length > 2) return -1;
    if (this.is(k + 1, "o'clock", 'o\u2019clock')) return k + 2;
    return loose ? k + 1 : -1;
  }

}

/** A day of a month as written: "7", "07", "7th". */
export function isDay(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'ordinal' || (token.kind === 'number' && token.text.length <= 2)) && token.value >= 1 && token.value <= 31;
}
