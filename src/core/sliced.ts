// Analysis that never holds the task pane's thread for long: the paragraphs are checked a slice at
// a time (the caller decides when to let the page breathe between slices), and a paragraph too long
// for any agreement is left out rather than allowed to stall the pane.
import type { Analyser } from './analyser';
import type { AnalysisResult, Block } from './model';

/**
 * Characters in one paragraph beyond which it is not checked (about 40 pages with no paragraph
 * break; no agreement has one). The file readers refuse such a paragraph; the pane skips it and says so.
 */
export const PARAGRAPH_CHAR_LIMIT = 100_000;

export interface SlicedAnalysis {
  result: AnalysisResult;
  /** Paragraphs left out for being longer than PARAGRAPH_CHAR_LIMIT (they have no findings). */
  skipped: number[];
}

/**
 * The same result as analyser.analyse(blocks), as a generator: each step does a slice of the work
 * (see Analyser.prepareInSteps) and the last returns the result. Paragraphs over the limit are
 * analysed as if empty; the result still holds their text, and no finding points into them.
 */
export function* analysisSteps(analyser: Analyser, blocks: readonly Block[]): Generator<void, SlicedAnalysis> {
  const skipped: number[] = [];
  let checked: readonly Block[] = blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].text.length <= PARAGRAPH_CHAR_LIMIT) continue;
    if (checked === blocks) checked = blocks.slice();
    (checked as Block[])[i] = { ...blocks[i], text: '', originalText: undefined };
    skipped.push(i);
  }
  yield* analyser.prepareInSteps(checked);
  const result = analyser.analyse(checked);
  if (skipped.length === 0) return { result, skipped };
  const paragraphs = result.paragraphs.slice();
  for (const i of skipped) paragraphs[i] = blocks[i].revision === 'deletion' ? '' : blocks[i].text;
  return { result: { ...result, paragraphs }, skipped };
}
