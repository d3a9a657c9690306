// Word's tracked changes have no id, and their order moves when a co-author or Word's own Review
// tab accepts one. A change is therefore known by what it is: type, author, date and text. The
// review adapter re-finds a change by this key before accepting or rejecting it, and the pane keys
// review notes to it.

/** The fields that identify a tracked change (as Word.TrackedChange reports them). */
export interface TrackedChangeIdentity {
  type: string;
  author: string;
  date: Date | string;
  text: string;
}

/** A tracked change's identity as one string: usable as a map key and storable in the document. */
export type TrackedChangeKey = string & { readonly __trackedChangeKey: true };

function isoDate(date: Date | string): string {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString();
}

export function keyOf(change: TrackedChangeIdentity): TrackedChangeKey {
  return JSON.stringify([String(change.type), change.author, isoDate(change.date), change.text]) as TrackedChangeKey;
}
