import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';

// The views the pane shows after its first screen ("Before you start"), each a chunk of its own that
// webpack names after the view; code they share is named after the views that share it.

/**
 * The findings, with Fluent's menu and drop-down (and tabster behind them). index.tsx fetches this
 * chunk as soon as the first screen is shown, so it is usually there before the worker asks for it.
 */
export const loadFindingsView = () => import(/* webpackChunkName: "findings" */ './FindingsView.js');
export const FindingsView = lazy(() => loadFindingsView().then((m) => ({ default: m.FindingsView })));
// The manager's review is loaded only when its tab is first opened: most sessions never need it.
export const ReviewView = lazy(() => import(/* webpackChunkName: "review" */ './ReviewView.js').then((m) => ({ default: m.ReviewView })));
// Sign-off too: it is opened once a draft is finished, long after the pane's first view.
export const SignOffView = lazy(() => import(/* webpackChunkName: "sign-off" */ './SignOffView.js').then((m) => ({ default: m.SignOffView })));
// The review meeting likewise: it is held a few times in an agreement's life.
export const MeetingView = lazy(() => import(/* webpackChunkName: "meeting" */ './MeetingView.js').then((m) => ({ default: m.MeetingView })));

/** A view loaded on demand: a labelled spinner while it loads, a plain message if it cannot be shown. */
export function OnDemand({ loading, children }: { loading: string; children: ReactNode }) {
  return (
    <ViewFailure>
      <Suspense fallback={<Spinner size="tiny" label={loading} />}>{children}</Suspense>
    </ViewFailure>
  );
}

/**
 * A chunk that cannot be fetched (the server was updated while the pane was open, say) would
 * otherwise take the whole pane down with it; the other tabs keep working.
 */
class ViewFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>This part of the pane could not be opened. Close the pane and open it again; your document is unchanged.</MessageBarBody>
      </MessageBar>
    );
  }
}
