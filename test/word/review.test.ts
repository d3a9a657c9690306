import { amendedAgreement, analyse, buildChecklist, checklistRows, compareChecklists, getProfile } from '../../src/core';
import { readDocx } from '../../src/io/docx-reader';
import { nodesFromBlocks, writeDocx } from '../../src/io/docx-writer';
import { CHECKLIST_TAG, ReviewAdapter } from '../../src/word/review-adapter';
import { WordAdapter } from '../../src/word/word-adapter';
import { WordDouble } from './word-double';

const profile = getProfile('default');
const ALL = { structure: true, paragraphEvents: true, annotations: true, popups: true, printPreview: true };
const agreement = [
  { text: 'Written agreement', style: 'Title' },
  { text: 'Date: 1 December 2026' },
  { text: 'This is an agreement between Kerry Walsh and Northshire Children\u2019s Services.' },
  { text: 'What Kerry will do', style: 'Heading 2' },
  { text: 'Kerry will walk Liam to school by 8.45am every school day.' },
  { text: 'What the social worker will do', style: 'Heading 2' },
  { text: 'Hannah Okafor (social worker) will visit every Tuesday at 4pm.' },
  { text: 'If things go wrong', style: 'Heading 2' },
  { text: 'If the agreement is not kept, Hannah will arrange a meeting within five working days.' },
  { text: 'Review', style: 'Heading 2' },
  { text: 'We will review this agreement' },
];

test('the checklist table is inserted once and then updated in place', async () => {
  const word = new WordDouble(agreement);
  const review = new ReviewAdapter(word.run, ALL);
  const rowsBefore = checklistRows(buildChecklist(analyse((await new WordAdapter(word.run, { structure: true, paragraphEvents: false, annotations: false, popups: false }).readBlocks())), profile));
  expect(await review.insertChecklist(rowsBefore)).toBe('inserted');
  const tagged = () => word.paragraphs.filter((p) => p.tag === CHECKLIST_TAG);
  expect(tagged()[0].text).toBe('Sign-off checklist');
  const cells = (rows: string[][]) => rows.length * rows[0].length;
  expect(tagged()).toHaveLength(cells(rowsBefore) + 1);
  const changed = rowsBefore.map((row, i) => (i === 1 ? [row[0], 'Passes', 'Automatic check', ''] : row));
  word.syncs = 0;
  expect(await review.insertChecklist(changed)).toBe('updated');
  expect(word.syncs).toBe(2);
  expect(tagged()).toHaveLength(cells(rowsBefore) + 1);
  const row1 = tagged().filter((p) => p.cell?.row === 1).map((p) => p.text);
  expect(row1).toEqual(changed[1]);
  // The checklist is not read as part of the agreement.
  const blocks = await new WordAdapter(word.run, { structure: true, paragraphEvents: false, annotations: false, popups: false }).readBlocks();
  expect(analyse(blocks).findings.some((f) => blocks[f.paragraph].tag === CHECKLIST_TAG)).toBe(false);
});

test('tracked changes are listed by section, and the accepted-text checklist differs where a change adds a review date', async () => {
  const word = new WordDouble(agreement);
  word.trackInsertion(10, ' on 12 January 2027.', 'Paul Graham');
  const state = await new ReviewAdapter(word.run, ALL).reviewState();
  expect(state.changes).toEqual([expect.objectContaining({ author: 'Paul Graham', text: ' on 12 January 2027.', paragraph: 10 })]);
  const current = analyse(state.current);
  const original = analyse(state.original);
  const section = (Object.entries(current.sections) as Array<[string, { paragraphs: number[] }]>).find(([, s]) => s.paragraphs.includes(state.changes[0].paragraph))?.[0];
  expect(section).toBe('review-date');
  const effect = compareChecklists(buildChecklist(original, profile), buildChecklist(current, profile)).find((c) => c.id === 'review-date');
  expect(effect).toMatchObject({ before: 'fail', after: 'pass', effect: 'fixes' });
});

test('a manager accepts or rejects a change', async () => {
  const word = new WordDouble(agreement);
  word.trackInsertion(10, ' on 12 January 2027.', 'Paul Graham');
  word.trackInsertion(4, ' Kerry will phone if Liam is ill.', 'Hannah Okafor');
  const review = new ReviewAdapter(word.run, ALL);
  const [first, second] = (await review.reviewState()).changes;
  expect(await review.jumpTo(first.key)).toBe(true);
  expect(word.selection).toEqual({ paragraphId: word.paragraphs[10].id, start: 'We will review this agreement'.length, end: word.paragraphs[10].text.length });
  expect(await review.decide(second.key, false)).toBe(true);
  expect(word.paragraphs[4].text).toBe('Kerry will walk Liam to school by 8.45am every school day.');
  expect(await review.decide(first.key, true)).toBe(true);
  expect(word.paragraphs[10].text).toBe('We will review this agreement on 12 January 2027.');
  expect(word.changes).toEqual([]);
  expect(await review.decide(first.key, true)).toBe(false);
});

test('an amended agreement opens as a new document with the next number', async () => {
  const word = new WordDouble([{ text: 'Written agreement number: 4' }, ...agreement.slice(1)]);
  const blocks = await new WordAdapter(word.run, { structure: true, paragraphEvents: false, annotations: false, popups: false }).readBlocks();
  const { blocks: amended, number } = amendedAgreement(blocks, new Date(2027, 0, 12));
  const base64 = Buffer.from(writeDocx(nodesFromBlocks(amended))).toString('base64');
  expect(await new ReviewAdapter(word.run, ALL).openNewDocument(base64)).toBe(true);
  expect(number).toBe('5');
  const reopened = readDocx(Buffer.from(word.opened[0], 'base64')).blocks;
  expect(reopened[0].text).toBe('Written agreement number: 5');
  expect(reopened[1].text).toBe('Date: 12 January 2027');
});
