// Finding any of a long list of terms in a paragraph. A plain pattern without lookarounds or
// Unicode mode, its terms merged into a tree of shared beginnings (a trie), finds the next place
// where some term's text is (trying only word starts, where a term must begin). Whether the term
// really starts and ends there, and which term it is, was decided by a second pattern: the whole
// list as one alternation with Unicode lookarounds, tried only at that place. For the jargon list
// that pattern compiled to about 900 KB of machine code, and V8 stops optimising every regular
// expression it compiles once its executable memory passes 16 MB (docs/performance.md, 6 December,
// third shift). The decision is now made here, in a few lines of code: the terms are kept in a map
// by their first word, and only those starting with the word found are tried, in their order.
import { countWork } from './work-counter';
import { anyAtWordStart } from './word-trie';

/** A term in the text: where it starts, and the text it covers. */
export interface TermMatch {
  index: number;
  text: string;
}

/** The next term at or after `from` (not inside a surrogate pair), or null. */
export type TermSearch = (text: string, from: number) => TermMatch | null;

/** A run of one or more separators, written `[\s-]+` in a term. */
const RUN = 0;
type Atom = string | typeof RUN;

interface Term {
  /** Literal text and separator runs, in order: 'core[\s-]+group' is ['core', RUN, 'group']. */
  atoms: Atom[];
}

/**
 * A search for `(?<!X)(?:${alternatives})(?!X)` with the u flag, where X is `beside`, a character
 * class such as /[\p{L}\p{N}]/u that holds every ASCII letter and digit and no separator or '_': the
 * next match at or after `from`, as exec() with lastIndex = from on that global pattern finds it
 * (the first alternative in the given order that matches at the first place where one does). Each
 * alternative is literal text, escaped punctuation and separator runs (`[\s-]+`), and starts with an
 * ASCII letter or digit.
 */
export function termSearch(alternatives: readonly string[], beside: RegExp): TermSearch {
  const terms = new TermIndex(alternatives, characterTest(beside));
  const places = new CandidatePlaces(alternatives);
  return (text, from) => {
    if (places.read(text)) countWork(text.length);
    for (let at = places.next(from); at < text.length; at = places.next(at + 1)) {
      const match = terms.at(text, at);
      if (match) {
        countWork(match.index + match.text.length - from);
        return match;
      }
    }
    countWork(text.length - from);
    return null;
  };
}

/**
 * Where a term may start in a text: where the trie of the terms' beginnings matches at a word boundary (\b), or
 * just after a '_' (a word character to \b but not to `beside`). Callers ask again and again in
 * one text, from one match to the next: the places found are kept, so the text is read once, not
 * once per call (a text full of terms would be quadratic).
 */
class CandidatePlaces {
  private readonly trie: RegExp;
  private text = '';
  private afterUnderscores: number[] = [];
  /** Underscores before this index are behind the last place asked for. */
  private passed = 0;
  /** The trie's next match at or after `searchedFrom` is at `trieAt` (Infinity: none). */
  private searchedFrom = -1;
  private trieAt = Infinity;

  constructor(alternatives: readonly string[]) {
    this.trie = anyAtWordStart([...new Set(alternatives.map(candidatePrefix))], 'g');
  }

  /** Starts on a new text; false if it is the one already read. */
  read(text: string): boolean {
    if (text === this.text) return false;
    this.text = text;
    this.afterUnderscores = text.includes('_') ? [...text.matchAll(/_/g)].map((m) => m.index! + 1) : [];
    this.passed = 0;
    this.searchedFrom = -1;
    return true;
  }

  /** The first place at or after `from` (Infinity: none). */
  next(from: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || from > this.trieAt) {
      this.trie.lastIndex = from;
      const found = this.trie.exec(this.text);
      this.searchedFrom = from;
      this.trieAt = found ? found.index : Infinity;
    }
    if (this.passed > 0 && this.afterUnderscores[this.passed - 1] >= from) this.passed = 0;
    while (this.passed < this.afterUnderscores.length && this.afterUnderscores[this.passed] < from) this.passed++;
    return Math.min(this.trieAt, this.afterUnderscores[this.passed] ?? Infinity);
  }
}

/**
 * How many letters of a term the candidate pattern holds at least, in whole words ("in order", "child protection"
 * becomes "child"). V8 optimises no pattern whose source is over 20 KB (kRegExpTooLargeToOptimize): the jargon
 * list's whole terms made a trie of 28 KB, searched about seven times slower than one of 18 KB. Its prefixes make
 * one of about 15 KB; a place where only a prefix is costs a look-up in the map by first word.
 */
const CANDIDATE_LETTERS = 7;
const RUN_SOURCE = '[\\s-]+';

/** The term's words up to CANDIDATE_LETTERS letters: a prefix of the term's pattern, so every place the term is, it is. */
function candidatePrefix(alternative: string): string {
  const words = alternative.split(RUN_SOURCE);
  let prefix = words[0];
  let letters = words[0].replace(/\\/g, '').length;
  for (let i = 1; i < words.length && letters < CANDIDATE_LETTERS; i++) {
    prefix += RUN_SOURCE + words[i];
    letters += words[i].replace(/\\/g, '').length;
  }
  return prefix;
}

/** The terms by their first word, each tried where a word of the text starts. */
class TermIndex {
  private readonly byFirstWord = new Map<string, Term[]>();

