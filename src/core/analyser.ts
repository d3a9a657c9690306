// The analyser: the only code that knows about caching. After a small edit (a few paragraphs
// changed, none of them moving a section boundary) only the changed paragraphs are walked and
// checked again and the previous run is patched; otherwise the whole document is walked, with each
// paragraph's results cached by its text and position in the structure. Section-level checks are
// recomputed every time, from per-paragraph facts and scans kept between runs.
import type { ActorKind } from './actors';
import { checkDocument } from './document-checks';
import type { DocumentView } from './document-view';
import { assembleFindings, collectDefinitions, spliceFindings, withDocumentFindings } from './finding-assembly';
import { changedBlocks } from './block-changes';
import type { AnalysisResult, Block, Finding, TaskMention } from './model';
import { ParagraphCache, type CachedParagraph, type Place } from './paragraph-cache';
import { ParagraphFacts } from './paragraph-facts';
import { getProfile, type Profile } from './profiles';
import type { ParagraphContext } from './rule';
import { runRules, type RuleTimes, type Unchecked } from './rule-runner';
import { definitionsIn, REVIEWING_RULES } from './rules';
import { ScanMemo } from './scan-memo';
import { policyLabels } from './section-labels';
import type { BlockRole, StructureTrace } from './structure';
import { layOut, rewalkEdited, sameList, type WalkSettings } from './document-walk';
import { professionalNames, taskKind } from './people';
import { isTaskLine, spliceTasks, taskActor, taskLine, taskMention } from './tasks';
import { templatePlaceholders } from './placeholders';
import { fold, ruleText } from './text';
import type { ActionRow, TaskLine } from './types';

export interface AnalyseOptions {
  /** Policy profile id (see profiles.ts). */
  profile?: string;
  /** Reference date for date checks when the agreement carries no date of its own. */
  today?: Date;
  /** Milliseconds spent in each rule are added here, by rule id (`npm run bench:timing`). */
  ruleTimes?: RuleTimes;
}

/** One analysis, kept so that the next one after a small edit can start from it. */
interface Run {
  blocks: Block[];
  texts: string[];
  folded: string[];
  structure: StructureTrace;
  headingActor: ActorKind[];
  rowKeys: string[];
  perParagraph: Array<CachedParagraph | null>;
  taskAt: Array<TaskLine | null>;
  /** The tasks in paragraph order. */
  tasks: TaskLine[];
  definitions: Set<string>;
  /** Paragraph findings in order, acronyms defined elsewhere removed, before document-level softening. */
  paragraphFindings: Finding[];
  facts: ParagraphFacts;
  scans: ScanMemo;
}

/** One paragraph's cache entry and its task, if it is one. */
interface Checked {
  cached: CachedParagraph | null;
  task: TaskLine | null;
}

/** Above this many changed paragraphs, a full pass (still cached by text) is as quick as patching. */
const MOST_PATCHED_EDITS = 8;

/** The analysis engine. Keep one instance per open document. */
export class Analyser {
  private readonly cache = new ParagraphCache();
  private previous: Run | null = null;
  private lastTasks: { from: readonly TaskLine[]; professionals: ReadonlySet<string>; names: string; mentions: TaskMention[] } | null = null;
  private readonly profile: Profile;
  private readonly walkSettings: WalkSettings;

  constructor(private readonly options: AnalyseOptions = {}) {
    this.profile = getProfile(options.profile);
    this.walkSettings = { placeholderTexts: templatePlaceholders(), policyLabels: policyLabels(this.profile.sectionHeadings) };
  }

  get profileId(): string {
    return this.profile.id;
  }

  analyse(blocks: readonly Block[]): AnalysisResult {
    const previous = this.previous;
    if (previous && previous.blocks.length === blocks.length) {
      const changed = changedBlocks(previous.blocks, blocks, MOST_PATCHED_EDITS);
      const roles = changed && rewalkEdited(previous, blocks, changed, this.walkSettings);
      if (changed && roles) return this.finish(this.patch(previous, blocks, changed, roles));
    }
    return this.finish(this.walkAll(blocks));
  }

