import { amendedAgreement, analyse, Analyser, formatDate, readiness, buildChecklist, checklistRows, compareChecklists, getProfile, allProfiles, type Block, type Category, type Finding, type SectionId, type SignOffRecord } from '../core';
import type { ReviewAdapter } from '../word/review-adapter';
import type { TrackedChangeKey } from '../word/tracked-change-key';
import type { DocumentChange, WordAdapter } from '../word/word-adapter';
import { NO_CAPABILITIES, type Capabilities } from '../word/capabilities';
import { mergeSignOff, type DocumentSettings } from '../word/document-settings';
import { rememberName } from './identity';
import { checklistOf, countersignBlocker, ignoreKeyOf, isIgnoredIn, offKeyOf, onceKeyOf, CATEGORY_NAMES, type Action, type ReviewChange, type State } from './state';
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
      const profile = this.settings.readProfile();
      if (profile && isKnownProfile(profile)) this.useProfile(profile);
      else if (profile) this.dispatch({ type: 'message', message: { id: 'profile', intent: 'warning', text: `This document was checked against a policy that is not installed here ("${profile}"), so the general policy is used. Ask your IT service desk to add it.` } });
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
        const cycle = await this.adapter.analyseAndMark(this.analyser, (f) => isIgnoredIn(this.getState())(f), analyseBlocks);
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
        message: { id: 'insert', intent: 'success', text: inserted.length ? `Inserted ${inserted.length === 1 ? '1 section' : `${inserted.length} sections`} of the agreement.` : 'Every section of the template is already in the document.' },
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

  /** Replace part of a finding's paragraph (a whole task or sentence) with new wording. */
  async rewrite(finding: Finding, start: number, end: number, replacement: string): Promise<void> {
    const text = this.getState().result?.paragraphs[finding.paragraph] ?? '';
    await this.accept({ ...finding, start, end, excerpt: text.slice(start, end) }, replacement);
  }

  /** Ignore this finding here only, the same words everywhere, or the whole kind of check in this document. */
  async ignore(finding: Finding, scope: 'once' | 'everywhere' | 'check' = 'everywhere'): Promise<void> {
    const state = this.getState();
    const key =
      scope === 'once' ? onceKeyOf(finding, state.result?.paragraphs[finding.paragraph] ?? '') : scope === 'check' ? offKeyOf(finding.category) : ignoreKeyOf(finding);
    const label = scope === 'check' ? `${CATEGORY_NAMES[finding.category]} checks turned off` : `Ignored \u201c${finding.excerpt}\u201d${scope === 'once' ? ' here' : ' everywhere'}`;
    await this.saveIgnored((keys) => new Set(keys).add(key), { key, label });
  }

  /** Bring back something ignored (undo, or from the "Show ignored" list). */
  async restore(key: string): Promise<void> {
    await this.saveIgnored((keys) => {
      const rest = new Set(keys);
      rest.delete(key);
      return rest;
    }, null);
  }

  async turnOn(category: Category): Promise<void> {
    await this.restore(offKeyOf(category));
  }

  /** Show the change at once, then apply it to the list as saved now (a co-author's ignores are kept). */
  private async saveIgnored(change: (keys: Set<string>) => Set<string>, last: State['lastIgnored']): Promise<void> {
    this.dispatch({ type: 'ignored', ignored: change(this.getState().ignored), last });
    const merged = await this.guard('ignore', 'The ignored finding could not be saved in the document.', async () => this.settings?.updateIgnored(change));
    if (merged) this.dispatch({ type: 'ignored', ignored: merged });
    await this.analyse();
  }

  /** Change the policy for this document (the pane asks first) and store it in the document. */
  async setProfile(profileId: string): Promise<void> {
    if (!isKnownProfile(profileId)) return;
    this.useProfile(profileId);
    const saved = await this.guard('profile', 'The policy could not be saved in the document; it applies until the pane is closed.', async () => {
      await this.settings?.saveProfile(profileId);
      return true;
    });
    if (saved) this.dispatch({ type: 'message', message: { id: 'profile', intent: 'success', text: `This document is now checked against: ${getProfile(profileId).name}.` } });
    await this.analyse();
  }

  private useProfile(profileId: string): void {
    this.dispatch({ type: 'profile', profileId });
    this.analyser = new Analyser({ profile: profileId, today: new Date() });
  }

  async confirm(itemId: string, confirmed: boolean): Promise<void> {
    const state = this.getState();
    const name = state.names.worker.trim();
    if (confirmed && !name) {
      this.dispatch({ type: 'message', message: { id: 'confirm', intent: 'warning', text: 'Enter your name first: each confirmation records who made it.' } });
      return;
    }
    rememberName('worker', name);
    const record = { ...state.signOff, confirmations: { ...state.signOff.confirmations } };
    if (confirmed) record.confirmations[itemId] = { by: name, on: today() };
    else delete record.confirmations[itemId];
    await this.saveSignOff(record, 'confirm', 'The confirmation could not be saved in the document.');
  }

  async recordReason(itemId: string, reason: string): Promise<void> {
    const state = this.getState();
    const record = { ...state.signOff, reasons: { ...state.signOff.reasons, [itemId]: reason } };
    if (!reason.trim()) delete record.reasons[itemId];
    await this.saveSignOff(record, 'sign-off', 'The reason could not be saved in the document.');
  }

  /** Add the checklist to the end of the document as a table, or update it in place. */
  async insertChecklist(): Promise<void> {
    const review = this.review;
    if (!review) return;
    const rows = checklistRows(checklistOf(this.getState()).items, this.getState().signOff);
    const outcome = await this.guard('checklist', 'The checklist could not be added to the document.', () => review.insertChecklist(rows));
    if (outcome) this.dispatch({ type: 'message', message: { id: 'checklist', intent: 'success', text: outcome === 'inserted' ? 'The checklist is at the end of the document.' : 'The checklist in the document has been updated.' } });
  }

  /** The manager's view: tracked changes by section, and what each one, and all of them, fix or break in the checklist. */
  async loadReview(): Promise<void> {
    const review = this.review;
    if (!review || !this.capabilities.paragraphEvents) {
      this.dispatch({ type: 'review', review: { available: false, changes: [], comparison: [] } });
      return;
    }
    await this.guard('review', 'The tracked changes could not be read.', async () => {
      const state = await review.reviewState();
      const profile = getProfile(this.getState().profileId);
      const record = this.getState().signOff;
      const checklistFor = (blocks: Block[]) => buildChecklist(analyse(blocks, { profile: profile.id }), profile, record);
      const current = analyse(state.current, { profile: profile.id });
      const before = checklistFor(state.original);
      const sectionOf = (paragraph: number) =>
        (Object.entries(current.sections) as Array<[string, { paragraphs: number[] }]>).find(([, s]) => s.paragraphs.includes(paragraph))?.[0] ?? 'other';
      // What each change does on its own: the original text with only that paragraph's changes taken.
      const effectsOf = (paragraph: number): ReviewChange['effects'] => {
        if (paragraph < 0 || state.changes.length > 40) return [];
        const blocks = state.original.map((b, i) => (i === paragraph ? state.current[i] : b));
        return compareChecklists(before, checklistFor(blocks))
          .filter((c) => c.effect !== 'same')
          .map((c) => ({ label: c.label, effect: c.effect as 'fixes' | 'breaks' }));
      };
      this.dispatch({
        type: 'review',
        review: {
          available: true,
          changes: state.changes.map((c) => ({
            key: c.key,
            type: c.type,
            author: c.author,
            date: c.date,
            text: c.text,
            section: c.paragraph >= 0 ? sectionOf(c.paragraph) : 'other',
            effects: effectsOf(c.paragraph),
          })),
          comparison: compareChecklists(before, buildChecklist(current, profile, record)),
        },
      });
    });
  }

  async showChange(key: TrackedChangeKey): Promise<void> {
    const review = this.review;
    if (!review) return;
    const shown = await this.guard('review', 'That change could not be selected.', () => review.jumpTo(key));
    if (shown === false) this.dispatch({ type: 'message', message: { id: 'review', intent: 'info', text: 'That change is no longer in the document. The list has been refreshed.' } });
    if (shown === false) await this.loadReview();
  }

  /** Word's annotation pop-up: the worker accepted one of our suggestions there (WordApi 1.8). */
  async acceptFromPopup(annotationId: string, _suggestion?: string): Promise<void> {
    // Word has already replaced the text and removed the mark: only re-check the paragraph.
    this.adapter.forgetAnnotation(annotationId);
    this.schedule(0);
  }

  /** Put every mark back in the document (Word can drop them, or not show them while the pane starts). */
  async refreshMarks(): Promise<void> {
    this.adapter.remark();
    await this.analyse();
  }

  /**
   * Accept or reject tracked changes, each recognised again in Word by type, author, date and
   * text, and record each decision with its own note. Returns the keys that were decided.
   */
  async decide(keys: TrackedChangeKey[], accept: boolean, notes: Record<string, string> = {}): Promise<TrackedChangeKey[]> {
    const review = this.review;
    const state = this.getState();
    const name = state.names.manager.trim();
    if (!review || !keys.length) return [];
    if (!name) {
      this.dispatch({ type: 'message', message: { id: 'decision', intent: 'warning', text: 'Enter your name first: each decision records who made it.' } });
      return [];
    }
    rememberName('manager', name);
    const decided: TrackedChangeKey[] = [];
    await this.guard('decision', 'Word could not apply that decision.', async () => {
      // Each change is found again by its key in the same batch as its decision.
      for (const key of keys) if (await review.decide(key, accept)) decided.push(key);
    });
    if (decided.length < keys.length) {
      this.dispatch({ type: 'message', message: { id: 'decision', intent: 'warning', text: `${keys.length - decided.length === 1 ? 'One change was' : `${keys.length - decided.length} changes were`} no longer in the document as listed, so not decided. The list has been refreshed.` } });
    }
    if (decided.length) {
      const changes = new Map((state.review?.changes ?? []).map((c) => [c.key, c]));
      const now = this.getState();
      const record = {
        ...now.signOff,
        reviewDecisions: [
          ...now.signOff.reviewDecisions,
          ...decided.map((key) => ({ change: describeChange(changes.get(key), key), decision: accept ? ('accepted' as const) : ('rejected' as const), note: notes[key]?.trim() ?? '', by: name, on: today() })),
        ],
      };
      await this.saveSignOff(record, 'decision', 'The decision could not be saved in the document.');
      if (decided.length === keys.length) {
        this.dispatch({ type: 'message', message: { id: 'decision', intent: 'success', text: `${accept ? 'Accepted' : 'Rejected'} ${decided.length === 1 ? 'the change' : `${decided.length} changes`}; recorded with your name.` } });
      }
    }
    await this.analyse();
    await this.loadReview();
    return decided;
  }

  /** Record that the agreement is ready, then print preview where Word has it (no print event exists). */
  async readyForSignature(): Promise<void> {
    const state = this.getState();
    const name = state.names.worker.trim();
    if (!readiness(checklistOf(state).items).ready || !name) return;
    rememberName('worker', name);
    const record = { ...state.signOff, readyForSignature: { by: name, on: today() } };
    await this.saveSignOff(record, 'sign-off', 'The sign-off could not be saved in the document.');
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
      // The writer is loaded only when needed: it is not part of the pane's first download.
      const { nodesFromBlocks, writeDocx } = await import(/* webpackChunkName: "docx-writer" */ '../io/docx-writer.js');
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

  /**
   * The manager's countersignature: needs a name, no tracked changes left undecided (read again
   * from Word, not trusted from the list on screen), and a recorded reason when checks fail.
   */
  async countersign(reason = ''): Promise<boolean> {
    if (this.review && this.capabilities.paragraphEvents) await this.loadReview();
    const state = this.getState();
    const blocker = countersignBlocker(state, reason);
    if (blocker) {
      this.dispatch({ type: 'message', message: { id: 'countersign', intent: 'warning', text: `Not countersigned. ${blocker}` } });
      return false;
    }
    const name = state.names.manager.trim();
    rememberName('manager', name);
    const reasons = { ...state.signOff.reasons };
    if (reason.trim()) reasons.countersignature = reason.trim();
    else delete reasons.countersignature;
    const record = { ...state.signOff, reasons, countersignature: { by: name, on: today() } };
    const saved = await this.saveSignOff(record, 'countersign', 'The countersignature could not be saved in the document.');
    if (saved) this.dispatch({ type: 'message', message: { id: 'countersign', intent: 'success', text: `Countersigned by ${name} on ${formatDate(new Date())}.` } });
    return !!saved;
  }

  /** Show the change at once, then save it merged into the record as saved now (co-authors keep theirs). */
  private async saveSignOff(record: SignOffRecord, id: string, failure: string): Promise<boolean> {
    const before = this.getState().signOff;
    this.dispatch({ type: 'sign-off', record });
    const settings = this.settings;
    if (!settings) return true;
    const merged = await this.guard(id, failure, () => settings.updateSignOff((saved) => mergeSignOff(saved, before, record)));
    if (merged) this.dispatch({ type: 'sign-off', record: merged });
    return !!merged;
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

const today = () => new Date().toISOString().slice(0, 10);

/** Built-in profiles and the council's policy files registered at start. */
const isKnownProfile = (id: string) => allProfiles().some((p) => p.id === id);

/** The decision record names the change itself, not its place in a list. */
function describeChange(change: ReviewChange | undefined, key: TrackedChangeKey): string {
  if (!change) return key;
  const when = change.date ? ` on ${formatDate(new Date(change.date))}` : '';
  return `${change.type} by ${change.author || 'unknown'}${when} in ${change.section}: \u201c${change.text}\u201d`;
}
