import { eventually, fillAgreement, focused, openPane, type DoubleWindow, type Harness } from './harness';
import { withTools } from '../support/system-tools';

// Skipped (with the install command) when Chromium is missing; fails instead under CI=true.
const { test, afterEach } = withTools('chromium');

// Records a manager must be able to trust, in real Chromium against the production build.
let pane: Harness | undefined;
afterEach(async () => {
  await pane?.close();
  pane = undefined;
});

type SavedSignOff = { reviewDecisions: Array<{ change: string; decision: string; note: string; by: string }>; countersignature?: { by: string }; reasons: Record<string, string> };
const savedSignOff = async (harness: Harness): Promise<SavedSignOff> =>
  JSON.parse(JSON.parse((await harness.page.evaluate(() => (window as unknown as DoubleWindow).__settings.store.saved))['clearAgreements.signOff'] ?? '"{\\"reviewDecisions\\":[],\\"reasons\\":{}}"'));

test('a review note stays with its own change through decisions, and is cleared once that change is decided', async () => {
  pane = await openPane({ width: 320 });
  const { page } = pane;
  const { review, family } = await fillAgreement(page);
  await page.evaluate(([r, f]) => {
    const word = (window as unknown as DoubleWindow).__word;
    word.trackInsertion(r, '12 January 2027', 'Paul Graham', '2026-12-02T10:00:00Z');
    word.trackInsertion(f, ' Kerry will phone school if Liam is ill.', 'Hannah Okafor', '2026-12-03T09:00:00Z');
  }, [review, family]);
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByLabel(/Your name \(team manager/).fill('Asha Patel');
  const dateChange = page.getByTestId('tracked-change').filter({ hasText: '12 January 2027' });
  const phoneChange = page.getByTestId('tracked-change').filter({ hasText: 'phone school' });
  await dateChange.getByRole('textbox').fill('Date agreed at the meeting');
  await phoneChange.getByRole('textbox').fill('Not discussed with Kerry yet');
  // The change listed first is decided; the other keeps its own note.
  const first = (await page.getByTestId('tracked-change').first().textContent())?.includes('12 January 2027') ? dateChange : phoneChange;
  const [firstNote, secondNote, second] = first === dateChange ? ['Date agreed at the meeting', 'Not discussed with Kerry yet', phoneChange] : ['Not discussed with Kerry yet', 'Date agreed at the meeting', dateChange];
  await first.getByRole('button', { name: /^Accept / }).click();
  await eventually(() => page.getByTestId('tracked-change').count(), (n) => n === 1);
  expect(await second.getByRole('textbox').inputValue()).toBe(secondNote);
  // Focus moves to the change that is left.
  expect((await eventually(() => focused(page), (f) => f.id.startsWith('change-'))).text).toContain(first === dateChange ? 'phone school' : '12 January 2027');
  await second.getByRole('button', { name: /^Reject / }).click();
  await eventually(() => page.getByTestId('tracked-change').count(), (n) => n === 0);
  expect((await eventually(() => focused(page), (f) => f.id === 'countersign-title')).id).toBe('countersign-title');
  const decisions = (await savedSignOff(pane)).reviewDecisions;
  expect(decisions).toHaveLength(2);
  expect(decisions[0]).toMatchObject({ decision: 'accepted', note: firstNote, by: 'Asha Patel' });
  expect(decisions[1]).toMatchObject({ decision: 'rejected', note: secondNote, by: 'Asha Patel' });
  expect(decisions[0].change).toContain(first === dateChange ? 'by Paul Graham' : 'by Hannah Okafor');
}, 120_000);

test('countersigning is refused without a name and while changes are pending, and needs a reason with failing checks', async () => {
  pane = await openPane({ width: 450 });
  const { page } = pane;
  const { review } = await fillAgreement(page);
  await page.evaluate((r) => (window as unknown as DoubleWindow).__word.trackInsertion(r, '12 January 2027', 'Paul Graham'), review);
  await page.getByRole('tab', { name: 'Review' }).click();
  const countersign = page.getByRole('button', { name: 'Countersign' });
  const why = page.getByTestId('countersign-why');
  await page.getByTestId('tracked-change').waitFor();
  expect(await countersign.getAttribute('aria-disabled')).toBe('true');
  expect(await why.textContent()).toMatch(/Enter your name/);
  await countersign.click({ force: true });
  await page.getByLabel(/Your name \(team manager/).fill('Asha Patel');
  expect(await why.textContent()).toMatch(/1 tracked change still to accept or reject/);
  await countersign.click({ force: true });
  expect((await savedSignOff(pane)).countersignature).toBeUndefined();
  await page.getByTestId('tracked-change').getByRole('button', { name: /^Accept / }).click();
  await eventually(() => page.getByTestId('tracked-change').count(), (n) => n === 0);
  expect(await eventually(() => why.textContent(), (t) => /say why/.test(t ?? ''))).toMatch(/say why you are countersigning anyway/);
  await page.getByLabel(/Why are you countersigning anyway/).fill('The threat wording is being changed at the meeting today');
  expect(await countersign.getAttribute('aria-disabled')).toBeNull();
  await countersign.click();
  await page.getByTestId('countersigned').waitFor();
  const saved = await savedSignOff(pane);
  expect(saved.countersignature).toMatchObject({ by: 'Asha Patel' });
  expect(saved.reasons.countersignature).toMatch(/threat wording/);
}, 120_000);

test('the policy is saved in the document, survives closing and reopening it, and changes only after asking', async () => {
  pane = await openPane({ width: 320 });
  const { page } = pane;
  await fillAgreement(page);
  const policy = page.getByRole('combobox', { name: /Local policy/ });
  // An arrow key on the closed drop-down opens it; it does not change the policy.
  await policy.focus();
  await page.keyboard.press('ArrowDown');
  expect(await policy.getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  expect(await policy.textContent()).toContain('England (general good practice)');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await policy.click();
  await page.getByRole('option', { name: 'Derby and Derbyshire Safeguarding Children Boards' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the policy for this document?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: /^Keep / }).click();
  expect(await policy.textContent()).toContain('England (general good practice)');
  await policy.click();
  await page.getByRole('option', { name: 'Derby and Derbyshire Safeguarding Children Boards' }).click();
  await dialog.getByRole('button', { name: 'Change policy' }).click();
  await page.getByText('This document is now checked against: Derby and Derbyshire Safeguarding Children Boards.').waitFor();
  const saved = await page.evaluate(() => (window as unknown as DoubleWindow).__settings.store.saved);
  expect(JSON.parse(saved['clearAgreements.profile'])).toBe('derby-derbyshire');
  // Close the document and open it again (a manager on another machine): the same policy.
  const paragraphs = await page.evaluate(() => (window as unknown as { __word: { paragraphs: Array<{ text: string; style: string; tag?: string; isListItem: boolean }> } }).__word.paragraphs.map(({ text, style, tag, isListItem }) => ({ text, style, tag, isListItem })));
  await page.close();
  const again = await pane.reopen({ width: 320, paragraphs, settings: saved });
  await again.getByRole('tab', { name: 'Check' }).click();
  expect(await again.getByRole('combobox', { name: /Local policy/ }).textContent()).toContain('Derby and Derbyshire Safeguarding Children Boards');
}, 120_000);
