import { cite, CIN_CP } from '../guidance';
import type { ParagraphRule, RawFinding } from '../rule';
import { countWords, sentences } from '../text';

// Aim for a reading age of 9 to 11: short sentences do most of the work. Over about 25 words a
// sentence is hard going for many parents; over 40 it is hard for nearly everyone.
const LONG = 25;
const VERY_LONG = 40;

export const readabilityRule: ParagraphRule = {
  id: 'long-sentence',
  scope: 'paragraph',
  category: 'readability',
  severity: 'info',
  description: 'Sentences over about 25 words are hard to follow; aim for a reading age of 9 to 11.',
  source: `${cite(CIN_CP, '§2 (families must have a clear understanding of what is expected of them)')}; plain English practice`,
  check({ text, role }) {
    if (role.labelOnly) return [];
    // A paragraph with 25 or fewer spaces cannot hold a sentence of more than 25 words.
    // (The limit is copied into a local: reading a module constant on every character was
    // several times slower than the test itself.)
    const limit = LONG;
    const length = text.length;
    let spaces = 0;
    for (let i = 0; i < length && spaces <= limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 160 || c === 9) spaces++;
    }
    if (spaces <= limit) return [];
    const findings: RawFinding[] = [];
    for (const sentence of sentences(text)) {
      const words = countWords(sentence.text);
      if (words <= LONG) continue;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        message: `This sentence has ${words} words. Split it into shorter sentences of 15 to 20 words so every parent can follow it.`,
        suggestions: [],
        severity: words > VERY_LONG ? 'warning' : 'info',
      });
    }
    return findings;
  },
  examples: [
    {
      section: 'concerns',
      bad: [
        'We are worried that because of the home environment life is chaotic and we are not sure that Ms Smith and Mr Smith make sure that all the children\u2019s basic needs are met at home and at school.',
      ],
      good: ['We are worried that Jo and Sam are often late for school.', 'Jo has missed 12 days of school since September.'],
    },
  ],
};
