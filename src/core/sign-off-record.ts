// The sign-off record a document keeps: who confirmed what, reasons, the manager's review decisions.

export interface Confirmation {
  by: string;
  /** ISO date (yyyy-mm-dd). */
  on: string;
}

export interface ReviewDecision {
  /** Tracked change description as shown to the manager ("insertion by A. Worker: ..."). */
  change: string;
  decision: 'accepted' | 'rejected';
  note: string;
  by: string;
  on: string;
}

/** What the document keeps about sign-off (in a custom XML part or the document settings). */
export interface SignOffRecord {
  version: 1;
  confirmations: Record<string, Confirmation>;
  reasons: Record<string, string>;
  readyForSignature?: Confirmation;
  countersignature?: Confirmation;
  reviewDecisions: ReviewDecision[];
}

export function emptySignOffRecord(): SignOffRecord {
  return { version: 1, confirmations: {}, reasons: {}, reviewDecisions: [] };
}

/**
 * Read a stored record. Anything unreadable falls back to an empty record with a message for the
 * pane, so a damaged setting never stops the worker.
 */
export function parseSignOffRecord(stored: string | null | undefined): { record: SignOffRecord; problem?: string } {
  if (!stored) return { record: emptySignOffRecord() };
  try {
    const value = JSON.parse(stored) as Partial<SignOffRecord>;
    if (!value || typeof value !== 'object' || value.version !== 1) throw new Error('unknown version');
    const record = emptySignOffRecord();
    for (const [id, c] of Object.entries(value.confirmations ?? {})) {
      if (c && typeof c.by === 'string' && typeof c.on === 'string') record.confirmations[id] = { by: c.by, on: c.on };
    }
    for (const [id, reason] of Object.entries(value.reasons ?? {})) if (typeof reason === 'string') record.reasons[id] = reason;
    if (value.readyForSignature && typeof value.readyForSignature.by === 'string') record.readyForSignature = { by: value.readyForSignature.by, on: String(value.readyForSignature.on) };
    if (value.countersignature && typeof value.countersignature.by === 'string') record.countersignature = { by: value.countersignature.by, on: String(value.countersignature.on) };
    if (Array.isArray(value.reviewDecisions)) {
      record.reviewDecisions = value.reviewDecisions.filter(
        (d): d is ReviewDecision => !!d && typeof d.change === 'string' && (d.decision === 'accepted' || d.decision === 'rejected') && typeof d.by === 'string',
      );
    }
    return { record };
  } catch {
    return { record: emptySignOffRecord(), problem: 'The saved sign-off details in this document could not be read, so the checklist has started again.' };
  }
}

export function serialiseSignOffRecord(record: SignOffRecord): string {
  return JSON.stringify(record);
}

/** Where the add-in keeps the sign-off record in the document (Office document settings). */
export const SIGN_OFF_SETTING = 'clearAgreements.signOff';
/** Namespace of the custom XML part that mirrors it, readable without Office. */
export const SIGN_OFF_NAMESPACE = 'urn:clear-agreements:sign-off:1';

/** Find a stored record in the document's add-in settings or custom XML parts. */
export function findStoredSignOff(settings: Record<string, string>, customXmlParts: string[]): string | undefined {
  if (settings[SIGN_OFF_SETTING]) return settings[SIGN_OFF_SETTING];
  for (const part of customXmlParts) {
    if (!part.includes(SIGN_OFF_NAMESPACE)) continue;
    const m = /<(?:\w+:)?signOff\b[^>]*>([\s\S]*?)<\/(?:\w+:)?signOff>/.exec(part);
    if (m) return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  }
  return undefined;
}
