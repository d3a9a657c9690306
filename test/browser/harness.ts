import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
  /** Open the pane again in a fresh browser context (cold: no cache, no storage) on the same server. */
  reopen(options?: PaneOptions): Promise<Page>;
  close(): Promise<void>;
}

/** What the Word double starts with: a document (paragraphs and saved settings), a theme, a width. */
export interface PaneOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  /** Pretend to be another web view (the old-Word message). */
  userAgent?: string;
  paragraphs?: Array<string | { text: string; style?: string; tag?: string; isListItem?: boolean }>;
  /** Document settings as saved in the file (JSON strings), as a reopened document has them. */
  settings?: Record<string, string>;
}

export type DoubleWindow = {
  __word: {
    paragraphs: Array<{ text: string; tag?: string }>;
    selection: { start: number; end: number } | null;
    changes: Array<{ author: string; text: string }>;
    type(index: number, text: string): void;
    trackInsertion(index: number, text: string, author: string, date?: string): void;
  };
  /** The document settings as last saved into the file. */
  __settings: { store: { saved: Record<string, string> } };
};

export async function openPane(options: PaneOptions = {}): Promise<Harness> {
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
  const outside: string[] = [];
  const contexts: BrowserContext[] = [];
  const newPage = async (opts: PaneOptions): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: opts.width ?? 380, height: opts.height ?? 900 }, colorScheme: opts.dark ? 'dark' : 'light', userAgent: opts.userAgent });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript((setup) => Object.assign(window, { __setup: setup }), { paragraphs: opts.paragraphs ?? [], settings: opts.settings ?? {}, dark: !!opts.dark });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: shim });
      if (!url.startsWith(base)) {
        outside.push(url);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(`${base}/taskpane.html`);
    return page;
  };
  mkdirSync(screenshots, { recursive: true });
  const page = await newPage(options);
  return {
    page,
    base,
    outside,
    reopen: (opts = {}) => newPage(opts),
    close: async () => {
      for (const context of contexts) await context.close();
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

/** A worker's filled-in agreement: screen, insert the template, type a few lines (some with findings). */
export async function fillAgreement(page: Page): Promise<{ review: number; family: number }> {
  await page.getByText('Is a written agreement right here?').waitFor();
  for (const radio of await page.getByRole('radio', { name: 'No' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Insert template' }).click();
  await page.getByText(/Inserted \d+ sections/).waitFor();
  const typeInto = async (tag: string, startsWith: string, text: string) => {
    const index = (await paragraphsOf(page)).findIndex((p) => p.tag === tag && p.text.startsWith(startsWith));
    await page.evaluate(([i, t]) => (window as unknown as DoubleWindow).__word.type(i as number, t as string), [index, text] as const);
    return index;
  };
  await typeInto('agreement-number', 'Written agreement number', 'Written agreement number: 1');
  await typeInto('date', 'Date:', 'Date: 1 December 2026');
  await typeInto('participants', 'Parent or carer', 'Parent or carer (full name, relationship to the child): Kerry Walsh, mother of Liam');
  const family = await typeInto('family-commitments', '1.', 'Kerry will engage with the core group and attend appointments as required.');
  await typeInto('professional-commitments', '1.', 'Hannah Okafor (social worker) will visit every Tuesday at 4pm.');
  await typeInto('contingency', '1.', 'Failure to comply will result in care proceedings.');
  const review = await typeInto('review-date', 'Review date:', 'Review date: ');
  await page.getByTestId('finding').first().waitFor();
  return { review, family };
}

/** What has keyboard focus: its role, name and id, for assertions about where focus lands. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', testid: el?.dataset.testid ?? '', text: (el?.textContent ?? '').slice(0, 80) };
  });

/** The page scrolls sideways (WCAG 1.4.10): the document is wider than the viewport. */
export const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
