import type {
  AnnotationCollectionLike,
  AnnotationLike,
  AsyncResultLike,
  ClientResultLike,
  ContentControlCollectionLike,
  ContentControlLike,
  CritiqueLike,
  EventHandlersLike,
  NoteItemCollectionLike,
  ShapeCollectionLike,
  ParagraphCollectionLike,
  ParagraphEventArgsLike,
  ParagraphLike,
  RangeLike,
  RequirementsLike,
  SearchResults,
  SettingsLike,
  TrackedChangeCollectionLike,
  TrackedChangeLike,
  WordContextLike,
  WordRun,
} from '../../src/word/word-types';

// A strict test double of the slice of Word the adapter uses, held to Office.js's rules where they
// matter (see /work/shared/toolchain.md and Microsoft's reference):
// - calls are queued and run only at context.sync(), in order; the first failing call fails the
//   sync and the calls after it do not run (the ones before it did);
// - reading a property that was not loaded and synced throws PropertyNotLoaded, and a loaded value
//   is a snapshot from that sync; ClientResult.value throws before its sync;
// - paragraph events arrive later, from a timer, so they can land between two syncs; the add-in's
//   own edits raise them too;
// - Word removes annotations by itself (idle time on the web, batch deletes on Mac, text under them
//   deleted); getAnnotationById then fails with ItemNotFound;
// - a host profile decides which requirement sets and members exist (an unsupported member fails at
//   sync with ApiNotFound), whether uniqueLocalId is null, whether annotations work, and the
//   language of style names;
// - it counts round trips and the values (and characters) crossing in each direction.

/** A Word host as the add-in meets it. Versions are WordApi minor numbers (3 = WordApi 1.3). */
export interface HostProfile {
  id: string;
  name: string;
  /** The highest WordApi whose members work. */
  wordApi: number;
  /** What isSetSupported answers (one-time-purchase Office reports sets it cannot fully use). */
  reportedWordApi: number;
  /** WordApiDesktop minor version, 0 for none. */
  desktopApi: number;
  /** insertAnnotations works (it needs a Microsoft 365 subscription; otherwise GeneralException at sync). */
  annotations: boolean;
  /** uniqueLocalId has a value (null with one-time-purchase licences). */
  uniqueLocalIds: boolean;
  /** Word on the web drops annotations after idle time. */
  dropsAnnotationsWhenIdle: boolean;
  /** Word for Mac drops annotations on some batch deletes. */
  dropsAnnotationsOnBatchDelete: boolean;
  language: StyleLanguage;
}

export type StyleLanguage = 'en-GB' | 'cy' | 'pl';

const base = { desktopApi: 0, annotations: true, uniqueLocalIds: true, dropsAnnotationsWhenIdle: false, dropsAnnotationsOnBatchDelete: false, language: 'en-GB' as StyleLanguage };
export const HOST_PROFILES = {
  word2016: { ...base, id: 'word2016', name: 'Word 2016/2019 (one-time purchase, WordApi 1.3)', wordApi: 3, reportedWordApi: 3, annotations: false, uniqueLocalIds: false },
  office2021: { ...base, id: 'office2021', name: 'Office 2021 (one-time purchase)', wordApi: 7, reportedWordApi: 7, annotations: false, uniqueLocalIds: false },
  m365: { ...base, id: 'm365', name: 'Microsoft 365 desktop (Windows)', wordApi: 9, reportedWordApi: 9, desktopApi: 4 },
  web: { ...base, id: 'web', name: 'Word on the web', wordApi: 9, reportedWordApi: 9, dropsAnnotationsWhenIdle: true },
  mac: { ...base, id: 'mac', name: 'Microsoft 365 for Mac', wordApi: 9, reportedWordApi: 9, desktopApi: 1, dropsAnnotationsOnBatchDelete: true },
} satisfies Record<string, HostProfile>;

export function inLanguage(profile: HostProfile, language: StyleLanguage): HostProfile {
  return { ...profile, id: `${profile.id}-${language}`, name: `${profile.name}, ${language}`, language };
}

/** Display names of the built-in styles the add-in meets, by language. */
const STYLE_NAMES: Record<StyleLanguage, Record<string, string>> = {
  'en-GB': { Normal: 'Normal', Title: 'Title', ListParagraph: 'List Paragraph' },
  cy: { Normal: 'Arferol', Title: 'Teitl', ListParagraph: 'Paragraff Rhestr' },
  pl: { Normal: 'Normalny', Title: 'Tytuł', ListParagraph: 'Akapit z listą' },
};
const HEADING_NAMES: Record<StyleLanguage, string> = { 'en-GB': 'Heading', cy: 'Pennawd', pl: 'Nagłówek' };

/** A paragraph as the double stores it. `style` is the English (canonical) style name. */
export interface DoubleParagraph {
  id: string;
  text: string;
  /** The text before tracked changes, where it differs. */
  original?: string;
  style: string;
  isListItem: boolean;
  tag?: string;
  /** Title of the content control holding the paragraph (a council form's field name). */
  controlTitle?: string;
  italic?: boolean;
  /** A paragraph inside a table cell (Word reports the row and cell index, not which table). */
  cell?: { row: number; column: number };
}

export interface DoubleAnnotation {
  paragraphId: string;
  start: number;
  length: number;
  colour: string;
  /** The text under the mark when it was inserted. */
  covered: string;
  /** False for marks inserted while a ribbon-opened pane was still starting (a known Word bug). */
  visible: boolean;
  suggestions: string[];
}

export interface DoubleChange {
  type: string;
  author: string;
  date: string;
  text: string;
  paragraphId: string;
}

type ParagraphEvent = 'changed' | 'added' | 'deleted';
export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';

/** The error Office.js throws (OfficeExtension.Error): code, message, debugInfo. */
export class OfficeErrorDouble extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; errorLocation?: string } = { code },
  ) {
    super(message);
  }
}
const officeError = (code: string, where: string) => new OfficeErrorDouble(code, `${code}: ${where}`, { code, errorLocation: where });

