import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { generateAgreement, random } from '../../bench/generate';
import type { Block } from '../../src/core';
import { compoundFile, documentXml, p, r, rawZip, utf16le, W } from '../io/build';
import { hostileInputs } from '../io/hostile';

// A seeded generator of hostile and odd inputs for the CLI (issue 17), by class. `scale` 'ci' keeps
// each input small enough for a few hundred in a jest run; 'full' reaches the sizes of the issue's
// table and twice them. The same seed gives the same inputs.

export interface FuzzCase {
  kind: string;
  name: string;
  extension: '.docx' | '.md' | '.txt' | '.doc' | '.xls';
  bytes: Uint8Array;
}

export type Scale = 'ci' | 'full';

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));
const docx = (body: string, namespaces = W) => zipSync({ 'word/document.xml': strToU8(documentXml(body, namespaces)) }, { level: 6 });
const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
const fixturesDir = join(__dirname, '..', 'fixtures');
const FIXTURES = ['derby-worked-example.docx', 'label-table.docx', 'template-default.docx', 'tracked-changes.docx'];

// Phrases the rules react to, and characters that trip naive code.
const UNITS = ['if', 'if the', 'will not', '7 December 2026', 'review 7/12/2026.', 'CAMHS', 'SW (', 'DV_', 'at 10am on Monday', 'engage with services as appropriate', 'the children will be removed', 'Mr Jones', '(', ')', '.', '_', '|', '*', '#', '[a](', '\u2019', '\u00A0', '\u{1F600}', '\uD800', 'e\u0301', '\u0130'];
const HEADINGS = ['What the family will do', 'What the social worker will do', 'If things go wrong', 'Review date', 'What we are worried about', 'Signatures'];

function blocksToMarkdown(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level ?? 2)} ${b.text}` : b.kind === 'list-item' ? `- ${b.text}` : b.text)).join('\n\n');
}

function blocksToDocx(blocks: Block[]): Uint8Array {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return docx(blocks.map((b) => p(r(escape(b.text)), b.kind === 'heading' ? `<w:pStyle w:val="Heading${b.level ?? 2}"/>` : '')).join(''));
}

function repeated(rng: Rng, length: number): string {
  const units = Array.from({ length: between(rng, 1, 3) }, () => pick(rng, UNITS));
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${units[i % units.length]} `;
  return text;
}

