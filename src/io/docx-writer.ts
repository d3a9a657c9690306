import { zipSync, strToU8 } from 'fflate';
import { agreementTemplate, type Block, type Profile, type TemplateSection } from '../core';

// A small OOXML writer: enough WordprocessingML for agreements and test fixtures (headings, lists,
// tables, bold labels, tagged content controls, tracked insertions and deletions). The blank
// template comes from the same definition (src/core/template.ts) the Word add-in inserts.

export type Inline =
  | string
  | { text: string; bold?: boolean; /** A tracked formatting change: the run was made bold (or not) by this author. */ formatChange?: { author: string; date: string } }
  | { inserted: string; author: string; date: string }
  | { deleted: string; author: string; date: string };

export type DocNode =
  | { type: 'heading'; level: number; content: Inline[] }
  | { type: 'paragraph'; content: Inline[]; placeholder?: boolean }
  | { type: 'list-item'; content: Inline[]; numbered?: boolean; /** End with a line to write on. */ line?: boolean }
  /** A line to fill in by hand, after an optional bold label ("Review date: ________"). */
  | { type: 'fill-in'; label?: string }
  | { type: 'table'; rows: Inline[][][]; /** Rows tall enough to sign in. */ tall?: boolean }
  | { type: 'control'; tag: string; title: string; children: DocNode[]; showingPlaceholder?: boolean };

// Control characters other than tab and newline are not allowed anywhere in XML 1.0, so they are dropped.
const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Text as runs content: tabs and line breaks are elements in WordprocessingML, not characters. */
function textElements(text: string, element: 'w:t' | 'w:delText'): string {
  return text
    .split(/(\t|\r\n|\n)/)
    .map((part) => (part === '\t' ? '<w:tab/>' : part === '\n' || part === '\r\n' ? '<w:br/>' : part ? `<${element} xml:space="preserve">${escape(part)}</${element}>` : ''))
    .join('');
}

function runs(content: Inline[]): string {
  let revision = 0;
  return content
    .map((item) => {
      if (typeof item === 'string') return run(item, false);
      if ('inserted' in item) return `<w:ins w:id="${++revision}" w:author="${escape(item.author)}" w:date="${escape(item.date)}">${run(item.inserted, false)}</w:ins>`;
      if ('deleted' in item) return `<w:del w:id="${++revision}" w:author="${escape(item.author)}" w:date="${escape(item.date)}"><w:r>${textElements(item.deleted, 'w:delText')}</w:r></w:del>`;
      if (item.formatChange) {
        // The previous run properties are the opposite boldness: that is what the change altered.
        const change = `<w:rPrChange w:id="${++revision}" w:author="${escape(item.formatChange.author)}" w:date="${escape(item.formatChange.date)}"><w:rPr>${item.bold ? '' : '<w:b/>'}</w:rPr></w:rPrChange>`;
        return `<w:r><w:rPr>${item.bold ? '<w:b/>' : ''}${change}</w:rPr>${textElements(item.text, 'w:t')}</w:r>`;
      }
      return run(item.text, !!item.bold);
    })
    .join('');
}

function run(text: string, bold: boolean): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${textElements(text, 'w:t')}</w:r>`;
}

function paragraph(content: Inline[], properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs(content)}</w:p>`;
}

/** Numbered lists in one document: each list restarts at 1 with its own w:num. */
interface Numbering {
  lists: number;
  current: number | null;
}

