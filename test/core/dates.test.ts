import { daysBetween, findDates, formatDate } from '../../src/core/dates';

// Read on Wednesday 9 December 2026: a date without a year is the next such day from then on.
const WEDNESDAY = new Date(2026, 11, 9, 15, 30);

function iso(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Each date found: its words, its day, the day its range ends, and whether it names a day. */
function read(text: string) {
  return findDates(text, WEDNESDAY).map((d) => ({ words: text.slice(d.start, d.end), day: iso(d.date), ...(d.until ? { until: iso(d.until) } : {}), ...(d.exact ? {} : { exact: false }) }));
}

/** As `read`, with what kind of reading each is and whether it was read back into the past. */
function readKinds(text: string) {
  return findDates(text, WEDNESDAY).map((d) => ({ words: text.slice(d.start, d.end), day: iso(d.date), kind: d.kind, ...(d.exact ? {} : { exact: false }), ...(d.past ? { past: true } : {}) }));
}

describe('dates as British agreements write them', () => {
  test.each([
    // Calendar dates, in words and in figures (day first).
    ['Next meeting: 14 January 2027.', [{ words: '14 January 2027', day: '2027-01-14' }]],
    ['Signed on the 3rd of Feb 2027 by both of us', [{ words: '3rd of Feb 2027', day: '2027-02-03' }]],
    ['Thurs 4 Mar 27 at the clinic', [{ words: 'Thurs 4 Mar 27', day: '2027-03-04' }]],
    ['Monday, 1 February 2027', [{ words: 'Monday, 1 February 2027', day: '2027-02-01' }]],
    ['February 12th, 2027 is the hearing', [{ words: 'February 12th, 2027', day: '2027-02-12' }]],
    ['Returned on 18/01/2027', [{ words: '18/01/2027', day: '2027-01-18' }]],
    ['Dated 5.2.27', [{ words: '5.2.27', day: '2027-02-05' }]],
    ['Due 2027-03-01', [{ words: '2027-03-01', day: '2027-03-01' }]],
    ['Review: 19/1', [{ words: '19/1', day: '2027-01-19' }]],
    ['Nursery place starts w/c 11 January', [{ words: 'w/c 11 January', day: '2027-01-11' }]],
    // With a time after it, or before it.
    ['We meet again on Friday 15 January at 9.30am in the library.', [{ words: 'on Friday 15 January at 9.30am', day: '2027-01-15' }]],
    ['Home visit 22 December 2026, 2pm to 3.30pm', [{ words: '22 December 2026, 2pm to 3.30pm', day: '2026-12-22' }]],
    ['Conference on 6 January 2027 at 10 o\u2019clock', [{ words: 'on 6 January 2027 at 10 o\u2019clock', day: '2027-01-06' }]],
    ['Pick Ruby up at 3pm on Saturday', [{ words: 'at 3pm on Saturday', day: '2026-12-12' }]],
    // No year: the next such day from today; a weekday likewise.
    ['by 2 December', [{ words: '2 December', day: '2027-12-02' }]],
    ['by 9 December', [{ words: '9 December', day: '2026-12-09' }]],
    ['Jo will phone on Tuesday.', [{ words: 'on Tuesday', day: '2026-12-15' }]],
    ['Start next Wednesday', [{ words: 'next Wednesday', day: '2026-12-16' }]],
    ['It started last Thursday', [{ words: 'last Thursday', day: '2026-12-03' }]],
    ['Phone back tomorrow morning', [{ words: 'tomorrow morning', day: '2026-12-10' }]],
    // Lengths of time, from today or from a date.
    ['We will look again in three weeks\u2019 time', [{ words: 'in three weeks\u2019 time', day: '2026-12-30' }]],
    ['Tidy the yard within a fortnight', [{ words: 'within a fortnight', day: '2026-12-23' }]],
    ['A review eight weeks after 4 January 2027', [{ words: 'eight weeks after 4 January 2027', day: '2027-03-01' }]],
    ['It runs for ten weeks from 1 February 2027', [{ words: 'for ten weeks from 1 February 2027', day: '2027-04-12' }]],
    ['The plan will last 4 months from today', [{ words: '4 months from today', day: '2027-04-09' }]],
    ['Over the last six weeks things improved', [{ words: 'last six weeks', day: '2026-10-28' }]],
    // Ends of months, months of years, ranges.
    ['Fix the lock by the end of the month', [{ words: 'end of the month', day: '2026-12-31' }]],
    ['until the end of April', [{ words: 'end of April', day: '2027-04-30' }]],
    ['Tutoring stops in March 2027', [{ words: 'March 2027', day: '2027-03-01' }]],
    ['Respite runs 4\u201318 January 2027', [{ words: '4\u201318 January 2027', day: '2027-01-04', until: '2027-01-18' }]],
    ['from 20 December until 3 January 2027', [{ words: '20 December until 3 January 2027', day: '2026-12-20', until: '2027-01-03' }]],
    ['Staying with Nan between 11 and 15 January', [{ words: '11 and 15 January', day: '2027-01-11', until: '2027-01-15' }]],
    ['Contact Friday 5pm to Sunday 4pm', [{ words: 'Friday 5pm to Sunday 4pm', day: '2026-12-11' }]],
    // A month alone names no day.
    ['The course begins in June', [{ words: 'June', day: '2027-06-01', exact: false }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // What each reading is: a day, a length from the reference, a season with no day, a habit, a guess.
  test.each([
    // Named days are days anyone can look up; seasons name a time but no day.
    ['Nan will have them on Boxing Day', [{ words: 'Boxing Day', day: '2026-12-26', kind: 'day' }]],
    ['Back home by Easter Monday 2027', [{ words: 'Easter Monday 2027', day: '2027-03-29', kind: 'day' }]],
    ["Stay with Dad on New Year's Eve", [{ words: "New Year's Eve", day: '2026-12-31', kind: 'day' }]],
    ['Finish the parenting course before half-term', [{ words: 'half-term', day: '2027-02-16', kind: 'occasion', exact: false }]],
    ['No overnight stays until after Christmas', [{ words: 'Christmas', day: '2026-12-25', kind: 'occasion', exact: false }]],
    ['Tutoring carries on through the Easter holidays', [{ words: 'Easter holidays', day: '2027-03-21', kind: 'occasion', exact: false }]],
    ['Leah moves school at the end of the summer term', [{ words: 'end of the summer term', day: '2026-12-18', kind: 'occasion', exact: false }]],
    // Working days skip weekends and bank holidays (Christmas Day, the Boxing Day holiday on Monday 28th, New Year's Day).
    ['The assessment report will be shared within 10 working days', [{ words: 'within 10 working days', day: '2026-12-23', kind: 'period' }]],
    ['Minutes go out 10 working days after 18 December 2026', [{ words: '10 working days after 18 December 2026', day: '2027-01-06', kind: 'period' }]],
    ['We meet again in a month\u2019s time', [{ words: 'in a month\u2019s time', day: '2027-01-09', kind: 'period' }]],
    ['Next check a month from now', [{ words: 'a month from now', day: '2027-01-09', kind: 'period' }]],
    ['We will see how it goes in a couple of weeks', [{ words: 'in a couple of weeks', day: '2026-12-23', kind: 'rough', exact: false }]],
    ['Family time happens fortnightly at the centre', [{ words: 'fortnightly', day: '2026-12-23', kind: 'recurring', exact: false }]],
    ['Swimming is on Saturdays', [{ words: 'Saturdays', day: '2026-12-12', kind: 'recurring', exact: false }]],
    // Short weekdays, a day of the month alone, the week a date starts.
    ['Ring the school on Weds', [{ words: 'on Weds', day: '2026-12-09', kind: 'day' }]],
    ['Drop the forms in by Fri', [{ words: 'Fri', day: '2026-12-11', kind: 'day' }]],
    ['The group restarts on the 4th at 1pm', [{ words: 'on the 4th at 1pm', day: '2027-01-04', kind: 'day' }]],
    ['The rent must be paid by the 28th', [{ words: 'the 28th', day: '2026-12-28', kind: 'day' }]],
    ['Respite week commencing 1 February', [{ words: 'week commencing 1 February', day: '2027-02-01', kind: 'day' }]],
    // A day without a year in a sentence telling of the past is the last such day, not the next.
    ['On 2 October the school rang about bruising.', [{ words: 'On 2 October', day: '2026-10-02', kind: 'day', past: true }]],
    ['Abi has stayed at her aunt\u2019s since 20 November.', [{ words: '20 November', day: '2026-11-20', kind: 'day', past: true }]],
    ['When Tom visited on 1 December the flat was cold.', [{ words: 'on 1 December', day: '2026-12-01', kind: 'day', past: true }]],
    ['Agreed 7 December', [{ words: '7 December', day: '2026-12-07', kind: 'day', past: true }]],
    ['At the review on 2 October we went through the plan.', [{ words: 'on 2 October', day: '2026-10-02', kind: 'day', past: true }]],
    // Looking ahead keeps it forward, even beside a past verb.
    ['Mum agreed to see the GP on 2 October.', [{ words: 'on 2 October', day: '2027-10-02', kind: 'day' }]],
    ['We were told the hearing will be on 2 October.', [{ words: 'on 2 October', day: '2027-10-02', kind: 'day' }]],
  ])('%s', (text, expected) => {
    expect(readKinds(text)).toEqual(expected);
  });

  test.each(['for the 3rd time', 'the 2nd of each month', 'Christmas presents for the children', 'Nan will wed in June'])('no day in: %s', (text) => {
    expect(read(text).filter((d) => d.exact !== false)).toEqual([]);
  });

  // Habits, ages, lengths of a day, impossible days and words that only look like dates.
  test.each([
    'Dad will collect them every Monday and Thursday after school',
    'Sessions are on Friday evenings',
    'Visits twice a week, then every three weeks',
    'Three mornings a week at the children\u2019s centre',
    'Kai, 4 years, lives with his gran',
    'This lasts until the baby is ten weeks old',
    'Someone is on call 24/7',
    'Minutes, page 2/5',
    'We may meet at the school',
    'The agreement lasts until the review.',
    'on 30 February 2027',
    'for two hours after school',
    'I sat down with them',
    'She will ring now',
    'during the 12 weeks of the assessment',
    // (A text may end at "on".)
    'Review every week and carry on',
  ])('no date in: %s', (text) => {
    expect(read(text).filter((d) => d.exact !== false)).toEqual([]);
  });

  test('capitals and line breaks', () => {
    expect(read('REVIEW ON 7 JANUARY 2027')).toEqual([{ words: 'ON 7 JANUARY 2027', day: '2027-01-07' }]);
    // A date does not run on over a line break.
    expect(read('Review on 12\nJanuary')).toEqual([{ words: 'January', day: '2027-01-01', exact: false }]);
  });

  test('a copy the caller may change', () => {
    const first = findDates('on 7 January 2027', WEDNESDAY)[0];
    first.date.setFullYear(2000);
    expect(iso(findDates('on 7 January 2027', WEDNESDAY)[0].date)).toBe('2027-01-07');
  });
});

describe('writing and counting days', () => {
  test('the product writes "7 December 2026"', () => {
    expect(formatDate(new Date(2026, 11, 7))).toBe('7 December 2026');
  });

  test('days between two dates, whatever their times', () => {
    expect(daysBetween(new Date(2026, 11, 7, 23), new Date(2026, 11, 8, 1))).toBe(1);
    expect(daysBetween(new Date(2027, 2, 1), new Date(2027, 1, 1))).toBe(-28);
  });
});
