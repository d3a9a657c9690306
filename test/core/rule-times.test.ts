import { analyse, ALL_RULES, type RuleTimes } from '../../src/core';
import { SECTIONS_TIMING } from '../../src/core/document-checks';
import { GATE_TIME } from '../../src/core/rule-runner';
import { generateAgreement } from '../../bench/generate';

// `npm run bench:timing` reads these: every rule is timed, and only when asked.
describe('rule times', () => {
  it('an analysis given a map adds the time of every rule, of the search for the rules\' gate words and of the section work', () => {
    const times: RuleTimes = new Map();
    analyse(generateAgreement(1_000, 3), { ruleTimes: times });
    expect([...times.keys()].sort()).toEqual([...ALL_RULES.map((rule) => rule.id), SECTIONS_TIMING, GATE_TIME].sort());
    for (const ms of times.values()) expect(ms).toBeGreaterThanOrEqual(0);
    const first = new Map(times);
    analyse(generateAgreement(1_000, 4), { ruleTimes: times });
    // Added up over runs.
    expect([...times.entries()].every(([id, ms]) => ms >= first.get(id)!)).toBe(true);
  });
});
