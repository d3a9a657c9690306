import type { SectionId } from './model';
import { JoinedTexts } from './joined-texts';
import { KeptReadings, keepIfUsable } from './kept-readings';
import { ascendingUnique, holds } from './sorted';
import type { BlockRole } from './block-role';
import type { TaskLine } from './types';

// What the document checks remember from one analysis to the next. After a small edit the analyser
// hands the previous run's memo to the new one with the list of changed paragraphs, so scans over
// every paragraph re-test only those (readings of single paragraphs, spans and findings: kept-readings.ts).

/**
 * Scans over the paragraphs (the first that matches, or all that match), remembered so that the
 * run after an edit re-tests only the changed paragraphs. Reusing a previous scan is sound only when
 * every unchanged paragraph has the same text, role and task as before and the changed ones kept their
 * section: the analyser passes a previous memo only then.
 */
export class ScanMemo extends KeptReadings {
  private readonly first = new Map<string, { at: number; basis: unknown }>();
  private readonly names = new Map<string, NameSets>();
  private readonly all = new Map<string, number[]>();
  private readonly joins = new Map<string, JoinedTexts>();
  private sections: Map<SectionId, number[]> | null = null;
  private readonly sums = new Map<string, { values: Float64Array; total: number }>();
  private readonly builds = new Map<string, { source: unknown; value: unknown }>();
  private readonly sortedLists = new Map<string, { from: readonly number[]; sorted: number[] }>();
  private readonly listReads = new Map<string, { list: readonly number[]; value: unknown }>();
  protected declare previous: ScanMemo | null;

  /** `changed` is in ascending order. */
  constructor(previous?: ScanMemo | null, changed: readonly number[] = []) {
    super(previous, changed);
  }

  /**
   * The first index in [0, length) passing `test`, or -1. A test that also reads something of the
   * whole document (the professionals it introduces) names it as `basis`: the previous scan is
   * reused only if it had the same basis, by identity.
   */
  firstIndex(key: string, length: number, test: (i: number) => boolean, basis?: unknown): number {
    const kept = this.previous?.first.get(key);
    const before = kept && kept.basis === basis ? kept.at : undefined;
    let result = -1;
    if (before === undefined) {
      result = scanFrom(0, length, test);
    } else {
      result = before;
      for (const c of this.changed) {
        if (before !== -1 && c > before) break;
        if (c === before) {
          // The old first match was edited: it may still match; if not, look further on.
          result = test(c) ? c : scanFrom(c + 1, length, test);
          break;
        }
        if (test(c)) {
          result = c;
          break;
        }
      }
    }
    this.first.set(key, { at: result, basis });
    return result;
  }

  /**
   * Every name `read` gives over the paragraphs [0, length). After an edit only the changed
   * paragraphs are read again (with `reach` 1, the paragraph after each too, for a read that looks at
   * the paragraph before); while they give the names they gave before, the previous set itself is
   * returned, so callers can tell by identity that nothing changed. Read once per run.
   */
  nameSet(key: string, length: number, read: (i: number) => readonly string[], reach: 0 | 1 = 0): ReadonlySet<string> {
    let found = this.names.get(key);
    if (!found) {
      const before = this.previous?.names.get(key);
      found = before ? this.reread(before, length, read, reach) : readNames(length, read);
      this.names.set(key, found);
    }
    return found.union;
  }

  private reread(before: NameSets, length: number, read: (i: number) => readonly string[], reach: 0 | 1): NameSets {
    // Copied on the first difference only: the previous run's map stays as it was.
    let copy: Map<number, readonly string[]> | null = null;
    for (const c of this.changed) {
      for (let i = c; i <= c + reach && i < length; i++) {
        const names = read(i);
        if (sameNames(names, (copy ?? before.byParagraph).get(i) ?? NO_NAMES)) continue;
        copy ??= new Map(before.byParagraph);
        if (names.length > 0) copy.set(i, names);
        else copy.delete(i);
      }
    }
    return copy ? { byParagraph: copy, union: unionInOrder(copy) } : before;
  }

  /** Every index in [0, length) passing `test`, ascending. */
  allIndexes(key: string, length: number, test: (i: number) => boolean): number[] {
    const before = this.previous?.all.get(key);
    let result: number[];
    if (before === undefined) {
      result = [];
      for (let i = 0; i < length; i++) if (test(i)) result.push(i);
    } else {
      const passes = this.changed.map(test);
      // (While every changed paragraph is in the list exactly when it was, the list is the previous one itself.)
      if (this.changed.every((c, k) => passes[k] === holds(before, c))) {
        result = before;
      } else {
        const changed = new Set(this.changed);
        const added = this.changed.filter((_, k) => passes[k]);
        const kept = before.filter((i) => !changed.has(i));
        result = added.length ? kept.concat(added).sort((a, b) => a - b) : kept;
      }
    }
    this.all.set(key, result);
    return result;
  }

