import type { Analyser, AnalysisResult, Block, Category, Finding, Profile, SectionId } from '../core';
import type { Capabilities } from './capabilities';
import { collectionFields, numberTables, paragraphFields, toBlock } from './paragraph-blocks';
import { insertSection, insertTemplate } from './template-writer';
import { errorCode, type CritiqueLike, type ParagraphCollectionLike, type ParagraphLike, type RangeLike, type WordContextLike, type WordRun } from './word-types';
import { extraBlocks, extrasToDrop, extrasToRead, type ExtraStory } from './extra-stories';

// The Word adapter for the worker's live check: the only code that reads the agreement from Word
// and marks it. It keeps a copy of the paragraphs it has read, so that after the first read a cycle
// reads only what Word says changed (paragraph events, WordApi 1.6) or, without events, the
// paragraphs of the selection; a cycle is at most two round trips (read, then write and re-check).

export const CRITIQUE_COLOURS: Partial<Record<Category, CritiqueLike['colorScheme']>> = {
  threatening: 'Red',
  'victim-responsibility': 'Red',
  'vague-task': 'Berry',
  'contact-arrangements': 'Berry',
  jargon: 'Blue',
  acronym: 'Lavender',
  readability: 'Green',
  date: 'Berry',
};

/** The pop-up subtitle of each marked category: manifest string resources (manifest.xml). */
export const SUBTITLES: Partial<Record<Category, string>> = {
  threatening: 'Annotation.Subtitle.Threat',
  'victim-responsibility': 'Annotation.Subtitle.Victim',
  'vague-task': 'Annotation.Subtitle.VagueTask',
  'contact-arrangements': 'Annotation.Subtitle.Contact',
  jargon: 'Annotation.Subtitle.Jargon',
  acronym: 'Annotation.Subtitle.Acronym',
  readability: 'Annotation.Subtitle.Readability',
  date: 'Annotation.Subtitle.Date',
};

/** A change Word reported (paragraph events), or a hint to look (selection moved, pane idle). */
export type DocumentChange = { kind: 'changed' | 'added' | 'deleted'; ids: string[] } | { kind: 'selection' } | { kind: 'idle' };

export interface CycleResult {
  result: AnalysisResult;
  /** Paragraphs whose marks were not applied because they changed while the analysis ran. */
  stale: number[];
  /** Marks could not be shown in the document (unsupported or failed); the pane list still works. */
  marksUnavailable: boolean;
  /** What this cycle read from Word. */
  read: 'full' | 'changed' | 'selection' | 'none';
}

interface CachedParagraph {
  /** uniqueLocalId, or null where the host gives none. */
  id: string | null;
  block: Block;
}

interface AppliedMarks {
  signature: string;
  ids: string[];
  findings: Finding[];
}

/** A write planned for one paragraph: marks to remove and to add, checked against the text analysed. */
interface MarkWrite {
  key: string;
  index: number;
  text: string;
  signature: string;
  findings: Finding[];
  target: ParagraphLike;
  remove: string[];
  inserted?: { value: string[] };
  /** The paragraph no longer reads as analysed: remove its marks, add none. */
  stale?: boolean;
}

/** Give up on marks after this many failed write batches in a row (a transient failure is retried). */
const MOST_MARK_FAILURES = 3;

/**
 * The lines of a header or footer as blocks of their own origin, as the .docx reader gives them:
 * empty lines left out, and a line repeated in the same kind of story read once.
 */
function asideBlocks(paragraphs: readonly ParagraphLike[], origin: 'header' | 'footer'): Block[] {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (p.text.trim() === '' || seen.has(p.text)) continue;
    seen.add(p.text);
    blocks.push({ kind: 'paragraph', text: p.text, origin });
  }
  return blocks;
}

