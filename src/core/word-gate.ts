// Which of many words start words of a text, found with one scan of one pattern: the cheap tests
// in front of costly patterns. `WordScan` is the scan, shared by the rules' gates (rule-gate.ts, over
// all paragraphs at once) and by `WordGate` (one text, for the patterns of one rule). A rule lists
// the words each pattern needs (`needs`); every match of the pattern must hold one of them where a
// word starts (test/core/prefilters.test.ts checks this against strings drawn from each pattern).
import { anyAtWordStart } from './word-trie';
import { escapeRegExp } from './text';

/** Finds, in one pass, each place where a word of a text starts with one of a fixed list of (folded) words. */
export class WordScan {
  /** The words, once each; a found word is reported by its index here. */
  readonly words: readonly string[];
  /** The words merged by shared beginnings, tried at word starts only: at a place it matches the longest word there. */
  private readonly pattern: RegExp | null;
  /** For each word, the words it starts with (itself among them): those present where the pattern matched it. */
  private readonly startedBy: Map<string, readonly number[]>;

  constructor(words: readonly string[]) {
    this.words = [...new Set(words)];
    this.pattern = this.words.length > 0 ? anyAtWordStart(this.words.map(escapeRegExp), 'g') : null;
    this.startedBy = new Map(this.words.map((word) => [word, this.words.flatMap((other, k) => (word.startsWith(other) ? [k] : []))]));
  }

  /** Calls `found` with the index of each word at each place a word of the text starts with it, in the text's order. */
  scan(text: string, found: (word: number, at: number) => void): void {
    const pattern = this.pattern;
    if (!pattern) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const words = this.startedBy.get(m[0])!;
      for (let i = 0; i < words.length; i++) found(words[i], m.index);
      // Stepping one character on finds the words starting inside a match ("care" in "in care").
      pattern.lastIndex = m.index + 1;
    }
  }
}

export interface NeedsWords {
  /** Every match holds at least one of these (literal, folded) strings where a word of the text starts ("lose" is not in "close"). */
  needs: readonly string[];
}

/** Many items (patterns), each needing one of a few words: which of them can match a text, from one scan for all their words. */
export class WordGate<T extends NeedsWords> {
  private readonly words: WordScan;
  /** For each word (by its index in the scan), the indexes of the items needing it. */
  private readonly itemsWanting: readonly (readonly number[])[];
  /** Items marked while one text is read; every mark is cleared before `passing` returns. */
  private readonly marked: Uint8Array;

  constructor(private readonly items: readonly T[]) {
    this.words = new WordScan(items.flatMap((item) => item.needs));
    this.itemsWanting = this.words.words.map((word) => items.flatMap((item, k) => (item.needs.includes(word) ? [k] : [])));
    this.marked = new Uint8Array(items.length);
  }

  /** The items one of whose words starts a word of the text, in their order. */
  passing(text: string): readonly T[] {
    // The items of each word found are marked, then read in order: a text holds a few of the
    // words, so no item is asked about every word, and nothing is sorted (a sort copies its array).
    let lowest = this.items.length;
    let highest = -1;
    this.words.scan(text, (word) => {
      for (const k of this.itemsWanting[word]) {
        this.marked[k] = 1;
        if (k < lowest) lowest = k;
        if (k > highest) highest = k;
      }
    });
    // Most texts hold none of the words: nothing is allocated for them.
    if (highest < 0) return NONE;
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
