// `npm run fuzz [count] [seed]`: thousands of generated hostile inputs (test/fuzz/generate.ts) plus
// issue 17's table at twice its sizes, each through the built CLI in its own process with
// --max-old-space-size=512, two at a time. Prints one row per class: inputs, exit codes, the
// longest wall time, the most processor time and the highest peak memory; then any input that broke
// a rule (over 5 s of processor time or 512 MB, an exit code other than 0/1/2, a stack trace,
// inconsistent JSON). Exit 1 if any did. Processor time is the limit checked because on a shared,
// loaded machine wall time measures the other work as much as this; both are printed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputProblems } from './check-output';
import { fuzzCases, issueInputsDoubled, type FuzzCase } from './generate';

const count = Number(process.argv[2] ?? 2_000);
const seed = Number(process.argv[3] ?? 2026);
const LIMIT_MS = 5_000;
const LIMIT_KB = 512 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'fuzz-run-'));
const measured = join(__dirname, 'measured-cli.js');

interface Row {
  count: number;
  codes: Map<number, number>;
  maxMs: number;
  maxCpuMs: number;
  maxKb: number;
}
const rows = new Map<string, Row>();
const failures: string[] = [];
const slowest: Array<{ name: string; ms: number; cpuMs: number; kb: number; code: number | null }> = [];

function runOne(input: FuzzCase, n: number): Promise<void> {
  const path = join(dir, `case-${n}${input.extension}`);
  const memory = join(dir, `case-${n}.rss`);
  writeFileSync(path, input.bytes);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', measured, memory, '--json', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let kb = NaN;
      let cpuMs = NaN;
      try {
        const [rss, cpu] = readFileSync(memory, 'utf8').split(' ').map(Number);
        kb = rss;
        cpuMs = cpu / 1000;
      } catch {
        // No measurement: counted as a failure below.
      }
      const problems = outputProblems(code, Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8'));
      if (!(cpuMs <= LIMIT_MS)) problems.push(`took ${(cpuMs / 1000).toFixed(1)} s of processor time (${(ms / 1000).toFixed(1)} s wall)`);
      if (!(kb < LIMIT_KB)) problems.push(`peak memory ${Math.round(kb / 1024)} MB`);
      if (problems.length) failures.push(`${input.kind} / ${input.name}: ${problems.join('; ')}`);
      const row = rows.get(input.kind) ?? { count: 0, codes: new Map(), maxMs: 0, maxCpuMs: 0, maxKb: 0 };
      row.maxCpuMs = Math.max(row.maxCpuMs, cpuMs || 0);
      row.count++;
      row.codes.set(code ?? -1, (row.codes.get(code ?? -1) ?? 0) + 1);
      row.maxMs = Math.max(row.maxMs, ms);
      row.maxKb = Math.max(row.maxKb, kb || 0);
      rows.set(input.kind, row);
      if (input.kind.startsWith('issue 17')) slowest.push({ name: input.name, ms, cpuMs, kb, code });
      rmSync(path, { force: true });
      rmSync(memory, { force: true });
      resolve();
    });
  });
}

async function main(): Promise<void> {
  const inputs: Array<() => FuzzCase> = issueInputsDoubled().map((input) => () => input);
  const generated = fuzzCases(seed, count, 'full');
  for (let k = 0; k < count; k++) inputs.push(() => generated.next().value as FuzzCase);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const n = next++;
      await runOne(inputs[n](), n);
      if (n % 100 === 0) process.stderr.write(`${n}/${inputs.length}\n`);
    }
  };
  const started = performance.now();
  await Promise.all([worker(), worker()]);
  rmSync(dir, { recursive: true, force: true });

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`\n${inputs.length} inputs (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s, one process each, --max-old-space-size=512, two at a time\n`);
  console.log(`${pad('class', 30)}${pad('count', 7)}${pad('exit codes', 26)}${pad('max wall', 10)}${pad('max cpu', 10)}max peak memory`);
  for (const [kind, row] of rows) {
    const codes = [...row.codes].sort(([a], [b]) => a - b).map(([c, k]) => `${c}: ${k}`).join(', ');
    console.log(`${pad(kind, 30)}${pad(String(row.count), 7)}${pad(codes, 26)}${pad(`${(row.maxMs / 1000).toFixed(2)} s`, 10)}${pad(`${(row.maxCpuMs / 1000).toFixed(2)} s`, 10)}${Math.round(row.maxKb / 1024)} MB`);
  }
  console.log('\nIssue 17 inputs at twice their sizes:');
  for (const s of slowest) console.log(`  ${pad(s.name, 62)} exit ${s.code}  ${(s.ms / 1000).toFixed(2)} s wall  ${(s.cpuMs / 1000).toFixed(2)} s cpu  ${Math.round(s.kb / 1024)} MB`);
  console.log(failures.length ? `\n${failures.length} input(s) broke a rule:\n${failures.slice(0, 50).join('\n')}` : '\nNo input broke a rule (all under 5 s of processor time and 512 MB, exit 0/1/2, no stack trace, exact offsets).');
  process.exitCode = failures.length ? 1 : 0;
}

void main();
