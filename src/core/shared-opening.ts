// Many long patterns that open with the same costly alternation (the victim relations all open with
// the asked party's obligation, "will", "is to", "has agreed to", a second "and to" found by a
// lookbehind): V8 compiles the opening into the machine code of every pattern, about 22 KB each,
// and past 16 MB of executable memory it stops optimising the patterns it compiles. Here the
// opening is searched once per text, and each pattern is only the rest, tried where an opening ends.

/**
 * Calls `visit` with each character of a pattern source that is syntax (not escaped, not inside a
 * class), with the group depth after it; stops early when `visit` returns true.
 */
function eachSyntaxCharacter(source: string, visit: (c: string, at: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (visit(c, i, depth)) return;
    }
  }
}

/** The top-level alternatives of a pattern source (split at `|` outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  eachSyntaxCharacter(source, (c, at, depth) => {
    if (c !== '|' || depth !== 0) return;
    parts.push(source.slice(from, at));
    from = at + 1;
  });
  parts.push(source.slice(from));
  return parts;
}

/** How many capture groups a pattern source opens (named or not; lookarounds and `(?:` are not groups). */
export function captureGroups(source: string): number {
  let count = 0;
  eachSyntaxCharacter(source, (c, at) => {
    if (c === '(' && (source[at + 1] !== '?' || (source[at + 2] === '<' && source[at + 3] !== '=' && source[at + 3] !== '!'))) count++;
  });
  return count;
}

/** The source inside one non-capturing group that is the whole source ("(?:a|b)" -> "a|b"), else the source. */
function unwrapped(source: string): string {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return source;
  const inner = source.slice(3, -1);
  // "(?:a)|(?:b)" is not one group: the inner part must not close more groups than it opens.
  let closesOuter = false;
  eachSyntaxCharacter(inner, (c, _at, depth) => (closesOuter = c === ')' && depth < 0));
  return closesOuter ? source : inner;
}

