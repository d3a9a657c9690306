import fc from 'fast-check';
import { analyse, Analyser, type AnalysisResult, type Block } from '../../src/core';
import { generateAgreement } from '../../bench/generate';

// Property tests: whatever the text, analysis never throws, offsets stay inside their paragraph,
// excerpts are exact slices, and results are deterministic (also through the caching Analyser).
// Run counts: 4 x 2,000 documents + 2,500 paragraphs + 500 edit sequences = 11,000 generated inputs.

// Realistic agreement words, so the rules actually fire, mixed with text that trips naive code.
const NAMES = ['Ms Smith', 'Mr Jones', 'Kerry', 'Daniel', 'Mum', 'Dad', 'Grandma Jean', 'Hannah Okafor (social worker)', 'the social worker', 'Professionals', 'Jo', 'Liam and Mia', 'Children\u2019s Services'];
const WORDS = [
  'will', 'will not', 'attend', 'engage with', 'services', 'take Jo to school', 'every Tuesday at 4pm', 'by 7 December 2026', 'on 07/12/2026', '1st Jan',
  'the core group', 'ICPC', 'CAMHS', 'CP', 'DV', 'SW', 'PLO', 'section 47', 'parenting capacity', 'disguised compliance', 'as appropriate', 'regularly',
  'If', 'then', 'the children will be removed', 'last chance', 'not allow him in the home', 'supervised contact', 'review', 'Review date:', 'Contingency:',
  'What the family will do', 'If things go wrong', '(', ')', ':', ';', '.', ',', '1.', '**', '\t', '\r\n', '\u2028',
];
const HOSTILE = [
  '\u{1F600}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F44D}\u{1F3FD}', // emoji, a ZWJ family, a skin tone
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', '\u200F', '\u202E', '\u2066', // Arabic, Hebrew, RLM, RLO, isolate
  '\u00A0', '\u202F', '\u200B', '\uFEFF', // non-breaking, narrow, zero-width spaces, BOM
  '\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', // smart quotes, dashes, ellipsis
  '\uD800', '\uDFFF', '\uDBFF\uD800', // lone and reversed surrogates
  'e\u0301', '\u0130', '\u1E9E', // combining accent; characters whose case mapping changes length
];
const sentence = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '', ':', '!'))
  .map(([who, words, end]) => `${who} ${words.join(' ')}${end}`);
const noise = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const phrase = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: noise }), { maxLength: 12 }), fc.constantFrom(' ', ' ', '\u00A0', ''))
  .map(([parts, separator]) => parts.join(separator));
const block: fc.Arbitrary<Block> = fc
  .record({
    kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'list-item', 'table-cell'),
    text: phrase,
    level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    tag: fc.option(fc.constantFrom('contingency', 'review-date', 'family-commitments', 'professional-commitments', 'clear-agreements-checklist', 'not-a-section'), { nil: undefined }),
    table: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    row: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    column: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    boldPrefix: fc.option(fc.constantFrom('Review date:', 'Contingency:', 'Sophie will:', 'not in the text'), { nil: undefined }),
    revision: fc.option(fc.constantFrom<'insertion' | 'deletion'>('insertion', 'deletion'), { nil: undefined }),
  })
  .map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as Block);
const document = fc.array(block, { maxLength: 30 });

const HIGH = /[\uD800-\uDBFF]/;
const LOW = /[\uDC00-\uDFFF]/;

function expectValid(result: AnalysisResult, blocks: readonly Block[]): void {
  expect(result.paragraphs).toHaveLength(blocks.length);
  // Plain checks collected into one assertion: one expect() per finding made the file too slow for CI.
  const problems: string[] = [];
  for (const f of result.findings) {
    const text = result.paragraphs[f.paragraph];
    if (!Number.isInteger(f.paragraph) || f.paragraph < 0 || f.paragraph >= result.paragraphs.length) problems.push(`${f.ruleId}: paragraph ${f.paragraph}`);
    else if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`${f.ruleId}: offsets ${f.start}-${f.end} of ${text.length}`);
    else if (f.excerpt !== text.slice(f.start, f.end)) problems.push(`${f.ruleId}: excerpt is not the slice`);
    // Word positions marks in UTF-16 units: an offset between the halves of a pair would cut a character.
    else if ([f.start, f.end].some((at) => at > 0 && at < text.length && HIGH.test(text[at - 1]) && LOW.test(text[at]))) problems.push(`${f.ruleId}: offset splits a surrogate pair`);
    if (!['error', 'warning', 'info'].includes(f.severity) || !f.ruleId) problems.push(`bad severity or rule id: ${f.ruleId}/${f.severity}`);
  }
  expect(problems).toEqual([]);
}

