// Short names for the three local guidance documents every rule cites.
// The full titles are in README.md; the files are in ../shared/guidance/.
export const RUTLAND = 'Rutland Procedures Manual 1.2.6';
export const CIN_CP = 'Written Agreements – Child in Need and Child Protection';
export const DERBY = 'Derby and Derbyshire Safeguarding Children Boards, Use of Written Agreements';

/** Build a citation such as "Rutland Procedures Manual 1.2.6, §6 Good Written Agreements Are". */
export function cite(document: string, section: string): string {
  return `${document}, ${section}`;
}

export const PLAIN_ENGLISH = 'Plain English practice (Plain English Campaign; Rutland 1.2.6 §6, CIN/CP §2 and Derby and Derbyshire §6: "without jargon, acronyms or abbreviations")';
