import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text, type Theme } from '@fluentui/react-components';
import type { Controller } from '../controller';
import type { Action, State } from '../state';
import { FindingsView } from './FindingsView';
import { Screening } from './Screening';
import { ReviewView } from './ReviewView';
import { SignOffView } from './SignOffView';
import { MeetingView } from './MeetingView';
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

/** The task pane: tabs for screening, checking and sign-off, with messages above. */
export function App({ state, dispatch, controller, theme, meeting }: AppProps) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh', padding: 12, boxSizing: 'border-box' }}>
      <header style={{ marginBottom: 8 }}>
        <Text as="h1" weight="semibold" size={500}>
          Clear Agreements
        </Text>
        <ReviewDateBanner result={state.result} today={new Date()} />
      </header>
      <TabList selectedValue={state.view} onTabSelect={(_e, data) => dispatch({ type: 'show', view: data.value as State['view'] })} size="small">
        <Tab value="screening">Before you start</Tab>
        <Tab value="check">Check</Tab>
        <Tab value="sign-off">Sign-off</Tab>
        <Tab value="review">Review</Tab>
        {meeting && <Tab value="meeting">Meeting</Tab>}
      </TabList>
      <div role="status" aria-live="polite">
        {state.messages.map((message) => (
          <MessageBar key={message.id} intent={message.intent} style={{ marginTop: 8 }}>
            <MessageBarBody>{message.text}</MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss" onClick={() => dispatch({ type: 'dismiss', id: message.id })}>Dismiss</Button>} />
          </MessageBar>
        ))}
        {!state.marksAvailable && (
          <MessageBar intent="info" style={{ marginTop: 8 }}>
            <MessageBarBody>This version of Word cannot underline text for add-ins, so findings are listed here. Choose “Show in document” to see each one.</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <main style={{ marginTop: 12 }}>
        {state.view === 'screening' && <Screening state={state} dispatch={dispatch} onInsert={() => controller.insertTemplate()} />}
        {state.view === 'check' && <FindingsView state={state} controller={controller} />}
        {state.view === 'sign-off' && <SignOffView state={state} dispatch={dispatch} controller={controller} />}
        {state.view === 'review' && <ReviewView state={state} dispatch={dispatch} controller={controller} />}
        {state.view === 'meeting' && meeting && <MeetingView meeting={meeting} />}
      </main>
    </FluentProvider>
  );
}
