import type { Block, BlockOrigin } from '../core';
import type { Capabilities } from './capabilities';
import { errorCode, errorLocation, type StoryItemsLike, type WordContextLike } from './word-types';

// Text a person reads outside the body's paragraphs that the full read's one batch can also take:
// text boxes, footnotes and endnotes, each behind the API set that offers it. Word gives each as a
// body whose text joins its paragraphs with a carriage return.

/** Word.ShapeType.textBox's value, without reading the Word global (absent outside Office). */
const TEXT_BOX = 'TextBox' as Word.ShapeType;

export interface ExtraStory {
  origin: Extract<BlockOrigin, 'text-box' | 'footnote' | 'endnote'>;
  needs: 'textBoxes' | 'notes';
  /** How Word names the failing call in an error's debugInfo.errorLocation. */
  location: RegExp;
  load(context: WordContextLike): StoryItemsLike;
}

export const EXTRA_STORIES: readonly ExtraStory[] = [
  { origin: 'text-box', needs: 'textBoxes', location: /^(?:Body\.shapes|ShapeCollection)/, load: (context) => context.document.body.shapes.getByTypes([TEXT_BOX]).load('items/body/text') },
  { origin: 'footnote', needs: 'notes', location: /^Body\.footnotes|^NoteItem/, load: (context) => context.document.body.footnotes.load('items/body/text') },
  { origin: 'endnote', needs: 'notes', location: /^Body\.endnotes|^NoteItem/, load: (context) => context.document.body.endnotes.load('items/body/text') },
];

/** The extras this host offers and has not failed. */
export function extrasToRead(capabilities: Capabilities, failed: ReadonlySet<ExtraStory['needs']>): ExtraStory[] {
  return EXTRA_STORIES.filter((story) => capabilities[story.needs] && !failed.has(story.needs));
}

/** Each non-empty paragraph of each item as a block of the story's origin. */
export function extraBlocks(story: ExtraStory, loaded: StoryItemsLike): Block[] {
  return loaded.items
    .flatMap((item) => item.body.text.split(/\r\n?|\n/))
    .filter((text) => text.trim() !== '')
    .map((text) => ({ kind: 'paragraph' as const, text, origin: story.origin }));
}

/**
 * Which extras to give up after a failed batch: the ones the error's location names; all of them when
 * it names none and the host lacks an API (ApiNotFound) or nothing else was read to blame; else none.
 */
export function extrasToDrop(reading: readonly ExtraStory[], error: unknown, othersRead: boolean): Array<ExtraStory['needs']> {
  const location = errorLocation(error);
  const named = reading.filter((story) => story.location.test(location));
  const blamed = named.length ? named : errorCode(error) === 'ApiNotFound' || !othersRead ? reading : [];
  return [...new Set(blamed.map((story) => story.needs))];
}
