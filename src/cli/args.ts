// Command-line arguments, parsed in one place.
export interface CheckOptions {
  command: 'check';
  profile?: string;
  /** A council policy file (JSON); its id becomes the profile once loaded. */
  policy?: string;
  /** The policy file once read and checked (plain data, so it can be handed to worker threads). */
  policyProfile?: Profile;
  /** Full citations and paragraph numbers in the human report. */
  verbose: boolean;
  json: boolean;
  failOn: 'error' | 'warning' | 'none';
  checklist: boolean;
  /** Seconds one file may take before it is stopped and reported (exit 2); the others are still checked. */
  timeLimit: number;
  /** Print the time each check took, added up over the files, to standard error. */
  timing: boolean;
  files: string[];
}
export interface NewOptions {
  command: 'new';
  profile?: string;
  policy?: string;
  output: string;
}
export type Options = CheckOptions | NewOptions | { command: 'help' } | { command: 'version' } | { command: 'rules' };

import type { Profile } from '../core/profiles';

export class UsageError extends Error {}

/** Seconds per file: a real agreement takes well under one; only a hostile file comes near this. */
export const DEFAULT_TIME_LIMIT = 10;

export const USAGE = `Usage:
  agreement-check [--profile ID | --policy FILE] [--json] [--verbose] [--fail-on error|warning|none] [--checklist] [--time-limit SECONDS] [--timing] <file ...>
  agreement-check new [--profile ID | --policy FILE] out.docx
  agreement-check status [--as-of DATE] [--json] [--html report.html] <files or folders ...>
  agreement-check --rules | --help | --version

Checks written agreements (.docx, .md, .txt) against local guidance for written agreements
with families: missing sections, vague tasks, jargon, acronyms, threats and more.

Options:
  --profile ID        policy profile: default, rutland, cin-cp, derby-derbyshire (default: default)
  --policy FILE       a council's policy file (JSON extending a profile; see docs/policies.md)
  --verbose           full guidance citations and paragraph numbers in the report
  --json              machine-readable output (one object per file; an array for several files)
  --fail-on LEVEL     exit 1 when a finding is at or above LEVEL: error (default) or warning;
                      none reports findings but exits 0
  --checklist         add the sign-off checklist and any tracked changes
  --time-limit SECS   stop checking a file that takes longer than this (default ${DEFAULT_TIME_LIMIT});
                      it is reported as not checked and the other files carry on
  --timing            print how long each check took, over all the files, to standard error
                      (check names and milliseconds only, never the documents' text)
  --rules             list every check with the guidance it comes from

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a file could not be read.`;

export function parseArgs(argv: string[]): Options {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) return { command: 'help' };
  if (args.includes('--version') || args.includes('-v')) return { command: 'version' };
  if (args.includes('--rules')) return { command: 'rules' };
  let profile: string | undefined;
  let policy: string | undefined;
  let json = false;
  let verbose = false;
  let checklist = false;
  let failOn: 'error' | 'warning' | 'none' = 'error';
  let timeLimit = DEFAULT_TIME_LIMIT;
  let timing = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--profile') profile = value();
    else if (arg.startsWith('--profile=')) profile = arg.slice('--profile='.length);
    else if (arg === '--policy') policy = value();
    else if (arg.startsWith('--policy=')) policy = arg.slice('--policy='.length);
    else if (arg === '--json') json = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--checklist') checklist = true;
    else if (arg === '--timing') timing = true;
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const level = arg.includes('=') ? arg.split('=')[1] : value();
      if (level !== 'error' && level !== 'warning' && level !== 'none') throw new UsageError('--fail-on takes error, warning or none');
      failOn = level;
    } else if (arg === '--time-limit' || arg.startsWith('--time-limit=')) {
      const seconds = Number(arg.includes('=') ? arg.split('=')[1] : value());
      if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('--time-limit takes a number of seconds greater than 0');
      timeLimit = seconds;
    } else if (arg === '--') positional.push(...args.splice(i + 1));
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (profile !== undefined && policy !== undefined) throw new UsageError('use --profile or --policy, not both (a policy names the profile it extends)');
  if (positional[0] === 'new') {
    if (positional.length !== 2) throw new UsageError('new takes one output file: agreement-check new out.docx');
    return { command: 'new', profile, policy, output: positional[1] };
  }
  if (positional.length === 0) throw new UsageError('no files given');
  return { command: 'check', profile, policy, verbose, json, failOn, checklist, timeLimit, timing, files: positional };
}
