// The walk over a document that every analysis starts with: the texts, folded; each block's role
// (structure.ts); who does the tasks under each heading and in each action-table row. And after a
// small edit, whether re-walking only the edited blocks leaves the walk as it was.
import type { ActorKind } from './actors';
import type { Block } from './model';
import type { SectionKey } from './section-labels';
import { buildStructure, walkBlock, type BlockRole, type StructureTrace, type WalkState } from './structure';
import { headingActors } from './heading-actors';
import { actionTableRows } from './tasks';
import { fold } from './text';
import type { ActionRow } from './types';

/** What every walk of a document is given: the template's placeholder texts and a policy's own headings. */
export interface WalkSettings {
  placeholderTexts: ReadonlySet<string>;
  policyLabels: ReadonlyMap<string, SectionKey> | undefined;
}

export interface DocumentLayout {
  texts: string[];
  folded: string[];
  structure: StructureTrace;
  headingActor: ActorKind[];
  rows: Map<number, ActionRow>;
}

/** The texts, the section walk, and who does the tasks under each heading or in each table row. */
export function layOut(blocks: readonly Block[], settings: WalkSettings, previous?: Pick<DocumentLayout, 'texts' | 'folded'> | null): DocumentLayout {
  const texts = blocks.map((block) => (block.revision === 'deletion' ? '' : block.text));
  // A paragraph whose text is unchanged at the same place keeps its folded text from the last run.
  const folded = texts.map((text, i) => (previous && previous.texts[i] === text ? previous.folded[i] : fold(text)));
  const structure = buildStructure(blocks, settings.placeholderTexts, settings.policyLabels, folded);
  const headingActor = headingActors(texts, folded, structure.roles, blocks);
  const rows = actionTableRows(blocks, folded, structure.roles, structure.tables.columns);
  return { texts, folded, structure, headingActor, rows };
}

/**
 * The new roles of the changed blocks, if re-walking each one from the state before it leaves
 * the walk exactly as it was after it (same open section, same labels noted, not a heading whose
 * text names who does the tasks below). Table cells always take the full walk (their rows share context).
 */
export function rewalkEdited(previous: { blocks: readonly Block[]; structure: StructureTrace }, blocks: readonly Block[], changed: readonly number[], settings: WalkSettings): BlockRole[] | null {
  const { stateBefore, labelled, notes, roles } = previous.structure;
  const result: BlockRole[] = [];
  for (const i of changed) {
    const block = blocks[i];
    if (block.kind === 'table-cell' || previous.blocks[i].kind === 'table-cell' || roles[i].labelOnly || previous.structure.decidedByContent.has(i)) return null;
    // (A list item before a paragraph may be a numbered title, which only the whole walk sees: structure.ts.)
    if (block.kind === 'list-item' && blocks[i + 1]?.kind === 'paragraph') return null;
    const state: WalkState = { current: stateBefore[i].current, level: stateBefore[i].level };
    const noted: SectionKey[] = [];
    const role = walkBlock(block, state, {
      placeholderTexts: settings.placeholderTexts,
      policyLabels: settings.policyLabels,
      rowSection: new Map(),
      hasLabel: (key) => (labelled.get(key)?.[0] ?? Infinity) < i,
      note: (key) => noted.push(key),
    });
    const after = stateBefore[i + 1];
    if (role.labelOnly || role.section !== roles[i].section || state.current !== after.current || state.level !== after.level) return null;
    if (!sameList(noted, notes[i] ?? [])) return null;
    result.push(role);
  }
  return result;
}

export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, k) => item === b[k]);
}
