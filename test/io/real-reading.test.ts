import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { analyse, lineSpans, type Block } from '../../src/core';
import { run } from '../../src/cli/main';
import { readDocx } from '../../src/io/docx-reader';
import { readMarkdown, readPlainText } from '../../src/io/text-reader';
import { documentXml, p, r, W } from './build';
import { tempDir } from '../support/temp-dir';

// Issue 11: read everything a person sees in a real council's .docx, as Word shows it with every
// tracked change accepted. Each test writes the raw WordprocessingML it reads.

const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const part = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W} ${R}>${inner}</w:${root}>`;
const rels = (...targets: Array<[string, string, string]>) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([id, type, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const docx = (body: string, extra: Record<string, string> = {}) => {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(body, `${W} ${R}`)) };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
};
const read = (body: string, extra?: Record<string, string>) => readDocx(docx(body, extra)).blocks;
const pick = (blocks: Block[], ...keys: Array<keyof Block>) => blocks.map((b) => Object.fromEntries(keys.filter((k) => b[k] !== undefined).map((k) => [k, b[k]])));

describe('headers, footers, footnotes and text boxes are read, as blocks of their own kind', () => {
  const sectPr = '<w:sectPr><w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/><w:footerReference w:type="default" r:id="rIdF1"/><w:titlePg/></w:sectPr>';
  const extra = {
    'word/_rels/document.xml.rels': rels(['rIdH1', 'header', 'header1.xml'], ['rIdH2', 'header', 'header2.xml'], ['rIdF1', 'footer', 'footer1.xml'], ['rIdN', 'footnotes', 'footnotes.xml'], ['rIdC', 'comments', 'comments.xml']),
    'word/header1.xml': part('hdr', p(r('Written Agreement No. 5')) + p('') + p(r('Child: Harvey Dunn'))),
    'word/header2.xml': part('hdr', p(r('Written Agreement No. 5'))),
    'word/footer1.xml': part('ftr', p(r('OFFICIAL \u2013 SENSITIVE  Page ') + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')),
    'word/footnotes.xml': part('footnotes', `<w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:type="continuationSeparator" w:id="0">${p(r('---'))}</w:footnote><w:footnote w:id="1">${p('<w:r><w:footnoteRef/></w:r>' + r(' Harvey\u2019s GP is Dr Shah at Ashton Surgery.'))}</w:footnote>`),
    'word/comments.xml': part('comments', `<w:comment w:id="0" w:author="TM">${p(r('Is this realistic?'))}</w:comment>`),
  };

  test('in reading order: headers, body, footnotes, footers; separators, empty and repeated header lines and comments left out', () => {
    const body = p(r('Claire will give Harvey his insulin at 8am.') + '<w:commentRangeStart w:id="0"/><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>') + sectPr;
    expect(pick(read(body, extra), 'origin', 'text')).toEqual([
      { origin: 'header', text: 'Written Agreement No. 5' },
      { origin: 'header', text: 'Child: Harvey Dunn' },
      { text: 'Claire will give Harvey his insulin at 8am.' },
      { origin: 'footnote', text: ' Harvey\u2019s GP is Dr Shah at Ashton Surgery.' },
      { origin: 'footer', text: 'OFFICIAL \u2013 SENSITIVE  Page 1' },
    ]);
  });

  test('header parts no section refers to are still read when there are no references at all', () => {
    const blocks = read(p(r('Body')), { 'word/header1.xml': extra['word/header2.xml'] });
    expect(pick(blocks, 'origin', 'text')).toEqual([{ origin: 'header', text: 'Written Agreement No. 5' }, { text: 'Body' }]);
  });

  test('a text box (DrawingML with its VML fallback) is read once, and is not a cell of the table it sits in', () => {
    const box = (text: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${p(r(text))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p(r(text))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const vmlOnly = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p(r('Old box'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const blocks = read(p(r('Anchor') + box('Call 999 in an emergency.')) + `<w:tbl><w:tr><w:tc>${p(r('Cell') + box('Boxed in a cell'))}</w:tc></w:tr></w:tbl>` + p(vmlOnly));
    expect(pick(blocks, 'kind', 'origin', 'text', 'table')).toEqual([
      { kind: 'paragraph', origin: 'text-box', text: 'Call 999 in an emergency.' },
      { kind: 'paragraph', text: 'Anchor' },
      { kind: 'paragraph', origin: 'text-box', text: 'Boxed in a cell' },
      { kind: 'table-cell', text: 'Cell', table: 0 },
      { kind: 'paragraph', origin: 'text-box', text: 'Old box' },
      { kind: 'paragraph', text: '' },
    ]);
  });
});

describe('placeholders are empty', () => {
  const control = (content: string, showing: boolean, tag = 'x') => `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${showing ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  test('a content control showing its placeholder, block or inline, whatever the placeholder says', () => {
    const blocks = read(control(p(r('Describe what we are worried about.')), true, 'concerns') + p(r('Child\u2019s name: ') + control(r('Enter the name'), true)) + control(p(r('Liam Walsh')), false));
    expect(pick(blocks, 'text', 'placeholder', 'placeholders')).toEqual([
      { text: 'Describe what we are worried about.', placeholder: true, placeholders: [{ start: 0, end: 35 }] },
      { text: 'Child\u2019s name: Enter the name', placeholders: [{ start: 14, end: 28 }] },
      { text: 'Liam Walsh' },
    ]);
  });

  test.each([
    ['Click or tap here to enter text.', true],
    ['Click or tap to enter a date.', true],
    ['(insert detail)', true],
    ['(name of child)', true],
    ['[Insert date of review]', true],
    ['<child\u2019s name>', true],
    ['N/A', true],
    ['TBC', true],
    ['To be agreed', true],
    ['None.', true],
    ['________________', true],
    ['None of the children have been to the dentist.', false],
    ['We will agree the date at the next meeting (TBC means to be confirmed).', false],
    ['Kerry will phone (or text) Hannah every Friday.', false],
    ['Liam (aged 6) lives with his mum.', false],
  ])('%j is placeholder text: %s', (text, empty) => {
    const [block] = read(p(r(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))));
    expect(!!block.placeholder).toBe(empty);
    const [markdown] = readMarkdown(text.replace(/_/g, '\\_'));
    if (!text.startsWith('_') && !text.startsWith('<') && !text.startsWith('[')) expect(!!markdown.placeholder).toBe(empty);
    expect(!!readPlainText(text)[0].placeholder).toBe(empty);
  });

  test('a label with a placeholder value keeps the label as content and marks the value', () => {
    const [block] = read(p(r('Review date: ', '<w:b/>') + r('TBC')));
    expect(block).toMatchObject({ text: 'Review date: TBC', placeholders: [{ start: 13, end: 16 }] });
    expect(block.placeholder).toBeUndefined();
    const [inline] = read(p(r('Kerry will ring (name of worker) every Friday.')));
    expect(inline.placeholders).toEqual([{ start: 16, end: 32 }]);
  });
});

