// Lengths of time for the date reader (date-reader.ts): from today or from a date ("in six weeks", "within
// 10 working days", "in a week's time", "six weeks after 8 December"), back ("two weeks ago"), and guesses
// with no count a manager could check ("in a few weeks", "in a couple of months").
import { countOf, unitOf, type Token, type Unit } from './date-tokens';
import { CalendarReader, shifted, type Reading } from './date-calendar';
import { workingDaysOn } from './date-occasions';

const HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost']);
/** Kinds of day a count may name: working days skip weekends and bank holidays ("within 10 working days"). */
const WORKING_DAYS = new Set(['working', 'business', 'school']);
const PLAIN_DAYS = new Set(['clear', 'calendar']);
/** Counts that are guesses: "a few weeks", "a couple of months", "several weeks". */
const GUESSES = new Map([['few', 3], ['couple', 2], ['several', 4]]);

/** A unit written as owning its time: "a week's time", "six weeks' time". */
function unitOwning(token: Token | undefined): Unit | undefined {
  if (token?.kind !== 'word' || !(token.text.endsWith("'s") || token.text.endsWith('\u2019s'))) return undefined;
  return unitOf({ ...token, text: token.text.slice(0, -2) });
}

export abstract class LengthReader extends CalendarReader {
  /** A calendar date or weekday at i (the reader's own), the day a length may run from. */
  protected abstract dated(i: number): Reading | null;

  /**
   * A length of time from today: "in six weeks", "within a fortnight", "for 12 weeks", "the next three months",
   * "about eight weeks", "six weeks from today", "within 10 working days", "in three weeks' time"; from a date:
   * "six weeks after 8 December"; back: "the last 12 weeks", "two weeks ago". Not a habit ("every six weeks",
   * "twice a week") nor an hour or minute.
   */
  protected length(i: number): Reading | null {
    const t = this.t;
    const led = this.is(i, 'in', 'within', 'for', 'after', 'next') || (this.is(i, 'last') && this.is(i - 1, 'the'));
    let k = led ? i + 1 : i;
    if (HEDGES.has(t[k]?.text ?? '')) k++;
    if (led) {
      const guess = this.guessed(i, k);
      if (guess) return guess;
    }
    const count = countOf(t[k]);
    const working = WORKING_DAYS.has(t[k + 1]?.text ?? '') && unitOf(t[k + 2]) === 'day';
    const u = working || PLAIN_DAYS.has(t[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const unit = unitOf(t[u]) ?? unitOwning(t[u]);
    if (!unit || !(count >= 1 && count < 1000) || this.habitual(i, k, led)) return null;
    const move = (base: Date, by: number) => (working ? workingDaysOn(base, by) : shifted(base, unit, by));
    let sign = this.is(i, 'last') ? -1 : 1;
    let base = this.today;
    let to = this.timeWord(u + 1);
    if (this.is(to, 'ago')) [sign, to] = [-1, to + 1];
    else if (this.is(to, 'from') && this.is(to + 1, 'today', 'now')) to += 2;
    // (An age is no date: "until the baby is 12 weeks old".)
    else if (this.is(to, 'old')) return null;
    else if (this.is(to, 'after', 'before', 'from') || (this.is(to, 'of') && this.dated(to + 1))) {
      const anchor = this.dated(to + 1);
      if (!anchor && this.is(to, 'from')) return { from: i, to, date: move(base, sign * count), exact: true, kind: 'period' };
      if (!anchor && this.is(to, 'before')) return null;
      if (anchor) [base, sign] = [anchor.date, this.is(to, 'before') ? -1 : 1];
      to = anchor ? anchor.to : to + 1;
    }
    return { from: i, to, date: move(base, sign * count), exact: true, kind: 'period' };
  }

  /** After a unit, "time" in "in six weeks' time", "in a week's time", "in 6 weeks time": the index after it. */
  private timeWord(at: number): number {
    if (this.is(at, "'", '\u2019') && this.is(at + 1, 'time')) return at + 2;
    return this.is(at, 'time') && !this.is(at + 1, 'to', 'for', 'with') ? at + 1 : at;
  }

  /** "in a few weeks", "within the next couple of months", "in several weeks' time": a guess, no day to hold to. */
  private guessed(i: number, k: number): Reading | null {
    const t = this.t;
    let j = this.is(k, 'the') && this.is(k + 1, 'next') ? k + 2 : k;
    if (this.is(j, 'a')) j++;
    const guess = GUESSES.get(t[j]?.text ?? '');
    if (guess === undefined || t[j].kind !== 'word') return null;
    if (this.is(j, 'couple') && this.is(j + 1, 'of')) j++;
    const unit = unitOf(t[j + 1]);
    if (!unit) return null;
    return { from: i, to: this.timeWord(j + 2), date: shifted(this.today, unit, guess), exact: false, kind: 'rough' };
  }

  /**
   * A length that is no date: "every six weeks", "two days a week", an article without a lead ("once a
   * week"), a period named ("the 16 weeks of approval"), or a bare number of years (an age: "Rio, 2 years").
   */
  private habitual(i: number, k: number, led: boolean): boolean {
    if (this.is(i - 1, 'every', 'each', 'per', 'a') || (this.is(k + 2, 'a', 'an', 'per', 'each', 'every') && unitOf(this.t[k + 3]))) return true;
    // ("a month from now", "a week today": a day, not "once a month".)
    if (this.is(k + 2, 'from') && this.is(k + 3, 'now', 'today')) return false;
    return !led && (this.is(k, 'a', 'an') || this.is(i - 1, 'the') || unitOf(this.t[k + 1]) === 'year');
  }
}
