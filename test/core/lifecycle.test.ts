import {
  agreementFacts,
  agreementTasks,
  agreementTemplate,
  analyse,
  compareUrgency,
  contingencyFor,
  emptyReviewRecord,
  endHeadline,
  firstNamesOf,
  getProfile,
  nextAgreement,
  outcomesFor,
  outcomeSummary,
  parseReviewRecord,
  readAgreement,
  reviewHeadline,
  reviewRecordRows,
  serialiseReviewRecord,
  timing,
  withOutcome,
  type Block,
  type Outcome,
  type ReviewRecord,
} from '../../src/core';
import { DERBY_WORKED_EXAMPLE } from './derby-example';
import { filledAgreement } from './lifecycle-fixture';

const read = (blocks: Block[]) => readAgreement(blocks, analyse(blocks, { today: new Date(2026, 11, 1) }));
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9);

describe('an agreement\u2019s facts', () => {
  test('number, child, and the agreement, review and end dates of a filled template', () => {
    expect(agreementFacts(read(filledAgreement()))).toEqual({
      number: 2,
      childFirstName: 'Liam',
      childKey: 'liam walsh|2019-05-03',
      agreementDate: '2026-12-01',
      reviewDate: '2026-12-15',
      endDate: '2026-12-21',
    });
  });

  test('the Derby worked example: "Written Agreement number 1", no child-details part, no review date', () => {
    const facts = agreementFacts(read(DERBY_WORKED_EXAMPLE));
    expect(facts.number).toBe(1);
    expect(facts.childFirstName).toBeNull();
    expect(facts.reviewDate).toBeNull();
  });

  test('several children give their first names; a number in the title counts', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Written Agreement (No. 4)' },
      { kind: 'heading', level: 2, text: 'The children' },
      { kind: 'paragraph', text: 'Names: Jo Smith, Sam Smith and Kai Smith (aged 2)' },
      { kind: 'paragraph', text: 'Date of birth: 04/02/2017' },
    ];
    const facts = agreementFacts(read(blocks));
    expect(facts.number).toBe(4);
    expect(facts.childFirstName).toBe('Jo, Sam and Kai');
    expect(facts.childKey).toBe('jo smith, sam smith and kai smith|2017-02-04');
    expect(firstNamesOf('Jo and Sam Smith')).toBe('Jo and Sam');
  });
});

describe('review timing', () => {
  const facts = { reviewDate: '2026-12-15', endDate: '2026-12-21' };
  test.each([
    [day(2026, 12, 10), 5, 'Review due in 5 days', 'review-due-soon', 'Ends on 21 December 2026'],
    [day(2026, 12, 14), 1, 'Review due tomorrow', 'review-due-soon', 'Ends on 21 December 2026'],
    [day(2026, 12, 15), 0, 'Review due today', 'review-due-soon', 'Ends on 21 December 2026'],
    [day(2026, 12, 18), -3, 'Review was due 3 days ago', 'review-overdue', 'Ends on 21 December 2026'],
    [day(2026, 11, 20), 25, 'Review due in 25 days', 'in-date', 'Ends on 21 December 2026'],
    [day(2026, 12, 21), -6, 'Review was due 6 days ago', 'review-overdue', 'Ends today'],
  ])('as of %s', (asOf, days, headline, urgency, ends) => {
    const t = timing(facts, asOf);
    expect(t.daysUntilReview).toBe(days);
    expect(reviewHeadline(t.daysUntilReview)).toBe(headline);
    expect(t.urgency).toBe(urgency);
    expect(endHeadline(facts.endDate, asOf)).toBe(ends);
  });

  test('a review counted in calendar days across the clocks going back (25 October 2026)', () => {
    expect(timing({ reviewDate: '2026-10-26', endDate: null }, new Date(2026, 9, 24, 23, 30)).daysUntilReview).toBe(2);
  });

  test('urgency order: overdue (longest first), ended, due within 7 days (soonest first), no review date, the rest', () => {
    const asOf = day(2026, 12, 10);
    const cases: Record<string, { reviewDate: string | null; endDate: string | null }> = {
      later: { reviewDate: '2027-01-20', endDate: null },
      dueIn6: { reviewDate: '2026-12-16', endDate: null },
      overdue2: { reviewDate: '2026-12-08', endDate: null },
      ended: { reviewDate: '2026-12-30', endDate: '2026-12-01' },
      none: { reviewDate: null, endDate: null },
      overdue9: { reviewDate: '2026-12-01', endDate: '2026-12-05' },
      dueIn1: { reviewDate: '2026-12-11', endDate: null },
    };
    const order = Object.keys(cases).sort((a, b) => compareUrgency(timing(cases[a], asOf), timing(cases[b], asOf)));
    expect(order).toEqual(['overdue9', 'overdue2', 'ended', 'dueIn1', 'dueIn6', 'none', 'later']);
  });
});