  constructor(
    alternatives: readonly string[],
    private readonly isBeside: CharacterTest,
  ) {
    for (const code of [...SEPARATORS, 0x2d, 0x5f]) if (isBeside(code)) throw new Error('termSearch: a separator or _ may not be a word character');
    for (const letter of 'azAZ09') if (!isBeside(letter.charCodeAt(0))) throw new Error('termSearch: letters and digits must be word characters');
    for (const alternative of alternatives) {
      if (!/^[A-Za-z0-9]/.test(alternative)) throw new Error(`termSearch: a term must start with a letter or digit: ${alternative}`);
      const atoms = parseTerm(alternative);
      const first = atoms[0] as string;
      const firstWord = first.slice(0, this.wordEnd(first, 0));
      const terms = this.byFirstWord.get(firstWord) ?? [];
      this.byFirstWord.set(firstWord, terms);
      terms.push({ atoms });
    }
  }

  /**
   * The first term (in the order given) that starts at `at`, with no word character before or
   * after it. Only terms whose first word is the word starting there can: the characters after a
   * first word, a separator, punctuation or the term's end, are not word characters.
   */
  at(text: string, at: number): TermMatch | null {
    if (at > 0 && this.isBeside(codePointBefore(text, at))) return null;
    const terms = this.byFirstWord.get(text.slice(at, this.wordEnd(text, at)));
    if (!terms) return null;
    for (const term of terms) {
      const end = endOf(term.atoms, 0, text, at, this.notBesideAt);
      if (end >= 0) return { index: at, text: text.slice(at, end) };
    }
    return null;
  }

  /** Where the word starting at `at` ends. */
  private wordEnd(text: string, at: number): number {
    let end = at;
    while (end < text.length) {
      const code = text.codePointAt(end)!;
      if (!this.isBeside(code)) break;
      end += code > 0xffff ? 2 : 1;
    }
    return end;
  }

  private readonly notBesideAt = (text: string, at: number) => at >= text.length || !this.isBeside(text.codePointAt(at)!);
}

/**
 * Where the term's atoms from `i` on, matched from `at`, end so that `accept` holds there, or -1:
 * the end the pattern would give, each separator run taking as many separators as it can and
 * giving them back one at a time.
 */
function endOf(atoms: readonly Atom[], i: number, text: string, at: number, accept: (text: string, at: number) => boolean): number {
  if (i === atoms.length) return accept(text, at) ? at : -1;
  const atom = atoms[i];
  if (atom !== RUN) return text.startsWith(atom, at) ? endOf(atoms, i + 1, text, at + atom.length, accept) : -1;
  let last = at;
  while (last < text.length && isSeparator(text.charCodeAt(last))) last++;
  // Before text that does not start with a separator, only the whole run can be followed by it.
  const next = atoms[i + 1];
  const fewest = typeof next === 'string' && !isSeparator(next.charCodeAt(0)) ? last : at + 1;
  for (let end = last; end >= fewest && end > at; end--) {
    const found = endOf(atoms, i + 1, text, end, accept);
    if (found >= 0) return found;
  }
  return -1;
}

/** The characters \s matches in a JavaScript pattern (white space and line ends). */
const SEPARATORS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, ...Array.from({ length: 11 }, (_, k) => 0x2000 + k)];
const SEPARATOR_SET = new Set(SEPARATORS);

/** `[\s-]`: white space, a line end or a hyphen. */
export function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || (code < 0x80 ? code >= 0x09 && code <= 0x0d : SEPARATOR_SET.has(code));
}

/** One alternative as literal text and separator runs; anything else is refused. */
function parseTerm(pattern: string): Atom[] {
  const atoms: Atom[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; ) {
    if (pattern.startsWith('[\\s-]+', i)) {
      if (literal) atoms.push(literal);
      atoms.push(RUN);
      literal = '';
      i += '[\\s-]+'.length;
    } else if (pattern[i] === '\\' && /^[^A-Za-z0-9]$/.test(pattern[i + 1] ?? '')) {
      literal += pattern[i + 1];
      i += 2;
    } else if ('\\()[]{}|*+?^$.'.includes(pattern[i])) {
      throw new Error(`termSearch: not a plain term pattern: ${pattern}`);
    } else {
      literal += pattern[i++];
    }
  }
  if (literal) atoms.push(literal);
  if (!atoms.length) throw new Error('termSearch: an empty term');
  return atoms;
}

type CharacterTest = (code: number) => boolean;

/** A test of one code point against a one-character class, by table for ASCII. */
function characterTest(characterClass: RegExp): CharacterTest {
  const whole = new RegExp(`^(?:${characterClass.source})$`, characterClass.flags.replace(/[gy]/g, ''));
  const ascii = Uint8Array.from({ length: 128 }, (_, code) => (whole.test(String.fromCharCode(code)) ? 1 : 0));
  const others = new Map<number, boolean>();
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    let answer = others.get(code);
    if (answer === undefined) {
      answer = whole.test(String.fromCodePoint(code));
      others.set(code, answer);
    }
    return answer;
  };
}

/** The code point that ends just before `at` (a surrogate pair read as one, as the u flag reads it). */
function codePointBefore(text: string, at: number): number {
  const last = text.charCodeAt(at - 1);
  if (last >= 0xdc00 && last <= 0xdfff && at >= 2) {
    const lead = text.charCodeAt(at - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return (lead - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}
