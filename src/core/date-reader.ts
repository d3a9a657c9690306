// Reads the dates British English agreements write, token by token (date-tokens.ts): calendar dates
// ("7 December 2026", "Mon 7th Dec", "December 7th, 2026", "07/12/2026", "7.12.26", "December 2026"),
// weekdays ("on Monday", "next Friday"), days near today ("tomorrow"), lengths of time from today or
// from a date ("in six weeks", "within a fortnight", "six weeks after 8 December"), the end of a month,
// and ranges ("7 to 21 December", "7 December 2026 to 18 January 2027"), with any time written after.
import { monthInFull, monthOf, shortWeekdayOf, tokenise, weekdayOf, type Unit } from './date-tokens';
import { RANGE_JOINS, isDay, noon, shifted, type DateKind, type Reading } from './date-calendar';
import { LengthReader } from './date-lengths';
import { OCCASION_LEADS, occasion, occasionWords, type OccasionWords } from './date-occasions';
import { toldInThePast } from './date-tense';

export interface DateRead {
  start: number;
  end: number;
  date: Date;
  /** Day and month are known (a real calendar date, or "in six weeks"), not just "December". */
  exact: boolean;
  /** "from 7 December 2026 to 18 January 2027": the day the range ends, when the text gives it. */
  until?: Date;
  /**
   * A day ("7 December", "on Christmas Day"), a length from the reference or a date ("in six weeks", "within 10
   * working days"), a month named alone, a season with no day ("by half term", "over Christmas"), a habit
   * ("fortnightly", "every Monday"), or a guess ("in a few weeks"). Only days and lengths are exact.
   */
  kind: DateKind;
  /** Written without a year in a sentence telling of the past ("On 3 November the police were called"): read back from the reference. */
  past?: boolean;
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
    const { date, exact, until, past, kind = 'day' } = read;
    found.push({ start: tokens[read.from].start, end: tokens[read.to - 1].end, date, exact, kind, ...(until ? { until } : {}), ...(past ? { past } : {}) });
    i = read.to;
  }
  return found;
}

/** A part of a day after a weekday or "tomorrow" ("Monday morning"); the plural ("Monday mornings") is a habit, not a date. */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'teatime']);
const PARTS_OF_DAYS = new Set(['mornings', 'afternoons', 'evenings', 'nights', 'lunchtimes']);
/** What may stand between "every" and a weekday it makes a habit of: "every Monday and Wednesday", "each week on Friday". */
const HABIT_LIST = new Set(['and', 'or', ',', 'on', 'week', 'other', 'second', 'fortnight', '/']);
/** Words that make a habit of a length of time. */
const HABIT_WORDS = new Map<string, Unit>([['daily', 'day'], ['weekly', 'week'], ['fortnightly', 'fortnight'], ['monthly', 'month']]);
/** Short weekdays no other word is spelt like. */
const UNMISTAKABLE_SHORT = new Set(['tues', 'weds', 'thurs', 'thur']);
const SHORT_LEADS = new Set(['on', 'by', 'next', 'this', 'until', 'till', 'before', 'after', 'from', 'every', 'each', 'coming', 'last']);
/** What may follow a day written alone ("on the 14th at 10am", "by the 3rd so that …"); another word makes it an ordinal ("the 3rd time"). */
const AFTER_A_DAY = new Set([
  'at', 'and', 'or', 'to', 'until', 'till', 'so', 'when', 'if', 'in', 'with', 'for', 'from', 'between', 'before', 'after', 'we', 'i', 'you', 'he', 'she',
  'they', 'it', 'then', 'which', 'as', 'but', 'unless', 'latest', 'the', 'please', 'this', 'that', 'mum', 'dad',
]);

class DateReader extends LengthReader {
  /** The date starting at token i, if one does: "on" joins the date after it ("on 7 December", "on Monday"). */
  at(i: number): Reading | null {
    // (A text may end at "on": "… and carry on".)
    if (this.is(i, 'on') && i + 1 < this.t.length) {
      const dated = this.dated(i + 1);
      // (Not before a date in figures or a month's name: "on 07/12/2026", "on December 7th".)
      const first = this.t[i + 1];
      const joins = first.kind === 'word' ? monthOf(first) < 0 : first.kind === 'number' || first.kind === 'ordinal';
      if (dated && dated.from === i + 1 && joins) return { ...dated, from: i };
      if (dated) return dated;
    }
    return this.timeFirst(i) ?? this.weekOf(i) ?? this.dated(i) ?? this.relativeDay(i) ?? this.length(i) ?? this.endOf(i) ?? this.occasionAt(i) ?? this.nearPeriod(i) ?? this.habitWord(i) ?? this.monthAlone(i);
  }

  /** "w/c 8 March", "week commencing Monday 11 January": the week's first day, as written. */
  private weekOf(i: number): Reading | null {
    let k = -1;
    if (this.is(i, 'w') && this.is(i + 1, '/') && this.is(i + 2, 'c', 'b')) k = i + 3;
    else if (this.is(i, 'week') && this.is(i + 1, 'commencing', 'beginning', 'starting')) k = this.is(i + 2, 'on') ? i + 3 : i + 2;
    const dated = k < 0 ? null : this.dated(k);
    return dated && dated.from === k && dated.exact ? { ...dated, from: i } : null;
  }

  private readonly words: OccasionWords = { word: (k) => this.t[k]?.text };

