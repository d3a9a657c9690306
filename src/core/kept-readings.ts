// Readings of one paragraph, a span of paragraphs or one finding, kept from one analysis to the next
// (the base of ScanMemo, scan-memo.ts). After a small edit the analyser hands the previous run's memo
// to the new one with the changed paragraphs: a reading is taken again only if it looked at one of them.

/** A reading and what it was read with (compared by identity; strings and numbers by value). */
interface Kept {
  basis: unknown;
  value: unknown;
}

/** A reading of a span of paragraphs, with the span it read. */
interface KeptSpan extends Kept {
  from: number;
  to: number;
}

export class KeptReadings {
  protected previous: KeptReadings | null;
  /** `changed` is in ascending order. */
  protected readonly changed: readonly number[];
  /** Readings of single findings, by reading and finding: handed on from run to run. */
  private readonly findingReads: Map<string, WeakMap<object, unknown>>;
  /** Readings of single paragraphs, by reading and paragraph: handed on from run to run, a changed paragraph's forgotten. */
  private readonly paragraphReads: Map<string, Map<number, Kept>>;
  /** Readings of findings with the paragraphs around them, by reading: this run's only. */
  private readonly readsAround = new Map<string, Map<object, Kept>>();
  /** Readings of spans, by reading and name: this run's only. */
  private readonly spanReads = new Map<string, KeptSpan>();

  constructor(previous: KeptReadings | null | undefined, changed: readonly number[]) {
    this.previous = previous ?? null;
    this.changed = changed;
    this.findingReads = previous?.findingReads ?? new Map();
    this.paragraphReads = previous?.paragraphReads ?? new Map();
    if (previous) for (const reads of this.paragraphReads.values()) for (const c of changed) reads.delete(c);
  }

  /** Forget the previous run once this one is complete, so runs do not chain in memory. */
  release(): void {
    this.previous = null;
  }

  /**
   * What `read` finds in one finding, read once per finding object. A paragraph whose text and place
   * did not change keeps the same finding objects from run to run, so `read` may look at the finding
   * and its own paragraph (text, role, task) and nothing else: not the paragraphs around it.
   */
  ofFinding<T>(key: string, finding: object, read: () => T): T {
    let reads = this.findingReads.get(key);
    if (!reads) this.findingReads.set(key, (reads = new WeakMap()));
    if (reads.has(finding)) return reads.get(finding) as T;
    const value = read();
    reads.set(finding, value);
    return value;
  }

  /**
   * What `read` finds in paragraph `i`, read again only when the paragraph changed. `read` may look at
   * that paragraph's text, block, role, task and facts and at nothing else but `basis` (compared by
   * identity: a number such as a day's time, for a reading that depends on it).
   */
  ofParagraph<T>(key: string, i: number, read: () => T, basis?: unknown): T {
    let reads = this.paragraphReads.get(key);
    if (!reads) this.paragraphReads.set(key, (reads = new Map()));
    const kept = reads.get(i);
    if (kept && kept.basis === basis) return kept.value as T;
    const value = read();
    reads.set(i, { basis, value });
    return value;
  }

  /**
   * What `read` finds in one finding, its own paragraph, the `before` paragraphs before it and the
   * `after` paragraphs after it, read again only when one of those paragraphs changed, the finding is
   * new or `basis` differs (a list is compared item by item). `read` may look at nothing else.
   */
  ofFindingAround<T>(key: string, finding: { readonly paragraph: number }, before: number, after: number, read: () => T, basis?: unknown): T {
    let reads = this.readsAround.get(key);
    if (!reads) this.readsAround.set(key, (reads = new Map()));
    const usable = (last: Kept) => sameBasis(last.basis, basis) && !this.changedWithin(finding.paragraph - before, finding.paragraph + after);
    return keepIfUsable(reads, this.previous?.readsAround.get(key), finding, usable, () => ({ basis, value: read() })).value as T;
  }

  /**
   * What `read` finds in the paragraphs from..to (inclusive), named by `key` (one key per span: a
   * table, a section), read again only when the span moved, one of its paragraphs changed or `basis`
   * differs. `read` may look at nothing else.
   */
  ofSpan<T>(key: string, from: number, to: number, read: () => T, basis?: unknown): T {
    const usable = (last: KeptSpan) => last.from === from && last.to === to && last.basis === basis && !this.changedWithin(from, to);
    return keepIfUsable(this.spanReads, this.previous?.spanReads, key, usable, () => ({ from, to, basis, value: read() })).value as T;
  }

  private changedWithin(from: number, to: number): boolean {
    for (const c of this.changed) if (c >= from && c <= to) return true;
    return false;
  }
}

/**
 * The previous run's reading under `key` while `usable` says it still holds, else a new one from
 * `take`; either way this run's `readings` keep it under `key`, for the next run.
 */
export function keepIfUsable<K, R>(readings: Map<K, R>, previous: ReadonlyMap<K, R> | undefined, key: K, usable: (last: R) => boolean, take: () => R): R {
  const last = previous?.get(key);
  const kept = last !== undefined && usable(last) ? last : take();
  readings.set(key, kept);
  return kept;
}

function sameBasis(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, k) => item === b[k]);
}
