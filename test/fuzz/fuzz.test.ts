import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';
import { outputProblems } from './check-output';
import { fuzzCases } from './generate';

// Issue 17: a few hundred generated hostile inputs per CI run, through the CLI in this process
// (the same code each worker runs), at small sizes. Bounded, not timed: each must end with exit
// code 0, 1 or 2, no stack trace, and exact offsets. `npm run fuzz` runs thousands, one process each,
// with time and memory. FUZZ_SEED picks another set (a failure names its seed and input).

const seed = Number(process.env.FUZZ_SEED ?? 17);
const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`300 generated inputs (seed ${seed}) each end in exit 0, 1 or 2 with consistent output`, () => {
  const failures: string[] = [];
  const codes = new Map<string, Set<number>>();
  let n = 0;
  for (const input of fuzzCases(seed, 300, 'ci')) {
    const path = join(dir, `case-${n++}${input.extension}`);
    writeFileSync(path, input.bytes);
    const { code, stdout, stderr } = runCli(['--json', path]);
    const problems = outputProblems(code, stdout, stderr);
    if (problems.length) failures.push(`${input.kind} / ${input.name}: ${problems.join('; ')}`);
    codes.set(input.kind, (codes.get(input.kind) ?? new Set()).add(code));
    if (input.kind === 'blank document') expect(code).toBe(1);
  }
  expect(failures).toEqual([]);
  // Every class ran, and the classes meant to be read were read.
  expect(codes.size).toBe(9);
  expect([...codes.get('repeated phrase')!].every((c) => c !== 2)).toBe(true);
  expect(codes.get('flood of findings')).toEqual(new Set([1]));
});
