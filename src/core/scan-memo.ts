import type { SectionId } from './model';
import { firstAt, itself } from './sorted';
import type { BlockRole } from './block-role';
import type { TaskLine } from './types';

// What the document checks remember from one analysis to the next. After a small edit the analyser
// hands the previous run's memo to the new one with the list of changed paragraphs, so scans over
// every paragraph re-test only those.

/**
 * Scans over the paragraphs (the first that matches, or all that match), remembered so that the
 * run after an edit re-tests only the changed paragraphs. Reusing a previous scan is sound only when
 * every unchanged paragraph has the same text, role and task as before and the changed ones kept their
 * section: the analyser passes a previous memo only then.
 */
export class ScanMemo {
  private readonly first = new Map<string, { at: number; basis: unknown }>();
  private readonly names = new Map<string, NameSets>();
  private readonly all = new Map<string, number[]>();
  private readonly joins = new Map<string, JoinedTexts>();
  private sections: Map<SectionId, number[]> | null = null;
  private previous: ScanMemo | null;
  /** Readings of single findings, by reading and finding: handed on from run to run. */
  private readonly findingReads: Map<string, WeakMap<object, unknown>>;

  /** `changed` is in ascending order. */
  constructor(previous?: ScanMemo | null, private readonly changed: readonly number[] = []) {
    this.previous = previous ?? null;
    this.findingReads = previous?.findingReads ?? new Map();
  }

  /** Forget the previous run once this one is complete, so runs do not chain in memory. */
  release(): void {
    this.previous = null;
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
      const changed = new Set(this.changed);
      const kept = before.filter((i) => !changed.has(i));
      const added = this.changed.filter(test);
      result = added.length ? kept.concat(added).sort((a, b) => a - b) : kept;
    }
    this.all.set(key, result);
    return result;
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
   * Tasks' texts joined for searching, rebuilt only when a changed paragraph's pick differs
   * (for example, typing in a family task changes the family subjects only if its subject changed).
   */
  joinedTasks(key: string, taskAt: ReadonlyArray<TaskLine | null>, pick: (task: TaskLine) => string | null): JoinedTexts {
    const before = this.previous?.joins.get(key);
    const reusable = before && this.changed.every((i) => before.textAt(i) === (taskAt[i] ? pick(taskAt[i]!) : null));
    const joined = reusable ? before : new JoinedTexts(taskAt, pick);
    this.joins.set(key, joined);
    return joined;
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

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, k) => name === b[k]);
}

function scanFrom(from: number, length: number, test: (i: number) => boolean): number {
  for (let i = from; i < length; i++) if (test(i)) return i;
  return -1;
}

/** Some tasks' texts joined with NULs, to search them all with one native `indexOf`. */
export class JoinedTexts {
  private readonly joined: string;
  private readonly starts: number[] = [];
  private readonly indexes: number[] = [];
  private readonly texts: string[] = [];
  private readonly searches = new Map<string, number[]>();

  constructor(tasks: ReadonlyArray<TaskLine | null>, pick: (task: TaskLine) => string | null) {
    let length = 0;
    for (const t of tasks) {
      const text = t && pick(t);
      if (text === null || text === undefined) continue;
      this.starts.push(length);
      this.indexes.push(t!.index);
      this.texts.push(text);
      length += text.length + 1;
    }
    this.joined = this.texts.join('\0');
  }

  /** The text picked for the task at paragraph `index`, or null if it was not picked. */
  textAt(index: number): string | null {
    const k = firstAt(this.indexes, index, itself);
    return this.indexes[k] === index ? this.texts[k] : null;
  }

  /** Paragraph indexes of up to `limit` tasks whose text contains `needle`, in order (remembered while these texts last). */
  tasksContaining(needle: string, limit: number): number[] {
    const key = `${limit}|${needle}`;
    let found = this.searches.get(key);
    if (!found) {
      found = this.search(needle, limit);
      this.searches.set(key, found);
    }
    return found;
  }

  private search(needle: string, limit: number): number[] {
    const found: number[] = [];
    if (needle.includes('\0')) {
      // A NUL in the needle could match across two tasks: search them one by one.
      for (let k = 0; k < this.texts.length && found.length < limit; k++) if (this.texts[k].includes(needle)) found.push(this.indexes[k]);
      return found;
    }
    for (let at = this.joined.indexOf(needle); at >= 0 && found.length < limit; ) {
      // The task whose text holds position `at`: the last one starting at or before it.
      const k = firstAt(this.starts, at + 1, itself) - 1;
      found.push(this.indexes[k]);
      // Carry on after this task's text: each task counts once.
      const next = this.starts[k + 1];
      at = next === undefined ? -1 : this.joined.indexOf(needle, next);
    }
    return found;
  }
}
