// Quick cold-analysis timing for rule work: node --import tsx bench/cold.ts [rounds]
// Same measurement as npm run bench's "full analysis, cold" on the 10,000-word document, without the peers.
import { analyse, clearCaches } from '../src/core';
import { generateAgreement } from './generate';

const blocks = generateAgreement(10_000, 10_000);
const rounds = Number(process.argv[2] ?? 5);
const medians: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < 20; i++) {
    clearCaches();
    analyse(blocks);
  }
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    clearCaches();
    const start = performance.now();
    analyse(blocks);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  medians.push(times[Math.floor(times.length / 2)]);
}
process.stdout.write(`cold medians (ms): ${medians.map((m) => m.toFixed(2)).join(' ')}; best ${Math.min(...medians).toFixed(2)}\n`);