export class WordAdapter {
  private cache: CachedParagraph[] = [];
  /**
   * The first section's primary header and footer, read with every full read: the agreement number,
   * the child's name and the date often live there. They go before and after the body, as the .docx
   * reader puts them, so a finding's paragraph is the body index plus the header lines.
   */
  private asides: { header: Block[]; footer: Block[] } = { header: [], footer: [] };
  /**
   * Text boxes, footnotes and endnotes (extra-stories.ts), read with every full read and put after
   * the body, before the footer (the .docx reader puts notes there too). An API a host fails is not asked again.
   */
  private extras: Block[] = [];
  private failedExtras = new Set<ExtraStory['needs']>();
  /** False once the host could not give the header and footer: the body alone is read from then on. */
  private readsAsides = true;
  /**
   * Whether the first section has a first-page header and footer ("Different first page", common
   * on letterheads). Asking for one the document lacks fails the whole batch at sync
   * (office-js-docs-reference issue 1202), so it is tried once in a small batch of its own after
   * the first full read, and joins the full read's batch only once it is known to be there.
   */
  private firstPageStories: 'untried' | 'present' | 'absent' = 'untried';
  /** Header lines before the body in the blocks last analysed. */
  private headerLines = 0;
  private needFullRead = true;
  /** False once a full read shows this host gives no paragraph ids: then read by selection. */
  private idsWork = true;
  private changed = new Set<string>();
  private added: string[] = [];
  private deleted = new Set<string>();
  private selectionMoved = false;
  /** Marks in the document by paragraph key (id, or text and occurrence without ids). */
  private applied = new Map<string, AppliedMarks>();
  /** Annotation id -> finding, for marks currently in the document only. */
  private findingByAnnotation = new Map<string, Finding>();
  private marksWorked = false;
  private markFailures = 0;
  private remarkAll = false;

  constructor(
    private readonly run: WordRun,
    private capabilities: Capabilities,
    /** Called by analysis between reading and marking; tests use it to simulate typing. */
    private readonly hooks: { afterRead?: () => void } = {},
  ) {}

  get marksEnabled(): boolean {
    return this.capabilities.annotations;
  }

  /** The paragraph count and ids as last read (tests and the bench look at it). */
  get cachedParagraphs(): number {
    return this.cache.length;
  }

  /** Word reported a change, or the worker moved the selection, or the pane has been idle. */
  note(change: DocumentChange): void {
    switch (change.kind) {
      case 'changed':
        if (change.ids.length === 0) this.selectionMoved = true;
        for (const id of change.ids) this.changed.add(id);
        break;
      case 'added':
        if (change.ids.length === 0) this.selectionMoved = true;
        for (const id of change.ids) if (!this.added.includes(id)) this.added.push(id);
        break;
      case 'deleted':
        if (change.ids.length === 0) this.needFullRead = true;
        for (const id of change.ids) this.deleted.add(id);
        break;
      case 'selection':
        this.selectionMoved = true;
        break;
      case 'idle':
        this.needFullRead = true;
        break;
    }
  }

  /** Word can drop marks it was shown (or never show them while the pane starts): put every mark back. */
  remark(): void {
    this.remarkAll = true;
  }

  /** Word removed this annotation itself (the worker accepted its pop-up suggestion). */
  forgetAnnotation(annotationId: string): void {
    this.findingByAnnotation.delete(annotationId);
    for (const marks of this.applied.values()) {
      const at = marks.ids.indexOf(annotationId);
      if (at >= 0) {
        marks.ids.splice(at, 1);
        marks.signature = '';
      }
    }
  }

  /** Read the whole document into blocks: one round trip. */
  async readBlocks(): Promise<Block[]> {
    return this.run(async (context) => {
      const items = await this.readAll(context);
      return numberTables(items.map(toBlock));
    });
  }

  /**
   * One live-analysis cycle: read what changed (sync 1), analyse in memory, then replace the marks
   * of paragraphs whose findings changed, re-checking their text in the same batch (sync 2).
   */
  async analyseAndMark(
    analyser: Analyser,
    isIgnored: (finding: Finding) => boolean = () => false,
    /** How to analyse (the pane passes one that works in slices, so it never blocks for long). */
    analyseBlocks: (blocks: Block[]) => AnalysisResult | Promise<AnalysisResult> = (blocks) => analyser.analyse(blocks),
  ): Promise<CycleResult> {
    return this.run(async (context) => {
      const targets = new Map<number, ParagraphLike>();
      const read = await this.refresh(context, targets);
      const header = this.asides.header.map((b) => ({ ...b }));
      const after = [...this.extras, ...this.asides.footer].map((b) => ({ ...b }));
      const blocks = [...header, ...numberTables(this.cache.map((c) => ({ ...c.block }))), ...after];
      this.headerLines = header.length;
      const result = await analyseBlocks(blocks);
      this.hooks.afterRead?.();
      if (!this.capabilities.annotations) return { result, stale: [], marksUnavailable: true, read };
      const stale = await this.mark(context, result, isIgnored, targets, header.length);
      return { result, stale: stale.map((index) => index + header.length), marksUnavailable: !this.capabilities.annotations, read };
    });
  }

  // ---- Reading ----

