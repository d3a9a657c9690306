import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DURATION_TEXT, EVERY_DURATION } from '../../src/core/section-evidence';
import { fold } from '../../src/core/text';
import { withoutLookarounds } from '../support/pattern-source';

// Patterns run in a shape that compiles to less machine code than the one they are written in
// must find exactly the same matches.

/** Every match from the start, one character on after each (index and text). */
function allMatches(pattern: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push([m.index, m[0]]);
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** The source without \b and lookarounds, for fast-check to draw from (the whole pattern filters the draws). */
function loosened(source: string): RegExp {
  return new RegExp(withoutLookarounds(source).replace(/\\b/g, ''));
}

describe('the duration wording as it is run', () => {
  const written = new RegExp(DURATION_TEXT.source, 'g');

  it('finds what the written pattern finds in drawn lines', () => {
    const drawn = fc.sample(fc.stringMatching(loosened(DURATION_TEXT.source)), { numRuns: 3000, seed: 5 });
    const lines = drawn.flatMap((s) => [s, `the plan and the ${s}`, `${s}, this agreement, for now, will last ${s}`]);
    expect(lines.filter((line) => DURATION_TEXT.test(line)).length).toBeGreaterThan(500);
    for (const line of lines) expect(allMatches(EVERY_DURATION, line)).toEqual(allMatches(written, line));
  });

  it('finds what the written pattern finds in every labelled corpus line', () => {
    const lines = ['lines.txt', 'holdout.txt'].flatMap((file) => readFileSync(join(__dirname, '../corpus', file), 'utf8').split('\n').map((line) => fold(line)));
    for (const line of lines) expect(allMatches(EVERY_DURATION, line)).toEqual(allMatches(written, line));
  });
});
