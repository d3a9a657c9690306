import { DOCUMENT_FACTS, FACT_WORDS, type DocumentFact } from './section-evidence';
import { WordScan } from './word-gate';

// Document checks scan every paragraph on every analysis. Each fact's answer for a paragraph is
// worked out at most once and kept (by position) for the next run, so while a worker types only the
// edited paragraph is tested again. Two bit sets per paragraph (32 bits: room for 32 facts): which facts are known, which hold.
const FACT_BIT = Object.fromEntries(Object.keys(DOCUMENT_FACTS).map((name, bit) => [name, 1 << bit])) as Record<DocumentFact, number>;

/**
 * A fact absent from a document is tested on every paragraph, one call each. After this many
 * paragraphs tested one by one, each question about a paragraph not yet known searches all the
 * paragraphs joined, from that paragraph on, for the fact's cheap test: every paragraph before the
 * next place it passes is known not to hold the fact, with one call instead of one per paragraph
 * (and no more text read than one by one). A fact asked of a few paragraphs only (the title area,
 * a section's lines) never joins them.
 */
const ONE_BY_ONE = 32;

/**
 * The fact's cheap test as a search over all paragraphs joined by line breaks, where that search
 * finds a match in every paragraph whose text alone passes the test: no anchor (`^`, `$`) and no
 * negative lookaround, which could look past a paragraph's ends and fail there. A match the join
 * makes up across two paragraphs only costs the full test of one more paragraph.
 */
const JOINED_NEEDS = new Map<DocumentFact, RegExp>();
for (const [name, fact] of Object.entries(DOCUMENT_FACTS) as Array<[DocumentFact, { needs?: unknown }]>) {
  const needs = fact.needs;
  // Escapes and character classes ("[^,.]") left out, what is left must hold no anchor or negative lookaround.
  const outsideClasses = needs instanceof RegExp ? needs.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '') : '$';
  if (needs instanceof RegExp && !/[$^]|\(\?<?!/.test(outsideClasses) && !/[my]/.test(needs.flags)) JOINED_NEEDS.set(name, new RegExp(needs.source, `${needs.flags.replace('g', '')}g`));
}

/** Every fact's words (FACT_WORDS), searched for at once; for each word (by its index in the scan), the bits of the facts it serves. */
const FACT_WORD_SCAN = new WordScan(Object.values(FACT_WORDS).flat());
const FACTS_OF_WORD = FACT_WORD_SCAN.words.map((word) => {
  let bits = 0;
  for (const [fact, words] of Object.entries(FACT_WORDS)) if (words.includes(word)) bits |= FACT_BIT[fact as DocumentFact];
  return bits;
});
/** The bits of the facts with words. */
const WORD_GATED = Object.keys(FACT_WORDS).reduce((bits, fact) => bits | FACT_BIT[fact as DocumentFact], 0);

/** Which of the document facts each folded paragraph matches, tested lazily. */
export class ParagraphFacts {
  private readonly known: Uint32Array;
  private readonly value: Uint32Array;
  /** Paragraphs each fact has been tested on one by one, by fact. */
  private readonly tested = new Map<DocumentFact, number>();
  private joined: { text: string; starts: number[] } | null = null;
  /** For each paragraph, the bits of the word-gated facts one of whose words it holds (one scan, made when first needed). */
  private cues: Uint32Array | null = null;

  constructor(private readonly folded: readonly string[], previous?: ParagraphFacts, changed?: readonly number[]) {
    if (previous && changed && previous.known.length === folded.length) {
      // The previous run's answers are taken over, not copied: it is done with them (the analyser asks
      // only the latest facts), and three new arrays on every keystroke cost the live cycle more than the copying.
      this.known = previous.known;
      this.value = previous.value;
      // An edited paragraph is tested afresh: forget what it was known to hold as well as that it was known.
      for (const i of changed) {
        this.known[i] = 0;
        this.value[i] = 0;
      }
      // The words' scan is kept too, with only the edited paragraphs scanned again: a whole-document
      // scan on every edit would cost the live cycle more than the facts it rules out.
      if (previous.cues) {
        this.cues = previous.cues;
        for (const i of changed) this.cues[i] = wordCues(folded[i], [0])[0];
      }
    } else {
      this.known = new Uint32Array(folded.length);
      this.value = new Uint32Array(folded.length);
    }
  }

  has(i: number, fact: DocumentFact): boolean {
    const bit = FACT_BIT[fact];
    if (this.known[i] & bit) return (this.value[i] & bit) !== 0;
    if (this.ruledOut(i, fact, bit)) return false;
    this.known[i] |= bit;
    if (!DOCUMENT_FACTS[fact].test(this.folded[i])) return false;
    this.value[i] |= bit;
    return true;
  }

  /**
   * Whether paragraph i fails the fact's cheap test: it holds none of the fact's words (for a fact
   * with words), or a search of the joined paragraphs from its start finds the next match further
   * on (the paragraphs before it fail the test, and are known not to hold the fact).
   */
  private ruledOut(i: number, fact: DocumentFact, bit: number): boolean {
    // The words' one scan serves every fact with words, so it is made at the first question in a
    // document of more paragraphs than are tested one by one.
    if (bit & WORD_GATED) return this.folded.length > ONE_BY_ONE && this.withoutWords(i, bit);
    const needs = JOINED_NEEDS.get(fact);
    if (!needs) return false;
    const tested = (this.tested.get(fact) ?? 0) + 1;
    this.tested.set(fact, tested);
    if (tested <= ONE_BY_ONE) return false;
    const { text, starts } = (this.joined ??= joinParagraphs(this.folded));
    needs.lastIndex = starts[i];
    const match = needs.exec(text);
    let next = i;
    if (!match) next = starts.length;
    else while (next + 1 < starts.length && starts[next + 1] <= match.index) next++;
    // Paragraphs already known keep their answer (one that holds the fact passes its cheap test).
    for (let k = i; k < next; k++) this.known[k] |= bit;
    return next > i;
  }

  /** Paragraph i holds none of the fact's words, so not the fact (known from then on). */
  private withoutWords(i: number, bit: number): boolean {
    if (!this.cues) {
      const { text, starts } = (this.joined ??= joinParagraphs(this.folded));
      this.cues = wordCues(text, starts);
    }
    if (this.cues[i] & bit) return false;
    this.known[i] |= bit;
    return true;
  }
}

/** For each paragraph of the joined text, the bits of the facts whose words it holds. */
function wordCues(text: string, starts: readonly number[]): Uint32Array {
  const cues = new Uint32Array(starts.length);
  let paragraph = 0;
  FACT_WORD_SCAN.scan(text, (word, at) => {
    // The places come in order, and no word holds a line break: each lies within one paragraph.
    while (paragraph + 1 < starts.length && starts[paragraph + 1] <= at) paragraph++;
    cues[paragraph] |= FACTS_OF_WORD[word];
  });
  return cues;
}

function joinParagraphs(folded: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const paragraph of folded) {
    starts.push(at);
    at += paragraph.length + 1;
  }
  return { text: folded.join('\n'), starts };
}
