import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { caseload } from '../../src/cli/status';
import { caseloadHtml } from '../../src/cli/status-html';
import { toolPath, withTools } from '../support/system-tools';
import { root, screenshots } from './harness';

// The caseload report as a council's browser opens it: from a file, with nothing allowed to leave
// the page. Skipped (with the install command) when Chromium is missing; fails under CI=true.
const { test, beforeAll, afterAll } = withTools('chromium');

const asOf = new Date(2026, 11, 10, 12);
const out = join(root, '.test-output', 'status-report');
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: toolPath('chromium'), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
}, 60_000);
afterAll(() => browser?.close());

test('the HTML report opens with no request leaving the page, no console error, its styles applied under its own policy', async () => {
  mkdirSync(out, { recursive: true });
  const file = join(out, 'report.html');
  writeFileSync(file, caseloadHtml(caseload([join(root, 'test', 'fixtures', 'caseload')], { asOf }), asOf));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    // A policy violation (a style or request the policy refuses) is reported as a console error.
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    if (route.request().url() !== url) {
      requests.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(url);
  await page.waitForLoadState('load');

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  // The style sheet is allowed by its hash: the header cells have their grey background.
  expect(await page.locator('thead th').first().evaluate((th) => getComputedStyle(th).backgroundColor)).toBe('rgb(242, 242, 242)');
  expect(await page.locator('td.file').allTextContents()).toHaveLength(7);
  expect(await page.locator('tr.group th').allTextContents()).toEqual(['Reviews overdue', 'Past their end date', 'Reviews due within 7 days', 'No review date', 'Reviews not yet due']);
  expect(await page.getByRole('img', { name: /Review and end dates/ }).count()).toBe(1);
  expect(await page.getByRole('img', { name: /Open errors by category/ }).count()).toBe(1);
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'status-report.png'), fullPage: true });

  // Printing: the same page as a PDF, charts and table kept.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  writeFileSync(join(out, 'report.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
