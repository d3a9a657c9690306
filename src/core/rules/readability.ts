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
    // A paragraph with 25 or fewer spaces (ordinary, no-break or tab) cannot hold a sentence of
    // more than 25 words. Counted with indexOf, which skips along much faster than a loop over
    // every character.
    if (!moreSpacesThan(text, LONG)) return NO_FINDINGS;
    let findings: RawFinding[] | undefined;
    const list = sentences(text);
    for (let k = 0; k < list.length; k++) {
      const sentence = list[k];
      // Words need a character between them, so more than 25 take at least 51 characters:
      // shorter sentences need no counting.
      if (sentence.end - sentence.start < 2 * LONG + 1) continue;
      const words = countWords(text, sentence.start, sentence.end);
      if (words <= LONG) continue;
      (findings ??= []).push({ start: sentence.start, end: sentence.end, messageId: 'longSentence', data: { words }, suggestions: [], severity: words > VERY_LONG ? 'warning' : 'info' });
    }
    return findings ?? NO_FINDINGS;
  },
};
