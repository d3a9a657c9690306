import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementTemplate, getProfile, SECTION_IDS } from '../../src/core';
import { readDocx } from '../../src/io/docx-reader';
import { runCli } from './run-cli';
import { toolPath, withTools } from '../support/system-tools';
import { tempDir } from '../support/temp-dir';

const office = withTools('soffice', 'pdftotext');

const dir = tempDir('new-agreement-');
const output = join(dir, 'agreement.docx');

test('`new` writes a template with a tagged content control for every section', () => {
  const { code, stdout } = runCli(['new', '--profile', 'cin-cp', output]);
  expect(code).toBe(0);
  expect(stdout).toMatch(/Wrote a blank written agreement/);
  const { blocks } = readDocx(readFileSync(output));
  const tags = new Set(blocks.filter((b) => !b.origin).map((b) => b.tag).filter(Boolean));
  expect([...tags].sort()).toEqual([...SECTION_IDS].sort());
  // The same definition the add-in uses: every heading in the template is in the document.
  for (const section of agreementTemplate(getProfile('cin-cp')).sections) {
    expect(blocks.some((b) => b.kind === 'heading' && b.text === section.heading && b.tag === section.id)).toBe(true);
  }
});

test('a blank template is reported as missing its content', () => {
  const { stdout } = runCli(['--json', '--profile', 'cin-cp', output]);
  const report = JSON.parse(stdout);
  expect(report.missingSections).toEqual(expect.arrayContaining(['review-date', 'contingency', 'professional-commitments', 'family-commitments']));
  expect(report.missingSections).not.toContain('legal-notice');
});

office.test('LibreOffice opens the template and renders its headings', () => {
  // A real word processor, not our own reader, must accept the file.
  const profileDir = tempDir('lo-profile-');
  execFileSync(toolPath('soffice')!, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, output], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, 'agreement.pdf');
  expect(existsSync(pdf)).toBe(true);
  const text = execFileSync(toolPath('pdftotext')!, ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const heading of ['Written agreement', 'What the family will do', 'If things go wrong', 'When we will review this agreement', 'Team manager']) {
    expect(text).toContain(heading);
  }
}, 150_000);