function builtInOf(style: string): string {
  const heading = /^Heading (\d)$/.exec(style);
  if (heading) return `Heading${heading[1]}`;
  if (style === 'Title' || style === 'Normal') return style;
  if (style === 'List Paragraph') return 'ListParagraph';
  return 'Other';
}
function englishOf(builtIn: string): string {
  const heading = /^Heading(\d)$/.exec(builtIn);
  if (heading) return `Heading ${heading[1]}`;
  return builtIn === 'ListParagraph' ? 'List Paragraph' : builtIn;
}

function leafValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leafValues(v), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + leafValues(v), 0);
  return value === undefined ? 0 : 1;
}
function characters(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

interface Op {
  where: string;
  /** WordApi minor version the call needs, or WordApiDesktop when `desktop`. */
  needs: number;
  desktop?: boolean;
  run: () => void;
}

/** Lazily resolved host object: Office.js resolves a proxy's path when its first call runs. */
class Handle<M> {
  private done = false;
  private value: M | null = null;
  constructor(private readonly resolver: () => M | null) {}
  get(): M | null {
    if (!this.done) {
      this.value = this.resolver();
      this.done = true;
    }
    return this.value;
  }
  static of<M>(value: M | null): Handle<M> {
    const handle = new Handle(() => value);
    handle.get();
    return handle;
  }
}

/** One Word.run batch: the queue, and the snapshot values its proxies hold. */
class Batch {
  ops: Op[] = [];
  constructor(readonly word: WordDouble) {}
  queue(where: string, needs: number, run: () => void, args?: unknown, desktop = false): void {
    this.word.valuesWritten += leafValues(args);
    this.word.charsWritten += args === undefined ? 0 : characters(args);
    this.ops.push({ where, needs, run, desktop });
  }
  async sync(): Promise<void> {
    // A round trip: events raised before it are delivered first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.word.syncs++;
    const ops = this.ops;
    this.ops = [];
    for (const op of ops) {
      const available = op.desktop ? this.word.profile.desktopApi : this.word.profile.wordApi;
      if (op.needs > available) throw officeError('ApiNotFound', op.where);
      const injected = this.word.takeFailure(op.where);
      if (injected) throw officeError(injected, op.where);
      op.run();
    }
  }
  /** Count what Word sends back: one value per scalar, one per element of a list. */
  read(values: Record<string, unknown>): void {
    this.word.valuesRead += leafValues(values);
    this.word.charsRead += characters(values);
  }
}

function notLoaded(name: string): OfficeErrorDouble {
  return officeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

/** Property snapshot shared by every proxy. */
class Snapshot {
  private values = new Map<string, unknown>();
  private isNull: boolean | undefined;
  set(values: Record<string, unknown>, isNull: boolean): void {
    this.isNull = isNull;
    for (const [k, v] of Object.entries(values)) this.values.set(k, v);
  }
  get<T>(name: string): T {
    if (this.isNull) throw officeError('GeneralException', `'${name}' read on a null object`);
    if (!this.values.has(name)) throw notLoaded(name);
    return this.values.get(name) as T;
  }
  get nullFlag(): boolean {
    if (this.isNull === undefined) throw notLoaded('isNullObject');
    return this.isNull;
  }
}

function parseLoad(spec: string | undefined, prefix = ''): string[] {
  if (spec === undefined) return [];
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s));
}

const PARAGRAPH_SCALARS: Record<string, number> = { text: 1, style: 1, styleBuiltIn: 3, isListItem: 3, tableNestingLevel: 3, uniqueLocalId: 6 };

export class WordDouble {
  paragraphs: DoubleParagraph[] = [];
  /**
   * The first section's headers and footers by type. Only 'Primary' always exists; asking for a
   * first-page or even-page one the document does not have fails at sync with GeneralException,
   * as reported against real Word (office-js-docs-reference issue 1202).
   */
  headers: Partial<Record<HeaderFooterType, DoubleParagraph[]>> = { Primary: [] };
  footers: Partial<Record<HeaderFooterType, DoubleParagraph[]>> = { Primary: [] };
  /** Footnotes and endnotes, each a list of its paragraphs' text (WordApi 1.5). */
  notes: { footnotes: string[][]; endnotes: string[][] } = { footnotes: [], endnotes: [] };
  /** Shapes in the body (WordApiDesktop 1.2): a text box has paragraphs, a picture none. */
  shapes: Array<{ type: 'TextBox' | 'Picture' | 'GeometricShape'; paragraphs: string[] }> = [];
  /** context.sync round trips, and what crossed between the add-in and Word. */
  syncs = 0;
  valuesRead = 0;
  valuesWritten = 0;
  charsRead = 0;
  charsWritten = 0;
  /** Every change to document content or formatting, in order. */
  mutations: string[] = [];
  trackChanges = false;
  trackedChanges: Array<{ type: string; text: string }> = [];
  annotations = new Map<string, DoubleAnnotation>();
  selection: { paragraphId: string; start: number; end: number } | null = null;
  /** Tracked changes in the document (as a manager opening a worker's file sees them). */
  changes: DoubleChange[] = [];
  /** Documents the add-in asked Word to create and open (base64 .docx). */
  opened: string[] = [];
  printPreviews = 0;
  /** While true, inserted annotations come back with ids but are not shown (ribbon-opened pane starting). */
  startingUp = false;
  /** Milliseconds before Word delivers an event. */
  eventDelay = 0;
  private failures: Array<{ where: RegExp; code: string }> = [];
  private handlers: Record<ParagraphEvent, Array<(args: ParagraphEventArgsLike) => Promise<unknown>>> = { changed: [], added: [], deleted: [] };
  private popupHandlers: Array<(args: { id: string; action: string; critiqueSuggestion: string }) => Promise<unknown>> = [];
  private selectionHandlers: Array<() => void> = [];
  private nextId = 1;

