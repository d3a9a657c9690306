import { REVIEW_TABLE_TAG } from '../core';
import { upsertTaggedTable } from './tagged-table';
import type { WordRun } from './word-types';

// Word calls for the review meeting (issue 16) beyond those the pane already has (reading the
// document, opening a new one): the review record as a table, updated in place when the meeting
// is recorded again. One Word.run batch, two round trips.

export const REVIEW_RECORD_TITLE = 'Review meeting record';

export class ReviewMeetingAdapter {
  constructor(private readonly run: WordRun) {}

  /** The review record table at the end of the agreement, or replaced where it already is: two round trips. */
  async insertRecord(rows: string[][]): Promise<'inserted' | 'updated'> {
    return this.run((context) => upsertTaggedTable(context, REVIEW_TABLE_TAG, REVIEW_RECORD_TITLE, rows));
  }
}
