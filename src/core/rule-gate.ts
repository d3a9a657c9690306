// Which paragraphs each gated rule can find anything in, from one scan of all the paragraphs for
// every rule's gate words (a rule declares them as `gate`, as data). A rule is then called only on
// the paragraphs holding one of its words, instead of on every paragraph to fail its own cheap test.
import type { ParagraphRule, RuleGate } from './rule';
import { WordScan } from './word-gate';

/** A rule's gate as indexes into the scan's words. */
interface IndexedGate {
  /** The rule's bit in a paragraph's mask. */
  bit: number;
  words: readonly number[];
  groups: readonly (readonly (readonly number[])[])[];
}

export class GateScan {
  /** Every rule's gate words, searched for at once. */
  private readonly words: WordScan;
  private readonly gates: IndexedGate[] = [];
  /** For each word (by its index in the scan), the bits of the rules it is one of the words of. */
  private readonly wordBits: Int32Array;
  /** The gates with groups of words, which a paragraph may pass by a word from each list of one. */
  private readonly grouped: IndexedGate[];
  /** The bits of the rules with no gate: they see every paragraph. */
  readonly ungated: number;

  /** `rules[k]` has bit `1 << k` in the masks `passing` gives. */
  constructor(rules: readonly ParagraphRule[]) {
    this.words = new WordScan(rules.flatMap((rule) => (rule.gate ? [...rule.gate.words, ...(rule.gate.groups ?? []).flat(2)] : [])));
    const index = new Map(this.words.words.map((word, k) => [word, k]));
    let ungated = 0;
    rules.forEach((rule, k) => {
      if (!rule.gate) ungated |= 1 << k;
      else this.gates.push(indexed(rule.gate, 1 << k, index));
    });
    this.ungated = ungated;
    this.wordBits = new Int32Array(this.words.words.length);
    for (const gate of this.gates) for (const word of gate.words) this.wordBits[word] |= gate.bit;
    this.grouped = this.gates.filter((gate) => gate.groups.length > 0);
  }

  /**
   * For each text, the bits of the rules that may find something in it: the ungated rules, and each
   * gated rule one of whose words (or a word from every list of one of its groups) starts a word of
   * the text. The texts are searched joined by line breaks, in one pass.
   */
  passing(texts: readonly string[]): Int32Array {
    const masks = new Int32Array(texts.length).fill(this.ungated);
    if (this.gates.length === 0 || texts.length === 0) return masks;
    const present = new Uint8Array(this.words.words.length);
    const seen: number[] = [];
    let text = 0;
    let end = texts[0].length;
    this.words.scan(texts.join('\n'), (word, at) => {
      // No word holds a line break, so each lies within one text.
      if (at > end) {
        this.settle(masks, text, present, seen);
        while (at > end) end += 1 + texts[++text].length;
      }
      if (present[word] === 0) {
        present[word] = 1;
        seen.push(word);
      }
    });
    this.settle(masks, text, present, seen);
    return masks;
  }

  /** Adds to a text's mask the gated rules the words seen in it pass, and forgets those words. */
  private settle(masks: Int32Array, text: number, present: Uint8Array, seen: number[]): void {
    if (seen.length === 0) return;
    let passed = 0;
    for (let i = 0; i < seen.length; i++) passed |= this.wordBits[seen[i]];
    for (const gate of this.grouped) if ((passed & gate.bit) === 0 && gate.groups.some((group) => group.every((list) => anyPresent(list, present)))) passed |= gate.bit;
    masks[text] |= passed;
    for (let i = 0; i < seen.length; i++) present[seen[i]] = 0;
    seen.length = 0;
  }
}

function anyPresent(words: readonly number[], present: Uint8Array): boolean {
  for (let i = 0; i < words.length; i++) if (present[words[i]] === 1) return true;
  return false;
}

function indexed(gate: RuleGate, bit: number, index: ReadonlyMap<string, number>): IndexedGate {
  const of = (list: readonly string[]) => list.map((word) => index.get(word)!);
  return { bit, words: of(gate.words), groups: (gate.groups ?? []).map((group) => group.map(of)) };
}
