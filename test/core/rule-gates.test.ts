import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import fc from 'fast-check';
import { analyse, type Block } from '../../src/core';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { PARAGRAPH_RULES } from '../../src/core/rules';
import { GateScan } from '../../src/core/rule-gate';
import { gating } from '../../src/core/rule-runner';
import type { ParagraphRule } from '../../src/core/rule';
import { fold } from '../../src/core/text';
import { documentBlocks, lineBlocks, TODAY, type RuleCases, type ValidCase } from './rules/rule-tester';

// The runner calls a rule with a gate only on paragraphs holding one of its gate words. A gate word
// list that missed a wording would silently drop findings, so every corpus agreement and line and
// every rule table case is analysed with the gates and without them: the findings must be the same.

const corpus = join(__dirname, '..', 'corpus');

function documents(): Array<[string, Block[]]> {
  const out: Array<[string, Block[]]> = [];
  for (const name of readdirSync(join(corpus, 'agreements')).filter((n) => !n.endsWith('.expected.json'))) {
    const bytes = readFileSync(join(corpus, 'agreements', name));
    out.push([name, extname(name) === '.json' ? (JSON.parse(bytes.toString('utf8')) as { blocks: Block[] }).blocks : readAgreementBytes(bytes, extname(name)).blocks]);
  }
  const layouts = join(corpus, 'real-layouts');
  for (const set of readdirSync(layouts, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(layouts, set.name)).filter((n) => n.endsWith('.docx'))) out.push([`${set.name}/${name}`, readAgreementBytes(readFileSync(join(layouts, set.name, name)), '.docx').blocks]);
  }
  for (const file of ['lines.txt', 'holdout.txt']) {
    const lines = readFileSync(join(corpus, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const texts = lines.map((raw) => raw.split(' | ').slice(2).join(' | '));
    // Each line under each kind of heading, as a list item and as a paragraph.
    for (const heading of ['What the family will do', 'What the social worker and other professionals will do', 'If things go wrong', 'What we are worried about']) {
      out.push([`${file}: ${heading}`, [{ kind: 'heading', level: 2, text: heading }, ...texts.flatMap((text): Block[] => [{ kind: 'list-item', text }, { kind: 'paragraph', text }])]]);
    }
  }
  const tables = readdirSync(join(__dirname, 'rules', 'cases')).map((name) => (require(join(__dirname, 'rules', 'cases', name)) as { cases: RuleCases }).cases);
  for (const table of tables) {
    for (const c of [...table.valid, ...table.invalid] as ValidCase[]) {
      const line = typeof c === 'string' ? { text: c } : c;
      out.push([`${table.rule.id}: ${'name' in line ? line.name : line.text}`, 'lines' in line ? documentBlocks(line.lines) : lineBlocks('section' in line ? line.section : table.section, line.text)]);
    }
  }
  return out;
}

const gated = PARAGRAPH_RULES.filter((rule) => rule.gate);

describe('rule gates', () => {
  const docs = documents();

  it('some rules have gates, and there are documents to check them on', () => {
    expect(gated.map((rule) => rule.id)).toEqual(expect.arrayContaining(['threatening', 'contact-arrangements']));
    expect(docs.length).toBeGreaterThan(800);
  });

  it('every corpus agreement, line and rule case has the same findings with the gates and without them', () => {
    const differ: string[] = [];
    for (const [name, blocks] of docs) {
      const withGates = analyse(blocks, { today: TODAY }).findings;
      gating.on = false;
      try {
        const without = analyse(blocks, { today: TODAY }).findings;
        if (JSON.stringify(withGates) !== JSON.stringify(without)) differ.push(name);
      } finally {
        gating.on = true;
      }
    }
    expect(differ).toEqual([]);
  });

  it('each gate keeps a rule from some paragraphs, and passes every paragraph it finds something in', () => {
    const texts = docs.flatMap(([, blocks]) => blocks.map((block) => fold(block.text)));
    const masks = new GateScan(PARAGRAPH_RULES).passing(texts);
    for (const rule of gated) {
      const bit = 1 << PARAGRAPH_RULES.indexOf(rule);
      expect(masks.filter((mask) => (mask & bit) === 0).length).toBeGreaterThan(texts.length / 10);
    }
  });
});

describe('GateScan', () => {
  const rule = (id: string, gate?: ParagraphRule['gate']) => ({ ...PARAGRAPH_RULES[0], id, gate });
  // Words that start one another ("tak", "taken"), a word inside another ("lose" in "close"), two-word groups.
  const rules = [rule('a', { words: ['taken', 'care'] }), rule('b', { words: ['tak'] }), rule('c', { words: ['lose'], groups: [[['go'], ['out', 'over']]] }), rule('d')];
  const scan = new GateScan(rules);
  const startsAWord = (t: string, word: string) => new RegExp(`\\b${word}`).test(t);
  const expected = (t: string) =>
    rules.reduce((bits, r, k) => {
      const gate = r.gate;
      const passes = !gate || gate.words.some((w) => startsAWord(t, w)) || (gate.groups ?? []).some((group) => group.every((list) => list.some((w) => startsAWord(t, w))));
      return passes ? bits | (1 << k) : bits;
    }, 0);
  const text = fc.array(fc.constantFrom('tak', 'en', ' ', 'ca', 're', 'c', 'lose', 'go', 'out', 'ov', 'er', 'x', '-', '\n'), { maxLength: 10 }).map((parts) => parts.join(''));

  it('passes each text exactly the rules one of whose words, or a word from each list of a group, starts a word of it', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        expect([...scan.passing(texts)]).toEqual(texts.map(expected));
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});
