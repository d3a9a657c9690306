import fc from 'fast-check';
import { fold } from '../../src/core/text';

describe('fold', () => {
  // What folding means, written the plain way: lower case, then each curly quote, odd space and dash as ASCII.
  const marks: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u00A0': ' ', '\u2003': ' ', '\t': ' ', '\u2013': '-', '\u2014': '-', '\u2212': '-' };
  const plainly = (text: string) => [...text.toLowerCase()].map((ch) => marks[ch] ?? ch).join('');
  const pieces = ['Mum', 'WILL', ' ', 'Kai\u2019s', '\u201Csafe\u201D', '\u00A0', '\t', '\u2013', '\u2014', 'caf\u00E9', '\u00C9', '\u2022', '\u{1F600}', '\u2212', '5'];

  it('lower-cases and folds marks, keeping every length', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(plainly(text));
        expect(fold(text)).toHaveLength(text.length);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('folds a paragraph longer than one piece of the rebuilt text', () => {
    const text = 'Mum\u2019s \u201Cplan\u201D \u2013 '.repeat(2000);
    expect(fold(text)).toBe(plainly(text));
  });
});
