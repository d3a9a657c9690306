import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_RULES, getProfile, type Severity } from '../core';
import { writeTemplateDocx } from '../io/docx-writer';
import { readAgreementFile, UnreadableFileError } from '../io/read-agreement';
import { parseArgs, USAGE, UsageError, type CheckOptions } from './args';
import { formatReport, painter } from './format';
import { buildReport, type FileReport } from './report';
import { runStatus } from './status-command';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  colour: boolean;
  /** stderr is a terminal: commands that take a while may show a progress line there. */
  progress?: boolean;
}

/** Run the CLI; returns the exit code. Never throws for bad input files. */
export function run(argv: string[], io: Io): number {
  if (argv[0] === 'status') return runStatus(argv.slice(1), io);
  let options;
  try {
    options = parseArgs(argv);
    if ('profile' in options) getProfile(options.profile);
  } catch (error) {
    io.stderr(`agreement-check: ${(error as Error).message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ''}`);
    return 2;
  }
  switch (options.command) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`${readVersion()}\n`);
      return 0;
    case 'rules':
      for (const rule of ALL_RULES) io.stdout(`${rule.id} (${rule.category}, ${rule.severity}): ${rule.description}\n    Guidance: ${rule.source}\n`);
      return 0;
    case 'new':
      try {
        writeFileSync(options.output, writeTemplateDocx(getProfile(options.profile)));
      } catch (error) {
        io.stderr(`agreement-check: ${options.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
        return 2;
      }
      io.stdout(`Wrote a blank written agreement (${getProfile(options.profile).name}) to ${options.output}\n`);
      return 0;
    case 'check':
      return check(options, io);
  }
}

function check(options: CheckOptions, io: Io): number {
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of options.files) {
    let content;
    try {
      content = readAgreementFile(file);
    } catch (error) {
      unreadable = true;
      // One line, no stack trace, and no document text: only our own reason.
      const reason = error instanceof UnreadableFileError ? error.message : 'could not be read';
      io.stderr(`agreement-check: ${file}: ${reason}\n`);
      continue;
    }
    try {
      reports.push(buildReport(file, content, options));
    } catch {
      // A fault in the checker itself: still one line, and the other files are still checked.
      unreadable = true;
      io.stderr(`agreement-check: ${file}: the checker failed on this file (an internal error; please report it)\n`);
    }
  }
  if (options.json) {
    const value = options.files.length === 1 ? reports[0] ?? null : reports;
    if (value !== null) io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  } else {
    const paint = painter(io.colour);
    io.stdout(reports.map((report) => formatReport(report, paint)).join('\n\n') + (reports.length ? '\n' : ''));
  }
  if (unreadable) return 2;
  if (options.failOn === 'none') return 0;
  const threshold = RANK[options.failOn];
  return reports.some((report) => report.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

function readVersion(): string {
  // Walk up from this file to the project's package.json (works from src/ and from build/).
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return (JSON.parse(readFileSync(candidate, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** Entry point for bin/agreement-check.js. */
export function cliMain(): void {
  // Output piped into `head` closes early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = run(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
      progress: !!process.stderr.isTTY,
    });
  } catch {
    process.stderr.write('agreement-check: internal error; please report it\n');
    process.exitCode = 2;
  }
}

if (require.main === module) cliMain();