  private async refresh(context: WordContextLike, targets: Map<number, ParagraphLike>): Promise<CycleResult['read']> {
    if (!this.needFullRead) {
      try {
        if (this.idsWork && (this.changed.size || this.added.length || this.deleted.size)) {
          if (await this.readChanged(context, targets)) return 'changed';
        } else if (this.selectionMoved) {
          if (await this.readSelection(context, targets)) return 'selection';
        } else {
          return 'none';
        }
      } catch (error) {
        // A paragraph reported changed is already gone: read everything again.
        if (errorCode(error) !== 'ItemNotFound') throw error;
      }
    }
    const items = await this.readAll(context);
    items.forEach((item, index) => targets.set(index, item));
    return 'full';
  }

  private async readAll(context: WordContextLike): Promise<ParagraphLike[]> {
    const withIds = this.capabilities.paragraphEvents && this.idsWork;
    const paragraphs = context.document.body.paragraphs.load(collectionFields(withIds));
    const stories = this.readsAsides ? this.loadAsides(context, this.firstPageStories === 'present' ? ['FirstPage', 'Primary'] : ['Primary']) : null;
    const reading = extrasToRead(this.capabilities, this.failedExtras);
    const loaded = reading.map((story) => story.load(context));
    try {
      await context.sync();
    } catch (error) {
      // Give up one thing at a time: an extra the error blames, otherwise the headers and footers.
      const dropped = extrasToDrop(reading, error, stories !== null);
      if (dropped.length) {
        for (const needs of dropped) this.failedExtras.add(needs);
        this.extras = [];
      } else if (!stories) {
        throw error;
      } else if (this.firstPageStories === 'present') {
        // The first-page header was there before ("Different first page" since turned off?): drop it and try again.
        this.firstPageStories = 'absent';
      } else {
        // The host could not give the header or footer: read the body alone, now and from now on.
        this.readsAsides = false;
        this.asides = { header: [], footer: [] };
      }
      return this.readAll(context);
    }
    this.extras = reading.flatMap((story, i) => extraBlocks(story, loaded[i]));
    if (stories) {
      const firstPage = this.firstPageStories === 'untried' ? await this.tryFirstPage(context) : null;
      this.asides = {
        header: asideBlocks([...(firstPage?.header ?? []), ...stories.header].flatMap((s) => s.items), 'header'),
        footer: asideBlocks([...(firstPage?.footer ?? []), ...stories.footer].flatMap((s) => s.items), 'footer'),
      };
    }
    const items = paragraphs.items;
    this.cache = items.map((p) => ({ id: withIds ? p.uniqueLocalId : null, block: toBlock(p) }));
    // One-time-purchase licences report the id as null: address paragraphs by selection instead.
    if (withIds && items.some((p) => !p.uniqueLocalId)) {
      this.idsWork = false;
      this.cache = this.cache.map((c) => ({ ...c, id: null }));
      this.applied.clear();
    }
    this.needFullRead = false;
    this.changed.clear();
    this.added = [];
    this.deleted.clear();
    this.selectionMoved = false;
    return items;
  }

  /** Queue the first section's header and footer lines of these types, in this order (the first-page ones first: page 1 shows them). */
  private loadAsides(context: WordContextLike, types: Array<'FirstPage' | 'Primary'>): { header: ParagraphCollectionLike[]; footer: ParagraphCollectionLike[] } {
    const section = context.document.sections.getFirst();
    return {
      header: types.map((type) => section.getHeader(type).paragraphs.load('items/text')),
      footer: types.map((type) => section.getFooter(type).paragraphs.load('items/text')),
    };
  }

  /** The first-page header and footer in a batch of their own, once: null (and never asked again) when the document has none. */
  private async tryFirstPage(context: WordContextLike): Promise<{ header: ParagraphCollectionLike[]; footer: ParagraphCollectionLike[] } | null> {
    const firstPage = this.loadAsides(context, ['FirstPage']);
    try {
      await context.sync();
    } catch {
      this.firstPageStories = 'absent';
      return null;
    }
    this.firstPageStories = 'present';
    return firstPage;
  }

