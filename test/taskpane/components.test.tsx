/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/core';
import { App } from '../../src/taskpane/components/App';
import { ReviewView } from '../../src/taskpane/components/ReviewView';
import { SignOffView } from '../../src/taskpane/components/SignOffView';
import { OnDemand } from '../../src/taskpane/components/views';
import type { Controller } from '../../src/taskpane/controller';
import { initialState, reducer, type Action, type State } from '../../src/taskpane/state';

// The pane fetches the findings view as a chunk of its own, which needs a bundler or native modules:
// here App gets the view itself.
jest.mock('../../src/taskpane/components/views', () => ({
  ...jest.requireActual('../../src/taskpane/components/views'),
  FindingsView: jest.requireActual('../../src/taskpane/components/FindingsView').FindingsView,
}));

function fakeController() {
  return {
    insertTemplate: jest.fn(async () => undefined),
    insertSection: jest.fn(async () => undefined),
    select: jest.fn(async () => undefined),
    accept: jest.fn(async () => undefined),
    ignore: jest.fn(async () => undefined),
    restore: jest.fn(async () => undefined),
    rewrite: jest.fn(async () => undefined),
    showChange: jest.fn(async () => undefined),
    analyse: jest.fn(async () => undefined),
    setProfile: jest.fn(async () => undefined),
    confirm: jest.fn(async () => undefined),
    recordReason: jest.fn(async () => undefined),
    insertChecklist: jest.fn(async () => undefined),
    readyForSignature: jest.fn(async () => undefined),
    startAmended: jest.fn(async () => undefined),
    loadReview: jest.fn(async () => undefined),
    decide: jest.fn(async () => undefined),
    countersign: jest.fn(async () => false),
  };
}

function renderApp(state: State) {
  const controller = fakeController();
  const actions: Action[] = [];
  let current = state;
  const dispatch = (action: Action) => {
    actions.push(action);
    current = reducer(current, action);
    view.rerender(<App state={current} dispatch={dispatch} controller={controller as unknown as Controller} theme={webLightTheme} />);
  };
  const view = render(<App state={state} dispatch={dispatch} controller={controller as unknown as Controller} theme={webLightTheme} />);
  return { controller, actions };
}

/** Sign-off rendered directly: App loads it on demand, which needs a bundler or native modules. */
function renderSignOff(initial: State) {
  let state = initial;
  const controller = fakeController() as unknown as Controller;
  const dispatch = (action: Action) => {
    state = reducer(state, action);
    view.rerender(<SignOffView state={state} dispatch={dispatch} controller={controller} />);
  };
  const view = render(<SignOffView state={state} dispatch={dispatch} controller={controller} />);
}

const result = analyse([
  { kind: 'heading', level: 2, text: 'What the family will do' },
  { kind: 'list-item', text: 'Mum will engage with the core group.' },
  { kind: 'heading', level: 2, text: 'If things go wrong' },
  { kind: 'paragraph', text: 'Failure to comply will result in care proceedings.' },
]);

test('screening: a "yes" says plainly that an agreement may not be right, and the worker can still go on', () => {
  const { actions, controller } = renderApp(initialState);
  expect(screen.queryByText('A written agreement may not be right here')).toBeNull();
  fireEvent.click(screen.getAllByRole('radio', { name: 'Yes' })[0]);
  expect(screen.getByText('A written agreement may not be right here')).toBeTruthy();
  for (const radio of screen.getAllByRole('radio', { name: 'No' }).slice(1)) fireEvent.click(radio);
  fireEvent.click(screen.getByRole('button', { name: 'Insert template' }));
  expect(actions.some((a) => a.type === 'screening-finished')).toBe(true);
  expect(controller.insertTemplate).toHaveBeenCalled();
  expect(screen.getByRole('heading', { name: 'Checking the document' })).toBeTruthy();
});

test('findings are grouped by section with counts, named by category, with missing sections first', () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  expect(screen.getByRole('region', { name: /^Missing or not filled in/ })).toBeTruthy();
  expect(screen.getByText(/^What the family will do \(\d+\)$/)).toBeTruthy();
  expect(screen.getAllByText('Jargon').length).toBeGreaterThan(0);
  expect(screen.getAllByText('Vague task').length).toBeGreaterThan(0);
  expect(screen.getAllByTestId('finding').filter((card) => /Threat/.test(card.textContent ?? ''))).toHaveLength(1);
  fireEvent.click(screen.getAllByRole('button', { name: /^Insert section/ })[0]);
  const absent = result.missingSections.filter((id) => (result.sections[id]?.paragraphs.length ?? 0) === 0);
  expect(screen.getAllByRole('button', { name: /^Insert section/ })).toHaveLength(absent.length);
  expect(controller.insertSection).toHaveBeenCalledWith(absent[0]);
});

