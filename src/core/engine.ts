import type { AnalysisResult, Block } from './model';
import { getProfile } from './profiles';

export interface AnalyseOptions {
  /** Policy profile id (see profiles.ts). */
  profile?: string;
  /** Reference date for date checks when the agreement carries no date of its own. */
  today?: Date;
}

// PLACEHOLDER until the rules land (being written now): returns no findings.
export function analyse(blocks: Block[], options: AnalyseOptions = {}): AnalysisResult {
  const profile = getProfile(options.profile);
  return { profile: profile.id, paragraphs: blocks.map((b) => b.text), findings: [], sections: {}, missingSections: [] };
}