describe('tasks and what happens when one is not done', () => {
  const reading = read(filledAgreement());
  const tasks = agreementTasks(reading.result);

  test('every task, family\u2019s and professionals\u2019 alike, with who does it', () => {
    expect(tasks.map((t) => [t.party, t.who, t.text.slice(0, 30)])).toEqual([
      ['family', 'Kerry', 'Kerry will walk Liam to Hillsi'],
      ['family', 'Kerry', 'Kerry will not drink alcohol w'],
      ['family', 'Kerry', 'Kerry will go to every appoint'],
      ['professional', 'Hannah Okafor (social worker)', 'Hannah Okafor (social worker) '],
      ['professional', 'Mr Jones (Hillside Primary School)', 'Mr Jones (Hillside Primary Sch'],
    ]);
  });

  test('a task not done gets the contingency lines about the same thing', () => {
    expect(contingencyFor(reading, tasks[0])).toEqual({ matched: true, lines: ['1. If Liam is not in school by 9.30am, the school will phone Kerry and tell Hannah Okafor the same day.'] });
    expect(contingencyFor(reading, tasks[1]).lines).toEqual(['2. If Kerry drinks alcohol while looking after Liam, Hannah Okafor will arrange a meeting with the family within two working days.']);
    expect(contingencyFor(reading, tasks[2]).lines[0]).toMatch(/^2\. If Kerry drinks alcohol/);
  });

  test('a professional\u2019s task gets the line about professionals not doing their part', () => {
    expect(contingencyFor(reading, tasks[3]).lines).toEqual(['3. If professionals do not do what they agreed, Kerry can ask for a meeting with the team manager.']);
    expect(contingencyFor(reading, tasks[4]).lines).toHaveLength(2);
  });

  test('a contingency about the whole agreement comes with any specific line', () => {
    const blocks = filledAgreement({ contingency: ['If Liam is not in school, the school will phone Kerry.', 'If this agreement is not kept, Hannah will call a meeting of everyone within a week.'] });
    const r = read(blocks);
    expect(contingencyFor(r, agreementTasks(r.result)[0]).lines).toHaveLength(2);
    expect(contingencyFor(r, agreementTasks(r.result)[1]).matched).toBe(false);
  });

  test('when no line matches, every line is given (the Derby example\u2019s single contingency)', () => {
    const derby = read(DERBY_WORKED_EXAMPLE);
    const school = agreementTasks(derby.result).find((t) => /Top School on time/.test(t.text))!;
    expect(contingencyFor(derby, school)).toEqual({ matched: false, lines: ['A strategy discussion with the Police and partner agencies will be convened'] });
  });
});

