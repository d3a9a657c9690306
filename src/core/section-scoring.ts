import { ASKED_OF_CUE, DECISIVE_CUES, EXACT_CUES, KIND_CUES, PLAN_CUE, SECTION_PRIORITY, THRESHOLD, type CueTier, type SectionCue, type SectionKey } from './section-wordings';
import { MAX_WORDS, NEGATIVE_CUES, WORD_CUES } from './section-cue-words';
import { LiteralGates } from './literal-gates';

// Which section a label names, by scoring it on every cue it carries (the data is in
// section-wordings.ts and section-cue-words.ts): a section's score is its strongest decisive, exact
// or kind cue plus the weight of its word cues when they reach THRESHOLD together (negative ones always); the highest score at THRESHOLD
// or above wins, and a tie goes to the section SECTION_PRIORITY lists first.

export interface LabelVerdict {
  section: SectionKey;
  /** The tier of the strongest cue behind the verdict ('word' when only words carried it). */
  tier: CueTier;
  score: number;
}

const WORDINGS: readonly SectionCue[] = [...DECISIVE_CUES, ...EXACT_CUES, ...KIND_CUES, ASKED_OF_CUE, PLAN_CUE];
const ALL_CUES: readonly SectionCue[] = [...WORDINGS, ...WORD_CUES, ...NEGATIVE_CUES];
const KINDS_AND_WORDS: readonly SectionCue[] = [...KIND_CUES, ...WORD_CUES, ...NEGATIVE_CUES];
/** Each cue is tried only on labels holding the literals it needs: most labels hold few cues' words, and a cue never tried is never compiled. */
const GATES = new LiteralGates(ALL_CUES.map((cue) => cue.pattern));

/** The section a cleaned, folded label scores highest for, or null when none reaches THRESHOLD. */
export function scoreLabel(label: string): LabelVerdict | null {
  return bestSection(label, shortLabel(label) ? ALL_CUES : WORDINGS);
}

/** The same without the exact wordings: what a label says when its exact wording names no single side ("Family and friends involved"). */
export function scoreLabelByKind(label: string): LabelVerdict | null {
  return bestSection(label, shortLabel(label) ? KINDS_AND_WORDS : KIND_CUES);
}

/** A label short enough for its words to be cues (MAX_WORDS): a longer text's words are its content. */
function shortLabel(label: string): boolean {
  let spaces = 0;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) === 32 && ++spaces >= MAX_WORDS) return false;
  return true;
}

function bestSection(label: string, cues: readonly SectionCue[]): LabelVerdict | null {
  const strongest = new Map<SectionKey, SectionCue>();
  const words = new Map<SectionKey, number>();
  const mayMatch = GATES.forText(label);
  for (const cue of cues) {
    if (!mayMatch(cue.pattern) || !cue.pattern.test(label)) continue;
    if (cue.tier === 'word') words.set(cue.section, (words.get(cue.section) ?? 0) + cue.weight);
    else if ((strongest.get(cue.section)?.weight ?? -Infinity) < cue.weight) strongest.set(cue.section, cue);
  }
  if (strongest.size === 0 && words.size === 0) return null;
  let best: LabelVerdict | null = null;
  for (const section of SECTION_PRIORITY) {
    const top = strongest.get(section);
    // Words below the threshold on their own are no evidence: "Family" beside an exact wording for the participants.
    const wordScore = words.get(section) ?? 0;
    const score = (top?.weight ?? 0) + (wordScore >= THRESHOLD || wordScore < 0 ? wordScore : 0);
    if (score >= THRESHOLD && (best === null || score > best.score)) best = { section, tier: top?.tier ?? 'word', score };
  }
  return best;
}
