// Tasks' texts joined into one string, so that a name is looked for in all of them with one native
// search (the document checks' scans keep one while those tasks are unchanged: scan-memo.ts).
import { firstAt, itself } from './sorted';
import type { TaskLine } from './types';

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
