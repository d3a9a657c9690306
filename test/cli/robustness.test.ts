import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { capFindings, MAX_FINDINGS_PER_FILE } from '../../src/cli/check-file';
import type { FileReport } from '../../src/cli/report';
import { run } from '../../src/cli/main';
import { documentXml, p, r } from '../io/build';
import { runCli } from './run-cli';
import { tempDir } from '../support/temp-dir';

// Issue 17, the CLI's side: results streamed one file at a time, findings capped per file, blank
// documents failing loudly, and a time limit per file through the compiled command.

const dir = tempDir('robust-');
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const good = join(__dirname, '..', 'fixtures', 'label-table.docx');
const flood = (name: string, lines: number, task: string) => write(name, `## What the family will do\n\n${Array(lines).fill(`- ${task}`).join('\n')}`);

describe('several flood files and a good one in one --json run', () => {
  const floods = [
    flood('flood-1.md', 4_000, 'The SW will engage with CAMHS and the DV worker as appropriate regularly.'),
    flood('flood-2.md', 3_000, 'CAMHS PLO ICPC CP DV SW RCPC'),
    flood('flood-3.txt', 3_000, 'Mum will make sure her partner does not drink or the children will be removed.'),
  ];
  const writes: string[] = [];
  let stderr = '';
  const code = run(['--json', ...floods, good], { stdout: (t) => writes.push(t), stderr: (t) => (stderr += t), colour: false });
  const reports = JSON.parse(writes.join('')) as Array<FileReport & { findingsOmitted: number }>;

  test('every file gets its result, in order, and the exit code is 1', () => {
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(reports.map((report) => report.file)).toEqual([...floods, good]);
  });

  test('the flood files are capped and say how many findings were left out', () => {
    for (const report of reports.slice(0, 3)) {
      expect(report.findings).toHaveLength(MAX_FINDINGS_PER_FILE);
      expect(report.findingsOmitted).toBeGreaterThan(1_000);
    }
    expect(reports[3].findingsOmitted).toBe(0);
    expect(reports[3].findings.length).toBeGreaterThan(0);
  });

  test('offsets and excerpts stay exact', () => {
    for (const report of reports) for (const f of report.findings) expect(report.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
  });

  test('the output is written a file at a time, not as one string', () => {
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(writes.join('').length / 2);
  });

  test('the human report says what was left out', () => {
    const human = runCli([floods[0]]);
    expect(human.stdout).toMatch(/\d+ more findings not shown: at most 500 are listed per file, errors first/);
  });
});

test('the cap keeps errors first, keeps document order and re-points the checklist', () => {
  const finding = (severity: 'error' | 'warning' | 'info', paragraph: number) => ({ ruleId: 'x', category: 'jargon' as const, severity, message: '', paragraph, start: 0, end: 0, excerpt: '', suggestions: [], source: '' });
  const findings = [finding('info', 0), finding('warning', 1), finding('error', 2), finding('info', 3), finding('error', 4)];
  const report = { file: 'f', profile: 'default', paragraphs: ['', '', '', '', ''], findings, sections: {}, missingSections: [], checklist: [{ id: 'a', label: 'A', kind: 'automatic', status: 'fail', findings: [0, 2, 4] }] } as unknown as FileReport;
  const capped = capFindings(report, 3);
  expect(capped.findings.map((f) => f.paragraph)).toEqual([1, 2, 4]);
  expect(capped.findingsOmitted).toBe(2);
  expect(capped.checklist![0].findings).toEqual([1, 2]);
});

describe('a blank document fails loudly', () => {
  const W_ELSEWHERE = 'xmlns:w="http://example.com/not-word-at-all"';
  const cases: Array<[string, string]> = [
    ['an empty .txt', write('empty.txt', '')],
    ['a .docx of blank paragraphs', write('blank.docx', zipSync({ 'word/document.xml': strToU8(documentXml('<w:p/>'.repeat(5) + p(r('   ')))) }))],
    ['a .docx in the wrong Word namespace', write('elsewhere.docx', zipSync({ 'word/document.xml': strToU8(documentXml(p(r('Kerry will walk Liam to school.')), W_ELSEWHERE)) }))],
  ];
  test.each(cases)('%s exits 1 with the missing sections as findings at the start of its first paragraph', (_, path) => {
    const { code, stdout } = runCli(['--json', path]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as FileReport;
    expect(report.paragraphs.length).toBeGreaterThan(0);
    const missing = report.findings.filter((f) => f.category === 'missing-section');
    expect(missing.map((f) => f.section).sort()).toEqual([...report.missingSections].sort());
    for (const f of missing) expect(f).toMatchObject({ paragraph: 0, start: 0, end: 0, excerpt: '' });
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    const human = runCli([path]);
    expect(human.stdout).toContain('This document has no text');
    expect(human.stdout).toMatch(/Missing \(\d+\): Who this agreement is between; /);
  });
});

test('--time-limit takes a positive number of seconds', () => {
  expect(runCli(['--time-limit', '0', good]).code).toBe(2);
  expect(runCli(['--time-limit=abc', good]).stderr).toMatch(/--time-limit takes a number of seconds/);
});

// The compiled command checks files in worker threads under the time limit (npm run build:cli first).
const bin = join(__dirname, '..', '..', 'bin', 'agreement-check.js');
const built = existsSync(join(__dirname, '..', '..', 'build', 'src', 'cli', 'entry.js'));
// Skipped (saying why) when the CLI is not built; under CI=true it runs and fails instead.
(built || process.env.CI === 'true' ? test : test.skip)(`a file over the time limit is stopped and reported; the files around it are still checked${built ? '' : ' (not built: run npm run build:cli)'}`, () => {
  if (!built) throw new Error('the CLI is not built: run npm run build:cli');
  // About 3 million characters of faulty tasks: over a second of work on a quiet machine, well over
  // a half-second limit, while the one-line file beside it takes milliseconds in a started worker.
  const slow = flood('slow.md', 39_000, 'The SW will engage with CAMHS and the DV worker as appropriate regularly.');
  const small = write('small.txt', 'Kerry will walk Liam to school every day by 8.45am.');
  const stopped = (file: string) => `agreement-check: ${file}: took longer than 0.5 seconds to check, so it was stopped (see --time-limit); the other files were still checked\n`;
  // The limit is wall time, so on a machine busy with other test suites a file that takes 40 ms when
  // quiet can pass half a second too. The slow file must be stopped on every try; the small ones must
  // come through on at least one of three.
  let checkedAroundIt = false;
  for (let attempt = 0; attempt < 3 && !checkedAroundIt; attempt++) {
    const result = spawnSync(process.execPath, ['--max-old-space-size=512', bin, '--json', '--time-limit', '0.5', small, slow, good], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(stopped(slow));
    const reports = JSON.parse(result.stdout) as FileReport[];
    expect(reports.every((report) => report.file !== slow)).toBe(true);
    checkedAroundIt = result.stderr === stopped(slow) && reports.map((report) => report.file).join('|') === [small, good].join('|');
  }
  expect(checkedAroundIt).toBe(true);
});
