import { emptyWords, isWordAt, readFoldedWords, wordAt } from '../../src/core/folded-words';

describe('readFoldedWords', () => {
  it('reads words with apostrophes and hyphens, skipping numbers and marks', () => {
    const read = readFoldedWords("dad's step-mum: 2 visits; ok");
    expect(read.starts.map((_, i) => wordAt(read, i))).toEqual(["dad's", 'step-mum', 'visits', 'ok']);
    expect(read.breaks).toEqual([false, false, true, true]);
  });

  it('reads only the range asked for, up to the limit, into the record given', () => {
    const into = emptyWords();
    const text = 'nan will see the boys on sunday';
    const read = readFoldedWords(text, 4, 20, 3, into);
    expect(read).toBe(into);
    expect(read.starts.map((_, i) => wordAt(read, i))).toEqual(['will', 'see', 'the']);
    expect(isWordAt(read, 1, 'see')).toBe(true);
    expect(isWordAt(read, 1, 'sees')).toBe(false);
    expect(readFoldedWords(text, 0, 3).ends).toEqual([3]);
  });
});
