import { analyse } from '../../src/core';
import { DERBY_WORKED_EXAMPLE } from './derby-example';

// The acceptance case from the foundation issue: Appendix 2 of the Derby and Derbyshire guidance.
const result = analyse(DERBY_WORKED_EXAMPLE, { profile: 'derby-derbyshire' });
const paragraphOf = (start: string) => result.paragraphs.findIndex((p) => p.startsWith(start));
const categoriesOn = (index: number) => new Set(result.findings.filter((f) => f.paragraph === index).map((f) => f.category));

test('professional commitments and contingency are present', () => {
  expect(result.sections['professional-commitments']?.present).toBe(true);
  expect(result.sections.contingency?.present).toBe(true);
  expect(result.missingSections).not.toContain('professional-commitments');
  expect(result.missingSections).not.toContain('contingency');
});

test('the review "at each Core Group meeting" is reported as missing a date', () => {
  expect(result.missingSections).toContain('review-date');
  const review = paragraphOf('The agreement will be reviewed at each Core Group');
  expect(result.findings.some((f) => f.category === 'missing-section' && f.paragraph === review)).toBe(true);
});

test('working with Lantern House to address their drinking is vague', () => {
  const line = paragraphOf('Ms Smith and Mr Smith will work with Lantern House');
  const hit = result.findings.find((f) => f.paragraph === line && f.category === 'vague-task');
  expect(hit?.severity).toBe('warning');
});

test('making Ms Smith keep Mr Smith out of the home raises the victim-responsibility prompt', () => {
  const line = paragraphOf('If Mr Smith has been drinking');
  expect(categoriesOn(line).has('victim-responsibility')).toBe(true);
});

test('the specific school-attendance task is not flagged', () => {
  const line = paragraphOf('Ms Smith will ensure that Jo and Sam are at Top School on time every day.');
  expect(line).toBeGreaterThan(0);
  expect([...categoriesOn(line)]).toEqual([]);
});

test('the Derby profile asks for a legal notice and copies list, which the example lacks', () => {
  expect(result.missingSections).toEqual(expect.arrayContaining(['legal-notice', 'copies']));
  expect(result.missingSections).not.toContain('signatures');
  expect(result.missingSections).not.toContain('team-manager-signature');
});

test('every finding points at its own excerpt', () => {
  for (const f of result.findings) expect(result.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
});
