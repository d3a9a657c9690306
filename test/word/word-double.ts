import type {
  ContentControlLike,
  ParagraphLike,
  RangeLike,
  SearchResults,
  SettingsLike,
  WordContextLike,
  WordRun,
} from '../../src/word/word-types';

// A typed test double of the slice of Word the adapter uses (src/word/word-types.ts). It keeps a
// document of paragraphs, counts context.sync round trips, records every change to the document
// content, and records tracked changes when change tracking is on. Annotations are not document
// content: Word does not save them and they never create tracked changes.

export interface DoubleParagraph {
  id: string;
  text: string;
  /** The text before tracked changes, where it differs. */
  original?: string;
  style: string;
  isListItem: boolean;
  tag?: string;
  italic?: boolean;
  /** A paragraph inside a table cell (Word reports the row and cell index, not which table). */
  cell?: { row: number; column: number };
}

export class WordDouble {
  paragraphs: DoubleParagraph[] = [];
  syncs = 0;
  /** Every change to document content or formatting, in order. */
  mutations: string[] = [];
  trackChanges = false;
  trackedChanges: Array<{ type: string; text: string }> = [];
  annotations = new Map<string, { paragraphId: string; start: number; length: number; colour: string }>();
  selection: { paragraphId: string; start: number; end: number } | null = null;
  /** Make the next sync fail, as Office does when it advertises annotations but cannot show them. */
  failAnnotationsOnSync = false;
  private nextId = 1;

  constructor(texts: Array<string | Partial<DoubleParagraph>> = []) {
    for (const t of texts) this.paragraphs.push(this.make(typeof t === 'string' ? { text: t } : t));
    if (this.paragraphs.length === 0) this.paragraphs.push(this.make({ text: '' }));
  }

  private make(p: Partial<DoubleParagraph>): DoubleParagraph {
    return { id: `p${this.nextId++}`, text: '', style: 'Normal', isListItem: false, ...p };
  }

  private mutate(what: string): void {
    this.mutations.push(what);
    if (this.trackChanges) this.trackedChanges.push({ type: 'edit', text: what });
  }

  /** Documents the add-in asked Word to create and open (base64 .docx). */
  opened: string[] = [];
  printPreviews = 0;

  /** Tracked changes in the document (as a manager opening a worker's file sees them). */
  changes: Array<{ type: string; author: string; date: string; text: string; paragraphId: string }> = [];

  /** A tracked insertion at the end of a paragraph, by another author. */
  trackInsertion(index: number, text: string, author: string, date = '2026-12-02T10:00:00Z'): void {
    const p = this.paragraphs[index];
    p.original = p.original ?? p.text;
    p.text += text;
    this.changes.push({ type: 'Added', author, date, text, paragraphId: p.id });
  }

  private changeHandlers: Array<(args: { uniqueLocalIds: string[] }) => Promise<void>> = [];

  /** Type into a paragraph, as the worker would; Word then raises onParagraphChanged. */
  type(index: number, text: string): void {
    this.paragraphs[index].text = text;
    const ids = [this.paragraphs[index].id];
    for (const handler of this.changeHandlers) void handler({ uniqueLocalIds: ids });
  }

  run: WordRun = async (batch) => batch(this.context());

