import { Analyser, getProfile, SECTION_IDS } from '../../src/core';
import { WordAdapter } from '../../src/word/word-adapter';
import type { Capabilities } from '../../src/word/capabilities';
import { DocumentSettings, ignoreKey } from '../../src/word/document-settings';
import { SettingsDouble, WordDouble } from './word-double';

const ALL: Capabilities = { structure: true, paragraphEvents: true, annotations: true, popups: true };
const profile = getProfile('default');

function documentOf(paragraphs: number): WordDouble {
  const texts: Array<{ text: string; style?: string }> = [{ text: 'What the family will do', style: 'Heading 2' }];
  for (let i = 1; i < paragraphs; i++) texts.push({ text: i % 3 ? `Ms Smith will take Jo to school every day (${i}).` : `Mum will engage with services (${i}).` });
  return new WordDouble(texts);
}

describe('template insertion', () => {
  test('creates a tagged content control for every section, and a second insert adds none', async () => {
    const word = new WordDouble();
    const adapter = new WordAdapter(word.run, ALL);
    const inserted = await adapter.insertTemplate(profile);
    expect(new Set(inserted)).toEqual(new Set(SECTION_IDS));
    expect(new Set(word.paragraphs.map((p) => p.tag).filter(Boolean))).toEqual(new Set(SECTION_IDS));
    expect(word.paragraphs[0]).toMatchObject({ text: 'Written agreement', style: 'Title' });
    const count = word.paragraphs.length;
    expect(await adapter.insertTemplate(profile)).toEqual([]);
    expect(word.paragraphs.length).toBe(count);
  });

  test('a missing section goes back in its place in the template order', async () => {
    const word = new WordDouble();
    const adapter = new WordAdapter(word.run, ALL);
    await adapter.insertTemplate(profile);
    word.paragraphs = word.paragraphs.filter((p) => p.tag !== 'contingency');
    expect(await adapter.insertSection(profile, 'contingency')).toBe(true);
    const tags = [...new Set(word.paragraphs.map((p) => p.tag).filter(Boolean))];
    expect(tags.indexOf('contingency')).toBe(tags.indexOf('professional-commitments') + 1);
    expect(await adapter.insertSection(profile, 'contingency')).toBe(false);
  });

  test('the inserted template is read back as the sections the engine expects', async () => {
    const word = new WordDouble();
    const adapter = new WordAdapter(word.run, ALL);
    await adapter.insertTemplate(profile);
    const result = new Analyser().analyse(await adapter.readBlocks());
    expect(result.missingSections).toEqual(expect.arrayContaining(['review-date', 'contingency', 'professional-commitments']));
    expect(result.sections.signatures?.present).toBe(true);
  });
});

test('each run of table paragraphs is read as its own table, so rows of two action tables are not mixed', async () => {
  const row = (r: number, cells: string[]) => cells.map((text, c) => ({ text, cell: { row: r, column: c } }));
  const word = new WordDouble([
    { text: 'What the family will do', style: 'Heading 2' },
    ...row(0, ['Who', 'What', 'By when']),
    ...row(1, ['Mum', 'Take Jo to every dentist appointment', 'From 1 December 2026']),
    'What the professionals will do',
    ...row(0, ['Who', 'What', 'By when']),
    ...row(1, ['Hannah (social worker)', 'Visit the family at home every Tuesday', 'Weekly']),
  ]);
  const blocks = await new WordAdapter(word.run, ALL).readBlocks();
  expect(blocks.filter((b) => b.kind === 'table-cell').map((b) => `${b.table}:${b.row}:${b.column}`)).toEqual([
    '0:0:0', '0:0:1', '0:0:2', '0:1:0', '0:1:1', '0:1:2',
    '1:0:0', '1:0:1', '1:0:2', '1:1:0', '1:1:1', '1:1:2',
  ]);
});

describe('live analysis cycle', () => {
  test.each([10, 1000])('costs at most 2 context.sync round trips with %i paragraphs (3 on the first cycle)', async (size) => {
    const word = documentOf(size);
    const adapter = new WordAdapter(word.run, ALL);
    const analyser = new Analyser();
    word.syncs = 0;
    const first = await adapter.analyseAndMark(analyser);
    // The whole body with the primary header and footer, the first-page header asked once on its
    // own (a document without one fails its batch), then the marks.
    expect(word.syncs).toBeLessThanOrEqual(3);
    expect(first.result.findings.some((f) => f.category === 'vague-task')).toBe(true);
    expect(word.annotations.size).toBeGreaterThan(0);
    // Nothing changed: nothing read, nothing written.
    word.syncs = 0;
    await adapter.analyseAndMark(analyser);
    expect(word.syncs).toBe(0);
    // One paragraph typed: still two round trips, and only that paragraph's marks are replaced.
    word.type(1, 'Mum will engage with services.');
    adapter.note({ kind: 'changed', ids: [word.paragraphs[1].id] });
    const before = new Set(word.annotations.keys());
    word.syncs = 0;
    await adapter.analyseAndMark(analyser);
    expect(word.syncs).toBeLessThanOrEqual(2);
    const changed = [...word.annotations.keys()].filter((id) => !before.has(id));
    expect(changed.every((id) => word.annotations.get(id)!.paragraphId === word.paragraphs[1].id)).toBe(true);
  });

  test('marking with change tracking on makes no change to the document', async () => {
    const word = documentOf(50);
    word.trackChanges = true;
    const adapter = new WordAdapter(word.run, ALL);
    await adapter.analyseAndMark(new Analyser());
    expect(word.annotations.size).toBeGreaterThan(0);
    expect(word.mutations).toEqual([]);
    expect(word.trackedChanges).toEqual([]);
  });

  test('results for a paragraph that changed while analysis ran are dropped', async () => {
    const word = documentOf(10);
    // The worker types while the analysis runs; Word's event arrives only later.
    const adapter = new WordAdapter(word.run, ALL, { afterRead: () => word.type(3, 'Mum will engage.') });
    const cycle = await adapter.analyseAndMark(new Analyser());
    expect(cycle.stale).toEqual([3]);
    expect([...word.annotations.values()].some((a) => a.paragraphId === word.paragraphs[3].id)).toBe(false);
  });

  test('a host that advertises annotations but throws falls back to the pane list', async () => {
    const word = documentOf(10);
    word.failNext(/insertAnnotations/, 'GeneralException');
    const adapter = new WordAdapter(word.run, ALL);
    const cycle = await adapter.analyseAndMark(new Analyser());
    expect(cycle.marksUnavailable).toBe(true);
    expect(cycle.result.findings.length).toBeGreaterThan(0);
    expect(adapter.marksEnabled).toBe(false);
    word.syncs = 0;
    expect((await adapter.analyseAndMark(new Analyser())).marksUnavailable).toBe(true);
    expect(word.syncs).toBe(0);
  });
});

