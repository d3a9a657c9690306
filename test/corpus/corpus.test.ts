import { readLines, scoreAgreements, scoreLines } from './score';

// Floors the engine must keep on the labelled corpus (npm run score prints the full table).
// These lines and agreements were written alongside the rules, so they guard against
// regressions; the held-out set (holdout.test.ts) is the fairer estimate.
const { scores, errors } = scoreLines();

test.each(scores.map((s) => [s.category, s] as const))('%s: precision >= 0.9 and recall >= 0.85', (_category, score) => {
  const mistakes = errors.filter((e) => e.category === score.category).map((e) => `${e.kind}: ${e.line.text}`);
  expect({ precision: score.precision >= 0.9, recall: score.recall >= 0.85, mistakes }).toEqual({ precision: true, recall: true, mistakes: expect.any(Array) });
});

describe('whole agreements', () => {
  const agreements = scoreAgreements();
  test('there are at least 10, in several layouts', () => {
    expect(agreements.length).toBeGreaterThanOrEqual(10);
  });
  test.each(agreements.map((a) => [a.name, a] as const))('%s: every section decision right, expected flags found, clean lines clean', (_name, a) => {
    expect(a.wrongDecisions).toEqual([]);
    expect(a.flagsMissed).toEqual([]);
    expect(a.falseFlags).toEqual([]);
  });
});

test('lines.txt holds at least 150 labelled lines', () => {
  expect(readLines().length).toBeGreaterThanOrEqual(150);
});
