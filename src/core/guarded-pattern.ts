// A pattern behind a cheap test. Most paragraphs lack the few words a long pattern needs, and
// testing for those words is far quicker than trying the pattern at every position; the cheap test
// must pass for every text the pattern matches (test/core/prefilters.test.ts checks each one).
import { literalTest } from './literal-needs';
import { WordGate } from './word-gate';

export interface GuardedPattern {
  /** Something every match contains: texts failing this are not searched with `pattern`. */
  needs: RegExp;
  pattern: RegExp;
  /** `pattern.test(text)`, asked only of texts that pass `needs`. */
  test(text: string): boolean;
}

export function guarded(needs: RegExp, pattern: RegExp): GuardedPattern {
  // Past the cheap test, the literals the pattern needs (literal-needs.ts): a pattern never run is never compiled.
  const holdsLiterals = literalTest(pattern);
  return { needs, pattern, test: (text) => needs.test(text) && holdsLiterals(text) && pattern.test(text) };
}

/**
 * A guarded alternation asked only whether it matches: each alternative is tested as a pattern of its
 * own, which says the same (a text matches the alternation when it matches one of them). One long
 * alternation of lookarounds and bounded repeats compiles to far more machine code than its parts
 * (OCCASION 417 KB, KEPT_RULE 440 KB), and V8 stops optimising patterns past 16 MB of code.
 * `pattern`, the whole alternation, is kept for the tests of the cheap test and is never run here.
 */
export function guardedAny(needs: RegExp, alternatives: readonly string[]): GuardedPattern {
  const parts = alternatives.map((source) => {
    const part = new RegExp(source);
    const holdsLiterals = literalTest(part);
    return (text: string) => holdsLiterals(text) && part.test(text);
  });
  const pattern = new RegExp(alternatives.join('|'));
  return { needs, pattern, test: (text) => needs.test(text) && parts.some((part) => part(text)) };
}

/** An alternative of a long alternation, and the words every match of it holds. */
export interface GatedAlternative {
  source: string;
  /** Every match of `source` holds one of these (folded) strings where a word starts. */
  needs: readonly string[];
}

/** Where a match is: its first index and the index after it. */
export interface Span {
  index: number;
  end: number;
}

/**
 * One long alternation (`\b(?:a|b|…)` with the g flag) searched as its alternatives, each its own
 * pattern, and each only in texts holding one of its words (one scan for all the words first). As
 * one pattern, the vague actions compiled to 1.2 MB of machine code, and V8 stops optimising every
 * pattern it compiles once its executable memory passes 16 MB. The first match at or after a place
 * is the earliest of the alternatives' first matches there, the earlier alternative winning a tie:
 * the match the whole alternation finds, as it tries its alternatives in order at each place.
 */
export class GatedAlternation {
  private readonly gate: WordGate<GatedAlternative & { pattern: RegExp; holdsLiterals: (text: string) => boolean }>;
  private text = '';
  private present: ReadonlyArray<{ pattern: RegExp; holdsLiterals: (text: string) => boolean }> = [];

  constructor(readonly alternatives: readonly GatedAlternative[]) {
    this.gate = new WordGate(
      alternatives.map((alternative) => {
        const pattern = new RegExp(`\\b(?:${alternative.source})`, 'g');
        return { ...alternative, pattern, holdsLiterals: literalTest(pattern) };
      }),
    );
  }

  /** The first match at or after `from`, as exec() of the whole alternation from lastIndex `from` finds it. */
  exec(text: string, from: number): Span | null {
    if (text !== this.text) {
      this.text = text;
      // An alternative whose literals the text lacks is dropped here, before it is ever run.
      this.present = this.gate.passing(text).filter((alternative) => alternative.holdsLiterals(text));
    }
    let first: Span | null = null;
    for (const { pattern } of this.present) {
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      if (m && (!first || m.index < first.index)) first = { index: m.index, end: m.index + m[0].length };
    }
    return first;
  }
}
