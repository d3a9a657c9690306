import { Analyser } from '../src/core';
import { WordAdapter } from '../src/word/word-adapter';
import { WordDouble } from '../test/word/word-double';

/** Round trips in one live cycle after the worker edits one paragraph, against the Word test double. */
export async function countSyncsPerCycle(paragraphs: number): Promise<number> {
  const texts: Array<{ text: string; style?: string }> = [{ text: 'What the family will do', style: 'Heading 2' }];
  for (let i = 1; i < paragraphs; i++) texts.push({ text: i % 3 ? `Ms Smith will take Jo to school every day (${i}).` : `Mum will engage with services (${i}).` });
  const word = new WordDouble(texts);
  const adapter = new WordAdapter(word.run, { structure: true, paragraphEvents: true, annotations: true, popups: true });
  const analyser = new Analyser();
  await adapter.analyseAndMark(analyser);
  word.type(Math.min(3, paragraphs - 1), 'Mum will engage with the core group.');
  word.syncs = 0;
  await adapter.analyseAndMark(analyser);
  return word.syncs;
}
