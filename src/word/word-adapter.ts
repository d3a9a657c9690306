import { agreementTemplate, type Analyser, type AnalysisResult, type Block, type Category, type Finding, type Profile, type SectionId } from '../core';
import type { Capabilities } from './capabilities';
import { PARAGRAPH_PROPERTIES, toBlocks } from './paragraph-blocks';
import { templateLines } from './template-lines';
import type { ParagraphLike, WordContextLike, WordRun } from './word-types';

// The Word adapter: the only code that calls Word. Every operation is one Word.run batch with as
// few context.sync round trips as the API allows: a live-analysis cycle is at most two (read
// everything, then write every mark), whatever the size of the document.

const CRITIQUE_COLOURS: Partial<Record<Category, string>> = {
  threatening: 'Red',
  'victim-responsibility': 'Red',
  'vague-task': 'Berry',
  'contact-arrangements': 'Berry',
  jargon: 'Blue',
  acronym: 'Lavender',
  readability: 'Green',
  date: 'Berry',
};
const SUBTITLES: Partial<Record<Category, string>> = { jargon: 'Annotation.Subtitle.Jargon', acronym: 'Annotation.Subtitle.Jargon', 'vague-task': 'Annotation.Subtitle.VagueTask', threatening: 'Annotation.Subtitle.Threat' };



export interface CycleResult {
  result: AnalysisResult;
  /** Paragraphs whose marks were not applied because they changed while the analysis ran. */
  stale: number[];
  /** Marks could not be shown in the document (unsupported or failed); the pane list still works. */
  marksUnavailable: boolean;
}

interface AppliedMarks {
  signature: string;
  ids: string[];
}

export class WordAdapter {
  /** Marks currently in the document, by paragraph id, so unchanged paragraphs are left alone. */
  private applied = new Map<string, AppliedMarks>();
  /** Paragraph ids reported changed since the current cycle read the document. */
  private changedDuringCycle = new Set<string>();
  private cycleRunning = false;
  /** The add-in's own edits (accepting a suggestion) must not look like the worker typing. */
  private ownWrites = 0;
  /** Annotation id -> finding, for accepting a suggestion from Word's pop-up. */
  private findingByAnnotation = new Map<string, Finding>();

  constructor(
    private readonly run: WordRun,
    private capabilities: Capabilities,
    /** Called by analysis between reading and marking; tests use it to simulate typing. */
    private readonly hooks: { afterRead?: () => void } = {},
  ) {}

  get marksEnabled(): boolean {
    return this.capabilities.annotations;
  }

  /** Word reported these paragraphs changed (paragraph events). */
  notifyChanged(ids: string[]): void {
    if (this.ownWrites > 0) return;
    if (this.cycleRunning) for (const id of ids) this.changedDuringCycle.add(id);
  }

