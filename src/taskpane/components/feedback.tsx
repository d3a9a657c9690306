import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { placeOf, type Action, type Message, type State, type View } from '../state';

// Feedback shown next to the action it is about, success messages that go away by themselves,
// and moving focus to a sensible place once the pane has re-rendered after an action.

/** How long a success message stays (errors and warnings stay until dismissed). */
export const SUCCESS_TIMEOUT_MS = 8000;

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalS },
  empty: { margin: 0 },
});

export function Feedback({ state, dispatch, at }: { state: State; dispatch: (a: Action) => void; at: View | 'pane' }) {
  const styles = useStyles();
  const messages = state.messages.filter((m) => placeOf(m) === at);
  return (
    <div role="status" aria-live="polite" className={messages.length ? styles.region : styles.empty} data-testid={`feedback-${at}`}>
      {messages.map((message) => (
        <FeedbackMessage key={message.id} message={message} onDismiss={() => dismiss(dispatch, message.id, state.view)} />
      ))}
    </div>
  );
}

function FeedbackMessage({ message, onDismiss }: { message: Message; onDismiss: () => void }) {
  useEffect(() => {
    if (message.intent !== 'success') return;
    const timer = setTimeout(onDismiss, SUCCESS_TIMEOUT_MS);
    return () => clearTimeout(timer);
    // A new text for the same id starts the time again.
  }, [message.id, message.text, message.intent]);
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>{message.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      />
    </MessageBar>
  );
}

function dismiss(dispatch: (a: Action) => void, id: string, view: View): void {
  const hadFocus = document.activeElement?.closest('[role="status"]') !== null && document.activeElement !== document.body;
  dispatch({ type: 'dismiss', id });
  // Focus would drop to the page when its button goes: put it on the view's heading instead.
  if (hadFocus) focusSoon(() => document.getElementById(headingId(view)));
}

export const headingId = (view: View) => `heading-${view}`;

/** Focus an element once it exists (it may appear only after Word answers and the pane re-renders). */
export function focusSoon(find: () => HTMLElement | null | undefined, timeout = 3000): void {
  const end = Date.now() + timeout;
  const attempt = () => {
    const element = find();
    if (element?.isConnected) element.focus();
    else if (Date.now() < end) setTimeout(attempt, 30);
  };
  setTimeout(attempt, 0);
}
