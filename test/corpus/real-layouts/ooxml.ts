import { strToU8, zipSync } from 'fflate';

// A small WordprocessingML writer for the real-layout corpus: it writes the raw features councils'
// documents have (headers and footers, numbered lists, tagged content controls showing placeholders,
// date pickers, fields, merged cells, nested tables, line breaks in cells, text boxes, footnotes,
// tracked insertions, deletions, moves and row changes), and records which text each labelled line
// shows once every tracked change is accepted, so the labels and the document cannot drift apart.
//
// Paragraph markup (one string per paragraph):
//   "\n"                       a line break (w:br) inside the paragraph
//   "[vague,jargon] text"      labels for the line that starts there (see LABELS in build.ts)
//   "**bold**"                 a bold run
//   "{{field:PAGE|1}}"         a field: its code and the result Word shows
//   "{{sdt:tag|title|text}}"   an inline content control holding text
//   "{{ph:tag|title|text}}"    an inline content control showing its placeholder text
//   "{{date:tag|2026-12-07|7 December 2026}}"  a date-picker content control
//   "{{ins:text}}" "{{del:text}}" "{{moveFrom:text}}" "{{moveTo:text}}"  tracked changes
//   "{{fn:text}}"              a footnote whose text is given

export type Cell =
  | string
  | {
      text?: string;
      blocks?: Block[];
      span?: number;
      vmerge?: 'restart' | 'continue';
      shade?: string;
    };

export type Row = Cell[] | { cells: Cell[]; change?: 'ins' | 'del'; header?: boolean };

export type Block =
  | { h: string; level?: number; style?: string }
  | { p: string; list?: 'number' | 'bullet'; style?: string; level?: number; bold?: boolean }
  | { table: Row[]; widths?: number[] }
  | { sdt: { tag?: string; title?: string; placeholder?: boolean }; body: Block[] }
  | { textbox: Block[] }
  | { moveFrom: string; name: string }
  | { moveTo: string; name: string };

export interface DocSpec {
  body: Block[];
  header?: Block[];
  footer?: Block[];
}

export interface LabelledLine {
  text: string;
  labels: string[];
}

const AUTHOR = 'w:author="Team Manager" w:date="2026-12-03T09:30:00Z"';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

class Writer {
  private id = 1;
  readonly lines: LabelledLine[] = [];
  readonly footnotes: string[] = [];

  nextId(): number {
    return this.id++;
  }

