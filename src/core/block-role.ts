import type { Block } from './model';
import type { SectionKey } from './section-labels';
import type { TableLayout } from './table-layout';

// The section walk's vocabulary, shared by the walk (structure.ts), its steps and everything that
// reads a block's role: kept apart so the steps and their readers import no walk code.

/**
 * Where each block sits in the agreement. Built once per analysis from the block list; cheap,
 * because only label-like blocks are classified.
 */
export interface BlockRole {
  section: SectionKey | null;
  /** The block only names a section (a heading, a bare label line, a label cell). */
  labelOnly: boolean;
  /** Offset where the block's content starts: after "Review date:" in "Review date: 7 May 2027". */
  contentStart: number;
  /** The block is template guidance or an empty placeholder, not the worker's words. */
  placeholder: boolean;
}

export interface Structure {
  roles: BlockRole[];
  /** Sections for which a label (or content-control tag) was seen, with the label block index. */
  labelled: Map<SectionKey, number[]>;
}

/** Where the section walk stands before a block: the open section and its heading level. */
export interface WalkState {
  current: SectionKey | null;
  level: number;
}

/** What one step of the walk may consult and record besides the state. */
export interface WalkContext {
  placeholderTexts: ReadonlySet<string>;
  /** A council policy's own headings (cleaned, folded) and the sections they name; checked first. */
  policyLabels?: ReadonlyMap<string, SectionKey>;
  /** Two-column label tables: the section named in column 0 of each row ("table:row"). */
  rowSection: Map<string, SectionKey | null>;
  /** A label for this section was seen before this block. */
  hasLabel(key: SectionKey): boolean;
  /** This block labels a section. */
  note(key: SectionKey): void;
  /** List items that stand alone between paragraphs as a numbered document's titles ("3. What needs to change"); absent when one block is re-walked. */
  listTitles?: ReadonlySet<Block>;
  /** How the document's tables are read (columns, signature tables, title rows); absent when one block is re-walked. */
  tables?: TableLayout;
}

/** The structure plus the walk's state before every block (entry n is the state after the last). */
export interface StructureTrace extends Structure {
  stateBefore: WalkState[];
  /** Sections each block labelled, if any. */
  notes: Array<SectionKey[] | undefined>;
  /** How the tables were read (tables read by their columns give each column's cells their own tasks). */
  tables: TableLayout;
  /** Blocks whose part the lines under an unknown heading decide (commitment-runs.ts): an edit there needs a full walk. */
  decidedByContent: ReadonlySet<number>;
}
