import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ALL_RULES } from '../../src/core';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { ENGINE_TIME } from '../../src/cli/timing';
import { GATE_TIME } from '../../src/core/rule-runner';
import { runCli } from './run-cli';

// --timing prints, to stderr, how long each check took over all the files (as ESLint's TIMING=1):
// check names and milliseconds, never the documents' words; the report itself is unchanged.
const fixture = (name: string) => join(__dirname, '..', 'fixtures', name);
const files = [fixture('derby-worked-example.docx'), fixture('label-table.docx')];

function rows(stderr: string): Map<string, number> {
  const lines = stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
  expect(lines[1]).toMatch(/^-+\|-+\|-+$/);
  return new Map(
    lines.slice(2).map((line) => {
      const [id, ms, share] = line.split('|').map((cell) => cell.trim());
      expect(share).toMatch(/^\d+\.\d%$/);
      return [id, Number(ms)];
    }),
  );
}

describe('--timing', () => {
  it('lists every check that ran, slowest first, and leaves the report as it was', () => {
    const plain = runCli(files);
    const timed = runCli(['--timing', ...files]);
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    const times = rows(timed.stderr);
    // Every check listed by --rules, the section and date finding they share, the search for the rules' gate words, and the rest.
    expect([...times.keys()].sort()).toEqual([...ALL_RULES.map((rule) => rule.id), '(sections and dates)', GATE_TIME, ENGINE_TIME].sort());
    const ms = [...times.values()];
    expect(ms.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
    expect(ms).toEqual([...ms].sort((a, b) => b - a));
  });

  it('prints no words of the documents', () => {
    const timed = runCli(['--timing', ...files]);
    const words = new Set(
      files.flatMap((file) => readAgreementBytes(readFileSync(file), '.docx').blocks.flatMap((block) => block.text.match(/\p{L}{5,}/gu) ?? [])).map((w) => w.toLowerCase()),
    );
    const printed = (timed.stderr.match(/\p{L}{5,}/gu) ?? []).map((w) => w.toLowerCase());
    // Only the table's own words and the check ids (which are not the documents' sentences) appear.
    const allowed = new Set(['relative', 'engine', 'tasks', 'assembly', 'sections', 'dates', 'gates', ...ALL_RULES.flatMap((rule) => rule.id.split('-'))]);
    expect(printed.filter((w) => !allowed.has(w) && words.has(w))).toEqual([]);
    expect(printed.filter((w) => !allowed.has(w))).toEqual([]);
  });

  it('is off by default', () => {
    expect(runCli(files).stderr).toBe('');
  });
});
