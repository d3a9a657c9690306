import { strToU8, zipSync } from 'fflate';
import { readDocx, MAX_PACKAGE_BYTES } from '../../src/io/docx-reader';
import { compoundFile } from './build';

// Documents written by hand as raw WordprocessingML, so each test shows the exact XML it reads.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}
const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
const styles = (inner: string) => `<w:styles ${W}>${inner}</w:styles>`;
const read = (body: string, extra?: Record<string, string>) => readDocx(docx(body, extra));

describe('headings', () => {
  const styleXml = styles(
    '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Council section"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>',
  );

  test('come from the style name in styles.xml, not the style id', () => {
    const { blocks } = read(p(r('What we are worried about'), '<w:pStyle w:val="Kop2"/>'), { 'word/styles.xml': styleXml });
    expect(blocks).toEqual([{ kind: 'heading', level: 2, text: 'What we are worried about', style: 'heading 2' }]);
  });

  test('Title, a style with an outline level, and a direct outline level are headings', () => {
    const { blocks } = read(
      p(r('Written agreement'), '<w:pStyle w:val="Title"/>') + p(r('Review'), '<w:pStyle w:val="Section"/>') + p(r('Signed'), '<w:outlineLvl w:val="0"/>') + p(r('Body text')),
      { 'word/styles.xml': styleXml },
    );
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['heading', 1],
      ['paragraph', undefined],
    ]);
  });

  test('without styles.xml, a HeadingN style id still gives the level', () => {
    expect(read(p(r('Purpose'), '<w:pStyle w:val="Heading3"/>')).blocks[0]).toMatchObject({ kind: 'heading', level: 3 });
  });
});

test('styles inherit heading levels and numbering from the style they are based on; numId 0 turns numbering off', () => {
  const styleXml = styles(
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="CouncilHeading"><w:name w:val="Council heading"/><w:basedOn w:val="Heading2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Tasks"><w:name w:val="Tasks"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="MyTasks"><w:name w:val="My tasks"/><w:basedOn w:val="Tasks"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>',
  );
  const { blocks } = read(
    p(r('What Aisha will do'), '<w:pStyle w:val="CouncilHeading"/>') + p(r('Aisha will call.'), '<w:pStyle w:val="MyTasks"/>') + p(r('Not numbered.'), '<w:pStyle w:val="MyTasks"/><w:numPr><w:numId w:val="0"/></w:numPr>') + p(r('Loop.'), '<w:pStyle w:val="Loop"/>'),
    { 'word/styles.xml': styleXml },
  );
  expect(blocks.map((b) => [b.kind, b.level])).toEqual([
    ['heading', 2],
    ['list-item', undefined],
    ['paragraph', undefined],
    ['paragraph', undefined],
  ]);
});

