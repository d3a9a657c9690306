import type { Block } from '../core';
import type { ParagraphLike } from './word-types';

// Word paragraphs as the engine's blocks. Shared by the live cycle and the manager's review.

/** What one full read loads per paragraph. */
export const PARAGRAPH_PROPERTIES =
  'items/text,items/style,items/isListItem,items/tableNestingLevel,items/uniqueLocalId,items/parentContentControlOrNullObject/tag,items/parentContentControlOrNullObject/isNullObject,items/parentTableCellOrNullObject/rowIndex,items/parentTableCellOrNullObject/cellIndex,items/parentTableCellOrNullObject/isNullObject';

/**
 * Blocks in document order. Word's API has no table number, but two tables in a row always have a
 * paragraph between them (otherwise Word joins them), so each run of table paragraphs is one table.
 */
export function toBlocks(paragraphs: readonly ParagraphLike[]): Block[] {
  let table = -1;
  let inTable = false;
  return paragraphs.map((paragraph) => {
    const block = toBlock(paragraph);
    if (block.kind === 'table-cell') {
      if (!inTable) table++;
      block.table = table;
    }
    inTable = block.kind === 'table-cell';
    return block;
  });
}

export function toBlock(paragraph: ParagraphLike): Block {
  const block: Block = { kind: 'paragraph', text: paragraph.text, style: paragraph.style };
  const heading = /^heading\s*(\d)$/i.exec(paragraph.style ?? '') ?? (/^title$/i.test(paragraph.style ?? '') ? ['', '1'] : null);
  const cell = paragraph.parentTableCellOrNullObject;
  if (paragraph.tableNestingLevel > 0 && cell && !cell.isNullObject) {
    block.kind = 'table-cell';
    block.row = cell.rowIndex;
    block.column = cell.cellIndex;
  } else if (heading) {
    block.kind = 'heading';
    block.level = Number(heading[1]);
  } else if (paragraph.isListItem) {
    block.kind = 'list-item';
  }
  const control = paragraph.parentContentControlOrNullObject;
  if (control && !control.isNullObject && control.tag) block.tag = control.tag;
  return block;
}