  private context(): WordContextLike {
    const self = this;
    let annotationFailure = false;
    const paragraphProxy = (p: DoubleParagraph): ParagraphLike => ({
      get text() { return p.text; },
      get style() { return p.style; },
      get isListItem() { return p.isListItem; },
      get tableNestingLevel() { return p.cell ? 1 : 0; },
      get uniqueLocalId() { return p.id; },
      get parentContentControlOrNullObject() { return { isNullObject: !p.tag, tag: p.tag ?? '' }; },
      get parentTableCellOrNullObject() { return { isNullObject: !p.cell, rowIndex: p.cell?.row ?? 0, cellIndex: p.cell?.column ?? 0 }; },
      insertAnnotations(set) {
        if (self.failAnnotationsOnSync) annotationFailure = true;
        const value: string[] = [];
        for (const c of set.critiques) {
          const id = `a${self.nextId++}`;
          self.annotations.set(id, { paragraphId: p.id, start: c.start, length: c.length, colour: c.colorScheme });
          value.push(id);
        }
        return { value };
      },
      search(text: string): SearchResults {
        const items: RangeLike[] = [];
        for (let at = p.text.indexOf(text); at >= 0; at = p.text.indexOf(text, at + text.length)) items.push(rangeProxy(p, at, at + text.length));
        const results: SearchResults = { items, load: () => results };
        return results;
      },
      getRange: () => rangeProxy(p, 0, p.text.length),
      getReviewedText: (version: 'Original' | 'Current') => ({ value: version === 'Original' ? (p.original ?? p.text) : p.text }),
      insertTable(_rows: number, _columns: number, location: 'Before' | 'After', values: string[][]) {
        const rows = values.map((row) => self.make({ text: row.join('\t'), style: 'Table Row' }));
        const at = self.paragraphs.indexOf(p);
        self.paragraphs.splice(location === 'Before' ? at : at + 1, 0, ...rows);
        self.mutate(`insert table of ${rows.length} rows`);
        const last = rows[rows.length - 1];
        return { getRange: () => rangeProxy(last, last.text.length, last.text.length) };
      },
      insertParagraph(text: string, location: 'Before' | 'After') {
        const fresh = self.make({ text });
        const at = self.paragraphs.indexOf(p);
        self.paragraphs.splice(location === 'Before' ? at : at + 1, 0, fresh);
        self.mutate(`insert paragraph "${text}"`);
        return paragraphProxy(fresh);
      },
      set styleBuiltIn(style: string) {
        p.style = style === 'Heading2' ? 'Heading 2' : style;
        self.mutate(`style ${style}`);
      },
      get styleBuiltIn() { return p.style; },
      font: {
        set italic(v: boolean) { p.italic = v; self.mutate('italic'); },
        get italic() { return !!p.italic; },
        set color(_v: string) { self.mutate('colour'); },
        get color() { return ''; },
      },
    });
    const rangeProxy = (p: DoubleParagraph, start: number, end: number, last: DoubleParagraph = p): RangeLike => ({
      select() { self.selection = { paragraphId: p.id, start, end }; },
      insertText(text: string) {
        p.text = p.text.slice(0, start) + text + p.text.slice(end);
        self.mutate(`replace "${text}"`);
        return rangeProxy(p, start, start + text.length);
      },
      getRange: (location) => (location === 'End' ? rangeProxy(last, last.text.length, last.text.length) : rangeProxy(p, start, start)),
      expandTo: (other) => {
        const target = (other as unknown as { __paragraph: DoubleParagraph }).__paragraph;
        return rangeProxy(p, start, target.text.length, target);
      },
      insertContentControl() {
        const from = self.paragraphs.indexOf(p);
        const to = self.paragraphs.indexOf(last);
        const covered = self.paragraphs.slice(from, to + 1);
        self.mutate('insert content control');
        return controlProxy(covered);
      },
      ...({ __paragraph: p } as object),
    });
    const controlProxy = (covered: DoubleParagraph[]): ContentControlLike => {
      let title = '';
      let appearance = '';
      let tag = covered[0]?.tag ?? '';
      const adopt = (ps: DoubleParagraph[]) => {
        for (const q of ps) q.tag = tag || undefined;
      };
      return {
        get tag() { return tag; },
        set tag(value: string) {
          tag = value;
          adopt(covered);
        },
        get title() { return title; },
        set title(t: string) { title = t; },
        get appearance() { return appearance; },
        set appearance(a: string) { appearance = a; },
        getRange: () => rangeProxy(covered[0], 0, 0),
        insertParagraph(text, location) {
          const fresh = self.make({ text });
          const first = self.paragraphs.indexOf(covered[0]);
          const last = self.paragraphs.indexOf(covered[covered.length - 1]);
          const at = location === 'Before' ? first : location === 'Start' ? first : last + 1;
          self.paragraphs.splice(at, 0, fresh);
          if (location === 'Start') covered.unshift(fresh);
          if (location === 'End') covered.push(fresh);
          if (location === 'Start' || location === 'End') adopt([fresh]);
          self.mutate(`insert paragraph "${text}"`);
          return paragraphProxy(fresh);
        },
        insertTable(_rows, _columns, location, values) {
          const rows = values.map((row) => self.make({ text: row.join('\t'), style: 'Table Row' }));
          const at = location === 'Start' ? self.paragraphs.indexOf(covered[0]) : self.paragraphs.indexOf(covered[covered.length - 1]) + 1;
          self.paragraphs.splice(at, 0, ...rows);
          if (location === 'Start') covered.unshift(...rows);
          else covered.push(...rows);
          adopt(rows);
          self.mutate(`insert table of ${rows.length} rows`);
          return {};
        },
        insertText(text, location) {
          const target = location === 'End' ? covered[covered.length - 1] : covered[0];
          target.text = location === 'Replace' ? text : location === 'Start' ? text + target.text : target.text + text;
          self.mutate(`insert text "${text}"`);
          return {};
        },
        clear() {
          // Word keeps the (now empty) control; so does the double, with one empty paragraph.
          const keep = covered[0];
          self.paragraphs = self.paragraphs.filter((q) => !covered.includes(q) || q === keep);
          keep.text = '';
          covered.splice(0, covered.length, keep);
          self.mutate('clear content control');
        },
      };
    };
    const controls = () => {
      const groups = new Map<string, DoubleParagraph[]>();
      for (const p of self.paragraphs) if (p.tag) groups.set(p.tag, [...(groups.get(p.tag) ?? []), p]);
      return [...groups.values()].map(controlProxy);
    };
    const paragraphCollection = () => {
      const collection = { items: self.paragraphs.map(paragraphProxy), load: () => collection };
      return collection;
    };
    return {
      document: {
        body: {
          get paragraphs() { return paragraphCollection(); },
          getTrackedChanges() {
            const items = self.changes.map((change) => ({
              ...change,
              getRange: () => ({
                paragraphs: { getFirst: () => ({ uniqueLocalId: change.paragraphId, load: () => undefined }) },
                select: () => {
                  const p = self.paragraphs.find((q) => q.id === change.paragraphId)!;
                  self.selection = { paragraphId: p.id, start: p.text.length - change.text.length, end: p.text.length };
                },
              }),
              accept() {
                const p = self.paragraphs.find((q) => q.id === change.paragraphId);
                if (p) p.original = undefined;
                self.changes = self.changes.filter((c) => c !== change);
              },
              reject() {
                const p = self.paragraphs.find((q) => q.id === change.paragraphId);
                if (p && p.original !== undefined) {
                  p.text = p.original;
                  p.original = undefined;
                }
                self.changes = self.changes.filter((c) => c !== change);
              },
            }));
            const collection = { items, load: () => collection };
            return collection;
          },
          insertParagraph(text: string, location: 'Start' | 'End') {
            const fresh = self.make({ text });
            if (location === 'Start') self.paragraphs.unshift(fresh);
            else self.paragraphs.push(fresh);
            self.mutate(`insert paragraph "${text}"`);
            return paragraphProxy(fresh);
          },
        },
        get contentControls() {
          const collection = { items: controls(), load: () => collection };
          return collection;
        },
        onParagraphChanged: { add: (handler: (args: { uniqueLocalIds: string[] }) => Promise<void>) => void self.changeHandlers.push(handler) },
        getAnnotationById(id: string) {
          return { delete: () => self.annotations.delete(id) };
        },
      },
      application: { createDocument: (base64?: string) => ({ open: () => void self.opened.push(base64 ?? '') }) },
      async sync() {
        self.syncs++;
        if (annotationFailure) {
          annotationFailure = false;
          throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
        }
      },
    };
  }
}

/** Office.context.document.settings, saved into the document and read back when it is reopened. */
export class SettingsDouble implements SettingsLike {
  private values: Record<string, unknown>;
  constructor(private saved: Record<string, string> = {}) {
    this.values = Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, JSON.parse(v)]));
  }
  get(name: string): unknown {
    return this.values[name] ?? null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = value;
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    for (const [k, v] of Object.entries(this.values)) this.saved[k] = JSON.stringify(v);
    callback?.({ status: 'succeeded' });
  }
  /** What a new session sees after the document is closed and opened again. */
  reopen(): SettingsDouble {
    return new SettingsDouble({ ...this.saved });
  }
}