  /**
   * Check, a slice at a time, the paragraphs of `blocks` this analyser has no results for, so that
   * analyse(blocks) afterwards finds them all in its cache and only puts the result together. Each
   * step runs the rules over at most `chunk` paragraphs and then yields; every paragraph added to the
   * cache has its findings before a step ends, so stopping between steps leaves the cache sound. A
   * small edit needs no preparation (analyse() patches the previous run). A step takes about
   * `chunkChars` characters of new text (a few milliseconds of rule work).
   */
  *prepareInSteps(blocks: readonly Block[], chunkChars = 20_000): Generator<void, void> {
    const previous = this.previous;
    if (previous && previous.blocks.length === blocks.length) {
      const changed = changedBlocks(previous.blocks, blocks, MOST_PATCHED_EDITS);
      if (changed && rewalkEdited(previous, blocks, changed, this.walkSettings)) return;
    }
    const { texts, folded, structure, headingActor, rows } = layOut(blocks, this.walkSettings, this.previous);
    const { roles } = structure;
    let unchecked: Unchecked[] = [];
    let chars = 0;
    for (let i = 0; i < blocks.length; i++) {
      const before = unchecked.length;
      this.checkParagraph(i, texts[i], folded[i], roles[i], headingActor[i], rows.get(i), unchecked);
      if (unchecked.length > before) chars += texts[i].length;
      if (chars >= chunkChars) {
        runRules(unchecked, this.options.ruleTimes);
        unchecked = [];
        chars = 0;
        yield;
      }
    }
    runRules(unchecked, this.options.ruleTimes);
  }

  /**
   * Patch the previous run: only the changed paragraphs are checked; the walk is unchanged elsewhere.
   * The run's own lists are patched where they lie: the previous run is done with them, and copying
   * four lists of every paragraph on each keystroke showed in the live edit's profile. The texts are
   * copied, as the previous result hands them out.
   */
  private patch(previous: Run, blocks: readonly Block[], changed: number[], newRoles: BlockRole[]): Run {
    const texts = previous.texts.slice();
    const { folded, perParagraph, taskAt } = previous;
    const { roles } = previous.structure;
    let definitionsChanged = false;
    const unchecked: Unchecked[] = [];
    changed.forEach((i, k) => {
      texts[i] = blocks[i].revision === 'deletion' ? '' : blocks[i].text;
      folded[i] = fold(texts[i]);
      roles[i] = newRoles[k];
      const before = perParagraph[i]?.definitions ?? NONE;
      const { cached, task } = this.checkParagraph(i, texts[i], folded[i], roles[i], previous.headingActor[i], undefined, unchecked);
      perParagraph[i] = cached;
      taskAt[i] = task;
      if (!sameList(before, cached?.definitions ?? NONE)) definitionsChanged = true;
    });
    runRules(unchecked, this.options.ruleTimes);
    const definitions = definitionsChanged ? collectDefinitions(perParagraph) : previous.definitions;
    return {
      blocks: blocks.slice(),
      texts,
      folded,
      structure: previous.structure,
      headingActor: previous.headingActor,
      rowKeys: previous.rowKeys,
      perParagraph,
      taskAt,
      tasks: spliceTasks(previous.tasks, changed, taskAt),
      definitions,
      paragraphFindings: definitionsChanged
        ? assembleFindings(perParagraph, texts, definitions)
        : spliceFindings(previous.paragraphFindings, changed, perParagraph, texts, definitions),
      facts: new ParagraphFacts(folded, previous.facts, changed),
      scans: new ScanMemo(previous.scans, changed),
    };
  }

  /** Walk and check the whole document, reusing cached paragraph results by text and context. */
  private walkAll(blocks: readonly Block[]): Run {
    const { texts, folded, structure, headingActor, rows } = layOut(blocks, this.walkSettings, this.previous);
    const { roles } = structure;
    const perParagraph: Array<CachedParagraph | null> = new Array(blocks.length).fill(null);
    const taskAt: Array<TaskLine | null> = new Array(blocks.length).fill(null);
    const rowKeys: string[] = new Array(blocks.length).fill('');
    const previous = this.previous;
    const unchecked: Unchecked[] = [];
    blocks.forEach((block, i) => {
      const row = rows.get(i);
      if (row) rowKeys[i] = `${row.isWhatCell ? 1 : 0}|${row.actorKind ?? ''}|${row.context}`;
      const unchanged =
        previous?.blocks[i] === block && previous.headingActor[i] === headingActor[i] && previous.rowKeys[i] === rowKeys[i] && sameRole(previous.structure.roles[i], roles[i]);
      // Untouched since the last run and in the same place: reuse everything.
      const { cached, task } = unchanged ? { cached: previous.perParagraph[i], task: previous.taskAt[i] } : this.checkParagraph(i, texts[i], folded[i], roles[i], headingActor[i], row, unchecked);
      perParagraph[i] = cached;
      taskAt[i] = task;
    });
    runRules(unchecked, this.options.ruleTimes);
    const definitions = collectDefinitions(perParagraph);
    return {
      blocks: blocks.slice(),
      texts,
      folded,
      structure,
      headingActor,
      rowKeys,
      perParagraph,
      taskAt,
      tasks: taskAt.filter((task): task is TaskLine => task !== null),
      definitions,
      paragraphFindings: assembleFindings(perParagraph, texts, definitions),
      facts: new ParagraphFacts(folded),
      scans: new ScanMemo(),
    };
  }

