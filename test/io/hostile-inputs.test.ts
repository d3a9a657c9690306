import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/io/docx-reader';
import { MAX_PARAGRAPHS, MAX_TABLE_CELLS, MAX_XML_DEPTH } from '../../src/io/limits';
import { readAgreementBytes, UnreadableFileError } from '../../src/io/read-agreement';
import { readMarkdown, readPlainText, stripInline, textReaderWork } from '../../src/io/text-reader';
import { parseXml } from '../../src/io/xml';
import { documentXml, p, r } from './build';
import { hostileInputs } from './hostile';

// Issue 17's hostile inputs, as far as the readers go: each is read or refused with a one-line
// reason, never a stack trace or a hang. Time and memory through the CLI are measured by
// bench/readers-hostile.ts (a unit test does not time things).

const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(documentXml(body)) });

describe("issue 17's inputs at the sizes in its table", () => {
  const outcomes: Record<string, RegExp> = {
    'content controls': /nests its parts more than 1,000 levels deep/,
    tables: /nests its parts more than 1,000 levels deep/,
    runs: /nests its parts more than 1,000 levels deep/,
    insertions: /nests its parts more than 1,000 levels deep/,
    'mc:Fallback': /nests its parts more than 1,000 levels deep/,
    unknown: /nests its parts more than 1,000 levels deep/,
    '5 million empty': /more than 100,000 paragraphs/,
    'a 31 MB XML comment': /^read$/,
    '31 MB of markup': /^read$/,
    'pipes on one line': /one paragraph has more than 100,000 characters/,
    'pipes in rows': /more than 100,000 table cells/,
    heading: /^read$/,
    repeated: /one paragraph has more than 100,000 characters/,
  };
  for (const input of hostileInputs(1)) {
    test(input.name, () => {
      const expected = Object.entries(outcomes).find(([start]) => input.name.includes(start))?.[1];
      let outcome = 'read';
      try {
        readAgreementBytes(input.make(), input.extension);
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableFileError);
        outcome = (error as Error).message;
        expect(outcome).not.toContain('\n');
      }
      expect(outcome).toMatch(expected ?? /^never$/);
    });
  }
});

describe('the XML walker', () => {
  const collect = (xml: string) => {
    const events: string[] = [];
    parseXml(xml, { open: (name, a) => events.push(`<${name}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join('')}>`), close: (name) => events.push(`</${name}>`), text: (t) => events.push(t) }, 'test.xml');
    return events;
  };

  test(`reads nesting up to ${MAX_XML_DEPTH} deep and refuses one level more with a one-line reason`, () => {
    const deep = (n: number) => `<a>${'<b>'.repeat(n - 1)}x${'</b>'.repeat(n - 1)}</a>`;
    expect(collect(deep(MAX_XML_DEPTH)).filter((e) => e === 'x')).toHaveLength(1);
    expect(() => collect(deep(MAX_XML_DEPTH + 1))).toThrow(/^test\.xml nests its parts more than 1,000 levels deep, far deeper than Word ever writes/);
  });

  test('namespaces resolve through nested declarations and are undone at the end of their element', () => {
    const xml = `<w:d xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x xmlns="urn:one" xmlns:w="urn:two"><w:p/></x><w:p w:val="1"/></w:d>`;
    expect(collect(xml)).toEqual(['<w:d>', '<{urn:one}x>', '<{urn:two}p>', '</{urn:two}p>', '</{urn:one}x>', '<w:p w:val=1>', '</w:p>', '</w:d>']);
  });

  test('entities, character references, CDATA, comments and processing instructions', () => {
    expect(collect(`<?xml version="1.0"?><!-- a <b> comment --><a t="&lt;&#65;&#x42;&quot;">1 &amp; 2 &#x1F600;<![CDATA[<raw & text>]]><?pi x?></a>`)).toEqual(['<a t=<AB">', '1 & 2 \u{1F600}', '<raw & text>', '</a>']);
  });

  test.each([
    ['an unclosed element', '<a><b></a>'],
    ['a stray ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unbound prefix', '<w:a/>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', 'hello<a/>'],
    ['an unterminated comment', '<a><!-- never closed</a>'],
    ['nothing at all', ''],
    ['a reference to character zero', '<a>&#0;</a>'],
  ])('%s is not well-formed', (_, xml) => {
    expect(() => collect(xml)).toThrow(/^test\.xml is not well-formed XML/);
  });
});

