import { DOCUMENT_FACTS, type DocumentFact } from './section-evidence';

// Document checks scan every paragraph on every analysis. Each fact's answer for a paragraph is
// worked out at most once and kept (by position) for the next run, so while a worker types only the
// edited paragraph is tested again. Two bit sets per paragraph (32 bits: room for 32 facts): which facts are known, which hold.
const FACT_BIT = Object.fromEntries(Object.keys(DOCUMENT_FACTS).map((name, bit) => [name, 1 << bit])) as Record<DocumentFact, number>;

/** Which of the document facts each folded paragraph matches, tested lazily. */
export class ParagraphFacts {
  private readonly known: Uint32Array;
  private readonly value: Uint32Array;

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
    this.known[i] |= bit;
    if (!DOCUMENT_FACTS[fact].test(this.folded[i])) return false;
    this.value[i] |= bit;
    return true;
  }
}
