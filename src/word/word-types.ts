// The slice of the Word JavaScript API this add-in uses, named so the adapter's needs are visible
// in one place. test/word/word-types.compile.test.ts assigns the real Word.RequestContext and
// Office.Settings to these shapes, so a member that does not exist (or has another type) in
// @types/office-js fails the type check. Members are never optional: in real Word every declared
// member exists, and an unsupported one fails at context.sync() with ApiNotFound.

/** OfficeExtension.ClientResult: `value` may be read only after the sync that fills it. */
export interface ClientResultLike<T> {
  readonly value: T;
}

export interface EventHandlersLike<T> {
  add(handler: (args: T) => Promise<unknown>): unknown;
}

export interface ParagraphEventArgsLike {
  uniqueLocalIds: string[];
  source: string;
}

export interface TagHolder {
  isNullObject: boolean;
  tag: string;
  title: string;
}
export interface CellHolder {
  isNullObject: boolean;
  rowIndex: number;
  cellIndex: number;
}

export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';

export interface RangeLike {
  text: string;
  paragraphs: ParagraphCollectionLike;
  load(propertyNames?: string): RangeLike;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertText(text: string, location: InsertLocation): RangeLike;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): RangeLike;
  expandTo(range: RangeLike): RangeLike;
  insertContentControl(): ContentControlLike;
}

export interface SearchResults {
  items: RangeLike[];
  load(propertyNames?: string): SearchResults;
}

export interface CritiqueLike {
  colorScheme: 'Red' | 'Green' | 'Blue' | 'Lavender' | 'Berry';
  start: number;
  length: number;
  popupOptions?: { titleResourceId: string; subtitleResourceId: string; brandingTextResourceId: string; suggestions: string[] };
}

export interface ParagraphLike {
  isNullObject: boolean;
  text: string;
  /** The style's display name, in the language of the user's Word ("Pennawd 1" in Welsh). */
  style: string;
  /** The built-in style whatever the language ("Heading1"), or "Other" for a custom style. WordApi 1.3. */
  styleBuiltIn: string;
  isListItem: boolean;
  tableNestingLevel: number;
  /** WordApi 1.6; null where the licence does not allow it (connected experiences off). */
  uniqueLocalId: string;
  parentContentControlOrNullObject: TagHolder;
  parentTableCellOrNullObject: CellHolder;
  load(propertyNames?: string): ParagraphLike;
  getPreviousOrNullObject(): ParagraphLike;
  getNextOrNullObject(): ParagraphLike;
  /** WordApi 1.7: the annotations in this paragraph (to find which of ours Word has kept). */
  getAnnotations(): AnnotationCollectionLike;
  insertAnnotations(set: { critiques: CritiqueLike[] }): ClientResultLike<string[]>;
  search(text: string, options?: { matchCase?: boolean }): SearchResults;
  getRange(location?: 'Whole' | 'Start' | 'End' | 'Content'): RangeLike;
  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphLike;
  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values: string[][]): { getRange(location?: 'Whole' | 'Start' | 'End'): RangeLike };
  getReviewedText(version: 'Original' | 'Current'): ClientResultLike<string>;
  font: { italic: boolean; color: string };
}

export interface ParagraphCollectionLike {
  items: ParagraphLike[];
  load(propertyNames?: string): ParagraphCollectionLike;
  /** A window of the collection: `$top` items after `$skip`, with the chosen properties. */
  load(options: { text?: boolean; $top?: number; $skip?: number }): ParagraphCollectionLike;
  getFirst(): ParagraphLike;
  getLast(): ParagraphLike;
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
  date: Date;
  text: string;
  type: string;
  getRange(location?: 'Whole' | 'Start' | 'End'): RangeLike;
  accept(): void;
  reject(): void;
}

export interface TrackedChangeCollectionLike {
  items: TrackedChangeLike[];
  load(propertyNames?: string): TrackedChangeCollectionLike;
}

export interface ContentControlCollectionLike {
  items: ContentControlLike[];
  load(propertyNames?: string): ContentControlCollectionLike;
}

export interface AnnotationLike {
  delete(): void;
}

export interface AnnotationCollectionLike {
  items: Array<AnnotationLike & { id: string }>;
  load(propertyNames?: string): AnnotationCollectionLike;
}

