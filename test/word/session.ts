import { Controller } from '../../src/taskpane/controller';
import { initialState, reducer, type State } from '../../src/taskpane/state';
import { detectCapabilities } from '../../src/word/capabilities';
import { DocumentSettings } from '../../src/word/document-settings';
import { watchDocument, watchPopupActions } from '../../src/word/host';
import { ReviewAdapter } from '../../src/word/review-adapter';
import { WordAdapter } from '../../src/word/word-adapter';
import { eventsDelivered, HOST_PROFILES, SettingsDouble, SettingsStore, WordDouble, type DoubleParagraph, type HostProfile } from './word-double';

// A pane session wired as src/taskpane/index.tsx wires it, on the strict Word double: the
// capabilities come from the profile's requirement sets, changes from Word's events.

export interface Session {
  word: WordDouble;
  controller: Controller;
  adapter: WordAdapter;
  settings: SettingsDouble;
  state(): State;
  /** Act as the pane's components do (enter a name, choose a view). */
  dispatch(action: Parameters<typeof reducer>[1]): void;
  /** Every message the pane showed, in order. */
  messages(): State['messages'];
  /** Let Word deliver its events and the pane finish the check they started. */
  settle(): Promise<void>;
  close(): void;
}

export async function openSession(options: { profile?: HostProfile; paragraphs?: Array<string | Partial<DoubleParagraph>>; word?: WordDouble; store?: SettingsStore } = {}): Promise<Session> {
  const word = options.word ?? new WordDouble(options.paragraphs ?? [], options.profile ?? HOST_PROFILES.m365);
  const settings = new SettingsDouble(options.store ?? new SettingsStore());
  const office = word.office(settings);
  const capabilities = detectCapabilities(office.context.requirements);
  let state = initialState;
  const shown: State['messages'] = [];
  const dispatch = (action: Parameters<typeof reducer>[1]) => {
    state = reducer(state, action);
    if (action.type === 'message') shown.push(action.message);
  };
  const adapter = new WordAdapter(word.run, capabilities);
  const controller = new Controller(dispatch, () => state, adapter, new DocumentSettings(settings), new ReviewAdapter(word.run, capabilities), capabilities);
  await controller.start();
  const stop = await watchDocument(word.run, capabilities.paragraphEvents, (change) => controller.changed(change), office.selection);
  if (capabilities.popups) await watchPopupActions(word.run, (id, suggestion) => void controller.acceptFromPopup(id, suggestion));
  return {
    word,
    controller,
    adapter,
    settings,
    state: () => state,
    dispatch,
    messages: () => shown,
    async settle() {
      await eventsDelivered();
      controller.dispose();
      // A check already running returns its own promise; the second one reads what came after it.
      await controller.analyse();
      await controller.analyse();
      controller.dispose();
    },
    close() {
      stop();
      controller.dispose();
    },
  };
}
