import type { FileOutcome } from './check-file';
import { formatTiming } from './timing';

export interface Io {
  stdout: (text: string) => void;
  /** Text already encoded as UTF-8 (as a worker thread hands it over, without a copy); decoded for stdout() if absent. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  colour: boolean;
  /** stderr is a terminal: commands that take a while may show a progress line there. */
  progress?: boolean;
}

/** How each element of the JSON array of several files is indented (as JSON.stringify(list, null, 2) would). */
export const ARRAY_INDENT = '  ';

/**
 * Writes each file's outcome as soon as it is known, in the order the files were given: one report
 * at a time, never the whole run as one string (a run of large reports could pass the longest
 * string JavaScript can hold, and every result would be lost). With --json and several files the
 * output is still one JSON array. Reasons for unreadable files go to stderr, one line each.
 */
export class OutcomeWriter {
  private written = 0;
  private unreadable = false;
  private failing = false;
  /** With --timing: each check's milliseconds, added up over the files. */
  private readonly times: Map<string, number> | null;

  constructor(
    private readonly io: Io,
    private readonly json: boolean,
    private readonly several: boolean,
    timing = false,
  ) {
    this.times = timing ? new Map() : null;
  }

  add(outcome: FileOutcome): void {
    if (this.times && outcome.ok) for (const [id, ms] of outcome.ruleTimes ?? []) this.times.set(id, (this.times.get(id) ?? 0) + ms);
    if (!outcome.ok) {
      this.unreadable = true;
      this.io.stderr(`agreement-check: ${outcome.file}: ${outcome.reason}\n`);
      return;
    }
    if (outcome.failing) this.failing = true;
    const before = this.written === 0 ? (this.json && this.several ? '[\n' : '') : this.json ? ',\n' : '\n\n';
    if (typeof outcome.text === 'string') this.io.stdout(before + outcome.text);
    else {
      if (before) this.io.stdout(before);
      if (this.io.stdoutBytes) this.io.stdoutBytes(outcome.text);
      else this.io.stdout(new TextDecoder().decode(outcome.text));
    }
    this.written++;
  }

  /** Close the output; returns the exit code. */
  end(): number {
    if (this.json && this.several) this.io.stdout(this.written ? '\n]\n' : '[]\n');
    else if (this.written) this.io.stdout('\n');
    if (this.times) this.io.stderr(formatTiming(this.times));
    if (this.unreadable) return 2;
    return this.failing ? 1 : 0;
  }
}
