import type { SettingsLike, WordContextLike, WordRun } from './word-types';

// Entry points into the real Office host. Everything else in the add-in goes through WordAdapter.

export const officeRun: WordRun = (batch) => Word.run((context) => batch(context as unknown as WordContextLike));

export function officeSettings(): SettingsLike | null {
  try {
    return (Office.context?.document?.settings as unknown as SettingsLike) ?? null;
  } catch {
    return null;
  }
}

/**
 * Tell `onChange` when the document may have changed: paragraph events on WordApi 1.6; otherwise
 * selection changes plus a light poll while the pane is visible. Returns a function that stops.
 */
/** Word's annotation pop-up (WordApi 1.8): the worker chose one of our suggestions there. */
export async function watchPopupActions(run: WordRun, onAccept: (annotationId: string, suggestion: string | undefined) => void): Promise<void> {
  try {
    await run(async (context) => {
      context.document.onAnnotationPopupAction?.add(async (args) => onAccept(args.id, args.critiqueSuggestion));
      await context.sync();
    });
  } catch {
    // No pop-up actions on this host: the pane's buttons do the same.
  }
}

export async function watchDocument(run: WordRun, paragraphEvents: boolean, onChange: (ids: string[]) => void): Promise<() => void> {
  if (paragraphEvents) {
    try {
      await run(async (context) => {
        const handler = async (args: { uniqueLocalIds: string[] }) => onChange(args.uniqueLocalIds ?? []);
        context.document.onParagraphChanged?.add(handler);
        context.document.onParagraphAdded?.add(handler);
        context.document.onParagraphDeleted?.add(handler);
        await context.sync();
      });
      return () => undefined;
    } catch {
      // Fall through to the older mechanism.
    }
  }
  let stopped = false;
  try {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, () => {
      if (!stopped) onChange([]);
    });
  } catch {
    // No selection events either: the poll below still works.
  }
  const timer = setInterval(() => {
    if (!stopped && typeof document !== 'undefined' && document.visibilityState === 'visible') onChange([]);
  }, 3000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
