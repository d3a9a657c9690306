import { classifySubject, findActor, type Actor, type ActorKind } from './actors';
import { checkDocument, ParagraphFacts, softenVictimPrompts } from './document-checks';
import { firstAt, ScanMemo } from './scan-memo';
import type { AnalysisResult, Block, Finding, SectionId } from './model';
import { getProfile, PROFILES, type Profile } from './profiles';
import type { ParagraphContext, ParagraphRule, RawFinding } from './rule';
import { PARAGRAPH_RULES } from './rules';
import { acronymDefinitions } from './rules/acronyms';
import type { SectionKey } from './section-labels';
import { buildStructure, hasWordsIn, walkBlock, wordsIn, type BlockRole, type StructureTrace, type WalkState } from './structure';
import { agreementTemplate } from './template';
import { fold, hasSpaceSeparatedPieces, isSpaceCode } from './text';

export interface AnalyseOptions {
  /** Policy profile id (see profiles.ts). */
  profile?: string;
  /** Reference date for date checks when the agreement carries no date of its own. */
  today?: Date;
}

const COMMITMENT_SECTIONS = new Set<SectionKey | null>(['family-commitments', 'professional-commitments', 'tasks']);
const HEADER_CELL = /^(?:who|what|when|action|actions|task|tasks|by when|by whom|timescales?|timeframe|responsible|person responsible|who is responsible|date|dates|frequency|how often|support|outcome|outcomes|progress|notes?|comments?|what will happen|what needs to happen|agency|name|role|signature|signed)\b/;

/** One task: a commitment line, with who does it. Used by document checks (balance, victim prompts). */
export interface TaskLine {
  index: number;
  section: SectionKey;
  actor: Actor;
  /** Who the heading above says does the task (for lines with no subject of their own). */
  headingActor: ActorKind;
  text: string;
  folded: string;
  /** The folded words naming who does it (`folded.slice(actor.start, actor.end)`). */
  subject: string;
}

/** Where a paragraph sits, as far as its rules can tell: its results are cached for this place. */
interface Place {
  section: SectionKey | null;
  isTask: boolean;
  headingActor: ActorKind;
  labelOnly: boolean;
  contentStart: number;
  actor: Actor | undefined;
  rowContext: string | undefined;
}

interface CachedParagraph {
  place: Place;
  findings: Array<RawFinding & { rule: ParagraphRule }>;
  definitions: string[];
  /** The public findings last built from these, and for which paragraph index. */
  built?: { paragraph: number; findings: Finding[] };
}

/** Everything the document-level checks need, built once per analysis. */
export interface DocumentView {
  blocks: readonly Block[];
  texts: string[];
  folded: string[];
  roles: BlockRole[];
  labelled: Map<SectionKey, number[]>;
  tasks: TaskLine[];
  /** The task at each paragraph index, or null. */
  taskAt: ReadonlyArray<TaskLine | null>;
  facts: ParagraphFacts;
  scans: ScanMemo;
  profile: Profile;
  today?: Date;
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

/** Above this many changed paragraphs, a full pass (still cached by text) is as quick as patching. */
const MOST_PATCHED_EDITS = 8;

/**
 * The analysis engine. Keep one instance per open document. After a small edit (a few paragraphs
 * changed, none of them moving a section boundary) only the changed paragraphs are walked and
 * checked again and the previous run is patched; otherwise the whole document is walked, with each
 * paragraph's results cached by its text and position in the structure. Section-level checks are
 * recomputed every time, from per-paragraph facts kept between runs.
 */
export class Analyser {
  /** Paragraph results by text; a text seen in more than one place keeps a list, one per place. */
  private readonly cache = new Map<string, CachedParagraph | CachedParagraph[]>();
  private cachedEntries = 0;
  private previous: Run | null = null;
  private readonly profile: Profile;
  private readonly placeholderTexts: Set<string>;

  constructor(private readonly options: AnalyseOptions = {}) {
    this.profile = getProfile(options.profile);
    this.placeholderTexts = templatePlaceholders();
  }

  get profileId(): string {
    return this.profile.id;
  }

  analyse(blocks: readonly Block[]): AnalysisResult {
    const previous = this.previous;
    if (previous && previous.blocks.length === blocks.length) {
      const changed = changedBlocks(previous.blocks, blocks, MOST_PATCHED_EDITS);
      const roles = changed && this.rewalk(previous, blocks, changed);
      if (changed && roles) return this.finish(this.patch(previous, blocks, changed, roles));
    }
    return this.finish(this.walkAll(blocks));
  }

