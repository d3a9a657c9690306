// Profiling harness: node --cpu-prof --import tsx bench/profile.ts [cold|incremental]
// Runs one workload long enough for the sampling profiler to see where the time goes.
import { Analyser, analyse, clearCaches } from '../src/core';
import { generateAgreement } from './generate';

const mode = process.argv[2] ?? 'incremental';
const blocks = generateAgreement(10_000, 10_000);
if (mode === 'cold') {
  for (let i = 0; i < 300; i++) {
    clearCaches();
    analyse(blocks);
  }
} else {
  const analyser = new Analyser();
  const edited = blocks.slice();
  const target = blocks.findIndex((b, i) => i >= blocks.length / 2 && b.kind === 'list-item');
  for (let i = 0; i < 3000; i++) {
    edited[target] = { ...edited[target], text: `${blocks[target].text} ${i}` };
    analyser.analyse(edited);
  }
}
