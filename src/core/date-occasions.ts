// The days of the English calendar that agreements name instead of a date: bank holidays ("Christmas Day",
// "Easter Monday"), which are days anyone can look up, and seasons of the year or the school ("Christmas",
// "Easter", "half term", "the end of term"), which name a time without a day. Also working days, which
// skip weekends and bank holidays ("within 10 working days").
import { noon, shifted } from './date-calendar';

/** Easter Sunday of a year (the Gregorian reckoning, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25) + 1) / 3) + 15) % 30;
  const e = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - d - (c % 4)) % 7;
  const f = d + e - 7 * Math.floor((a + 11 * d + 22 * e) / 451) + 114;
  return noon(year, Math.floor(f / 31) - 1, (f % 31) + 1);
}

/** The named days with a fixed place in a year: the day in that year. */
const NAMED_DAYS: Record<string, (year: number) => Date> = {
  'christmas day': (y) => noon(y, 11, 25),
  'christmas eve': (y) => noon(y, 11, 24),
  'boxing day': (y) => noon(y, 11, 26),
  "new year's eve": (y) => noon(y, 11, 31),
  "new year's day": (y) => noon(y, 0, 1),
  'good friday': (y) => shifted(easterSunday(y), 'day', -2),
  'easter sunday': (y) => easterSunday(y),
  'easter monday': (y) => shifted(easterSunday(y), 'day', 1),
};

/**
 * Seasons named without a day: roughly when they fall, so that a reader has an order to go by, never a day to
 * check against (they are read as not exact). The school's terms differ by council: these are the usual
 * English ones (autumn half term the last week of October, and so on).
 */
const SEASONS: Record<string, (year: number) => Date[]> = {
  christmas: (y) => [noon(y, 11, 25)],
  'christmas holidays': (y) => [noon(y, 11, 21)],
  easter: (y) => [easterSunday(y)],
  'easter holidays': (y) => [shifted(easterSunday(y), 'day', -7)],
  'half term': (y) => [noon(y, 1, 16), noon(y, 4, 26), noon(y, 9, 26)],
  'end of term': (y) => [shifted(easterSunday(y), 'day', -9), noon(y, 6, 21), noon(y, 11, 18)],
  'summer holidays': (y) => [noon(y, 6, 22)],
  'school holidays': (y) => [shifted(easterSunday(y), 'day', -7), noon(y, 6, 22), noon(y, 11, 21)],
  'new year': (y) => [noon(y, 0, 1)],
};

export interface Occasion {
  date: Date;
  /** A bank holiday is a day; a season is not. */
  exact: boolean;
}

/** The next `name` on or after `today` (in `year` when one is written). */
export function occasion(name: string, today: Date, year?: number): Occasion | null {
  const day = NAMED_DAYS[name];
  if (day) return { date: year !== undefined ? day(year) : nextOf((y) => [day(y)], today), exact: true };
  const season = SEASONS[name];
  if (!season) return null;
  return { date: year !== undefined ? season(year).at(-1)! : nextOf(season, today), exact: false };
}

function nextOf(days: (year: number) => Date[], today: Date): Date {
  const y = today.getFullYear();
  return [...days(y), ...days(y + 1)].find((d) => d >= today) ?? days(y + 1)[0];
}

/** Bank holidays in England and Wales in a year, as day keys, with the weekday substitutes for those falling at a weekend. */
const bankHolidayCache = new Map<number, Set<number>>();
function bankHolidays(year: number): Set<number> {
  let days = bankHolidayCache.get(year);
  if (days) return days;
  const easter = easterSunday(year);
  const list = [shifted(easter, 'day', -2), shifted(easter, 'day', 1), firstMonday(year, 4), lastMonday(year, 4), lastMonday(year, 7)];
  // New Year's Day at a weekend moves to the Monday; Christmas and Boxing Day to the next free weekdays.
  list.push(weekdayOnOrAfter(noon(year, 0, 1)));
  const christmas = weekdayOnOrAfter(noon(year, 11, 25));
  list.push(christmas, weekdayOnOrAfter(shifted(christmas, 'day', 1)));
  days = new Set(list.map(dayKey));
  bankHolidayCache.set(year, days);
  return days;
}

