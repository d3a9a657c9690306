import { run } from '../../src/cli/main';

/** Run the CLI in-process and capture what it prints. */
export function runCli(args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colour: false });
  return { code, stdout, stderr };
}
