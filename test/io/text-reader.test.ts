import { readMarkdown, readPlainText } from '../../src/io/text-reader';
import { readAgreementBytes } from '../../src/io/read-agreement';

describe('Markdown', () => {
  test('ATX and setext headings with their levels', () => {
    const blocks = readMarkdown('# Written agreement\n\nWhat we are worried about\n-------------------------\n\nReview\n======\n\n### If things go wrong ###\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Written agreement' },
      { kind: 'heading', level: 2, text: 'What we are worried about' },
      { kind: 'heading', level: 1, text: 'Review' },
      { kind: 'heading', level: 3, text: 'If things go wrong' },
    ]);
  });

  test("'-', '*' and '1.' lines are list items; wrapped lines join into one paragraph", () => {
    const blocks = readMarkdown('Kerry and Daniel\nagreed to this.\n\n- Kerry will walk Liam to school.\n* Dan will visit on Tuesdays.\n1. Hannah will call every Friday.\n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Kerry and Daniel agreed to this.'],
      ['list-item', 'Kerry will walk Liam to school.'],
      ['list-item', 'Dan will visit on Tuesdays.'],
      ['list-item', 'Hannah will call every Friday.'],
    ]);
  });

  test('pipe tables become table cells with row and column; the underline row is skipped', () => {
    const blocks = readMarkdown('| Label | Value |\n| --- | :---: |\n| Review date | 14 January 2027 |\n\nText\n\n| A |\n');
    expect(blocks.map((b) => [b.kind, b.table, b.row, b.column, b.text])).toEqual([
      ['table-cell', 0, 0, 0, 'Label'],
      ['table-cell', 0, 0, 1, 'Value'],
      ['table-cell', 0, 1, 0, 'Review date'],
      ['table-cell', 0, 1, 1, '14 January 2027'],
      ['paragraph', undefined, undefined, undefined, 'Text'],
      ['table-cell', 1, 0, 0, 'A'],
    ]);
  });

  test('a leading **bold** label is the bold prefix, with the markers stripped', () => {
    const [field, plain] = readMarkdown('**Review date:** 14 January 2027\n\nKerry will **always** call.\n');
    expect(field).toEqual({ kind: 'paragraph', text: 'Review date: 14 January 2027', boldPrefix: 'Review date:' });
    expect(plain).toEqual({ kind: 'paragraph', text: 'Kerry will always call.' });
  });

  test('signature lines of underscores are not taken for emphasis', () => {
    expect(readMarkdown('Signed ________ Date ________')[0].text).toBe('Signed ________ Date ________');
  });
});

describe('plain text', () => {
  test('blank lines separate paragraphs; wrapped lines join; bullet and number lines are list items', () => {
    const text = 'We will review this agreement on 12 January 2027 at the\nfamily home with everyone.\n\n- Kerry will walk Liam to school.\n2) Dan will visit on Tuesdays.\n\u2022 Hannah will call.\n';
    expect(readPlainText(text).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'We will review this agreement on 12 January 2027 at the family home with everyone.'],
      ['list-item', 'Kerry will walk Liam to school.'],
      ['list-item', 'Dan will visit on Tuesdays.'],
      ['list-item', 'Hannah will call.'],
    ]);
  });

  test('no headings are guessed: a short title line is its own paragraph, not a heading', () => {
    const blocks = readPlainText('If things go wrong\nHannah will arrange a meeting within five working days.\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'If things go wrong' },
      { kind: 'paragraph', text: 'Hannah will arrange a meeting within five working days.' },
    ]);
  });

  const source = '\uFEFFLiam \u{1F600} likes football.\r\n\r\nSecond.';
  const utf16 = (bigEndian: boolean) => {
    const bytes = new Uint8Array(source.length * 2);
    for (let i = 0; i < source.length; i++) {
      const unit = source.charCodeAt(i);
      bytes[i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
      bytes[i * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
    }
    return bytes;
  };

  test.each([
    ['UTF-8 with a byte-order mark', new TextEncoder().encode(source)],
    ['UTF-16 little-endian', utf16(false)],
    ['UTF-16 big-endian', utf16(true)],
  ])('%s with emoji is decoded, offsets in UTF-16 code units', (_, bytes) => {
    const { blocks, format } = readAgreementBytes(bytes, '.txt');
    expect(format).toBe('text');
    expect(blocks.map((b) => b.text)).toEqual(['Liam \u{1F600} likes football.', 'Second.']);
    expect(blocks[0].text.indexOf('likes')).toBe(8);
  });
});
