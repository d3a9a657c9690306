// Runs the paragraph rules. This is where the speed of rule checking lives: rules stay plain.
import { checkByLine } from './line-check';
import type { CachedParagraph } from './paragraph-cache';
import type { ParagraphContext, ParagraphRule } from './rule';
import { GateScan } from './rule-gate';
import { HIDING_RULES, PARAGRAPH_RULES } from './rules';

/** A paragraph whose rules have not run yet, and the cache entry that will hold its findings. */
export interface Unchecked {
  context: ParagraphContext;
  cached: CachedParagraph;
  /** The text has a line break, so each rule checks it line by line (worked out once, not once per rule). */
  lineBroken?: boolean;
}

/** Milliseconds spent in each rule, added up over runs (the `--timing` option). */
export type RuleTimes = Map<string, number>;

/** Every rule's gate words, searched for in one pass (built when first needed). */
let gateScan: GateScan | undefined;
/** Rules' gates are used (off only in the test that gated and ungated runs find the same). */
export const gating = { on: true };

/**
 * Run the paragraph rules over every unchecked paragraph, one rule at a time rather than one
 * paragraph at a time: a rule's compiled patterns then stay in the processor's caches from one
 * paragraph to the next (a whole document is about 15% quicker). Within a paragraph, findings keep
 * the rules' order. Tasks-only rules walk the tasks alone rather than skipping every other paragraph.
 */
export function runRules(unchecked: readonly Unchecked[], times?: RuleTimes): void {
  for (let j = 0; j < unchecked.length; j++) unchecked[j].lineBroken = unchecked[j].context.text.indexOf('\n') >= 0;
  // Which rules each paragraph passes the gate of: one search of all the texts for every rule's gate words.
  gateScan ??= new GateScan(PARAGRAPH_RULES);
  const started = times ? performance.now() : 0;
  const masks = gating.on ? gateScan.passing(unchecked.map((entry) => entry.context.folded)) : new Int32Array(unchecked.length).fill(-1);
  if (times) times.set(GATE_TIME, (times.get(GATE_TIME) ?? 0) + performance.now() - started);
  const tasks: number[] = [];
  for (let j = 0; j < unchecked.length; j++) if (unchecked[j].context.isTask) tasks.push(j);
  PARAGRAPH_RULES.forEach((rule, k) => checkAll(rule, 1 << k, rule.tasksOnly ? tasks : null, unchecked, masks, times));
  hideFindings(unchecked);
}

/** The `--timing` line for the gate search. */
export const GATE_TIME = '(rule gates)';

/** One rule over the paragraphs at `indexes` (null: all of them) whose masks have its bit. */
function checkAll(rule: ParagraphRule, bit: number, indexes: readonly number[] | null, unchecked: readonly Unchecked[], masks: Int32Array, times: RuleTimes | undefined): void {
  const started = times ? performance.now() : 0;
  const count = indexes ? indexes.length : unchecked.length;
  // An indexed loop: this runs over thousands of (rule, paragraph) pairs per analysis.
  for (let i = 0; i < count; i++) {
    const j = indexes ? indexes[i] : i;
    if ((masks[j] & bit) === 0) continue;
    const { context, cached, lineBroken } = unchecked[j];
    // A paragraph with line breaks is checked line by line (line-check.ts).
    const found = lineBroken ? checkByLine(rule, context) : rule.check(context);
    for (let f = 0; f < found.length; f++) {
      const finding = found[f];
      if (finding.start < 0 || finding.end > context.text.length || finding.start > finding.end) continue;
      // One object shape for every finding keeps this hot loop monomorphic.
      cached.hits.push({ start: finding.start, end: finding.end, messageId: finding.messageId, data: finding.data, suggestions: finding.suggestions, severity: finding.severity, rule });
    }
  }
  if (times) times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - started);
}

function hideFindings(unchecked: readonly Unchecked[]): void {
  // Rules that hide others' findings on the same line (one prompt is enough): a paragraph with line
  // breaks holds one task per line, and a contact prompt on one does not answer a vague task on another.
  for (const { context, cached, lineBroken } of unchecked) {
    // (One finding hides nothing: no rule hides its own.)
    if (cached.hits.length < 2) continue;
    for (const rule of HIDING_RULES) {
      if (!cached.hits.some((hit) => hit.rule === rule)) continue;
      const hidden = (hit: (typeof cached.hits)[number]) => rule.hides!.includes(hit.rule.id);
      if (!lineBroken) {
        cached.hits = cached.hits.filter((hit) => !hidden(hit));
        continue;
      }
      const lines = cached.hits.filter((hit) => hit.rule === rule).map((hit) => lineStartOf(context.text, hit.start));
      cached.hits = cached.hits.filter((hit) => !hidden(hit) || !lines.includes(lineStartOf(context.text, hit.start)));
    }
  }
}

/** Where the line holding an offset starts. */
function lineStartOf(text: string, offset: number): number {
  return offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
}
