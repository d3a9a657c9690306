import { analyse, type Block } from '../../src/core';
import { PARAGRAPH_RULES } from '../../src/core/rules';
import { templateSection } from '../../src/core/template';
import { getProfile } from '../../src/core/profiles';
import type { SectionKey } from '../../src/core/section-labels';

// Each rule carries its own good and bad examples (rules/*.ts). Every bad example must be flagged
// by that rule, and no good example may be flagged by it, when the line sits in its section.
function inSection(section: SectionKey | null, line: string): Block[] {
  const heading =
    section === null || section === 'tasks'
      ? 'Agreed actions'
      : templateSection(getProfile('default'), section)?.heading ?? section;
  return [
    { kind: 'heading', level: 2, text: heading },
    { kind: 'list-item', text: line },
  ];
}

describe.each(PARAGRAPH_RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('has metadata a worker can read', () => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.source.length).toBeGreaterThan(10);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
  for (const group of rule.examples) {
    for (const line of group.bad) {
      it(`flags: ${line}`, () => {
        const result = analyse(inSection(group.section, line));
        const hits = result.findings.filter((f) => f.ruleId === rule.id && f.paragraph === 1);
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) expect(hit.excerpt).toBe(line.slice(hit.start, hit.end));
      });
    }
    for (const line of group.good) {
      it(`accepts: ${line}`, () => {
        const result = analyse(inSection(group.section, line));
        const hits = result.findings.filter((f) => f.ruleId === rule.id && f.paragraph === 1 && f.severity !== 'info');
        expect(hits.map((h) => h.message)).toEqual([]);
      });
    }
  }
});
