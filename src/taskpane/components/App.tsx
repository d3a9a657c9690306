import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens, type Theme } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Controller } from '../controller';
import type { Action, State, View } from '../state';
import { Feedback } from './feedback';
import { FindingsView } from './FindingsView';
import { Screening } from './Screening';
import { TabStrip } from './TabStrip';
import { ReviewDateBanner } from './ReviewDateBanner';
import type { MeetingController } from '../meeting-controller';

// The manager's review is loaded only when its tab is first opened: most sessions never need it.
const ReviewView = lazy(() => import('./ReviewView.js').then((m) => ({ default: m.ReviewView })));
// Sign-off too: it is opened once a draft is finished, long after the pane's first view.
const SignOffView = lazy(() => import('./SignOffView.js').then((m) => ({ default: m.SignOffView })));
// The review meeting likewise: it is held a few times in an agreement's life.
const MeetingView = lazy(() => import('./MeetingView.js').then((m) => ({ default: m.MeetingView })));

export interface AppProps {
  state: State;
  dispatch: (action: Action) => void;
  controller: Controller;
  theme: Theme;
  /** The review meeting (issue 16); without it the tab is not offered. */
  meeting?: MeetingController;
}

const TABS: Array<{ view: View; label: string }> = [
  { view: 'screening', label: 'Before you start' },
  { view: 'check', label: 'Check' },
  { view: 'sign-off', label: 'Sign-off' },
  { view: 'review', label: 'Review' },
];
/** The review meeting (issue 16), offered when the pane has a meeting controller. */
const MEETING_TAB = { view: 'meeting' as View, label: 'Meeting' };

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    // Long words (a pasted address, a URL) wrap instead of widening the pane.
    overflowWrap: 'anywhere',
  },
  header: { marginBottom: tokens.spacingVerticalS },
  title: { margin: 0 },
  panel: { marginTop: tokens.spacingVerticalM, ':focus': { outline: 'none' } },
});

/** The task pane: tabs for screening, checking, sign-off and review; pane-wide messages above. */
export function App({ state, dispatch, controller, theme, meeting }: AppProps) {
  const styles = useStyles();
  return (
    // Layout styles go on an inner element: FluentProvider copies its own class to the portals of
    // menus and drop-downs, and a full-height portal would cover the pane and swallow every click.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
      <header className={styles.header}>
        <Text as="h1" weight="semibold" size={500} className={styles.title}>
          Clear Agreements
        </Text>
        <ReviewDateBanner result={state.result} today={new Date()} />
      </header>
      <nav aria-label="Parts of the pane">
        <TabStrip label="Parts of the pane" tabs={(meeting ? [...TABS, MEETING_TAB] : TABS).map((t) => ({ value: t.view, label: t.label }))} selected={state.view} onSelect={(view) => dispatch({ type: 'show', view })} />
      </nav>
      <Feedback state={state} dispatch={dispatch} at="pane" />
      {!state.marksAvailable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>This version of Word cannot underline text for add-ins, so findings are listed here. Choose “Show” on a finding to see it in the document.</MessageBarBody>
        </MessageBar>
      )}
      <main>
        <div className={styles.panel} role="tabpanel" id={`panel-${state.view}`} aria-labelledby={`tab-${state.view}`}>
        {state.view === 'screening' && <Screening state={state} dispatch={dispatch} controller={controller} />}
        {state.view === 'check' && <FindingsView state={state} dispatch={dispatch} controller={controller} />}
        {state.view === 'sign-off' && (
          <Suspense fallback={<Spinner size="tiny" label="Opening sign-off" />}>
            <SignOffView state={state} dispatch={dispatch} controller={controller} />
          </Suspense>
        )}
        {state.view === 'review' && (
          <Suspense fallback={<Spinner size="tiny" label="Opening the review" />}>
            <ReviewView state={state} dispatch={dispatch} controller={controller} />
          </Suspense>
        )}
        {state.view === 'meeting' && meeting && (
          <Suspense fallback={<Spinner size="tiny" label="Opening the meeting" />}>
            <MeetingView meeting={meeting} />
          </Suspense>
        )}
        </div>
      </main>
      </div>
    </FluentProvider>
  );
}