describe('tables as Word lays them out', () => {
  const tc = (content: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content}</w:tc>`;
  const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(n)}</w:tblGrid>`;

  test('a full-width merged row is a title row; gridSpan gives the column span; label and value sit in their own cells', () => {
    const blocks = read(
      `<w:tbl>${grid(3)}${tr(tc(p(r('What needs to happen')), '<w:gridSpan w:val="3"/>'))}${tr(tc(p(r('Who'))), tc(p(r('What')), '<w:gridSpan w:val="2"/>'))}${tr(tc(p(r('Review date'))), tc(p(r('14 January 2027'))), tc(p('')))}</w:tbl>`,
    );
    expect(pick(blocks, 'text', 'row', 'column', 'columnSpan', 'fullWidthRow')).toEqual([
      { text: 'What needs to happen', row: 0, column: 0, columnSpan: 3, fullWidthRow: true },
      { text: 'Who', row: 1, column: 0 },
      { text: 'What', row: 1, column: 1, columnSpan: 2 },
      { text: 'Review date', row: 2, column: 0 },
      { text: '14 January 2027', row: 2, column: 1 },
      { text: '', row: 2, column: 2 },
    ]);
  });

  test('a cell merged down takes the text of the cell it continues, and says which cell that is', () => {
    const blocks = read(
      `<w:tbl>${grid(2)}${tr(tc(p(r('Kerry')) + p(r('(Mum)')), '<w:vMerge w:val="restart"/>'), tc(p(r('will walk Liam to school.'))))}${tr(tc(p(''), '<w:vMerge/>'), tc(p(r('will take Liam to the dentist.'))))}${tr(tc(p(r('Dan'))), tc(p(r('will visit.'))))}${tr(tc(p(''), '<w:vMerge w:val="continue"/>'), tc(p(r('x'))))}</w:tbl>`,
    );
    expect(pick(blocks, 'text', 'row', 'column', 'mergedFrom')).toEqual([
      { text: 'Kerry', row: 0, column: 0 },
      { text: '(Mum)', row: 0, column: 0 },
      { text: 'will walk Liam to school.', row: 0, column: 1 },
      { text: 'Kerry\n(Mum)', row: 1, column: 0, mergedFrom: 0 },
      { text: 'will take Liam to the dentist.', row: 1, column: 1 },
      { text: 'Dan', row: 2, column: 0 },
      { text: 'will visit.', row: 2, column: 1 },
      // "continue" under a cell that started no merge continues nothing.
      { text: '', row: 3, column: 0 },
      { text: 'x', row: 3, column: 1 },
    ]);
  });

  test('a nested table keeps its own rows; the outer cell resumes after it', () => {
    const inner = `<w:tbl>${grid(2)}${tr(tc(p(r('Mon'))), tc(p(r('4pm'))))}</w:tbl>`;
    const blocks = read(`<w:tbl>${grid(2)}${tr(tc(p(r('Family time'))), tc(inner + p(r('at the contact centre'))))}</w:tbl>`);
    expect(pick(blocks, 'text', 'table', 'row', 'column')).toEqual([
      { text: 'Family time', table: 0, row: 0, column: 0 },
      { text: 'Mon', table: 1, row: 0, column: 0 },
      { text: '4pm', table: 1, row: 0, column: 1 },
      { text: 'at the contact centre', table: 0, row: 0, column: 1 },
    ]);
  });

  test('a row deleted under tracked changes is gone (the rows after it move up); an inserted row is kept and marked', () => {
    const who = 'w:id="9" w:author="Team Manager" w:date="2026-12-03T09:30:00Z"';
    const deletedRow = `<w:tr><w:trPr><w:del ${who}/></w:trPr>${tc(p(`<w:del ${who}><w:r><w:delText>Dan</w:delText></w:r></w:del>`))}${tc(p(`<w:del ${who}><w:r><w:delText>will stay away.</w:delText></w:r></w:del>`))}</w:tr>`;
    const insertedRow = `<w:tr><w:trPr><w:ins ${who}/></w:trPr>${tc(p(`<w:ins ${who}>${r('Gran')}</w:ins>`))}${tc(p(`<w:ins ${who}>${r('will collect Liam.')}</w:ins>`))}</w:tr>`;
    const bareInsertedRow = `<w:tr><w:trPr><w:ins ${who}/></w:trPr>${tc(p(r('Nan')))}${tc(p(r('will cook.')))}</w:tr>`;
    const { blocks, trackedChanges } = readDocx(docx(`<w:tbl>${grid(2)}${tr(tc(p(r('Kerry'))), tc(p(r('will call.'))))}${deletedRow}${insertedRow}${bareInsertedRow}</w:tbl>`));
    expect(pick(blocks, 'text', 'row', 'revision')).toEqual([
      { text: 'Kerry', row: 0 },
      { text: 'will call.', row: 0 },
      { text: 'Gran', row: 1, revision: 'insertion' },
      { text: 'will collect Liam.', row: 1, revision: 'insertion' },
      { text: 'Nan', row: 2, revision: 'insertion' },
      { text: 'will cook.', row: 2, revision: 'insertion' },
    ]);
    expect(trackedChanges.filter((c) => c.type === 'deletion').map((c) => [c.text, c.block])).toEqual([
      ['Dan', -1],
      ['will stay away.', -1],
      ['Dan will stay away.', -1], // the row itself
    ]);
    expect(trackedChanges.find((c) => c.type === 'insertion' && c.text === 'Nan will cook.')).toMatchObject({ block: 4 });
  });
});

