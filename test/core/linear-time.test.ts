import fc from 'fast-check';
import { analyse, clearCaches, engineWork, type Block } from '../../src/core';
import { firstInSentenceWith, ifBreaksAgreement } from '../../src/core/linear-scans';
import { acronymDefinitions, spelledOutBefore } from '../../src/core/rules/acronyms';

// Issue 17: the engine's time grows linearly with a paragraph's words, however repetitive. Each
// pathological input is analysed at two sizes; the work counter (src/core/work-counter.ts), not the
// clock, must roughly double. The one-pass scans that replaced quadratic patterns are checked
// against those patterns on small random texts, where the originals are quick.

const CONTEXTS: Record<string, (text: string) => Block[]> = {
  paragraph: (text) => [{ kind: 'paragraph', text }],
  'family task': (text) => [{ kind: 'heading', level: 2, text: 'What the family will do' }, { kind: 'list-item', text: `Ms Smith will ${text}` }],
  'review section': (text) => [{ kind: 'heading', level: 2, text: 'Review date' }, { kind: 'paragraph', text }],
  'table cell': (text) => [
    { kind: 'heading', level: 2, text: 'What the family will do' },
    { kind: 'table-cell', table: 0, row: 0, column: 0, text: 'Who' },
    { kind: 'table-cell', table: 0, row: 0, column: 1, text: 'What' },
    { kind: 'table-cell', table: 0, row: 1, column: 0, text: 'Mum' },
    { kind: 'table-cell', table: 0, row: 1, column: 1, text },
  ],
};

// Each made the engine quadratic before: "if if if" (a contingency pattern), dates (the date parser that
// came before the date reader, and the review-sentence test), abbreviations (a term search looked for '_' on every call), unclosed
// explanations "SW (" and a review sentence followed by dates.
const UNITS = ['if', 'if the', '7 December 2026', 'review 7/12/2026.', 'CAMHS', 'SW (', 'SW (Child and Family', 'DV_', 'at 10am on Monday', 'will not'];

function workFor(blocks: Block[]): number {
  clearCaches();
  const before = engineWork();
  analyse(blocks);
  return engineWork() - before;
}

describe.each(Object.entries(CONTEXTS))('in a %s, doubling a repeated phrase about doubles the work', (_, context) => {
  test.each(UNITS)('%s', (unit) => {
    const n = 3_000;
    const small = workFor(context(Array(n).fill(unit).join(' ')));
    const large = workFor(context(Array(2 * n).fill(unit).join(' ')));
    expect(large).toBeGreaterThan(0);
    // Linear work doubles (plus a constant); quadratic work would quadruple.
    expect(large / Math.max(small, 1)).toBeLessThan(2.6);
  });
});

test('doubling the number of paragraphs about doubles the work', () => {
  const doc = (n: number) => [{ kind: 'heading', level: 2, text: 'Review date' } as Block, ...Array.from({ length: n }, (_, i): Block => ({ kind: 'paragraph', text: `We will review it on ${(i % 28) + 1} March 2027. CAMHS SW (the Family Group ${i}` }))];
  const small = workFor(doc(2_000));
  expect(workFor(doc(4_000)) / small).toBeLessThan(2.6);
});

describe('the one-pass scans answer as the patterns they replaced', () => {
  test('"if ... breaks this agreement"', () => {
    const original = /\bif (?:[a-z' ]+ )?(?:break|breaks|breach|breaches) (?:this|the) agreement\b/;
    const piece = fc.constantFrom('if', ' ', 'if ', 'break', 'breaks', 'breach', 'breaches', ' the', ' this', ' agreement', 'agreements', "'", 'x', '1', '_', ',', '\u00E9', 'i', 'f');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => original.test(parts.join('')) === ifBreaksAgreement(parts.join(''))), { numRuns: 20_000, seed: 17 });
  });

  test('the first date in a sentence about reviewing', () => {
    const review = /\breview(?:ed|ing|s)?\b|\blook at (?:this|it|the agreement) again\b/;
    const sentenceOf = (text: string, at: number) => text.slice(text.lastIndexOf('.', at - 1) + 1, text.indexOf('. ', at) < 0 ? text.length : text.indexOf('. ', at));
    const piece = fc.constantFrom('review', 'reviewed', 'reviews', 'x', '.', '. ', ' ', 'look at it again', 'reviewer', '7 dec', '_');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.array(fc.nat(120), { maxLength: 6 }), (parts, starts) => {
        const text = parts.join('');
        const spans = starts.filter((s) => s <= text.length).sort((a, b) => a - b).map((start) => ({ start }));
        return spans.find((s) => review.test(sentenceOf(text, s.start))) === firstInSentenceWith(text, spans, review);
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });

  test('abbreviations explained in brackets', () => {
    const original = (text: string) => [...text.matchAll(/(?<![\p{L}])([A-Z][A-Za-z&]{1,8})\s*\((?:[A-Za-z][^)]{8,})\)/gu)].map((m) => m[1]);
    // "Words (AB)": which of them count is spelledOutBefore's question (its cases are the acronym rule's);
    // here only the one-pass scan of "AB (words …)" is compared with the pattern it replaced.
    const bracketed = (text: string) => {
      const found: string[] = [];
      for (const m of text.matchAll(/\(\s*([A-Z][A-Za-z&]{1,8})\s*\)/g)) {
        if (spelledOutBefore(text.slice(Math.max(0, m.index - 120), m.index), m[1])) found.push(m[1]);
      }
      return found;
    };
    const piece = fc.constantFrom('SW', 'CAMHS', ' ', '(', ')', 'Child and Adolescent', 'abcdefghi', 'ab', 'x', '\u00E9', 'A&B', 'Social Worker', '1', '\u{1F600}', '\uD800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const expected = text.includes('(') ? [...bracketed(text), ...original(text)] : [];
        expect(acronymDefinitions(text)).toEqual(expected);
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });
});

test('repetitive and adversarial paragraphs: twice the text is about twice the work, and every finding is exact', () => {
  const unit = fc.oneof(
    fc.constantFrom(...UNITS, '(', ')', '.', '. ', '_', '*', '|', '#', '\u2019', '\u00A0', '\uD800', '\u{1F600}', 'Review date:', 'If things go wrong', 'Dad', 'Mr Jones'),
    fc.string({ maxLength: 6 }),
  );
  // Texts of 10,000 and 20,000 characters: past the date parser's window (dates.ts), inside which
  // its cost is allowed to grow faster.
  const repeated = (units: string[], length: number) => {
    let text = '';
    for (let i = 0; text.length < length; i++) text += `${units[i % units.length]} `;
    return text.slice(0, length);
  };
  fc.assert(
    fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...Object.values(CONTEXTS)), (units, context) => {
      clearCaches();
      const start = engineWork();
      analyse(context(repeated(units, 10_000)));
      const small = engineWork() - start;
      clearCaches();
      const middle = engineWork();
      const result = analyse(context(repeated(units, 20_000)));
      const large = engineWork() - middle;
      expect(large).toBeLessThan(2.6 * small + 20_000);
      for (const f of result.findings) expect(result.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
    }),
    { numRuns: 60, seed: 2026 },
  );
});