  /**
   * A day or season named, after a word saying when: "on Christmas Day", "by Easter Monday 2027" (days, read like
   * dates), "by Christmas", "over the Easter holidays", "before half term", "by the end of term" (seasons: a time
   * but no day, and no year).
   */
  private occasionAt(i: number): Reading | null {
    if (i > 0 && !OCCASION_LEADS.has(this.t[i - 1].text)) return null;
    const words = occasionWords(this.words, i);
    if (!words) return null;
    const [year, to] = this.year(words.to, true);
    const past = year === undefined && toldInThePast(this.t, i, to);
    let found = occasion(words.name, this.today, year);
    if (found && past && found.date > this.today) found = occasion(words.name, shifted(this.today, 'year', -1));
    if (!found) return null;
    const { date, exact } = found;
    return { from: i, to: exact ? this.timeTail(to) : to, date, exact, kind: exact ? 'day' : 'occasion', ...(past ? { past } : {}) };
  }

  /** "weekly", "fortnightly", "on Tuesdays": a habit, its first time reckoned roughly. */
  private habitWord(i: number): Reading | null {
    const token = this.t[i];
    if (token.kind !== 'word') return null;
    const unit = HABIT_WORDS.get(token.text);
    const weekday = unit ? -1 : weekdayOf({ ...token, text: token.text.slice(0, -1) });
    if (!unit && (weekday < 0 || !token.text.endsWith('s'))) return null;
    const date = unit ? shifted(this.today, unit, 1) : shifted(this.today, 'day', (weekday - this.today.getDay() + 7) % 7);
    return { from: i, to: i + 1, date, exact: false, kind: 'recurring' };
  }

  /** "on the 14th", "by the 3rd at noon": a day of this month or a later one, where no month is named. */
  private ordinalAlone(i: number): Reading | null {
    const t = this.t;
    if (!this.is(i, 'the') || t[i + 1]?.kind !== 'ordinal' || !isDay(t[i + 1])) return null;
    const next = t[i + 2];
    // (Not "the 3rd time", "the 2nd of each month", "the 2nd and 4th Saturday".)
    if (next?.kind === 'word' && !AFTER_A_DAY.has(next.text)) return null;
    if (this.is(i + 2, 'and', 'or', '-', '/', '\u2013') && t[i + 3]?.kind === 'ordinal') return null;
    const day = t[i + 1].value;
    const past = toldInThePast(t, i, i + 2);
    const { today } = this;
    for (let m = 0; m < 13; m++) {
      const date = noon(today.getFullYear(), today.getMonth() + (past ? -m : m), day);
      if (date.getDate() === day && (past ? date <= today : date >= today)) return { from: i, to: this.timeTail(i + 2), date, exact: true, ...(past ? { past } : {}) };
    }
    return null;
  }

  /** A calendar date or a weekday, with the range and time written after it. */
  protected dated(i: number): Reading | null {
    const t = this.t;
    if (this.is(i, 'next', 'this', 'last', 'coming') && (weekdayOf(t[i + 1]) >= 0 || this.shortAlone(i + 1))) return this.weekdayAlone(i, i + 1, t[i].text);
    const weekday = weekdayOf(t[i]);
    if (weekday >= 0 || shortWeekdayOf(t[i]) >= 0) {
      const calendar = this.calendar(this.is(i + 1, ',') ? i + 2 : i + 1);
      if (calendar?.written) return this.tails({ ...calendar, from: i });
      return weekday >= 0 || this.shortAlone(i) ? this.weekdayAlone(i, i, 'this') : null;
    }
    const calendar = this.calendar(i);
    return calendar ? this.tails(calendar) : this.shortRange(i) ?? this.ordinalAlone(i);
  }

  /** A short weekday read alone: one no other word is spelt like ("Weds", "Thurs"), or any written with a capital after "on", "by" and the like. */
  private shortAlone(i: number): boolean {
    const token = this.t[i];
    if (shortWeekdayOf(token) < 0) return false;
    return UNMISTAKABLE_SHORT.has(token.text) || (token.capital && this.isIn(i - 1, SHORT_LEADS));
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
    const weekday = weekdayOf(t[at]) >= 0 ? weekdayOf(t[at]) : shortWeekdayOf(t[at]);
    const ahead = (weekday - this.today.getDay() + 7) % 7;
    // (A habit is read as one, spanning the weekday alone: what follows "every Monday" is read afresh.)
    if (this.habit(from) || PARTS_OF_DAYS.has(t[at + 1]?.text ?? '')) return { from, to: at + 1, date: shifted(this.today, 'day', ahead), exact: false, kind: 'recurring' };
    const days = which === 'next' ? ahead || 7 : which === 'last' ? -((7 - ahead) % 7 || 7) : which === 'this' && toldInThePast(t, from, at + 1) ? -((7 - ahead) % 7) : ahead;
    return { from, to: this.weekdayEnd(at), date: shifted(this.today, 'day', days), exact: true, ...(days < 0 && which === 'this' ? { past: true } : {}) };
  }

  /** After a weekday, its part of the day and time, and a range to another ("Friday 5pm to Sunday 5pm", "Monday to Friday"). */
  private weekdayEnd(at: number): number {
    const t = this.t;
    const to = this.timeTail(PARTS_OF_DAY.has(t[at + 1]?.text ?? '') ? at + 2 : at + 1);
    if (this.isIn(to, RANGE_JOINS) && weekdayOf(t[to + 1]) >= 0) return this.weekdayEnd(to + 1);
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
