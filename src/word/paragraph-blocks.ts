import type { Block } from '../core';
import type { ParagraphLike } from './word-types';

// Word paragraphs as the engine's blocks. Shared by the live cycle and the manager's review.

/**
 * What the add-in reads of one paragraph: ten values or fewer (with the two null flags). `styleBuiltIn` names headings in
 * any language ("Pennawd 1" in Welsh Word is Heading1); `style` keeps custom style names. A
 * paragraph is in a table when its parent cell is not a null object (no tableNestingLevel needed).
 */
export const PARAGRAPH_FIELDS = [
  'text',
  'style',
  'styleBuiltIn',
  'isListItem',
  // isNullObject comes with any property loaded through a *OrNullObject navigation.
  'parentContentControlOrNullObject/tag',
  // A council form names its fields by the control's title ("Review date"); WordApi 1.1.
  'parentContentControlOrNullObject/title',
  'parentTableCellOrNullObject/rowIndex',
  'parentTableCellOrNullObject/cellIndex',
];

/** The fields of one paragraph, for Paragraph.load. */
export function paragraphFields(withId: boolean): string {
  return (withId ? [...PARAGRAPH_FIELDS, 'uniqueLocalId'] : PARAGRAPH_FIELDS).join(',');
}

/** The fields of every paragraph, for ParagraphCollection.load. */
export function collectionFields(withId: boolean): string {
  return paragraphFields(withId)
    .split(',')
    .map((field) => `items/${field}`)
    .join(',');
}

/** Every field of every paragraph, with ids (the review read). */
export const PARAGRAPH_PROPERTIES = collectionFields(true);

/**
 * Word's API has no table number, but two tables in a row always have a paragraph between them
 * (otherwise Word joins them), so each run of table paragraphs is one table.
 */
export function numberTables(blocks: Block[]): Block[] {
  let table = -1;
  let inTable = false;
  for (const block of blocks) {
    if (block.kind === 'table-cell') {
      if (!inTable) table++;
      block.table = table;
    }
    inTable = block.kind === 'table-cell';
  }
  return blocks;
}

/** Blocks in document order. */
export function toBlocks(paragraphs: readonly ParagraphLike[]): Block[] {
  return numberTables(paragraphs.map(toBlock));
}

const BUILT_IN_HEADING = /^Heading([1-9])$/;

export function toBlock(paragraph: ParagraphLike): Block {
  const builtIn = paragraph.styleBuiltIn;
  const custom = paragraph.style;
  // The engine sees English built-in names whatever the language of Word; custom names as they are.
  const heading = BUILT_IN_HEADING.exec(builtIn);
  const style = heading ? `Heading ${heading[1]}` : builtIn === 'Other' ? custom : builtIn === 'Title' ? 'Title' : custom;
  const block: Block = { kind: 'paragraph', text: paragraph.text, style };
  const cell = paragraph.parentTableCellOrNullObject;
  if (!cell.isNullObject) {
    block.kind = 'table-cell';
    block.row = cell.rowIndex;
    block.column = cell.cellIndex;
  } else if (heading || builtIn === 'Title') {
    block.kind = 'heading';
    block.level = heading ? Number(heading[1]) : 1;
  } else if (/^heading\s*(\d)$/i.test(custom)) {
    block.kind = 'heading';
    block.level = Number(/(\d)$/.exec(custom)![1]);
  } else if (paragraph.isListItem) {
    block.kind = 'list-item';
  }
  const control = paragraph.parentContentControlOrNullObject;
  if (!control.isNullObject) {
    if (control.tag) block.tag = control.tag;
    // Word's parent control holds the whole paragraph: its title, '' if it has none, says so.
    block.controlTitle = control.title ?? '';
  }
  return block;
}