  /** Read the document into blocks: one round trip. */
  async readBlocks(): Promise<Block[]> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_PROPERTIES);
      await context.sync();
      return toBlocks(paragraphs.items);
    });
  }

  /**
   * One live-analysis cycle: read every paragraph (sync 1), analyse in memory, then replace the
   * marks of paragraphs whose findings changed (sync 2, skipped when nothing changed).
   */
  async analyseAndMark(analyser: Analyser, isIgnored: (finding: Finding) => boolean = () => false): Promise<CycleResult> {
    this.cycleRunning = true;
    this.changedDuringCycle.clear();
    try {
      return await this.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_PROPERTIES);
        await context.sync();
        const items = paragraphs.items;
        const blocks = toBlocks(items);
        const result = analyser.analyse(blocks);
        this.hooks.afterRead?.();
        const stale: number[] = [];
        if (!this.capabilities.annotations) return { result, stale, marksUnavailable: true };

        const byParagraph = new Map<number, Finding[]>();
        for (const finding of result.findings) {
          if (finding.end <= finding.start || isIgnored(finding) || !CRITIQUE_COLOURS[finding.category]) continue;
          const list = byParagraph.get(finding.paragraph) ?? [];
          list.push(finding);
          byParagraph.set(finding.paragraph, list);
        }
        const pending: Array<{ id: string; ids: { value: string[] }; signature: string; findings: Finding[] }> = [];
        const seen = new Set<string>();
        let writes = 0;
        items.forEach((paragraph, index) => {
          const id = paragraph.uniqueLocalId || `#${index}`;
          seen.add(id);
          const findings = byParagraph.get(index) ?? [];
          const signature = `${paragraph.text}\u0001${findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`).join(',')}`;
          const previous = this.applied.get(id);
          if (previous?.signature === signature) return;
          // Stale: the worker changed this paragraph while we were analysing it.
          if (this.changedDuringCycle.has(id)) {
            stale.push(index);
            return;
          }
          for (const old of previous?.ids ?? []) {
            context.document.getAnnotationById?.(old).delete();
            writes++;
          }
          this.applied.delete(id);
          if (findings.length === 0) {
            this.applied.set(id, { signature, ids: [] });
            return;
          }
          const ids = paragraph.insertAnnotations({ critiques: findings.map((f) => this.critique(f)) });
          writes++;
          pending.push({ id, ids, signature, findings });
        });
        for (const id of [...this.applied.keys()]) if (!seen.has(id)) this.applied.delete(id);
        if (writes === 0) return { result, stale, marksUnavailable: false };
        try {
          await context.sync();
        } catch {
          // Advertised but not available (for example Office without a Microsoft 365 subscription).
          this.capabilities = { ...this.capabilities, annotations: false, popups: false };
          this.applied.clear();
          return { result, stale, marksUnavailable: true };
        }
        for (const entry of pending) {
          this.applied.set(entry.id, { signature: entry.signature, ids: entry.ids.value });
          entry.ids.value.forEach((annotationId, i) => this.findingByAnnotation.set(annotationId, entry.findings[i]));
        }
        return { result, stale, marksUnavailable: false };
      });
    } finally {
      this.cycleRunning = false;
    }
  }

  private critique(finding: Finding) {
    const critique: { colorScheme: string; start: number; length: number; popupOptions?: Record<string, unknown> } = {
      colorScheme: CRITIQUE_COLOURS[finding.category] ?? 'Blue',
      start: finding.start,
      length: finding.end - finding.start,
    };
    if (this.capabilities.popups && finding.suggestions.length) {
      critique.popupOptions = {
        titleResourceId: 'Annotation.Title',
        subtitleResourceId: SUBTITLES[finding.category] ?? 'Annotation.Subtitle.VagueTask',
        brandingTextResourceId: 'Annotation.Branding',
        suggestions: finding.suggestions.slice(0, 3),
      };
    }
    return critique;
  }

  /** The finding behind an annotation, for Word's pop-up "accept suggestion" action. */
  findingForAnnotation(id: string): Finding | undefined {
    return this.findingByAnnotation.get(id);
  }

  /** Select a finding's text so the worker sees it (three round trips: a click, not a cycle). */
  async select(finding: Finding, expectedText: string): Promise<boolean> {
    return this.withRange(finding, expectedText, (range) => range.select());
  }

  /** Replace a finding's text with a suggestion. Under tracked changes this is a tracked edit, like the worker's own. */
  async replace(finding: Finding, expectedText: string, replacement: string): Promise<boolean> {
    this.ownWrites++;
    try {
      return await this.withRange(finding, expectedText, (range) => {
        range.insertText(replacement, 'Replace');
      });
    } finally {
      this.ownWrites--;
    }
  }

  private async withRange(finding: Finding, expectedText: string, act: (range: import('./word-types').RangeLike) => void): Promise<boolean> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const paragraph = paragraphs.items[finding.paragraph];
      // Never act on a paragraph that has changed since it was analysed.
      if (!paragraph || paragraph.text !== expectedText) return false;
      if (finding.excerpt.length === 0 || finding.excerpt.length > 255) {
        act(paragraph.getRange('Whole'));
        await context.sync();
        return true;
      }
      const results = paragraph.search(finding.excerpt, { matchCase: true }).load('items');
      await context.sync();
      const occurrence = countOccurrences(expectedText.slice(0, finding.start), finding.excerpt);
      const range = results.items[occurrence] ?? results.items[0];
      if (!range) return false;
      act(range);
      await context.sync();
      return true;
    });
  }

  /** Insert the profile's template: at the start of an empty document, otherwise at the end. Sections already there are not added again. */
  async insertTemplate(profile: Profile): Promise<SectionId[]> {
    return this.run(async (context) => {
      const controls = context.document.contentControls.load('items/tag');
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const existing = new Set(controls.items.map((c) => c.tag));
      const template = agreementTemplate(profile);
      const missing = template.sections.filter((section) => !existing.has(section.id));
      if (missing.length === 0) return [];
      const empty = paragraphs.items.every((p) => p.text.trim() === '');
      let anchor: ParagraphLike | null = null;
      if (empty && existing.size === 0) {
        anchor = context.document.body.insertParagraph(template.title, 'Start');
        anchor.styleBuiltIn = 'Title';
      }
      for (const section of missing) {
        anchor = this.writeSection(context, section, anchor ? { after: anchor } : { atEnd: true });
      }
      await context.sync();
      return missing.map((s) => s.id);
    });
  }

  /** Insert one missing section where the template puts it: before the next section that is present. */
  async insertSection(profile: Profile, id: SectionId): Promise<boolean> {
    return this.run(async (context) => {
      const controls = context.document.contentControls.load('items/tag');
      await context.sync();
      const tags = controls.items.map((c) => c.tag);
      if (tags.includes(id)) return false;
      const sections = agreementTemplate(profile).sections;
      const section = sections.find((s) => s.id === id);
      if (!section) return false;
      const order = sections.map((s) => s.id);
      const later = order.slice(order.indexOf(id) + 1);
      const next = controls.items.find((c) => later.includes(c.tag as SectionId));
      if (next) {
        const first = next.insertParagraph(section.heading, 'Before');
        this.writeSection(context, section, { replacingFirst: first });
      } else {
        this.writeSection(context, section, { atEnd: true });
      }
      await context.sync();
      return true;
    });
  }

  /** Queue one section's paragraphs and wrap them in a content control tagged with the section id. */
  private writeSection(
    context: WordContextLike,
    section: import('../core').TemplateSection,
    where: { after: ParagraphLike } | { atEnd: true } | { replacingFirst: ParagraphLike },
  ): ParagraphLike {
    const lines = templateLines(section);
    let first: ParagraphLike;
    if ('replacingFirst' in where) first = where.replacingFirst;
    else if ('after' in where) first = where.after.insertParagraph(lines[0].text, 'After');
    else first = context.document.body.insertParagraph(lines[0].text, 'End');
    first.styleBuiltIn = 'Heading2';
    let last = first;
    for (const line of lines.slice(1)) {
      last = last.insertParagraph(line.text, 'After');
      last.styleBuiltIn = 'Normal';
      if (line.kind === 'guidance') {
        last.font.italic = true;
        last.font.color = '#595959';
      }
    }
    const control = first.getRange('Start').expandTo(last.getRange('End')).insertContentControl();
    control.tag = section.id;
    control.title = section.heading;
    control.appearance = 'BoundingBox';
    return last;
  }
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

