import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../src/core';
import { CIN_CP, DERBY, PLAIN_ENGLISH, RUTLAND } from '../../src/core/guidance';
import { shortCitation } from '../../src/cli/format';
import { runCli } from './run-cli';
import { tempDir } from '../support/temp-dir';

// What a social worker reads: one short citation per finding, the same severity words everywhere,
// the section and a quotation rather than a paragraph number, and each missing part once.
const root = join(__dirname, '..', '..');
const derbyExample = join(root, 'test', 'fixtures', 'derby-worked-example.docx');

test('short citations name the profile\u2019s own document and section', () => {
  expect(shortCitation(`${DERBY}, §6 Writing the agreement`, DERBY)).toBe('Derby §6');
  expect(shortCitation(`${CIN_CP}, §2.3 Timeframe; ${DERBY}, Appendix 1 template`, DERBY)).toBe('Derby Appendix 1');
  expect(shortCitation(`${CIN_CP}, §2.3 Timeframe; ${DERBY}, Appendix 1 template`, RUTLAND)).toBe('CIN/CP §2.3');
  expect(shortCitation(PLAIN_ENGLISH, DERBY)).toBe('Derby §6');
  expect(shortCitation(PLAIN_ENGLISH, '')).toBe('Plain English');
});

test('--rules uses the report\u2019s severity words (note, never info)', () => {
  const { stdout } = runCli(['--rules']);
  expect(stdout).not.toMatch(/, info\)/);
  const notes = ALL_RULES.filter((rule) => rule.severity === 'info');
  for (const rule of notes) expect(stdout).toContain(`${rule.id} (${rule.category}, note)`);
});

test('the report gives a short citation and a quotation, not paragraph numbers; --verbose adds both', () => {
  const plain = runCli(['--fail-on', 'none', '--profile', 'derby-derbyshire', derbyExample]).stdout;
  expect(plain).not.toMatch(/paragraph \d+/);
  expect(plain).not.toMatch(/Guidance: Derby and Derbyshire Safeguarding/);
  expect(plain).toMatch(/warning jargon {2}\(Derby §6\)\n {6}.*\[Core Agencies\]/);
  const verbose = runCli(['--verbose', '--fail-on', 'none', '--profile', 'derby-derbyshire', derbyExample]).stdout;
  expect(verbose).toMatch(/warning jargon {2}paragraph \d+ {2}\(Derby §6\)/);
  expect(verbose).toContain('Guidance: Plain English practice (Plain English Campaign');
  // JSON keeps the full citation.
  const json = JSON.parse(runCli(['--json', '--fail-on', 'none', '--profile', 'derby-derbyshire', derbyExample]).stdout);
  expect(json.findings.find((f: { ruleId: string }) => f.ruleId === 'jargon').source).toBe(PLAIN_ENGLISH);
});

test('a review section without a date is reported as such, not under Missing', () => {
  const { stdout } = runCli(['--fail-on', 'none', '--profile', 'derby-derbyshire', derbyExample]);
  const missing = stdout.split('\n').find((line) => line.startsWith('  Missing'))!;
  expect(missing).not.toMatch(/review/i);
  expect(stdout).toMatch(/\n {2}When we will review this agreement: The review is described but has no actual date/);
});

test('a blank template lists each empty part once', () => {
  const dir = tempDir('format-');
  const blank = join(dir, 'blank.docx');
  expect(runCli(['new', '--profile', 'cin-cp', blank]).code).toBe(0);
  const { stdout } = runCli(['--fail-on', 'none', '--profile', 'cin-cp', blank]);
  for (const heading of ['Who this agreement is between', 'What the family will do', 'If things go wrong', 'Who gets a copy', 'What the social worker and other professionals will do']) {
    expect(stdout.split(heading).length - 1).toBe(1);
  }
});

test('the installed command applies a policy in its worker threads too', () => {
  const dir = tempDir('format-');
  const policy = join(dir, 'p.json');
  writeFileSync(policy, JSON.stringify({ id: 'northshire', name: 'Northshire', extends: 'derby-derbyshire', jargon: { remove: ['core agencies'] } }));
  const out = execFileSync(process.execPath, [join(root, 'bin', 'agreement-check.js'), '--json', '--fail-on', 'none', '--policy', policy, derbyExample], { encoding: 'utf8' });
  const report = JSON.parse(out);
  expect(report.profile).toBe('northshire');
  expect(report.findings.some((f: { excerpt: string }) => /core agencies/i.test(f.excerpt))).toBe(false);
}, 60_000);
