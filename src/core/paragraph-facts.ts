import { DOCUMENT_FACTS, type DocumentFact } from './section-evidence';

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

/** Which of the document facts each folded paragraph matches, tested lazily. */
export class ParagraphFacts {
  private readonly known: Uint32Array;
  private readonly value: Uint32Array;
  /** Paragraphs each fact has been tested on one by one, by fact. */
  private readonly tested = new Map<DocumentFact, number>();
  private joined: { text: string; starts: number[] } | null = null;

  constructor(private readonly folded: readonly string[], previous?: ParagraphFacts, changed?: readonly number[]) {
    if (previous && changed && previous.known.length === folded.length) {
      this.known = previous.known.slice();
      this.value = previous.value.slice();
      // An edited paragraph is tested afresh: forget what it was known to hold as well as that it was known.
      for (const i of changed) {
        this.known[i] = 0;
        this.value[i] = 0;
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
   * Whether paragraph i fails the fact's cheap test, found by searching the joined paragraphs from
   * its start: the paragraphs before the next match fail it, and are known not to hold the fact.
   */
  private ruledOut(i: number, fact: DocumentFact, bit: number): boolean {
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
