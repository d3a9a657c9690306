import { countWords } from './measure';
import { sentences } from './text';

// Reading age from the Flesch-Kincaid grade (US grade + 5 = UK reading age). Shown as a summary
// beside the findings, not as a finding: guidance asks for agreements a parent with a reading
// age of 9 to 11 can follow.
export interface ReadingAge {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  /** Years; undefined for too little text to judge. */
  age?: number;
}

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return w.length > 0 ? 1 : 0;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function readingAge(paragraphs: readonly string[]): ReadingAge {
  let words = 0;
  let sentenceCount = 0;
  let syllableCount = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const count = countWords(sentence.text);
      if (count < 3) continue;
      sentenceCount++;
      words += count;
      for (const word of sentence.text.split(/\s+/)) syllableCount += syllables(word);
    }
  }
  if (words < 30 || sentenceCount === 0) return { words, sentences: sentenceCount, averageSentenceLength: sentenceCount ? words / sentenceCount : 0 };
  const grade = 0.39 * (words / sentenceCount) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences: sentenceCount, averageSentenceLength: words / sentenceCount, age: Math.max(5, Math.round(grade + 5)) };
}
