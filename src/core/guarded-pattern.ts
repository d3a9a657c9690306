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
