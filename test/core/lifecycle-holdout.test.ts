import { agreementFacts, agreementTasks, analyse, contingencyFor, readAgreement } from '../../src/core';
import { HOLDOUT } from './lifecycle-holdout';

// Scores the frozen lifecycle reading on held-out agreements (see lifecycle-holdout.ts). The
// figures are reported, and the floors below are the first scores measured, so a change that
// reads these agreements worse fails here.
const today = new Date(2026, 11, 5);

test('held-out agreements: facts and contingency lines, scored', () => {
  let factsRight = 0;
  let factsTotal = 0;
  let linesRight = 0;
  let linesTotal = 0;
  const misses: string[] = [];
  for (const c of HOLDOUT) {
    const result = analyse(c.blocks, { today });
    const reading = readAgreement(c.blocks, result);
    const facts = agreementFacts(reading);
    for (const [key, expected] of Object.entries(c.facts) as Array<[keyof typeof c.facts, unknown]>) {
      factsTotal++;
      if (facts[key] === expected) factsRight++;
      else misses.push(`${c.name}: ${key} ${JSON.stringify(facts[key])} (expected ${JSON.stringify(expected)})`);
    }
    const tasks = agreementTasks(result);
    for (const [start, expected] of c.contingency) {
      linesTotal++;
      const task = tasks.find((t) => t.text.startsWith(start));
      const got = task ? contingencyFor(reading, task) : null;
      const ok = !!got && (expected === 'all' ? !got.matched : got.matched && got.lines.length === expected.length && expected.every((e, k) => got.lines[k].startsWith(e)));
      if (ok) linesRight++;
      else misses.push(`${c.name}: contingency for "${start}" gave ${JSON.stringify(got)}`);
    }
  }
  process.stdout.write(`lifecycle held-out: facts ${factsRight}/${factsTotal}, contingency ${linesRight}/${linesTotal}\n${misses.map((m) => `  miss: ${m}`).join('\n')}\n`);
  expect(factsRight).toBeGreaterThanOrEqual(FACTS_FLOOR);
  expect(linesRight).toBeGreaterThanOrEqual(LINES_FLOOR);
});

// The first (held-out) scoring: facts 13/15, contingency 6/9. One contingency miss was a plain bug
// (the name of whoever does the task was never read as a name); after fixing it, 7/9 (no longer a
// held-out figure). The two facts misses are the engine's date reading (an end date under a
// heading after a label table; a review date in a sentence that gives the end date first).
const FACTS_FLOOR = 13;
const LINES_FLOOR = 7;
