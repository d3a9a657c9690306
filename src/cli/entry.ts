// The command's entry point (bin/agreement-check.js). Kept light: checking files happens in worker
// threads (batch.ts), so this thread loads only what it needs to parse the arguments and write
// the results; any other command loads the rest (main.ts) when it runs.
import { extname, join } from 'node:path';
import { parseArgs, type CheckOptions } from './args';
import { checkInWorkers } from './batch';
import type { Io } from './output';
import { getProfile } from '../core/profiles';
import { readPolicyFile } from '../io/policy-file';

export function cliMain(): void {
  // Output piped into `head` closes early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
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
    const options = checkOptions(argv);
    if (options) checkInWorkers(options, io, workerFile()).then((code) => (process.exitCode = code), failed);
    else process.exitCode = (require('./main') as typeof import('./main')).run(argv, io);
  } catch {
    failed();
  }
}

/** The options, if the arguments ask to check files and are valid; anything else goes to run(). */
function checkOptions(argv: string[]): CheckOptions | null {
  try {
    const options = parseArgs(argv);
    if (options.command !== 'check') return null;
    if (options.policy !== undefined) {
      // Read here and handed to the workers as data; a bad file goes to run(), which says why in one line.
      options.policyProfile = readPolicyFile(options.policy);
      options.profile = options.policyProfile.id;
    } else getProfile(options.profile);
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
