// Measuring text: white space, words and space counts, all without copying the text. Offsets
// are UTF-16 code units, as everywhere in the core.

const SPACE = /\s/;

/**
 * /\s/.test(one UTF-16 code unit), with ASCII (nearly every character) answered without a regex
 * call; anything else still asks the regex, so the rarer spaces stay exactly as JavaScript defines
 * them (and as `trim()` does).
 */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/**
 * How many pieces `text.slice(start, end).trim().split(/\s+/)` has (0 for blank text), counting
 * no further than `limit`: one more than the runs of white space with text on both sides.
 */
export function spaceSeparatedWords(text: string, start = 0, end = text.length, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < limit; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

/** `text.slice(start, end)` has at least `count` space-separated words (stops counting as soon as it has). */
export function hasSpaceSeparatedWords(text: string, start: number, end: number, count: number): boolean {
  return spaceSeparatedWords(text, start, end, count) >= count;
}

/** One code point that is a letter or number; sticky, so it tests a position without slicing. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

/**
 * Counts words as the global pattern [\p{L}\p{N}][\p{L}\p{N}'\u2019-]* (with the u flag) finds them
 * in `text.slice(start, end)`: a word starts at a letter or number and runs on through letters,
 * numbers, apostrophes and hyphens. This is the count a reader sees ("Jo's" is one word, "-" none).
 */
export function countWords(text: string, start = 0, end = text.length): number {
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

const SPACES = [' ', '\u00A0', '\t'];

/**
 * More than `limit` spaces, no-break spaces and tabs in all. A text with no more than n of them
 * cannot hold more than n + 1 words; `indexOf` skips along much faster than a loop over characters.
 */
export function moreSpacesThan(text: string, limit: number): boolean {
  let count = 0;
  for (const space of SPACES) {
    for (let at = text.indexOf(space); at >= 0; at = text.indexOf(space, at + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
}
