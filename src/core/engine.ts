import { classifySubject, findActor, type Actor, type ActorKind } from './actors';
import { checkDocument, softenVictimPrompts } from './document-checks';
import type { AnalysisResult, Block, Finding, SectionId } from './model';
import { getProfile, PROFILES, type Profile } from './profiles';
import type { ParagraphContext, ParagraphRule, RawFinding } from './rule';
import { PARAGRAPH_RULES } from './rules';
import { acronymDefinitions } from './rules/acronyms';
import type { SectionKey } from './section-labels';
import { buildStructure, wordsIn, type BlockRole } from './structure';
import { agreementTemplate } from './template';
import { fold } from './text';

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
}

interface CachedParagraph {
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
  profile: Profile;
  today?: Date;
}

/**
 * The analysis engine. Keep one instance per open document: it caches each paragraph's results by
 * its text and position in the structure, so re-analysing after a keystroke only re-checks the
 * paragraphs that changed; section-level checks are recomputed from the cached structure.
 */
export class Analyser {
  /** Paragraph results by text, then by where the paragraph sits (section, task, row context). */
  private readonly cache = new Map<string, Map<string, CachedParagraph>>();
  private cachedEntries = 0;
  /** The last run, so blocks that are the same objects in the same place skip even the cache lookup. */
  private previous: PreviousRun | null = null;
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
    const texts = blocks.map((block) => (block.revision === 'deletion' ? '' : block.text));
    const folded = texts.map(fold);
    const { roles, labelled } = buildStructure(blocks, this.placeholderTexts);
    const headingActor = headingActors(texts, folded, roles);
    const rows = actionTableRows(blocks, folded, roles);

    const findings: Finding[] = [];
    const tasks: TaskLine[] = [];
    const definitions = new Set<string>();
    const perParagraph: Array<CachedParagraph | null> = new Array(blocks.length).fill(null);
    const taskAt: Array<TaskLine | null> = new Array(blocks.length).fill(null);
    const rowKeys: string[] = new Array(blocks.length).fill('');
    const previous = this.previous;

    for (let i = 0; i < blocks.length; i++) {
      const role = roles[i];
      const row = rows.get(i);
      if (row) rowKeys[i] = `${row.isWhatCell ? 1 : 0}|${row.actorKind ?? ''}|${row.context}`;
      if (
        previous &&
        previous.blocks[i] === blocks[i] &&
        previous.headingActor[i] === headingActor[i] &&
        previous.rowKeys[i] === rowKeys[i] &&
        sameRole(previous.roles[i], role)
      ) {
        // Untouched since the last run and in the same place: reuse everything.
        const cached = previous.perParagraph[i];
        perParagraph[i] = cached;
        const task = previous.taskAt[i];
        if (task) {
          tasks.push(task);
          taskAt[i] = task;
        }
        if (cached) for (const defined of cached.definitions) definitions.add(defined);
        continue;
      }
      if (role.placeholder || texts[i].trim().length === 0) continue;
      const isTask = isTaskLine(role, folded[i], row);
      let actor: Actor | undefined;
      if (isTask) {
        // "Sophie will: take Poppy to the dentist..." : the label itself names who does the task.
        const whole = role.contentStart > 0 ? findActor(texts[i], folded[i]) : undefined;
        if (whole && whole.verbAt >= 0 && whole.verbAt < role.contentStart) {
          actor = whole;
        } else {
          actor = findActor(texts[i].slice(role.contentStart), folded[i].slice(role.contentStart));
          actor = { ...actor, start: actor.start + role.contentStart, end: actor.end + role.contentStart };
        }
        if (row && (actor.kind === 'none' || actor.kind === 'generic') && row.actorKind) {
          actor = { kind: row.actorKind, start: 0, end: 0, verbAt: -1 };
        }
        const section = role.section as SectionKey;
        const task: TaskLine = { index: i, section, actor, headingActor: headingActor[i], text: texts[i], folded: folded[i] };
        tasks.push(task);
        taskAt[i] = task;
      }
      const key = `${role.section}|${isTask ? 1 : 0}${headingActor[i]}${role.labelOnly ? 1 : 0}|${role.contentStart}|${actor ? `${actor.kind}:${actor.start}:${actor.end}:${actor.verbAt}` : ''}|${row?.context ?? ''}`;
      let byContext = this.cache.get(texts[i]);
      let cached = byContext?.get(key);
      if (!cached) {
        const context: ParagraphContext = {
          text: texts[i],
          folded: folded[i],
          section: role.section,
          role,
          isTask,
          actor,
          rowContext: row?.context,
          headingActor: headingActor[i],
          profile: this.profile,
        };
        cached = { findings: runRules(context), definitions: acronymDefinitions(texts[i]) };
        if (this.cachedEntries > 50_000) {
          this.cache.clear();
          this.cachedEntries = 0;
          byContext = undefined;
        }
        if (!byContext) {
          byContext = new Map();
          this.cache.set(texts[i], byContext);
        }
        byContext.set(key, cached);
        this.cachedEntries++;
      }
      perParagraph[i] = cached;
      for (const defined of cached.definitions) definitions.add(defined);
    }

