import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import fc from 'fast-check';
import { analyse, Analyser, type Block } from '../../src/core';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { generateAgreement } from '../../bench/generate';

// The caching Analyser patches its previous run after small edits instead of walking the whole
// document. Whatever the edits, its result must equal a fresh analysis of the same blocks.

const today = new Date(2026, 10, 22);
const corpus = join(__dirname, '../corpus/agreements');
const agreements: Array<[string, Block[]]> = readdirSync(corpus)
  .filter((name) => !name.endsWith('.expected.json'))
  .map((name) => {
    const bytes = readFileSync(join(corpus, name));
    const blocks = extname(name) === '.json' ? (JSON.parse(bytes.toString('utf8')) as { blocks: Block[] }).blocks : readAgreementBytes(bytes, extname(name)).blocks;
    return [name, blocks];
  });
const fixtures = join(__dirname, '../fixtures');
for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.docx'))) agreements.push([name, readAgreementBytes(readFileSync(join(fixtures, name)), '.docx').blocks]);
agreements.push(['generated', generateAgreement(3_000, 7)]);

// Edits a worker makes: typing in a line, clearing it, pasting another line over it, turning it into
// a label, a heading or a date line, and the same with a fresh object for every block (as Word reads them).
const TEXTS = [
  'Review date: 7 January 2027',
  'Contingency:',
  'If this agreement is not kept, we will hold a meeting with you to talk about what happens next.',
  'Ms Smith will engage with CAMHS as appropriate.',
  'Jo (social worker) will visit every Tuesday at 4pm.',
  'This agreement is not legally binding.',
  'Signed ________ Date ______',
  'Child Protection Conference (CPC) will review this. The CPC is on 3 December 2026.',
  'Mum will not let Mr Jones into the house.',
  'Liz (support worker) will help Mum with a safety plan and refer her to the Freedom Programme.',
  // Names the whole agreement is read for: a grandparent, children by age, the one asked.
  'Irene Kerr (Mason\'s nan) will keep Mason at her house on Fridays.',
  'Irene will not let Mr Jones into the house.',
  'Finley (5) and Poppy, aged 7, will stay with Irene.',
  // Read with the whole agreement in view: soothing him, blame for failing to protect, a worker's visit.
  'Mum will keep Dean calm and not argue with him.',
  'Any breach of this agreement will be seen as a failure to protect.',
  'Jo will see the children at home every week.',
  'Date of agreement: 3 March 2026',
  'Signed by Mum: ______________',
  '',
];
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('type', 'clear', 'paste', 'replace', 'heading', 'fresh', 'insert', 'insert-heading', 'remove', 'add-row', 'remove-row'),
  text: fc.constantFrom(...TEXTS),
  from: fc.nat(),
});

function applyEdit(blocks: Block[], e: { at: number; kind: string; text: string; from: number }): Block[] {
  const next = blocks.slice();
  const i = e.at % next.length;
  const block = next[i];
  switch (e.kind) {
    case 'type':
      next[i] = { ...block, text: `${block.text} and ${e.text.slice(0, 12)}` };
      break;
    case 'clear':
      next[i] = { ...block, text: '' };
      break;
    case 'paste':
      next[i] = { ...block, text: blocks[e.from % blocks.length].text };
      break;
    case 'replace':
      next[i] = { ...block, text: e.text };
      break;
    case 'heading':
      next[i] = { kind: 'heading', level: 2, text: e.text || 'What the family will do' };
      break;
    case 'insert':
      next.splice(i + 1, 0, { kind: 'list-item', text: e.text });
      break;
    case 'insert-heading':
      next.splice(i, 0, { kind: 'heading', level: 2, text: e.text || 'What we will do' });
      break;
    case 'remove':
      next.splice(i, 1);
      break;
    case 'add-row':
    case 'remove-row':
      return editRow(next, i, e.kind === 'add-row' ? e.text : null);
    default:
      return blocks.map((b) => ({ ...b }));
  }
  return next;
}

/**
 * The table row of the first cell at or after `at` (none: the blocks as they are) copied below itself
 * with `text` in its first cell, or (text null) taken out; the rows below are renumbered.
 */
function editRow(blocks: Block[], at: number, text: string | null): Block[] {
  const cellAt = [...blocks.keys()].map((k) => (k + at) % blocks.length).find((k) => blocks[k].kind === 'table-cell');
  if (cellAt === undefined) return blocks;
  const { table, row } = blocks[cellAt];
  const inRow = (b: Block) => b.kind === 'table-cell' && b.table === table && b.row === row;
  const first = blocks.findIndex(inRow);
  const cells = blocks.filter(inRow);
  const shift = text === null ? -1 : 1;
  const renumber = (b: Block): Block => (b.kind === 'table-cell' && b.table === table && b.row! > row! ? { ...b, row: b.row! + shift } : b);
  if (text === null) return blocks.filter((b) => !inRow(b)).map(renumber);
  const renumbered = blocks.map(renumber);
  const copy = cells.map((c, k) => ({ ...c, row: row! + 1, text: k === 0 ? text : c.text }));
  return [...renumbered.slice(0, first + cells.length), ...copy, ...renumbered.slice(first + cells.length)];
}

