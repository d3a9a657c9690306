// The words and marks a date is written in, for the date reader (date-reader.ts): a text cut into
// tokens once, each looked up in small word maps, so no long alternation of names is compiled.

export type TokenKind = 'word' | 'number' | 'ordinal' | 'numeric-date' | 'day-month' | 'time' | 'clock' | 'mark';

export interface Token {
  kind: TokenKind;
  /** Lower-cased; a number or ordinal without its suffix. */
  text: string;
  start: number;
  end: number;
  /** A number's value ("7th" is 7); a time's hour. */
  value: number;
  /** The word began with a capital letter (a month named alone must: "May" but not "may"). */
  capital: boolean;
}

/**
 * One token at a time, first match wins: an ISO or day-first numeric date ("2026-12-07", "7/12/2026",
 * "7.12.26"), a day and month ("14/1"), a clock time with am or pm ("10am", "3.30 pm", "9:15a.m."), a time with a colon ("14:30"),
 * a time with a point ("10.30", read as a time only after "at" or in a time range), a number with its
 * ordinal suffix or without, a word (with its apostrophes: "o'clock"), a line break, any other mark.
 */
const TOKEN =
  /\d{4}-\d\d-\d\d(?![\d-])|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)(?![\d/.-]\d)|\d{1,2}\/\d{1,2}(?![\d/])|\d{1,2}(?:[.:]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\d{1,2}:\d\d(?![\d:])|\d{1,2}\.\d\d(?![\d.])|\d+(?:st|nd|rd|th)?(?![a-z\d])|[a-z]+(?:['\u2019][a-z]+)*|\n|[^\s]/giy;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (let at = skipSpace(text, 0); at < text.length; at = skipSpace(text, at)) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    // (A run of digits the token pattern does not take, "12weeks", is passed over a character at a time.)
    const written = match ? match[0] : text[at];
    tokens.push(token(written, at));
    at += written.length;
  }
  return tokens;
}

const SPACE = /[^\S\n]/;
function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.test(text[at])) at++;
  return at;
}

const NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]/;
const ISO_DATE = /^\d{4}-/;
const AM_PM = /[ap]\.?m\.?$/;
const LETTER = /[a-z]/i;
const CAPITAL = /^[A-Z]/;

function token(written: string, start: number): Token {
  const text = written.toLowerCase();
  const kind: TokenKind = ISO_DATE.test(text) || NUMERIC_DATE.test(text) ? 'numeric-date'
    : text.length > 1 && text.includes('/') ? 'day-month'
    : AM_PM.test(text) && /^\d/.test(text) ? 'time'
    : /^\d{1,2}[:.]\d\d$/.test(text) ? 'clock'
    : /^\d/.test(text) ? (LETTER.test(text) ? 'ordinal' : 'number')
    : LETTER.test(text) ? 'word' : 'mark';
  const value = kind === 'word' || kind === 'mark' || kind === 'numeric-date' || kind === 'day-month' ? NaN : parseInt(text, 10);
  return { kind, text: kind === 'ordinal' ? String(value) : text, start, end: start + written.length, value, capital: CAPITAL.test(written) };
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names and their short forms ("Sept" too), to the month's index. */
const MONTH_WORDS = new Map<string, number>();
MONTHS.forEach((name, i) => {
  MONTH_WORDS.set(name.toLowerCase(), i);
  MONTH_WORDS.set(name.slice(0, 3).toLowerCase(), i);
});
MONTH_WORDS.set('sept', 8);

export function monthOf(token: Token | undefined): number {
  return token?.kind === 'word' ? MONTH_WORDS.get(token.text) ?? -1 : -1;
}

/** Whether the month is written in full ("December"), not shortened ("Dec"). */
export function monthInFull(token: Token): boolean {
  return token.text.length > 4 || token.text === 'may' || token.text === 'june' || token.text === 'july';
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORDS = new Map(WEEKDAYS.map((name, i) => [name, i]));
/** Short weekday names, read only before a day of the month ("Wed 9 Dec"): alone, "sat" and "sun" are other words. */
const SHORT_WEEKDAYS = new Map<string, number>([['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['weds', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6]]);

export function weekdayOf(token: Token | undefined): number {
  return token?.kind === 'word' ? WEEKDAY_WORDS.get(token.text) ?? -1 : -1;
}

export function shortWeekdayOf(token: Token | undefined): number {
  return token?.kind === 'word' ? SHORT_WEEKDAYS.get(token.text) ?? -1 : -1;
}

/** Counts written as words, for lengths of time ("in six weeks"). "a" and "an" are one. */
const COUNT_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['eighteen', 18], ['twenty', 20],
]);

export function countOf(token: Token | undefined): number {
  if (!token) return NaN;
  if (token.kind === 'number') return token.value;
  return token.kind === 'word' ? COUNT_WORDS.get(token.text) ?? NaN : NaN;
}

export type Unit = 'day' | 'week' | 'fortnight' | 'month' | 'year';
const UNIT_WORDS = new Map<string, Unit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
]);

export function unitOf(token: Token | undefined): Unit | undefined {
  return token?.kind === 'word' ? UNIT_WORDS.get(token.text) : undefined;
}