/** A header or footer (Word.Body). */
export interface StoryLike {
  paragraphs: ParagraphCollectionLike;
}

/** A loaded collection of items that each have a body: notes (WordApi 1.5) or text boxes (WordApiDesktop 1.2). */
export interface StoryItemsLike {
  items: Array<{ body: { text: string } }>;
}

/** Word.NoteItemCollection (WordApi 1.5): footnotes or endnotes, each with its own body. */
export interface NoteItemCollectionLike extends StoryItemsLike {
  load(propertyNames: 'items/body/text'): NoteItemCollectionLike;
}

/** Word.ShapeCollection (WordApiDesktop 1.2): text boxes are shapes with a body. */
export interface ShapeCollectionLike extends StoryItemsLike {
  getByTypes(types: Word.ShapeType[]): ShapeCollectionLike;
  load(propertyNames: 'items/body/text'): ShapeCollectionLike;
}

/** Word.Section: only the primary header and footer always exist (asking for the first-page one a document lacks fails at sync). */
export interface SectionLike {
  getHeader(type: 'Primary' | 'FirstPage'): StoryLike;
  getFooter(type: 'Primary' | 'FirstPage'): StoryLike;
}

export interface WordContextLike {
  document: {
    body: {
      paragraphs: ParagraphCollectionLike;
      /** WordApi 1.5. */
      footnotes: NoteItemCollectionLike;
      /** WordApi 1.5. */
      endnotes: NoteItemCollectionLike;
      /** WordApiDesktop 1.2. */
      shapes: ShapeCollectionLike;
      insertParagraph(text: string, location: 'Start' | 'End'): ParagraphLike;
      /** WordApi 1.6. */
      getTrackedChanges(): TrackedChangeCollectionLike;
    };
    contentControls: ContentControlCollectionLike;
    /** WordApi 1.3 (getFirst). */
    sections: { getFirst(): SectionLike };
    getSelection(): RangeLike;
    /** WordApi 1.6. Throws ItemNotFound at sync for a paragraph that is gone. */
    getParagraphByUniqueLocalId(id: string): ParagraphLike;
    /** WordApi 1.7. Throws ItemNotFound at sync for an annotation Word has already removed. */
    getAnnotationById(id: string): AnnotationLike;
    onParagraphChanged: EventHandlersLike<ParagraphEventArgsLike>;
    onParagraphAdded: EventHandlersLike<ParagraphEventArgsLike>;
    onParagraphDeleted: EventHandlersLike<ParagraphEventArgsLike>;
    /** WordApi 1.8. */
    onAnnotationPopupAction: EventHandlersLike<{ id: string; action: string; critiqueSuggestion: string }>;
    /** WordApiDesktop 1.4. */
    printPreview(): void;
  };
  application: { createDocument(base64File?: string): { open(): void } };
  sync(): Promise<void>;
}

/** Office.AsyncResult, as far as the settings calls use it. */
export interface AsyncResultLike {
  /** Office.AsyncResultStatus: "succeeded"/"failed" at run time, a numeric enum in the type declarations. */
  status: unknown;
}

export function asyncFailed(result: AsyncResultLike): boolean {
  return result.status === 'failed' || result.status === 1;
}

/** Office.context.document.settings, which Word saves inside the document. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(options?: { asyncContext?: unknown }, callback?: (result: AsyncResultLike) => void): void;
  saveAsync(callback?: (result: AsyncResultLike) => void): void;
  /** Reads the settings as saved now (a co-author may have saved since this session opened). */
  refreshAsync(callback?: (result: AsyncResultLike) => void): void;
}

/** Office.context.requirements. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Run a batch of Word calls: Word.run in Office, a double in tests. */
export type WordRun = <T>(batch: (context: WordContextLike) => Promise<T>) => Promise<T>;

/** An Office error's code ("ItemNotFound", "ApiNotFound", "GeneralException"), or '' for anything else. */
/** Where Word says a batch failed (debugInfo.errorLocation, such as "Body.footnotes"), or ''. */
export function errorLocation(error: unknown): string {
  const info = typeof error === 'object' && error !== null ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return typeof info?.errorLocation === 'string' ? info.errorLocation : '';
}

export function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}
