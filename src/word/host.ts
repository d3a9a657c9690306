import type { DocumentChange } from './word-adapter';
import type { SettingsLike, WordRun } from './word-types';

// Entry points into the real Office host. Everything else in the add-in goes through the adapters.
// No casts: test/word/word-types.compile.test.ts checks these types fit the narrowed interfaces.

export const officeRun: WordRun = (batch) => Word.run((context) => batch(context));

export function officeSettings(): SettingsLike | null {
  try {
    const settings: SettingsLike = Office.context.document.settings;
    return settings ?? null;
  } catch {
    return null;
  }
}

/** Office's selection event, where the host has it (it says only "something changed"). */
export interface SelectionEvents {
  watch(handler: () => void): void;
}

/** How long the pane waits, visible and without events, before a slow full read. */
export const IDLE_FULL_READ_MS = 30_000;

/** Word's annotation pop-up (WordApi 1.8): the worker chose one of our suggestions there. */
export async function watchPopupActions(run: WordRun, onAccept: (annotationId: string, suggestion: string | undefined) => void): Promise<void> {
  try {
    await run(async (context) => {
      context.document.onAnnotationPopupAction.add(async (args) => onAccept(args.id, args.critiqueSuggestion));
      await context.sync();
    });
  } catch {
    // No pop-up actions on this host: the pane's buttons do the same.
  }
}

/**
 * Tell `onChange` what changed: paragraph events with ids on WordApi 1.6; otherwise selection
 * changes, and a slow full read while the pane is visible and idle. Returns a function that stops.
 */
export async function watchDocument(run: WordRun, paragraphEvents: boolean, onChange: (change: DocumentChange) => void, selection: SelectionEvents | null = officeSelection()): Promise<() => void> {
  let stopped = false;
  let events = false;
  if (paragraphEvents) {
    try {
      await run(async (context) => {
        const report = (kind: 'changed' | 'added' | 'deleted') => async (args: { uniqueLocalIds: string[] }) => {
          if (!stopped) onChange({ kind, ids: args.uniqueLocalIds ?? [] });
        };
        context.document.onParagraphChanged.add(report('changed'));
        context.document.onParagraphAdded.add(report('added'));
        context.document.onParagraphDeleted.add(report('deleted'));
        await context.sync();
      });
      events = true;
    } catch {
      // ApiNotFound or similar: fall through to the selection event.
    }
  }
  try {
    if (!events)
      selection?.watch(() => {
      if (!stopped) onChange({ kind: 'selection' });
    });
  } catch {
    // No selection events either: the idle read below still works.
  }
  const timer = events
    ? null
    : setInterval(() => {
        if (!stopped && typeof document !== 'undefined' && document.visibilityState === 'visible') onChange({ kind: 'idle' });
      }, IDLE_FULL_READ_MS);
  return () => {
    stopped = true;
    if (timer) clearInterval(timer);
  };
}

function officeSelection(): SelectionEvents | null {
  if (typeof Office === 'undefined') return null;
  return { watch: (handler) => Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler) };
}
