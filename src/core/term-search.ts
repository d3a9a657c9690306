// Finding any of a long list of words with Unicode lookarounds ("not inside a word") at every
// position of a paragraph was a large share of the jargon and acronym rules. A plain pattern
// without lookarounds and without Unicode mode, its alternatives merged into a tree of shared
// beginnings (a trie, so a few character tests rule out every term at a place), finds the next
// place where some alternative matches; the exact pattern, sticky, then decides at that place
// alone. Every place where the exact pattern can match is such a place, so the matches are the
// ones a global search with the exact pattern finds.
import { countWork } from './work-counter';

/**
 * A search for `${before}(?:${alternatives})${after}` with flags 'u' or '' (no 'i'): `before` and
 * `after` must be lookarounds (with options.wordStart, `before` must reject a previous ASCII
 * letter or digit), and each alternative a non-empty run of literal characters, escaped
 * punctuation and simple character classes, which match the same text with or without Unicode
 * mode. The returned function gives the next match at or after `from`, as exec() with
 * lastIndex = from on the global pattern would.
 */
export function termSearch(alternatives: readonly string[], before: string, after: string, flags: '' | 'u', options: { wordStart?: boolean } = {}): (text: string, from: number) => RegExpExecArray | null {
  for (const alternative of alternatives) assertPlain(alternative);
  const exact = new RegExp(`${before}(?:${alternatives.join('|')})${after}`, `${flags}y`);
  // Only where a candidate matches matters, not which alternative, so merging shared beginnings
  // (which keeps the set of strings matched) is safe.
  const grouped = trieSource(alternatives);
  const anywhere = new RegExp(grouped, 'g');
  // wordStart: the caller's `before` only allows a match where the previous character is not an
  // ASCII letter or digit. If every alternative starts with one, a match also needs \b there,
  // unless the previous character is '_' (a word character that is not a letter or digit); so in
  // a text without '_', candidates can be looked for only at word boundaries, which is faster.
  const atWordStart = options.wordStart && alternatives.every((a) => /^[A-Za-z0-9]/.test(a)) ? new RegExp(`\\b(?:${grouped})`, 'g') : null;
  // Callers ask again and again in one text, from one match to the next: look for '_' once per text,
  // not once per call (that made a text full of terms quadratic).
  let lastText: string | undefined;
  let lastHasUnderscore = false;
  return (text: string, from: number) => {
    if (text !== lastText) {
      lastText = text;
      lastHasUnderscore = text.includes('_');
      countWork(text.length);
    }
    const candidate = atWordStart && !lastHasUnderscore ? atWordStart : anywhere;
    candidate.lastIndex = from;
    let found: RegExpExecArray | null;
    while ((found = candidate.exec(text))) {
      exact.lastIndex = found.index;
      const match = exact.exec(text);
      if (match) {
        countWork(match.index + match[0].length - from);
        return match;
      }
      candidate.lastIndex = found.index + 1;
    }
    countWork(text.length - from);
    return null;
  };
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** An alternative ends here. */
  end: boolean;
}

/** The alternatives as one pattern of shared beginnings: "court|core|core group" as "co(?:urt|re(?: group)?)". */
export function trieSource(alternatives: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const alternative of alternatives) {
    let node = root;
    for (let rest = alternative; rest; ) {
      const atom = firstAtom(rest);
      rest = rest.slice(atom.length);
      let child = node.children.get(atom);
      if (!child) {
        child = { children: new Map(), end: false };
        node.children.set(atom, child);
      }
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

/** Every way on from a node to the end of an alternative, as one pattern. */
function branches(node: TrieNode): string {
  const ways = [...node.children].map(([atom, child]) => {
    if (child.children.size === 0) return atom;
    const on = branches(child);
    if (child.end) return `${atom}(?:${on})?`;
    return child.children.size > 1 ? `${atom}(?:${on})` : atom + on;
  });
  return ways.join('|');
}

/** The first atom of a pattern: a character class with its quantifier, an escape, or one character. */
function firstAtom(pattern: string): string {
  if (pattern[0] === '[') {
    const end = pattern.indexOf(']') + 1;
    return pattern.slice(0, '+*?'.includes(pattern[end] ?? '') ? end + 1 : end);
  }
  return pattern.slice(0, pattern[0] === '\\' ? 2 : 1);
}

/** Refuse patterns whose meaning could differ between the candidate and the exact search. */
function assertPlain(pattern: string): void {
  const rest = pattern.replace(/\[(?:\\s|[^\][\\])*\][+*?]?|\\[^A-Za-z0-9]/g, '');
  if (!pattern || /[\\()[\]{}|*+?^$.]/.test(rest)) throw new Error(`termSearch: not a plain term pattern: ${pattern}`);
}
