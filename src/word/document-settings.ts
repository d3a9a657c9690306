import { parseSignOffRecord, serialiseSignOffRecord, SIGN_OFF_SETTING, type Finding, type SignOffRecord } from '../core';
import type { SettingsLike } from './word-types';

// Ignored findings and sign-off confirmations live in the document's own settings (saved inside
// the .docx), never in browser storage: they travel with the agreement to the manager.
const IGNORED = 'clearAgreements.ignored';

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

  async saveIgnored(keys: Set<string>): Promise<void> {
    this.settings.set(IGNORED, [...keys].sort());
    await this.save();
  }

  readSignOff(): { record: SignOffRecord; problem?: string } {
    const value = this.settings.get(SIGN_OFF_SETTING);
    return parseSignOffRecord(typeof value === 'string' ? value : value === null || value === undefined ? undefined : '{corrupt');
  }

  async saveSignOff(record: SignOffRecord): Promise<void> {
    this.settings.set(SIGN_OFF_SETTING, serialiseSignOffRecord(record));
    await this.save();
  }

  private save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error('The document settings could not be saved.')) : resolve()));
    });
  }
}
