// A RuleTester in the manner of ESLint's: each rule has a table of `valid` and `invalid` cases;
// an invalid case lists exactly the findings the rule must give (message id, severity and the
// excerpt, which is the finding's span), in order. Cases run through the real analyser, so a
// line's section, task detection and the rules' interactions all apply.
import { analyse, type Block, type Severity } from '../../../src/core';
import { getProfile } from '../../../src/core/profiles';
import type { RuleMeta } from '../../../src/core/rule';
import type { SectionKey } from '../../../src/core/section-labels';
import { templateSection } from '../../../src/core/template';

export interface Expected {
  messageId: string;
  severity: Severity;
  /** Exactly the text the finding covers (`paragraphs[paragraph].slice(start, end)`). */
  excerpt: string;
}

/** One line, under the heading of a section (the table's section unless given). */
export interface LineCase {
  text: string;
  section?: SectionKey | null;
}

/**
 * A whole agreement, one block per line: "# " and "## " start headings, "- " a list item,
 * "| a | b |" a table row (consecutive rows make one table); anything else is a paragraph.
 */
export interface DocumentCase {
  name: string;
  lines: string[];
  profile?: string;
}

export type ValidCase = string | LineCase | DocumentCase;
export type InvalidCase = (LineCase | DocumentCase) & { errors: Expected[] };

export interface RuleCases {
  rule: RuleMeta;
  /** The section lines sit in when a case does not say. */
  section?: SectionKey | null;
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The reference date every case is analysed on. */
export const TODAY = new Date(2026, 10, 22);

export function documentBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let table = -1;
  let row = 0;
  let inTable = false;
  for (const line of lines) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (line.startsWith('|')) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      }
      line.replace(/^\||\|$/g, '').split('|').forEach((cell, column) => blocks.push({ kind: 'table-cell', text: cell.trim(), table, row, column }));
      row++;
      continue;
    }
    inTable = false;
    if (heading) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    else if (line.startsWith('- ')) blocks.push({ kind: 'list-item', text: line.slice(2) });
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks;
}

export function lineBlocks(section: SectionKey | null | undefined, text: string): Block[] {
  const heading = section === null || section === undefined || section === 'tasks' ? 'Agreed actions' : templateSection(getProfile('default'), section)?.heading ?? section;
  return [
    { kind: 'heading', level: 2, text: heading },
    { kind: 'list-item', text },
  ];
}

export function caseName(c: ValidCase): string {
  return typeof c === 'string' ? c : 'name' in c ? c.name : c.text;
}

/** The findings of `rule` for a case, as the table states them. */
export function findingsFor(rule: RuleMeta, c: ValidCase, defaultSection?: SectionKey | null): Expected[] {
  const line = typeof c === 'string' ? { text: c } : c;
  const isDocument = 'lines' in line;
  const blocks = isDocument ? documentBlocks(line.lines) : lineBlocks('section' in line ? line.section : defaultSection, line.text);
  const result = analyse(blocks, { today: TODAY, profile: isDocument ? line.profile : undefined });
  return result.findings
    .filter((f) => f.ruleId === rule.id && (isDocument || f.paragraph === 1))
    .map((f) => {
      // The excerpt is the span: check it is the paragraph's own text there.
      expect(f.excerpt).toBe(result.paragraphs[f.paragraph].slice(f.start, f.end));
      return { messageId: f.messageId, severity: f.severity, excerpt: f.excerpt };
    });
}

/** Run one table as a Jest `describe`. */
export function testRule(cases: RuleCases): void {
  describe(`rule ${cases.rule.id}`, () => {
    it('has metadata a worker can read', () => {
      expect(cases.rule.description.length).toBeGreaterThan(20);
      expect(cases.rule.source.length).toBeGreaterThan(10);
      expect(Object.keys(cases.rule.messages).length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${caseName(c)}`, () => {
        expect(findingsFor(cases.rule, c, cases.section)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${caseName(c)}`, () => {
        expect(c.errors.length).toBeGreaterThan(0);
        for (const error of c.errors) expect(Object.keys(cases.rule.messages)).toContain(error.messageId);
        expect(findingsFor(cases.rule, c, cases.section)).toEqual(c.errors);
      });
    }
  });
}
