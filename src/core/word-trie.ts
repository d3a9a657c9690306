// Word lists merged by their shared beginnings into one pattern (a trie written as a regular
// expression), for the word gates and the term search's candidates.
interface TrieNode {
  children: Map<string, TrieNode>;
  /** An alternative ends here. */
  end: boolean;
}

/**
 * `\b(?:a|b|…)`: one of the alternatives where a word starts, merged by shared beginnings (a text
 * without any fails after a letter or two at each word instead of after trying every alternative).
 * The same strings match as with the alternatives listed flat.
 */
export function anyAtWordStart(alternatives: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${trieSource(alternatives)})`, flags);
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

