import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyser, getProfile } from '../../src/core';
import { PARAGRAPH_FIELDS } from '../../src/word/paragraph-blocks';
import { ReviewAdapter } from '../../src/word/review-adapter';
import { CRITIQUE_COLOURS, SUBTITLES, WordAdapter } from '../../src/word/word-adapter';
import type { Capabilities } from '../../src/word/capabilities';
import { openSession } from './session';
import { eventsDelivered, HOST_PROFILES, inLanguage, SettingsStore, WordDouble } from './word-double';

// Each test here shows one defect issue 13 lists, on the strict double; each failed before its fix.
const ALL: Capabilities = { structure: true, paragraphEvents: true, annotations: true, popups: true, printPreview: true };
const root = join(__dirname, '..', '..');

function agreement(size = 10) {
  const texts: Array<{ text: string; style?: string }> = [{ text: 'What the family will do', style: 'Heading 2' }];
  for (let i = 1; i < size; i++) texts.push({ text: i % 3 ? `Ms Smith will take Jo to school every day (${i}).` : `Mum will engage with services (${i}).` });
  return texts;
}

/** Every mark covers text that a finding on the paragraph's current text covers. */
function marksFitText(word: WordDouble, analyser = new Analyser()): boolean {
  const result = analyser.analyse(word.paragraphs.map((p) => ({ kind: p.style.startsWith('Heading') ? 'heading' : 'paragraph', level: 2, text: p.text })));
  return [...word.annotations.values()].every((a) => {
    const index = word.paragraphs.findIndex((p) => p.id === a.paragraphId);
    return result.findings.some((f) => f.paragraph === index && f.start === a.start && f.end - f.start === a.length && word.paragraphs[index].text.slice(f.start, f.end) === a.covered);
  });
}

test('1. an edit between the read and the write leaves no mark on the new text', async () => {
  const word = new WordDouble(agreement());
  // The worker types while the analysis runs; Word's event for it arrives only later.
  const adapter = new WordAdapter(word.run, ALL, { afterRead: () => word.type(3, 'Kerry will walk Liam to Hillside Primary School by 8.45am every school day (3).') });
  const cycle = await adapter.analyseAndMark(new Analyser());
  expect(cycle.stale).toEqual([3]);
  expect(marksFitText(word)).toBe(true);
});

test('2. an annotation Word removed by itself does not turn marks off', async () => {
  const session = await openSession({ paragraphs: agreement() });
  const { word } = session;
  try {
    const first = [...word.annotations.entries()].find(([, a]) => a.paragraphId === word.paragraphs[3].id)![0];
    word.removeAnnotation(first);
    word.type(3, 'Mum will engage with the core group (3).');
    await session.settle();
    expect(session.state().marksAvailable).toBe(true);
    expect([...word.annotations.values()].some((a) => a.paragraphId === word.paragraphs[3].id && a.covered === 'core group')).toBe(true);
    // Word on the web drops every mark after idle time: "refresh marks" puts them back.
    const web = await openSession({ profile: HOST_PROFILES.web, paragraphs: agreement() });
    const before = web.word.annotations.size;
    web.word.idle();
    expect(web.word.annotations.size).toBe(0);
    await web.controller.refreshMarks();
    expect(web.word.annotations.size).toBe(before);
    expect(web.messages().filter((m) => m.intent === 'error')).toEqual([]);
    web.close();
  } finally {
    session.close();
  }
});

test('3. a WordApi 1.3 host is read without uniqueLocalId, and without ids an inserted paragraph re-marks only itself', async () => {
  const old = await openSession({ profile: HOST_PROFILES.word2016, paragraphs: agreement() });
  expect(old.state().result?.findings.length).toBeGreaterThan(0);
  expect(old.messages().filter((m) => m.intent === 'error')).toEqual([]);
  old.close();
  // Microsoft 365 with connected experiences off: marks work, ids are null.
  const profile = { ...HOST_PROFILES.m365, id: 'no-ids', uniqueLocalIds: false };
  const session = await openSession({ profile, paragraphs: agreement(30) });
  const marked = new Set(session.word.annotations.keys());
  session.word.addParagraph(0, 'Mum will engage with services.');
  session.word.moveSelection(1);
  await session.settle();
  const fresh = [...session.word.annotations.keys()].filter((id) => !marked.has(id));
  expect(fresh.length).toBeGreaterThan(0);
  expect(fresh.every((id) => session.word.annotations.get(id)!.paragraphId === session.word.paragraphs[1].id)).toBe(true);
  session.close();
});

