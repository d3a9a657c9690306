// Text helpers that keep UTF-16 offsets intact: every transformation here is one code unit in,
// one code unit out, so an offset found in the normalised text is an offset in the original.
import { isSpaceCode } from './measure';

const SAME_LENGTH_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** A character to fold (every one has no case, so folding before or after lower-casing is the same). */
const FOLDABLE = new RegExp(`[${Object.keys(SAME_LENGTH_FOLDS).join('')}]`);
/** Each character's folded code, by its code: a table, as a map look-up per character cost several times more. */
const FOLDED_CODE = new Uint16Array(Math.max(...Object.keys(SAME_LENGTH_FOLDS).map((ch) => ch.charCodeAt(0))) + 1).map((_, code) => code);
for (const [from, to] of Object.entries(SAME_LENGTH_FOLDS)) FOLDED_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Lower-case, fold smart quotes, dashes and odd spaces to ASCII, keeping length identical. Not
 * memoised: a cache look-up and insertion cost more than folding, and the analyser keeps the
 * previous run's folded paragraphs itself. The marks are folded first: a text with a curly
 * apostrophe is stored two bytes a character, and lower-casing it then is slower than lower-casing
 * the one-byte text folding leaves.
 */
export function fold(text: string): string {
  const lowered = (FOLDABLE.test(text) ? foldMarks(text) : text).toLowerCase();
  // toLowerCase keeps the length except for a few letters (such as the Turkish dotted I); then go slowly.
  return lowered.length === text.length ? lowered : foldSlowly(text);
}

/**
 * The folds made, as character codes. A text with a curly apostrophe is stored two bytes a
 * character, and so is what replace() makes of it, even when every character left fits in one
 * byte: V8 then compiles every pattern run over it a second time, for two-byte text (over a
 * megabyte for the vague-action list alone). String.fromCharCode stores such a text one byte a
 * character.
 */
function foldMarks(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < codes.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < FOLDED_CODE.length ? FOLDED_CODE[code] : code;
  }
  return fromCodes(codes);
}

function fromCodes(codes: Uint16Array): string {
  let text = '';
  // In pieces: a call takes a limited number of arguments.
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode.apply(null, codes.subarray(start, start + 8192) as unknown as number[]);
  return text;
}

const RIGHT_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

const BEYOND_ONE_BYTE = /[^\0-\xff]/;
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The paragraph text as the rules read it: a curly apostrophe inside a word ("children’s",
 * "don’t") as a straight one, stored one byte a character, or the text itself when it holds any
 * other character beyond one byte. Same length, same places, so findings' offsets and excerpts are
 * those of the text. Only there: every pattern takes the two alike inside a word, but trimSpan keeps a
 * closing quote at a span's start, and a letter's class that takes ' and - takes no other quote or dash.
 */
export function ruleText(text: string): string {
  const first = text.search(BEYOND_ONE_BYTE);
  if (first < 0) return text;
  let codes: Uint16Array | null = null;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0xff) {
      if (codes) codes[i] = code;
      continue;
    }
    if (code !== RIGHT_QUOTE || !isAsciiLetter(text.charCodeAt(i - 1)) || !isAsciiLetter(text.charCodeAt(i + 1))) return text;
    if (!codes) {
      codes = new Uint16Array(text.length);
      for (let j = 0; j < i; j++) codes[j] = text.charCodeAt(j);
    }
    codes[i] = APOSTROPHE;
  }
  return codes ? fromCodes(codes) : text;
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

/**
 * Each bracket in `text` whose closing mark is at most `reach` characters after its opening one, in
 * order: `visit` gets where it opens and the text inside. A bracket left open ends the search.
 */
export function eachBracket(text: string, reach: number, visit: (open: number, inside: string) => void): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) return;
    if (close - open <= reach) visit(open, text.slice(open + 1, close));
  }
}
