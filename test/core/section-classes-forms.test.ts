import { analyse, type AnalysisResult, type Block } from '../../src/core';

// Sections as council forms, letters and consent forms show them: each test is one class (a cue
// family, a layout, a placeholder form), with a case that must be recognised and one that must not.

const TODAY = new Date(2026, 11, 6);
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
const footer = (text: string): Block => ({ kind: 'paragraph', text, origin: 'footer' });
const cell = (table: number, row: number, column: number, text: string, extra: Partial<Block> = {}): Block => ({ kind: 'table-cell', table, row, column, text, ...extra });
const row = (table: number, r: number, ...texts: string[]): Block[] => texts.map((text, column) => cell(table, r, column, text));
const run = (blocks: Block[]): AnalysisResult => analyse(blocks, { today: TODAY });
const present = (blocks: Block[], id: keyof AnalysisResult['sections']): boolean => run(blocks).sections[id]?.present === true;

/** A short agreement with the family's and the professionals' parts, for the class under test to join. */
const TASKS = [h('Written agreement', 1), p('Dean will collect Ruby from nursery at 3pm every weekday.'), p('Hana Begum (social worker) will ring Dean every Monday at 10am.')];

describe('how long, said without a heading', () => {
  test.each([
    'We expect this to last about ten weeks.',
    'These arrangements are for the next four weeks.',
    'It stays in place until the review on 9 March 2027.',
    'The family time arrangements will end on 30 April 2027.',
    'The assessment period will last 12 weeks from the day it is signed.',
    'We will try this arrangement for a month.',
  ])('%s', (line) => {
    expect(present([...TASKS, p(line)], 'duration')).toBe(true);
  });
  test('a task that runs for some weeks is not the agreement\u2019s length', () => {
    expect(present([...TASKS, p('Dean will go to the parenting group every week for the next 6 weeks.')], 'duration')).toBe(false);
    expect(present([...TASKS, p('If it runs late, Dean will ring the nursery.')], 'duration')).toBe(false);
  });
});

describe('a consent or declaration form', () => {
  const FORM = [
    p('I, Leanne Foster (full name), am the mother of Toby Foster, born 02/11/2019.'),
    p('I agree to Toby being looked after by the council and staying with his aunt until I am out of hospital.'),
    p('I will ring Toby every evening at 6pm.'),
    p('The council will tell me at once if Toby is ill.'),
    p('I know I can get free legal advice before I sign this form.'),
  ];
  test('"I, <name>, am the mother of …" says who is party to it', () => {
    expect(present(FORM, 'participants')).toBe(true);
  });
  test('a birth date written in figures gives the child\u2019s details', () => {
    expect(present(FORM, 'child-details')).toBe(true);
    expect(present([...TASKS, p('Toby Foster started nursery on 02/11/2025.')], 'child-details')).toBe(false);
  });
  test('consenting to the child being looked after states what the agreement is for', () => {
    expect(present(FORM, 'purpose')).toBe(true);
    expect(present([...TASKS, p('I agree to ring the nursery if Ruby is ill.')], 'purpose')).toBe(false);
  });
  test('the right to legal advice, in the first person, is the legal notice', () => {
    expect(present(FORM, 'legal-notice')).toBe(true);
    expect(present([...TASKS, p('If this breaks down the local authority may seek legal advice.')], 'legal-notice')).toBe(false);
  });
  test('"I, too, …" is not a declaration', () => {
    expect(present([h('Notes', 1), p('I, too, will help Dean where I can.')], 'participants')).toBe(false);
  });
});

describe('a letter written in the parent\u2019s voice', () => {
  const letter = (lines: Block[]): Block[] => [
    p('Ms Carla Dunn'),
    p('Dear Carla,'),
    h('What I will do'),
    ...lines,
    h('What the family support service will do'),
    p('Nadia Ross will drive Carla to the clinic on 8 January.'),
    p('Yours sincerely,'),
    p('Nadia Ross, Family Support Worker'),
  ];
  test('a first-person line naming the letter\u2019s writer in the third person is the parent\u2019s', () => {
    expect(present(letter([p('I will be ready when Nadia arrives at 9am on 8 January.')]), 'family-commitments')).toBe(true);
  });
  test('the writer\u2019s own "I will" lines stay the writer\u2019s', () => {
    expect(present(letter([p('I will book the clinic appointment by 4 January.')]), 'family-commitments')).toBe(false);
  });
  test('a breach heading in the first person puts the "I" lines in the parent\u2019s voice', () => {
    const blocks = [...letter([p('I will book my own clinic appointment by 4 January.')]), h('If I cannot stick to this'), p('If Carla misses the clinic, Nadia will visit within two days.')];
    expect(present(blocks, 'family-commitments')).toBe(true);
  });
});

describe('purpose in ordinary words', () => {
  test.each([
    'The whole point of this is so Ruby can stay at home with her dad.',
    'The idea is that Ruby sees her mum every week, safely.',
    'Everyone wants her back home before the summer.',
  ])('%s', (line) => {
    expect(present([...TASKS, p(line)], 'purpose')).toBe(true);
  });
  test('"the point is that" about what happened is not a purpose', () => {
    expect(present([...TASKS, p('The point is that Dean was drunk when he collected her.')], 'purpose')).toBe(false);
  });
});