function checkInvariants(blocks: Block[]): void {
  expectValid(analyse(blocks), blocks);
}

test.each([1, 2, 3, 4])('documents, batch %i: never throws, offsets and excerpts are exact', (seed) => {
  fc.assert(fc.property(document, (blocks) => checkInvariants(blocks)), { numRuns: 2000, seed });
});

test('single paragraphs in every section', () => {
  fc.assert(
    fc.property(fc.constantFrom('What the family will do', 'What professionals will do', 'If things go wrong', 'What we are worried about', 'Review'), phrase, (heading, text) =>
      checkInvariants([{ kind: 'heading', level: 2, text: heading }, { kind: 'list-item', text }]),
    ),
    { numRuns: 2500, seed: 7 },
  );
});

test('deterministic, and the caching analyser agrees with a fresh one after edits and on unchanged text', () => {
  fc.assert(
    fc.property(document, fc.nat(), phrase, (blocks, at, edit) => {
      const first = analyse(blocks);
      expect(analyse(blocks)).toEqual(first);
      const analyser = new Analyser();
      expect(analyser.analyse(blocks)).toEqual(first);
      // Unchanged text again, through the cache.
      expect(analyser.analyse(blocks)).toEqual(first);
      const edited = blocks.length ? blocks.map((b, i) => (i === at % blocks.length ? { ...b, text: edit } : b)) : blocks;
      const afterEdit = analyser.analyse(edited);
      expectValid(afterEdit, edited);
      expect(afterEdit).toEqual(analyse(edited));
      // Undoing the edit brings back exactly the first result.
      expect(analyser.analyse(blocks)).toEqual(first);
    }),
    { numRuns: 500, seed: 11 },
  );
});

test('a 100,000-character paragraph', () => {
  const long = 'Ms Smith will engage with services as appropriate \u{1F600} and the ICPC core group will review it\u00A0regularly. '.repeat(1200).slice(0, 100_000);
  checkInvariants([{ kind: 'heading', level: 2, text: 'What the family will do' }, { kind: 'paragraph', text: long }]);
  // One unbroken "word" of the same length, where backtracking regular expressions would suffer.
  checkInvariants([{ kind: 'heading', level: 2, text: 'What the family will do' }, { kind: 'list-item', text: 'a'.repeat(100_000) }]);
});

test('a 5,000-paragraph document, analysed and then edited through the caching analyser', () => {
  const many: Block[] = [];
  for (let i = 0; i < 5000; i++) {
    many.push(i % 50 === 0 ? { kind: 'heading', level: 2, text: i % 100 ? 'What the family will do' : 'What professionals will do' } : { kind: 'list-item', text: `${NAMES[i % NAMES.length]} will attend appointment ${i} every Tuesday \u{1F600}${HOSTILE[i % HOSTILE.length]}.` });
  }
  const result = analyse(many);
  expectValid(result, many);
  expect(result.findings.length).toBeGreaterThan(0);
  const analyser = new Analyser();
  analyser.analyse(many);
  const edited = many.map((b, i) => (i === 2501 ? { ...b, text: 'Mum will engage with services as appropriate.' } : b));
  expect(analyser.analyse(edited)).toEqual(analyse(edited));
});

test('the benchmark agreements (about 1,000 and 10,000 words) satisfy the same invariants', () => {
  for (const [words, seed] of [[1_000, 1], [10_000, 2]]) {
    const blocks = generateAgreement(words, seed);
    const result = analyse(blocks);
    expectValid(result, blocks);
    expect(result.findings.some((f) => f.category === 'jargon')).toBe(true);
  }
});
