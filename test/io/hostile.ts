import { strToU8, zipSync } from 'fflate';
import { documentXml, p, r } from './build';

// The hostile inputs of issue 17 that reach the readers, at a chosen scale (1 = the sizes in the
// issue's table, 2 = doubled). Used by test/io/hostile-inputs.test.ts and bench/readers-hostile.ts.

export interface HostileInput {
  name: string;
  extension: '.docx' | '.md' | '.txt';
  make(): Uint8Array;
}

const docx = (xml: string) => zipSync({ 'word/document.xml': strToU8(xml) }, { level: 6 });
const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

export function hostileInputs(scale: number): HostileInput[] {
  const deep = 100_000 * scale;
  const inner = p(r('Kerry will walk Liam to school.'));
  return [
    { name: `content controls nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(nested('<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>', '</w:sdtContent></w:sdt>', deep, inner))) },
    { name: `tables nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', deep, inner))) },
    { name: `runs nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(`<w:p>${nested('<w:r>', '</w:r>', deep, '<w:t>x</w:t>')}</w:p>`)) },
    { name: `insertions nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(`<w:p>${nested('<w:ins w:author="a">', '</w:ins>', deep, r('x'))}</w:p>`)) },
    { name: `mc:Fallback nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(nested('<mc:AlternateContent><mc:Fallback>', '</mc:Fallback></mc:AlternateContent>', deep, inner))) },
    { name: `unknown elements nested ${deep.toLocaleString('en-GB')} deep`, extension: '.docx', make: () => docx(documentXml(nested('<u:x xmlns:u="urn:u">', '</u:x>', deep, inner))) },
    { name: `${(5 * scale).toLocaleString('en-GB')} million empty paragraphs`, extension: '.docx', make: () => docx(documentXml('<w:p/>'.repeat(5_000_000 * scale))) },
    { name: `a ${31 * scale} MB XML comment`, extension: '.docx', make: () => docx(documentXml(`${inner}<!--${'a'.repeat(31 * 1024 * 1024 * scale)}-->`)) },
    { name: `${31 * scale} MB of markup without text`, extension: '.docx', make: () => docx(documentXml(p('<w:r><w:rPr><w:b/></w:rPr></w:r>'.repeat(Math.floor((31 * 1024 * 1024 * scale) / 33))))) },
    { name: `a Markdown table of ${(2.9 * scale).toFixed(1)} MB of pipes on one line`, extension: '.md', make: () => strToU8('|'.repeat(2_900_000 * scale)) },
    { name: `a Markdown table of ${(2.9 * scale).toFixed(1)} MB of pipes in rows`, extension: '.md', make: () => strToU8(`${'|'.repeat(99)}\n`.repeat(29_000 * scale)) },
    { name: `a Markdown heading with ${(16_000 * scale).toLocaleString('en-GB')} spaces`, extension: '.md', make: () => strToU8(`# a${' '.repeat(16_000 * scale)}b${' '.repeat(16_000 * scale)}#x\n`) },
    ...['**a ', '*a ', '_a ', '[a](', '[a]', '[[', '](', '`', '\\*a', '**_[`'].map(
      (unit): HostileInput => ({ name: `Markdown '${unit}' repeated to ${(480 * scale).toLocaleString('en-GB')},000 characters`, extension: '.md', make: () => strToU8(unit.repeat(Math.ceil((480_000 * scale) / unit.length))) }),
    ),
  ];
}
