import { strToU8, zipSync } from 'fflate';
import { serialize } from 'node:v8';
import { readDocx } from '../../src/io/docx-reader';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { compoundFile, documentXml, p, r, rawZip, utf16le } from './build';

// Files a council will really feed the checker: each is read, or refused with one line that says what to do.

const text = (bytes: Uint8Array) => readDocx(bytes).blocks.map((b) => b.text);
const body = p(r('Kerry will walk Liam to school.'));

describe('compound files renamed to .docx', () => {
  test.each([
    ['a Word 97-2003 .doc', ['WordDocument', '1Table'], /older Word \(\.doc, Word 97-2003\) file.*save it as a \.docx in Word.*try again/],
    ['an .xls', ['Workbook'], /Excel spreadsheet/],
    ['an encrypted .docx', ['EncryptionInfo', 'EncryptedPackage'], /password-protected/],
    ['an IRM-protected .docx', ['\u0006DataSpaces', 'DRMEncryptedDataSpace', 'EncryptedPackage'], /rights management/],
  ])('%s, whatever its extension', (_, streams, reason) => {
    for (const extension of ['.docx', '.doc', '.txt']) expect(() => readAgreementBytes(compoundFile(...streams), extension)).toThrow(reason);
  });

  test('an encrypted .docx is not taken for a .doc even though both are compound files', () => {
    expect(() => readDocx(compoundFile('EncryptionInfo', 'EncryptedPackage', 'WordDocument'))).toThrow(/password-protected/);
  });
});

test('Strict OOXML (the purl.oclc.org namespaces) reads like Transitional', () => {
  const strict = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" w:conformance="strict"><w:body>${body}</w:body></w:document>`;
  expect(text(zipSync({ 'word/document.xml': strToU8(strict) }))).toEqual(['Kerry will walk Liam to school.']);
});

describe('document.xml in UTF-16', () => {
  const xml = documentXml(p(r('Liam \u{1F600} caf\u00E9'))).replace('UTF-8', 'UTF-16');
  test('little-endian with a byte-order mark', () => {
    expect(text(zipSync({ 'word/document.xml': utf16le(xml) }))).toEqual(['Liam \u{1F600} caf\u00E9']);
  });
  test('little-endian without a byte-order mark', () => {
    expect(text(zipSync({ 'word/document.xml': utf16le(xml, false) }))).toEqual(['Liam \u{1F600} caf\u00E9']);
  });
  test('big-endian with a byte-order mark', () => {
    const le = utf16le(xml);
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(text(zipSync({ 'word/document.xml': be }))).toEqual(['Liam \u{1F600} caf\u00E9']);
  });
  test('a UTF-8 file whose declaration says UTF-16 is still read as UTF-8', () => {
    expect(text(zipSync({ 'word/document.xml': strToU8(xml) }))).toEqual(['Liam \u{1F600} caf\u00E9']);
  });
});

describe('zip containers', () => {
  const entries = [{ name: '[Content_Types].xml', data: strToU8('<Types/>') }, { name: 'word/document.xml', data: strToU8(documentXml(body)) }];

  test('a plain hand-written zip reads (the builder itself is right)', () => {
    expect(text(rawZip(entries))).toEqual(['Kerry will walk Liam to school.']);
  });

  test('a ZIP64 archive reads', () => {
    expect(text(rawZip(entries, { zip64: true }))).toEqual(['Kerry will walk Liam to school.']);
  });

  test('a zip comment that itself contains the end-of-directory signature does not mislead the reader', () => {
    const comment = new Uint8Array([...strToU8('made by '), 0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(30).fill(0x41)]);
    expect(text(rawZip(entries, { comment }))).toEqual(['Kerry will walk Liam to school.']);
    expect(text(rawZip(entries, { comment, zip64: true }))).toEqual(['Kerry will walk Liam to school.']);
  });

  test('stored (uncompressed) entries read', () => {
    expect(text(rawZip(entries.map((e) => ({ ...e, stored: true }))))).toEqual(['Kerry will walk Liam to school.']);
  });

  test('a part whose CRC does not match is refused, not read', () => {
    const bad = rawZip([entries[0], { ...entries[1], crc: 0x12345678 }]);
    expect(() => readDocx(bad)).toThrow(/damaged.*check of word\/document\.xml failed/);
    // The same when the stored bytes themselves were changed after the CRC was written.
    const good = rawZip([entries[0], { ...entries[1], stored: true }]);
    const at = Buffer.from(good).indexOf('Kerry');
    good[at] = 'J'.charCodeAt(0);
    expect(() => readDocx(good)).toThrow(/corrupted/);
  });
});

test('w:sym with a code outside Unicode is skipped, not reported as broken XML', () => {
  const symbols = '<w:r><w:t>Tick</w:t><w:sym w:font="Wingdings" w:char="FFFFFFFF"/><w:sym w:font="Wingdings" w:char="D800"/><w:sym w:font="x" w:char="zz"/><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>';
  expect(text(zipSync({ 'word/document.xml': strToU8(documentXml(p(symbols))) }))).toEqual(['Tick\u00FC']);
});

test('an .rtf or a .doc that is not a compound file is refused with what to do', () => {
  expect(() => readAgreementBytes(strToU8('{\\rtf1\\ansi Hello}'), '.txt')).toThrow(/save it as a \.docx in Word/);
  expect(() => readAgreementBytes(strToU8('plain'), '.doc')).toThrow(/save it as a \.docx in Word/);
});

describe('texts stored one byte a character where they can be (V8 compiles each pattern again for two-byte text)', () => {
  // v8.serialize writes a one-byte string with the tag '"' and a two-byte one with 'c' (after any padding).
  const twoByte = (s: string) => {
    const bytes = serialize(s);
    let at = 2;
    while (bytes[at] === 0) at++;
    return bytes[at] === 0x63;
  };
  const blocksOf = (bytes: Uint8Array, extension: string) => readAgreementBytes(bytes, extension).blocks;

  test('a .docx with a curly quote in one paragraph: the others are one byte, and every text reads the same', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(p(r('Kerry won\u2019t drive.')) + p(r('Liam goes to caf\u00E9 club.')) + body)) });
    expect(blocksOf(bytes, '.docx').map((b) => b.text)).toEqual(['Kerry won\u2019t drive.', 'Liam goes to caf\u00E9 club.', 'Kerry will walk Liam to school.']);
    expect(readDocx(bytes).blocks.map((b) => twoByte(b.text))).toEqual([true, true, true]);
    expect(blocksOf(bytes, '.docx').map((b) => twoByte(b.text))).toEqual([true, false, false]);
  });

  test('a text file with a dash in one line', () => {
    const blocks = blocksOf(strToU8('Kerry \u2013 Liam\u2019s mum\n\nKerry will walk Liam to school.\n'), '.txt');
    expect(blocks.map((b) => b.text)).toEqual(['Kerry \u2013 Liam\u2019s mum', 'Kerry will walk Liam to school.']);
    expect(blocks.map((b) => twoByte(b.text))).toEqual([true, false]);
  });
});