  constructor(
    texts: Array<string | Partial<DoubleParagraph>> = [],
    readonly profile: HostProfile = HOST_PROFILES.m365,
  ) {
    for (const t of texts) this.paragraphs.push(this.make(typeof t === 'string' ? { text: t } : t));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.make({ text: '' }));
  }

  resetCounters(): void {
    this.syncs = this.valuesRead = this.valuesWritten = this.charsRead = this.charsWritten = 0;
  }

  /** Make the next call whose location matches fail at sync with this code (GeneralException, ItemNotFound, ...). */
  failNext(where: RegExp, code = 'GeneralException'): void {
    this.failures.push({ where, code });
  }
  takeFailure(where: string): string | undefined {
    const index = this.failures.findIndex((f) => f.where.test(where));
    if (index < 0) return undefined;
    return this.failures.splice(index, 1)[0].code;
  }

  private make(p: Partial<DoubleParagraph>): DoubleParagraph {
    const n = this.nextId++;
    return { id: `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`, text: '', style: 'Normal', isListItem: false, ...p };
  }

  private mutate(what: string): void {
    this.mutations.push(what);
    if (this.trackChanges) this.trackedChanges.push({ type: 'edit', text: what });
  }

  /** Put text in the first section's header or footer (one paragraph per line). */
  setHeaderFooter(kind: 'header' | 'footer', type: HeaderFooterType, lines: string[]): void {
    (kind === 'header' ? this.headers : this.footers)[type] = lines.map((text) => this.make({ text }));
  }

  /** A paragraph still in the document: in the body, or in a header or footer. */
  exists(p: DoubleParagraph): boolean {
    if (this.paragraphs.includes(p)) return true;
    return [...Object.values(this.headers), ...Object.values(this.footers)].some((list) => list?.includes(p));
  }

  private byId(id: string): DoubleParagraph | undefined {
    return this.paragraphs.find((p) => p.id === id);
  }

  /** Word raises a paragraph event later, from a timer, never inside the call that caused it. */
  private emit(kind: ParagraphEvent, ids: string[]): void {
    const handlers = [...this.handlers[kind]];
    if (handlers.length === 0 || ids.length === 0) return;
    const args: ParagraphEventArgsLike = { uniqueLocalIds: this.profile.uniqueLocalIds ? [...ids] : [], source: 'Local' };
    setTimeout(() => {
      for (const handler of handlers) void handler(args);
    }, this.eventDelay);
  }

  /** Word drops marks whose text is no longer where it was. */
  private dropMovedMarks(p: DoubleParagraph): void {
    for (const [id, a] of this.annotations) if (a.paragraphId === p.id && p.text.slice(a.start, a.start + a.length) !== a.covered) this.annotations.delete(id);
  }

  // ---- What the worker (or Word itself) does ----

  /** Type into a paragraph, as the worker would; Word then raises onParagraphChanged. */
  type(index: number, text: string): void {
    const p = this.paragraphs[index];
    p.text = text;
    this.dropMovedMarks(p);
    this.emit('changed', [p.id]);
  }

  /** Press Enter after a paragraph and type a new one. */
  addParagraph(after: number, text: string, style = 'Normal'): void {
    const fresh = this.make({ text, style, tag: this.paragraphs[after]?.tag });
    this.paragraphs.splice(after + 1, 0, fresh);
    this.emit('added', [fresh.id]);
  }

  /** Delete paragraphs (one selection). Word for Mac may drop every annotation on a batch delete. */
  deleteParagraphs(...indices: number[]): void {
    const gone = indices.map((i) => this.paragraphs[i]);
    this.paragraphs = this.paragraphs.filter((p) => !gone.includes(p));
    for (const [id, a] of this.annotations) if (gone.some((p) => p.id === a.paragraphId)) this.annotations.delete(id);
    if (this.profile.dropsAnnotationsOnBatchDelete && gone.length > 1) this.annotations.clear();
    this.emit('deleted', gone.map((p) => p.id));
  }

  /** Time passes with the pane idle: Word on the web drops annotations. */
  idle(): void {
    if (this.profile.dropsAnnotationsWhenIdle) this.annotations.clear();
  }

  /** Word removes one annotation by itself. */
  removeAnnotation(id: string): void {
    this.annotations.delete(id);
  }

  /** The worker picks a suggestion in Word's annotation pop-up: Word replaces the text, then tells the add-in. */
  acceptPopupSuggestion(annotationId: string, suggestion: string): void {
    const a = this.annotations.get(annotationId);
    if (!a) throw new Error('no such annotation');
    const p = this.byId(a.paragraphId)!;
    p.text = p.text.slice(0, a.start) + suggestion + p.text.slice(a.start + a.length);
    this.annotations.delete(annotationId);
    this.dropMovedMarks(p);
    this.emit('changed', [p.id]);
    const handlers = [...this.popupHandlers];
    setTimeout(() => {
      for (const handler of handlers) void handler({ id: annotationId, action: 'Accept', critiqueSuggestion: suggestion });
    }, this.eventDelay);
  }

  /** The worker clicks into a paragraph: Office raises DocumentSelectionChanged (no detail). */
  moveSelection(index: number): void {
    const p = this.paragraphs[index];
    this.selection = { paragraphId: p.id, start: 0, end: 0 };
    const handlers = [...this.selectionHandlers];
    setTimeout(() => handlers.forEach((h) => h()), this.eventDelay);
  }

  /** A tracked insertion at the end of a paragraph, by another author. */
  trackInsertion(index: number, text: string, author: string, date = '2026-12-02T10:00:00Z'): void {
    const p = this.paragraphs[index];
    p.original = p.original ?? p.text;
    p.text += text;
    this.changes.push({ type: 'Added', author, date, text, paragraphId: p.id });
    this.emit('changed', [p.id]);
  }

  /** Someone accepts a tracked change in Word's own Review tab. */
  acceptInWord(index: number): void {
    const change = this.changes[index];
    const p = this.byId(change.paragraphId);
    if (p) p.original = undefined;
    this.changes.splice(index, 1);
  }

  // ---- Office.js ----

  run: WordRun = async (batch) => batch(this.context());

  /** The Office global's slice the add-in uses: requirements and the selection event. */
  office(settings?: SettingsLike) {
    const self = this;
    const requirements: RequirementsLike = {
      isSetSupported(name: string, version = '1.1') {
        const minor = Number(version.split('.')[1] ?? 0);
        if (name === 'WordApi') return minor <= self.profile.reportedWordApi;
        if (name === 'WordApiDesktop') return minor <= self.profile.desktopApi;
        return false;
      },
    };
    return {
      /** What src/word/host.ts watches for selection changes. */
      selection: { watch: (handler: () => void) => void self.selectionHandlers.push(handler) },
      HostType: { Word: 'Word' },
      EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
      context: {
        requirements,
        document: {
          settings,
          addHandlerAsync(_type: string, handler: () => void) {
            self.selectionHandlers.push(handler);
          },
        },
      },
    };
  }

  private context(): WordContextLike {
    const batch = new Batch(this);
    const self = this;
    const language = this.profile.language;
    const styleName = (p: DoubleParagraph) => {
      const builtIn = builtInOf(p.style);
      const heading = /^Heading(\d)$/.exec(builtIn);
      if (heading) return `${HEADING_NAMES[language]} ${heading[1]}`;
      return STYLE_NAMES[language][builtIn] ?? p.style;
    };
    const paragraphValue = (p: DoubleParagraph, name: string): unknown => {
      switch (name) {
        case 'text': return p.text;
        case 'style': return styleName(p);
        case 'styleBuiltIn': return builtInOf(p.style);
        case 'isListItem': return p.isListItem;
        case 'tableNestingLevel': return p.cell ? 1 : 0;
        case 'uniqueLocalId': return self.profile.uniqueLocalIds ? p.id : null;
        default: throw officeError('InvalidArgument', `Paragraph has no property '${name}'`);
      }
    };

    const result = <T>(): { result: ClientResultLike<T>; fill(value: T): void } => {
      let filled = false;
      let value: T;
      return {
        result: {
          get value(): T {
            if (!filled) throw notLoaded('value');
            return value;
          },
        },
        fill(v: T) {
          value = v;
          filled = true;
          batch.read({ value: v });
        },
      };
    };

    /** Load paths onto a paragraph snapshot (and its parent control and cell snapshots). */
    const loadParagraph = (p: DoubleParagraph | null, paths: string[], snap: Snapshot, control: Snapshot, cell: Snapshot) => {
      if (!p) {
        snap.set({}, true);
        batch.read({ isNullObject: true });
        return;
      }
      const own: Record<string, unknown> = {};
      const controlValues: Record<string, unknown> = {};
      const cellValues: Record<string, unknown> = {};
      const all = paths.length === 0;
      const names = all ? Object.keys(PARAGRAPH_SCALARS).filter((n) => PARAGRAPH_SCALARS[n] <= self.profile.wordApi) : paths;
      for (const path of names) {
        const [head, sub] = path.split('/');
        if (head === 'parentContentControlOrNullObject') {
          if (sub === 'tag') controlValues.tag = p.tag ?? '';
          else if (sub === 'title') controlValues.title = p.controlTitle ?? '';
          else if (sub !== 'isNullObject') throw officeError('InvalidArgument', path);
          continue;
        }
        if (head === 'parentTableCellOrNullObject') {
          if (sub === 'rowIndex') cellValues.rowIndex = p.cell?.row;
          else if (sub === 'cellIndex') cellValues.cellIndex = p.cell?.column;
          else if (sub !== 'isNullObject') throw officeError('InvalidArgument', path);
          continue;
        }
        if (head === 'isNullObject') continue;
        if ((PARAGRAPH_SCALARS[head] ?? 0) > self.profile.wordApi) throw officeError('ApiNotFound', `Paragraph.${head}`);
        own[head] = paragraphValue(p, head);
      }
      snap.set(own, false);
      batch.read(own);
      const hasControl = names.some((n) => n.startsWith('parentContentControlOrNullObject'));
      if (hasControl) {
        const inControl = Boolean(p.tag || p.controlTitle);
        control.set(inControl ? controlValues : {}, !inControl);
        batch.read(inControl ? { ...controlValues, isNullObject: false } : { isNullObject: true });
      }
      if (names.some((n) => n.startsWith('parentTableCellOrNullObject'))) {
        cell.set(p.cell ? cellValues : {}, !p.cell);
        batch.read(p.cell ? { ...cellValues, isNullObject: false } : { isNullObject: true });
      }
    };

    const paragraphProxy = (handle: Handle<DoubleParagraph>, where = 'Paragraph'): ParagraphLike => {
      const snap = new Snapshot();
      const control = new Snapshot();
      const cell = new Snapshot();
      const target = (): DoubleParagraph => {
        const p = handle.get();
        if (!p || !self.exists(p)) throw officeError('ItemNotFound', where);
        return p;
      };
      const proxy: ParagraphLike = {
        get isNullObject() { return snap.nullFlag; },
        get text() { return snap.get<string>('text'); },
        get style() { return snap.get<string>('style'); },
        get styleBuiltIn() { return snap.get<string>('styleBuiltIn'); },
        set styleBuiltIn(style: string) {
          batch.queue('Paragraph.styleBuiltIn', 3, () => {
            const p = target();
            p.style = englishOf(style);
            self.mutate(`style ${style}`);
            self.emit('changed', [p.id]);
          }, style);
        },
        get isListItem() { return snap.get<boolean>('isListItem'); },
        get tableNestingLevel() { return snap.get<number>('tableNestingLevel'); },
        get uniqueLocalId() { return snap.get<string>('uniqueLocalId'); },
        parentContentControlOrNullObject: {
          get isNullObject() { return control.nullFlag; },
          get tag() { return control.get<string>('tag'); },
          get title() { return control.get<string>('title'); },
        },
        parentTableCellOrNullObject: {
          get isNullObject() { return cell.nullFlag; },
          get rowIndex() { return cell.get<number>('rowIndex'); },
          get cellIndex() { return cell.get<number>('cellIndex'); },
        },
        load(spec?: string) {
          batch.queue(`${where}.load`, 1, () => {
            const p = handle.get();
            loadParagraph(p && self.exists(p) ? p : p === null ? null : target(), parseLoad(spec), snap, control, cell);
          });
          return proxy;
        },
        getPreviousOrNullObject() {
          return paragraphProxy(new Handle(() => {
            const at = self.paragraphs.indexOf(target());
            return at > 0 ? self.paragraphs[at - 1] : null;
          }), 'Paragraph.getPreviousOrNullObject');
        },
        getNextOrNullObject() {
          return paragraphProxy(new Handle(() => {
            const at = self.paragraphs.indexOf(target());
            return self.paragraphs[at + 1] ?? null;
          }), 'Paragraph.getNextOrNullObject');
        },
        getAnnotations() {
          const items: Array<AnnotationLike & { id: string }> = [];
          const collection: AnnotationCollectionLike = {
            get items() { if (!loaded) throw notLoaded('items'); return items; },
            load() {
              batch.queue('Paragraph.getAnnotations', 7, () => {
                const p = target();
                for (const [id, a] of self.annotations) if (a.paragraphId === p.id) {
                  items.push({ id, delete: () => batch.queue('Annotation.delete', 7, () => void self.annotations.delete(id)) });
                  batch.read({ id });
                }
                loaded = true;
              });
              return collection;
            },
          };
          let loaded = false;
          return collection;
        },
        insertAnnotations(set: { critiques: CritiqueLike[] }) {
          const out = result<string[]>();
          batch.queue('Paragraph.insertAnnotations', 7, () => {
            if (!self.profile.annotations) throw officeError('GeneralException', 'Paragraph.insertAnnotations');
            const p = target();
            const ids: string[] = [];
            for (const c of set.critiques) {
              if (c.start < 0 || c.length <= 0 || c.start + c.length > p.text.length) throw officeError('InvalidArgument', 'Paragraph.insertAnnotations');
              if (c.popupOptions && self.profile.wordApi < 8) throw officeError('ApiNotFound', 'Critique.popupOptions');
            }
            for (const c of set.critiques) {
              const id = `${self.nextId++}-annotation`;
              self.annotations.set(id, { paragraphId: p.id, start: c.start, length: c.length, colour: c.colorScheme, covered: p.text.slice(c.start, c.start + c.length), visible: !self.startingUp, suggestions: c.popupOptions?.suggestions ?? [] });
              ids.push(id);
            }
            out.fill(ids);
          }, set);
          return out.result;
        },
        search(text: string, options?: { matchCase?: boolean }): SearchResults {
          return searchIn(() => target(), text, options?.matchCase ?? false);
        },
        getRange(location?: string) {
          return rangeProxy(() => {
            const p = target();
            return location === 'Start' ? { p, start: 0, end: 0, last: p } : location === 'End' ? { p, start: p.text.length, end: p.text.length, last: p } : { p, start: 0, end: p.text.length, last: p };
          });
        },
        insertParagraph(text: string, location: 'Before' | 'After') {
          let fresh: DoubleParagraph | null = null;
          batch.queue('Paragraph.insertParagraph', 1, () => {
            const p = target();
            fresh = self.make({ text });
            const at = self.paragraphs.indexOf(p);
            self.paragraphs.splice(location === 'Before' ? at : at + 1, 0, fresh);
            self.mutate(`insert paragraph "${text}"`);
            self.emit('added', [fresh.id]);
          }, text);
          return paragraphProxy(new Handle(() => fresh));
        },
        insertTable(_rows: number, _columns: number, location: 'Before' | 'After', values: string[][]) {
          let last: DoubleParagraph | null = null;
          batch.queue('Paragraph.insertTable', 3, () => {
            const cells = tableCells(values);
            const at = self.paragraphs.indexOf(target());
            self.paragraphs.splice(location === 'Before' ? at : at + 1, 0, ...cells);
            last = cells[cells.length - 1];
            self.mutate(`insert table of ${values.length} rows`);
            self.emit('added', cells.map((c) => c.id));
          }, values);
          return { getRange: () => rangeProxy(() => ({ p: last!, start: last!.text.length, end: last!.text.length, last: last! })) };
        },
        getReviewedText(version: 'Original' | 'Current') {
          const out = result<string>();
          batch.queue('Paragraph.getReviewedText', 4, () => {
            const p = target();
            out.fill(version === 'Original' ? (p.original ?? p.text) : p.text);
          });
          return out.result;
        },
        font: {
          set italic(v: boolean) { batch.queue('Font.italic', 1, () => { target().italic = v; self.mutate('italic'); }, v); },
          get italic(): boolean { throw notLoaded('italic'); },
          set color(v: string) { batch.queue('Font.color', 1, () => self.mutate('colour'), v); },
          get color(): string { throw notLoaded('color'); },
        },
      };
      return proxy;
    };

    const tableCells = (values: string[][]) => values.flatMap((row, r) => row.map((text, c) => self.make({ text, cell: { row: r, column: c } })));

    const paragraphCollection = (list: () => DoubleParagraph[], where: string): ParagraphCollectionLike => {
      let items: ParagraphLike[] | null = null;
      const collection: ParagraphCollectionLike = {
        get items() {
          if (!items) throw notLoaded('items');
          return items;
        },
        load(spec?: string | { text?: boolean; $top?: number; $skip?: number }) {
          batch.queue(`${where}.load`, 1, () => {
            const window = typeof spec === 'object' ? spec : undefined;
            const paths = window ? (window.text ? ['text'] : []) : parseLoad(spec as string | undefined, 'items/').filter((p) => p !== 'items');
            const all = list();
            const chosen = window ? all.slice(window.$skip ?? 0, window.$top === undefined ? undefined : (window.$skip ?? 0) + window.$top) : all;
            items = chosen.map((p) => {
              const item = paragraphProxy(Handle.of(p));
              item.load(paths.join(','));
              return item;
            });
            // The item loads were queued after this call; run them now, as part of this one.
            const queued = batch.ops.splice(batch.ops.length - items.length, items.length);
            for (const op of queued) op.run();
          });
          return collection;
        },
        getFirst() {
          return paragraphProxy(new Handle(() => {
            const first = list()[0];
            if (!first) throw officeError('ItemNotFound', `${where}.getFirst`);
            return first;
          }));
        },
        getLast() {
          return paragraphProxy(new Handle(() => {
            const last = list()[list().length - 1];
            if (!last) throw officeError('ItemNotFound', `${where}.getLast`);
            return last;
          }));
        },
      };
      return collection;
    };

    interface Span { p: DoubleParagraph; start: number; end: number; last: DoubleParagraph }
    const rangeProxy = (resolve: () => Span): RangeLike => {
      const handle = new Handle<Span>(resolve);
      const span = () => handle.get()!;
      const snap = new Snapshot();
      const covered = () => {
        const s = span();
        const from = self.paragraphs.indexOf(s.p);
        const to = self.paragraphs.indexOf(s.last);
        return self.paragraphs.slice(from, to + 1);
      };
      const proxy: RangeLike & { __span: () => Span } = {
        __span: span,
        get text() { return snap.get<string>('text'); },
        get paragraphs() { return paragraphCollection(covered, 'Range.paragraphs'); },
        load(spec?: string) {
          batch.queue('Range.load', 1, () => {
            const s = span();
            const values: Record<string, unknown> = {};
            for (const name of parseLoad(spec).length ? parseLoad(spec) : ['text', 'style', 'isEmpty']) {
              if (name === 'text') values.text = s.p === s.last ? s.p.text.slice(s.start, s.end) : covered().map((p) => p.text).join('\r');
              else if (name === 'style') values.style = styleName(s.p);
              else if (name === 'isEmpty') values.isEmpty = s.start === s.end && s.p === s.last;
              else throw officeError('InvalidArgument', `Range has no property '${name}'`);
            }
            snap.set(values, false);
            batch.read(values);
          });
          return proxy;
        },
        select() {
          batch.queue('Range.select', 1, () => {
            const s = span();
            self.selection = { paragraphId: s.p.id, start: s.start, end: s.end };
          });
        },
        insertText(text: string) {
          let after: Span | null = null;
          batch.queue('Range.insertText', 1, () => {
            const s = span();
            s.p.text = s.p.text.slice(0, s.start) + text + s.p.text.slice(s.end);
            self.dropMovedMarks(s.p);
            self.mutate(`replace "${text}"`);
            self.emit('changed', [s.p.id]);
            after = { p: s.p, start: s.start, end: s.start + text.length, last: s.p };
          }, text);
          return rangeProxy(() => after!);
        },
        getRange(location?: string) {
          return rangeProxy(() => {
            const s = span();
            return location === 'End' ? { p: s.last, start: s.last.text.length, end: s.last.text.length, last: s.last } : location === 'Start' ? { p: s.p, start: s.start, end: s.start, last: s.p } : s;
          });
        },
        expandTo(other: RangeLike) {
          return rangeProxy(() => {
            const s = span();
            const o = (other as unknown as { __span: () => Span }).__span();
            return { p: s.p, start: s.start, end: o.end, last: o.last };
          });
        },
        insertContentControl() {
          let group: DoubleParagraph[] = [];
          batch.queue('Range.insertContentControl', 1, () => {
            group = covered();
            self.mutate('insert content control');
          });
          return controlProxy(() => group, true);
        },
      };
      return proxy;
    };

    const searchIn = (paragraph: () => DoubleParagraph, text: string, matchCase: boolean): SearchResults => {
      let items: RangeLike[] | null = null;
      const results: SearchResults = {
        get items() {
          if (!items) throw notLoaded('items');
          return items;
        },
        load(spec?: string) {
          batch.queue('Paragraph.search', 1, () => {
            if (text.length > 255) throw officeError('SearchStringInvalidOrTooLong', 'Paragraph.search');
            const p = paragraph();
            const hay = matchCase ? p.text : p.text.toLowerCase();
            const needle = matchCase ? text : text.toLowerCase();
            const found: RangeLike[] = [];
            for (let at = hay.indexOf(needle); needle && at >= 0; at = hay.indexOf(needle, at + needle.length)) {
              const start = at;
              const range = rangeProxy(() => ({ p, start, end: start + text.length, last: p }));
              found.push(range);
            }
            items = found;
            const paths = parseLoad(spec, 'items/').filter((s) => s !== 'items');
            for (const range of found) {
              range.load(paths.join(',') || undefined);
              batch.ops.pop()!.run();
            }
          });
          return results;
        },
      };
      return results;
    };

    const controlProxy = (groupOf: () => DoubleParagraph[], fresh = false): ContentControlLike => {
      const snap = new Snapshot();
      let pendingTag: string | undefined;
      const group = () => groupOf();
      const adopt = (ps: DoubleParagraph[], tag: string | undefined) => {
        for (const q of ps) q.tag = tag || undefined;
      };
      const proxy: ContentControlLike & { __load(values: Record<string, unknown>): void } = {
        __load(values) { snap.set(values, false); },
        get tag() { return snap.get<string>('tag'); },
        set tag(value: string) {
          pendingTag = value;
          batch.queue('ContentControl.tag', 1, () => adopt(group(), value), value);
        },
        get title() { return snap.get<string>('title'); },
        set title(t: string) { batch.queue('ContentControl.title', 1, () => undefined, t); },
        get appearance() { return snap.get<string>('appearance'); },
        set appearance(a: string) { batch.queue('ContentControl.appearance', 1, () => undefined, a); },
        getRange: () => rangeProxy(() => ({ p: group()[0], start: 0, end: 0, last: group()[0] })),
        insertParagraph(text, location) {
          let made: DoubleParagraph | null = null;
          batch.queue('ContentControl.insertParagraph', 1, () => {
            const g = group();
            made = self.make({ text });
            const first = self.paragraphs.indexOf(g[0]);
            const last = self.paragraphs.indexOf(g[g.length - 1]);
            const at = location === 'Before' || location === 'Start' ? first : last + 1;
            self.paragraphs.splice(at, 0, made);
            if (location === 'Start' || location === 'End') made.tag = g[0].tag;
            self.mutate(`insert paragraph "${text}"`);
            self.emit('added', [made.id]);
          }, text);
          return paragraphProxy(new Handle(() => made));
        },
        insertTable(_rows, _columns, location, values) {
          batch.queue('ContentControl.insertTable', 3, () => {
            const g = group();
            const cells = tableCells(values);
            const at = location === 'Start' ? self.paragraphs.indexOf(g[0]) : self.paragraphs.indexOf(g[g.length - 1]) + 1;
            self.paragraphs.splice(at, 0, ...cells);
            adopt(cells, g[0].tag);
            self.mutate(`insert table of ${values.length} rows`);
            self.emit('added', cells.map((c) => c.id));
          }, values);
          return {};
        },
        insertText(text, location) {
          batch.queue('ContentControl.insertText', 1, () => {
            const g = group();
            const target = location === 'End' ? g[g.length - 1] : g[0];
            target.text = location === 'Replace' ? text : location === 'Start' ? text + target.text : target.text + text;
            self.mutate(`insert text "${text}"`);
            self.emit('changed', [target.id]);
          }, text);
          return {};
        },
        clear() {
          batch.queue('ContentControl.clear', 1, () => {
            // Word keeps the (now empty) control, with one empty paragraph.
            const g = group();
            const keep = g[0];
            const gone = g.slice(1);
            self.paragraphs = self.paragraphs.filter((q) => !gone.includes(q));
            keep.text = '';
            keep.cell = undefined;
            keep.style = 'Normal';
            self.mutate('clear content control');
            self.emit('deleted', gone.map((q) => q.id));
            self.emit('changed', [keep.id]);
          });
        },
      };
      void fresh;
      void pendingTag;
      return proxy;
    };

    const controlsCollection = (): ContentControlCollectionLike => {
      let items: ContentControlLike[] | null = null;
      const collection: ContentControlCollectionLike = {
        get items() {
          if (!items) throw notLoaded('items');
          return items;
        },
        load(spec?: string) {
          batch.queue('ContentControlCollection.load', 1, () => {
            const groups = new Map<string, DoubleParagraph[]>();
            for (const p of self.paragraphs) if (p.tag) groups.set(p.tag, [...(groups.get(p.tag) ?? []), p]);
            const paths = parseLoad(spec, 'items/').filter((s) => s !== 'items');
            items = [...groups.entries()].map(([tag, ps]) => {
              const proxy = controlProxy(() => ps.filter((p) => self.paragraphs.includes(p) && p.tag === tag).concat(ps.length ? [] : []));
              const values: Record<string, unknown> = {};
              for (const name of paths.length ? paths : ['tag', 'title', 'appearance']) {
                if (name === 'tag') values.tag = tag;
                else if (name === 'title' || name === 'appearance') values[name] = '';
                else throw officeError('InvalidArgument', `ContentControl has no property '${name}'`);
              }
              (proxy as unknown as { __load(v: Record<string, unknown>): void }).__load(values);
              batch.read(values);
              return proxy;
            });
          });
          return collection;
        },
      };
      return collection;
    };

    const trackedChanges = (): TrackedChangeCollectionLike => {
      let items: TrackedChangeLike[] | null = null;
      const collection: TrackedChangeCollectionLike = {
        get items() {
          if (!items) throw notLoaded('items');
          return items;
        },
        load(spec?: string) {
          batch.queue('Body.getTrackedChanges', 6, () => {
            const paths = parseLoad(spec, 'items/').filter((s) => s !== 'items');
            items = self.changes.map((change) => {
              const snap = new Snapshot();
              const values: Record<string, unknown> = {};
              for (const name of paths.length ? paths : ['type', 'author', 'date', 'text']) {
                if (name === 'date') values.date = new Date(change.date);
                else if (name === 'type' || name === 'author' || name === 'text') values[name] = change[name];
                else throw officeError('InvalidArgument', `TrackedChange has no property '${name}'`);
              }
              snap.set(values, false);
              batch.read(values);
              const gone = () => {
                if (!self.changes.includes(change)) throw officeError('ItemNotFound', 'TrackedChange');
              };
              return {
                get author() { return snap.get<string>('author'); },
                get date() { return snap.get<Date>('date'); },
                get text() { return snap.get<string>('text'); },
                get type() { return snap.get<string>('type'); },
                getRange: () => rangeProxy(() => {
                  gone();
                  const p = self.byId(change.paragraphId)!;
                  return { p, start: p.text.length - change.text.length, end: p.text.length, last: p };
                }),
                accept() {
                  batch.queue('TrackedChange.accept', 6, () => {
                    gone();
                    const p = self.byId(change.paragraphId);
                    if (p) p.original = undefined;
                    self.changes = self.changes.filter((c) => c !== change);
                    if (p) self.emit('changed', [p.id]);
                  });
                },
                reject() {
                  batch.queue('TrackedChange.reject', 6, () => {
                    gone();
                    const p = self.byId(change.paragraphId);
                    if (p && p.original !== undefined) {
                      p.text = p.original;
                      p.original = undefined;
                    }
                    self.changes = self.changes.filter((c) => c !== change);
                    if (p) self.emit('changed', [p.id]);
                  });
                },
              };
            });
          });
          return collection;
        },
      };
      return collection;
    };

    // Word.NoteItemCollection: only what was loaded can be read, as with every other proxy.
    const noteItems = (kind: 'footnotes' | 'endnotes'): NoteItemCollectionLike => {
      let loaded: Array<{ body: { text: string } }> | null = null;
      const collection: NoteItemCollectionLike = {
        load(spec: string) {
          batch.queue(`Body.${kind}`, 5, () => {
            const withText = parseLoad(spec).includes('items/body/text');
            // Word joins a note's paragraphs with a carriage return in Body.text.
            const texts = self.notes[kind].map((paragraphs) => paragraphs.join('\r'));
            batch.read({ text: withText ? texts : [] });
            loaded = texts.map((text) => ({ body: { get text() { if (!withText) throw notLoaded('text'); return text; } } }));
          });
          return collection;
        },
        get items() {
          if (!loaded) throw notLoaded('items');
          return loaded;
        },
      };
      return collection;
    };

    // Word.ShapeCollection: desktop only (WordApiDesktop 1.2); getByTypes filters, load reads bodies.
    const shapeItems = (types: string[] | null): ShapeCollectionLike => {
      let loaded: Array<{ body: { text: string } }> | null = null;
      const collection: ShapeCollectionLike = {
        getByTypes(wanted: string[]) {
          batch.queue('ShapeCollection.getByTypes', 2, () => undefined, undefined, true);
          return shapeItems(wanted);
        },
        load(spec: string) {
          batch.queue('Body.shapes', 2, () => {
            const withText = parseLoad(spec).includes('items/body/text');
            const chosen = self.shapes.filter((shape) => !types || types.includes(shape.type));
            // Only text boxes and geometric shapes have a body; asking a picture for one fails.
            if (withText && chosen.some((shape) => shape.type === 'Picture')) throw officeError('GeneralException', 'Shape.body');
            const texts = chosen.map((shape) => shape.paragraphs.join('\r'));
            batch.read({ text: withText ? texts : [] });
            loaded = texts.map((text) => ({ body: { get text() { if (!withText) throw notLoaded('text'); return text; } } }));
          }, undefined, true);
          return collection;
        },
        get items() {
          if (!loaded) throw notLoaded('items');
          return loaded;
        },
      };
      return collection;
    };

    const events = <T>(where: string, needs: number, register: (handler: (args: T) => Promise<unknown>) => void): EventHandlersLike<T> => ({
      add(handler: (args: T) => Promise<unknown>) {
        batch.queue(where, needs, () => register(handler));
        return {};
      },
    });

    return {
      document: {
        body: {
          get paragraphs() { return paragraphCollection(() => self.paragraphs, 'Body.paragraphs'); },
          get footnotes() { return noteItems('footnotes'); },
          get endnotes() { return noteItems('endnotes'); },
          get shapes() { return shapeItems(null); },
          getTrackedChanges: trackedChanges,
          insertParagraph(text: string, location: 'Start' | 'End') {
            let fresh: DoubleParagraph | null = null;
            batch.queue('Body.insertParagraph', 1, () => {
              fresh = self.make({ text });
              if (location === 'Start') self.paragraphs.unshift(fresh);
              else self.paragraphs.push(fresh);
              self.mutate(`insert paragraph "${text}"`);
              self.emit('added', [fresh.id]);
            }, text);
            return paragraphProxy(new Handle(() => fresh));
          },
        },
        get contentControls() { return controlsCollection(); },
        sections: {
          getFirst() {
            // SectionCollection.getFirst is WordApi 1.3; getHeader and getFooter are WordApi 1.1.
            batch.queue('SectionCollection.getFirst', 3, () => undefined);
            const story = (kind: 'Header' | 'Footer', stories: Partial<Record<HeaderFooterType, DoubleParagraph[]>>, type: HeaderFooterType) => {
              const where = `Section.get${kind}`;
              batch.queue(where, 1, () => {
                if (!stories[type]) throw officeError('GeneralException', `${where}('${type}')`);
              });
              return { get paragraphs() { return paragraphCollection(() => stories[type] ?? [], `${kind}.paragraphs`); } };
            };
            return {
              getHeader: (type: HeaderFooterType) => story('Header', self.headers, type),
              getFooter: (type: HeaderFooterType) => story('Footer', self.footers, type),
            };
          },
        },
        getSelection() {
          return rangeProxy(() => {
            const s = self.selection ?? { paragraphId: self.paragraphs[0].id, start: 0, end: 0 };
            const p = self.byId(s.paragraphId) ?? self.paragraphs[0];
            return { p, start: s.start, end: s.end, last: p };
          });
        },
        getParagraphByUniqueLocalId(id: string) {
          const proxy = paragraphProxy(new Handle(() => {
            const p = self.profile.uniqueLocalIds ? self.byId(id) : undefined;
            if (!p) throw officeError('ItemNotFound', 'Document.getParagraphByUniqueLocalId');
            return p;
          }), 'Document.getParagraphByUniqueLocalId');
          // Resolving needs WordApi 1.6: a call on it on an older host fails with ApiNotFound.
          batch.queue('Document.getParagraphByUniqueLocalId', 6, () => undefined, id);
          return proxy;
        },
        getAnnotationById(id: string) {
          return {
            delete() {
              batch.queue('Document.getAnnotationById', 7, () => {
                if (!self.annotations.has(id)) throw officeError('ItemNotFound', 'Document.getAnnotationById');
                self.annotations.delete(id);
              }, id);
            },
          };
        },
        onParagraphChanged: events<ParagraphEventArgsLike>('Document.onParagraphChanged', 6, (h) => self.handlers.changed.push(h)),
        onParagraphAdded: events<ParagraphEventArgsLike>('Document.onParagraphAdded', 6, (h) => self.handlers.added.push(h)),
        onParagraphDeleted: events<ParagraphEventArgsLike>('Document.onParagraphDeleted', 6, (h) => self.handlers.deleted.push(h)),
        onAnnotationPopupAction: events('Document.onAnnotationPopupAction', 8, (h) => self.popupHandlers.push(h)),
        printPreview() {
          batch.queue('Document.printPreview', 4, () => void self.printPreviews++, undefined, true);
        },
      },
      application: {
        createDocument: (base64?: string) => ({
          open: () => batch.queue('DocumentCreated.open', 3, () => void self.opened.push(base64 ?? ''), base64),
        }),
      },
      sync: () => batch.sync(),
    };
  }
}

