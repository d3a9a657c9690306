import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

// A new user's first session, in real Chromium against the production build in dist/.
// Office.js is answered locally (request routing) with a Word test double behind the adapter.
const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const shots = join(root, 'docs', 'screenshots');
let server: Server;
let browser: Browser;
let page: Page;
let base = '';

beforeAll(async () => {
  if (!existsSync(join(dist, 'taskpane.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const shim = buildSync({ entryPoints: [join(__dirname, 'office-shim.ts')], bundle: true, write: false, format: 'iife', target: 'es2020' }).outputFiles[0].text;
  server = createServer((req, res) => {
    const file = join(dist, (req.url ?? '/').split('?')[0]);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // Playwright starts each browser with a fresh temporary profile.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 380, height: 900 } });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: shim });
    if (!url.startsWith(base)) {
      outside.push(url);
      return route.abort();
    }
    return route.continue();
  });
  (globalThis as { outsideRequests?: string[] }).outsideRequests = outside;
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Wait until `read()` satisfies `ok`, for state that changes after a debounce or a Word round trip. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

const paragraphs = () => page.evaluate(() => (window as unknown as { __word: { paragraphs: Array<{ text: string; tag?: string }> } }).__word.paragraphs.map((p) => ({ text: p.text, tag: p.tag })));

test('screen, insert the template, type, see findings, select one and accept a suggestion', async () => {
  await page.goto(`${base}/taskpane.html`);
  await page.getByText('Is a written agreement right here?').waitFor();
  const noes = page.getByRole('radio', { name: 'No' });
  for (let i = 0; i < (await noes.count()); i++) await noes.nth(i).check();
  await page.screenshot({ path: join(shots, '1-screening.png'), fullPage: true });
  await page.getByRole('button', { name: 'Insert template' }).click();
  await page.getByText(/Inserted \d+ sections/).waitFor();
  const inserted = await paragraphs();
  expect(new Set(inserted.map((p) => p.tag).filter(Boolean)).size).toBe(15);
  await page.getByLabel('Missing sections').waitFor();

  // The worker types a vague task with a jargon word in "What the family will do".
  const index = inserted.findIndex((p) => p.tag === 'family-commitments' && p.text.startsWith('1.'));
  await page.evaluate((i) => (window as unknown as { __word: { type(i: number, t: string): void } }).__word.type(i, 'Mum will engage with the core group.'), index);
  const jargonCard = page.getByTestId('finding').filter({ hasText: 'core group' }).filter({ hasText: 'Jargon' });
  await jargonCard.waitFor();
  await expect(page.getByTestId('finding').filter({ hasText: 'Vague task' }).count()).resolves.toBeGreaterThan(0);
  const countBefore = await page.getByTestId('finding').count();
  await page.screenshot({ path: join(shots, '2-findings.png'), fullPage: true });

  // Click one: its text is selected in the document.
  await jargonCard.getByRole('button', { name: 'Show in document' }).click();
  const selection = await eventually(() => page.evaluate(() => (window as unknown as { __word: { selection: { start: number; end: number } | null } }).__word.selection), (v) => v !== null);
  expect(selection).not.toBeNull();
  expect((await paragraphs())[index].text.slice(selection!.start, selection!.end)).toBe('core group');

  // Accept the plain-English suggestion: the text changes and the count drops.
  await jargonCard.getByRole('button', { name: /^Use / }).first().click();
  expect(await eventually(async () => (await paragraphs())[index].text, (t) => !t.includes('core group'))).not.toContain('core group');
  expect(await eventually(() => page.getByTestId('finding').count(), (n) => n < countBefore)).toBeLessThan(countBefore);
  await page.screenshot({ path: join(shots, '3-after-suggestion.png'), fullPage: true });

  // Sign-off view lists the checklist.
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByText('Prepare for signature').waitFor();
  await page.screenshot({ path: join(shots, '4-sign-off.png'), fullPage: true });
  expect((globalThis as { outsideRequests?: string[] }).outsideRequests).toEqual([]);
}, 120_000);
