// The engine's public face: analyse a document once, or keep an Analyser for live use.
import { Analyser, type AnalyseOptions } from './analyser';
import type { AnalysisResult, Block } from './model';

export { Analyser, type AnalyseOptions } from './analyser';
export type { DocumentView } from './document-view';
export type { RuleTimes } from './rule-runner';
export type { TaskLine } from './types';

/** Analyse a whole document once. For live use, keep an `Analyser` so unchanged paragraphs are cached. */
export function analyse(blocks: readonly Block[], options: AnalyseOptions = {}): AnalysisResult {
  return new Analyser(options).analyse(blocks);
}