  /** Paragraph events: drop deleted paragraphs, read changed and added ones by id. False when a full read is needed. */
  private async readChanged(context: WordContextLike, targets: Map<number, ParagraphLike>): Promise<boolean> {
    const deleted = this.deleted;
    const added = this.added.filter((id) => !deleted.has(id));
    const changed = [...this.changed].filter((id) => !deleted.has(id) && !added.includes(id));
    this.cache = this.cache.filter((c) => !c.id || !deleted.has(c.id));
    for (const id of deleted) this.dropMarks(id);
    this.deleted = new Set();
    this.changed = new Set();
    this.added = [];
    this.selectionMoved = false;
    const fields = paragraphFields(false);
    const reads = [...changed, ...added].map((id) => {
      const paragraph = context.document.getParagraphByUniqueLocalId(id).load(fields);
      const isNew = added.includes(id) || !this.cache.some((c) => c.id === id);
      const previous = isNew ? paragraph.getPreviousOrNullObject().load('uniqueLocalId') : null;
      return { id, paragraph, previous };
    });
    if (reads.length) await context.sync();
    const pending = reads.filter((r) => {
      const at = this.cache.findIndex((c) => c.id === r.id);
      if (at < 0) return true;
      this.cache[at] = { id: r.id, block: toBlock(r.paragraph) };
      return false;
    });
    // Place new paragraphs after their previous paragraph; one may follow another new one.
    while (pending.length) {
      const before = pending.length;
      for (let i = 0; i < pending.length; i++) {
        const { id, paragraph, previous } = pending[i];
        const after = previous!.isNullObject ? -1 : this.cache.findIndex((c) => c.id === previous!.uniqueLocalId);
        if (!previous!.isNullObject && after < 0) continue;
        this.cache.splice(after + 1, 0, { id, block: toBlock(paragraph) });
        pending.splice(i--, 1);
      }
      if (pending.length === before) return false;
    }
    for (const r of reads) targets.set(this.cache.findIndex((c) => c.id === r.id), r.paragraph);
    return true;
  }

  /**
   * No paragraph events (or no ids): read the paragraphs of the selection and the texts either side,
   * and put them back where those neighbours are. False when that place is not certain.
   */
  private async readSelection(context: WordContextLike, targets: Map<number, ParagraphLike>): Promise<boolean> {
    this.selectionMoved = false;
    const selected = context.document.getSelection().paragraphs.load(collectionFields(false));
    const before = selected.getFirst().getPreviousOrNullObject().load('text');
    const after = selected.getLast().getNextOrNullObject().load('text');
    await context.sync();
    const items = selected.items;
    const texts = this.cache.map((c) => c.block.text);
    const starts: number[] = [];
    for (let i = 0; i <= texts.length; i++) if (before.isNullObject ? i === 0 : i > 0 && texts[i - 1] === before.text) starts.push(i);
    const places: Array<[number, number]> = [];
    for (const start of starts) {
      // The selected paragraphs replace the cached ones up to the paragraph after them.
      for (let end = start; end <= Math.min(texts.length, start + items.length + 1); end++) {
        if (after.isNullObject ? end === texts.length : texts[end] === after.text) {
          places.push([start, end]);
          break;
        }
      }
    }
    if (places.length !== 1) return false;
    const [start, end] = places[0];
    this.cache.splice(start, end - start, ...items.map((p) => ({ id: null, block: toBlock(p) })));
    items.forEach((p, i) => targets.set(start + i, p));
    return true;
  }

  // ---- Marking ----

  /** Without ids, marks are keyed by text and occurrence, so an inserted paragraph does not re-mark the ones after it. */
  private keys(): string[] {
    const seen = new Map<string, number>();
    return this.cache.map((c) => {
      if (c.id) return c.id;
      const n = seen.get(c.block.text) ?? 0;
      seen.set(c.block.text, n + 1);
      return `${n}\u0001${c.block.text}`;
    });
  }

  private dropMarks(key: string): void {
    const marks = this.applied.get(key);
    if (!marks) return;
    for (const id of marks.ids) this.findingByAnnotation.delete(id);
    this.applied.delete(key);
  }

