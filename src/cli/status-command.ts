import { writeFileSync } from 'node:fs';
import { formatDate, getProfile } from '../core';
import { caseload, parseDay } from './status';
import { formatCaseload } from './status-format';
import { caseloadHtml } from './status-html';

// `agreement-check status`: argument parsing and output for the caseload report.

export const STATUS_USAGE = `Usage:
  agreement-check status [--as-of DATE] [--json] [--html report.html] [--profile ID] <files or folders ...>

Lists every written agreement given (folders are searched, with their subfolders, for .docx, .md
and .txt files) with its number, the child's first name, the agreement, review and end dates,
how many days until the review or how many days it is overdue, open errors by category, any
review meeting recorded by the Word add-in, and whether a later agreement for the same child
is among the files. Most urgent first: overdue reviews, then agreements past their end date,
then reviews due within 7 days.

Options:
  --as-of DATE        count days from DATE (2026-12-07 or "7 December 2026") instead of today
  --json              machine-readable output
  --html FILE         also write a self-contained HTML report (table, timeline, errors chart)
  --profile ID        policy profile used to find open errors (default: default)

Exit codes: 0 every file was read, 2 a file could not be read (the rest are still listed).`;

export interface StatusIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Show a progress line on stderr (only when it is a terminal). */
  progress?: boolean;
  /** Today, for tests; the real date otherwise. */
  today?: Date;
}

export function runStatus(argv: readonly string[], io: StatusIo): number {
  let asOf = io.today ?? new Date();
  let json = false;
  let html: string | null = null;
  let profile: string | undefined;
  const paths: string[] = [];
  const fail = (message: string) => {
    io.stderr(`agreement-check status: ${message}\n\n${STATUS_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      return next === undefined || next.startsWith('--') ? null : next;
    };
    if (name === '--help' || name === '-h') {
      io.stdout(`${STATUS_USAGE}\n`);
      return 0;
    } else if (name === '--json') json = true;
    else if (name === '--as-of') {
      const text = value();
      const day = text === null ? null : parseDay(text);
      if (!day) return fail('--as-of needs a date such as 2026-12-07 or "7 December 2026"');
      asOf = day;
    } else if (name === '--html') {
      html = value();
      if (!html) return fail('--html needs a file name');
    } else if (name === '--profile') {
      const id = value();
      if (!id) return fail('--profile needs a value');
      try {
        getProfile(id);
      } catch (error) {
        return fail((error as Error).message);
      }
      profile = id;
    } else if (name === '--') paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (name.startsWith('--')) return fail(`unknown option ${name}`);
    else paths.push(arg);
  }
  if (paths.length === 0) return fail('no files or folders given');

  // A progress line on a terminal only: redrawn in place, at most ten times a second, then cleared.
  let last = 0;
  const onProgress = io.progress
    ? (done: number, total: number) => {
        const now = Date.now();
        if (done < total && now - last < 100) return;
        last = now;
        io.stderr(`\r\u001b[2KReading agreements: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`);
        if (done === total) io.stderr('\r\u001b[2K');
      }
    : undefined;
  const result = caseload(paths, { asOf, profile, onProgress });
  for (const problem of result.problems) io.stderr(`agreement-check: ${problem.file}: ${problem.problem}\n`);

  if (html) {
    try {
      writeFileSync(html, caseloadHtml(result, asOf));
    } catch (error) {
      io.stderr(`agreement-check: ${html}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return 2;
    }
  }
  if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(formatCaseload(result, asOf) + (html ? `\nHTML report written to ${html} (${formatDate(asOf)}).\n` : ''));
  return result.problems.length ? 2 : 0;
}
