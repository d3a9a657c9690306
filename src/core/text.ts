// Text helpers that keep UTF-16 offsets intact: every transformation here is one code unit in,
// one code unit out, so an offset found in the normalised text is an offset in the original.

const SAME_LENGTH_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const FOLDABLE = new RegExp(`[${Object.keys(SAME_LENGTH_FOLDS).join('')}]`, 'g');
const HAS_FOLDABLE = new RegExp(FOLDABLE.source);
const foldCache = new Map<string, string>();
const allCaches: Array<Map<string, unknown>> = [foldCache];

/** Register a module-level cache so benchmarks can measure a document never seen before. */
export function registerCache(cache: Map<string, unknown>): void {
  allCaches.push(cache);
}

/** Forget every memoised result (for cold-start benchmarks; never needed for correctness). */
export function clearCaches(): void {
  for (const cache of allCaches) cache.clear();
}

/**
 * Memoise a pure string function with a bounded cache. Analysis runs on every keystroke burst
 * over mostly unchanged paragraphs, so most calls are repeats.
 */
export function memoise<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  registerCache(cache);
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Lower-case, fold smart quotes, dashes and odd spaces to ASCII, keeping length identical. */
export function fold(text: string): string {
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const lowered = text.toLowerCase();
  // toLowerCase keeps the length except for a few letters (such as the Turkish dotted I); then go slowly.
  const result = lowered.length !== text.length ? foldSlowly(text) : HAS_FOLDABLE.test(lowered) ? lowered.replace(FOLDABLE, (ch) => SAME_LENGTH_FOLDS[ch]) : lowered;
  if (foldCache.size >= 20_000) foldCache.clear();
  foldCache.set(text, result);
  return result;
}

function foldSlowly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const mapped = SAME_LENGTH_FOLDS[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Like fold() but keeps letter case (for acronym and name detection). */
export function foldPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const mapped = SAME_LENGTH_FOLDS[text[i]];
    out += mapped !== undefined ? mapped : text[i];
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

const ABBREVIATIONS = /(?:\b(?:mr|mrs|ms|miss|dr|st|no|e\.g|i\.e|etc|approx|tel|mob|prof|rev|vs)|\b[a-z])$/i;

/** Split a paragraph into sentences with offsets. Conservative: titles such as "Mr." do not end a sentence. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    // '.', '!' or '?'. A semicolon separates clauses of one sentence for readability purposes: never a split.
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    // Sentence end only when followed by whitespace and then a capital, digit, quote or bracket (or end).
    let j = i + 1;
    while (j < n && (text[j] === '"' || text[j] === '\u201D' || text[j] === "'" || text[j] === '\u2019' || text[j] === ')')) j++;
    if (j < n && !isSpaceCode(text.charCodeAt(j))) continue;
    if (ch === 46 && ABBREVIATIONS.test(text.slice(Math.max(start, i - 8), i))) continue;
    pushSentence(result, text, start, j);
    start = j;
  }
  if (start < n) pushSentence(result, text, start, n);
  return result;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

const SPACE = /\s/;

/**
 * /\s/.test(one UTF-16 code unit), with ASCII (nearly every character) answered without a regex
 * call; anything else still asks the regex, so the rarer spaces stay exactly as JavaScript defines them.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/**
 * text.slice(from).trim().split(/\s+/).length >= count, without building the pieces: the pieces
 * are one more than the runs of whitespace with something on both sides.
 */
export function hasSpaceSeparatedPieces(text: string, from: number, count: number): boolean {
  let pieces = 1;
  let seenText = false;
  let inGap = false;
  for (let i = from; i < text.length && pieces < count; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      inGap = seenText;
    } else {
      if (inGap) pieces++;
      inGap = false;
      seenText = true;
    }
  }
  return pieces >= count;
}

/** One code point that is a letter or number; sticky, so it tests a position without slicing. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

/**
 * Counts words as the global pattern [\p{L}\p{N}][\p{L}\p{N}'\u2019-]* (with the u flag) finds them:
 * a word starts at a letter or number and runs on through letters, numbers, apostrophes and
 * hyphens. Walking the characters avoids a regex match per word, a visible share of every analysis.
 */
export function countWords(text: string): number {
  return countWordsIn(text, 0, text.length);
}

/** countWords(text.slice(start, end)) without the slice. */
export function countWordsIn(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    let size = 1;
    let letterOrNumber: boolean;
    if (code < 128) {
      const lower = code | 32;
      letterOrNumber = (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122);
    } else if (code === 0x2019) {
      letterOrNumber = false;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair inside the range is one code point; a lone half (or a half cut off by the
      // range end) is neither a letter nor a number, as in the sliced string.
      if (code <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        size = 2;
        LETTER_OR_NUMBER.lastIndex = i;
        letterOrNumber = LETTER_OR_NUMBER.test(text);
      } else letterOrNumber = false;
    } else {
      LETTER_OR_NUMBER.lastIndex = i;
      letterOrNumber = LETTER_OR_NUMBER.test(text);
    }
    if (letterOrNumber) {
      if (!inWord) {
        count++;
        inWord = true;
      }
    } else if (!(inWord && (code === 39 || code === 45 || code === 0x2019))) {
      inWord = false;
    }
    i += size;
  }
  return count;
}

/** Trim whitespace and trailing full stops from a span, for tidy excerpts. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s"'\u201C\u2018(]/.test(text[start])) start++;
  while (end > start && /[\s.,;:"'\u201D\u2019)]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
