import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A fresh folder in the system's temporary folder for one test file, removed when the file's tests
// end, so runs leave nothing behind. KEEP_TEST_FILES=1 keeps them for a look afterwards.
const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  if (process.env.KEEP_TEST_FILES) return;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
