import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingMessage } from './system-tools';
import { tempDir } from './temp-dir';

// The detection itself, with tools named through their environment variables so the result does
// not depend on what this machine has installed.
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  jest.resetModules();
});

test('a tool named by its environment variable is found there, and a wrong path means missing', () => {
  process.env.XMLLINT_PATH = process.execPath;
  process.env.SOFFICE_PATH = '/no/such/soffice';
  const fresh: typeof import('./system-tools') = jest.requireActual('./system-tools');
  expect(fresh.toolPath('xmllint')).toBe(process.execPath);
  expect(fresh.toolPath('soffice')).toBeUndefined();
  expect(fresh.missingTools(['xmllint', 'soffice'])).toEqual(['soffice']);
});

test('the message for a missing tool names the command that installs it', () => {
  expect(missingMessage(['soffice'])).toMatch(/LibreOffice .*not found: sudo apt-get install --no-install-recommends libreoffice-writer-nogui/);
  expect(missingMessage(['pdftotext', 'xmllint'])).toMatch(/apt-get install poppler-utils; .*apt-get install libxml2-utils/);
  expect(missingMessage(['manifest-schemas'])).toMatch(/MANIFEST_SCHEMAS/);
});

test('a program is found on PATH, and not when PATH lacks it', () => {
  const dir = tempDir('path-');
  writeFileSync(join(dir, 'pdftoppm'), '#!/bin/sh\n', { mode: 0o755 });
  writeFileSync(join(dir, 'pdftotext'), 'not executable', { mode: 0o644 });
  process.env.PATH = dir;
  delete process.env.PDFTOPPM_PATH;
  delete process.env.PDFTOTEXT_PATH;
  const fresh: typeof import('./system-tools') = jest.requireActual('./system-tools');
  expect(fresh.toolPath('pdftoppm')).toBe(join(dir, 'pdftoppm'));
  expect(fresh.toolPath('pdftotext')).toBeUndefined();
});
