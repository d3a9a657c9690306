import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { tempDir } from '../support/temp-dir';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', name);
const temp = tempDir('agreement-check-');

describe('--json', () => {
  const { code, stdout } = runCli(['--json', fixture('derby-worked-example.docx')]);
  const report = JSON.parse(stdout);

  test('one file gives one object in the documented shape', () => {
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'profile', 'paragraphs', 'findings', 'sections', 'missingSections']));
    expect(report.profile).toBe('default');
    expect(report.missingSections).toContain('review-date');
    expect(report.sections.contingency).toEqual({ present: true, paragraphs: expect.any(Array) });
  });

  test('every finding indexes paragraphs and its excerpt is that slice', () => {
    expect(report.findings.length).toBeGreaterThan(5);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'message', 'paragraph', 'start', 'end', 'excerpt', 'suggestions', 'source']));
      expect(report.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
    }
  });

  test('errors give exit code 1 by default', () => {
    expect(code).toBe(1);
  });

  test('several files give an array', () => {
    const many = runCli(['--json', fixture('derby-worked-example.docx'), fixture('label-table.docx')]);
    const parsed = JSON.parse(many.stdout);
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed.map((r: { file: string }) => r.file)).toEqual([fixture('derby-worked-example.docx'), fixture('label-table.docx')]);
  });
});

describe('exit codes and --fail-on', () => {
  const good = join(temp, 'good.md');
  writeFileSync(
    good,
    [
      '# Written agreement',
      '**Date:** 1 December 2026',
      'This is an agreement between Kerry Walsh and Northshire Children\u2019s Services.',
      '## Why we are making this agreement',
      'So that Liam is at school every day.',
      '## What we are worried about',
      '- Liam has missed 14 school days since September.',
      '## What Kerry will do',
      '- Kerry will walk Liam to Hillside Primary School by 8.45am every school day.',
      '## What professionals will do',
      '- Hannah Okafor (social worker) will visit every Tuesday at 4pm.',
      '## If things go wrong',
      'If the agreement is not kept, Hannah Okafor will arrange a meeting within five working days.',
      '## Review',
      'We will review this agreement on 12 January 2027.',
      '## Signatures',
      '| Name | Signature | Date |',
      '| --- | --- | --- |',
      '| Kerry Walsh | | |',
    ].join('\n'),
  );

  test('a clean agreement exits 0, and 1 with --fail-on warning only if it has warnings', () => {
    const result = runCli([good]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const strict = runCli(['--fail-on', 'warning', good]);
    const parsed = JSON.parse(runCli(['--json', good]).stdout);
    const hasWarnings = parsed.findings.some((f: { severity: string }) => f.severity !== 'info');
    expect(strict.code).toBe(hasWarnings ? 1 : 0);
    expect(parsed.missingSections).toEqual([]);
  });

  test('human output groups findings by section with the excerpt and a suggestion', () => {
    const { stdout } = runCli([fixture('derby-worked-example.docx')]);
    expect(stdout).toContain('What the family will do');
    expect(stdout).toMatch(/\[work with Lantern House to address\]/);
    expect(stdout).toMatch(/Try: /);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  test('--fail-on none reports findings but exits 0', () => {
    const result = runCli(['--fail-on', 'none', fixture('derby-worked-example.docx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/errors?, \d+ warnings/);
  });

  test('unknown options and profiles are usage errors', () => {
    expect(runCli(['--nope', good]).code).toBe(2);
    expect(runCli(['--profile', 'atlantis', good]).stderr).toMatch(/Unknown profile/);
  });
});

test('--checklist reports tracked changes with their section and what they fix', () => {
  const { stdout } = runCli(['--json', '--checklist', fixture('tracked-changes.docx')]);
  const report = JSON.parse(stdout);
  expect(report.trackedChanges).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: 'insertion', author: 'Team Manager', section: 'review-date', text: 'on 12 January 2027 ' }),
      expect.objectContaining({ type: 'deletion', section: 'family-commitments', text: 'try to ' }),
      expect.objectContaining({ type: 'formatting', author: 'Team Manager', section: 'contingency', text: 'Hannah Okafor' }),
    ]),
  );
  const review = report.checklist.find((item: { id: string }) => item.id === 'review-date');
  expect(review).toMatchObject({ kind: 'automatic', status: 'pass' });
  expect(report.checklistChanges).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'review-date', before: 'fail', after: 'pass', effect: 'fixes' })]));
  expect(report.checklist.filter((item: { kind: string }) => item.kind === 'confirmation').every((item: { status: string }) => item.status === 'unconfirmed')).toBe(true);
});