test.each(agreements)('edits to %s give the same result as a fresh analysis', (_name, original) => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const analyser = new Analyser({ today });
      let blocks = original;
      expect(analyser.analyse(blocks)).toEqual(analyse(blocks, { today }));
      for (const e of edits) {
        blocks = applyEdit(blocks, e);
        expect(analyser.analyse(blocks)).toEqual(analyse(blocks, { today }));
      }
    }),
    { numRuns: 25, seed: 5 },
  );
});

test('typing into one line of a long agreement: the same result, untouched findings reused', () => {
  const blocks = generateAgreement(10_000, 3);
  const analyser = new Analyser({ today });
  const first = analyser.analyse(blocks);
  const target = blocks.findIndex((b, i) => i > blocks.length / 2 && b.kind === 'list-item');
  const edited = blocks.slice();
  edited[target] = { ...blocks[target], text: `${blocks[target].text} as appropriate` };
  const second = analyser.analyse(edited);
  expect(second).toEqual(analyse(edited, { today }));
  expect(second.findings.some((f) => f.paragraph === target && f.excerpt === 'as appropriate')).toBe(true);
  // Paragraph findings elsewhere are the very same objects (victim prompts may be reworded by the document check).
  const untouched = first.findings.filter((f) => f.paragraph !== target && f.ruleId !== 'missing-section' && f.category !== 'victim-responsibility' && f.category !== 'date' && f.category !== 'numbering');
  expect(untouched.length).toBeGreaterThan(100);
  for (const finding of untouched) expect(second.findings).toContain(finding);
});

// People the whole agreement introduces decide findings and task owners in other paragraphs: a
// grandparent asked to keep a partner out, children named in a prompt, a worker named in a task
// (and so whether the professionals' part is there).
// Typing an introduction in or out must change those paragraphs' results as a fresh analysis would.
const INTRODUCTIONS: Array<[string, string]> = [
  ["Irene Kerr (Mason's nan) came to the meeting.", 'Irene Kerr came to the meeting.'],
  ['Finley (5) lives with Mum.', 'Finley lives with Mum.'],
  ['Jo Bell (social worker) wrote this plan.', 'Jo Bell wrote this plan.'],
];
const introducedBlocks = (which: readonly boolean[]): Block[] => [
  { kind: 'heading', level: 1, text: 'Written agreement' },
  // (Under a heading the walk knows, so that an edit there patches the previous run.)
  { kind: 'heading', level: 2, text: 'Why we are worried' },
  ...INTRODUCTIONS.map(([introduced, plain], k): Block => ({ kind: 'paragraph', text: which[k] ? introduced : plain })),
  { kind: 'heading', level: 2, text: 'What the family will do' },
  { kind: 'list-item', text: 'Irene will not let Mr Jones into the house.' },
  { kind: 'list-item', text: 'Mum will not let Finley into the house.' },
  // Everyone's actions together: whether the professionals have tasks at all turns on who Jo is.
  { kind: 'heading', level: 2, text: 'Actions' },
  { kind: 'list-item', text: 'Jo will visit every Tuesday at 4pm.' },
];

test('introducing people or taking their roles out: the same result as a fresh analysis', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(fc.array(fc.nat(INTRODUCTIONS.length - 1), { minLength: 1, maxLength: 8 }), (toggles) => {
      const which = INTRODUCTIONS.map(() => true);
      const analyser = new Analyser({ today });
      analyser.analyse(introducedBlocks(which));
      for (const k of toggles) {
        which[k] = !which[k];
        const blocks = introducedBlocks(which);
        const result = analyser.analyse(blocks);
        expect(result).toEqual(analyse(blocks, { today }));
        seen.add(JSON.stringify([result.findings.map((f) => f.paragraph), (result.tasks ?? []).map((t) => t.party), result.missingSections]));
      }
    }),
    { numRuns: 40, seed: 12 },
  );
  // Each introduction changes something elsewhere: every combination gives a result of its own.
  expect(seen.size).toBe(2 ** INTRODUCTIONS.length);
});

// A background that tells what happened is the worries; one that states an aim stays the purpose.
// Typing one into the other must move its lines as a fresh analysis would.
test('a background edited from worries to an aim and back: the same result as a fresh analysis', () => {
  const told = ['The police were called to the house twice in March.', 'We want Mia to stay safe and well at home.'];
  const background = (k: number): Block[] => [
    { kind: 'heading', level: 1, text: 'Written agreement' },
    { kind: 'heading', level: 2, text: 'Background' },
    { kind: 'paragraph', text: told[k] },
    { kind: 'paragraph', text: 'Mia lives with Mum and goes to Oak Primary.' },
    { kind: 'heading', level: 2, text: 'What the family will do' },
    { kind: 'list-item', text: 'Mum will take Mia to school every day.' },
  ];
  const analyser = new Analyser({ today });
  const concerns = [0, 1, 0, 1].map((k) => {
    const result = analyser.analyse(background(k));
    expect(result).toEqual(analyse(background(k), { today }));
    return result.sections.concerns?.paragraphs.includes(2);
  });
  expect(concerns).toEqual([true, false, true, false]);
});