describe('reading caps, checked while reading', () => {
  test(`more than ${MAX_PARAGRAPHS.toLocaleString('en-GB')} paragraphs is refused; that many is read`, () => {
    expect(readDocx(docx('<w:p/>'.repeat(MAX_PARAGRAPHS))).blocks).toHaveLength(MAX_PARAGRAPHS);
    expect(() => readDocx(docx('<w:p/>'.repeat(MAX_PARAGRAPHS + 1)))).toThrow(/more than 100,000 paragraphs/);
  });

  test(`more than ${MAX_TABLE_CELLS.toLocaleString('en-GB')} table cells is refused`, () => {
    const rows = `<w:tr>${'<w:tc/>'.repeat(1000)}</w:tr>`.repeat(MAX_TABLE_CELLS / 1000);
    expect(() => readDocx(docx(`<w:tbl>${rows}</w:tbl>`))).not.toThrow();
    expect(() => readDocx(docx(`<w:tbl>${rows}<w:tr><w:tc/></w:tr></w:tbl>`))).toThrow(/more than 100,000 table cells/);
  });

  test('a paragraph of more than 100,000 characters is refused, in .docx, Markdown and text', () => {
    const long = 'word '.repeat(20_001);
    expect(() => readDocx(docx(p(r(long))))).toThrow(/one paragraph has more than 100,000 characters/);
    expect(() => readDocx(docx(p(r(long.slice(0, 50_000)) + r(long.slice(50_000)))))).toThrow(/one paragraph has more than 100,000 characters/);
    expect(() => readMarkdown(long)).toThrow(/one paragraph/);
    expect(() => readMarkdown(long.replace(/ /g, '\n'))).toThrow(/one paragraph/); // a paragraph wrapped over many lines
    expect(() => readPlainText(long.replace(/ /g, '\n'))).toThrow(/one paragraph/);
    expect(readDocx(docx(p(r(long.slice(0, 99_000))))).blocks[0].text).toHaveLength(99_000);
  });
});

describe('the Markdown reader does work in proportion to its input', () => {
  const workOf = (run: () => unknown) => {
    const before = textReaderWork();
    run();
    return textReaderWork() - before;
  };
  // Inline patterns that made the old regular expressions rescan the rest of the line at every
  // opening marker; each is kept under the per-paragraph cap, doubled, and the work must double.
  const units = ['**a ', '*a ', '_a ', '__a', '[a](', '[a]', '[[', '](', '`a', '\\*a', '**_[`', 'a* ', '*a*a', '_a_a'];
  test.each(units)('inline markup %j repeated', (unit) => {
    const small = workOf(() => stripInline(unit.repeat(10_000)));
    const large = workOf(() => stripInline(unit.repeat(20_000)));
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });

  test.each([
    ['a heading line with many spaces', (n: number) => `# a${' '.repeat(n)}b${' '.repeat(n)}#x`],
    ['a table row of pipes', (n: number) => '|'.repeat(n)],
    ['many table rows', (n: number) => '| a | b |\n'.repeat(n / 10)],
    ['list lines', (n: number) => '- Kerry will **call** [a](b)\n'.repeat(n / 30)],
  ])('%s', (_, make) => {
    const small = workOf(() => readMarkdown(make(20_000)));
    const large = workOf(() => readMarkdown(make(40_000)));
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });

  test('inline markup still reads as before', () => {
    expect(stripInline('Kerry will **always** call [the school](https://x.test) by *Friday* at `4pm` \\*not\\* __now__ and _then_')).toBe('Kerry will always call the school by Friday at 4pm *not* now and then');
    expect(stripInline('snake_case_name and 2*3*4 and Signed ______ on ....')).toBe('snake_case_name and 2*3*4 and Signed ______ on ....');
    expect(stripInline('**unclosed bold and [unclosed link](')).toBe('**unclosed bold and [unclosed link](');
  });

  test('repetitive and adversarial strings: bounded work, text never longer than its source, never a crash', () => {
    const pieces = fc.constantFrom('*', '**', '_', '__', '[', ']', '(', ')', '](', '`', '\\', '#', '|', ' ', '  ', 'a', 'Kerry', '\t', '-', '1.', '\n', '\n\n', '___', '....');
    const repetitive = fc.tuple(fc.array(pieces, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 400 })).map(([unit, times]) => unit.join('').repeat(times));
    const source = fc.oneof(fc.array(pieces, { maxLength: 300 }).map((a) => a.join('')), repetitive, fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(source, (text) => {
        const inline = text.replace(/\n/g, ' ');
        const before = textReaderWork();
        expect(stripInline(inline).length).toBeLessThanOrEqual(inline.length);
        const blocks = readMarkdown(text);
        readPlainText(text);
        // A fixed number of passes over the text, whatever its shape.
        expect(textReaderWork() - before).toBeLessThanOrEqual(40 * (text.length + 1) + 40);
        for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1500, seed: 17 },
    );
  });
});
