import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { agreementTemplate, analyse, getProfile } from '../../src/core';
import { readDocx } from '../../src/io/docx-reader';
import { writeTemplateDocx } from '../../src/io/docx-writer';
import { toolPath, withTools } from '../support/system-tools';
import { tempDir } from '../support/temp-dir';

// The blank agreement as a family receives it on paper: marked OFFICIAL-SENSITIVE, numbered and
// named on every page, headings kept with what follows, a line for every blank, and guidance that
// is a content-control placeholder (replaced by typing), never ordinary text.
const profile = getProfile('cin-cp');
const docx = writeTemplateDocx(profile);
const parts = unzipSync(docx);
const xml = (name: string) => strFromU8(parts[name]);

test('every page has the marking in the header and number, name and "Page X of Y" in the footer', () => {
  expect(xml('word/document.xml')).toMatch(/<w:sectPr><w:headerReference w:type="default" r:id="rId3"\/><w:footerReference w:type="default" r:id="rId4"\/>/);
  expect(xml('word/_rels/document.xml.rels')).toContain('Target="header1.xml"');
  expect(xml('[Content_Types].xml')).toContain('/word/footer1.xml');
  expect(xml('word/header1.xml')).toContain('OFFICIAL-SENSITIVE');
  const footer = xml('word/footer1.xml');
  expect(footer).toMatch(/Agreement number: <\/w:t><\/w:r><w:sdt><w:sdtPr><w:alias w:val="Agreement number"\/><w:tag w:val="footer-agreement-number"\/><w:showingPlcHdr\/>/);
  expect(footer).toMatch(/Child\u2019s first name: <\/w:t><\/w:r><w:sdt><w:sdtPr><w:alias w:val="Child\u2019s first name"\/><w:tag w:val="footer-child-first-name"\/><w:showingPlcHdr\/>/);
  expect(footer).toMatch(/Page <\/w:t>.*<w:instrText[^>]*> PAGE <\/w:instrText>.* of <\/w:t>.*<w:instrText[^>]*> NUMPAGES <\/w:instrText>/);
});

test('headings and guidance are kept with the line that follows them', () => {
  const styles = xml('word/styles.xml');
  for (const style of ['Heading1', 'Heading2', 'Guidance']) expect(styles).toMatch(new RegExp(`w:styleId="${style}">.*?<w:keepNext/>.*?</w:style>`));
});

test('every guidance text is a content-control placeholder, never ordinary text', () => {
  const document = xml('word/document.xml');
  for (const section of agreementTemplate(profile).sections) {
    const at = document.indexOf(section.guidance.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'));
    expect(at).toBeGreaterThan(0);
    const sdt = document.lastIndexOf('<w:sdt>', at);
    expect(document.slice(sdt, at)).toMatch(/<w:showingPlcHdr\/><\/w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="Guidance"\/>/);
  }
});

test('every blank has a line to fill in', () => {
  const document = xml('word/document.xml');
  for (const section of agreementTemplate(profile).sections) {
    const body = section.body;
    const labels = body.kind === 'field' ? [body.label] : body.kind === 'fields' ? body.labels : [];
    for (const label of labels) expect(document).toContain(`<w:pStyle w:val="FillIn"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${label.replace(/&/g, '&amp;')} </w:t></w:r><w:r><w:tab/></w:r>`);
  }
  expect(xml('word/styles.xml')).toMatch(/w:styleId="FillIn">.*<w:tab w:val="right" w:leader="underscore"/);
  // Who gets a copy: lines to write the names on.
  const copies = document.slice(document.indexOf('<w:tag w:val="copies"/>'), document.indexOf('<w:tag w:val="legal-notice"/>'));
  expect(copies.match(/<w:pStyle w:val="FillIn"\/>/g)).toHaveLength(3);
});

test('the footer\u2019s blanks read as empty: a blank template is still missing its number and child', () => {
  const { blocks } = readDocx(docx);
  expect(blocks.filter((b) => b.origin === 'footer').map((b) => b.text.trim())).toEqual(['Agreement number:', 'Child\u2019s first name:', 'OFFICIAL-SENSITIVE\tPage 1 of 1']);
  const derby = analyse(readDocx(writeTemplateDocx(getProfile('derby-derbyshire'))).blocks, { profile: 'derby-derbyshire' });
  expect(derby.missingSections).toEqual(expect.arrayContaining(['agreement-number', 'child-details', 'copies', 'date']));
});

const pdfTools = withTools('soffice', 'pdftotext');
pdfTools.test('printed through LibreOffice: OFFICIAL-SENSITIVE on every page and "Page 1 of N" with N the page count', () => {
  const dir = tempDir('printed-form-');
  writeFileSync(join(dir, 'template.docx'), docx);
  execFileSync(toolPath('soffice')!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'template.docx')], { stdio: 'pipe', timeout: 120_000 });
  const text = execFileSync(toolPath('pdftotext')!, ['-layout', join(dir, 'template.pdf'), '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((page) => page.trim());
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((page, i) => {
    expect(page).toContain('OFFICIAL-SENSITIVE');
    expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(page).toMatch(/Agreement number: _{10,}/);
    expect(page).toMatch(/Child\u2019s first name: _{10,}/);
  });
  expect(pages[0].trimStart().startsWith('OFFICIAL-SENSITIVE')).toBe(true);
  // A heading never ends a page: the last text line of each page is not a section heading.
  const headings = new Set(agreementTemplate(profile).sections.map((s) => s.heading));
  for (const page of pages) {
    const lines = page.split('\n').map((l) => l.trim()).filter((l) => l && !/OFFICIAL-SENSITIVE|Page \d+ of/.test(l));
    expect(headings.has(lines[lines.length - 1])).toBe(false);
  }
}, 150_000);
