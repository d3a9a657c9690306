// The slice of the Word JavaScript API this add-in uses, named so the adapter's needs are visible
// in one place. The real Word.RequestContext satisfies these shapes; tests use a typed double.

export interface TagHolder {
  isNullObject: boolean;
  tag: string;
}
export interface CellHolder {
  isNullObject: boolean;
  rowIndex: number;
  cellIndex: number;
}

export interface RangeLike {
  text?: string;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertText(text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): RangeLike;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): RangeLike;
  expandTo(range: RangeLike): RangeLike;
  insertContentControl(): ContentControlLike;
}

export interface SearchResults {
  items: RangeLike[];
  load(properties?: string): SearchResults;
}

export interface ParagraphLike {
  text: string;
  style: string;
  isListItem: boolean;
  tableNestingLevel: number;
  uniqueLocalId: string;
  parentContentControlOrNullObject: TagHolder;
  parentTableCellOrNullObject: CellHolder;
  insertAnnotations(set: { critiques: Array<{ colorScheme: string; start: number; length: number; popupOptions?: Record<string, unknown> }> }): { value: string[] };
  search(text: string, options?: { matchCase?: boolean }): SearchResults;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Content'): RangeLike;
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphLike;
  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values: string[][]): { getRange(location?: 'Whole' | 'Start' | 'End'): RangeLike };
  getReviewedText(version: 'Original' | 'Current'): { value: string };
  styleBuiltIn: string;
  font: { italic: boolean; color: string };
}

export interface ParagraphCollectionLike {
  items: ParagraphLike[];
  load(properties?: string): ParagraphCollectionLike;
}

export interface ContentControlLike {
  tag: string;
  title: string;
  appearance: string;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): RangeLike;
  insertParagraph(text: string, location: 'Before' | 'After' | 'Start' | 'End'): ParagraphLike;
  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values: string[][]): unknown;
  insertText(text: string, location: 'Start' | 'End' | 'Replace'): unknown;
  clear(): void;
}

export interface TrackedChangeLike {
  author: string;
  date: Date | string;
  text: string;
  type: string;
  getRange(): { paragraphs: { getFirst(): { uniqueLocalId: string; load(p: string): unknown } }; select?(): void };
  accept(): void;
  reject(): void;
}

export interface TrackedChangeCollectionLike {
  items: TrackedChangeLike[];
  load(properties?: string): TrackedChangeCollectionLike;
}

export interface ContentControlCollectionLike {
  items: ContentControlLike[];
  load(properties?: string): ContentControlCollectionLike;
}

export interface AnnotationLike {
  delete(): void;
}

export interface WordContextLike {
  document: {
    body: {
      paragraphs: ParagraphCollectionLike;
      insertParagraph(text: string, location: 'Start' | 'End'): ParagraphLike;
      getTrackedChanges?(): TrackedChangeCollectionLike;
    };
    contentControls: ContentControlCollectionLike;
    getAnnotationById?(id: string): AnnotationLike;
    onParagraphChanged?: EventSource;
    onParagraphAdded?: EventSource;
    onParagraphDeleted?: EventSource;
    printPreview?(): void;
    onAnnotationPopupAction?: { add(handler: (args: { id: string; action: string; critiqueSuggestion?: string }) => Promise<void>): void };
  };
  application?: { createDocument(base64File?: string): { open(): void } };
  sync(): Promise<void>;
}

export interface EventSource {
  add(handler: (args: { uniqueLocalIds: string[]; source?: string }) => Promise<void>): void;
}

/** Office.context.document.settings, which Word saves inside the document. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

/** Run a batch of Word calls: Word.run in Office, a double in tests. */
export type WordRun = <T>(batch: (context: WordContextLike) => Promise<T>) => Promise<T>;
