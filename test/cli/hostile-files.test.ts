import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { runCli } from './run-cli';
import { compoundFile } from '../io/build';
import { tempDir } from '../support/temp-dir';

// Each hostile input gets one line on stderr with no stack trace, exit code 2, and the other
// files in the same run are still checked.
const dir = tempDir('hostile-');
const good = join(__dirname, '..', 'fixtures', 'label-table.docx');
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

function expectRejected(path: string, reason: RegExp): void {
  const { code, stdout, stderr } = runCli([path, good]);
  expect(code).toBe(2);
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^agreement-check: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(lines[0]).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at /);
  // The good file was still checked.
  expect(stdout).toContain('label-table.docx');
}

test('not a zip', () => expectRejected(write('plain.docx', 'This is just text pretending to be Word.'), /not a Word \.docx file/));

test('a truncated zip', () => {
  const bytes = readFileSync(good);
  expectRejected(write('truncated.docx', bytes.subarray(0, Math.floor(bytes.length / 2))), /damaged or truncated/);
});

test('a .docx without word/document.xml', () => {
  expectRejected(write('empty-package.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>') })), /word\/document\.xml is missing/);
});

test('a password-protected (encrypted) .docx', () => {
  expectRejected(write('encrypted.docx', compoundFile('\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage')), /password-protected/);
});

test('a zip bomb stops at the size limit', () => {
  // 64 MB of zeros compresses to about 64 KB; the reader stops inflating at 32 MB.
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
  expect(bomb.length).toBeLessThan(1024 * 1024);
  const before = process.memoryUsage().rss;
  expectRejected(write('bomb.docx', bomb), /expands to more than 32 MB/);
  expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
});

test('XML with entity expansion is refused', () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>`;
  expectRejected(write('laughs.docx', zipSync({ 'word/document.xml': strToU8(laughs) })), /DOCTYPE/);
});

test('malformed XML', () => {
  expectRejected(write('broken-xml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') })), /not well-formed XML/);
});

test('a 100 MB file is refused before it is read', () => {
  const path = join(dir, 'huge.docx');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  expectRejected(path, /100 MB; agreements are never this large/);
});

test('a directory', () => {
  const path = join(dir, 'folder.docx');
  mkdirSync(path);
  expectRejected(path, /is a directory/);
});

test('a missing file', () => expectRejected(join(dir, 'nowhere.docx'), /no such file/));

test('a binary file named .txt', () => expectRejected(write('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0])), /binary file/));

test('a document with millions of characters of text is refused, not analysed for minutes', () => {
  const paragraph = `<w:p><w:r><w:t>${'Kerry will walk Liam to school every day. '.repeat(250)}</w:t></w:r></w:p>`;
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(400)}</w:body></w:document>`;
  expectRejected(write('endless.docx', zipSync({ 'word/document.xml': strToU8(xml) })), /more than 3 million characters of text/);
  expectRejected(write('endless.txt', 'All work and no play. '.repeat(150_000)), /more than 3 million characters/);
});