test('4. a suggestion accepted in Word\u2019s pop-up is not applied a second time', async () => {
  const session = await openSession({ paragraphs: [{ text: 'What the family will do', style: 'Heading 2' }, 'Mum will go to the core group on 3 December 2026.'] });
  const { word } = session;
  try {
    const [id, mark] = [...word.annotations].find(([, a]) => a.covered === 'core group')!;
    expect(mark.suggestions.length).toBeGreaterThan(0);
    word.acceptPopupSuggestion(id, mark.suggestions[0]);
    await session.settle();
    expect(word.paragraphs[1].text).toBe(`Mum will go to the ${mark.suggestions[0]} on 3 December 2026.`);
    expect(session.messages().map((m) => m.text)).not.toContainEqual(expect.stringMatching(/not applied/));
    expect(session.state().result!.findings.some((f) => f.excerpt === 'core group')).toBe(false);
  } finally {
    session.close();
  }
});

test('5. headings are found in Welsh Word, whose style names are localised', async () => {
  const paragraphs = [
    { text: 'Written agreement', style: 'Title' },
    { text: 'What Kerry will do', style: 'Heading 2' },
    { text: 'Kerry will walk Liam to school by 8.45am every school day.' },
    { text: 'If things go wrong', style: 'Heading 2' },
    { text: 'If the agreement is not kept, Hannah will arrange a meeting within five working days.' },
  ];
  const welshWord = new WordDouble(paragraphs, inLanguage(HOST_PROFILES.m365, 'cy'));
  const welsh = await new WordAdapter(welshWord.run, ALL).readBlocks();
  expect(welsh.map((b) => [b.kind, b.level])).toEqual([['heading', 1], ['heading', 2], ['paragraph', undefined], ['heading', 2], ['paragraph', undefined]]);
  const session = await openSession({ word: welshWord });
  const english = await openSession({ paragraphs });
  expect(session.state().result!.sections).toEqual(english.state().result!.sections);
  expect(session.state().result!.sections.contingency?.present).toBe(true);
  session.close();
  english.close();
});

test('6. marks Word did not show while the pane started are put back', async () => {
  const word = new WordDouble(agreement(), HOST_PROFILES.m365);
  word.startingUp = true;
  const session = await openSession({ word });
  try {
    expect(word.annotations.size).toBeGreaterThan(0);
    word.startingUp = false;
    await session.controller.refreshMarks();
    expect([...word.annotations.values()].every((a) => a.visible)).toBe(true);
    expect(word.annotations.size).toBeGreaterThan(0);
  } finally {
    session.close();
  }
});

test('7. a review decision applies to the change the manager chose, even after the changes moved', async () => {
  const word = new WordDouble(agreement());
  word.trackInsertion(4, ' on Mondays', 'Paul Graham');
  word.trackInsertion(5, ' by 9am', 'Hannah Okafor');
  const review = new ReviewAdapter(word.run, ALL);
  const listed = (await review.reviewState()).changes;
  // Someone accepts the first change in Word's own Review tab: the second is now first.
  word.acceptInWord(0);
  expect(await review.decide(listed[1].key, false)).toBe(true);
  expect(word.paragraphs[5].text).toBe(agreement()[5].text);
  expect(word.paragraphs[4].text).toBe(`${agreement()[4].text} on Mondays`);
  // The change already decided in Word is not found again.
  expect(await review.decide(listed[0].key, false)).toBe(false);
});

test('8. co-authors\u2019 confirmations are merged, not overwritten', async () => {
  const store = new SettingsStore();
  const word = new WordDouble(agreement());
  const worker = await openSession({ word, store });
  const manager = await openSession({ word, store });
  // A confirmation records who made it, so each session has a name (the pane asks for it).
  worker.dispatch({ type: 'name', role: 'worker', name: 'Hannah Okafor' });
  manager.dispatch({ type: 'name', role: 'worker', name: 'Sam Reid' });
  await worker.controller.confirm('family-involved', true);
  await manager.controller.confirm('plan-attached', true);
  const reopened = await openSession({ word, store });
  expect(Object.keys(reopened.state().signOff.confirmations).sort()).toEqual(['family-involved', 'plan-attached']);
  for (const s of [worker, manager, reopened]) s.close();
});

test('9. members a host lacks fail at sync with ApiNotFound, and the add-in does not call them there', async () => {
  const word = new WordDouble(agreement(), HOST_PROFILES.word2016);
  const review = new ReviewAdapter(word.run, { structure: true, paragraphEvents: false, annotations: false, popups: false });
  expect(await review.printPreview()).toBe(false);
  await expect(word.run(async (context) => {
    context.document.printPreview();
    await context.sync();
  })).rejects.toMatchObject({ code: 'ApiNotFound' });
  const session = await openSession({ word: new WordDouble(agreement(), HOST_PROFILES.word2016) });
  await session.controller.readyForSignature();
  expect(session.messages().filter((m) => m.intent === 'error')).toEqual([]);
  session.close();
});

