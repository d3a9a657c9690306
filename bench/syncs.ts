import { Analyser } from '../src/core';
import { watchDocument } from '../src/word/host';
import { WordAdapter } from '../src/word/word-adapter';
import { eventsDelivered, HOST_PROFILES, WordDouble } from '../test/word/word-double';

export interface WordCycleCost {
  /** Round trips in the live cycle after the worker edits one paragraph. */
  syncsPerEdit: number;
  /** Values read from Word in that cycle (the paragraph's fields, the re-check, the new marks' ids). */
  valuesPerEdit: number;
  /** Values read from Word by the first cycle: every paragraph's fields, and the ids of every mark. */
  valuesFullRead: number;
  syncsFullRead: number;
}

/**
 * What a live cycle costs in Word, on the strict Word double (Microsoft 365 profile, paragraph
 * events delivered from timers as Word does): the first full read, then one edited paragraph.
 */
export async function measureWordCycle(paragraphs: number): Promise<WordCycleCost> {
  const texts: Array<{ text: string; style?: string }> = [{ text: 'What the family will do', style: 'Heading 2' }];
  for (let i = 1; i < paragraphs; i++) texts.push({ text: i % 3 ? `Ms Smith will take Jo to school every day (${i}).` : `Mum will engage with services (${i}).` });
  const word = new WordDouble(texts, HOST_PROFILES.m365);
  const adapter = new WordAdapter(word.run, { structure: true, paragraphEvents: true, annotations: true, popups: true });
  const stop = await watchDocument(word.run, true, (change) => adapter.note(change), null);
  const analyser = new Analyser();
  word.resetCounters();
  await adapter.analyseAndMark(analyser);
  const full = { values: word.valuesRead, syncs: word.syncs };
  word.type(Math.min(3, paragraphs - 1), 'Mum will engage with the core group.');
  await eventsDelivered();
  word.resetCounters();
  await adapter.analyseAndMark(analyser);
  stop();
  return { syncsPerEdit: word.syncs, valuesPerEdit: word.valuesRead, valuesFullRead: full.values, syncsFullRead: full.syncs };
}
