// Many patterns, each needing one of a few words: which of them can match a text is found with one
// scan for all their words, instead of one scan of the whole text per pattern. A rule lists the
// words each pattern needs (`needs`); every match of the pattern must contain one of them
// (test/core/prefilters.test.ts checks this against strings drawn from each pattern).
import { anyAtWordStart, trieSource } from './term-search';
import { escapeRegExp } from './text';

export interface NeedsWords {
  /** Every match contains at least one of these (literal, folded) strings. */
  needs: readonly string[];
}

export class WordGate<T extends NeedsWords> {
  /** The shortest words: a word containing another is present only where that one is too. */
  private readonly words: string[];
  /** One alternation of the shortest words, tried at every position once. */
  private readonly scan: RegExp;
  /** For each shortest word, the indexes of the items it stands for a need of. */
  private readonly itemsWanting: Map<string, number[]>;
  /** Items marked while one text is read; every mark is cleared before `passing` returns. */
  private readonly marked: Uint8Array;

  /**
   * With `wordStart`, a word counts only where a word of the text starts with it ("lose" is not in
   * "close"): fewer paragraphs pass, and the scan tries its words only at word starts.
   */
  constructor(
    private readonly items: readonly T[],
    options: { wordStart?: boolean } = {},
  ) {
    const all = [...new Set(items.flatMap((item) => item.needs))];
    const within = options.wordStart ? (word: string, other: string) => word.startsWith(other) : (word: string, other: string) => word.includes(other);
    this.words = all.filter((word) => !all.some((other) => other !== word && within(word, other)));
    // No shortest word contains another, so at most one starts at any position: stepping one
    // character after each match finds every occurrence of every word. The words are merged by
    // shared beginnings ("in care|into care" as "in(?: care|to care)"): a position fails after a
    // letter or two instead of after trying every word.
    const escaped = this.words.map(escapeRegExp);
    this.scan = options.wordStart ? anyAtWordStart(escaped, 'g') : new RegExp(trieSource(escaped), 'g');
    this.marked = new Uint8Array(items.length);
    this.itemsWanting = new Map(this.words.map((word) => [word, items.flatMap((item, k) => (item.needs.some((need) => within(need, word)) ? [k] : []))]));
  }

  /** The items at least one of whose words is in the text, in their order. */
  passing(text: string): readonly T[] {
    this.scan.lastIndex = 0;
    let m = this.scan.exec(text);
    // Most texts hold none of the words: nothing is allocated for them.
    if (!m) return NONE;
    // The items of each word found are marked, then read in order: a text holds a few of the
    // words, so no item is asked about every word, and nothing is sorted (a sort copies its array).
    let lowest = this.items.length;
    let highest = -1;
    for (; m; m = this.scan.exec(text)) {
      for (const k of this.itemsWanting.get(m[0])!) {
        this.marked[k] = 1;
        if (k < lowest) lowest = k;
        if (k > highest) highest = k;
      }
      this.scan.lastIndex = m.index + 1;
    }
    const passing: T[] = [];
    for (let k = lowest; k <= highest; k++) {
      if (!this.marked[k]) continue;
      this.marked[k] = 0;
      passing.push(this.items[k]);
    }
    return passing;
  }
}

const NONE: readonly never[] = [];