  /** Runs for one paragraph's markup, recording each labelled line's visible text. */
  runs(markup: string, allBold = false): string {
    const out: string[] = [];
    const lines = markup.split('\n');
    lines.forEach((rawLine, index) => {
      if (index > 0) out.push('<w:r><w:br/></w:r>');
      let line = rawLine;
      let labels: string[] | null = null;
      // The label marker starts the line, or follows a bold label ("**Review:** [-] 8 January 2027").
      const labelMatch = /\[([a-z,-]*)\]\s?/.exec(line);
      if (labelMatch) {
        labels = labelMatch[1] === '-' || labelMatch[1] === '' ? [] : labelMatch[1].split(',');
        line = `${line.slice(0, labelMatch.index)}\u0001${line.slice(labelMatch.index + labelMatch[0].length)}`;
      }
      let visible = '';
      let visibleAtLabel = -1;
      const pattern = /\{\{(\w+):([^}]*)\}\}|\*\*([^*]+)\*\*|([^{*\u0001]+|[{*])|(\u0001)/g;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(line))) {
        if (m[5] !== undefined) {
          visibleAtLabel = visible.length;
        } else if (m[4] !== undefined) {
          out.push(run(m[4], allBold));
          visible += m[4];
        } else if (m[3] !== undefined) {
          out.push(run(m[3], true));
          visible += m[3];
        } else {
          const kind = m[1];
          const parts = m[2].split('|');
          switch (kind) {
            case 'field':
              out.push(
                `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${esc(parts[0])} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(parts[1], allBold)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
              );
              visible += parts[1];
              break;
            case 'sdt':
              out.push(`<w:sdt><w:sdtPr><w:alias w:val="${esc(parts[1])}"/><w:tag w:val="${esc(parts[0])}"/><w:id w:val="${this.nextId()}"/></w:sdtPr><w:sdtContent>${run(parts[2], allBold)}</w:sdtContent></w:sdt>`);
              visible += parts[2];
              break;
            case 'ph':
              out.push(
                `<w:sdt><w:sdtPr><w:alias w:val="${esc(parts[1])}"/><w:tag w:val="${esc(parts[0])}"/><w:id w:val="${this.nextId()}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">${esc(parts[2])}</w:t></w:r></w:sdtContent></w:sdt>`,
              );
              visible += parts[2];
              break;
            case 'date':
              out.push(
                `<w:sdt><w:sdtPr><w:alias w:val="Date"/><w:tag w:val="${esc(parts[0])}"/><w:id w:val="${this.nextId()}"/><w:date w:fullDate="${esc(parts[1])}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>${run(parts[2], allBold)}</w:sdtContent></w:sdt>`,
              );
              visible += parts[2];
              break;
            case 'ins':
              out.push(`<w:ins w:id="${this.nextId()}" ${AUTHOR}>${run(parts[0], allBold)}</w:ins>`);
              visible += parts[0];
              break;
            case 'del':
              out.push(`<w:del w:id="${this.nextId()}" ${AUTHOR}><w:r><w:delText xml:space="preserve">${esc(parts[0])}</w:delText></w:r></w:del>`);
              break;
            case 'fn': {
              const id = this.footnotes.length + 1;
              this.footnotes.push(parts[0]);
              out.push(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`);
              break;
            }
            default:
              throw new Error(`unknown markup {{${kind}:...}}`);
          }
        }
      }
      if (labels) this.lines.push({ text: visible.slice(Math.max(0, visibleAtLabel)).trim(), labels });
    });
    return out.join('');
  }

  paragraph(markup: string, pPr = '', allBold = false): string {
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${this.runs(markup, allBold)}</w:p>`;
  }

  blocks(blocks: Block[]): string {
    return blocks.map((b) => this.block(b)).join('');
  }

  block(b: Block): string {
    if ('h' in b) return this.paragraph(b.h, `<w:pStyle w:val="${b.style ?? `Heading${b.level ?? 2}`}"/>`);
    if ('p' in b) {
      let pPr = b.style ? `<w:pStyle w:val="${b.style}"/>` : '';
      if (b.list) pPr = `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${b.level ?? 0}"/><w:numId w:val="${b.list === 'number' ? 1 : 2}"/></w:numPr>`;
      return this.paragraph(b.p, pPr, b.bold);
    }
    if ('table' in b) return this.table(b.table, b.widths);
    if ('sdt' in b) {
      const { tag, title, placeholder } = b.sdt;
      return `<w:sdt><w:sdtPr>${title ? `<w:alias w:val="${esc(title)}"/>` : ''}${tag ? `<w:tag w:val="${esc(tag)}"/>` : ''}<w:id w:val="${this.nextId()}"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr><w:sdtContent>${this.blocks(b.body)}</w:sdtContent></w:sdt>`;
    }
    if ('textbox' in b) {
      return `<w:p><w:r><w:pict><v:shape id="tb${this.nextId()}" type="#_x0000_t202" style="width:220pt;height:60pt"><v:textbox><w:txbxContent>${this.blocks(b.textbox)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    }
    if ('moveFrom' in b) {
      const id = this.nextId();
      // The whole paragraph, mark included, moved away from here.
      const before = this.lines.length;
      const content = this.runs(b.moveFrom);
      this.lines.length = before; // moved-away text is not what the document reads
      return `<w:p><w:pPr><w:rPr><w:moveFrom w:id="${this.nextId()}" ${AUTHOR}/></w:rPr></w:pPr><w:moveFromRangeStart w:id="${id}" w:name="${b.name}" ${AUTHOR}/><w:moveFrom w:id="${this.nextId()}" ${AUTHOR}>${content.replace(/<w:t xml:space="preserve">/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, '</w:delText>')}</w:moveFrom><w:moveFromRangeEnd w:id="${id}"/></w:p>`;
    }
    if ('moveTo' in b) {
      const id = this.nextId();
      return `<w:p><w:pPr><w:rPr><w:moveTo w:id="${this.nextId()}" ${AUTHOR}/></w:rPr></w:pPr><w:moveToRangeStart w:id="${id}" w:name="${b.name}" ${AUTHOR}/><w:moveTo w:id="${this.nextId()}" ${AUTHOR}>${this.runs(b.moveTo)}</w:moveTo><w:moveToRangeEnd w:id="${id}"/></w:p>`;
    }
    throw new Error('unknown block');
  }

  table(rows: Row[], widths?: number[]): string {
    const normal = rows.map((r) => (Array.isArray(r) ? { cells: r } : r));
    const columns = Math.max(...normal.map((r) => r.cells.reduce((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
    const grid = widths ?? Array.from({ length: columns }, () => Math.floor(9000 / columns));
    const border = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');
    let xml = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${border}</w:tblBorders></w:tblPr><w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    for (const row of normal) {
      const trPr = [row.header ? '<w:tblHeader/>' : '', row.change ? `<w:${row.change} w:id="${this.nextId()}" ${AUTHOR}/>` : ''].join('');
      xml += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
      let col = 0;
      for (const cell of row.cells) {
        const c = typeof cell === 'string' ? { text: cell } : cell;
        const span = c.span ?? 1;
        const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        const tcPr = `<w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.vmerge ? `<w:vMerge${c.vmerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}${c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : ''}`;
        let content: string;
        if (c.blocks) {
          content = this.blocks(c.blocks);
          if (!content.endsWith('</w:p>')) content += '<w:p/>';
        } else {
          const text = c.text ?? '';
          content = text.split('\n\n').map((para) => this.paragraph(para, '', row.header)).join('');
        }
        if (row.change === 'del') content = content.replace(/<w:t xml:space="preserve">/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, '</w:delText>').replace(/<w:r>/g, `<w:del w:id="${this.nextId()}" ${AUTHOR}><w:r>`).replace(/<\/w:r>/g, '</w:r></w:del>');
        xml += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
      }
      xml += '</w:tr>';
    }
    return `${xml}</w:tbl><w:p/>`;
  }
}

function run(text: string, bold: boolean): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CouncilSectionHeading"><w:name w:val="Council Section Heading"/><w:basedOn w:val="Heading2"/><w:rPr><w:color w:val="1F4E79"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NumberedHeading"><w:name w:val="Numbered Heading"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const level = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'bullet', '\u2022')}${level(1, 'bullet', 'o')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumberedHeading"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

/** The .docx bytes and the labelled lines (body, header and footer) it shows. */
export function buildDocx(spec: DocSpec): { bytes: Uint8Array; lines: LabelledLine[] } {
  const w = new Writer();
  const body = w.blocks(spec.body);
  const header = spec.header ? w.blocks(spec.header) : '';
  const footer = spec.footer ? w.blocks(spec.footer) : '';
  const footnoteXml = w.footnotes.map((text, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(` ${text}`, false)}</w:p></w:footnote>`).join('');
  const rels: string[] = [
    '<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    '<Relationship Id="rFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>',
  ];
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>',
  ];
  const files: Record<string, Uint8Array> = {};
  let sectRefs = '';
  if (spec.header) {
    rels.push('<Relationship Id="rHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
    overrides.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    files['word/header1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${header}</w:hdr>`);
    sectRefs += '<w:headerReference w:type="default" r:id="rHeader1"/>';
  }
  if (spec.footer) {
    rels.push('<Relationship Id="rFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>');
    overrides.push('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>');
    files['word/footer1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}>${footer}</w:ftr>`);
    sectRefs += '<w:footerReference w:type="default" r:id="rFooter1"/>';
  }
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}<w:sectPr>${sectRefs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['word/document.xml'] = strToU8(document);
  files['word/styles.xml'] = strToU8(STYLES);
  files['word/numbering.xml'] = strToU8(NUMBERING);
  files['word/footnotes.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${footnoteXml}</w:footnotes>`,
  );
  // A fixed timestamp keeps the committed files byte-identical between runs.
  const mtime = new Date('2026-12-01T00:00:00Z');
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime }]])) as Parameters<typeof zipSync>[0]);
  return { bytes: zipped, lines: w.lines };
}
