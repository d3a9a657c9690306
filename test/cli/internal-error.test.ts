import { join } from 'node:path';
import { runCli } from './run-cli';

// A fault inside the checker on one file must look like any other per-file failure: one line,
// no stack trace, exit code 2, and the next file is still checked.
jest.mock('../../src/cli/report', () => {
  const actual = jest.requireActual('../../src/cli/report');
  return {
    ...actual,
    buildReport: (file: string, ...rest: unknown[]) => {
      if (file.includes('derby')) throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return actual.buildReport(file, ...rest);
    },
  };
});

test('an internal error on one file is reported in one line and the others are still checked', () => {
  const fixture = (name: string) => join(__dirname, '..', 'fixtures', name);
  const { code, stdout, stderr } = runCli([fixture('derby-worked-example.docx'), fixture('label-table.docx')]);
  expect(code).toBe(2);
  expect(stderr).toBe(`agreement-check: ${fixture('derby-worked-example.docx')}: the checker failed on this file (an internal error; please report it)\n`);
  expect(stdout).toContain('label-table.docx');
});
