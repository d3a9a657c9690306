import { amendedAgreement, analyse, Analyser, formatDate, readiness, buildChecklist, checklistRows, compareChecklists, getProfile, type Block, type Finding, type SectionId, type SignOffRecord } from '../core';
import type { ReviewAdapter } from '../word/review-adapter';
import type { DocumentChange, WordAdapter } from '../word/word-adapter';
import { NO_CAPABILITIES, type Capabilities } from '../word/capabilities';
import { nodesFromBlocks, writeDocx } from '../io/docx-writer';
import { mergeSignOff, type DocumentSettings } from '../word/document-settings';
import { checklistOf, ignoreKeyOf, type Action, type State } from './state';
import { analyseInSlices, skippedNote } from './sliced-analysis';

// Effects: the only part of the pane that talks to Word (through the adapter). Components call
// these methods; results come back as actions for the reducer. Messages never quote document text.

export class Controller {
  private analyser: Analyser;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly dispatch: (action: Action) => void,
    private readonly getState: () => State,
    private readonly adapter: WordAdapter,
    private readonly settings: DocumentSettings | null,
    private readonly review: ReviewAdapter | null = null,
    private readonly capabilities: Capabilities = NO_CAPABILITIES,
  ) {
    this.analyser = new Analyser({ profile: getState().profileId, today: new Date() });
  }

  async start(): Promise<void> {
    if (this.settings) {
      const ignored = this.settings.readIgnored();
      this.dispatch({ type: 'ignored', ignored: ignored.keys });
      if (ignored.problem) this.dispatch({ type: 'message', message: { id: 'ignored', intent: 'warning', text: ignored.problem } });
      const signOff = this.settings.readSignOff();
      this.dispatch({ type: 'sign-off', record: signOff.record });
      if (signOff.problem) this.dispatch({ type: 'message', message: { id: 'sign-off', intent: 'warning', text: signOff.problem } });
    }
    await this.analyse();
  }

  /** Stop pending checks (the pane is closing). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Debounced: paragraph events arrive in bursts while the worker types. */
  schedule(delay = 400): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.analyse();
    }, delay);
  }

  /** Word reported a change (paragraph events), the selection moved, or the pane has been idle. */
  changed(change: DocumentChange): void {
    this.adapter.note(change);
    this.schedule(change.kind === 'idle' ? 0 : 400);
  }

  async analyse(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        const state = this.getState();
        // Analysed in slices that give the page a turn, so a long document never freezes the pane.
        let skipped: readonly number[] = [];
        const analyseBlocks = async (blocks: Block[]) => {
          const sliced = await analyseInSlices(this.analyser, blocks);
          skipped = sliced.skipped;
          return sliced.result;
        };
        const cycle = await this.adapter.analyseAndMark(this.analyser, (f) => state.ignored.has(ignoreKeyOf(f)), analyseBlocks);
        this.dispatch({ type: 'analysed', result: cycle.result, marksAvailable: !cycle.marksUnavailable });
        const note = skippedNote(skipped);
        if (note) this.dispatch({ type: 'message', message: { id: 'skipped-paragraphs', intent: 'warning', text: note } });
        else if (state.messages.some((m) => m.id === 'skipped-paragraphs')) this.dispatch({ type: 'dismiss', id: 'skipped-paragraphs' });
        if (cycle.stale.length) this.again = true;
      } catch {
        this.dispatch({ type: 'busy', busy: false });
        this.fail('analyse', 'Word did not let us read the document just now. Your text is unchanged; the check will try again.');
      } finally {
        this.running = null;
      }
      if (this.again) {
        this.again = false;
        this.schedule(50);
      }
    })();
    return this.running;
  }

  async insertTemplate(): Promise<void> {
    await this.guard('insert', 'The template could not be inserted. Nothing in your document was changed.', async () => {
      const inserted = await this.adapter.insertTemplate(getProfile(this.getState().profileId));
      this.dispatch({
        type: 'message',
        message: { id: 'insert', intent: 'success', text: inserted.length ? `Inserted ${inserted.length} sections of the agreement.` : 'Every section of the template is already in the document.' },
      });
    });
    await this.analyse();
  }

  async insertSection(id: SectionId): Promise<void> {
    await this.guard('insert', 'That section could not be inserted.', () => this.adapter.insertSection(getProfile(this.getState().profileId), id));
    await this.analyse();
  }

  async select(finding: Finding): Promise<void> {
    const text = this.getState().result?.paragraphs[finding.paragraph] ?? '';
    const done = await this.guard('select', 'That text could not be selected.', () => this.adapter.select(finding, text));
    if (done === false) this.schedule(0);
  }

  async accept(finding: Finding, suggestion: string): Promise<void> {
    const text = this.getState().result?.paragraphs[finding.paragraph] ?? '';
    const done = await this.guard('accept', 'The suggestion could not be applied.', () => this.adapter.replace(finding, text, suggestion));
    if (done === false) this.dispatch({ type: 'message', message: { id: 'accept', intent: 'info', text: 'That paragraph has changed since it was checked, so the suggestion was not applied. The list has been refreshed.' } });
    await this.analyse();
  }

  async ignore(finding: Finding): Promise<void> {
    const key = ignoreKeyOf(finding);
    const add = (keys: Set<string>) => new Set([...keys, key]);
    this.dispatch({ type: 'ignored', ignored: add(this.getState().ignored) });
    const merged = await this.guard('ignore', 'The ignored finding could not be saved in the document.', async () => this.settings?.updateIgnored(add));
    if (merged) this.dispatch({ type: 'ignored', ignored: merged });
    await this.analyse();
  }

  async setProfile(profileId: string): Promise<void> {
    this.dispatch({ type: 'profile', profileId });
    this.analyser = new Analyser({ profile: profileId, today: new Date() });
    await this.analyse();
  }

  async confirm(itemId: string, confirmed: boolean): Promise<void> {
    const state = this.getState();
    const record = { ...state.signOff, confirmations: { ...state.signOff.confirmations } };
    if (confirmed) record.confirmations[itemId] = { by: state.reviewerName.trim() || 'Social worker', on: new Date().toISOString().slice(0, 10) };
    else delete record.confirmations[itemId];
    await this.saveSignOff(record, 'The confirmation could not be saved in the document.');
  }

  async recordReason(itemId: string, reason: string): Promise<void> {
    const state = this.getState();
    const record = { ...state.signOff, reasons: { ...state.signOff.reasons, [itemId]: reason } };
    if (!reason.trim()) delete record.reasons[itemId];
    await this.saveSignOff(record, 'The reason could not be saved in the document.');
  }

  /** Add the checklist to the end of the document as a table, or update it in place. */
  async insertChecklist(): Promise<void> {
    const review = this.review;
    if (!review) return;
    const rows = checklistRows(checklistOf(this.getState()).items, this.getState().signOff);
    const outcome = await this.guard('checklist', 'The checklist could not be added to the document.', () => review.insertChecklist(rows));
    if (outcome) this.dispatch({ type: 'message', message: { id: 'checklist', intent: 'success', text: outcome === 'inserted' ? 'The checklist is at the end of the document.' : 'The checklist in the document has been updated.' } });
  }

  /** The manager's view: tracked changes by section, and what they fix or break in the checklist. */
  async loadReview(): Promise<void> {
    const review = this.review;
    if (!review || !this.capabilities.paragraphEvents) {
      this.dispatch({ type: 'review', review: { available: false, changes: [], comparison: [] } });
      return;
    }
    await this.guard('review', 'The tracked changes could not be read.', async () => {
      const state = await review.reviewState();
      const profile = getProfile(this.getState().profileId);
      const current = analyse(state.current, { profile: profile.id });
      const original = analyse(state.original, { profile: profile.id });
      const sectionOf = (paragraph: number) =>
        (Object.entries(current.sections) as Array<[string, { paragraphs: number[] }]>).find(([, s]) => s.paragraphs.includes(paragraph))?.[0] ?? 'other';
      const record = this.getState().signOff;
      this.dispatch({
        type: 'review',
        review: {
          available: true,
          changes: state.changes.map((c) => ({ ...c, section: c.paragraph >= 0 ? sectionOf(c.paragraph) : 'other' })),
          comparison: compareChecklists(buildChecklist(original, profile, record), buildChecklist(current, profile, record)),
        },
      });
    });
  }

  async jumpTo(index: number): Promise<void> {
    const review = this.review;
    const change = this.getState().review?.changes.find((c) => c.index === index);
    if (review && change) await this.guard('review', 'That change could not be selected.', () => review.jumpTo(change.key));
  }

  /** Word's annotation pop-up: the worker accepted one of our suggestions there (WordApi 1.8). */
  async acceptFromPopup(annotationId: string, suggestion: string | undefined): Promise<void> {
    // Word has already replaced the text and removed the mark: only re-check the paragraph.
    void suggestion;
    this.adapter.forgetAnnotation(annotationId);
    this.schedule(0);
  }

  /** Put every mark back in the document (Word can drop them, or not show them while the pane starts). */
  async refreshMarks(): Promise<void> {
    this.adapter.remark();
    await this.analyse();
  }

  async decide(index: number, accept: boolean, note: string): Promise<void> {
    const review = this.review;
    const change = this.getState().review?.changes.find((c) => c.index === index);
    if (!review || !change) return;
    const done = await this.guard('review', 'Word could not apply that decision.', () => review.decide(change.key, accept));
    if (done === false) {
      this.dispatch({ type: 'message', message: { id: 'review', intent: 'info', text: 'That change is no longer in the document as listed (it may have been accepted, rejected or edited in Word). The list has been refreshed.' } });
      await this.loadReview();
      return;
    }
    if (!done) return;
    const state = this.getState();
    const record = {
      ...state.signOff,
      reviewDecisions: [
        ...state.signOff.reviewDecisions,
        { change: `${change.type} by ${change.author} in ${change.section}`, decision: accept ? ('accepted' as const) : ('rejected' as const), note, by: state.reviewerName.trim() || 'Team manager', on: new Date().toISOString().slice(0, 10) },
      ],
    };
    await this.saveSignOff(record, 'The decision could not be saved in the document.');
    await this.analyse();
    await this.loadReview();
  }

  /** Record that the agreement is ready, then print preview where Word has it (no print event exists). */
  async readyForSignature(): Promise<void> {
    const state = this.getState();
    if (!readiness(checklistOf(state).items).ready) return;
    const record = { ...state.signOff, readyForSignature: { by: state.reviewerName.trim() || 'Social worker', on: new Date().toISOString().slice(0, 10) } };
    await this.saveSignOff(record, 'The sign-off could not be saved in the document.');
    await this.insertChecklist();
    const review = this.review;
    const previewed = this.capabilities.printPreview && review ? await this.guard('print', 'Print preview could not be opened.', () => review.printPreview()) : false;
    if (!previewed) {
      this.dispatch({ type: 'message', message: { id: 'print', intent: 'info', text: 'Ready for signature. Print from File > Print, and choose "Print Markup: off" (or No Markup) so tracked changes are not printed.' } });
    }
  }

  /** An amended agreement is a new document with the next number, today's date and blank signatures. */
  async startAmended(): Promise<void> {
    const review = this.review;
    if (!review) return;
    await this.guard('amend', 'The amended agreement could not be created. Copy the agreement into a new document and give it the next number.', async () => {
      const { blocks, number } = amendedAgreement(await this.adapter.readBlocks(), new Date());
      const opened = await review.openNewDocument(toBase64(writeDocx(nodesFromBlocks(blocks))));
      this.dispatch({
        type: 'message',
        message: opened
          ? { id: 'amend', intent: 'success', text: `Amended agreement number ${number} opened as a new document.` }
          : { id: 'amend', intent: 'warning', text: 'This version of Word cannot open a new document from an add-in. Copy the agreement into a new document and give it the next number.' },
      });
    });
  }

  async countersign(): Promise<void> {
    const state = this.getState();
    const record = { ...state.signOff, countersignature: { by: state.reviewerName.trim() || 'Team manager', on: new Date().toISOString().slice(0, 10) } };
    await this.saveSignOff(record, 'The countersignature could not be saved in the document.');
    this.dispatch({ type: 'message', message: { id: 'countersign', intent: 'success', text: `Countersigned by ${record.countersignature.by} on ${formatDate(new Date())}.` } });
  }

  /** Show the change at once, then save it merged into the record as saved now (co-authors keep theirs). */
  private async saveSignOff(record: SignOffRecord, failure: string): Promise<void> {
    const before = this.getState().signOff;
    this.dispatch({ type: 'sign-off', record });
    const settings = this.settings;
    if (!settings) return;
    const merged = await this.guard('sign-off', failure, () => settings.updateSignOff((saved) => mergeSignOff(saved, before, record)));
    if (merged) this.dispatch({ type: 'sign-off', record: merged });
  }

  private async guard<T>(id: string, text: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch {
      this.fail(id, text);
      return undefined;
    }
  }

  private fail(id: string, text: string): void {
    this.dispatch({ type: 'message', message: { id, intent: 'error', text } });
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
