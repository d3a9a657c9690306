// Helpers for property tests that draw strings from a pattern with fast-check, which cannot draw
// from lookaheads or lookbehinds.

/**
 * The pattern's source with its lookaheads and lookbehinds left out. They only narrow what matches,
 * so strings drawn from the rest are filtered by the exact pattern afterwards.
 */
export function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      i = endOfGroup(source, i);
    } else out += source[i];
  }
  return out;
}

/** The index of the `)` that closes the group opening at `from`. */
function endOfGroup(source: string, from: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}
