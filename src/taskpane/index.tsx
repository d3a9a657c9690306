import { useMemo, useReducer, useRef, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { detectCapabilities, NO_CAPABILITIES } from '../word/capabilities';
import { ReviewAdapter } from '../word/review-adapter';
import { WordAdapter } from '../word/word-adapter';
import { DocumentSettings } from '../word/document-settings';
import { officeRun, officeSettings, watchDocument, watchPopupActions } from '../word/host';
import { App } from './components/App';
import { loadFindingsView } from './components/views';
import { loadPolicies } from './load-policies';
import { Controller } from './controller';
import { MeetingController, type MeetingWord } from './meeting-controller';
import { ReviewMeetingAdapter } from '../word/review-meeting';
import { rememberedName } from './identity';
import { initialState, reducer, type State } from './state';
import { officeTheme } from './theme';

function Root({ inWord }: { inWord: boolean }) {
  const [state, dispatch] = useReducer(reducer, initialState, (s): State => ({ ...s, names: { worker: rememberedName('worker'), manager: rememberedName('manager') } }));
  const stateRef = useRef<State>(state);
  stateRef.current = state;
  const controller = useMemo(() => {
    const capabilities = inWord ? detectCapabilities() : NO_CAPABILITIES;
    const settings = officeSettings();
    const documentSettings = settings ? new DocumentSettings(settings) : null;
    const word = new WordAdapter(officeRun, capabilities);
    const review = new ReviewAdapter(officeRun, capabilities);
    const records = new ReviewMeetingAdapter(officeRun);
    const meetingWord: MeetingWord | null = inWord ? { readBlocks: () => word.readBlocks(), insertRecord: (rows) => records.insertRecord(rows), openNewDocument: (base64) => review.openNewDocument(base64) } : null;
    return {
      capabilities,
      controller: new Controller(dispatch, () => stateRef.current, word, documentSettings, review, capabilities),
      meeting: new MeetingController(meetingWord, documentSettings, () => stateRef.current.profileId),
    };
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
  useEffect(() => {
    // The browser tests read this mark to measure the pane's first render.
    performance.mark('clear-agreements:first-render');
    // The first screen is up: fetch the findings view now, before the worker asks for it.
    void loadFindingsView().catch(() => undefined);
  }, []);
  const theme = useMemo(() => officeTheme(), []);
  return <App state={state} dispatch={dispatch} controller={controller.controller} theme={theme} meeting={controller.meeting} />;
}

Office.onReady(async (info) => {
  const container = document.getElementById('root');
  // legacy-check.js has already said in words that this web view is too old.
  if (!container || (window as unknown as { __clearAgreementsUnsupported?: boolean }).__clearAgreementsUnsupported) return;
  // The council's policies first, so the picker and a policy id stored in the document resolve.
  await loadPolicies();
  createRoot(container).render(<Root inWord={info.host === Office.HostType.Word && typeof Word !== 'undefined'} />);
});