  /**
   * The new roles of the changed blocks, if re-walking each one from the state before it leaves
   * the walk exactly as it was after it (same open section, same labels noted, not a heading whose
   * text names who does the tasks below). Table cells always take the full walk (their rows share context).
   */
  private rewalk(previous: Run, blocks: readonly Block[], changed: number[]): BlockRole[] | null {
    const { stateBefore, labelled, notes, roles } = previous.structure;
    const result: BlockRole[] = [];
    for (const i of changed) {
      const block = blocks[i];
      if (block.kind === 'table-cell' || previous.blocks[i].kind === 'table-cell' || roles[i].labelOnly) return null;
      const state: WalkState = { current: stateBefore[i].current, level: stateBefore[i].level };
      const noted: SectionKey[] = [];
      const role = walkBlock(block, state, {
        placeholderTexts: this.placeholderTexts,
        rowSection: new Map(),
        hasLabel: (key) => (labelled.get(key)?.[0] ?? Infinity) < i,
        note: (key) => noted.push(key),
      });
      const after = stateBefore[i + 1];
      if (role.labelOnly || role.section !== roles[i].section || state.current !== after.current || state.level !== after.level) return null;
      const before = notes[i] ?? [];
      if (noted.length !== before.length || noted.some((key, k) => key !== before[k])) return null;
      result.push(role);
    }
    return result;
  }