/** The letters an alternative can start with, or null when it is not plain enough to say. */
function firstLetters(alternative: string): Set<string> | null {
  if (/^[a-z](?![?*{])/.test(alternative)) return new Set(alternative[0]);
  if (!alternative.startsWith('(?:')) return null;
  const close = closingOf(alternative);
  if (/^[?*{]/.test(alternative.slice(close + 1))) return null;
  const letters = new Set<string>();
  for (const part of topLevelAlternatives(alternative.slice(3, close))) {
    const first = firstLetters(part);
    if (!first) return null;
    for (const letter of first) letters.add(letter);
  }
  return letters;
}

/** The index of the `)` closing the group that opens a source. */
function closingOf(source: string): number {
  let closing = source.length - 1;
  eachSyntaxCharacter(source, (c, at, depth) => {
    if (c !== ')' || depth !== 0) return false;
    closing = at;
    return true;
  });
  return closing;
}

/**
 * An opening `\b(?:a|b|…)` searched once per text: where it starts, and for each start the places its
 * alternatives end there, in the order the alternation tries them. Each alternative must match at
 * most one way from a place (true of plain words and lookarounds; test/core/shared-opening.test.ts
 * compares every pattern built on one with the whole pattern).
 */
export class SharedOpening {
  private readonly starts: RegExp;
  private readonly alternatives: ReadonlyArray<{ pattern: RegExp; letters: Set<string> | null }>;
  private text: string | null = null;
  /** The places the opening starts, and for each the alternative the search took there (the first that matches) and its end. */
  private found: number[] = [];
  private taken: number[] = [];
  private firstEnd: number[] = [];
  private ends: Array<readonly number[] | undefined> = [];

  constructor(readonly source: string) {
    const alternatives = topLevelAlternatives(unwrapped(source));
    if (captureGroups(source) > 0) throw new Error('a shared opening has no capture groups');
    this.alternatives = alternatives.map((alternative) => ({ pattern: new RegExp(`(?:${alternative})`, 'y'), letters: firstLetters(alternative) }));
    // One group per alternative says which the search took.
    this.starts = new RegExp(`\\b(?:${alternatives.map((alternative) => `(${alternative})`).join('|')})`, 'g');
  }

  /** The places in the text where the opening starts, in order. */
  startsIn(text: string): readonly number[] {
    if (text !== this.text) this.read(text);
    return this.found;
  }

  /** Where the opening's alternatives end from its `k`th start in the text last read, in the alternation's order. */
  endsAt(text: string, k: number): readonly number[] {
    const known = this.ends[k];
    if (known) return known;
    const start = this.found[k];
    const ends = [this.firstEnd[k]];
    // Only alternatives after the one taken can also match here, and only those starting with this letter.
    const letter = text[start];
    for (let a = this.taken[k] + 1; a < this.alternatives.length; a++) {
      const { pattern, letters } = this.alternatives[a];
      if (letters && !letters.has(letter)) continue;
      pattern.lastIndex = start;
      if (pattern.test(text) && !ends.includes(pattern.lastIndex)) ends.push(pattern.lastIndex);
    }
    this.ends[k] = ends;
    return ends;
  }

  private read(text: string): void {
    this.text = text;
    this.found = [];
    this.taken = [];
    this.firstEnd = [];
    this.ends = [];
    this.starts.lastIndex = 0;
    for (let m = this.starts.exec(text); m; m = this.starts.exec(text)) {
      this.found.push(m.index);
      let group = 1;
      while (m[group] === undefined) group++;
      this.taken.push(group - 1);
      this.firstEnd.push(m.index + m[0].length);
      this.starts.lastIndex = m.index + 1;
    }
  }
}

/**
 * A pattern `\b<opening><rest>|\b<opening><rest 2>|…` (flags d and g) searched as its rests from the
 * places the shared opening ends: exec() gives the match the whole pattern gives from `lastIndex`
 * (the same index, text and groups with their offsets), and moves `lastIndex` as it would.
 */
export class OpeningPattern {
  lastIndex = 0;
  private readonly rests: ReadonlyArray<{ pattern: RegExp; groupsBefore: number }>;
  private readonly groups: number;

  constructor(
    private readonly opening: SharedOpening,
    rests: readonly string[],
  ) {
    let groupsBefore = 0;
    this.rests = rests.map((rest) => {
      const entry = { pattern: new RegExp(rest, 'dy'), groupsBefore };
      groupsBefore += captureGroups(rest);
      return entry;
    });
    this.groups = groupsBefore;
  }

  /** The rests of a source that is the opening's pattern alternatives, or null when any alternative does not open with it. */
  static of(opening: SharedOpening, pattern: RegExp): OpeningPattern | null {
    const prefix = `\\b${opening.source}`;
    const alternatives = topLevelAlternatives(pattern.source);
    if (pattern.flags !== 'dg') return null;
    if (!alternatives.every((alternative) => alternative.startsWith(prefix))) return null;
    return new OpeningPattern(
      opening,
      alternatives.map((alternative) => alternative.slice(prefix.length)),
    );
  }

  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    const starts = this.opening.startsIn(text);
    for (let k = 0; k < starts.length; k++) {
      if (starts[k] < from) continue;
      const match = this.matchAt(text, starts[k], k);
      if (match) {
        this.lastIndex = match.index + match[0].length;
        return match;
      }
    }
    this.lastIndex = 0;
    return null;
  }

  /** The match starting at `start`, as the whole pattern's backtracking finds it: each alternative in turn, each place the opening ends. */
  private matchAt(text: string, start: number, k: number): RegExpExecArray | null {
    const ends = this.opening.endsAt(text, k);
    for (const { pattern, groupsBefore } of this.rests) {
      for (const end of ends) {
        pattern.lastIndex = end;
        const rest = pattern.exec(text);
        if (rest) return this.asWholeMatch(text, start, rest, groupsBefore);
      }
    }
    return null;
  }

  /** The rest's match as the whole pattern's: the match from the opening's start, its groups in their places. */
  private asWholeMatch(text: string, start: number, rest: RegExpExecArray, groupsBefore: number): RegExpExecArray {
    const end = rest.index + rest[0].length;
    const values: Array<string | undefined> = [text.slice(start, end)];
    const indices: Array<[number, number] | undefined> = [[start, end]];
    for (let k = 1; k <= this.groups; k++) {
      const own = k - groupsBefore;
      const inRest = own >= 1 && own < rest.length;
      values.push(inRest ? rest[own] : undefined);
      indices.push(inRest ? rest.indices![own] : undefined);
    }
    return Object.assign(values, { index: start, input: text, groups: undefined, indices: Object.assign(indices, { groups: undefined }) }) as unknown as RegExpExecArray;
  }
}
