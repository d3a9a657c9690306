import { join } from 'node:path';
import { eventually, focused, openPane, paragraphsOf, screenshots, type DoubleWindow, type Harness } from './harness';
import { withTools } from '../support/system-tools';

// Skipped (with the install command) when Chromium is missing; fails instead under CI=true.
const { test, beforeAll, afterAll } = withTools('chromium');

// A new user's first session, in real Chromium against the production build in dist/.
let pane: Harness;
beforeAll(async () => {
  pane = await openPane();
}, 120_000);
afterAll(() => pane?.close());

test('screen, insert the template, type, see findings, select one and accept a suggestion', async () => {
  const { page } = pane;
  const paragraphs = () => paragraphsOf(page);
  await page.getByText('Is a written agreement right here?').waitFor();
  for (const radio of await page.getByRole('radio', { name: 'No' }).all()) await radio.check();
  await page.screenshot({ path: join(screenshots, '1-screening.png'), fullPage: true });
  await page.getByRole('button', { name: 'Insert template' }).click();
  await page.getByText(/Inserted \d+ sections/).waitFor();
  // Focus goes to the findings' headline, not back to the page.
  expect((await eventually(() => focused(page), (f) => f.id === 'heading-check')).id).toBe('heading-check');
  const inserted = await paragraphs();
  expect(new Set(inserted.map((p) => p.tag).filter(Boolean)).size).toBe(15);
  await page.getByRole('region', { name: /^Missing or not filled in/ }).waitFor();

  // The worker types a vague task with a jargon word in "What the family will do".
  const index = inserted.findIndex((p) => p.tag === 'family-commitments' && p.text.startsWith('1.'));
  await page.evaluate((i) => (window as unknown as DoubleWindow).__word.type(i, 'Mum will engage with the core group.'), index);
  const jargonCard = page.getByTestId('finding').filter({ hasText: 'core group' }).filter({ hasText: 'Jargon' });
  await jargonCard.waitFor();
  expect(await page.getByTestId('finding').filter({ hasText: 'Vague task' }).count()).toBeGreaterThan(0);
  const countBefore = await page.getByTestId('finding').count();
  await page.screenshot({ path: join(screenshots, '2-findings.png'), fullPage: true });

  // Click one: its text is selected in the document.
  await jargonCard.getByRole('button', { name: /^Show .* in document$/ }).click();
  const selection = await eventually(() => page.evaluate(() => (window as unknown as DoubleWindow).__word.selection), (v) => v !== null);
  expect(selection).not.toBeNull();
  expect((await paragraphs())[index].text.slice(selection!.start, selection!.end)).toBe('core group');

  // Accept the plain-English suggestion: the text changes and the count drops.
  await jargonCard.getByRole('button', { name: /^Use .* instead of \u201ccore group\u201d$/ }).first().click();
  expect(await eventually(async () => (await paragraphs())[index].text, (t) => !t.includes('core group'))).not.toContain('core group');
  expect(await eventually(() => page.getByTestId('finding').count(), (n) => n < countBefore)).toBeLessThan(countBefore);
  // Focus moves on to the next finding rather than dropping to the page.
  expect((await eventually(() => focused(page), (f) => f.testid === 'finding')).testid).toBe('finding');
  await page.screenshot({ path: join(screenshots, '3-after-suggestion.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByText('Prepare for signature').waitFor();
  await page.screenshot({ path: join(screenshots, '4-sign-off.png'), fullPage: true });
  // Nothing was requested from anywhere but the add-in's own origin (and the Office.js CDN).
  expect(pane.outside).toEqual([]);
}, 120_000);