  /** Patch the previous run: only the changed paragraphs are checked; the walk is unchanged elsewhere. */
  private patch(previous: Run, blocks: readonly Block[], changed: number[], newRoles: BlockRole[]): Run {
    const texts = previous.texts.slice();
    const folded = previous.folded.slice();
    const roles = previous.structure.roles.slice();
    const perParagraph = previous.perParagraph.slice();
    const taskAt = previous.taskAt.slice();
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
      const after = cached?.definitions ?? NONE;
      if (before.length !== after.length || before.some((d, j) => d !== after[j])) definitionsChanged = true;
    });
    runRules(unchecked);
    const structure: StructureTrace = { ...previous.structure, roles };
    let tasks = previous.tasks;
    for (const i of changed) {
      if (!previous.taskAt[i] && !taskAt[i]) continue;
      // A task came, went or changed: splice it into the ordered list.
      const at = firstAt(tasks, i, (task) => task.index);
      const replaced = tasks[at]?.index === i ? 1 : 0;
      tasks = tasks.slice(0, at).concat(taskAt[i] ? [taskAt[i]!] : [], tasks.slice(at + replaced));
    }
    const run: Run = {
      blocks: blocks.slice(),
      texts,
      folded,
      structure,
      headingActor: previous.headingActor,
      rowKeys: previous.rowKeys,
      perParagraph,
      taskAt,
      tasks,
      definitions: definitionsChanged ? collectDefinitions(perParagraph) : previous.definitions,
      paragraphFindings: [],
      facts: new ParagraphFacts(folded, previous.facts, changed),
      scans: new ScanMemo(previous.scans, changed),
    };
    if (definitionsChanged) {
      run.paragraphFindings = assembleFindings(perParagraph, texts, run.definitions);
    } else {
      // Splice each changed paragraph's findings into the previous list, which is in paragraph order.
      let findings = previous.paragraphFindings;
      for (const i of changed) {
        const from = firstAt(findings, i, byParagraph);
        const to = firstAt(findings, i + 1, byParagraph);
        const replacement: Finding[] = [];
        const cached = perParagraph[i];
        if (cached) appendFindings(replacement, cached, i, texts[i], run.definitions);
        findings = findings.slice(0, from).concat(replacement, findings.slice(to));
      }
      run.paragraphFindings = findings;
    }
    return run;
  }

  /** Walk and check the whole document, reusing cached paragraph results by text and context. */
  private walkAll(blocks: readonly Block[]): Run {
    const texts = blocks.map((block) => (block.revision === 'deletion' ? '' : block.text));
    const folded = texts.map(fold);
    const structure = buildStructure(blocks, this.placeholderTexts);
    const { roles } = structure;
    const headingActor = headingActors(texts, folded, roles);
    const rows = actionTableRows(blocks, folded, roles);

    const perParagraph: Array<CachedParagraph | null> = new Array(blocks.length).fill(null);
    const taskAt: Array<TaskLine | null> = new Array(blocks.length).fill(null);
    const rowKeys: string[] = new Array(blocks.length).fill('');
    const previous = this.previous;
    const unchecked: Unchecked[] = [];

    for (let i = 0; i < blocks.length; i++) {
      const role = roles[i];
      const row = rows.get(i);
      if (row) rowKeys[i] = `${row.isWhatCell ? 1 : 0}|${row.actorKind ?? ''}|${row.context}`;
      if (
        previous &&
        previous.blocks[i] === blocks[i] &&
        previous.headingActor[i] === headingActor[i] &&
        previous.rowKeys[i] === rowKeys[i] &&
        sameRole(previous.structure.roles[i], role)
      ) {
        // Untouched since the last run and in the same place: reuse everything.
        perParagraph[i] = previous.perParagraph[i];
        taskAt[i] = previous.taskAt[i];
        continue;
      }
      const { cached, task } = this.checkParagraph(i, texts[i], folded[i], role, headingActor[i], row, unchecked);
      perParagraph[i] = cached;
      taskAt[i] = task;
    }
    runRules(unchecked);
    const definitions = collectDefinitions(perParagraph);
    const tasks: TaskLine[] = [];
    for (let i = 0; i < taskAt.length; i++) if (taskAt[i]) tasks.push(taskAt[i]!);
    return {
      blocks: blocks.slice(),
      texts,
      folded,
      structure,
      headingActor,
      rowKeys,
      perParagraph,
      taskAt,
      tasks,
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
  private checkParagraph(
    i: number,
    text: string,
    folded: string,
    role: BlockRole,
    headingActor: ActorKind,
    row: ActionRow | undefined,
    unchecked: Unchecked[],
  ): { cached: CachedParagraph | null; task: TaskLine | null } {
    // (An empty or blank paragraph is a placeholder.)
    if (role.placeholder) return { cached: null, task: null };
    const isTask = isTaskLine(role, folded, row);
    let actor: Actor | undefined;
    let task: TaskLine | null = null;
    if (isTask) {
      // "Sophie will: take Poppy to the dentist..." : the label itself names who does the task.
      const whole = role.contentStart > 0 ? findActor(text, folded) : undefined;
      if (whole && whole.verbAt >= 0 && whole.verbAt < role.contentStart) {
        actor = whole;
      } else {
        if (role.contentStart === 0) {
          actor = findActor(text, folded);
        } else {
          actor = findActor(text.slice(role.contentStart), folded.slice(role.contentStart));
          actor = { ...actor, start: actor.start + role.contentStart, end: actor.end + role.contentStart };
        }
      }
      if (row && (actor.kind === 'none' || actor.kind === 'generic') && row.actorKind) {
        actor = { kind: row.actorKind, start: 0, end: 0, verbAt: -1 };
      }
      task = { index: i, section: role.section as SectionKey, actor, headingActor, text, folded, subject: folded.slice(actor.start, actor.end) };
    }
    const place: Place = { section: role.section, isTask, headingActor, labelOnly: role.labelOnly, contentStart: role.contentStart, actor, rowContext: row?.context };
    const entry = this.cache.get(text);
    let cached = entry === undefined ? undefined : Array.isArray(entry) ? entry.find((c) => samePlace(c.place, place)) : samePlace(entry.place, place) ? entry : undefined;
    if (!cached) {
      const context: ParagraphContext = {
        text,
        folded,
        section: role.section,
        role,
        isTask,
        actor,
        rowContext: row?.context,
        headingActor,
        profile: this.profile,
      };
      cached = { place, findings: [], definitions: acronymDefinitions(text) };
      unchecked.push({ context, cached });
      let existing = entry;
      if (this.cachedEntries > 50_000) {
        this.cache.clear();
        this.cachedEntries = 0;
        existing = undefined;
      }
      if (existing === undefined) this.cache.set(text, cached);
      else if (Array.isArray(existing)) existing.push(cached);
      else this.cache.set(text, [existing, cached]);
      this.cachedEntries++;
    }
    return { cached, task };
  }

  /** Document-level checks over the run, then the public result. */
  private finish(run: Run): AnalysisResult {
    this.previous = run;
    const tasks = run.tasks;
    const view: DocumentView = {
      blocks: run.blocks,
      texts: run.texts,
      folded: run.folded,
      roles: run.structure.roles,
      labelled: run.structure.labelled,
      tasks,
      taskAt: run.taskAt,
      facts: run.facts,
      scans: run.scans,
      profile: this.profile,
      today: this.options.today,
    };
    const findings = run.paragraphFindings.slice();
    softenVictimPrompts(findings, view);
    const document = checkDocument(view);
    run.scans.release();
    // Paragraph findings are already in order; merge in the few document-level ones rather than re-sorting everything.
    const merged = mergeSorted(findings, document.findings.sort(byPosition));
    return {
      profile: this.profile.id,
      paragraphs: run.texts,
      findings: merged,
      sections: document.sections,
      missingSections: document.missingSections,
    };
  }
}

const NONE: string[] = [];
const byParagraph = (finding: Finding) => finding.paragraph;

/** Indexes of the blocks that differ, by value (Word hands over new objects every time); null if more than `limit`. */
function changedBlocks(before: readonly Block[], after: readonly Block[], limit: number): number[] | null {
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (sameBlock(before[i], after[i])) continue;
    if (changed.length === limit) return null;
    changed.push(i);
  }
  return changed;
}

