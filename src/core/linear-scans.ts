// Scans that once rescanned the text for every match (quadratic in "if if if ..." or in a paragraph
// full of dates), rewritten to pass over the text once.
import { countWork } from './work-counter';

const BREAKS_AGREEMENT = / (?:break|breaks|breach|breaches) (?:this|the) agreement\b/g;
const LETTERS_APOSTROPHE_SPACE = /[a-z' ]/;
const WORD_CHAR = /\w/;

/**
 * What `/\bif (?:[a-z' ]+ )?(?:break|breaks|breach|breaches) (?:this|the) agreement\b/.test(folded)`
 * answers, in linear time. The words from "if" to "agreement" are one run of [a-z' ]; an "if" at
 * the start of a word in the run before " breaks this agreement" qualifies when it is right before
 * the space (`if breaks`) or at least two characters before it (`if x breaks`); the earliest "if"
 * of the run is the one to test.
 */
export function ifBreaksAgreement(folded: string): boolean {
  if (!folded.includes('agreement')) return false;
  BREAKS_AGREEMENT.lastIndex = 0;
  let scanned = 0;
  let runStart = 0;
  let firstIf = -1;
  for (let m = BREAKS_AGREEMENT.exec(folded); m; m = BREAKS_AGREEMENT.exec(folded)) {
    // The phrase's space is position q - 1; the phrase's own words start at q.
    const q = m.index + 1;
    countWork(q - scanned);
    for (; scanned < q; scanned++) {
      const ch = folded[scanned];
      if (!LETTERS_APOSTROPHE_SPACE.test(ch)) {
        runStart = scanned + 1;
        firstIf = -1;
      } else if (firstIf < 0 && ch === 'i' && folded[scanned + 1] === 'f' && folded[scanned + 2] === ' ' && (scanned === 0 || !WORD_CHAR.test(folded[scanned - 1]))) {
        firstIf = scanned;
      }
    }
    if (firstIf >= runStart && firstIf >= 0 && (firstIf + 3 === q || firstIf + 5 <= q)) return true;
    BREAKS_AGREEMENT.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * The first of `spans` (in ascending order of start) whose sentence matches `pattern`, where a span's
 * sentence runs from just after the last '.' before it to the next '. ' at or after it (or the end).
 * The same answer as testing `pattern` on each sentence slice in turn, in one pass: `pattern` must
 * never match across a '.', and it is found once over the whole text; a span qualifies when a match
 * starts inside its sentence.
 */
export function firstInSentenceWith<T extends { start: number }>(folded: string, spans: readonly T[], pattern: RegExp): T | undefined {
  if (spans.length === 0) return undefined;
  countWork(folded.length + spans.length);
  const global = globalCopy(pattern);
  const matches: number[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(folded); m; m = global.exec(folded)) {
    matches.push(m.index);
    if (m[0].length === 0) global.lastIndex++;
  }
  if (matches.length === 0) return undefined;
  let lastDot = -1;
  let scannedDots = 0;
  let nextStop = -1;
  let match = 0;
  let previousStart = -1;
  for (const span of spans) {
    const at = span.start;
    // Out of order (never from the date finder): test each remaining span on its own.
    if (at < previousStart) return spans.slice(spans.indexOf(span)).find((s) => sentenceMatches(folded, s.start, pattern));
    previousStart = at;
    // The last '.' before the span.
    for (; scannedDots < at; scannedDots++) if (folded.charCodeAt(scannedDots) === 46) lastDot = scannedDots;
    // The first '. ' at or after it.
    if (nextStop < at) {
      nextStop = folded.indexOf('. ', at);
      if (nextStop < 0) nextStop = folded.length;
    }
    while (match < matches.length && matches[match] <= lastDot) match++;
    if (match < matches.length && matches[match] < nextStop) return span;
  }
  return undefined;
}

const globalCopies = new Map<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

function sentenceMatches(folded: string, at: number, pattern: RegExp): boolean {
  const after = folded.indexOf('. ', at);
  return pattern.test(folded.slice(folded.lastIndexOf('.', at - 1) + 1, after < 0 ? folded.length : after));
}
