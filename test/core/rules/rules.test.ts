import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';
import { testRule, type RuleCases } from './rule-tester';

// Every rule's table of valid and invalid cases (cases/<rule id>.ts), run through the analyser.
const tables: RuleCases[] = readdirSync(join(__dirname, 'cases'))
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => (require(join(__dirname, 'cases', name)) as { cases: RuleCases }).cases);

for (const table of tables) testRule(table);

describe('every rule has cases', () => {
  // The ids exactly as `agreement-check --rules` lists them.
  const listed: string[] = [];
  run(['--rules'], { stdout: (text) => listed.push(...[...text.matchAll(/^(\S+) \(/gm)].map((m) => m[1])), stderr: () => undefined, colour: false });

  it('the listing has the rules', () => {
    expect(listed.length).toBeGreaterThanOrEqual(12);
  });

  it.each(listed)('%s has valid cases and invalid cases asserting message, severity and excerpt', (id) => {
    const table = tables.find((t) => t.rule.id === id);
    expect(table).toBeDefined();
    expect(table!.valid.length).toBeGreaterThan(0);
    expect(table!.invalid.length).toBeGreaterThan(0);
    for (const c of table!.invalid) {
      expect(c.errors.length).toBeGreaterThan(0);
      for (const error of c.errors) {
        expect(typeof error.messageId).toBe('string');
        expect(['error', 'warning', 'info']).toContain(error.severity);
        expect(typeof error.excerpt).toBe('string');
      }
    }
  });
});