/** The document's saved settings, shared by every session that opens it (co-authors included). */
export class SettingsStore {
  constructor(public saved: Record<string, string> = {}) {}
}

/**
 * Office.context.document.settings: a snapshot taken when the session opens; saveAsync writes the
 * whole set (so a session that did not refresh overwrites what a co-author saved).
 */
export class SettingsDouble implements SettingsLike {
  private values: Record<string, unknown> = {};
  readonly store: SettingsStore;
  constructor(saved: Record<string, string> | SettingsStore = {}) {
    this.store = saved instanceof SettingsStore ? saved : new SettingsStore(saved);
    this.load();
  }
  private load(): void {
    this.values = Object.fromEntries(Object.entries(this.store.saved).map(([k, v]) => [k, JSON.parse(v)]));
  }
  get(name: string): unknown {
    return this.values[name] ?? null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = value;
  }
  saveAsync(optionsOrCallback?: unknown, callback?: (result: AsyncResultLike) => void): void {
    const done = typeof optionsOrCallback === 'function' ? (optionsOrCallback as (result: AsyncResultLike) => void) : callback;
    this.store.saved = Object.fromEntries(Object.entries(this.values).map(([k, v]) => [k, JSON.stringify(v)]));
    setTimeout(() => done?.({ status: 'succeeded' }), 0);
  }
  refreshAsync(callback?: (result: AsyncResultLike) => void): void {
    setTimeout(() => {
      this.load();
      callback?.({ status: 'succeeded' });
    }, 0);
  }
  /** What a new session sees after the document is closed and opened again. */
  reopen(): SettingsDouble {
    return new SettingsDouble(this.store);
  }
}

/** Wait until Word's pending events (timers) have been delivered. */
export function eventsDelivered(ms = 5): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
