import { join } from 'node:path';
import { eventually, openPane, paragraphsOf, screenshots, type DoubleWindow, type Harness } from './harness';
import { withTools } from '../support/system-tools';

// Skipped (with the install command) when Chromium is missing; fails instead under CI=true.
const { test, beforeAll, afterAll } = withTools('chromium');

// Worker and manager, in real Chromium against the production build: fill the template, tick the
// confirmations, insert the checklist; then review a tracked change that adds a review date.
let pane: Harness;
beforeAll(async () => {
  pane = await openPane();
}, 120_000);
afterAll(() => pane?.close());

const paragraphs = () => paragraphsOf(pane.page);
const typeInto = async (tag: string, startsWith: string, text: string) => {
  const index = (await paragraphs()).findIndex((p) => p.tag === tag && p.text.startsWith(startsWith));
  expect(index).toBeGreaterThan(0);
  await pane.page.evaluate(([i, t]) => (window as unknown as DoubleWindow).__word.type(i as number, t as string), [index, text]);
  return index;
};

test('tick confirmations, insert the checklist, then accept a change that adds a review date', async () => {
  const { page } = pane;
  await page.getByRole('button', { name: 'Check my document' }).click();
  await page.getByRole('tab', { name: 'Before you start' }).click();
  for (const radio of await page.getByRole('radio', { name: 'No' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Insert template' }).click();
  await page.getByText(/Inserted \d+ sections/).waitFor();

  // The worker fills the template.
  await typeInto('agreement-number', 'Written agreement number', 'Written agreement number: 1');
  await typeInto('date', 'Date:', 'Date: 1 December 2026');
  await typeInto('participants', 'Parent or carer', 'Parent or carer (full name, relationship to the child): Kerry Walsh, mother of Liam');
  await typeInto('family-commitments', '1.', 'Kerry will walk Liam to Hillside Primary School by 8.45am every school day.');
  await typeInto('professional-commitments', '1.', 'Hannah Okafor (social worker) will visit every Tuesday at 4pm.');
  await typeInto('contingency', '1.', 'If the agreement is not kept, Hannah Okafor will arrange a meeting within five working days.');
  const review = await typeInto('review-date', 'Review date:', 'Review date: ');

  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByLabel(/Your name \(social worker/).fill('Hannah Okafor');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await eventually(() => page.getByText(/\(Hannah Okafor, \d{1,2} [A-Z][a-z]+ \d{4}\)/).count(), (n) => n >= 9);
  expect(await page.getByTestId('check-review-date').textContent()).toMatch(/Needs attention/);
  await page.getByRole('button', { name: 'Insert checklist' }).click();
  const checklist = await eventually(async () => (await paragraphs()).filter((p) => p.tag === 'clear-agreements-checklist'), (rows) => rows.length > 5);
  expect(checklist[0].text).toBe('Sign-off checklist');
  // Word holds a table as one paragraph per cell: the row's cells follow each other.
  const cells = checklist.map((p) => p.text);
  const row = cells.indexOf('The family helped to write the agreement');
  expect(cells.slice(row + 1, row + 3)).toEqual(['Confirmed', expect.stringMatching(/^Hannah Okafor/)]);
  await page.screenshot({ path: join(screenshots, '5-checklist-inserted.png'), fullPage: true });

  // The manager opens it: a tracked change adds the review date.
  await page.evaluate((i) => (window as unknown as DoubleWindow).__word.trackInsertion(i, '12 January 2027', 'Paul Graham'), review);
  await page.getByRole('tab', { name: 'Review' }).click();
  // The manager's name is their own: the worker's is not carried over.
  expect(await page.getByLabel(/Your name \(team manager/).inputValue()).toBe('');
  await page.getByLabel(/Your name \(team manager/).fill('Asha Patel');
  const change = page.getByTestId('tracked-change');
  await change.waitFor();
  expect(await change.textContent()).toMatch(/by Paul Graham/);
  expect(await page.getByTestId('compare-review-date').textContent()).toMatch(/Passes.*the changes fix this/);
  await page.screenshot({ path: join(screenshots, '6-review.png'), fullPage: true });
  await change.getByRole('button', { name: /^Accept / }).click();
  await eventually(() => page.getByTestId('tracked-change').count(), (n) => n === 0);
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  expect(await eventually(() => page.getByTestId('check-review-date').textContent(), (t) => /Passes/.test(t ?? ''))).toMatch(/Passes/);
}, 120_000);
