import { Controller } from '../../src/taskpane/controller';
import { initialState, isIgnoredIn, listedFindings, reducer, type Action, type State } from '../../src/taskpane/state';
import { NO_CAPABILITIES } from '../../src/word/capabilities';
import { DocumentSettings } from '../../src/word/document-settings';
import { ReviewAdapter } from '../../src/word/review-adapter';
import { WordAdapter } from '../../src/word/word-adapter';
import { SettingsDouble, WordDouble } from '../word/word-double';

// The pane's records, through the real controller, adapters and reducer on the Word double.
const agreement = [
  { text: 'Written agreement', style: 'Title' },
  { text: 'Date: 1 December 2026' },
  { text: 'What Kerry will do', style: 'Heading 2' },
  { text: 'Kerry will walk Liam to school by 8.45am every school day.' },
  { text: 'Mum will engage with the core group.' },
  { text: 'Review', style: 'Heading 2' },
  { text: 'We will review this agreement' },
];
const capabilities = { ...NO_CAPABILITIES, structure: true, paragraphEvents: true };

function setUp(settings = new SettingsDouble(), word = new WordDouble(agreement)) {
  let state: State = initialState;
  const messages: string[] = [];
  const dispatch = (action: Action) => {
    state = reducer(state, action);
    if (action.type === 'message') messages.push(action.message.text);
  };
  const controller = new Controller(dispatch, () => state, new WordAdapter(word.run, capabilities), new DocumentSettings(settings), new ReviewAdapter(word.run, capabilities), capabilities);
  return { word, settings, controller, dispatch, messages, state: () => state };
}

test('each decision is recorded against the change itself, with its own note, whatever its place in the list', async () => {
  const pane = setUp();
  pane.word.trackInsertion(6, ' on 12 January 2027.', 'Paul Graham');
  pane.word.trackInsertion(3, ' Kerry will phone if Liam is ill.', 'Hannah Okafor');
  await pane.controller.start();
  await pane.controller.loadReview();
  const [first, second] = pane.state().review!.changes;
  pane.dispatch({ type: 'name', role: 'manager', name: 'Asha Patel' });
  const notes = { [first.key]: 'Date agreed at the meeting', [second.key]: 'Not discussed with Kerry' };
  // Word's own Review tab accepts the first change behind the pane's back: the list on screen is stale.
  pane.word.changes = pane.word.changes.filter((c) => c.author !== 'Paul Graham');
  expect(await pane.controller.decide([first.key], true, notes)).toEqual([]);
  expect(pane.state().signOff.reviewDecisions).toEqual([]);
  expect(pane.state().review!.changes.map((c) => c.key)).toEqual([second.key]);
  expect(await pane.controller.decide([second.key], false, notes)).toEqual([second.key]);
  expect(pane.state().signOff.reviewDecisions).toEqual([
    expect.objectContaining({ decision: 'rejected', note: 'Not discussed with Kerry', by: 'Asha Patel', change: expect.stringContaining('by Hannah Okafor') }),
  ]);
  expect(pane.word.paragraphs[3].text).toBe('Kerry will walk Liam to school by 8.45am every school day.');
});

test('a decision needs the manager’s name, which is kept apart from the worker’s', async () => {
  const pane = setUp();
  pane.word.trackInsertion(6, ' on 12 January 2027.', 'Paul Graham');
  await pane.controller.start();
  await pane.controller.loadReview();
  pane.dispatch({ type: 'name', role: 'worker', name: 'Hannah Okafor' });
  expect(await pane.controller.decide([pane.state().review!.changes[0].key], true)).toEqual([]);
  expect(pane.word.changes).toHaveLength(1);
  expect(pane.messages.pop()).toMatch(/Enter your name/);
});

test('countersigning refuses without a name, while changes are pending, and with failing checks but no reason', async () => {
  const pane = setUp();
  pane.word.trackInsertion(6, ' on 12 January 2027.', 'Paul Graham');
  await pane.controller.start();
  expect(await pane.controller.countersign()).toBe(false);
  expect(pane.messages.pop()).toMatch(/Not countersigned\. Enter your name/);
  pane.dispatch({ type: 'name', role: 'manager', name: 'Asha Patel' });
  expect(await pane.controller.countersign('Reviewed with the worker')).toBe(false);
  expect(pane.messages.pop()).toMatch(/1 tracked change still to accept or reject/);
  await pane.controller.decide([pane.state().review!.changes[0].key], true);
  // The agreement still fails checks (no contingency, no signatures): a reason is required.
  expect(await pane.controller.countersign('')).toBe(false);
  expect(pane.messages.pop()).toMatch(/say why you are countersigning anyway/);
  expect(pane.state().signOff.countersignature).toBeUndefined();
  expect(await pane.controller.countersign('Agreed with the worker to add the contingency at the meeting')).toBe(true);
  const saved = new DocumentSettings(pane.settings.reopen()).readSignOff().record;
  expect(saved.countersignature).toEqual({ by: 'Asha Patel', on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  expect(saved.reasons.countersignature).toMatch(/contingency/);
});

test('ticking a confirmation needs the worker’s name', async () => {
  const pane = setUp();
  await pane.controller.start();
  await pane.controller.confirm('discussed', true);
  expect(pane.state().signOff.confirmations).toEqual({});
  pane.dispatch({ type: 'name', role: 'worker', name: 'Hannah Okafor' });
  await pane.controller.confirm('discussed', true);
  expect(pane.state().signOff.confirmations.discussed).toEqual({ by: 'Hannah Okafor', on: expect.any(String) });
});

test('the policy chosen for a document is stored in it and used when it is opened again', async () => {
  const first = setUp();
  await first.controller.start();
  await first.controller.setProfile('derby-derbyshire');
  expect(first.state().result?.profile).toBe('derby-derbyshire');
  const reopened = setUp(first.settings.reopen(), first.word);
  await reopened.controller.start();
  expect(reopened.state().profileId).toBe('derby-derbyshire');
  expect(reopened.state().result?.profile).toBe('derby-derbyshire');
  await reopened.controller.setProfile('no-such-policy');
  expect(reopened.state().profileId).toBe('derby-derbyshire');
});

test('ignore here only, everywhere, or a whole check; each can be brought back and is kept in the document', async () => {
  const pane = setUp();
  await pane.controller.start();
  const jargon = listedFindings(pane.state()).find((f) => f.category === 'jargon')!;
  await pane.controller.ignore(jargon, 'once');
  expect(isIgnoredIn(pane.state())(jargon)).toBe(true);
  expect(pane.state().lastIgnored?.label).toBe(`Ignored \u201c${jargon.excerpt}\u201d here`);
  await pane.controller.restore(pane.state().lastIgnored!.key);
  expect(isIgnoredIn(pane.state())(jargon)).toBe(false);
  await pane.controller.ignore(jargon, 'check');
  expect(listedFindings(pane.state()).some((f) => f.category === 'jargon')).toBe(false);
  expect(new DocumentSettings(pane.settings.reopen()).readIgnored().keys).toEqual(new Set(['off|jargon']));
  await pane.controller.turnOn('jargon');
  expect(listedFindings(pane.state()).some((f) => f.category === 'jargon')).toBe(true);
});
