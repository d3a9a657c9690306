import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementTemplate, clearPolicies, getProfile, SECTION_IDS } from '../../src/core';
import { readDocx } from '../../src/io/docx-reader';
import { runCli } from '../cli/run-cli';
import { tempDir } from '../support/temp-dir';

// A council's policy file through the CLI: it changes what is required, what is jargon and which
// headings are recognised; a bad file is exit 2 with one line naming the field.
const dir = tempDir('policy-');
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const northshire = {
  id: 'northshire',
  name: 'Northshire Children\u2019s Services',
  extends: 'derby-derbyshire',
  requiredSections: ['agreement-number', 'copies'],
  reviewWithinWeeks: 6,
  jargon: { add: [{ term: 'family support panel', plain: 'the managers who decide what help a family gets' }], remove: ['core group'] },
  sectionHeadings: { contingency: ['If the plan is not working'], copies: ['Where this goes'] },
  wording: { confidentialAddress: 'Address is confidential and kept on Children\u2019s Services files' },
};
const policy = write('northshire.json', northshire);

const agreement = write(
  'agreement.md',
  [
    '# Written agreement',
    'Date: 2 March 2026',
    '## Who this agreement is between',
    'Kerry Walsh (mum) and Sam Patel, social worker, Northshire Children\u2019s Services.',
    '## Why we are making this agreement',
    'So that Jo is safe at home.',
    '## What we are worried about',
    '1. Jo has missed school.',
    '## What the family will do',
    '1. Kerry will take Jo to school every weekday by 8:45am from 3 March 2026.',
    '2. Kerry will come to the core group meeting on 10 March 2026.',
    '## What the social worker and other professionals will do',
    '1. Sam Patel (social worker) will take the plan to the family support panel by 9 March 2026.',
    '## If the plan is not working',
    'If Jo misses school again, Sam will arrange a meeting with Kerry within a week to talk about what help is needed.',
    '## When we will review this agreement',
    'Review date: 30 March 2026',
    '## Where this goes',
    'Kerry Walsh, Sam Patel and Jo\u2019s school.',
    '## Signatures',
    'Kerry Walsh, signed, 2 March 2026. Sam Patel, signed, 2 March 2026.',
  ].join('\n'),
);

afterEach(() => clearPolicies());

const report = (args: string[]) => {
  const { code, stdout, stderr } = runCli(['--json', '--fail-on', 'none', ...args, agreement]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as { profile: string; missingSections: string[]; findings: Array<{ ruleId: string; excerpt: string }> };
};
const jargon = (r: ReturnType<typeof report>) => r.findings.filter((f) => f.ruleId === 'jargon').map((f) => f.excerpt.toLowerCase());

test('the policy changes what is required, what is jargon and which headings are recognised', () => {
  const derby = report(['--profile', 'derby-derbyshire']);
  const council = report(['--policy', policy]);
  expect(council.profile).toBe('northshire');
  // Derby requires child details, how long and a legal notice; Northshire asks only for number and copies beyond the core.
  expect(derby.missingSections).toEqual(expect.arrayContaining(['child-details', 'duration', 'legal-notice', 'agreement-number', 'copies']));
  expect(council.missingSections).toEqual(['agreement-number']);
  // Removing "core group" allows its whole entry, "core group meeting" included.
  expect(jargon(derby)).toContain('core group meeting');
  expect(jargon(council).filter((term) => term.startsWith('core group'))).toEqual([]);
  expect(jargon(derby)).not.toContain('family support panel');
  expect(jargon(council)).toContain('family support panel');
  // "Where this goes" is the council's heading for who gets a copy (no general cue knows it; "Sharing this agreement" is now a copies cue).
  expect(derby.missingSections).toContain('copies');
  expect(council.missingSections).not.toContain('copies');
});

test('the review limit comes from the policy', () => {
  const weeks = (n: number) => report(['--policy', write(`review-${n}.json`, { ...northshire, reviewWithinWeeks: n })]);
  const reviewFindings = (r: ReturnType<typeof report>) => r.findings.filter((f) => f.ruleId === 'review-date');
  // The review is 4 weeks after the agreement date.
  expect(reviewFindings(weeks(6))).toHaveLength(0);
  expect(reviewFindings(weeks(3)).length).toBeGreaterThan(0);
});

test('`new --policy` writes the template with the policy\u2019s headings and wording', () => {
  const output = join(dir, 'northshire-template.docx');
  const { code, stdout } = runCli(['new', '--policy', policy, output]);
  expect(code).toBe(0);
  expect(stdout).toContain('Northshire');
  const { blocks } = readDocx(readFileSync(output));
  expect(blocks.some((b) => b.kind === 'heading' && b.tag === 'contingency' && b.text === 'If the plan is not working')).toBe(true);
  expect(new Set(blocks.filter((b) => !b.origin).map((b) => b.tag).filter(Boolean))).toEqual(new Set(SECTION_IDS));
  expect(agreementTemplate(getProfile('northshire')).sections.find((s) => s.id === 'child-details')!.guidance).toContain('kept on Children\u2019s Services files');
});

test('the checklist names the policy it was checked against', () => {
  const { stdout } = runCli(['--json', '--checklist', '--fail-on', 'none', '--policy', policy, agreement]);
  const labels: string[] = JSON.parse(stdout).checklist.map((item: { label: string }) => item.label);
  expect(labels.some((label) => label.includes('Northshire Children\u2019s Services, policy northshire'))).toBe(true);
});

test.each([
  ['an unknown section id', { ...northshire, requiredSections: ['agreement-number', 'copys'] }, /^agreement-check: .*bad\.json: requiredSections\[1\]: "copys" is not one of participants, /],
  ['a wrong type', { ...northshire, reviewWithinWeeks: 'six' }, /: reviewWithinWeeks: must be a whole number$/],
  ['an unknown field', { ...northshire, reviewWeeks: 6 }, /: reviewWeeks: is not a policy field/],
  ['a missing field', { id: 'x', name: 'X' }, /: extends: is required$/],
  ['an unknown profile to extend', { ...northshire, extends: 'derby' }, /: extends: "derby" is not one of default, rutland, cin-cp, derby-derbyshire$/],
  ['a built-in id', { ...northshire, id: 'rutland' }, /: id: "rutland" is a built-in profile; choose your own id$/],
  ['jargon to remove that is not in the list', { ...northshire, jargon: { remove: ['core grop'] } }, /: jargon\.remove\[0\]: "core grop" is not in the built-in jargon list$/],
  ['a heading for an unknown section', { ...northshire, sectionHeadings: { contingncy: ['If'] } }, /: sectionHeadings\.contingncy: is not a section id/],
  ['an empty heading', { ...northshire, sectionHeadings: { contingency: [' '] } }, /: sectionHeadings\.contingency\[0\]: must not be empty$/],
  ['JSON that does not parse', '{ "id": "x", ', /: is not valid JSON/],
])('%s: exit 2 and one line naming the field', (_name, value, message) => {
  const { code, stdout, stderr } = runCli(['--policy', write('bad.json', value), agreement]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at /);
});

test('a missing policy file and --profile with --policy are one-line errors too', () => {
  expect(runCli(['--policy', join(dir, 'none.json'), agreement]).stderr).toMatch(/none\.json: no such file\n$/);
  const both = runCli(['--profile', 'rutland', '--policy', policy, agreement]);
  expect(both.code).toBe(2);
  expect(both.stderr).toMatch(/use --profile or --policy, not both/);
});
