import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir';

// The shipped entry point, as a user runs it: the compiled build behind bin/agreement-check.js.
// It is compiled into a temporary copy so the test never races another run writing build/.
const root = join(__dirname, '..', '..');
const copy = tempDir('agreement-check-bin-');
const fixture = (name: string) => join(root, 'test', 'fixtures', name);
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.cli.json'), '--outDir', join(copy, 'build')], { stdio: 'pipe' });
  mkdirSync(join(copy, 'bin'));
  copyFileSync(join(root, 'bin', 'agreement-check.js'), join(copy, 'bin', 'agreement-check.js'));
  copyFileSync(join(root, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
}, 120_000);

const bin = (...args: string[]) => spawnSync(process.execPath, [join(copy, 'bin', 'agreement-check.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });

test('--version and --help', () => {
  expect(bin('--version').stdout.trim()).toBe(version);
  const help = bin('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage:\n {2}agreement-check \[--profile ID \| --policy FILE\] \[--json\] \[--verbose\] \[--fail-on error\|warning/);
});

test('exit codes, one-line reasons on stderr, and no colour when piped', () => {
  const missing = join(copy, 'missing.docx');
  const run = bin(missing, fixture('label-table.docx'));
  expect(run.status).toBe(2);
  expect(run.stderr).toBe(`agreement-check: ${missing}: no such file\n`);
  expect(run.stdout).toContain('label-table.docx');
  expect(run.stdout).not.toMatch(/\u001b\[/);
  expect(bin(fixture('derby-worked-example.docx')).status).toBe(1);
  const json = bin('--json', fixture('label-table.docx'));
  expect(JSON.parse(json.stdout)).toMatchObject({ file: fixture('label-table.docx'), profile: 'default' });
});

test('npx finds the command through package.json "bin"', () => {
  const npx = spawnSync('npx', ['--no-install', 'agreement-check', '--version'], { cwd: root, encoding: 'utf8' });
  expect(npx.status).toBe(0);
  expect(npx.stdout.trim()).toBe(version);
}, 60_000);

test('--timing through the worker threads: the table on stderr, the reports unchanged', () => {
  const files = [fixture('derby-worked-example.docx'), fixture('label-table.docx')];
  const plain = bin(...files);
  const timed = bin('--timing', ...files);
  expect(timed.status).toBe(plain.status);
  expect(timed.stdout).toBe(plain.stdout);
  expect(timed.stderr).toMatch(/^Rule +\| Time \(ms\) \| Relative\n-+\|-+\|-+\n/);
  for (const id of ['vague-task', 'missing-section', '(sections and dates)', '(engine: walk, tasks, assembly)']) expect(timed.stderr).toMatch(new RegExp(`^${id.replace(/[()]/g, '\\$&')} +\\| +\\d+\\.\\d \\| +\\d+\\.\\d%$`, 'm'));
});
