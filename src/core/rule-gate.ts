// Which paragraphs each gated rule can find anything in, from one scan of all the paragraphs for
// every rule's gate words (a rule declares them as `gate`, as data). A rule is then called only on
// the paragraphs holding one of its words, instead of on every paragraph to fail its own cheap test.
import type { ParagraphRule, RuleGate } from './rule';
import { anyAtWordStart } from './term-search';
import { escapeRegExp } from './text';

/** A rule's gate as indexes into the scan's words. */
interface IndexedGate {
  /** The rule's bit in a paragraph's mask. */
  bit: number;
  words: readonly number[];
  groups: readonly (readonly (readonly number[])[])[];
}

export class GateScan {
  /** Every gate word, once. */
  private readonly words: string[];
  /** One alternation of every word, tried at word starts only. */
  private readonly scan: RegExp | null;
  /** For each word, the words it starts with (itself among them), by index. */
  private readonly prefixes: Map<string, number[]>;
  private readonly gates: IndexedGate[] = [];
  /** The bits of the rules with no gate: they see every paragraph. */
  readonly ungated: number;

  /** `rules[k]` has bit `1 << k` in the masks `passing` gives. */
  constructor(rules: readonly ParagraphRule[]) {
    this.words = [...new Set(rules.flatMap((rule) => (rule.gate ? [...rule.gate.words, ...(rule.gate.groups ?? []).flat(2)] : [])))];
    const index = new Map(this.words.map((word, k) => [word, k]));
    this.prefixes = new Map(this.words.map((word) => [word, this.words.flatMap((other, k) => (word.startsWith(other) ? [k] : []))]));
    // Merged by shared beginnings, the alternation matches the longest word at a position, and the
    // words present there are the ones it starts with. Stepping one character on from each match
    // finds the words starting inside it ("care" in "in care").
    this.scan = this.words.length > 0 ? anyAtWordStart(this.words.map(escapeRegExp), 'g') : null;
    let ungated = 0;
    rules.forEach((rule, k) => {
      if (!rule.gate) ungated |= 1 << k;
      else this.gates.push(indexed(rule.gate, 1 << k, index));
    });
    this.ungated = ungated;
  }

  /**
   * For each text, the bits of the rules that may find something in it: the ungated rules, and each
   * gated rule one of whose words (or a word from every list of one of its groups) starts a word of
   * the text. The texts are searched joined by line breaks, in one pass.
   */
  passing(texts: readonly string[]): Int32Array {
    const masks = new Int32Array(texts.length).fill(this.ungated);
    if (!this.scan || texts.length === 0) return masks;
    const joined = texts.join('\n');
    const present = new Uint8Array(this.words.length);
    const seen: number[] = [];
    let text = 0;
    let end = texts[0].length;
    this.scan.lastIndex = 0;
    for (let m = this.scan.exec(joined); m; m = this.scan.exec(joined)) {
      // A match never spans a line break (no word holds one), so it lies within one text.
      if (m.index > end) {
        this.settle(masks, text, present, seen);
        while (m.index > end) end += 1 + texts[++text].length;
      }
      const words = this.prefixes.get(m[0])!;
      for (let i = 0; i < words.length; i++) {
        if (present[words[i]] === 0) {
          present[words[i]] = 1;
          seen.push(words[i]);
        }
      }
      this.scan.lastIndex = m.index + 1;
    }
    this.settle(masks, text, present, seen);
    return masks;
  }

  /** Adds to a text's mask the gated rules the words seen in it pass, and forgets those words. */
  private settle(masks: Int32Array, text: number, present: Uint8Array, seen: number[]): void {
    if (seen.length === 0) return;
    for (const gate of this.gates) if (anyPresent(gate.words, present) || gate.groups.some((group) => group.every((list) => anyPresent(list, present)))) masks[text] |= gate.bit;
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