function sameBlock(a: Block, b: Block): boolean {
  return (
    a === b ||
    (a.text === b.text &&
      a.kind === b.kind &&
      a.revision === b.revision &&
      a.tag === b.tag &&
      a.style === b.style &&
      a.level === b.level &&
      a.boldPrefix === b.boldPrefix &&
      a.table === b.table &&
      a.row === b.row &&
      a.column === b.column)
  );
}

function collectDefinitions(perParagraph: ReadonlyArray<CachedParagraph | null>): Set<string> {
  const definitions = new Set<string>();
  for (let i = 0; i < perParagraph.length; i++) {
    const cached = perParagraph[i];
    if (cached) for (let k = 0; k < cached.definitions.length; k++) definitions.add(cached.definitions[k]);
  }
  return definitions;
}

function assembleFindings(perParagraph: ReadonlyArray<CachedParagraph | null>, texts: readonly string[], definitions: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < perParagraph.length; i++) {
    const cached = perParagraph[i];
    if (cached) appendFindings(findings, cached, i, texts[i], definitions);
  }
  return findings;
}

function appendFindings(out: Finding[], cached: CachedParagraph, i: number, text: string, definitions: ReadonlySet<string>): void {
  // Most paragraphs have no findings: nothing to build.
  if (cached.findings.length === 0) return;
  // Unchanged paragraphs at the same place reuse their finding objects (results are read-only).
  if (!cached.built || cached.built.paragraph !== i) {
    cached.built = {
      paragraph: i,
      findings: cached.findings
        .map((raw) => ({
          ruleId: raw.rule.id,
          category: raw.rule.category,
          severity: raw.severity ?? raw.rule.severity,
          message: raw.message,
          paragraph: i,
          start: raw.start,
          end: raw.end,
          excerpt: text.slice(raw.start, raw.end),
          suggestions: raw.suggestions,
          source: raw.rule.source,
        }))
        .sort(byPosition),
    };
  }
  const built = cached.built.findings;
  for (let k = 0; k < built.length; k++) {
    const finding = built[k];
    // An acronym explained anywhere in the agreement ("Child and Adolescent Mental Health Services (CAMHS)") is fine elsewhere.
    if (finding.category === 'acronym' && definitions.size > 0 && (definitions.has(finding.excerpt) || definitions.has(finding.excerpt.replace(/s$/, '')))) continue;
    out.push(finding);
  }
}

function samePlace(a: Place, b: Place): boolean {
  return (
    a.section === b.section &&
    a.isTask === b.isTask &&
    a.headingActor === b.headingActor &&
    a.labelOnly === b.labelOnly &&
    a.contentStart === b.contentStart &&
    a.rowContext === b.rowContext &&
    (a.actor === b.actor ||
      (!!a.actor && !!b.actor && a.actor.kind === b.actor.kind && a.actor.start === b.actor.start && a.actor.end === b.actor.end && a.actor.verbAt === b.actor.verbAt))
  );
}

function sameRole(a: BlockRole | undefined, b: BlockRole): boolean {
  return !!a && a.section === b.section && a.labelOnly === b.labelOnly && a.contentStart === b.contentStart && a.placeholder === b.placeholder;
}