test('numbered paragraphs and List styles are list items', () => {
  const styleXml = styles('<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>');
  const { blocks } = read(
    p(r('Kerry will walk Liam to school.'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') + p(r('Dan will visit.'), '<w:pStyle w:val="ListBullet"/>') + p(r('Plain.')),
    { 'word/styles.xml': styleXml },
  );
  expect(blocks.map((b) => b.kind)).toEqual(['list-item', 'list-item', 'paragraph']);
  expect(blocks[1].style).toBe('List Bullet');
});

describe('tables', () => {
  const cell = (content: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

  test('cells carry table, row and column; each paragraph of a cell is its own block', () => {
    const body =
      p(r('Before')) +
      `<w:tbl>${row(cell(p(r('Review date'))), cell(p(r('14 January 2027'))))}${row(cell(p(r('Signed'))), cell(p(r('Line one')) + p(r('Line two'))))}</w:tbl>` +
      `<w:tbl>${row(cell(p(r('Wide')), '<w:gridSpan w:val="2"/>'), cell(p(r('Third'))))}</w:tbl>`;
    const { blocks } = read(body);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Before' });
    expect(blocks.slice(1).map((b) => [b.kind, b.table, b.row, b.column, b.text])).toEqual([
      ['table-cell', 0, 0, 0, 'Review date'],
      ['table-cell', 0, 0, 1, '14 January 2027'],
      ['table-cell', 0, 1, 0, 'Signed'],
      ['table-cell', 0, 1, 1, 'Line one'],
      ['table-cell', 0, 1, 1, 'Line two'],
      ['table-cell', 1, 0, 0, 'Wide'],
      ['table-cell', 1, 0, 2, 'Third'],
    ]);
  });

  test('a nested table is numbered on its own and the outer cell resumes after it', () => {
    const inner = `<w:tbl>${row(cell(p(r('inner'))))}</w:tbl>`;
    const { blocks } = read(`<w:tbl>${row(cell(p(r('a'))), cell(inner + p(r('b'))))}</w:tbl>`);
    expect(blocks.map((b) => [b.text, b.table, b.row, b.column])).toEqual([
      ['a', 0, 0, 0],
      ['inner', 1, 0, 0],
      ['b', 0, 0, 1],
    ]);
  });
});

describe('content controls', () => {
  const sdt = (tag: string | null, content: string) => `<w:sdt><w:sdtPr>${tag ? `<w:tag w:val="${tag}"/>` : ''}<w:alias w:val="x"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  test('a block takes the tag of the innermost tagged control', () => {
    const { blocks } = read(sdt('review-date', p(r('Review')) + sdt('inner', p(r('Deep'))) + sdt(null, p(r('Untagged inside')))) + p(r('Outside')));
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([
      ['Review', 'review-date'],
      ['Deep', 'inner'],
      ['Untagged inside', 'review-date'],
      ['Outside', undefined],
    ]);
  });

  test('an inline control tags its paragraph only when no block control does', () => {
    const inline = sdt('date-field', r('7 December 2026'));
    const { blocks } = read(p(r('Date: ') + inline) + sdt('date', p(r('Date: ') + inline)));
    expect(blocks.map((b) => [b.text, b.tag])).toEqual([
      ['Date: 7 December 2026', 'date-field'],
      ['Date: 7 December 2026', 'date'],
    ]);
  });
});

describe('content control titles (w:alias)', () => {
  const titled = (title: string, content: string) => `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="Text${title.length}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  test('a block control gives every paragraph in it its title; an inner titled control wins', () => {
    const { blocks } = read(titled('If things go wrong', p(r('Nan will have the children.')) + titled('Who to ring', p(r('Ring Sam on 07700 900123.')))) + p(r('Outside')));
    expect(blocks.map((b) => [b.text, b.controlTitle])).toEqual([
      ['Nan will have the children.', 'If things go wrong'],
      ['Ring Sam on 07700 900123.', 'Who to ring'],
      ['Outside', undefined],
    ]);
  });

  test("an inline control names its paragraph only when it holds all of the paragraph's text", () => {
    const { blocks } = read(p(titled('Review date', r('12 January 2027'))) + p(r('Next meeting: ') + titled('Review date', r('12 January 2027'))) + p(titled('Review date', r('12 January 2027')) + r(' at the school')) + p(r(' ') + titled('Review date', r('12 January 2027')) + r(' ')));
    expect(blocks.map((b) => b.controlTitle)).toEqual(['Review date', undefined, undefined, 'Review date']);
    // An untitled control holding the whole paragraph is still recorded ('' title), so its tag can name the part.
    expect(read(p(`<w:sdt><w:sdtPr><w:tag w:val="ReviewDate"/></w:sdtPr><w:sdtContent>${r('12 January 2027')}</w:sdtContent></w:sdt>`)).blocks[0].controlTitle).toBe('');
  });
});

describe('bold prefixes', () => {
  test('leading bold runs, joined across runs, become the bold prefix', () => {
    const { blocks } = read(p(r('Review ', '<w:b/>') + r('date:', '<w:b/>') + r(' 14 January 2027')));
    expect(blocks[0]).toMatchObject({ text: 'Review date: 14 January 2027', boldPrefix: 'Review date:' });
  });

  test('bold later in the paragraph, or w:b switched off, is no prefix', () => {
    const { blocks } = read(p(r('Kerry will ') + r('always', '<w:b/>')) + p(r('Not bold', '<w:b w:val="0"/>') + r(' text')));
    expect(blocks[0].boldPrefix).toBeUndefined();
    expect(blocks[1].boldPrefix).toBeUndefined();
  });
});

describe('tracked changes', () => {
  const ins = (text: string, author = 'Team Manager') => `<w:ins w:id="1" w:author="${author}" w:date="2026-12-02T10:15:00Z">${r(text)}</w:ins>`;
  const del = (text: string) => `<w:del w:id="2" w:author="Hannah Okafor" w:date="2026-12-01T09:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

  test('insertions are in the text, deletions only in the original text, each listed with author, date and block', () => {
    const { blocks, trackedChanges } = read(p(r('Heading')) + p(r('We will review this ') + del('soon') + ins('on 12 January 2027') + r('.')));
    expect(blocks[1].text).toBe('We will review this on 12 January 2027.');
    expect(blocks[1].originalText).toBe('We will review this soon.');
    expect(blocks[0].originalText).toBeUndefined();
    expect(trackedChanges).toEqual([
      { type: 'deletion', author: 'Hannah Okafor', date: '2026-12-01T09:00:00Z', text: 'soon', block: 1 },
      { type: 'insertion', author: 'Team Manager', date: '2026-12-02T10:15:00Z', text: 'on 12 January 2027', block: 1 },
    ]);
  });

  test('a paragraph whose content and mark are deleted is dropped; a wholly inserted one is marked', () => {
    const deletedMark = '<w:rPr><w:del w:id="3" w:author="A" w:date="2026-12-01T09:00:00Z"/></w:rPr>';
    const { blocks, trackedChanges } = read(p(del('Old task.'), deletedMark) + p(ins('New task.')) + p(r('Kept.')));
    expect(blocks.map((b) => b.text)).toEqual(['New task.', 'Kept.']);
    expect(blocks[0].revision).toBe('insertion');
    expect(trackedChanges.find((c) => c.type === 'deletion')).toMatchObject({ text: 'Old task.', block: -1 });
  });

  test('formatting changes are listed, and the old properties they keep do not count', () => {
    const runChange = r('Hannah Okafor', '<w:b/><w:rPrChange w:id="4" w:author="Team Manager" w:date="2026-12-02T10:00:00Z"><w:rPr/></w:rPrChange>');
    const oldBold = r('Plain now', '<w:rPrChange w:id="5" w:author="A" w:date="2026-12-02T10:00:00Z"><w:rPr><w:b/></w:rPr></w:rPrChange>');
    const paragraphChange = '<w:pStyle w:val="Heading2"/><w:pPrChange w:id="6" w:author="B" w:date="2026-12-03T10:00:00Z"><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>';
    const { blocks, trackedChanges } = read(p(runChange + r(' will visit.')) + p(oldBold + r(' text')) + p(r('Review'), paragraphChange));
    expect(blocks[0].boldPrefix).toBe('Hannah Okafor');
    expect(blocks[1].boldPrefix).toBeUndefined();
    expect(blocks[2]).toMatchObject({ kind: 'heading', level: 2, text: 'Review' });
    expect(trackedChanges).toEqual([
      { type: 'formatting', author: 'Team Manager', date: '2026-12-02T10:00:00Z', text: 'Hannah Okafor', block: 0 },
      { type: 'formatting', author: 'A', date: '2026-12-02T10:00:00Z', text: 'Plain now', block: 1 },
      { type: 'formatting', author: 'B', date: '2026-12-03T10:00:00Z', text: 'Review', block: 2 },
    ]);
  });
});

test('tabs, breaks (one character each: \\n), hyphens, symbols, hyperlinks and simple fields are text; field codes and fallbacks are not', () => {
  const body = p(
    r('Name') +
      '<w:r><w:tab/><w:t>Kerry</w:t><w:br/><w:t>Walsh</w:t><w:noBreakHyphen/><w:t>Jones</w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2713"/></w:r>' +
      `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${r(' link')}</w:hyperlink>` +
      `<w:fldSimple w:instr=" DATE ">${r(' 7 December 2026')}</w:fldSimple>` +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      r(' 3') +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      `<mc:AlternateContent><mc:Choice Requires="wps">${r(' box')}</mc:Choice><mc:Fallback>${r(' box again')}</mc:Fallback></mc:AlternateContent>`,
  );
  expect(read(body).blocks[0].text).toBe('Name\tKerry\nWalsh\u2011Jones\u00B7\u2713 link 7 December 2026 3 box');
});

test('UTF-16 text with emoji and other scripts comes through unchanged', () => {
  const text = 'Liam \u{1F600} likes football \u2014 \u0645\u0631\u062D\u0628\u0627 caf\u00E9 \u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
  const { blocks } = read(p(r(text)));
  expect(blocks[0].text).toBe(text);
  expect(blocks[0].text.indexOf('likes')).toBe(8); // the emoji is two UTF-16 code units
});

test('custom XML parts and add-in settings are exposed raw', () => {
  const part = '<signoff xmlns="urn:clear-agreements">{"confirmed":["discussed"]}</signoff>';
  const settings = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="signoff" value="&quot;{\\&quot;a\\&quot;:1}&quot;"/></we:properties></we:webextension>`;
  const { customXmlParts, addinSettings } = read(p(r('x')), { 'customXml/item1.xml': part, 'customXml/itemProps1.xml': '<x/>', 'word/webextensions/webextension1.xml': settings });
  expect(customXmlParts).toEqual([part]);
  expect(addinSettings.signoff).toBe('{"a":1}');
});

describe('refusals', () => {
  test('a DOCTYPE anywhere is refused before any entity is expanded', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document ${W}><w:body>${p(r('&a;'))}</w:body></w:document>`) });
    expect(() => readDocx(bytes)).toThrow(/DOCTYPE/);
    const inStyles = docx(p(r('x')), { 'word/styles.xml': '<!DOCTYPE s><w:styles/>' });
    expect(() => readDocx(inStyles)).toThrow(/styles\.xml contains a DOCTYPE/);
  });

  test('parts that each fit the part limit cannot add up past the package limit', () => {
    const part = new Uint8Array(30 * 1024 * 1024); // under the 32 MB part limit, over the 64 MB total in three
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document ${W}><w:body/></w:document>`), 'customXml/item1.xml': part, 'customXml/item2.xml': part, 'customXml/item3.xml': part }, { level: 1 });
    expect(MAX_PACKAGE_BYTES).toBeLessThan(3 * part.length);
    expect(() => readDocx(bytes)).toThrow(/expands to more than/);
  });

  test.each([
    ['an encrypted .docx', ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'], /password-protected \(encrypted\); open it in Word, remove the password/],
    ['a rights-managed (IRM) .docx', ['\u0006DataSpaces', 'DRMEncryptedDataSpace', 'EncryptedPackage'], /rights management/],
    ['an old Word .doc', ['WordDocument', '1Table', '\u0005SummaryInformation'], /older Word \(\.doc, Word 97-2003\) file, not a \.docx; save it as a \.docx in Word/],
    ['an Excel .xls', ['Workbook', '\u0005SummaryInformation'], /Excel spreadsheet \(\.xls\)/],
    ['an unknown compound file', [], /older Office file, not a \.docx/],
  ])('a compound file is told apart by its streams: %s', (_, streams, reason) => {
    expect(() => readDocx(compoundFile(...streams))).toThrow(reason);
  });
});

test('namespaces decide, not prefixes: another prefix, a default namespace and Strict OOXML all read', () => {
  const doc = (xml: string) => readDocx(zipSync({ 'word/document.xml': strToU8(xml) })).blocks;
  const expected = [{ kind: 'heading', level: 1, text: 'Review' }];
  expect(doc('<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:pPr><ns0:outlineLvl ns0:val="0"/></ns0:pPr><ns0:r><ns0:t>Review</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>')).toEqual(expected);
  expect(doc('<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main" xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><pPr><outlineLvl s:val="0"/></pPr><r><t>Review</t></r></p></body></document>')).toEqual(expected);
  // A w: prefix bound to some other namespace is not WordprocessingML.
  expect(doc('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:other"><x:body><w:p><w:r><w:t>no</w:t></w:r></w:p></x:body></x:document>')).toEqual([]);
});
