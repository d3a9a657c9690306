// Refreshes docs/screenshots/status-report.png, the picture of `agreement-check status --html` in
// the docs. Run by hand (npx tsx scripts/status-report-screenshot.ts), never by the tests, so a test
// run leaves tracked files alone. Needs Debian's chromium.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { caseload } from '../src/cli/status';
import { caseloadHtml } from '../src/cli/status-html';

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  process.chdir(root);
  // The fixture caseload as of a fixed day, with paths as a team would type them.
  const asOf = new Date(2026, 11, 10, 12);
  const file = join(mkdtempSync(join(tmpdir(), 'status-report-')), 'report.html');
  writeFileSync(file, caseloadHtml(caseload(['test/fixtures/caseload'], { asOf }), asOf));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href);
    mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(root, 'docs', 'screenshots', 'status-report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  process.stdout.write('Wrote docs/screenshots/status-report.png\n');
}

void main();
