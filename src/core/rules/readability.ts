import { cite, CIN_CP } from '../guidance';
import { NO_FINDINGS, type ParagraphRule, type RawFinding } from '../rule';
import { countWords, moreSpacesThan } from '../measure';
import { sentences } from '../text';

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
  messages: {
    longSentence: 'This sentence has {{words}} words. Split it into shorter sentences of 15 to 20 words so every parent can follow it.',
  },
  check({ text, role }) {
    if (role.labelOnly) return NO_FINDINGS;
    // Cheap pre-test: a paragraph with 25 or fewer spaces (ordinary, no-break or tab) is not
    // checked (words joined only by punctuation, as in "a/b/c", are a rare exception it lets pass).
    if (!moreSpacesThan(text, LONG)) return NO_FINDINGS;
    const findings: RawFinding[] = [];
    for (const sentence of sentences(text)) {
      const words = countWords(text, sentence.start, sentence.end);
      if (words > LONG) findings.push({ start: sentence.start, end: sentence.end, messageId: 'longSentence', data: { words }, suggestions: [], severity: words > VERY_LONG ? 'warning' : 'info' });
    }
    return findings;
  },
};
