import { Analyser } from '../../src/core';
import type { Capabilities } from '../../src/word/capabilities';
import { WordAdapter } from '../../src/word/word-adapter';
import { openSession } from './session';
import { HOST_PROFILES, WordDouble } from './word-double';

// Issue 11: "the same model from Word" as from the .docx reader. Councils put the agreement number,
// the child's name and the date in the page header or footer; the live check reads the first
// section's primary header and footer with its full read, in the same round trip, and its
// first-page ones once it knows the document has them.

const ALL: Capabilities = { structure: true, paragraphEvents: true, annotations: true, popups: true, printPreview: true };

const BODY = [
  { text: 'Written agreement', style: 'Title' },
  { text: 'What Sam will do', style: 'Heading 2' },
  'Sam will take Jo to Hillside Primary School by 8.45am every school day.',
  'Sam will engage with services.',
];

function withHeader(profile = HOST_PROFILES.m365): WordDouble {
  const word = new WordDouble(BODY, profile);
  word.setHeaderFooter('header', 'Primary', ['OFFICIAL-SENSITIVE', 'Agreement number: WA-2026-0412', '']);
  word.setHeaderFooter('footer', 'Primary', ['Written agreement for Jo, made on 3 December 2026', 'OFFICIAL-SENSITIVE']);
  return word;
}

test('the agreement number in the page header counts, and findings in the body are marked on the right paragraph', async () => {
  const word = withHeader();
  const adapter = new WordAdapter(word.run, ALL);
  const { result } = await adapter.analyseAndMark(new Analyser());
  expect(result.sections['agreement-number']?.present).toBe(true);
  const header = result.paragraphs.indexOf('Agreement number: WA-2026-0412');
  expect(header).toBeGreaterThanOrEqual(0);
  expect(header).toBeLessThan(result.paragraphs.indexOf('Written agreement'));
  // A repeated header/footer line is still one line per story; empty lines are left out.
  expect(result.paragraphs.filter((p) => p === '')).toEqual([]);
  // The vague task is body paragraph 3; its mark must land there, not on the paragraph the
  // header lines would shift it to.
  const marks = [...word.annotations.values()];
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.every((a) => a.paragraphId === word.paragraphs[3].id)).toBe(true);
  expect(marks.some((a) => a.covered.startsWith('engage'))).toBe(true);
});

test('the same document without the header reports the agreement number missing (the test can fail)', async () => {
  const word = new WordDouble(BODY);
  const { result } = await new WordAdapter(word.run, ALL).analyseAndMark(new Analyser());
  expect(result.sections['agreement-number']?.present).toBe(false);
});

test('reading the header costs no extra round trip, and an edit cycle does not read it again', async () => {
  const word = withHeader();
  const bare = new WordDouble(BODY);
  const withAsides = new WordAdapter(word.run, ALL);
  const without = new WordAdapter(bare.run, ALL);
  await withAsides.analyseAndMark(new Analyser());
  await without.analyseAndMark(new Analyser());
  expect(word.syncs).toBe(bare.syncs);
  word.resetCounters();
  word.type(2, 'Sam will take Jo to Hillside Primary School by 8.40am every school day.');
  withAsides.note({ kind: 'changed', ids: [word.paragraphs[2].id] });
  const cycle = await withAsides.analyseAndMark(new Analyser());
  expect(cycle.read).toBe('changed');
  expect(cycle.result.sections['agreement-number']?.present).toBe(true);
  expect(word.syncs).toBeLessThanOrEqual(2);
});

test('a finding on a header line is never selected or replaced in the body', async () => {
  const word = new WordDouble(BODY);
  word.setHeaderFooter('header', 'Primary', ['Sam will engage with services.']);
  const adapter = new WordAdapter(word.run, ALL);
  const { result } = await adapter.analyseAndMark(new Analyser());
  expect(result.paragraphs[0]).toBe('Sam will engage with services.');
  // The same words in the body give a finding; the header line's copy of it points at paragraph 0.
  const inBody = result.findings.find((f) => result.paragraphs[f.paragraph] === 'Sam will engage with services.' && f.paragraph > 0)!;
  const inHeader = { ...inBody, paragraph: 0 };
  const before = word.paragraphs.map((p) => p.text);
  expect(await adapter.replace(inHeader, result.paragraphs[0], 'attend the parenting group')).toBe(false);
  expect(await adapter.select(inHeader, result.paragraphs[0])).toBe(false);
  expect(word.paragraphs.map((p) => p.text)).toEqual(before);
  // The body finding is still found and replaced at its own paragraph.
  expect(await adapter.replace(inBody, result.paragraphs[inBody.paragraph], inBody.excerpt)).toBe(true);
});