  /**
   * The sum of `valueAt` over the paragraphs [0, length). After an edit only the changed paragraphs
   * are read again: the previous run's values are taken over and corrected (it is done with them).
   */
  sum(key: string, length: number, valueAt: (i: number) => number): number {
    let kept = this.sums.get(key);
    if (kept) return kept.total;
    const before = this.previous?.sums.get(key);
    if (before && before.values.length === length) {
      kept = before;
      for (const c of this.changed) {
        const value = valueAt(c);
        kept.total += value - kept.values[c];
        kept.values[c] = value;
      }
    } else {
      kept = { values: new Float64Array(length), total: 0 };
      for (let i = 0; i < length; i++) kept.total += kept.values[i] = valueAt(i);
    }
    this.sums.set(key, kept);
    return kept.total;
  }

  /** What `build` makes of `source` (a list this memo gave), built again only when the source is another object. */
  derived<S, T>(key: string, source: S, build: (source: S) => T): T {
    return keepIfUsable(this.builds, this.previous?.builds, key, (last) => last.source === source, () => ({ source, value: build(source) })).value as T;
  }

  /**
   * Tasks' texts joined for searching, rebuilt only when a changed paragraph's pick differs
   * (for example, typing in a family task changes the family subjects only if its subject changed).
   */
  joinedTasks(key: string, taskAt: ReadonlyArray<TaskLine | null>, pick: (task: TaskLine) => string | null): JoinedTexts {
    const samePicks = (before: JoinedTexts) => this.changed.every((i) => before.textAt(i) === (taskAt[i] ? pick(taskAt[i]!) : null));
    return keepIfUsable(this.joins, this.previous?.joins, key, samePicks, () => new JoinedTexts(taskAt, pick));
  }

  /**
   * What `read` finds in the paragraphs of `list` (ascending: a list this memo gave), read again only
   * when the list is another object than the previous run's or one of its paragraphs changed. `read`
   * may look at those paragraphs and nothing else.
   */
  ofList<T>(key: string, list: readonly number[], read: () => T): T {
    const usable = (last: { list: readonly number[] }) => last.list === list && !this.changed.some((c) => holds(list, c));
    return keepIfUsable(this.listReads, this.previous?.listReads, key, usable, () => ({ list, value: read() })).value as T;
  }

  /** `list` ascending and without repeats: the previous run's answer while the list holds the same numbers. */
  ascending(key: string, list: number[]): number[] {
    const before = this.previous?.sortedLists.get(key);
    const sorted = before && sameNumbers(before.from, list) ? before.sorted : ascendingUnique(list);
    this.sortedLists.set(key, { from: list, sorted });
    return sorted;
  }

  /**
   * Paragraph indexes by output section (mixed task sections go by who does each task), ascending
   * and without repeats. The lists are shared with the next run: extend them only through copies.
   */
  sectionIndexes(roles: readonly BlockRole[], taskAt: ReadonlyArray<TaskLine | null>): Map<SectionId, number[]> {
    const previous = this.previous?.sections;
    if (!previous || this.changed.some((i) => roles[i].section === 'tasks')) {
      const byId = new Map<SectionId, number[]>();
      for (let i = 0; i < roles.length; i++) {
        let id = roles[i].section;
        if (!id) continue;
        if (id === 'tasks') {
          const task = taskAt[i];
          if (!task) continue;
          // (Whose it is: the line's own subject, else the heading's, as the task list says.)
          const kind = task.actor.kind === 'none' || task.actor.kind === 'generic' ? task.headingActor : task.actor.kind;
          id = kind === 'professional' ? 'professional-commitments' : 'family-commitments';
        }
        const list = byId.get(id);
        if (!list) byId.set(id, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      this.sections = byId;
    } else {
      this.sections = previous;
    }
    return new Map(this.sections);
  }
}

/** The names each paragraph gave (only paragraphs that gave any), and all of them. */
interface NameSets {
  byParagraph: ReadonlyMap<number, readonly string[]>;
  union: ReadonlySet<string>;
}

const NO_NAMES: readonly string[] = [];

function readNames(length: number, read: (i: number) => readonly string[]): NameSets {
  const byParagraph = new Map<number, readonly string[]>();
  for (let i = 0; i < length; i++) {
    const names = read(i);
    if (names.length > 0) byParagraph.set(i, names);
  }
  return { byParagraph, union: unionInOrder(byParagraph) };
}

/** The union in paragraph order, as a full read would list it. */
function unionInOrder(byParagraph: ReadonlyMap<number, readonly string[]>): ReadonlySet<string> {
  const union = new Set<string>();
  for (const i of [...byParagraph.keys()].sort((a, b) => a - b)) for (const name of byParagraph.get(i)!) union.add(name);
  return union;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, k) => name === b[k]);
}

function scanFrom(from: number, length: number, test: (i: number) => boolean): number {
  for (let i = from; i < length; i++) if (test(i)) return i;
  return -1;
}
