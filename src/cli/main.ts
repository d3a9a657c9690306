import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { ALL_RULES, getProfile } from '../core';
import { writeTemplateDocx } from '../io/docx-writer';
import { checkInWorkers } from './batch';
import { parseArgs, USAGE, UsageError, type CheckOptions } from './args';
import { checkFile } from './check-file';
import { ARRAY_INDENT, OutcomeWriter, type Io } from './output';
import { runStatus } from './status-command';

export type { Io };

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

/** Check the files one after another in this thread (no time limit: used in-process, as by the tests). */
function check(options: CheckOptions, io: Io): number {
  const several = options.files.length > 1;
  const writer = new OutcomeWriter(io, options.json, several);
  const fileOptions = { profile: options.profile, json: options.json, failOn: options.failOn, checklist: options.checklist, colour: io.colour };
  for (const file of options.files) writer.add(checkFile(file, fileOptions, options.json && several ? ARRAY_INDENT : ''));
  return writer.end();
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
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colour: !!process.stdout.isTTY && !process.env.NO_COLOR,
    progress: !!process.stderr.isTTY,
  };
  const failed = () => {
    process.stderr.write('agreement-check: internal error; please report it\n');
    process.exitCode = 2;
  };
  try {
    const argv = process.argv.slice(2);
    const options = parseCheck(argv);
    // Checking files runs in worker threads, each file under a time limit; everything else here.
    if (options) checkInWorkers(options, io, workerFile()).then((code) => (process.exitCode = code), failed);
    else process.exitCode = run(argv, io);
  } catch {
    failed();
  }
}

/** The options, if these arguments ask to check files (and are valid); otherwise run() handles them. */
function parseCheck(argv: string[]): CheckOptions | null {
  try {
    const options = parseArgs(argv);
    if (options.command !== 'check') return null;
    getProfile(options.profile);
    return options;
  } catch {
    return null;
  }
}

/** The worker script beside this one (.js when built, .ts when run through a TypeScript loader). */
function workerFile(): string {
  return join(__dirname, `check-worker${extname(__filename)}`);
}

if (require.main === module) cliMain();
