// Worries written as what happened, with no word for worry: "Last summer family time ended in
// arguments and Noah came home crying", "Dad lost his job in September", "Mrs W had FGM as a child".
// A sentence tells such an event when it names something going wrong (harm, distress, neglect,
// hardship, a service stepping in) and tells or dates the past, and neither asks nor supposes
// anything (a task's "will", a condition's "if", an aim's "so that"). Read word by word from word
// classes (lexicon/event-words.ts), so no large pattern is compiled.
import { readFoldedWords, wordAt, type FoldedWords } from './folded-words';
import { NOT_TOLD, PAST, PAST_AFTER, TROUBLE, TROUBLE_AFTER } from './lexicon/event-words';

/** One record reused for every paragraph read. */
const READ: FoldedWords = { text: '', words: [], starts: [], ends: [], breaks: [] };
/** Whether a sentence ends between `from` and `to`: at . ! ? ; or a line break (not a colon or a bracket: "Noor (5) was in the flat"). */
function sentenceEnds(folded: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = folded.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) return true;
  }
  return false;
}

/** Whether word i, read with the word before it, is in `words` or after one of its lead words in `after`. */
function isIn(word: string, before: string, words: ReadonlySet<string>, after: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  return words.has(word) || after.get(word)?.has(before) === true;
}

/** An aim said as "so that", "make sure" or "needs to": the sentence looks ahead. */
function looksAhead(word: string, before: string): boolean {
  return (word === 'that' && before === 'so') || (word === 'sure' && before === 'make') || (word === 'to' && (before === 'need' || before === 'needs')) || word.endsWith("'ll");
}

/** Whether some sentence of the folded paragraph tells something going wrong as having happened. */
export function tellsTroubleAsEvent(folded: string): boolean {
  const read = readFoldedWords(folded, 0, folded.length, Infinity, READ);
  let trouble = false, past = false, ahead = false;
  let before = '';
  for (let i = 0; i < read.starts.length; i++) {
    if (i > 0 && sentenceEnds(folded, read.ends[i - 1], read.starts[i])) {
      if (trouble && past && !ahead) return true;
      trouble = past = ahead = false;
      before = '';
    }
    const word = wordAt(read, i);
    if (NOT_TOLD.has(word) || looksAhead(word, before)) ahead = true;
    // (Two words: one word alone, "Referred by", is a label, not an event told.)
    if (!trouble && isIn(word, before, TROUBLE, TROUBLE_AFTER)) trouble = true;
    else if (!past && isIn(word, before, PAST, PAST_AFTER)) past = true;
    before = word;
  }
  return trouble && past && !ahead;
}
