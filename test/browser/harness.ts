import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toolPath } from '../support/system-tools';

// Shared by the browser tests: serve the production build, start Debian's Chromium, and answer
// the page's request for Office.js with a bundle that provides a Word test double.
export const root = join(__dirname, '..', '..');
// Test runs write pictures outside tracked files; a script that refreshes docs/ sets SCREENSHOTS_DIR.
export const screenshots = process.env.SCREENSHOTS_DIR ? resolve(root, process.env.SCREENSHOTS_DIR) : join(root, '.test-output', 'screenshots');
const dist = join(root, 'dist');

export interface Harness {
  page: Page;
  base: string;
  /** Requests the page tried to make to anywhere other than the local server (blocked). */
  outside: string[];
  close(): Promise<void>;
}

export type DoubleWindow = {
  __word: {
    paragraphs: Array<{ text: string; tag?: string }>;
    selection: { start: number; end: number } | null;
    type(index: number, text: string): void;
    trackInsertion(index: number, text: string, author: string): void;
  };
};

export async function openPane(): Promise<Harness> {
  if (!existsSync(join(dist, 'taskpane.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const shim = buildSync({ entryPoints: [join(__dirname, 'office-shim.ts')], bundle: true, write: false, format: 'iife', target: 'es2020' }).outputFiles[0].text;
  const server: Server = createServer((req, res) => {
    const file = join(dist, (req.url ?? '/').split('?')[0]);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // Playwright gives each launch a fresh temporary profile; the flags keep Chromium off the network.
  const browser: Browser = await chromium.launch({
    executablePath: toolPath('chromium') ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 380, height: 900 } });
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
  mkdirSync(screenshots, { recursive: true });
  await page.goto(`${base}/taskpane.html`);
  return {
    page,
    base,
    outside,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Wait until `read()` satisfies `ok`, for state that changes after a debounce or a Word round trip. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

export const paragraphsOf = (page: Page) => page.evaluate(() => (window as unknown as DoubleWindow).__word.paragraphs.map((p) => ({ text: p.text, tag: p.tag })));
