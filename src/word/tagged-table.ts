import type { WordContextLike } from './word-types';

// The add-in's records in the document (the sign-off checklist, the review meeting record): a
// title and a table inside one content control, tagged so it is found and updated in place rather
// than added again. One read and one write: two round trips, whatever the size of the table.

export async function upsertTaggedTable(context: WordContextLike, tag: string, title: string, rows: string[][]): Promise<'inserted' | 'updated'> {
  const controls = context.document.contentControls.load('items/tag');
  await context.sync();
  const existing = controls.items.find((c) => c.tag === tag);
  const columns = rows[0]?.length ?? 1;
  if (existing) {
    // clear() leaves one empty paragraph inside the control: the title goes there.
    existing.clear();
    existing.insertText(title, 'Start');
    existing.insertTable(rows.length, columns, 'End', rows);
    await context.sync();
    return 'updated';
  }
  const heading = context.document.body.insertParagraph(title, 'End');
  heading.styleBuiltIn = 'Heading2';
  const table = heading.insertTable(rows.length, columns, 'After', rows);
  const control = heading.getRange('Start').expandTo(table.getRange('End')).insertContentControl();
  control.tag = tag;
  control.title = title;
  await context.sync();
  return 'inserted';
}
