import { cueOf, type SectionCue } from './section-wordings';

// Cue families: the words and phrases that say what a part of an agreement is about, whatever its
// heading's exact wording. Each adds its weight to one section; a label needs a strong word or two
// weak ones to name a section (THRESHOLD in section-wordings.ts), and negative cues take weight away
// from a section a label only seems to name. Run on cleaned, folded label text.

export const word = cueOf('word');

export const WORD_CUES: SectionCue[] = [];

export const NEGATIVE_CUES: SectionCue[] = [];
