import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureGroups, OpeningPattern, SharedOpening, topLevelAlternatives } from '../../src/core/shared-opening';
import { MADE_TO, VICTIM_PATTERNS } from '../../src/core/rules/victim-relations';
import { fold } from '../../src/core/text';
import { withoutLookarounds } from '../support/pattern-source';

// The victim relations that open with the obligation are searched from where one shared search of
// the obligation ends. Each must find exactly what the whole pattern finds: the same matches, from
// every place the rule starts a search, with the same groups and offsets.

/** Every match of the pattern as the rule reads them: from the start, then one character after each match. */
function matchesFrom(pattern: { lastIndex: number; exec(text: string): RegExpExecArray | null }, text: string): unknown[] {
  const out: unknown[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push({ index: m.index, groups: [...m], indices: [...m.indices!].map((at) => at && [...at]), lastIndex: pattern.lastIndex });
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

const OBLIGATION = new SharedOpening(MADE_TO);
const SHARED = VICTIM_PATTERNS.flatMap((relation) => {
  const search = OpeningPattern.of(OBLIGATION, relation.pattern);
  return search ? [{ relation, search }] : [];
});

/** Lines around a drawn match: a second obligation before it, "will" that could be "will be asked to", an "and" after a modal. */
const SETTINGS = [(s: string) => s, (s: string) => `mum will be asked to ${s}`, (s: string) => `to ${s} and ${s}`, (s: string) => `she must ring us and ${s}.`, (s: string) => `${s}, and she is to ${s}`];

describe('a shared opening', () => {
  it('splits a source at its top-level bars only', () => {
    expect(topLevelAlternatives('a|(?:b|c)|[|]|\\|d')).toEqual(['a', '(?:b|c)', '[|]', '\\|d']);
  });

  it('counts capture groups, not lookarounds or non-capturing groups', () => {
    expect(captureGroups('(a)(?:b)(?<name>c)(?<=d)(?<!e)(?=f)\\(g[(]')).toBe(2);
  });

  it('takes most of the victim relations', () => {
    expect(SHARED.length).toBeGreaterThan(20);
  });

  SHARED.forEach(({ relation, search }, k) => {
    it(`finds what the whole pattern finds: ${relation.name}`, () => {
      const whole = new RegExp(relation.pattern.source, relation.pattern.flags);
      const loose = new RegExp(withoutLookarounds(relation.pattern.source).replace(/\\b/g, ''));
      const drawn = fc.sample(fc.stringMatching(loose), { numRuns: 2500, seed: 900 + k });
      const exact = new RegExp(relation.pattern.source);
      const found = drawn.filter((s) => exact.test(s));
      expect(found.length).toBeGreaterThan(0);
      for (const line of [...drawn.slice(0, 60), ...found.slice(0, 240)].flatMap((s) => SETTINGS.map((setting) => setting(s)))) {
        expect(matchesFrom(search, line)).toEqual(matchesFrom(whole, line));
      }
    });
  });

  it('finds what the whole patterns find in every labelled corpus line', () => {
    const lines = ['lines.txt', 'holdout.txt'].flatMap((file) => readFileSync(join(__dirname, '../corpus', file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => fold(l.split(' | ').slice(2).join(' | '))));
    expect(lines.length).toBeGreaterThan(200);
    for (const { relation, search } of SHARED) {
      const whole = new RegExp(relation.pattern.source, relation.pattern.flags);
      for (const line of lines) expect(matchesFrom(search, line)).toEqual(matchesFrom(whole, line));
    }
  });
});