/** One input of each generator, in turn, for `count` inputs. */
const GENERATORS: Array<(rng: Rng, scale: Scale, n: number) => FuzzCase> = [
  // A paragraph of one phrase repeated, as text, Markdown or Word.
  (rng, scale) => {
    const length = scale === 'ci' ? between(rng, 1_000, 20_000) : between(rng, 50_000, 1_400_000);
    const text = repeated(rng, length);
    const extension = pick(rng, ['.txt', '.md', '.docx'] as const);
    const heading = pick(rng, HEADINGS);
    const bytes = extension === '.docx' ? blocksToDocx([{ kind: 'heading', level: 2, text: heading }, { kind: 'paragraph', text }]) : strToU8(extension === '.md' ? `## ${heading}\n\n${text}` : text);
    return { kind: 'repeated phrase', name: `${JSON.stringify(text.slice(0, 20))}… ${text.length} chars`, extension, bytes };
  },
  // Markdown whose shape made the old reader backtrack: spaced headings, emphasis, links, pipes.
  (rng, scale) => {
    const size = scale === 'ci' ? between(rng, 1_000, 30_000) : between(rng, 100_000, 960_000);
    const shapes = [
      () => `# a${' '.repeat(size / 2)}b${' '.repeat(size / 2)}#x\n`,
      () => pick(rng, ['**a ', '*a ', '_a ', '[a](', '[a]', '[[', '](', '`', '\\*a', '**_[`']).repeat(size / 3),
      () => '|'.repeat(size),
      () => `${'|'.repeat(99)}\n`.repeat(Math.ceil(size / 100)),
      () => `${'> '.repeat(size / 4)}x`,
      () => `${'- '.repeat(size / 4)}x`,
    ];
    return { kind: 'markdown shapes', name: `markdown ${size}`, extension: '.md', bytes: strToU8(pick(rng, shapes)()) };
  },
  // Word parts nested deep: content controls, tables, runs, insertions, fallbacks, unknown elements.
  (rng, scale) => {
    const depth = scale === 'ci' ? between(rng, 10, 3_000) : between(rng, 500, 200_000);
    const inner = p(r('Kerry will walk Liam to school.'));
    const shapes: Array<[string, string, string]> = [
      ['<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>', '</w:sdtContent></w:sdt>', inner],
      ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', inner],
      ['<mc:AlternateContent><mc:Fallback>', '</mc:Fallback></mc:AlternateContent>', inner],
      ['<u:x xmlns:u="urn:u">', '</u:x>', inner],
    ];
    const [open, close, body] = pick(rng, shapes);
    const run = rng() < 0.3;
    const xml = run ? `<w:p>${nested(rng() < 0.5 ? '<w:r>' : '<w:ins w:author="a">', rng() < 0.5 ? '</w:r>' : '</w:ins>', depth, '<w:t>x</w:t>')}</w:p>` : nested(open, close, depth, body);
    return { kind: 'deep nesting', name: `${run ? 'runs' : open.slice(0, 12)} ${depth} deep`, extension: '.docx', bytes: docx(xml) };
  },
  // Many findings: the same faulty task thousands of times.
  (rng, scale) => {
    const lines = scale === 'ci' ? between(rng, 100, 3_000) : between(rng, 2_000, 60_000);
    const task = pick(rng, ['The SW will engage with CAMHS and the DV worker as appropriate regularly.', 'Mum will make sure her partner does not drink or the children will be removed.', 'Dad will attend every appointment.', 'CAMHS PLO ICPC CP DV SW RCPC']);
    const text = `## What the family will do\n\n${Array(lines).fill(`- ${task}`).join('\n')}`;
    return { kind: 'flood of findings', name: `${lines} faulty lines`, extension: pick(rng, ['.md', '.txt'] as const), bytes: strToU8(text) };
  },
  // Markup with little or no text: empty paragraphs, comments, formatting only.
  (rng, scale) => {
    const count = scale === 'ci' ? between(rng, 1_000, 50_000) : between(rng, 100_000, 10_000_000);
    const shapes = [
      () => docx('<w:p/>'.repeat(count)),
      () => docx(`${p(r('Kerry will walk Liam to school.'))}<!--${'a'.repeat(count * 6)}-->`),
      () => docx(p('<w:r><w:rPr><w:b/></w:rPr></w:r>'.repeat(count))),
      () => docx(`<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(Math.ceil(count / 4))}</w:tbl>`),
    ];
    return { kind: 'markup without text', name: `${count} elements`, extension: '.docx', bytes: pick(rng, shapes)() };
  },
  // Blank documents: they must fail loudly (exit 1 with the missing sections).
  (rng) => {
    const shapes: Array<[string, FuzzCase['extension'], () => Uint8Array]> = [
      ['empty .txt', '.txt', () => new Uint8Array(0)],
      ['white space .md', '.md', () => strToU8(' \n\n\t\n')],
      ['blank paragraphs .docx', '.docx', () => docx('<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>'.repeat(between(rng, 1, 50)))],
      ['wrong Word namespace', '.docx', () => docx(p(r('Kerry will walk Liam to school.')), 'xmlns:w="http://example.com/not-word"')],
      ['no body', '.docx', () => zipSync({ 'word/document.xml': strToU8(`<w:document ${W}/>`) })],
    ];
    const [name, extension, make] = pick(rng, shapes);
    return { kind: 'blank document', name, extension, bytes: make() };
  },
  // Formats a council will really feed it.
  (rng) => {
    const good = documentXml(p(r('Kerry will walk Liam to school every day by 8.45am.')));
    const shapes: Array<[string, FuzzCase['extension'], () => Uint8Array]> = [
      ['Word 97-2003 .doc', '.doc', () => compoundFile('WordDocument', '1Table')],
      ['.doc renamed .docx', '.docx', () => compoundFile('WordDocument', '1Table')],
      ['.xls renamed .docx', '.docx', () => compoundFile('Workbook')],
      ['.xls', '.xls', () => compoundFile('Workbook')],
      ['encrypted', '.docx', () => compoundFile('\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage')],
      ['strict OOXML', '.docx', () => docx(p(r('Kerry will walk Liam to school.')), 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"')],
      ['UTF-16 document.xml', '.docx', () => rawZip([{ name: 'word/document.xml', data: utf16le(good.replace('UTF-8', 'UTF-16')) }])],
      ['ZIP64', '.docx', () => rawZip([{ name: 'word/document.xml', data: strToU8(good) }], { zip64: true })],
      ['end-of-directory signature in the zip comment', '.docx', () => rawZip([{ name: 'word/document.xml', data: strToU8(good) }], { comment: new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2, 3]) })],
      ['wrong CRC', '.docx', () => rawZip([{ name: 'word/document.xml', data: strToU8(good), crc: 12345 }])],
      ['not a zip', '.docx', () => strToU8('This is just text pretending to be Word.')],
    ];
    const [name, extension, make] = pick(rng, shapes);
    return { kind: 'formats', name, extension, bytes: make() };
  },
  // Real documents with bytes flipped, cut short or spliced.
  (rng) => {
    const name = pick(rng, FIXTURES);
    const bytes = new Uint8Array(readFileSync(join(fixturesDir, name)));
    const how = pick(rng, ['flip', 'truncate', 'splice']);
    let out = bytes;
    if (how === 'flip') for (let k = between(rng, 1, 40); k > 0; k--) out[Math.floor(rng() * out.length)] = Math.floor(rng() * 256);
    else if (how === 'truncate') out = bytes.subarray(0, Math.floor(rng() * bytes.length));
    else {
      const at = Math.floor(rng() * bytes.length);
      out = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(Math.floor(rng() * bytes.length))]);
    }
    return { kind: 'mutated .docx', name: `${name} ${how}`, extension: '.docx', bytes: out };
  },
  // Realistic agreements with hostile characters and phrases dropped in.
  (rng, scale, n) => {
    const blocks = generateAgreement(scale === 'ci' ? between(rng, 100, 3_000) : between(rng, 1_000, 50_000), n + 1);
    for (let k = between(rng, 0, 30); k > 0; k--) {
      const i = Math.floor(rng() * blocks.length);
      const at = Math.floor(rng() * (blocks[i].text.length + 1));
      blocks[i] = { ...blocks[i], text: blocks[i].text.slice(0, at) + pick(rng, UNITS) + blocks[i].text.slice(at) };
    }
    const extension = pick(rng, ['.md', '.docx', '.txt'] as const);
    const bytes = extension === '.docx' ? blocksToDocx(blocks) : strToU8(extension === '.md' ? blocksToMarkdown(blocks) : blocks.map((b) => b.text).join('\n\n'));
    return { kind: 'agreement with hostile text', name: `${blocks.length} blocks`, extension, bytes };
  },
];