function renderNode(node: DocNode, numbering: Numbering): string {
  if (node.type !== 'list-item' || node.numbered === false) numbering.current = null;
  switch (node.type) {
    case 'heading':
      return paragraph(node.content, `<w:pStyle w:val="Heading${Math.min(Math.max(node.level, 1), 3)}"/>`);
    case 'paragraph':
      if (!node.placeholder) return paragraph(node.content);
      // Guidance sits in its own untagged control showing placeholder text, so Word selects and
      // replaces just the guidance when the worker starts typing (the section's heading stays).
      return `<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${paragraph(node.content, '<w:pStyle w:val="Guidance"/>')}</w:sdtContent></w:sdt>`;
    case 'list-item': {
      if (node.numbered === false) return paragraph(node.content, '<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
      numbering.current ??= 1 + ++numbering.lists;
      const line = node.line ? `<w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:before="120" w:after="120"/>` : '';
      return `<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numbering.current}"/></w:numPr>${line}</w:pPr>${runs(node.content)}${node.line ? '<w:r><w:tab/></w:r>' : ''}</w:p>`;
    }
    case 'fill-in':
      return `<w:p><w:pPr><w:pStyle w:val="FillIn"/></w:pPr>${node.label ? run(`${node.label} `, true) : ''}<w:r><w:tab/></w:r></w:p>`;
    case 'table': {
      const columns = Math.max(...node.rows.map((r) => r.length));
      const width = Math.floor(9000 / columns);
      const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`;
      const rows = node.rows
        .map((cells) => `<w:tr><w:trPr><w:trHeight w:val="${node.tall ? 680 : 0}"/></w:trPr>${cells.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`)
        .join('');
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${width * columns}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>${grid}${rows}</w:tbl>`;
    }
    case 'control':
      return `<w:sdt><w:sdtPr><w:alias w:val="${escape(node.title)}"/><w:tag w:val="${escape(node.tag)}"/>${node.showingPlaceholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${node.children.map((child) => renderNode(child, numbering)).join('')}</w:sdtContent></w:sdt>`;
  }
}

/** A4 less two 2 cm margins, in twentieths of a point: where fill-in lines and the footer's page number end. */
const TEXT_WIDTH = 9638;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Guidance"><w:name w:val="Guidance"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:i/><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FillIn"><w:name w:val="Fill-in line"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="${TEXT_WIDTH}"/></w:tabs><w:spacing w:before="120" w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Marking"><w:name w:val="Protective marking"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="595959"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const numberingXml = (lists: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
${Array.from({ length: lists }, (_, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`).join('\n')}
</w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`;

/** Blocks (as readers and the Word adapter produce them) as writer nodes, tags kept as content controls. */
export function nodesFromBlocks(blocks: Block[]): DocNode[] {
  const nodes: DocNode[] = [];
  let control: Extract<DocNode, { type: 'control' }> | null = null;
  for (const block of blocks) {
    const target: DocNode[] = block.tag ? (control && control.tag === block.tag ? control.children : (nodes.push((control = { type: 'control', tag: block.tag, title: block.tag, children: [] })), control.children)) : ((control = null), nodes);
    if (block.kind === 'heading') target.push({ type: 'heading', level: block.level ?? 2, content: [block.text] });
    else if (block.kind === 'list-item') target.push({ type: 'list-item', content: [block.text], numbered: false });
    else if (block.kind === 'paragraph') target.push({ type: 'paragraph', content: [block.text] });
    else {
      const last = target[target.length - 1];
      const table = last?.type === 'table' ? last : (target[target.push({ type: 'table', rows: [] }) - 1] as Extract<DocNode, { type: 'table' }>);
      (table.rows[block.row ?? 0] ??= [])[block.column ?? 0] = [block.text];
    }
  }
  return nodes;
}

/** How a document prints: the protective marking at the top of every page, and the footer. */
export interface PrintedForm {
  /** The Government Security Classification marking, e.g. OFFICIAL-SENSITIVE. */
  marking: string;
  /** Footer fields to fill in on every page, with "Page X of Y" after them. */
  footerFields: Array<{ label: string; tag: string }>;
}

/** The form councils print agreements on: marked OFFICIAL-SENSITIVE, numbered and named on every page. */
export const AGREEMENT_PRINTED_FORM: PrintedForm = {
  marking: 'OFFICIAL-SENSITIVE',
  footerFields: [
    { label: 'Agreement number', tag: 'footer-agreement-number' },
    { label: 'Child\u2019s first name', tag: 'footer-child-first-name' },
  ],
};

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A field (PAGE, NUMPAGES) with a cached result, so readers that do not update fields still print a number. */
const field = (instruction: string, cached: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/**
 * A fill-in blank: a content control whose placeholder is a tab, drawn by the paragraph's
 * underscore leader as a line to write on, and read as empty (not as an answer) when checked.
 */
const blankControl = (tag: string, title: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${escape(title)}"/><w:tag w:val="${escape(tag)}"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:tab/></w:r></w:sdtContent></w:sdt>`;

function headerXml(form: PrintedForm): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W_NS}><w:p><w:pPr><w:pStyle w:val="Marking"/></w:pPr>${run(form.marking, true)}</w:p></w:hdr>`;
}

function footerXml(form: PrintedForm): string {
  // Each blank on its own line after its label, so a reader sees "Agreement number:" with an empty
  // placeholder (not a number), and the page count on the last line with the marking.
  const line = `<w:tabs><w:tab w:val="left" w:leader="underscore" w:pos="${Math.round(TEXT_WIDTH / 2)}"/></w:tabs>`;
  const fields = form.footerFields.map((f) => `<w:p><w:pPr><w:pStyle w:val="Footer"/>${line}</w:pPr>${run(`${f.label}: `, false)}${blankControl(f.tag, f.label)}</w:p>`).join('');
  const page = `<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="center" w:pos="${TEXT_WIDTH / 2}"/><w:tab w:val="right" w:pos="${TEXT_WIDTH}"/></w:tabs></w:pPr><w:r><w:tab/></w:r>${run(form.marking, true)}<w:r><w:tab/></w:r>${run('Page ', false)}${field('PAGE', '1')}${run(' of ', false)}${field('NUMPAGES', '1')}</w:p>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W_NS}>${fields}${page}</w:ftr>`;
}

/** Package nodes into a .docx file; with a printed form, every page gets its marking and footer. */
export function writeDocx(nodes: DocNode[], form?: PrintedForm): Uint8Array {
  const numbering: Numbering = { lists: 0, current: null };
  const body = nodes.map((node) => renderNode(node, numbering)).join('');
  const references = form ? '<w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>' : '';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr>${references}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(form ? CONTENT_TYPES.replace('</Types>', `${HEADER_FOOTER_TYPES}\n</Types>`) : CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(form ? DOCUMENT_RELS.replace('</Relationships>', `${HEADER_FOOTER_RELS}\n</Relationships>`) : DOCUMENT_RELS),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(numberingXml(numbering.lists)),
  };
  if (form) {
    parts['word/header1.xml'] = strToU8(headerXml(form));
    parts['word/footer1.xml'] = strToU8(footerXml(form));
  }
  // A fixed timestamp makes the same document give the same bytes (stable committed fixtures).
  return zipSync(parts, { mtime: new Date(2026, 0, 1) });
}

const HEADER_FOOTER_TYPES = `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`;
const HEADER_FOOTER_RELS = `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`;

/** The blank agreement: each section a content control tagged with its section id. */
export function templateNodes(profile: Profile): DocNode[] {
  const template = agreementTemplate(profile);
  return [{ type: 'heading', level: 1, content: [template.title] }, ...template.sections.map(sectionNode)];
}

function sectionNode(section: TemplateSection): DocNode {
  const children: DocNode[] = [{ type: 'heading', level: 2, content: [section.heading] }, { type: 'paragraph', content: [section.guidance], placeholder: true }];
  const body = section.body;
  switch (body.kind) {
    case 'field':
      children.push({ type: 'fill-in', label: body.label });
      break;
    case 'fields':
      for (const label of body.labels) children.push({ type: 'fill-in', label });
      break;
    case 'numbered':
      children.push({ type: 'list-item', content: [], line: true }, { type: 'list-item', content: [], line: true }, { type: 'list-item', content: [], line: true });
      break;
    case 'fixed':
      children.push({ type: 'paragraph', content: [body.text] });
      break;
    case 'text':
      children.push({ type: 'fill-in' }, { type: 'fill-in' }, { type: 'fill-in' });
      break;
    case 'signatures':
      children.push({ type: 'table', tall: true, rows: [[[{ text: 'Name and role', bold: true }], [{ text: 'Signature', bold: true }], [{ text: 'Date', bold: true }]], ...body.rows.map((row) => [[row], [''], ['']] as Inline[][])] });
      break;
  }
  return { type: 'control', tag: section.id, title: section.heading, children };
}

/** The blank agreement as a .docx, on the printed form (marking in the header, number, name and page in the footer). */
export function writeTemplateDocx(profile: Profile): Uint8Array {
  return writeDocx(templateNodes(profile), AGREEMENT_PRINTED_FORM);
}
