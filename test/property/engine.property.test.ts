import fc from 'fast-check';
import { analyse, Analyser, type Block } from '../../src/core';

// Property tests: whatever the text, analysis never throws, offsets stay inside their paragraph,
// excerpts are exact slices, and results are deterministic (also through the caching Analyser).
const WORDS = [
  'Ms Smith', 'Mr Jones', 'will', 'attend', 'engage with', 'services', 'every Tuesday', 'by 7 December 2026', 'the core group', 'ICPC', 'CAMHS',
  'If', 'the children will be removed', 'not allow him in the home', 'supervised contact', 'review', 'on 07/12/2026', 'as appropriate', 'SW',
  'What the family will do', 'If things go wrong', 'Review date:', '\u{1F600}', '\u0645\u0631\u062D\u0628\u0627', '\u00A0', '\u2019', '\u201Cquoted\u201D', '\uD800', '\uDFFF',
  '(', ')', ':', '.', ',', '\t', '1.', '**', 'CP', 'DV', 'parenting capacity', 'Children\u2019s Services', 'social worker',
];
const phrase = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 25 }).map((parts) => parts.join(' '));
const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'list-item', 'table-cell'),
  text: phrase,
  level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  tag: fc.option(fc.constantFrom('contingency', 'review-date', 'family-commitments', 'professional-commitments', 'not-a-section'), { nil: undefined }),
  table: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  row: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  column: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  boldPrefix: fc.option(fc.constantFrom('Review date:', 'Contingency:', 'Sophie will:'), { nil: undefined }),
}).map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as Block);
const document = fc.array(block, { maxLength: 30 });

function checkInvariants(blocks: Block[]): void {
  const result = analyse(blocks);
  expect(result.paragraphs).toHaveLength(blocks.length);
  for (const f of result.findings) {
    expect(f.paragraph).toBeGreaterThanOrEqual(0);
    expect(f.paragraph).toBeLessThan(result.paragraphs.length);
    expect(0 <= f.start && f.start <= f.end && f.end <= result.paragraphs[f.paragraph].length).toBe(true);
    expect(f.excerpt).toBe(result.paragraphs[f.paragraph].slice(f.start, f.end));
  }
}

// 4 batches of 2,000 documents plus 2,500 single paragraphs: over 10,000 generated inputs per run.
test.each([1, 2, 3, 4])('documents, batch %i: never throws, offsets and excerpts are exact', (seed) => {
  fc.assert(fc.property(document, (blocks) => checkInvariants(blocks)), { numRuns: 2000, seed });
});

test('single paragraphs in every section', () => {
  fc.assert(
    fc.property(fc.constantFrom('What the family will do', 'What professionals will do', 'If things go wrong', 'What we are worried about'), phrase, (heading, text) =>
      checkInvariants([{ kind: 'heading', level: 2, text: heading }, { kind: 'list-item', text }]),
    ),
    { numRuns: 2500, seed: 7 },
  );
});

test('deterministic, and the caching analyser agrees with a fresh one after edits', () => {
  fc.assert(
    fc.property(document, fc.nat(), phrase, (blocks, at, edit) => {
      expect(analyse(blocks)).toEqual(analyse(blocks));
      const analyser = new Analyser();
      analyser.analyse(blocks);
      const edited = blocks.length ? blocks.map((b, i) => (i === at % blocks.length ? { ...b, text: edit } : b)) : blocks;
      expect(analyser.analyse(edited)).toEqual(analyse(edited));
      expect(analyser.analyse(blocks)).toEqual(analyse(blocks));
    }),
    { numRuns: 500, seed: 11 },
  );
});

test('a 100,000-character paragraph and a 5,000-paragraph document', () => {
  const long = 'Ms Smith will engage with services as appropriate and the core group will review it. '.repeat(1200).slice(0, 100_000);
  checkInvariants([{ kind: 'heading', level: 2, text: 'What the family will do' }, { kind: 'paragraph', text: long }]);
  const many: Block[] = [];
  for (let i = 0; i < 5000; i++) many.push(i % 50 === 0 ? { kind: 'heading', level: 2, text: 'What the family will do' } : { kind: 'list-item', text: `Ms Smith will attend appointment ${i} every Tuesday \u{1F600}.` });
  checkInvariants(many);
});