test('Show, a suggestion and Ignore (here only) dispatch to the controller; buttons are named with the words found', async () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  fireEvent.click(screen.getByRole('button', { name: 'Show \u201ccore group\u201d in document' }));
  expect(controller.select).toHaveBeenCalled();
  fireEvent.click(screen.getAllByRole('button', { name: /^Use .* instead of \u201ccore group\u201d$/ })[0]);
  expect(controller.accept).toHaveBeenCalledWith(expect.objectContaining({ category: 'jargon' }), expect.any(String));
  fireEvent.click(screen.getByRole('button', { name: 'Ignore \u201ccore group\u201d' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Ignore here only' }));
  expect(controller.ignore).toHaveBeenCalledWith(expect.objectContaining({ excerpt: 'core group' }), 'once');
});

test('one headline counts what is missing and what is in the text together, with severity in words', () => {
  renderApp({ ...initialState, view: 'check', result });
  const inText = result.findings.filter((f) => f.category !== 'missing-section').length;
  const total = result.missingSections.length + inText;
  expect(screen.getByTestId('finding-count').textContent).toBe(`${total} things to look at`);
  expect(screen.getByTestId('finding-summary').textContent).toMatch(new RegExp(`^${result.missingSections.length} missing or not filled in; ${inText} in the text \\(\\d+ errors?`));
  expect(screen.getAllByText('Error').length).toBeGreaterThan(0);
});

test('filters narrow the list by kind and severity; Previous and Next step through what is shown', () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  const all = screen.getAllByTestId('finding').length;
  fireEvent.change(screen.getByLabelText('Kind of finding'), { target: { value: 'threatening' } });
  expect(screen.getAllByTestId('finding')).toHaveLength(1);
  expect(screen.getByTestId('finding-position').textContent).toBe(`1 shown (filtered from ${all})`);
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
  expect(screen.getByTestId('finding-position').textContent).toMatch(/^1 of 1/);
  expect(screen.getByTestId('finding').getAttribute('aria-current')).toBe('true');
  expect(controller.select).toHaveBeenCalledWith(expect.objectContaining({ category: 'threatening' }));
});

test('a threat offers fair wording from the guidance; a vague task opens the task builder', () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  fireEvent.click(screen.getByRole('button', { name: /^Use fairer wording instead of/ }));
  expect(controller.rewrite).toHaveBeenCalledWith(expect.objectContaining({ category: 'threatening' }), 0, result.paragraphs[3].length, result.findings.find((f) => f.category === 'threatening')!.suggestions[0]);
  fireEvent.click(screen.getAllByRole('button', { name: /^Make it specific/ })[0]);
  const who = screen.getByLabelText('Who will do it');
  fireEvent.change(who, { target: { value: 'Kerry Walsh (mother)' } });
  fireEvent.change(screen.getByLabelText(/What they will do/), { target: { value: 'go to every core group meeting' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'How often' }), { target: { value: 'every month' } });
  fireEvent.click(screen.getByRole('button', { name: 'Write it into the agreement' }));
  expect(controller.rewrite).toHaveBeenLastCalledWith(expect.objectContaining({ category: 'vague-task' }), 0, result.paragraphs[1].length, 'Kerry Walsh (mother) will go to every core group meeting every month.');
});

test('sign-off: failing checks are shown and Ready for signature stays disabled until everything is done', () => {
  renderSignOff({ ...initialState, view: 'sign-off', result });
  expect(screen.getByTestId('check-review-date').textContent).toMatch(/Needs attention/);
  const ready = screen.getByRole('button', { name: 'Ready for signature' });
  expect(ready.getAttribute('aria-disabled')).toBe('true');
  expect(document.getElementById(ready.getAttribute('aria-describedby')!)?.textContent).toMatch(/Enter your name/);
  expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled)).toBe(true);
});

test('with the worker’s name entered, confirmations can be ticked', () => {
  renderSignOff({ ...initialState, view: 'sign-off', result, names: { worker: 'Hannah Okafor', manager: '' } });
  expect(screen.getAllByRole('checkbox').some((box) => (box as HTMLInputElement).disabled)).toBe(false);
});

