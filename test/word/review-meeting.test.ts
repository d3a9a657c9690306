import { agreementFacts, agreementTasks, analyse, readAgreement, REVIEW_SETTING, type Block } from '../../src/core';
import { nodesFromBlocks, writeDocx } from '../../src/io/docx-writer';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { MeetingController, type MeetingWord } from '../../src/taskpane/meeting-controller';
import { meetingRows } from '../../src/taskpane/meeting-state';
import { DocumentSettings } from '../../src/word/document-settings';
import { ReviewAdapter } from '../../src/word/review-adapter';
import { ReviewMeetingAdapter } from '../../src/word/review-meeting';
import { WordAdapter } from '../../src/word/word-adapter';
import type { Capabilities } from '../../src/word/capabilities';
import { filledAgreement } from '../core/lifecycle-fixture';
import { SettingsDouble, WordDouble } from './word-double';

// The review meeting against the Word double: outcomes kept in the document's settings survive
// closing and reopening it; the record table is updated in place and never read as agreement text;
// the next agreement opens numbered one higher with only the open tasks.
const asWord = (blocks: Block[]) => blocks.map((b) => ({ text: b.text, tag: b.tag, style: b.kind === 'heading' ? `Heading ${b.level ?? 1}` : 'Normal', isListItem: b.kind === 'list-item' }));
const today = new Date(2026, 11, 15, 10);
const ALL: Capabilities = { structure: true, paragraphEvents: true, annotations: true, popups: true, printPreview: true };

/** The review record as rows of text: the double keeps one paragraph per table cell, as Word does. */
function recordRows(word: WordDouble): string[] {
  const rows: string[] = [];
  let row: number | null = null;
  for (const p of word.paragraphs.filter((q) => q.tag === 'clear-agreements-review-record')) {
    if (p.cell && p.cell.row === row && p.cell.column > 0) rows[rows.length - 1] += `\t${p.text}`;
    else rows.push(p.text);
    row = p.cell ? p.cell.row : null;
  }
  return rows;
}

function open(word: WordDouble, settings: SettingsDouble): MeetingController {
  const reader = new WordAdapter(word.run, ALL);
  const records = new ReviewMeetingAdapter(word.run);
  const review = new ReviewAdapter(word.run, ALL);
  const calls: MeetingWord = { readBlocks: () => reader.readBlocks(), insertRecord: (rows) => records.insertRecord(rows), openNewDocument: (b) => review.openNewDocument(b) };
  // The pane loads the .docx writer on demand (a bundler's dynamic import); here it is passed in.
  const writeAgreement = async (blocks: Block[]) => writeDocx(nodesFromBlocks(blocks));
  return new MeetingController(calls, new DocumentSettings(settings), () => 'default', () => today, writeAgreement);
}

