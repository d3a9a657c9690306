import { analyse, Analyser, type Block } from '../../src/core';

// A live edit may change only what a reader knows about a block (its placeholder flag, list label,
// origin...), not its text. The analyser must see that as a change, or it keeps stale results.
describe('block change detection', () => {
  const today = new Date(2026, 10, 22);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'What happens if things go wrong' },
    { kind: 'paragraph', text: 'If this agreement is not kept, we will meet with Ms Smith within five working days.' },
    { kind: 'heading', level: 2, text: 'What the family will do' },
    { kind: 'list-item', text: 'Ms Smith will take Jo to school by 8.45am every day.' },
  ];

  it.each<[string, Partial<Block>]>([
    ['placeholder flag', { placeholder: true }],
    ['placeholder spans', { placeholders: [{ start: 0, end: 84 }] }],
    ['origin', { origin: 'footer' }],
  ])('an edit changing only the %s gives what a fresh analysis gives', (_name, change) => {
    const analyser = new Analyser({ today });
    analyser.analyse(blocks.map((b) => ({ ...b })));
    const edited = blocks.map((b, i) => (i === 1 ? { ...b, ...change } : { ...b }));
    const fresh = analyse(edited, { today });
    expect(analyser.analyse(edited)).toEqual(fresh);
  });

  it('the check can fail: a fresh analysis of the edit differs from the original', () => {
    const edited = blocks.map((b, i) => (i === 1 ? { ...b, placeholder: true } : b));
    expect(analyse(edited, { today }).sections.contingency?.present).not.toBe(analyse(blocks, { today }).sections.contingency?.present);
  });
});
