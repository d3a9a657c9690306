import { UnreadableFileError } from './zip';

// The readers' limits, in one place. Each is far beyond any real agreement (a long one is 20 pages,
// a few hundred paragraphs, 60,000 characters) and each is checked while reading, so a hostile file
// is refused before it can cost time or memory. Memory stays proportional to the text a person
// could read, not to the markup around it: every limit below counts readable things.

/**
 * Elements open at once in one XML part. Word's own documents stay under about 40 (a table in a
 * table in a content control); a thousand levels is only reached by a damaged or hostile file.
 */
export const MAX_XML_DEPTH = 1_000;

/** Paragraphs in one document, counting empty ones (about 2,000 pages). */
export const MAX_PARAGRAPHS = 100_000;

/** Table cells in one document. */
export const MAX_TABLE_CELLS = 100_000;

/** Characters in one paragraph (about 40 pages without a paragraph break). */
export const MAX_PARAGRAPH_CHARS = 100_000;

/**
 * The most text the checker will take from one file: about 1,000 pages, hundreds of times a real
 * agreement, and still analysed in a few seconds. Beyond it the file is refused, not half-checked.
 */
export const MAX_TEXT_CHARS = 3_000_000;

const number = (n: number) => n.toLocaleString('en-GB');

export function tooMuchText(): UnreadableFileError {
  return new UnreadableFileError(`the document has more than ${(MAX_TEXT_CHARS / 1_000_000).toFixed(0)} million characters of text, far longer than any agreement; not read`);
}

export function tooManyParagraphs(): UnreadableFileError {
  return new UnreadableFileError(`the document has more than ${number(MAX_PARAGRAPHS)} paragraphs (counting empty ones), far more than any agreement; not read`);
}

export function tooManyCells(): UnreadableFileError {
  return new UnreadableFileError(`the document has more than ${number(MAX_TABLE_CELLS)} table cells, far more than any agreement; not read`);
}

export function paragraphTooLong(): UnreadableFileError {
  return new UnreadableFileError(
    `one paragraph has more than ${number(MAX_PARAGRAPH_CHARS)} characters (about 40 pages with no paragraph break), which no agreement has; break it into paragraphs and try again`,
  );
}

/** Counts paragraphs, cells and characters as a reader meets them, and throws at the first limit passed. */
export class ReadingBudget {
  private paragraphs = 0;
  private cells = 0;
  private chars = 0;

  paragraph(): void {
    if (++this.paragraphs > MAX_PARAGRAPHS) throw tooManyParagraphs();
  }

  cell(): void {
    if (++this.cells > MAX_TABLE_CELLS) throw tooManyCells();
  }

  /** Count `added` characters of text; `paragraphLength` is the paragraph's length after adding them. */
  text(added: number, paragraphLength: number): void {
    this.chars += added;
    if (this.chars > MAX_TEXT_CHARS) throw tooMuchText();
    if (paragraphLength > MAX_PARAGRAPH_CHARS) throw paragraphTooLong();
  }
}
