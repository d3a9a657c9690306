import { strFromU8, unzipSync } from 'fflate';
import { agreementTemplate, getProfile, PROFILES } from '../../src/core';
import { readDocx } from '../../src/io/docx-reader';
import { writeDocx, writeTemplateDocx } from '../../src/io/docx-writer';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe.each(Object.keys(PROFILES))('template for profile %s', (id) => {
  const profile = getProfile(id);
  const template = agreementTemplate(profile);
  const bytes = writeTemplateDocx(profile);
  const { blocks } = readDocx(bytes);

  test('round trip: every section id comes back as a tag, with its heading first', () => {
    for (const section of template.sections) {
      const tagged = blocks.filter((b) => b.tag === section.id);
      expect(tagged[0]).toMatchObject({ kind: 'heading', text: section.heading });
    }
    expect(blocks.find((b) => !b.origin)).toMatchObject({ kind: 'heading', level: 1, text: template.title });
  });

  test('each section is a block control with its heading as alias, and guidance is placeholder text', () => {
    const xml = documentXml(bytes);
    for (const section of template.sections) expect(xml).toContain(`<w:alias w:val="${section.heading.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/><w:tag w:val="${section.id}"/>`);
    expect(xml.match(/<w:showingPlcHdr\/>/g)).toHaveLength(template.sections.length);
    const guidance = blocks.filter((b) => b.style === 'Guidance').map((b) => b.text);
    expect(guidance).toEqual(template.sections.map((s) => s.guidance));
  });

  test('signature sections are Name / Signature / Date tables', () => {
    const signatures = template.sections.filter((s) => s.body.kind === 'signatures');
    expect(signatures.length).toBeGreaterThan(0);
    for (const section of signatures) {
      const header = blocks.filter((b) => b.tag === section.id && b.kind === 'table-cell' && b.row === 0).map((b) => b.text);
      expect(header).toEqual(['Name and role', 'Signature', 'Date']);
    }
  });

  test('the package has the parts Word needs and well-formed XML', () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/footer1.xml', 'word/header1.xml', 'word/numbering.xml', 'word/styles.xml']);
    const styles = strFromU8(files['word/styles.xml']);
    for (const name of ['heading 1', 'heading 2', 'List Number', 'Table Grid']) expect(styles).toContain(`<w:name w:val="${name}"/>`);
  });
});

test('builder: text is escaped, control characters dropped, tabs and breaks round-trip', () => {
  const text = 'Tom & Jerry <b>"quoted"</b>\tnext\u0007';
  const { blocks } = readDocx(writeDocx([{ type: 'paragraph', content: [text, '\nline'] }]));
  expect(blocks[0].text).toBe('Tom & Jerry <b>"quoted"</b>\tnext\nline');
});

test('builder: headings, lists, tables, bold labels, controls and tracked changes read back', () => {
  const who = { author: 'Team Manager', date: '2026-12-02T10:15:00Z' };
  const bytes = writeDocx([
    { type: 'heading', level: 2, content: ['Review'] },
    { type: 'control', tag: 'review-date', title: 'Review', children: [{ type: 'paragraph', content: [{ text: 'Review date:', bold: true }, ' ', { inserted: '14 January 2027', ...who }, { deleted: 'soon', ...who }] }] },
    { type: 'list-item', content: ['One'] },
    { type: 'list-item', content: ['Two'], numbered: false },
    { type: 'table', rows: [[['Label'], [{ text: 'Value', bold: true, formatChange: who }]]] },
  ]);
  const { blocks, trackedChanges } = readDocx(bytes);
  expect(blocks).toEqual([
    { kind: 'heading', level: 2, text: 'Review', style: 'heading 2' },
    { kind: 'paragraph', text: 'Review date: 14 January 2027', tag: 'review-date', controlTitle: 'Review', boldPrefix: 'Review date:', originalText: 'Review date: soon' },
    { kind: 'list-item', text: 'One', style: 'List Number', listLevel: 0, listLabel: '1.' },
    { kind: 'list-item', text: 'Two', style: 'List Bullet', listLevel: 0, listLabel: '\u2022' },
    { kind: 'table-cell', text: 'Label', table: 0, row: 0, column: 0 },
    { kind: 'table-cell', text: 'Value', table: 0, row: 0, column: 1, boldPrefix: 'Value' },
  ]);
  expect(trackedChanges.map((c) => [c.type, c.text, c.block])).toEqual([
    ['insertion', '14 January 2027', 1],
    ['deletion', 'soon', 1],
    ['formatting', 'Value', 5],
  ]);
});