test('the countersignature says why it is not available: no name, then changes still pending', async () => {
  const change = { key: 'k1' as never, type: 'Added', author: 'Paul Graham', date: '2026-12-02T10:00:00Z', text: '12 January 2027', section: 'review-date', effects: [{ label: 'Review date', effect: 'fixes' as const }] };
  // Rendered directly: App loads the review on demand, which needs a bundler or native modules.
  let state: State = { ...initialState, view: 'review', result, review: { available: true, changes: [change], comparison: [] } };
  const controller = fakeController() as unknown as Controller;
  const dispatch = (action: Action) => {
    state = reducer(state, action);
    view.rerender(<ReviewView state={state} dispatch={dispatch} controller={controller} />);
  };
  const view = render(<ReviewView state={state} dispatch={dispatch} controller={controller} />);
  const button = screen.getByRole('button', { name: 'Countersign' });
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByTestId('countersign-why').textContent).toMatch(/Enter your name/);
  fireEvent.change(screen.getByLabelText(/Your name \(team manager/), { target: { value: 'Asha Patel' } });
  expect(screen.getByTestId('countersign-why').textContent).toMatch(/1 tracked change still to accept or reject/);
  expect(screen.getByText('Fixes: Review date')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Accept added \u201c12 January 2027\u201d' })).toBeTruthy();
});

test('a section that is in the document but empty is shown as not filled in, not offered for insertion again', () => {
  const empty = analyse([
    { kind: 'heading', level: 2, text: 'What the family will do' },
    { kind: 'list-item', text: 'Mum will take Sam to school every weekday by 8:45am.' },
    { kind: 'heading', level: 2, text: 'If things go wrong' },
    { kind: 'paragraph', text: '' },
  ]);
  const filledIn = empty.missingSections.filter((id) => (empty.sections[id]?.paragraphs.length ?? 0) > 0);
  expect(filledIn.length).toBeGreaterThan(0);
  const { controller } = renderApp({ ...initialState, view: 'check', result: empty });
  expect(screen.getAllByText('There, but not filled in yet')).toHaveLength(filledIn.length);
  const absent = empty.missingSections.length - filledIn.length;
  expect(screen.queryAllByRole('button', { name: /^Insert section/ })).toHaveLength(absent);
  fireEvent.click(screen.getAllByRole('button', { name: /^Show .* in document$/ })[0]);
  expect(screen.queryAllByRole('button', { name: /^Insert section/ })).toHaveLength(absent);
  expect(controller.select).toHaveBeenCalled();
});

test('the task builder offers the people named in the agreement, not "Mum"', () => {
  const named = analyse([
    { kind: 'heading', level: 2, text: 'Who this agreement is between' },
    { kind: 'paragraph', text: 'Parent or carer (full name, relationship to the child): Kerry Walsh, mother of Liam' },
    { kind: 'heading', level: 2, text: 'What the professionals will do' },
    { kind: 'list-item', text: 'Hannah Okafor (social worker) will visit every Tuesday at 4pm.' },
    { kind: 'heading', level: 2, text: 'What the family will do' },
    { kind: 'list-item', text: 'Mum will engage with services.' },
  ]);
  renderApp({ ...initialState, view: 'check', result: named });
  fireEvent.click(screen.getAllByRole('button', { name: /^Make it specific/ })[0]);
  const options = [...(screen.getByLabelText('Who will do it') as HTMLSelectElement).options].map((o) => o.text);
  expect(options).toEqual(['Kerry Walsh (parent or carer)', 'Hannah Okafor (social worker)', 'Someone else…']);
});

test('a view whose chunk cannot be fetched says so in the panel instead of taking the pane down', async () => {
  // React reports the caught error on the console; the test only wants the panel's message.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const Unreachable = lazy(() => Promise.reject(new Error('Loading chunk findings failed')));
  render(
    <div>
      <p>Tabs</p>
      <OnDemand loading="Opening the findings">
        <Unreachable />
      </OnDemand>
    </div>,
  );
  expect(screen.getByRole('progressbar')).toBeTruthy();
  expect(await screen.findByText(/This part of the pane could not be opened/)).toBeTruthy();
  expect(screen.getByText('Tabs')).toBeTruthy();
  quiet.mockRestore();
});