function byPosition(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function mergeSorted(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Analyse a whole document once. For live use, keep an `Analyser` so unchanged paragraphs are cached. */
export function analyse(blocks: readonly Block[], options: AnalyseOptions = {}): AnalysisResult {
  return new Analyser(options).analyse(blocks);
}

/** A paragraph whose rules have not run yet, and the cache entry that will hold its findings. */
interface Unchecked {
  context: ParagraphContext;
  cached: CachedParagraph;
}

/**
 * Run the paragraph rules over every unchecked paragraph, one rule at a time rather than one
 * paragraph at a time: a rule's compiled patterns then stay in the processor's caches from one
 * paragraph to the next (a whole document is about 15% quicker). Within a paragraph, findings keep
 * the rules' order.
 */
function runRules(unchecked: readonly Unchecked[]): void {
  // Indexed loops over dense lists: this runs once per analysis over thousands of (rule, paragraph)
  // pairs. Array iterators are not always optimised away in a function called this rarely, and
  // tasks-only rules walk the tasks alone rather than skipping every other paragraph.
  const contexts: ParagraphContext[] = [];
  const entries: CachedParagraph[] = [];
  const taskContexts: ParagraphContext[] = [];
  const taskEntries: CachedParagraph[] = [];
  for (let k = 0; k < unchecked.length; k++) {
    const { context, cached } = unchecked[k];
    contexts.push(context);
    entries.push(cached);
    if (context.isTask) {
      taskContexts.push(context);
      taskEntries.push(cached);
    }
  }
  for (let r = 0; r < PARAGRAPH_RULES.length; r++) {
    const rule = PARAGRAPH_RULES[r];
    const ruleContexts = rule.tasksOnly ? taskContexts : contexts;
    const ruleEntries = rule.tasksOnly ? taskEntries : entries;
    for (let j = 0; j < ruleContexts.length; j++) {
      const context = ruleContexts[j];
      const cached = ruleEntries[j];
      const found = rule.check(context);
      for (let f = 0; f < found.length; f++) {
        const finding = found[f];
        if (finding.start < 0 || finding.end > context.text.length || finding.start > finding.end) continue;
        // One object shape for every finding keeps this hot loop monomorphic.
        cached.findings.push({ start: finding.start, end: finding.end, message: finding.message, suggestions: finding.suggestions, severity: finding.severity, rule });
      }
    }
  }
  for (let k = 0; k < unchecked.length; k++) {
    const { cached } = unchecked[k];
    // A contact arrangement missing its details already asks how often; one prompt is enough.
    if (cached.findings.some((f) => f.rule.category === 'contact-arrangements')) {
      cached.findings = cached.findings.filter((f) => f.rule.id !== 'vague-task');
    }
  }
}

function isTaskLine(role: BlockRole, folded: string, row: ActionRow | undefined): boolean {
  if (!COMMITMENT_SECTIONS.has(role.section) || role.labelOnly || role.placeholder) return false;
  if (row && !row.isWhatCell) return false;
  // The content is folded.slice(contentStart).trim(), found by its bounds rather than copied
  // (trim() and \s agree on what is white space).
  let start = role.contentStart;
  let end = folded.length;
  while (start < end && isSpaceCode(folded.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(folded.charCodeAt(end - 1))) end--;
  if (start === end || folded.charCodeAt(end - 1) === 58 /* ':' */) return false;
  // Only white space follows the content, so \b at its end reads the same as in the trimmed copy.
  EXAMPLE_START.lastIndex = start;
  if (EXAMPLE_START.test(folded)) return false;
  return hasWordsIn(folded, start, end, 3);
}
const EXAMPLE_START = /(?:examples?|for example|e\.g\.)\b/y;

/**
 * Who the heading above each block says does its tasks: "What Ms Smith will do" names someone
 * ('family'), "Professionals will:" names nobody in particular ('generic'), "Actions" says nothing ('none').
 */
function headingActors(texts: string[], folded: string[], roles: BlockRole[]): ActorKind[] {
  const result: ActorKind[] = new Array(texts.length).fill('none');
  let kind: ActorKind = 'none';
  let section: SectionKey | null = null;
  for (let i = 0; i < texts.length; i++) {
    const role = roles[i];
    if (role.labelOnly) {
      section = role.section;
      kind = COMMITMENT_SECTIONS.has(section) ? headingSubjectKind(texts[i], folded[i]) : 'none';
    } else if (role.section !== section) {
      // A "Label: value" line or a label cell of another section: not under this heading.
      result[i] = 'none';
      continue;
    }
    result[i] = kind;
  }
  return result;
}

const HEADING_SUBJECT = [
  /\bwhat\s+(.+?)\s+(?:will|has|have|agrees?|is going to|are going to|needs? to|must|should)\b/,
  /^\s*(?:\d+[.)]\s*)?(.+?)\s+(?:will|agrees? to|agree to|must|should|are to|is to)\s*(?:do)?\s*[:.]?\s*$/,
  /^\s*(?:expectations of|actions for|tasks for|responsibilities of|commitments from|commitments by)\s+(.+?)\s*[:.]?\s*$/,
];

function headingSubjectKind(text: string, folded: string): ActorKind {
  for (const pattern of HEADING_SUBJECT) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]);
    return classifySubject(text.slice(start, start + m[1].length));
  }
  return 'none';
}