function dayKey(date: Date): number {
  return date.getFullYear() * 1000 + date.getMonth() * 40 + date.getDate();
}

function weekdayOnOrAfter(date: Date): Date {
  const day = date.getDay();
  return day === 6 ? shifted(date, 'day', 2) : day === 0 ? shifted(date, 'day', 1) : date;
}

function firstMonday(year: number, month: number): Date {
  const first = noon(year, month, 1);
  return shifted(first, 'day', (8 - first.getDay()) % 7);
}

function lastMonday(year: number, month: number): Date {
  const last = noon(year, month + 1, 0);
  return shifted(last, 'day', -((last.getDay() + 6) % 7));
}

/** A working day: not a Saturday, a Sunday or a bank holiday. */
function isWorkingDay(date: Date): boolean {
  const day = date.getDay();
  return day !== 0 && day !== 6 && !bankHolidays(date.getFullYear()).has(dayKey(date));
}

/** `count` working days on from `date` (back when negative). */
export function workingDaysOn(date: Date, count: number): Date {
  const step = count < 0 ? -1 : 1;
  let at = date;
  for (let left = Math.abs(count); left > 0; ) {
    at = shifted(at, 'day', step);
    if (isWorkingDay(at)) left--;
  }
  return at;
}

/** The words a season or named day is written in, after a word saying when ("by", "over the", "at"). */
const OCCASION_NAMES = new Map<string, string>([
  ['christmas', 'christmas'], ['xmas', 'christmas'], ['easter', 'easter'], ['boxing', 'boxing'], ['good', 'good'], ['new', 'new'],
  ['half', 'half'], ['halfterm', 'half term'], ['summer', 'summer'], ['school', 'school'],
]);
const SEASON_TAILS = new Map([['holidays', 'holidays'], ['holiday', 'holidays'], ['hols', 'holidays'], ['break', 'holidays']]);
/** What may lead to a season: "by", "over the", "at", "until after". */
export const OCCASION_LEADS = new Set(['by', 'before', 'after', 'at', 'over', 'until', 'till', 'during', 'from', 'since', 'around', 'for', 'in', 'on', 'across', 'throughout', 'the', 'this', 'next', 'last']);

export interface OccasionWords {
  /** The tokens' words, lower-cased, from the place looked at (undefined past the end). */
  word: (k: number) => string | undefined;
}

/**
 * The named day or season written from token k, and the index after it: "Christmas Day", "Easter Monday",
 * "new year's eve", "Christmas", "the Easter holidays", "half term", "half-term", "the end of (the summer) term".
 */
export function occasionWords({ word }: OccasionWords, k: number): { name: string; to: number } | null {
  if (word(k) === 'end' && word(k + 1) === 'of') {
    let j = k + 2;
    if (word(j) === 'the' || word(j) === 'this') j++;
    if (word(j) === 'autumn' || word(j) === 'spring' || word(j) === 'summer') j++;
    return word(j) === 'term' ? { name: 'end of term', to: j + 1 } : null;
  }
  const first = OCCASION_NAMES.get(word(k) ?? '');
  if (!first) return null;
  const next = word(k + 1);
  if (first === 'half') {
    const j = next === '-' ? k + 2 : k + 1;
    return word(j) === 'term' ? { name: 'half term', to: j + 1 } : null;
  }
  if (first === 'half term') return { name: first, to: k + 1 };
  const day = `${first} ${next}`;
  if (day in NAMED_DAYS) return { name: day, to: k + 2 };
  if (first === 'new') return next === "year's" || next === 'year\u2019s' ? namedNewYear(word(k + 2), k) : next === 'year' ? { name: 'new year', to: k + 2 } : null;
  const tail = SEASON_TAILS.get(next ?? '');
  if (tail) return first === 'boxing' || first === 'good' ? null : { name: `${first} ${tail}`, to: k + 2 };
  return first === 'christmas' || first === 'easter' ? { name: first, to: k + 1 } : null;
}

function namedNewYear(third: string | undefined, k: number): { name: string; to: number } | null {
  return third === 'day' || third === 'eve' ? { name: `new year's ${third}`, to: k + 3 } : null;
}
