import { useMemo, useReducer, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { detectCapabilities, NO_CAPABILITIES } from '../word/capabilities';
import { ReviewAdapter } from '../word/review-adapter';
import { WordAdapter } from '../word/word-adapter';
import { DocumentSettings } from '../word/document-settings';
import { officeRun, officeSettings, watchDocument, watchPopupActions } from '../word/host';
import { App } from './components/App';
import { Controller } from './controller';
import { initialState, reducer, type State } from './state';
import { officeTheme } from './theme';

function Root({ inWord }: { inWord: boolean }) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const stateRef = useRef<State>(state);
  stateRef.current = state;
  const controller = useMemo(() => {
    const capabilities = inWord ? detectCapabilities() : NO_CAPABILITIES;
    const settings = officeSettings();
    return { capabilities, controller: new Controller(dispatch, () => stateRef.current, new WordAdapter(officeRun, capabilities), settings ? new DocumentSettings(settings) : null, new ReviewAdapter(officeRun, capabilities), capabilities) };
  }, [inWord]);
  useEffect(() => {
    if (!inWord) {
      dispatch({ type: 'message', message: { id: 'host', intent: 'warning', text: 'Open this pane from Word to check an agreement.' } });
      return;
    }
    void controller.controller.start();
    let stop: (() => void) | undefined;
    void watchDocument(officeRun, controller.capabilities.paragraphEvents, (change) => controller.controller.changed(change)).then((s) => (stop = s));
    if (controller.capabilities.popups) void watchPopupActions(officeRun, (id, suggestion) => void controller.controller.acceptFromPopup(id, suggestion));
    return () => stop?.();
  }, [controller, inWord]);
  const theme = useMemo(() => officeTheme(), []);
  return <App state={state} dispatch={dispatch} controller={controller.controller} theme={theme} />;
}

Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<Root inWord={info.host === Office.HostType.Word && typeof Word !== 'undefined'} />);
});
