// Reads the dates British English agreements write, token by token (date-tokens.ts): calendar dates
// ("7 December 2026", "Mon 7th Dec", "December 7th, 2026", "07/12/2026", "7.12.26", "December 2026"),
// weekdays ("on Monday", "next Friday"), days near today ("tomorrow"), lengths of time from today or
// from a date ("in six weeks", "within a fortnight", "six weeks after 8 December"), the end of a month,
// and ranges ("7 to 21 December", "7 December 2026 to 18 January 2027"), with any time written after.
import { countOf, monthInFull, monthOf, shortWeekdayOf, tokenise, unitOf, weekdayOf } from './date-tokens';
import { CalendarReader, RANGE_JOINS, noon, shifted, type Reading } from './date-calendar';

export interface DateRead {
  start: number;
  end: number;
  date: Date;
  exact: boolean;
  until?: Date;
}

export function readDates(text: string, reference: Date): DateRead[] {
  const tokens = tokenise(text);
  const reader = new DateReader(tokens, noon(reference.getFullYear(), reference.getMonth(), reference.getDate()));
  const found: DateRead[] = [];
  for (let i = 0; i < tokens.length; ) {
    const read = reader.at(i);
    if (!read) {
      i++;
      continue;
    }
    found.push({ start: tokens[read.from].start, end: tokens[read.to - 1].end, date: read.date, exact: read.exact, ...(read.until ? { until: read.until } : {}) });
    i = read.to;
  }
  return found;
}

/** A part of a day after a weekday or "tomorrow" ("Monday morning"); the plural ("Monday mornings") is a habit, not a date. */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'teatime']);
const PARTS_OF_DAYS = new Set(['mornings', 'afternoons', 'evenings', 'nights', 'lunchtimes']);
/** What may stand between "every" and a weekday it makes a habit of: "every Monday and Wednesday", "each week on Friday". */
const HABIT_LIST = new Set(['and', 'or', ',', 'on', 'week', 'other', 'second', 'fortnight', '/']);
const HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost']);

class DateReader extends CalendarReader {
  /** The date starting at token i, if one does: "on" joins the date after it ("on 7 December", "on Monday"). */
  at(i: number): Reading | null {
    if (this.is(i, 'on')) {
      const dated = this.dated(i + 1);
      // (Not before a date in figures or a month's name: "on 07/12/2026", "on December 7th".)
      const first = this.t[i + 1];
      const joins = first.kind === 'word' ? monthOf(first) < 0 : first.kind === 'number' || first.kind === 'ordinal';
      if (dated && dated.from === i + 1 && joins) return { ...dated, from: i };
      if (dated) return dated;
    }
    return this.timeFirst(i) ?? this.dated(i) ?? this.relativeDay(i) ?? this.length(i) ?? this.endOf(i) ?? this.nearPeriod(i) ?? this.monthAlone(i);
  }

  /** A calendar date or a weekday, with the range and time written after it. */
  private dated(i: number): Reading | null {
    const t = this.t;
    if (this.is(i, 'next', 'this', 'last', 'coming') && weekdayOf(t[i + 1]) >= 0) return this.weekdayAlone(i, i + 1, t[i].text);
    const weekday = weekdayOf(t[i]);
    if (weekday >= 0 || shortWeekdayOf(t[i]) >= 0) {
      const calendar = this.calendar(this.is(i + 1, ',') ? i + 2 : i + 1);
      if (calendar?.written) return this.tails({ ...calendar, from: i });
      return weekday >= 0 ? this.weekdayAlone(i, i, 'this') : null;
    }
    const calendar = this.calendar(i);
    return calendar ? this.tails(calendar) : this.shortRange(i);
  }

  /** "10am on Monday", "at 2pm on 7 December", "midday on Friday". */
  private timeFirst(i: number): Reading | null {
    const start = this.is(i, 'at') ? i + 1 : i;
    const after = this.time(start, start > i);
    if (after < 0 || !this.is(after, 'on') || (after === start + 1 && this.t[start].kind === 'number')) return null;
    const dated = this.dated(after + 1);
    return dated ? { ...dated, from: i } : null;
  }

  /** "Monday", "next Friday", "Thursday evening at 6pm"; not a habit ("every Monday and Wednesday", "on Tuesday afternoons"). */
  private weekdayAlone(from: number, at: number, which: string): Reading | null {
    const t = this.t;
    if (this.habit(from) || PARTS_OF_DAYS.has(t[at + 1]?.text ?? '')) return null;
    const ahead = (weekdayOf(t[at]) - this.today.getDay() + 7) % 7;
    const days = which === 'next' ? ahead || 7 : which === 'last' ? -((7 - ahead) % 7 || 7) : ahead;
    return { from, to: this.weekdayEnd(at), date: shifted(this.today, 'day', days), exact: true };
  }

  /** After a weekday, its part of the day and time, and a range to another ("Friday 5pm to Sunday 5pm", "Monday to Friday"). */
  private weekdayEnd(at: number): number {
    const t = this.t;
    const to = this.timeTail(PARTS_OF_DAY.has(t[at + 1]?.text ?? '') ? at + 2 : at + 1);
    if (this.is(to, ...RANGE_JOINS) && weekdayOf(t[to + 1]) >= 0) return this.weekdayEnd(to + 1);
    // (A comma straight after a weekday is taken with it, as the old reader did: "on Monday, Wednesday …".)
    return to === at + 1 && this.is(to, ',') ? to + 1 : to;
  }