  /**
   * One paragraph's cache entry (by text and context) and, if it is a task, who does it. A new
   * entry joins `unchecked` with no findings yet: the caller runs the rules over all of them at once.
   */
  private checkParagraph(i: number, text: string, folded: string, role: BlockRole, headingActor: ActorKind, row: ActionRow | undefined, unchecked: Unchecked[]): Checked {
    // (An empty or blank paragraph is a placeholder.)
    if (role.placeholder) return { cached: null, task: null };
    const isTask = isTaskLine(role, folded, row);
    // (Read as the rules read it: one byte a character where it can be, so no pattern is compiled twice.)
    const read = ruleText(text);
    const actor = isTask ? taskActor(read, folded, role, row) : undefined;
    const task = actor ? taskLine(i, text, folded, role, headingActor, actor) : null;
    const place: Place = { section: role.section, isTask, headingActor, labelOnly: role.labelOnly, contentStart: role.contentStart, actor, rowContext: row?.context };
    let cached = this.cache.find(text, place);
    if (!cached) {
      const definitions = definitionsIn(read);
      const context: ParagraphContext = { text: read, folded, section: role.section, role, isTask, actor, rowContext: row?.context, headingActor, profile: this.profile, definitions };
      cached = { place, hits: [], definitions };
      unchecked.push({ context, cached });
      this.cache.add(text, cached);
    }
    return { cached, task };
  }

  /** Document-level checks over the run, then the public result. */
  private finish(run: Run): AnalysisResult {
    this.previous = run;
    const view: DocumentView = {
      blocks: run.blocks,
      texts: run.texts,
      folded: run.folded,
      roles: run.structure.roles,
      labelled: run.structure.labelled,
      tasks: run.tasks,
      taskAt: run.taskAt,
      facts: run.facts,
      scans: run.scans,
      profile: this.profile,
      today: this.options.today,
    };
    const findings = run.paragraphFindings.slice();
    for (const rule of REVIEWING_RULES) rule.reviewWithAgreement!(findings, view);
    const document = checkDocument(view, this.options.ruleTimes);
    const professionals = professionalNames(view);
    run.scans.release();
    return {
      profile: this.profile.id,
      paragraphs: run.texts,
      findings: withDocumentFindings(findings, document.findings),
      sections: document.sections,
      missingSections: document.missingSections,
      dates: document.dates,
      tasks: this.taskMentions(run.tasks, professionals),
    };
  }

  /** The public task list, rebuilt only when the run's task list changed (a patch keeps it otherwise). */
  private taskMentions(tasks: readonly TaskLine[], professionals: ReadonlySet<string>): TaskMention[] {
    const last = this.lastTasks;
    // (After an edit that gives no new names, the set is the previous run's own.)
    const names = last?.professionals === professionals ? last.names : [...professionals].join('|');
    if (last?.from === tasks && last.names === names) return last.mentions;
    // After an edit the unchanged tasks are the same objects at the same places: keep their mentions.
    const reuse = last !== null && last.names === names && last.from.length === tasks.length;
    const mentions = tasks.map((task, k) => (reuse && last.from[k] === task ? last.mentions[k] : taskMention(task, taskKind(task, professionals))));
    this.lastTasks = { from: tasks, professionals, names, mentions };
    return mentions;
  }
}

const NONE: string[] = [];

function sameRole(a: BlockRole | undefined, b: BlockRole): boolean {
  return !!a && a.section === b.section && a.labelOnly === b.labelOnly && a.contentStart === b.contentStart && a.placeholder === b.placeholder;
}