    for (let i = 0; i < blocks.length; i++) {
      const cached = perParagraph[i];
      if (!cached) continue;
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
            excerpt: texts[i].slice(raw.start, raw.end),
            suggestions: raw.suggestions,
            source: raw.rule.source,
          }))
            .sort(byPosition),
        };
      }
      for (const finding of cached.built.findings) {
        // An acronym explained anywhere in the agreement ("Child and Adolescent Mental Health Services (CAMHS)") is fine elsewhere.
        if (finding.category === 'acronym' && definitions.size > 0 && (definitions.has(finding.excerpt) || definitions.has(finding.excerpt.replace(/s$/, '')))) continue;
        findings.push(finding);
      }
    }

    const view: DocumentView = { blocks, texts, folded, roles, labelled, tasks, profile: this.profile, today: this.options.today };
    this.previous = { blocks: blocks.slice(), roles, headingActor, rowKeys, perParagraph, taskAt };
    softenVictimPrompts(findings, view);
    const document = checkDocument(view);
    // Paragraph findings are already in order; merge in the few document-level ones rather than re-sorting everything.
    const merged = mergeSorted(findings, document.findings.sort(byPosition));

    return {
      profile: this.profile.id,
      paragraphs: texts,
      findings: merged,
      sections: document.sections,
      missingSections: document.missingSections,
    };
  }
}

interface PreviousRun {
  blocks: Block[];
  roles: BlockRole[];
  headingActor: ActorKind[];
  rowKeys: string[];
  perParagraph: Array<CachedParagraph | null>;
  taskAt: Array<TaskLine | null>;
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

function runRules(context: ParagraphContext): Array<RawFinding & { rule: ParagraphRule }> {
  const out: Array<RawFinding & { rule: ParagraphRule }> = [];
  for (const rule of PARAGRAPH_RULES) {
    if (rule.tasksOnly && !context.isTask) continue;
    for (const finding of rule.check(context)) {
      if (finding.start < 0 || finding.end > context.text.length || finding.start > finding.end) continue;
      out.push({ ...finding, rule });
    }
  }
  // A contact arrangement missing its details already asks how often; one prompt is enough.
  if (out.some((f) => f.rule.category === 'contact-arrangements')) {
    return out.filter((f) => f.rule.id !== 'vague-task');
  }
  return out;
}

function isTaskLine(role: BlockRole, folded: string, row: ActionRow | undefined): boolean {
  if (!COMMITMENT_SECTIONS.has(role.section) || role.labelOnly || role.placeholder) return false;
  if (row && !row.isWhatCell) return false;
  const content = role.contentStart ? folded.slice(role.contentStart).trim() : folded.trim();
  if (content.length === 0 || content.endsWith(':')) return false;
  if (/^(?:examples?|for example|e\.g\.)\b/.test(content)) return false;
  return wordsIn(content) >= 3;
}

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
    const candidates = cells.filter((i) => {
      const kind = classifySubject(blocks[i].text);
      return !((kind === 'family' || kind === 'professional') && wordsIn(folded[i].trim()) <= 6);
    });
    let what = cells.find((i) => known !== undefined && (blocks[i].column ?? 0) === known) ?? candidates[0] ?? cells[0];
    if (known === undefined) for (const i of candidates) if (folded[i].length > folded[what].length) what = i;
    let actorKind: 'family' | 'professional' | undefined;
    for (const i of cells) {
      if (i === what || folded[i].trim().split(/\s+/).length > 8) continue;
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

/** Guidance text from every profile's template: a document made under one profile may be checked under another. */
function templatePlaceholders(): Set<string> {
  const set = new Set<string>();
  for (const profile of Object.values(PROFILES)) {
    for (const section of agreementTemplate(profile).sections) {
      set.add(section.guidance);
      if (section.body.kind === 'numbered') for (const example of section.body.examples) set.add(example);
    }
  }
  return set;
}

export type { SectionId };
