import {
  agreementFacts,
  analyse,
  emptyReviewRecord,
  getProfile,
  isoDay,
  nextAgreement,
  outcomesFor,
  readAgreement,
  reviewRecordRows,
  type Block,
  type TaskOutcome,
} from '../core';
import type { DocumentSettings } from '../word/document-settings';
import { toBase64 } from './controller';
import { initialMeetingState, meetingReducer, type MeetingAction, type MeetingMessage, type MeetingState } from './meeting-state';

// Effects for the review meeting view: the only part of it that talks to Word. It keeps its own
// small store (the view subscribes to it), so the meeting needs nothing from the live check.

/** The Word calls the meeting needs; the pane's adapters provide them. */
export interface MeetingWord {
  readBlocks(): Promise<Block[]>;
  insertRecord(rows: string[][]): Promise<'inserted' | 'updated'>;
  openNewDocument(base64: string): Promise<boolean>;
}

/** Typing in a note saves at most this often (Office writes the whole settings set each time). */
const SAVE_DELAY_MS = 400;

/** The .docx writer is fetched only when it is needed: most meetings never start the next agreement. */
async function writeAgreementOnDemand(blocks: Block[]): Promise<Uint8Array> {
  const { nodesFromBlocks, writeDocx } = await import(/* webpackChunkName: "docx-writer" */ '../io/docx-writer.js');
  return writeDocx(nodesFromBlocks(blocks));
}

export class MeetingController {
  private state: MeetingState = initialMeetingState;
  private readonly listeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly word: MeetingWord | null,
    private readonly settings: DocumentSettings | null,
    private readonly profileId: () => string,
    private readonly today: () => Date = () => new Date(),
    private readonly writeAgreement: (blocks: Block[]) => Promise<Uint8Array> = writeAgreementOnDemand,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): MeetingState => this.state;

  private dispatch(action: MeetingAction): void {
    this.state = meetingReducer(this.state, action);
    for (const listener of this.listeners) listener();
  }

  /** Read the agreement and the outcomes stored in it (when the view opens). */
  async load(): Promise<void> {
    const word = this.word;
    if (!word) {
      this.dispatch({ type: 'unavailable', message: { intent: 'warning', text: 'Open this pane from Word to record a review meeting.' } });
      return;
    }
    this.dispatch({ type: 'loading' });
    try {
      const blocks = await word.readBlocks();
      const result = analyse(blocks, { profile: this.profileId(), today: this.today() });
      const reading = readAgreement(blocks, result);
      const facts = agreementFacts(reading);
      const stored = this.settings?.readReview() ?? { record: null };
      let record = stored.record;
      let message: MeetingMessage | undefined = stored.problem ? { intent: 'warning', text: stored.problem } : undefined;
      // Outcomes saved for another agreement number (a copied document) do not belong to this one.
      if (record && record.agreementNumber !== null && facts.number !== null && record.agreementNumber !== facts.number) {
        message = { intent: 'info', text: `The outcomes saved in this document were for agreement ${record.agreementNumber}, so this review starts afresh.` };
        record = null;
      }
      this.dispatch({ type: 'loaded', reading, facts, record: record ?? emptyReviewRecord(facts.number, isoDay(this.today())), message });
    } catch {
      this.dispatch({ type: 'unavailable', message: { intent: 'error', text: 'Word did not let us read the agreement just now. Nothing was changed; open the review meeting again to retry.' } });
    }
  }

  /** One task's outcome, note, who reported it, and any follow-up. Saved in the document. */
  record(outcome: TaskOutcome): void {
    this.dispatch({ type: 'outcome', outcome });
    this.scheduleSave();
  }

  setMeetingDate(iso: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return;
    this.dispatch({ type: 'meeting-date', iso });
    this.scheduleSave();
  }

  /** Save now anything waiting to be saved. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const record = this.state.record;
    if (!record || !this.settings) return;
    try {
      await this.settings.saveReview(record);
    } catch {
      this.dispatch({ type: 'message', message: { intent: 'error', text: 'The outcomes could not be saved in the document. They are still shown here; try again before closing.' } });
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** The review record as a table in the agreement (replaced in place when it is already there). */
  async insertRecord(): Promise<void> {
    const { record, tasks } = this.state;
    if (!record || !this.word) return;
    await this.busy(async () => {
      await this.flush();
      const outcome = await this.word!.insertRecord(reviewRecordRows(outcomesFor(tasks, record), record.meetingDate));
      this.dispatch({ type: 'message', message: { intent: 'success', text: outcome === 'inserted' ? 'The review record is at the end of the agreement.' : 'The review record in the agreement has been updated.' } });
    }, 'The review record could not be added to the document. Nothing in it was changed.');
  }

  /** The next agreement as a new document: one number higher, with only the tasks still needed. */
  async startNext(): Promise<void> {
    const { record, reading } = this.state;
    if (!reading || !this.word) return;
    await this.busy(async () => {
      await this.flush();
      const next = nextAgreement(reading, record, getProfile(this.profileId()), this.today());
      const opened = await this.word!.openNewDocument(toBase64(await this.writeAgreement(next.blocks)));
      const carried = `${next.carried.length} task${next.carried.length === 1 ? '' : 's'} carried forward`;
      const left = next.leftOut.length ? `, ${next.leftOut.length} done or no longer needed` : '';
      this.dispatch({
        type: 'message',
        message: opened
          ? { intent: 'success', text: `Agreement ${next.number} is open as a new document: ${carried}${left}. Set its review and end dates, then everyone signs it.` }
          : { intent: 'warning', text: 'This version of Word cannot open a new document from an add-in. Start the next agreement in a new document and copy across the tasks still needed.' },
      });
    }, 'The next agreement could not be created. This agreement is unchanged.');
  }

  private async busy(work: () => Promise<void>, failure: string): Promise<void> {
    this.dispatch({ type: 'busy', busy: true });
    try {
      await work();
    } catch {
      this.dispatch({ type: 'message', message: { intent: 'error', text: failure } });
    } finally {
      this.dispatch({ type: 'busy', busy: false });
    }
  }
}