test('a host that cannot give the header reads the body alone, without an error, and stops asking', async () => {
  const word = withHeader();
  word.failNext(/Section\.getHeader/);
  const adapter = new WordAdapter(word.run, ALL);
  const first = await adapter.analyseAndMark(new Analyser());
  expect(first.result.sections['agreement-number']?.present).toBe(false);
  expect(first.result.paragraphs).toContain('Sam will engage with services.');
  adapter.note({ kind: 'idle' });
  word.resetCounters();
  await adapter.analyseAndMark(new Analyser());
  // One full read, no second attempt at the header.
  expect(word.syncs).toBeLessThanOrEqual(2);
});

test.each(Object.values(HOST_PROFILES).map((profile) => [profile.name, profile] as const))('%s: the pane reads the header with no error banner', async (_name, profile) => {
  const session = await openSession({ word: withHeader(profile) });
  try {
    await session.settle();
    expect(session.messages().filter((m) => m.intent === 'error')).toEqual([]);
    expect(session.state().result?.sections['agreement-number']?.present).toBe(true);
  } finally {
    session.close();
  }
});

// "Different first page": letterheads often carry the reference and the date on page 1 only.
// Real Word fails the whole batch at sync when asked for a first-page header the document lacks.

function withFirstPageOnly(): WordDouble {
  const word = new WordDouble(BODY);
  word.setHeaderFooter('header', 'FirstPage', ['Our reference: FA/7731/DW', 'Family Support Service']);
  word.setHeaderFooter('footer', 'FirstPage', ['Page 1']);
  word.setHeaderFooter('header', 'Primary', ['Family Support Service']);
  return word;
}

test('the reference in a first-page header counts, and a line in both headers is read once', async () => {
  const word = withFirstPageOnly();
  const { result } = await new WordAdapter(word.run, ALL).analyseAndMark(new Analyser());
  expect(result.sections['agreement-number']?.present).toBe(true);
  expect(result.paragraphs.slice(0, 2)).toEqual(['Our reference: FA/7731/DW', 'Family Support Service']);
  expect(result.paragraphs.filter((p) => p === 'Family Support Service')).toHaveLength(1);
});

test('a document without a first-page header is asked once, in its own batch, and the primary header still counts', async () => {
  const word = withHeader();
  const adapter = new WordAdapter(word.run, ALL);
  const first = await adapter.analyseAndMark(new Analyser());
  expect(first.result.sections['agreement-number']?.present).toBe(true);
  // Body and primary stories, the first-page attempt, the marks.
  expect(word.syncs).toBe(3);
  // A later full read does not ask again: one batch, and nothing new to mark.
  adapter.note({ kind: 'idle' });
  word.resetCounters();
  const again = await adapter.analyseAndMark(new Analyser());
  expect(again.read).toBe('full');
  expect(again.result.sections['agreement-number']?.present).toBe(true);
  expect(word.syncs).toBe(1);
});

test('a first-page header found once is read with later full reads in the same batch, and dropped if it goes', async () => {
  const word = withFirstPageOnly();
  const adapter = new WordAdapter(word.run, ALL);
  const first = await adapter.analyseAndMark(new Analyser());
  expect(word.syncs).toBe(3);
  adapter.note({ kind: 'idle' });
  word.resetCounters();
  const again = await adapter.analyseAndMark(new Analyser());
  // The first-page stories join the full read's one batch.
  expect(word.syncs).toBe(1);
  expect(again.result.paragraphs).toEqual(first.result.paragraphs);
  // "Different first page" turned off: the next full read still gives the body and the primary header.
  delete word.headers.FirstPage;
  delete word.footers.FirstPage;
  adapter.note({ kind: 'idle' });
  const after = await adapter.analyseAndMark(new Analyser());
  expect(after.result.paragraphs).not.toContain('Our reference: FA/7731/DW');
  expect(after.result.paragraphs).toContain('Family Support Service');
  expect(after.result.paragraphs).toContain('Sam will engage with services.');
});

// Footnotes and endnotes (WordApi 1.5) are agreement text too: a worker may put the review date or
// the legal notice in one. The .docx reader reads them after the body, before the footer.

const WITH_NOTES: Capabilities = { ...ALL, notes: true };

