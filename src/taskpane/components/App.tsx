import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, type Theme } from '@fluentui/react-components';
import type { Controller } from '../controller';
import type { Action, State, View } from '../state';
import { Feedback } from './feedback';
import { Screening } from './Screening';
import { TabStrip } from './TabStrip';
import { FindingsView, MeetingView, OnDemand, ReviewView, SignOffView } from './views';
import { ReviewDateBanner } from './ReviewDateBanner';
import type { MeetingController } from '../meeting-controller';

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
        {state.view === 'check' && (
          <OnDemand loading="Opening the findings">
            <FindingsView state={state} dispatch={dispatch} controller={controller} />
          </OnDemand>
        )}
        {state.view === 'sign-off' && (
          <OnDemand loading="Opening sign-off">
            <SignOffView state={state} dispatch={dispatch} controller={controller} />
          </OnDemand>
        )}
        {state.view === 'review' && (
          <OnDemand loading="Opening the review">
            <ReviewView state={state} dispatch={dispatch} controller={controller} />
          </OnDemand>
        )}
        {state.view === 'meeting' && meeting && (
          <OnDemand loading="Opening the meeting">
            <MeetingView meeting={meeting} />
          </OnDemand>
        )}
        </div>
      </main>
      </div>
    </FluentProvider>
  );
}
