// npm run bench:timing: time spent in each rule, as ESLint's TIMING=1 prints it. Cold analyses
// (caches cleared) of the benchmark's generated agreements and the corpus. Everything outside the
// rules' own checks (the walk, task detection, finding assembly) is one line; the section presence
// and date finding every document rule shares is another.
// One run on a shared machine: read the shares, not the digits.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyse, clearCaches, type Block, type RuleTimes } from '../src/core';
import { readAgreementBytes } from '../src/io/read-agreement';
import { generateAgreement } from './generate';
import { ENGINE_TIME, formatTiming } from '../src/cli/timing';

const root = join(__dirname, '..');
const rounds = Number(process.argv[2] ?? 20);

function corpus(): Block[][] {
  const dir = join(root, 'test/corpus/agreements');
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.expected.json'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return extname(name) === '.json' ? (JSON.parse(bytes.toString('utf8')) as { blocks: Block[] }).blocks : readAgreementBytes(bytes, extname(name)).blocks;
    });
}

const documents = [generateAgreement(10_000, 10_000), generateAgreement(3_000, 7), ...corpus()];
const times: RuleTimes = new Map();
let total = 0;
for (let round = 0; round < rounds; round++) {
  for (const blocks of documents) {
    clearCaches();
    const start = performance.now();
    analyse(blocks, { ruleTimes: times });
    total += performance.now() - start;
  }
}
const inRules = [...times.values()].reduce((sum, t) => sum + t, 0);
times.set(ENGINE_TIME, total - inRules);
process.stdout.write(formatTiming(times));
process.stdout.write(`${rounds} rounds of ${documents.length} documents, cold: ${total.toFixed(0)} ms in all\n`);