interface ActionRow {
  isWhatCell: boolean;
  /** The other cells of the row, folded and joined. */
  context: string;
  actorKind?: 'family' | 'professional';
}

/**
 * Action tables ("Who | What | By when") inside a commitments section: the longest cell of a row is
 * the task; the others say who and when. Header rows are not tasks.
 */
function actionTableRows(blocks: readonly Block[], folded: string[], roles: BlockRole[]): Map<number, ActionRow> {
  const rows = new Map<string, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'table-cell' || !COMMITMENT_SECTIONS.has(roles[i].section)) continue;
    const key = `${block.table ?? 0}:${block.row ?? 0}`;
    const list = rows.get(key);
    if (list) list.push(i);
    else rows.set(key, [i]);
  }
  const result = new Map<number, ActionRow>();
  // The header row ("Who | What | By when") says which column holds the task itself.
  const whatColumn = new Map<number, number>();
  for (const cells of rows.values()) {
    if (!cells.every((i) => folded[i].trim() === '' || HEADER_CELL.test(folded[i].trim()))) continue;
    const table = blocks[cells[0]].table ?? 0;
    const column = cells.find((i) => /^(?:what|action|actions|task|tasks|what will happen|what needs to happen)\b/.test(folded[i].trim()));
    if (column !== undefined && !whatColumn.has(table)) whatColumn.set(table, blocks[column].column ?? 0);
  }
  for (const cells of rows.values()) {
    const columns = new Set(cells.map((i) => blocks[i].column ?? 0));
    if (columns.size < 2) continue;
    const isHeader = cells.every((i) => folded[i].trim() === '' || HEADER_CELL.test(folded[i].trim()));
    // Label tables ("Contingency | If things go wrong...") were handled by the structure: their label cell is labelOnly.
    if (cells.some((i) => roles[i].labelOnly)) continue;
    // Otherwise the task is the longest cell that is not a person's name.
    const known = whatColumn.get(blocks[cells[0]].table ?? 0);
    // (A cell of more than six words is a candidate whoever it names: classify only the short ones.)
    const candidates = cells.filter((i) => {
      if (wordsIn(folded[i].trim()) > 6) return true;
      const kind = classifySubject(blocks[i].text);
      return !(kind === 'family' || kind === 'professional');
    });
    let what = cells.find((i) => known !== undefined && (blocks[i].column ?? 0) === known) ?? candidates[0] ?? cells[0];
    if (known === undefined) for (const i of candidates) if (folded[i].length > folded[what].length) what = i;
    let actorKind: 'family' | 'professional' | undefined;
    for (const i of cells) {
      if (i === what || hasSpaceSeparatedPieces(folded[i], 0, 9)) continue;
      const kind = classifySubject(blocks[i].text);
      if (kind === 'family' || kind === 'professional') actorKind = kind;
    }
    for (const i of cells) {
      const context = cells.filter((j) => j !== i).map((j) => folded[j]).join(' | ');
      result.set(i, { isWhatCell: !isHeader && i === what, context, actorKind });
    }
  }
  return result;
}

/**
 * Guidance text from every profile's template: a document made under one profile may be checked
 * under another. The profiles are fixed data, so the set is built once, not per `analyse()` call.
 */
let placeholders: Set<string> | undefined;
function templatePlaceholders(): Set<string> {
  if (placeholders) return placeholders;
  const set = new Set<string>();
  placeholders = set;
  for (const profile of Object.values(PROFILES)) {
    for (const section of agreementTemplate(profile).sections) {
      set.add(section.guidance);
      if (section.body.kind === 'numbered') for (const example of section.body.examples) set.add(example);
    }
  }
  return set;
}

export type { SectionId };