describe('review meeting in the Word double', () => {
  const word = new WordDouble(asWord(filledAgreement()));
  let settings = new SettingsDouble();
  let meeting = open(word, settings);

  beforeAll(() => meeting.load());

  test('every task is listed, family\u2019s and professionals\u2019, with none discussed yet', () => {
    const rows = meetingRows(meeting.getState());
    expect(rows.map((r) => r.task.party)).toEqual(['family', 'family', 'family', 'professional', 'professional']);
    expect(rows.every((r) => r.outcome.outcome === null)).toBe(true);
    expect(meeting.getState().record?.meetingDate).toBe('2026-12-15');
  });

  test('a task not done shows the matching contingency; outcomes survive closing and reopening the document', async () => {
    const rows = meetingRows(meeting.getState());
    meeting.record({ ...rows[0].outcome, outcome: 'done', note: 'Every day this fortnight', reportedBy: 'Mr Jones (school)' });
    meeting.record({ ...rows[1].outcome, outcome: 'not-done', note: 'Drinking on two evenings', reportedBy: 'Kerry Walsh', followUp: { who: 'Hannah Okafor', byWhen: '17 December 2026' } });
    meeting.record({ ...rows[3].outcome, outcome: 'partly-done', note: 'Two visits missed', reportedBy: 'Kerry Walsh' });
    const after = meetingRows(meeting.getState());
    expect(after[1].contingency?.lines).toEqual(['2. If Kerry drinks alcohol while looking after Liam, Hannah Okafor will arrange a meeting with the family within two working days.']);
    expect(after[0].contingency).toBeNull();
    await meeting.flush();

    // Close and reopen: a new pane session reads the settings saved in the document.
    settings = settings.reopen();
    meeting = open(word, settings);
    await meeting.load();
    const reopened = meetingRows(meeting.getState());
    expect(reopened.map((r) => r.outcome.outcome)).toEqual(['done', 'not-done', null, 'partly-done', null]);
    expect(reopened[1].outcome).toMatchObject({ note: 'Drinking on two evenings', reportedBy: 'Kerry Walsh', followUp: { who: 'Hannah Okafor', byWhen: '17 December 2026' } });
    expect(typeof settings.get(REVIEW_SETTING)).toBe('string');
  });

  test('the review record is a table in the document, updated in place, and not read as the agreement\u2019s text', async () => {
    await meeting.insertRecord();
    const tagged = () => recordRows(word);
    expect(tagged()[0]).toBe('Review meeting record');
    expect(tagged()[1]).toBe('Task\tOutcome\tNote\tReported by\tDate of the meeting');
    expect(tagged()).toContain(`${meetingRows(meeting.getState())[1].task.text}\tNot done\tDrinking on two evenings Next step: Hannah Okafor, by 17 December 2026.\tKerry Walsh\t15 December 2026`);
    const rows = meetingRows(meeting.getState());
    meeting.record({ ...rows[2].outcome, outcome: 'no-longer-needed', reportedBy: 'Hannah Okafor' });
    await meeting.insertRecord();
    expect(tagged().filter((t) => t === 'Review meeting record')).toHaveLength(1);
    expect(tagged()).toHaveLength(7);
    expect(meeting.getState().message?.text).toMatch(/updated/);
    // Read back, the agreement has the same tasks and dates: the record's dates and task texts are not the agreement's.
    const blocks = await new WordAdapter(word.run, ALL).readBlocks();
    const result = analyse(blocks, { today });
    expect(agreementTasks(result)).toHaveLength(5);
    expect(agreementFacts(readAgreement(blocks, result))).toMatchObject({ number: 2, reviewDate: '2026-12-15', endDate: '2026-12-21' });
  });

  test('the next agreement opens as a new document, numbered one higher, with only the open tasks', async () => {
    await meeting.startNext();
    expect(word.opened).toHaveLength(1);
    const next = readAgreementBytes(Buffer.from(word.opened[0], 'base64'), '.docx');
    const result = analyse(next.blocks, { today });
    const reading = readAgreement(next.blocks, result);
    expect(agreementFacts(reading)).toMatchObject({ number: 3, agreementDate: '2026-12-15', childFirstName: 'Liam' });
    const open = agreementTasks(result).map((t) => t.text);
    const original = agreementTasks(analyse(filledAgreement(), { today })).map((t) => t.text);
    expect(open).toEqual([original[1], original[3], original[4]]);
    const texts = next.blocks.map((b) => b.text);
    expect(texts).toContain('What changed since agreement 2');
    expect(texts).toContain(`Done: ${original[0]}`);
    expect(texts).toContain(`No longer needed: ${original[2]}`);
    expect(meeting.getState().message?.text).toMatch(/^Agreement 3 is open as a new document: 3 tasks carried forward, 2 done or no longer needed/);
  });
});

test('outcomes saved for another agreement number are not shown as this agreement\u2019s', async () => {
  const word = new WordDouble(asWord(filledAgreement()));
  const settings = new SettingsDouble({ [REVIEW_SETTING]: JSON.stringify(JSON.stringify({ version: 1, agreementNumber: 1, meetingDate: '2026-11-01', outcomes: [] })) });
  const meeting = open(word, settings);
  await meeting.load();
  expect(meeting.getState().record?.agreementNumber).toBe(2);
  expect(meeting.getState().message?.text).toMatch(/were for agreement 1/);
});
