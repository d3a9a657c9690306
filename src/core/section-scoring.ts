import { DECISIVE_CUES, EXACT_CUES, KIND_CUES, SECTION_PRIORITY, THRESHOLD, type CueTier, type SectionCue, type SectionKey } from './section-wordings';
import { NEGATIVE_CUES, WORD_CUES } from './section-cue-words';

// Which section a label names, by scoring it on every cue it carries (the data is in
// section-wordings.ts and section-cue-words.ts): a section's score is its strongest decisive, exact
// or kind cue plus the weight of every word cue (negative ones too); the highest score at THRESHOLD
// or above wins, and a tie goes to the section SECTION_PRIORITY lists first.

export interface LabelVerdict {
  section: SectionKey;
  /** The tier of the strongest cue behind the verdict ('word' when only words carried it). */
  tier: CueTier;
  score: number;
}

const ALL_CUES: readonly SectionCue[] = [...DECISIVE_CUES, ...EXACT_CUES, ...KIND_CUES, ...WORD_CUES, ...NEGATIVE_CUES];
const WITHOUT_WORDINGS: readonly SectionCue[] = ALL_CUES.filter((cue) => cue.tier !== 'decisive' && cue.tier !== 'exact');

/** The section a cleaned, folded label scores highest for, or null when none reaches THRESHOLD. */
export function scoreLabel(label: string): LabelVerdict | null {
  return bestSection(label, ALL_CUES);
}

/** The same, from the kind and word cues alone: what a label says when its exact wording names no single side. */
export function scoreLabelByKind(label: string): LabelVerdict | null {
  return bestSection(label, WITHOUT_WORDINGS);
}

function bestSection(label: string, cues: readonly SectionCue[]): LabelVerdict | null {
  const strongest = new Map<SectionKey, SectionCue>();
  const words = new Map<SectionKey, number>();
  for (const cue of cues) {
    if (!cue.pattern.test(label)) continue;
    if (cue.tier === 'word') words.set(cue.section, (words.get(cue.section) ?? 0) + cue.weight);
    else if ((strongest.get(cue.section)?.weight ?? -Infinity) < cue.weight) strongest.set(cue.section, cue);
  }
  if (strongest.size === 0 && words.size === 0) return null;
  let best: LabelVerdict | null = null;
  for (const section of SECTION_PRIORITY) {
    const top = strongest.get(section);
    const score = (top?.weight ?? 0) + (words.get(section) ?? 0);
    if (score >= THRESHOLD && (best === null || score > best.score)) best = { section, tier: top?.tier ?? 'word', score };
  }
  return best;
}