  /** `headerLines`: blocks before the body in the analysis, so body paragraph i is finding paragraph i + headerLines. */
  private async mark(context: WordContextLike, result: AnalysisResult, isIgnored: (finding: Finding) => boolean, targets: Map<number, ParagraphLike>, headerLines: number): Promise<number[]> {
    const byParagraph = new Map<number, Finding[]>();
    for (const finding of result.findings) {
      if (finding.end <= finding.start || isIgnored(finding) || !CRITIQUE_COLOURS[finding.category]) continue;
      const list = byParagraph.get(finding.paragraph) ?? [];
      list.push(finding);
      byParagraph.set(finding.paragraph, list);
    }
    const keys = this.keys();
    const live = new Set(keys);
    for (const key of [...this.applied.keys()]) if (!live.has(key)) this.dropMarks(key);
    const remarkAll = this.remarkAll;
    this.remarkAll = false;
    const writes: MarkWrite[] = [];
    keys.forEach((key, index) => {
      const findings = byParagraph.get(index + headerLines) ?? [];
      const text = this.cache[index].block.text;
      const signature = `${text}\u0001${findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`).join(',')}`;
      const previous = this.applied.get(key);
      if (!remarkAll && (previous ? previous.signature === signature : findings.length === 0)) return;
      const id = this.cache[index].id;
      const target = targets.get(index) ?? (id ? context.document.getParagraphByUniqueLocalId(id) : undefined);
      // Without ids, a paragraph not read in this batch cannot be addressed: the next read will.
      if (!target) return;
      writes.push({ key, index, text, signature, findings, target, remove: previous?.ids ?? [] });
    });
    if (writes.length === 0) return [];
    return this.write(context, writes);
  }

  /** Queue the re-check reads first, then every removal, then every insertion: one round trip. */
  private queue(writes: MarkWrite[], context: WordContextLike): void {
    for (const w of writes) w.target.load('text');
    for (const w of writes) for (const id of w.remove) context.document.getAnnotationById(id).delete();
    for (const w of writes) w.inserted = w.findings.length && !w.stale ? w.target.insertAnnotations({ critiques: w.findings.map((f) => this.critique(f)) }) : undefined;
  }

  private unsupported(error: unknown): boolean {
    const code = errorCode(error);
    return code === 'ApiNotFound' || code === 'NotImplemented' || (code === 'GeneralException' && !this.marksWorked);
  }

  private async write(context: WordContextLike, writes: MarkWrite[]): Promise<number[]> {
    this.queue(writes, context);
    try {
      await context.sync();
    } catch (error) {
      if (this.unsupported(error)) return this.markingFailed(writes, error);
      // Word removed one of our marks by itself (ItemNotFound), or the text changed under the marks
      // (offsets past its end): look at what is there now, then write only what still fits.
      try {
        const present = writes.map((w) => ({ w, annotations: w.target.getAnnotations().load('id') }));
        for (const w of writes) w.target.load('text');
        await context.sync();
        for (const { w, annotations } of present) {
          const there = new Set(annotations.items.map((a) => a.id));
          w.remove = w.remove.filter((id) => there.has(id));
          w.stale = w.target.text !== w.text;
        }
        this.queue(writes, context);
        await context.sync();
      } catch (retryError) {
        if (errorCode(retryError) === 'ItemNotFound') {
          this.needFullRead = true;
          for (const w of writes) this.dropMarks(w.key);
          return [];
        }
        return this.markingFailed(writes, retryError);
      }
    }
    this.marksWorked = true;
    this.markFailures = 0;
    const stale: MarkWrite[] = [];
    for (const w of writes) {
      this.dropMarks(w.key);
      const ids = w.inserted?.value ?? [];
      // The text changed between the read and this batch: these marks are on the wrong text.
      if (w.target.text !== w.text) {
        stale.push(w);
        for (const id of ids) context.document.getAnnotationById(id).delete();
        continue;
      }
      this.applied.set(w.key, { signature: w.signature, ids, findings: w.findings });
      ids.forEach((id, i) => this.findingByAnnotation.set(id, w.findings[i]));
    }
    if (stale.length) {
      await context.sync();
      for (const w of stale) {
        const id = this.cache[w.index].id;
        if (id) this.changed.add(id);
        else this.selectionMoved = true;
      }
    }
    return stale.map((w) => w.index);
  }

  /**
   * Insertion failed. A host that has never shown a mark does not have them (one-time-purchase
   * Office reports WordApi 1.7 and then fails): marks off, the pane list stays. Otherwise retry on
   * the next cycle, and give up (removing our marks) only after repeated failures.
   */
  private async markingFailed(writes: MarkWrite[], error: unknown): Promise<number[]> {
    const unsupported = this.unsupported(error);
    this.markFailures++;
    // The removals may have run before the failure: these paragraphs are re-marked from scratch next time.
    for (const w of writes) {
      const marks = this.applied.get(w.key);
      if (marks) marks.signature = '';
    }
    if (unsupported || this.markFailures >= MOST_MARK_FAILURES) {
      this.capabilities = { ...this.capabilities, annotations: false, popups: false };
      await this.removeAllMarks();
    }
    return [];
  }

  private async removeAllMarks(): Promise<void> {
    const ids = [...this.applied.values()].flatMap((m) => m.ids);
    this.applied.clear();
    this.findingByAnnotation.clear();
    if (ids.length === 0) return;
    try {
      await this.run(async (context) => {
        for (const id of ids) {
          context.document.getAnnotationById(id).delete();
          await context.sync().catch(() => undefined);
        }
      });
    } catch {
      // Marks Word still shows are not saved with the document: they go when it closes.
    }
  }

  private critique(finding: Finding): CritiqueLike {
    const critique: CritiqueLike = { colorScheme: CRITIQUE_COLOURS[finding.category] ?? 'Blue', start: finding.start, length: finding.end - finding.start };
    const subtitle = SUBTITLES[finding.category];
    if (this.capabilities.popups && finding.suggestions.length && subtitle) {
      critique.popupOptions = { titleResourceId: 'Annotation.Title', subtitleResourceId: subtitle, brandingTextResourceId: 'Annotation.Branding', suggestions: finding.suggestions.slice(0, 3) };
    }
    return critique;
  }

  /** The finding behind an annotation, for Word's pop-up "accept suggestion" action. */
  findingForAnnotation(id: string): Finding | undefined {
    return this.findingByAnnotation.get(id);
  }

  /** How many annotation ids the adapter remembers (only marks currently in the document). */
  get rememberedAnnotations(): number {
    return this.findingByAnnotation.size;
  }

  // ---- Acting on one finding ----

  /** Select a finding's text so the worker sees it. */
  async select(finding: Finding, expectedText: string): Promise<boolean> {
    return this.withRange(finding, expectedText, (range) => range.select());
  }

  /** Replace a finding's text with a suggestion. Under tracked changes this is a tracked edit, like the worker's own. */
  async replace(finding: Finding, expectedText: string, replacement: string): Promise<boolean> {
    const done = await this.withRange(finding, expectedText, (range) => void range.insertText(replacement, 'Replace'));
    // Our own edit: read the paragraph again next cycle even if no event reaches us.
    const id = this.cache[this.bodyIndex(finding)]?.id;
    if (done && id) this.changed.add(id);
    else if (done) this.selectionMoved = true;
    return done;
  }

  /**
   * Find the finding's text in its paragraph and act on it, only if the paragraph still reads as it
   * did when analysed. By id: two round trips and one paragraph's values; without ids: that
   * paragraph by position, three round trips.
   */
  private async withRange(finding: Finding, expectedText: string, act: (range: RangeLike) => void): Promise<boolean> {
    const index = this.bodyIndex(finding);
    // A finding in the header or footer: the pane lists it, but it is not selected or changed from here.
    if (index < 0 || index >= this.cache.length) return false;
    return this.run(async (context) => {
      const id = this.cache[index]?.id;
      const searchable = finding.excerpt.length > 0 && finding.excerpt.length <= 255;
      let paragraph: ParagraphLike;
      let results;
      if (id) {
        paragraph = context.document.getParagraphByUniqueLocalId(id).load('text');
        results = searchable ? paragraph.search(finding.excerpt, { matchCase: true }).load('text') : null;
        try {
          await context.sync();
        } catch (error) {
          if (errorCode(error) === 'ItemNotFound') return false;
          throw error;
        }
      } else {
        const window = context.document.body.paragraphs.load({ text: true, $top: 1, $skip: index });
        await context.sync();
        paragraph = window.items[0];
        if (!paragraph) return false;
        results = searchable && paragraph.text === expectedText ? paragraph.search(finding.excerpt, { matchCase: true }).load('text') : null;
        if (results) await context.sync();
      }
      // Never act on a paragraph that has changed since it was analysed.
      if (paragraph.text !== expectedText) return false;
      let range: RangeLike | undefined;
      if (!results) range = paragraph.getRange('Whole');
      else {
        const occurrence = countOccurrences(expectedText.slice(0, finding.start), finding.excerpt);
        range = results.items[occurrence];
      }
      if (!range) return false;
      act(range);
      await context.sync();
      return true;
    });
  }

  /** The body paragraph a finding is in (negative or past the end for header and footer lines). */
  private bodyIndex(finding: Finding): number {
    return finding.paragraph - this.headerLines;
  }

  // ---- Template ----

  insertTemplate(profile: Profile): Promise<SectionId[]> {
    return insertTemplate(this.run, profile);
  }

  insertSection(profile: Profile, id: SectionId): Promise<boolean> {
    return insertSection(this.run, profile, id);
  }
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
