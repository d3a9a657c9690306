import type { Block } from '../core';
import { CHECKLIST_BLOCK_TAG as CHECKLIST_TAG } from '../core/structure';
import { upsertTaggedTable } from './tagged-table';
import { PARAGRAPH_PROPERTIES, toBlocks } from './paragraph-blocks';
import type { Capabilities } from './capabilities';
import { keyOf, type TrackedChangeKey } from './tracked-change-key';
import type { TrackedChangeLike, WordRun } from './word-types';

export { CHECKLIST_BLOCK_TAG as CHECKLIST_TAG } from '../core/structure';

/** A tracked change as the manager's review lists it. */
export interface ReviewChange {
  index: number;
  /** Who, when, what: how the change is found again before a decision (Word gives it no id). */
  key: TrackedChangeKey;
  type: string;
  author: string;
  date: string;
  text: string;
  /** Paragraph the change starts in, or -1. */
  paragraph: number;
}

export interface ReviewState {
  /** The text with every change accepted, and as it was before the changes. */
  current: Block[];
  original: Block[];
  changes: ReviewChange[];
}

/** Sign-off and manager review: WordApi 1.3 for the checklist table, 1.4/1.6 for tracked changes. */
export class ReviewAdapter {
  constructor(
    private readonly run: WordRun,
    private readonly capabilities: Capabilities,
  ) {}

  /** Tracked changes are listed and decided from WordApi 1.6. */
  get reviewAvailable(): boolean {
    return this.capabilities.paragraphEvents;
  }

  /** Insert the checklist as a table at the end of the document, or replace it in place if it is there. Two round trips. */
  async insertChecklist(rows: string[][]): Promise<'inserted' | 'updated'> {
    return this.run((context) => upsertTaggedTable(context, CHECKLIST_TAG, 'Sign-off checklist', rows));
  }

  /** The text before and after tracked changes, and the changes themselves: two round trips. WordApi 1.6. */
  async reviewState(): Promise<ReviewState> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_PROPERTIES);
      const changes = context.document.body.getTrackedChanges().load('items/author,items/date,items/text,items/type');
      await context.sync();
      const original = paragraphs.items.map((p) => p.getReviewedText('Original'));
      const current = paragraphs.items.map((p) => p.getReviewedText('Current'));
      const firsts = changes.items.map((change) => change.getRange().paragraphs.getFirst().load('uniqueLocalId'));
      await context.sync();
      const blocks = toBlocks(paragraphs.items);
      // Without ids (one-time-purchase licences) a change is listed under "other".
      const ids = paragraphs.items.map((p) => p.uniqueLocalId);
      const paragraphOf = (id: string) => (id ? ids.indexOf(id) : -1);
      return {
        current: blocks.map((b, i) => ({ ...b, text: current[i].value })),
        original: blocks.map((b, i) => ({ ...b, text: original[i].value })),
        changes: changes.items.map((change, index) => ({
          index,
          key: keyOf(change),
          type: String(change.type),
          author: change.author,
          date: new Date(change.date).toISOString(),
          text: change.text,
          paragraph: paragraphOf(firsts[index].uniqueLocalId),
        })),
      };
    });
  }

  /** Open a new Word document from a .docx (base64): the amended agreement. WordApi 1.3. */
  async openNewDocument(base64: string): Promise<boolean> {
    if (!this.capabilities.structure) return false;
    return this.run(async (context) => {
      context.application.createDocument(base64).open();
      await context.sync();
      return true;
    });
  }

  /** Print preview, where Word offers it (WordApiDesktop 1.4). */
  async printPreview(): Promise<boolean> {
    if (!this.capabilities.printPreview) return false;
    return this.run(async (context) => {
      context.document.printPreview();
      await context.sync();
      return true;
    });
  }

  /** Select a tracked change in the document so the manager can read it in place. */
  async jumpTo(key: TrackedChangeKey): Promise<boolean> {
    return this.withChange(key, (change) => change.getRange().select());
  }

  /**
   * Accept or reject one tracked change (the manager's decision). The change is found again by its
   * key in the same batch as the decision, so a change that moved (a co-author, or Word's own
   * Review tab) is never confused with its neighbour; a change that is gone returns false.
   */
  async decide(key: TrackedChangeKey, accept: boolean): Promise<boolean> {
    return this.withChange(key, (change) => (accept ? change.accept() : change.reject()));
  }

  private async withChange(key: TrackedChangeKey, act: (change: TrackedChangeLike) => void): Promise<boolean> {
    if (!this.reviewAvailable) return false;
    return this.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load('items/type,items/author,items/date,items/text');
      await context.sync();
      const change = changes.items.find((c) => keyOf(c) === key);
      if (!change) return false;
      act(change);
      await context.sync();
      return true;
    });
  }
}
