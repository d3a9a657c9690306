/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/core';
import { App } from '../../src/taskpane/components/App';
import type { Controller } from '../../src/taskpane/controller';
import { initialState, reducer, type Action, type State } from '../../src/taskpane/state';

function fakeController() {
  return {
    insertTemplate: jest.fn(async () => undefined),
    insertSection: jest.fn(async () => undefined),
    select: jest.fn(async () => undefined),
    accept: jest.fn(async () => undefined),
    ignore: jest.fn(async () => undefined),
    analyse: jest.fn(async () => undefined),
    setProfile: jest.fn(async () => undefined),
    confirm: jest.fn(async () => undefined),
    recordReason: jest.fn(async () => undefined),
    insertChecklist: jest.fn(async () => undefined),
    readyForSignature: jest.fn(async () => undefined),
    startAmended: jest.fn(async () => undefined),
    loadReview: jest.fn(async () => undefined),
    decide: jest.fn(async () => undefined),
    countersign: jest.fn(async () => undefined),
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
});

test('findings are grouped by section with counts, named by category, with missing sections first', () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  expect(screen.getByLabelText('Missing sections')).toBeTruthy();
  expect(screen.getByText(/^What the family will do \(\d+\)$/)).toBeTruthy();
  expect(screen.getAllByText('Jargon').length).toBeGreaterThan(0);
  expect(screen.getAllByText('Vague task').length).toBeGreaterThan(0);
  expect(screen.getAllByText('Threat').length).toBe(1);
  fireEvent.click(screen.getAllByRole('button', { name: 'Insert section' })[0]);
  const absent = result.missingSections.filter((id) => (result.sections[id]?.paragraphs.length ?? 0) === 0);
  expect(screen.getAllByRole('button', { name: 'Insert section' })).toHaveLength(absent.length);
  expect(controller.insertSection).toHaveBeenCalledWith(absent[0]);
});

test('Show in document, a suggestion and Ignore dispatch to the controller', () => {
  const { controller } = renderApp({ ...initialState, view: 'check', result });
  const count = screen.getByTestId('finding-count').textContent;
  fireEvent.click(screen.getAllByRole('button', { name: 'Show in document' })[0]);
  expect(controller.select).toHaveBeenCalled();
  fireEvent.click(screen.getAllByRole('button', { name: /^Use / })[0]);
  expect(controller.accept).toHaveBeenCalledWith(expect.objectContaining({ category: expect.stringMatching(/jargon|acronym/) }), expect.any(String));
  fireEvent.click(screen.getAllByRole('button', { name: 'Ignore' })[0]);
  expect(controller.ignore).toHaveBeenCalled();
  expect(count).toMatch(/things to look at/);
});

test('ignored findings are not listed', () => {
  const jargon = result.findings.find((f) => f.category === 'jargon')!;
  renderApp({ ...initialState, view: 'check', result, ignored: new Set([`${jargon.ruleId}|${jargon.excerpt}`]) });
  expect(screen.queryByText(`“${jargon.excerpt}”`)).toBeNull();
});

test('sign-off: failing checks are shown and Ready for signature stays disabled until everything is done', () => {
  renderApp({ ...initialState, view: 'sign-off', result });
  expect(screen.getByTestId('check-review-date').textContent).toMatch(/Needs attention/);
  expect((screen.getByRole('button', { name: 'Ready for signature' }) as HTMLButtonElement).disabled).toBe(true);
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
  expect(screen.queryAllByRole('button', { name: 'Insert section' })).toHaveLength(absent);
  fireEvent.click(screen.getAllByRole('button', { name: /^Show .* in document$/ })[0]);
  expect(controller.select).toHaveBeenCalled();
});
