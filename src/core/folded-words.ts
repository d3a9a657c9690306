// The words of folded (lower-case) text, for the rules that read a line word by word: one pass over
// the characters, no pattern and no copies but the words asked for. A word starts at a letter a to z
// and runs on through letters, apostrophes and hyphens ("dad's", "step-mum"); numbers and marks
// stand between words. Offsets are UTF-16 code units in the folded text, the same as in the original.

/** The words read from one stretch of folded text, as parallel lists (one record can be reused for every line). */
export interface FoldedWords {
  /** The folded text the words are in. */
  text: string;
  /** Each word, '' until read with wordAt (most words are never looked at). */
  words: string[];
  starts: number[];
  ends: number[];
  /** Whether a clause mark (. ; : ! ? ( ) | or a line break) stands between word i - 1 and word i (never before the first). */
  breaks: boolean[];
}

/** a to z. */
const isFoldedLetter = (code: number): boolean => code >= 97 && code <= 122;
/** Letters, apostrophes (straight or curly) and hyphens: what runs on inside a word. */
const isWordChar = (code: number): boolean => isFoldedLetter(code) || code === 39 || code === 0x2019 || code === 45;
/** . ; : ! ? ( ) | and a line break: a clause ends there. */
const isClauseMark = (code: number): boolean => code === 46 || code === 59 || code === 58 || code === 33 || code === 63 || code === 40 || code === 41 || code === 124 || code === 10;

/** An empty record to read words into. */
export function emptyWords(): FoldedWords {
  return { text: '', words: [], starts: [], ends: [], breaks: [] };
}

/**
 * The words of folded[from, to), at most `limit` of them, read into `into` (emptied first; a new
 * record when none is given).
 */
export function readFoldedWords(folded: string, from = 0, to = folded.length, limit = Infinity, into: FoldedWords = emptyWords()): FoldedWords {
  const out = into;
  out.words.length = out.starts.length = out.ends.length = out.breaks.length = 0;
  out.text = folded;
  const end = Math.min(to, folded.length);
  let broken = false;
  for (let i = from; i < end && out.starts.length < limit; ) {
    const code = folded.charCodeAt(i);
    if (!isFoldedLetter(code)) {
      if (isClauseMark(code)) broken = true;
      i++;
      continue;
    }
    const start = i;
    while (i < end && isWordChar(folded.charCodeAt(i))) i++;
    out.words.push('');
    out.starts.push(start);
    out.ends.push(i);
    out.breaks.push(broken && out.starts.length > 1);
    broken = false;
  }
  return out;
}

/** Word i's text (read from the folded text the first time it is asked for). */
export function wordAt(read: FoldedWords, i: number): string {
  let found = read.words[i];
  if (found === '') found = read.words[i] = read.text.slice(read.starts[i], read.ends[i]);
  return found;
}

/** Whether word i is `literal`, read in place without a copy. */
export function isWordAt(read: FoldedWords, i: number, literal: string): boolean {
  return read.ends[i] - read.starts[i] === literal.length && read.text.startsWith(literal, read.starts[i]);
}