describe('lines inside one paragraph', () => {
  const body = p(r('Kerry will:') + '<w:r><w:br/></w:r>' + r('go to the appointments') + '<w:r><w:br/><w:t>engage with services</w:t><w:cr/><w:t>liaise with the core group as appropriate</w:t></w:r>');

  test('a break is one character (\\n), so offsets stay those of the Word paragraph; lineSpans gives the lines', () => {
    const [block] = read(body);
    expect(block.text).toBe('Kerry will:\ngo to the appointments\nengage with services\nliaise with the core group as appropriate');
    expect(lineSpans(block.text).map(({ start, end }) => block.text.slice(start, end))).toEqual(['Kerry will:', 'go to the appointments', 'engage with services', 'liaise with the core group as appropriate']);
    expect(lineSpans('a\u000bb')).toEqual([{ start: 0, end: 1 }, { start: 2, end: 3 }]); // Word's vertical tab
  });

  test("every finding's excerpt is its slice of the paragraph, in the engine and in the CLI's --json", () => {
    const blocks = read(body + `<w:tbl><w:tr><w:tc>${p(r('Dad will stop drinking') + '<w:r><w:br/></w:r>' + r('and attend the ICPC.'))}</w:tc></w:tr></w:tbl>`);
    const result = analyse(blocks);
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(result.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
    const dir = tempDir('breaks-');
    const file = join(dir, 'breaks.docx');
    writeFileSync(file, docx(body));
    let out = '';
    run(['--json', file], { stdout: (t) => (out += t), stderr: () => {}, colour: false });
    const report = JSON.parse(out) as { paragraphs: string[]; findings: Array<{ paragraph: number; start: number; end: number; excerpt: string }> };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(report.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
    expect(report.paragraphs.some((t) => t.includes('\n'))).toBe(true);
  });
});

describe('numbering, fields, dates, links, quotes and moves', () => {
  const numbering = part(
    'numbering',
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Part %1"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
  );
  const styles = part('styles', '<w:style w:type="paragraph" w:styleId="NumHeading"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>');
  const num = (id: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

  test('Word numbering gives each paragraph its level and the label Word shows; numbered headings come from their style', () => {
    const blocks = read(
      p(r('Worries'), '<w:pStyle w:val="NumHeading"/>') + p(r('a'), num(1)) + p(r('a1'), num(1, 1)) + p(r('a2'), num(1, 1)) + p(r('b'), num(2)) + p(r('c1'), num(1, 1)) + p(r('restart'), num(3)) + p(r('dot'), num(4)) + p(r('Actions'), '<w:pStyle w:val="NumHeading"/>') + p(r('off'), num(0)),
      { 'word/numbering.xml': numbering, 'word/styles.xml': styles },
    );
    expect(pick(blocks, 'kind', 'text', 'listLevel', 'listLabel')).toEqual([
      { kind: 'heading', text: 'Worries', listLevel: 0, listLabel: 'Part I' },
      { kind: 'list-item', text: 'a', listLevel: 0, listLabel: '1.' },
      { kind: 'list-item', text: 'a1', listLevel: 1, listLabel: '1.a)' },
      { kind: 'list-item', text: 'a2', listLevel: 1, listLabel: '1.b)' },
      { kind: 'list-item', text: 'b', listLevel: 0, listLabel: '2.' },
      { kind: 'list-item', text: 'c1', listLevel: 1, listLabel: '2.a)' },
      { kind: 'list-item', text: 'restart', listLevel: 0, listLabel: '1.' },
      { kind: 'list-item', text: 'dot', listLevel: 0, listLabel: '\u2022' },
      { kind: 'heading', text: 'Actions', listLevel: 0, listLabel: 'Part II' },
      { kind: 'paragraph', text: 'off' },
    ]);
  });

  test("fields show their result, never their code, including a code written in w:t and fields inside fields", () => {
    const field = (code: string, result: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${code}</w:instrText></w:r><w:r><w:t>${code}</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${field(' MERGEFIELD x ', 'inner')}<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('a')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const [block] = read(p(r('Page ') + field(' PAGE \\* MERGEFORMAT ', '2') + r(' of ') + `<w:fldSimple w:instr=" NUMPAGES ">${r('4')}</w:fldSimple>` + r(', ') + nested + r(' ') + `<w:hyperlink r:id="rId7">${r('the school\u2019s website')}</w:hyperlink>`));
    expect(block.text).toBe('Page 2 of 4, a the school\u2019s website');
  });

  test('a date picker shows its date; one showing its placeholder is empty; smart quotes stay as typed', () => {
    const picker = (content: string, extra = '') => `<w:sdt><w:sdtPr><w:tag w:val="review-date"/>${extra}<w:date w:fullDate="2027-01-14T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/></w:date></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const blocks = read(p(r('Review: ') + picker(r('14 January 2027'))) + p(r('Review: ') + picker('')) + p(picker(r('Click or tap to enter a date.'), '<w:showingPlcHdr/>')) + p(r('\u201CWe\u2019ll try,\u201D said Mum.')));
    expect(pick(blocks, 'text', 'placeholder')).toEqual([
      { text: 'Review: 14 January 2027' },
      { text: 'Review: 14 January 2027' },
      { text: 'Click or tap to enter a date.', placeholder: true },
      { text: '\u201CWe\u2019ll try,\u201D said Mum.' },
    ]);
  });

  test('a tracked move reads as accepted: the text is where it was moved to, not where it was', () => {
    const who = 'w:author="TM" w:date="2026-12-03T09:30:00Z"';
    const { blocks, trackedChanges } = readDocx(
      docx(
        p(`<w:moveFromRangeStart w:id="1" w:name="move1" ${who}/><w:moveFrom w:id="2" ${who}><w:r><w:t>Dan will not drink at home.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/>`, `<w:rPr><w:moveFrom w:id="3" ${who}/></w:rPr>`) +
          p(r('Kerry will call.')) +
          p(`<w:moveToRangeStart w:id="4" w:name="move1" ${who}/><w:moveTo w:id="5" ${who}>${r('Dan will not drink at home.')}</w:moveTo><w:moveToRangeEnd w:id="4"/>`),
      ),
    );
    expect(pick(blocks, 'text', 'revision')).toEqual([{ text: 'Kerry will call.' }, { text: 'Dan will not drink at home.', revision: 'insertion' }]);
    expect(trackedChanges.map((c) => [c.type, c.text, c.block])).toEqual([
      ['deletion', 'Dan will not drink at home.', -1],
      ['insertion', 'Dan will not drink at home.', 1],
    ]);
  });
});