/** `count` inputs from `seed`, cycling through the classes. */
export function* fuzzCases(seed: number, count: number, scale: Scale): Generator<FuzzCase> {
  const rng = random(seed);
  for (let n = 0; n < count; n++) yield GENERATORS[n % GENERATORS.length](rng, scale, n);
}

/** Issue 17's table of inputs at twice their sizes (the readers' builders), for the full run. */
export function issueInputsDoubled(): FuzzCase[] {
  const fromReaders = hostileInputs(2).map((input): FuzzCase => ({ kind: 'issue 17, doubled', name: input.name, extension: input.extension, bytes: input.make() }));
  const words = (unit: string, count: number) => Array(count).fill(unit).join(' ');
  return [
    ...fromReaders,
    { kind: 'issue 17, doubled', name: '"if if if" 480,000 words (.txt)', extension: '.txt', bytes: strToU8(words('if', 480_000)) },
    { kind: 'issue 17, doubled', name: '"if if if" 1,200,000 words (.docx)', extension: '.docx', bytes: docx(p(r(words('if', 1_200_000)))) },
    { kind: 'issue 17, doubled', name: '"if if if" 480,000 words, one per line (.txt)', extension: '.txt', bytes: strToU8(Array(480_000).fill('if').join('\n\n').slice(0, 2_900_000)) },
  ];
}