describe('findings in the document', () => {
  test('clicking a finding selects its text; accepting a suggestion replaces it', async () => {
    const word = new WordDouble([{ text: 'What the family will do', style: 'Heading 2' }, 'Mum will go to the core group and the core group will decide.']);
    const adapter = new WordAdapter(word.run, ALL);
    const { result } = await adapter.analyseAndMark(new Analyser());
    const jargon = result.findings.filter((f) => f.category === 'jargon');
    expect(jargon.length).toBe(2);
    expect(await adapter.select(jargon[1], result.paragraphs[1])).toBe(true);
    expect(word.selection).toEqual({ paragraphId: word.paragraphs[1].id, start: jargon[1].start, end: jargon[1].end });
    expect(await adapter.replace(jargon[1], result.paragraphs[1], 'meeting')).toBe(true);
    expect(word.paragraphs[1].text).toBe('Mum will go to the core group and the meeting will decide.');
  });

  test('a finding whose paragraph has changed is not acted on', async () => {
    const word = new WordDouble([{ text: 'What the family will do', style: 'Heading 2' }, 'Mum will engage with services.']);
    const adapter = new WordAdapter(word.run, ALL);
    const { result } = await adapter.analyseAndMark(new Analyser());
    const finding = result.findings.find((f) => f.paragraph === 1)!;
    word.type(1, 'Mum will go to the Family Hub every Monday at 10am.');
    adapter.note({ kind: 'changed', ids: [word.paragraphs[1].id] });
    expect(await adapter.replace(finding, result.paragraphs[1], 'go to')).toBe(false);
    expect(word.paragraphs[1].text).toBe('Mum will go to the Family Hub every Monday at 10am.');
  });
});

describe('document settings', () => {
  test('ignored findings survive closing and reopening the document', async () => {
    const settings = new SettingsDouble();
    const store = new DocumentSettings(settings);
    const finding = { ruleId: 'jargon', excerpt: 'core group' } as never;
    await store.updateIgnored((keys) => new Set([...keys, ignoreKey(finding)]));
    const reopened = new DocumentSettings(settings.reopen());
    expect(reopened.readIgnored().keys.has(ignoreKey(finding))).toBe(true);
  });

  test('corrupt stored settings fall back to defaults with a message', () => {
    const store = new DocumentSettings(new SettingsDouble({ 'clearAgreements.ignored': JSON.stringify({ not: 'a list' }), 'clearAgreements.signOff': JSON.stringify('{broken') }));
    expect(store.readIgnored()).toEqual({ keys: new Set(), problem: expect.stringMatching(/could not be read/) });
    expect(store.readSignOff().problem).toMatch(/could not be read/);
  });

  test('sign-off confirmations survive a save and reopen', async () => {
    const settings = new SettingsDouble();
    const store = new DocumentSettings(settings);
    await store.updateSignOff((record) => ({ ...record, confirmations: { ...record.confirmations, 'plan-attached': { by: 'Belinda Jones', on: '2026-12-01' } } }));
    expect(new DocumentSettings(settings.reopen()).readSignOff().record.confirmations['plan-attached']).toEqual({ by: 'Belinda Jones', on: '2026-12-01' });
  });
});

test('an annotation maps back to its finding, so a suggestion accepted in Word\u2019s pop-up can be applied', async () => {
  const word = new WordDouble([{ text: 'What the family will do', style: 'Heading 2' }, 'Mum will go to the core group on 3 December 2026.']);
  const adapter = new WordAdapter(word.run, ALL);
  await adapter.analyseAndMark(new Analyser());
  const [id, annotation] = [...word.annotations].find(([, a]) => a.paragraphId === word.paragraphs[1].id)!;
  const finding = adapter.findingForAnnotation(id)!;
  expect(finding.start).toBe(annotation.start);
  expect(finding.excerpt).toBe('core group');
});