describe('10. reads do not grow with the document', () => {
  test.each([10, 100, 1000])('a one-paragraph edit reads at most 20 values in at most 2 round trips at %i paragraphs', async (size) => {
    const session = await openSession({ paragraphs: agreement(size) });
    const { word } = session;
    try {
      await eventsDelivered();
      word.type(3, 'Mum will engage with the core group (3).');
      await eventsDelivered();
      session.controller.dispose();
      word.resetCounters();
      await session.controller.analyse();
      expect(word.syncs).toBeLessThanOrEqual(2);
      expect(word.valuesRead).toBeLessThanOrEqual(20);
      expect([...word.annotations.values()].some((a) => a.covered === 'core group')).toBe(true);
      // Selecting one finding reads one paragraph, not the document.
      const finding = session.state().result!.findings.find((f) => f.excerpt === 'core group')!;
      word.resetCounters();
      await session.controller.select(finding);
      expect(word.syncs).toBeLessThanOrEqual(2);
      expect(word.valuesRead).toBeLessThanOrEqual(5);
      expect(word.selection).toMatchObject({ start: finding.start, end: finding.end });
    } finally {
      session.close();
    }
  }, 30_000);

  test('a paragraph added and one deleted are placed and dropped without a full read', async () => {
    const session = await openSession({ paragraphs: agreement(50) });
    const { word } = session;
    try {
      word.addParagraph(10, 'Mum will engage with the core group.');
      word.deleteParagraphs(20);
      await eventsDelivered();
      session.controller.dispose();
      word.resetCounters();
      await session.controller.analyse();
      expect(word.valuesRead).toBeLessThanOrEqual(20);
      expect(session.state().result!.paragraphs).toEqual(word.paragraphs.map((p) => p.text));
    } finally {
      session.close();
    }
  });
});

test('dropping any field from the paragraph read makes the read fail (PropertyNotLoaded), as in Word', async () => {
  const word = new WordDouble([
    { text: 'What the family will do', style: 'Heading 2', tag: 'family-commitments' },
    { text: 'Mum', cell: { row: 0, column: 0 } },
    { text: 'Take Jo to school', isListItem: true },
  ]);
  for (const field of [...PARAGRAPH_FIELDS]) {
    PARAGRAPH_FIELDS.splice(PARAGRAPH_FIELDS.indexOf(field), 1);
    try {
      await expect(new WordAdapter(word.run, ALL).readBlocks()).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
    } finally {
      PARAGRAPH_FIELDS.push(field);
    }
  }
  expect(await new WordAdapter(word.run, ALL).readBlocks()).toHaveLength(3);
});

test("a content control's title reaches the engine, so a council form's unlabelled fields land in their part", async () => {
  const word = new WordDouble([
    { text: 'Nan will look after Poppy and I will call a meeting within two days.', controlTitle: 'Contingency plan' },
    { text: 'Outside any control' },
  ]);
  const blocks = await new WordAdapter(word.run, ALL).readBlocks();
  expect(blocks.map((b) => [b.controlTitle, b.tag])).toEqual([
    ['Contingency plan', undefined],
    [undefined, undefined],
  ]);
});

test('the remembered annotation ids stay bounded however long the session', async () => {
  const session = await openSession({ paragraphs: agreement() });
  const { word, adapter } = session;
  try {
    for (let i = 0; i < 30; i++) {
      word.type(3, i % 2 ? 'Mum will engage with the core group (3).' : 'Mum will engage with services (3).');
      await session.settle();
    }
    expect(adapter['findingByAnnotation'].size).toBe(word.annotations.size);
  } finally {
    session.close();
  }
});

test('each marked category has its own pop-up subtitle, declared in the manifest', () => {
  const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
  for (const category of Object.keys(CRITIQUE_COLOURS) as Array<keyof typeof CRITIQUE_COLOURS>) {
    const subtitle = SUBTITLES[category]!;
    expect(manifest).toContain(`id="${subtitle}"`);
    if (category !== 'vague-task') expect(subtitle).not.toBe('Annotation.Subtitle.VagueTask');
  }
  expect(getProfile('default')).toBeDefined();
});

test('the ribbon commands page restricts styles like the task pane does', () => {
  const html = readFileSync(join(root, 'src', 'commands', 'commands.html'), 'utf8');
  expect(html).toMatch(/Content-Security-Policy[^>]*style-src 'self'/);
});