describe('review record', () => {
  const reading = read(filledAgreement());
  const tasks = agreementTasks(reading.result);
  const record = (outcomes: Array<Outcome | null>): ReviewRecord =>
    outcomes.reduce<ReviewRecord>(
      (r, outcome, k) => (outcome ? withOutcome(r, { key: tasks[k].key, task: tasks[k].text, party: tasks[k].party, outcome, note: `note ${k}`, reportedBy: k < 3 ? 'Kerry Walsh' : 'Hannah Okafor' }) : r),
      emptyReviewRecord(2, '2026-12-15'),
    );

  test('round trip through the stored text, and damaged text gives a message, not an exception', () => {
    const r = withOutcome(record(['done', 'not-done']), { ...record(['done', 'not-done']).outcomes[1], followUp: { who: 'Hannah Okafor', byWhen: '17 December 2026' } });
    expect(parseReviewRecord(serialiseReviewRecord(r)).record).toEqual(r);
    expect(parseReviewRecord('{"version":1').problem).toMatch(/could not be read/);
    expect(parseReviewRecord('{"version":2,"meetingDate":"2026-12-15"}').record).toBeNull();
    expect(parseReviewRecord(JSON.stringify({ version: 1, meetingDate: '2026-12-15', outcomes: [{ task: 'X will do Y', outcome: 'maybe' }, 7] })).record?.outcomes).toEqual([
      { key: 'x will do y', task: 'X will do Y', party: 'family', outcome: null, note: '', reportedBy: '' },
    ]);
  });

  test('outcomes line up with tasks by their words, whatever moved around them', () => {
    const r = record(['done', null, 'not-done']);
    const moved = read([{ kind: 'paragraph', text: 'A new first line.' }, ...filledAgreement()]);
    expect(outcomesFor(agreementTasks(moved.result), r).map((o) => o.outcome)).toEqual(['done', null, 'not-done', null, null]);
  });

  test('the printed table: task, outcome, note, reported by, date of the meeting', () => {
    const r = withOutcome(record(['done', 'not-done']), { ...record(['done', 'not-done']).outcomes[1], followUp: { who: 'Hannah Okafor', byWhen: '17 December 2026' } });
    const rows = reviewRecordRows(outcomesFor(tasks, r), r.meetingDate);
    expect(rows[0]).toEqual(['Task', 'Outcome', 'Note', 'Reported by', 'Date of the meeting']);
    expect(rows[2]).toEqual([tasks[1].text, 'Not done', 'note 1 Next step: Hannah Okafor, by 17 December 2026.', 'Kerry Walsh', '15 December 2026']);
    expect(rows[3][1]).toBe('Not discussed');
    expect(outcomeSummary(outcomesFor(tasks, record(['done', 'done', 'not-done', 'partly-done'])))).toBe('2 done, 1 partly done, 1 not done');
  });

  test('the next agreement: one higher, fresh date, blank signatures, only the tasks still needed, and what changed', () => {
    const r = record(['done', 'not-done', 'no-longer-needed', 'partly-done', null]);
    const next = nextAgreement(reading, r, getProfile('default'), day(2026, 12, 15));
    expect(next.number).toBe(3);
    expect(next.leftOut).toEqual([
      { task: tasks[0].text, outcome: 'done' },
      { task: tasks[2].text, outcome: 'no-longer-needed' },
    ]);
    const texts = next.blocks.map((b) => b.text);
    const changes = texts.indexOf('What changed since agreement 2');
    expect(texts.slice(changes + 1, changes + 3)).toEqual([`Done: ${tasks[0].text}`, `No longer needed: ${tasks[2].text}`]);
    // Read back as any agreement is: the analyser finds the new number, date and only the open tasks.
    const again = read(next.blocks);
    const facts = agreementFacts(again);
    expect(facts).toMatchObject({ number: 3, agreementDate: '2026-12-15', reviewDate: null, endDate: null, childFirstName: 'Liam' });
    expect(agreementTasks(again.result).map((t) => t.text)).toEqual([tasks[1].text, tasks[3].text, tasks[4].text]);
    expect(texts.filter((t) => /signed/.test(t)).every((t) => /signed _+ {2}Date _+$/.test(t))).toBe(true);
    // Every part of the template is there, in the template's order.
    const headings = next.blocks.filter((b) => b.kind === 'heading' && b.tag && b.tag !== 'clear-agreements-changes').map((b) => b.text);
    expect(headings).toEqual(agreementTemplate(getProfile('default')).sections.map((s) => s.heading));
    // The carried parts keep their words.
    expect(texts).toContain('Name: Liam Walsh');
    expect(texts).toContain('2. If Kerry drinks alcohol while looking after Liam, Hannah Okafor will arrange a meeting with the family within two working days.');
    expect(again.result.missingSections).toContain('review-date');
  });

  test('with no review record every task carries forward', () => {
    const next = nextAgreement(reading, null, getProfile('default'), day(2026, 12, 15));
    expect(next.carried).toHaveLength(5);
    expect(next.blocks.map((b) => b.text)).toContain('Every task in the last agreement is still needed, so they all carry forward.');
  });
});