describe('the date the plan was made, from the meeting that made it', () => {
  test('"Meeting held 3/12/2026" in a footer dates the plan', () => {
    expect(run([...TASKS, footer('Core group meeting held 3/12/2026 | page 1')]).dates?.agreement?.iso).toBe('2026-12-03');
  });
  test('the date of the next meeting does not', () => {
    expect(run([...TASKS, footer('Date of next meeting: 3/12/2026')]).dates?.agreement).toBeNull();
  });
});

describe('who gets a copy, said as sending the plan', () => {
  test('"This plan will be sent to everyone at the meeting" is the copies', () => {
    expect(present([...TASKS, p('This plan will be emailed to everyone at the meeting.')], 'copies')).toBe(true);
  });
  test('shared with someone\u2019s consent, or with the court, is not a list of copies', () => {
    expect(present([...TASKS, p('This plan is shared with his consent.')], 'copies')).toBe(false);
    expect(present([...TASKS, p('The agreement will be shared with the court if it breaks down.')], 'copies')).toBe(false);
  });
  test('a copies heading over a list of names separated by semicolons', () => {
    expect(present([...TASKS, h('Circulation list'), p('Dad; Nan; Little Acorns Nursery')], 'copies')).toBe(true);
  });
});

describe('an action table whose task column is called something else', () => {
  test('"Expectation | Timescale": the rows are tasks, the timescale column is no duration', () => {
    const blocks = [
      h('Schedule', 1),
      ...row(0, 0, 'No.', 'Expectation', 'Timescale'),
      ...row(0, 1, '1', 'Dean will stop drinking during the week.', 'Ongoing'),
      ...row(0, 2, '2', 'The local authority will pay for a nursery place from 5 January.', 'By 5 January'),
    ];
    expect(present(blocks, 'professional-commitments')).toBe(true);
    expect(present(blocks, 'duration')).toBe(false);
  });
});

describe('a review box left blank', () => {
  const VISIT = p('Hana will call round on 10 December to go through the plan with Dean before it starts.');
  test('a visit to explain the plan does not fill a blank review box', () => {
    expect(present([...TASKS, VISIT, p('Review date: Click or tap to enter a date.')], 'review-date')).toBe(false);
  });
  test('a sentence that says review fills it', () => {
    expect(present([...TASKS, p('We will look at the plan again together on 20 January 2027.'), p('Review date: Click or tap to enter a date.')], 'review-date')).toBe(true);
  });
});

describe('the team manager\u2019s countersignature', () => {
  const signTable = (manager: string, ...cells: string[]): Block[] => [
    ...row(0, 0, 'Name', 'Signature', 'Date'),
    ...row(0, 1, 'Dean Marsh', '', ''),
    ...row(0, 2, manager, ...cells),
  ];
  test.each(['Service manager', 'Practice supervisor', 'Deputy team manager'])('a "%s" row to sign', (manager) => {
    expect(present([...TASKS, ...signTable(manager, '', '')], 'team-manager-signature')).toBe(true);
  });
  test('a line countersigned by someone', () => {
    expect(present([...TASKS, p('Countersigned by: ______________  Date: ________')], 'team-manager-signature')).toBe(true);
  });
  test('the place to sign filled with filler words is not a countersignature', () => {
    expect(present([...TASKS, ...signTable('Team manager', 'N/A', '')], 'team-manager-signature')).toBe(false);
    expect(present([...TASKS, p('Team manager\u2019s signature: TBC')], 'team-manager-signature')).toBe(false);
  });
  test('a name left as a prompt beside a blank place to sign is still a place to sign', () => {
    const blocks = [...TASKS, ...row(0, 0, 'Name', 'Role', 'Signature'), ...row(0, 1, 'Dean Marsh', 'Dad', ''), cell(0, 2, 0, 'Click or tap here to enter text.', { placeholder: true }), cell(0, 2, 1, 'Team manager'), cell(0, 2, 2, '')];
    expect(present(blocks, 'team-manager-signature')).toBe(true);
  });
  test('authorised by a head of service is a senior officer\u2019s sign-off, not the team manager\u2019s', () => {
    expect(present([...TASKS, p('Authorised by (Head of Service): ______________')], 'team-manager-signature')).toBe(false);
    expect(present([...TASKS, p('Approved by (Team Manager): ______________')], 'team-manager-signature')).toBe(true);
  });
});

describe('the parties, read from who signs', () => {
  test('a signature table naming two people says who the agreement is between', () => {
    const blocks = [...TASKS.slice(1), ...row(0, 0, 'Name', 'Role', 'Signature'), ...row(0, 1, 'Dean Marsh', 'Dad', ''), ...row(0, 2, 'Hana Begum', 'Social Worker', '')];
    expect(present(blocks, 'participants')).toBe(true);
  });
  test('roles alone in the signature table name nobody', () => {
    const blocks = [...TASKS.slice(1), ...row(0, 0, 'Name', 'Signature'), ...row(0, 1, 'Social Worker', ''), ...row(0, 2, 'Team Manager', '')];
    expect(present(blocks, 'participants')).toBe(false);
  });
});

describe('the child named in a page header', () => {
  test('"Child: <name> (DOB …)" in the header gives the child\u2019s details', () => {
    expect(present([header('Child: Ruby Marsh (DOB 14.06.2023)'), ...TASKS], 'child-details')).toBe(true);
    expect(present([header('Child: Click or tap here to enter text.'), ...TASKS], 'child-details')).toBe(false);
  });
});