  private habit(from: number): boolean {
    for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
      if (this.is(j, 'every', 'each', 'alternate')) return true;
      if (weekdayOf(this.t[j]) < 0 && !HABIT_LIST.has(this.t[j].text)) return false;
    }
    return false;
  }

  /** "today", "tonight", "tomorrow morning", "yesterday", "the day after tomorrow". */
  private relativeDay(i: number): Reading | null {
    const t = this.t;
    let days: number;
    let to = i + 1;
    if (this.is(i, 'the') && this.is(i + 1, 'day') && this.is(i + 2, 'after') && this.is(i + 3, 'tomorrow')) [days, to] = [2, i + 4];
    else if (this.is(i, 'today', 'tonight')) days = 0;
    else if (this.is(i, 'tomorrow')) days = 1;
    else if (this.is(i, 'yesterday')) days = -1;
    else return null;
    if (PARTS_OF_DAY.has(t[to]?.text ?? '')) to++;
    return { from: i, to: this.timeTail(to), date: shifted(this.today, 'day', days), exact: true };
  }

  /**
   * A length of time from today: "in six weeks", "within a fortnight", "for 12 weeks", "the next three months",
   * "about eight weeks", "six weeks from today"; from a date: "six weeks after 8 December"; back: "the last
   * 12 weeks", "two weeks ago". Not a habit ("every six weeks", "twice a week") nor an hour or minute.
   */
  private length(i: number): Reading | null {
    const t = this.t;
    const led = this.is(i, 'in', 'within', 'for', 'after', 'next') || (this.is(i, 'last') && this.is(i - 1, 'the'));
    let k = led ? i + 1 : i;
    if (HEDGES.has(t[k]?.text ?? '')) k++;
    const count = countOf(t[k]);
    const unit = unitOf(t[k + 1]);
    if (!unit || !(count >= 1 && count < 1000) || this.habitual(i, k, led)) return null;
    let sign = this.is(i, 'last') ? -1 : 1;
    let base = this.today;
    let to = k + 2;
    if (this.is(to, 'ago')) [sign, to] = [-1, to + 1];
    else if (this.is(to, 'from') && this.is(to + 1, 'today', 'now')) to += 2;
    // (An age is no date: "until the baby is 12 weeks old".)
    else if (this.is(to, 'old')) return null;
    else if (this.is(to, 'after', 'before', 'from')) {
      const anchor = this.dated(to + 1);
      if (!anchor && this.is(to, 'from')) return { from: i, to, date: shifted(base, unit, sign * count), exact: true };
      if (!anchor && this.is(to, 'before')) return null;
      if (anchor) [base, sign] = [anchor.date, this.is(to, 'before') ? -1 : 1];
      to = anchor ? anchor.to : to + 1;
    }
    return { from: i, to, date: shifted(base, unit, sign * count), exact: true };
  }

  /**
   * A length that is no date: "every six weeks", "two days a week", an article without a lead ("once a
   * week"), a period named ("the 16 weeks of approval"), or a bare number of years (an age: "Rio, 2 years").
   */
  private habitual(i: number, k: number, led: boolean): boolean {
    if (this.is(i - 1, 'every', 'each', 'per', 'a') || (this.is(k + 2, 'a', 'an', 'per', 'each', 'every') && unitOf(this.t[k + 3]))) return true;
    return !led && (this.is(k, 'a', 'an') || this.is(i - 1, 'the') || unitOf(this.t[k + 1]) === 'year');
  }

  /** "end of the month", "end of next week" (its Friday), "end of February 2027" (its last day). */
  private endOf(i: number): Reading | null {
    if (!this.is(i, 'end') || !this.is(i + 1, 'of')) return null;
    const t = this.t;
    const k = this.is(i + 2, 'the', 'this', 'next') ? i + 3 : i + 2;
    const next = this.is(i + 2, 'next') ? 1 : 0;
    const { today } = this;
    if (this.is(k, 'month')) return { from: i, to: k + 1, date: noon(today.getFullYear(), today.getMonth() + next + 1, 0), exact: true };
    if (this.is(k, 'year')) return { from: i, to: k + 1, date: noon(today.getFullYear() + next, 11, 31), exact: true };
    if (this.is(k, 'week')) return { from: i, to: k + 1, date: shifted(today, 'day', ((5 - today.getDay() + 7) % 7) + 7 * next), exact: true };
    const month = k === i + 2 ? monthOf(t[k]) : -1;
    if (month < 0 || (t[k].text === 'may' && !t[k].capital)) return null;
    const [year, to] = this.year(this.afterMonth(k), true);
    let y = year ?? today.getFullYear();
    if (year === undefined && noon(y, month + 1, 0) < today) y++;
    return { from: i, to, date: noon(y, month + 1, 0), exact: true };
  }

  /** "next week" (a week today), "next month" and "this month" (no day of them). */
  private nearPeriod(i: number): Reading | null {
    const { today } = this;
    if (this.is(i, 'next') && this.is(i + 1, 'week')) return { from: i, to: i + 2, date: shifted(today, 'week', 1), exact: true };
    if (this.is(i, 'next') && this.is(i + 1, 'month')) return { from: i, to: i + 2, date: shifted(today, 'month', 1), exact: false };
    if (this.is(i, 'this') && this.is(i + 1, 'month')) return { from: i, to: i + 2, date: noon(today.getFullYear(), today.getMonth(), 1), exact: false };
    return null;
  }

  /** "in December": a month named alone, in full, names no day of it (its first, from this month on). */
  private monthAlone(i: number): Reading | null {
    const token = this.t[i];
    const month = monthOf(token);
    if (month < 0 || !token.capital || !monthInFull(token)) return null;
    const year = this.today.getFullYear() + (month < this.today.getMonth() ? 1 : 0);
    return { from: i, to: i + 1, date: noon(year, month, 1), exact: false };
  }
}
