// The document model every front end feeds the engine: an ordered list of blocks.
// Offsets everywhere are UTF-16 code-unit offsets into `Block.text`, because that is
// how Word positions annotations inside a paragraph.

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/**
 * Where a block lives when it is not in the body of the document. Page headers and footers often
 * carry the agreement number, the child's name and the date; text boxes and footnotes are read as
 * a person reads them. Comments are never agreement text and never become blocks.
 */
export type BlockOrigin = 'header' | 'footer' | 'text-box' | 'footnote' | 'endnote';

/** A range of a block's text, in UTF-16 code units. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Block {
  kind: BlockKind;
  /** The text as it reads with every tracked change accepted. */
  text: string;
  /** Heading level (1 = top) for headings. */
  level?: number;
  /** Word paragraph style name where known ("Heading 2", "List Bullet"). */
  style?: string;
  /** Tag of the innermost content control holding this block (our template tags it with a section id). */
  tag?: string;
  /**
   * Title of the content control holding the whole block (Word's w:alias; '' when it has none): how a
   * council's own form names the field. Absent when no control holds all of the block's text.
   */
  controlTitle?: string;
  /** For table cells: which table in the document, and the row and column (0-based). */
  table?: number;
  row?: number;
  column?: number;
  /** Text of a leading bold run, if the block starts with one ("Review date:"). Used to spot bold labels. */
  boldPrefix?: string;
  /** The whole block is a tracked insertion or deletion. Deleted blocks are dropped before analysis. */
  revision?: 'insertion' | 'deletion';
  /** The text as it read before tracked changes, when that differs from `text`. */
  originalText?: string;
  /** Absent for the body; see BlockOrigin. */
  origin?: BlockOrigin;
  /**
   * Parts of `text` that are placeholders or form-filler text, not content: a content control
   * showing its placeholder, "Click or tap here to enter text.", "(name of child)", "TBC", "N/A".
   * The text keeps them (offsets match Word's paragraph); a section holding only these is empty.
   */
  placeholders?: TextSpan[];
  /** Every word of the block is placeholder text (see `placeholders`): read the block as empty. */
  placeholder?: boolean;
  /** Word list numbering: the level (0 = top) and the label Word shows for it ("3.", "2.1", "b)", "\u2022"). */
  listLevel?: number;
  listLabel?: string;
  /** Table cells: how many grid columns the cell covers, when more than one (merged across). */
  columnSpan?: number;
  /** Table cells: the only cell of its row, across the whole table (a row used as a title). */
  fullWidthRow?: boolean;
  /**
   * Table cells merged down: this cell continues the one above (index of that cell's first block)
   * and carries a copy of its text, so a row reads whole. Rules should not report the copy again.
   */
  mergedFrom?: number;
}

/** Two blocks are cells of the same row of the same table. */
export function inSameTableRow(a: Block | undefined, b: Block | undefined): boolean {
  return a?.kind === 'table-cell' && b?.kind === 'table-cell' && a.table === b.table && a.row === b.row;
}

/** Add table cell `i` (its block `cell`) to the list of its row, keyed "table:row". */
export function addToTableRow(rows: Map<string, number[]>, cell: Block, i: number): void {
  const key = `${cell.table ?? 0}:${cell.row ?? 0}`;
  const cells = rows.get(key);
  if (cells) cells.push(i);
  else rows.set(key, [i]);
}

/**
 * Line breaks inside one paragraph (Word's w:br; '\v' in Word's paragraph.text) stay in `text` as
 * one character each, so offsets stay those of the one Word paragraph; each line is its own line
 * for the rules. These are the lines of a text, as ranges.
 */
export function lineSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0b || c === 0x0d || c === 0x2028) {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  spans.push({ start, end: text.length });
  return spans;
}

export const SECTION_IDS = [
  'participants',
  'child-details',
  'agreement-number',
  'date',
  'purpose',
  'concerns',
  'family-commitments',
  'professional-commitments',
  'contingency',
  'review-date',
  'duration',
  'copies',
  'legal-notice',
  'signatures',
  'team-manager-signature',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

export type Severity = 'error' | 'warning' | 'info';

export type Category =
  | 'jargon'
  | 'acronym'
  | 'vague-task'
  | 'threatening'
  | 'missing-section'
  | 'date'
  | 'readability'
  | 'victim-responsibility'
  | 'contact-arrangements'
  | 'numbering';

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (stable across wording changes, unlike `message`). */
  messageId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** Index into the analysed paragraphs (`AnalysisResult.paragraphs`). */
  paragraph: number;
  start: number;
  end: number;
  /** Exactly `paragraphs[paragraph].slice(start, end)`. */
  excerpt: string;
  suggestions: string[];
  /** The guidance document and section the rule enforces. */
  source: string;
  /** For missing-section findings: which section is missing. */
  section?: SectionId;
}

export interface SectionInfo {
  present: boolean;
  paragraphs: number[];
  /** Present with no heading, label or tag naming it: recognised from what its sentences say. */
  via?: 'content';
}

/** Where the agreement gives a date, and which calendar day it is. */
export interface DateMention {
  paragraph: number;
  start: number;
  end: number;
  /** yyyy-mm-dd, the calendar day as written (no time zone). */
  iso: string;
}

/** The agreement's own dates, as the date checks read them. */
export interface AgreementDates {
  agreement: DateMention | null;
  review: DateMention | null;
  end: DateMention | null;
}

/** One task line of the agreement and who does it. */
export interface TaskMention {
  paragraph: number;
  /** Whose commitment it is: the family's or a professional's (an agency's). */
  party: 'family' | 'professional';
  /** The words naming who does it ("Ms Smith", "Belinda Jones (social worker)"), or '' when the line names nobody. */
  who: string;
}

export interface AnalysisResult {
  profile: string;
  paragraphs: string[];
  findings: Finding[];
  sections: Partial<Record<SectionId, SectionInfo>>;
  missingSections: SectionId[];
  /** The agreement, review and end dates (front ends that build results of their own may leave it out). */
  dates?: AgreementDates;
  /** Every task line in document order. */
  tasks?: TaskMention[];
}
