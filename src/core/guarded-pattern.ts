// A pattern behind a cheap test. Most paragraphs lack the few words a long pattern needs, and
// testing for those words is far quicker than trying the pattern at every position; the cheap test
// must pass for every text the pattern matches (test/core/prefilters.test.ts checks each one).

export interface GuardedPattern {
  /** Something every match contains: texts failing this are not searched with `pattern`. */
  needs: RegExp;
  pattern: RegExp;
  /** `pattern.test(text)`, asked only of texts that pass `needs`. */
  test(text: string): boolean;
}

export function guarded(needs: RegExp, pattern: RegExp): GuardedPattern {
  return { needs, pattern, test: (text) => needs.test(text) && pattern.test(text) };
}

/** An alternative of a long alternation that is costly to try and needs words most texts lack. */
export interface GuardedAlternative {
  source: string;
  /** Something every match of `source` contains. */
  needs: RegExp;
}

/**
 * One alternation (`\b(?:a|b|…)`) in which some alternatives are guarded. For a text, `for(text)` is
 * the alternation without the guarded alternatives whose words the text lacks: those could match
 * nowhere in it, so every match, its place and its length are the same as with `full`. Each
 * combination of guarded alternatives is compiled once, when first needed.
 */
export class GuardedAlternation {
  /** The whole alternation. */
  readonly full: RegExp;
  private readonly guards: GuardedAlternative[];
  private readonly variants = new Map<number, RegExp>();

  constructor(
    private readonly alternatives: ReadonlyArray<string | GuardedAlternative>,
    private readonly flags: string,
  ) {
    this.guards = alternatives.filter((alternative): alternative is GuardedAlternative => typeof alternative !== 'string');
    this.full = this.compile(~0);
  }

  for(text: string): RegExp {
    let present = 0;
    for (let k = 0; k < this.guards.length; k++) if (this.guards[k].needs.test(text)) present |= 1 << k;
    let pattern = this.variants.get(present);
    if (!pattern) {
      pattern = this.compile(present);
      this.variants.set(present, pattern);
    }
    return pattern;
  }

  /** The alternation with the guarded alternatives whose bits are set in `present` (and every other). */
  private compile(present: number): RegExp {
    const sources: string[] = [];
    let k = 0;
    for (const alternative of this.alternatives) {
      if (typeof alternative === 'string') sources.push(alternative);
      else if (present & (1 << k++)) sources.push(alternative.source);
    }
    return new RegExp(`\\b(?:${sources.join('|')})`, this.flags);
  }
}
