import { parseReviewRecord, parseSignOffRecord, REVIEW_SETTING, serialiseReviewRecord, serialiseSignOffRecord, SIGN_OFF_SETTING, type Finding, type ReviewRecord, type SignOffRecord } from '../core';
import { asyncFailed, type SettingsLike } from './word-types';

// Ignored findings and sign-off confirmations live in the document's own settings (saved inside
// the .docx), never in browser storage: they travel with the agreement to the manager.
const IGNORED = 'clearAgreements.ignored';
/** The policy profile chosen for this document, so the manager opening it checks against the same policy. */
const PROFILE = 'clearAgreements.profile';

export function ignoreKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.excerpt}`;
}

export class DocumentSettings {
  constructor(private readonly settings: SettingsLike) {}

  /** The ignored findings; a damaged value falls back to none, with a message for the pane. */
  readIgnored(): { keys: Set<string>; problem?: string } {
    const value = this.settings.get(IGNORED);
    if (value === null || value === undefined) return { keys: new Set() };
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { keys: new Set(value) };
    return { keys: new Set(), problem: 'The list of ignored findings saved in this document could not be read, so every finding is shown again.' };
  }

  /**
   * Change the ignored findings as they are saved now: refresh (a co-author may have saved since
   * this session opened), apply the change, save. Returns the merged set.
   */
  async updateIgnored(change: (keys: Set<string>) => Set<string>): Promise<Set<string>> {
    await this.refresh();
    const keys = change(this.readIgnored().keys);
    this.settings.set(IGNORED, [...keys].sort());
    await this.save();
    return keys;
  }

  readSignOff(): { record: SignOffRecord; problem?: string } {
    const value = this.settings.get(SIGN_OFF_SETTING);
    return parseSignOffRecord(typeof value === 'string' ? value : value === null || value === undefined ? undefined : '{corrupt');
  }

  /** Change the sign-off record as it is saved now (refresh, apply, save), so co-authors' confirmations are kept. */
  async updateSignOff(change: (record: SignOffRecord) => SignOffRecord): Promise<SignOffRecord> {
    await this.refresh();
    const record = change(this.readSignOff().record);
    this.settings.set(SIGN_OFF_SETTING, serialiseSignOffRecord(record));
    await this.save();
    return record;
  }

  private refresh(): Promise<void> {
    // A host without refreshAsync (or a failed refresh) keeps this session's copy.
    return new Promise((resolve) => {
      try {
        this.settings.refreshAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  /** The review meeting's outcomes (issue 16), so a manager opening the document sees them. */
  readReview(): { record: ReviewRecord | null; problem?: string } {
    const value = this.settings.get(REVIEW_SETTING);
    return parseReviewRecord(typeof value === 'string' ? value : value === null || value === undefined ? undefined : '{corrupt');
  }

  async saveReview(record: ReviewRecord): Promise<void> {
    // Refresh first: Office saves the whole set, so a co-author's sign-off saved since is kept.
    await this.refresh();
    this.settings.set(REVIEW_SETTING, serialiseReviewRecord(record));
    await this.save();
  }

  /** The stored profile id, or null when none was chosen for this document. */
  readProfile(): string | null {
    const value = this.settings.get(PROFILE);
    return typeof value === 'string' && value ? value : null;
  }

  async saveProfile(id: string): Promise<void> {
    await this.refresh();
    this.settings.set(PROFILE, id);
    await this.save();
  }

  private save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => (asyncFailed(result) ? reject(new Error('The document settings could not be saved.')) : resolve()));
    });
  }
}

/**
 * Apply what this session changed (from `before` to `after`) onto the record as saved now: each
 * confirmation and reason on its own, the sign-off and countersignature when this session set them,
 * review decisions appended. A co-author's entries that this session did not touch are kept.
 */
export function mergeSignOff(saved: SignOffRecord, before: SignOffRecord, after: SignOffRecord): SignOffRecord {
  const merged: SignOffRecord = { ...saved, confirmations: { ...saved.confirmations }, reasons: { ...saved.reasons }, reviewDecisions: [...saved.reviewDecisions] };
  for (const field of ['confirmations', 'reasons'] as const) {
    const target = merged[field] as Record<string, unknown>;
    const was = before[field] as Record<string, unknown>;
    const now = after[field] as Record<string, unknown>;
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (JSON.stringify(was[key]) === JSON.stringify(now[key])) continue;
      if (now[key] === undefined) delete target[key];
      else target[key] = now[key];
    }
  }
  for (const field of ['readyForSignature', 'countersignature'] as const) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) merged[field] = after[field];
  }
  const known = new Set(saved.reviewDecisions.map((d) => JSON.stringify(d)));
  for (const decision of after.reviewDecisions.slice(before.reviewDecisions.length)) if (!known.has(JSON.stringify(decision))) merged.reviewDecisions.push(decision);
  return merged;
}
