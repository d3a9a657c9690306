import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_RULES, getProfile, registerPolicy } from '../core';
import { formatRule } from './format';
import { readPolicyFile } from '../io/policy-file';
import { writeTemplateDocx } from '../io/docx-writer';
import { parseArgs, USAGE, UsageError, type CheckOptions } from './args';
import { checkFile } from './check-file';
import { ARRAY_INDENT, OutcomeWriter, type Io } from './output';
import { runStatus } from './status-command';

export type { Io };

/**
 * Run the CLI in this thread; returns the exit code. Never throws for bad input files. The command
 * itself (entry.ts) checks files in worker threads under a time limit instead.
 */
export function run(argv: string[], io: Io): number {
  if (argv[0] === 'status') return runStatus(argv.slice(1), io);
  let options;
  try {
    options = parseArgs(argv);
    if ('policy' in options && options.policy !== undefined) {
      const profile = readPolicyFile(options.policy);
      registerPolicy(profile);
      options.profile = profile.id;
      if (options.command === 'check') options.policyProfile = profile;
    }
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
      for (const rule of ALL_RULES) io.stdout(formatRule(rule));
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
  const writer = new OutcomeWriter(io, options.json, several, options.timing);
  const fileOptions = { profile: options.profile, policyProfile: options.policyProfile, json: options.json, failOn: options.failOn, checklist: options.checklist, colour: io.colour, verbose: options.verbose, timing: options.timing };
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