function withNotes(profile = HOST_PROFILES.m365): WordDouble {
  const word = withHeader(profile);
  word.notes.footnotes = [['This agreement is not a legal document, but it may be shown to a court.']];
  word.notes.endnotes = [['Copies to: Sam, Jo\u2019s school and the health visitor.', '']];
  return word;
}

test('footnotes and endnotes are read with the full read, after the body and before the footer, in the same batch', async () => {
  const word = withNotes();
  const bare = withHeader();
  const adapter = new WordAdapter(word.run, WITH_NOTES);
  const { result } = await adapter.analyseAndMark(new Analyser());
  await new WordAdapter(bare.run, WITH_NOTES).analyseAndMark(new Analyser());
  expect(word.syncs).toBe(bare.syncs);
  const legal = result.paragraphs.indexOf('This agreement is not a legal document, but it may be shown to a court.');
  const copies = result.paragraphs.indexOf('Copies to: Sam, Jo\u2019s school and the health visitor.');
  expect(legal).toBeGreaterThan(result.paragraphs.indexOf('Sam will engage with services.'));
  expect(copies).toBe(legal + 1);
  expect(copies).toBeLessThan(result.paragraphs.indexOf('Written agreement for Jo, made on 3 December 2026'));
  expect(result.sections['legal-notice']?.present).toBe(true);
  expect(result.sections.copies?.present).toBe(true);
  // The vague task's mark still lands on its body paragraph.
  expect([...word.annotations.values()].every((a) => a.paragraphId === word.paragraphs[3].id)).toBe(true);
});

test('without the notes the same document lacks the legal notice (the test can fail)', async () => {
  const { result } = await new WordAdapter(withHeader().run, WITH_NOTES).analyseAndMark(new Analyser());
  expect(result.sections['legal-notice']?.present).toBe(false);
});

test('a host without WordApi 1.5 that claims it loses the notes, not the header or the body', async () => {
  const word = withNotes(HOST_PROFILES.word2016);
  const adapter = new WordAdapter(word.run, { ...WITH_NOTES, paragraphEvents: false, annotations: false, popups: false });
  const { result } = await adapter.analyseAndMark(new Analyser());
  expect(result.paragraphs).toContain('Agreement number: WA-2026-0412');
  expect(result.paragraphs).toContain('Sam will engage with services.');
  expect(result.paragraphs).not.toContain('This agreement is not a legal document, but it may be shown to a court.');
  // And it does not ask again.
  adapter.note({ kind: 'idle' });
  word.resetCounters();
  await adapter.analyseAndMark(new Analyser());
  expect(word.syncs).toBe(1);
});

// Text boxes (WordApiDesktop 1.2): a form may hold "Agreement number" or the child's details in one.

test('text in a text box is read with the full read; a picture beside it is not asked for a body', async () => {
  const word = withNotes();
  word.shapes = [
    { type: 'Picture', paragraphs: [] },
    { type: 'TextBox', paragraphs: ['Jo Smith, aged 6 (date of birth 2 March 2020)', ''] },
  ];
  const adapter = new WordAdapter(word.run, { ...WITH_NOTES, textBoxes: true });
  const { result } = await adapter.analyseAndMark(new Analyser());
  const box = result.paragraphs.indexOf('Jo Smith, aged 6 (date of birth 2 March 2020)');
  expect(box).toBeGreaterThan(result.paragraphs.indexOf('Sam will engage with services.'));
  expect(box).toBeLessThan(result.paragraphs.indexOf('This agreement is not a legal document, but it may be shown to a court.'));
  expect(result.paragraphs).toContain('Agreement number: WA-2026-0412');
});

test('a host without the desktop shapes API loses the text boxes only, and keeps the notes', async () => {
  const word = withNotes(HOST_PROFILES.mac);
  word.shapes = [{ type: 'TextBox', paragraphs: ['Child: Jo Smith, aged 6'] }];
  const adapter = new WordAdapter(word.run, { ...WITH_NOTES, textBoxes: true });
  const { result } = await adapter.analyseAndMark(new Analyser());
  expect(result.paragraphs).not.toContain('Child: Jo Smith, aged 6');
  expect(result.paragraphs).toContain('This agreement is not a legal document, but it may be shown to a court.');
  expect(result.paragraphs).toContain('Agreement number: WA-2026-0412');
  adapter.note({ kind: 'idle' });
  word.resetCounters();
  await adapter.analyseAndMark(new Analyser());
  expect(word.syncs).toBe(1);
});
