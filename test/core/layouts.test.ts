import { analyse, classifyLabel, type Block } from '../../src/core';

const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string, boldPrefix?: string): Block => ({ kind: 'paragraph', text, ...(boldPrefix ? { boldPrefix } : {}) });
const li = (text: string): Block => ({ kind: 'list-item', text });
const cell = (table: number, row: number, column: number, text: string): Block => ({ kind: 'table-cell', table, row, column, text });

describe('sections are recognised in different layouts', () => {
  test('headings in other wordings', () => {
    const result = analyse([
      h('What happens if this agreement is not followed'),
      p('The social worker will arrange a meeting with everyone within five working days.'),
      h('When will we look at this again?'),
      p('On 12 January 2027 at the family centre.'),
      h('Help the family will get'),
      li('Sophie Turner (family support worker) will visit every Monday at 10am.'),
    ]);
    expect(result.sections.contingency?.present).toBe(true);
    expect(result.sections['review-date']?.present).toBe(true);
    expect(result.sections['professional-commitments']?.present).toBe(true);
    expect(result.missingSections).not.toEqual(expect.arrayContaining(['contingency']));
  });

  test('two-column tables whose first cell is the label', () => {
    const result = analyse([
      cell(0, 0, 0, 'Agreement number'), cell(0, 0, 1, '3'),
      cell(0, 1, 0, 'Date'), cell(0, 1, 1, '2 December 2026'),
      cell(0, 2, 0, 'If things do not go to plan'), cell(0, 2, 1, 'We will hold a meeting with Ms Patel and the school within a week.'),
      cell(0, 3, 0, 'Review date'), cell(0, 3, 1, '13 January 2027'),
      cell(0, 4, 0, 'What professionals will do'), cell(0, 4, 1, 'Dan Price (social worker) will visit every Thursday at 4pm.'),
    ]);
    expect(result.sections['agreement-number']?.present).toBe(true);
    expect(result.sections.date?.present).toBe(true);
    expect(result.sections.contingency?.paragraphs).toContain(5);
    expect(result.sections['review-date']?.present).toBe(true);
    expect(result.sections['professional-commitments']?.present).toBe(true);
  });

  test('bold labels at the start of a paragraph', () => {
    const result = analyse([
      p('Contingency: if the agreement is not kept we will meet to talk about what went wrong.', 'Contingency:'),
      p('Review: this agreement will be reviewed on 20 January 2027.', 'Review:'),
    ]);
    expect(result.sections.contingency?.present).toBe(true);
    expect(result.missingSections).not.toContain('review-date');
  });

  test('plain "Label: value" lines from a text file', () => {
    const result = analyse([p('Review date: 14 January 2027'), p('Date: 1 December 2026')]);
    expect(result.missingSections).not.toContain('review-date');
    expect(result.sections.date?.present).toBe(true);
  });
});

describe('missing sections', () => {
  test('a review "at the next core group" has no date', () => {
    const result = analyse([h('Review'), p('This agreement will be reviewed at the next core group.')]);
    expect(result.missingSections).toContain('review-date');
    expect(result.sections['review-date']?.paragraphs).toContain(1);
  });

  test('no review at all', () => {
    expect(analyse([h('Purpose'), p('To keep Jo safe.')]).missingSections).toContain('review-date');
  });

  test('a professionals section naming nobody counts as missing', () => {
    const result = analyse([h('What professionals will do'), li('Professionals will support the family as needed.')]);
    expect(result.missingSections).toContain('professional-commitments');
    const finding = result.findings.find((f) => f.ruleId === 'professional-commitments');
    expect(finding?.message).toMatch(/balanced/);
  });

  test('an empty contingency heading counts as missing', () => {
    const result = analyse([h('If things go wrong'), p('(This section should outline the contingency arrangements.)'), h('Review'), p('7 January 2027')]);
    expect(result.missingSections).toContain('contingency');
  });

  test('a review date after the end date, or too far away, is reported', () => {
    const result = analyse([
      p('Date: 1 December 2026'),
      h('How long this agreement lasts'),
      p('This agreement lasts until 31 December 2026.'),
      h('Review'),
      p('We will review it on 20 April 2027.'),
    ]);
    const dates = result.findings.filter((f) => f.category === 'date').map((f) => f.message);
    expect(dates.some((m) => /after the agreement ends/.test(m))).toBe(true);
    expect(dates.some((m) => /short-term/.test(m))).toBe(true);
  });

  test('a review date before the agreement date is reported', () => {
    const result = analyse([p('Date: 1 December 2026'), h('Review'), p('This agreement will be reviewed on 07/11/2026.')]);
    expect(result.findings.some((f) => f.category === 'date' && /before the agreement/.test(f.message))).toBe(true);
  });
});

describe('tasks in action tables', () => {
  test('who and when come from the other cells of the row', () => {
    const result = analyse([
      h('What everyone will do'),
      cell(0, 0, 0, 'Who'), cell(0, 0, 1, 'What'), cell(0, 0, 2, 'When'),
      cell(0, 1, 0, 'Ms Patel'), cell(0, 1, 1, 'Take Aisha to the dentist at Bridge Street Surgery'), cell(0, 1, 2, 'By 9 December 2026'),
      cell(0, 2, 0, 'Everyone'), cell(0, 2, 1, 'Engage with the plan and improve things at home'), cell(0, 2, 2, 'Ongoing'),
    ]);
    const onRow = (row: number) => result.findings.filter((f) => f.category === 'vague-task' && result.paragraphs[f.paragraph] && f.paragraph >= 1 + row * 3 && f.paragraph < 4 + row * 3);
    expect(onRow(1)).toEqual([]);
    expect(onRow(2).length).toBeGreaterThan(0);
  });

  const vagueOn = (result: ReturnType<typeof analyse>, text: string) => result.findings.filter((f) => f.category === 'vague-task' && result.paragraphs[f.paragraph] === text);
  const isTask = (result: ReturnType<typeof analyse>, text: string) => (result.tasks ?? []).some((t) => result.paragraphs[t.paragraph] === text);

  test('a form in one table: the header under a title row across it says which column holds the task', () => {
    const wide = (row: number, text: string): Block => ({ ...cell(0, row, 0, text), fullWidthRow: true });
    const result = analyse([
      wide(0, 'SUPPORT PLAN'),
      cell(0, 1, 0, 'Child'), cell(0, 1, 1, 'Mia Cole, 9'),
      wide(2, 'Our plan'),
      cell(0, 3, 0, 'What needs to change'), cell(0, 3, 1, 'What will be done'), cell(0, 3, 2, 'Who'), cell(0, 3, 3, 'By when'),
      cell(0, 4, 0, 'Mia is in school on time and happy to be there'), cell(0, 4, 1, 'Walk Mia to the gate'), cell(0, 4, 2, 'Dad'), cell(0, 4, 3, 'Every school day by 8.45am'),
      cell(0, 5, 0, 'Mia is in school on time and happy to be there'), cell(0, 5, 1, 'Give help when needed'), cell(0, 5, 2, 'Early help team'), cell(0, 5, 3, ''),
    ]);
    expect(isTask(result, 'Walk Mia to the gate')).toBe(true);
    expect(vagueOn(result, 'Walk Mia to the gate')).toEqual([]);
    expect(vagueOn(result, 'Give help when needed').length).toBeGreaterThan(0);
  });

  test('"Who will help | What they will do | By when": each row is one task, its who from the first cell', () => {
    const result = analyse([
      h('Who will help'),
      cell(0, 0, 0, 'Who will help'), cell(0, 0, 1, 'What they will do'), cell(0, 0, 2, 'By when'),
      cell(0, 1, 0, 'Priya Shah'), cell(0, 1, 1, 'Text Mum a summary after every home visit'), cell(0, 1, 2, 'After each visit'),
      cell(0, 2, 0, 'Youth worker'), cell(0, 2, 1, 'Offer support as needed'), cell(0, 2, 2, 'Ongoing'),
    ]);
    expect(isTask(result, 'Priya Shah')).toBe(false);
    expect(vagueOn(result, 'Text Mum a summary after every home visit')).toEqual([]);
    expect(vagueOn(result, 'Offer support as needed').length).toBeGreaterThan(0);
  });

  test('"Name | Who they are | What they have agreed to do": each row is that person\'s tasks, under any heading', () => {
    const result = analyse([
      h('Who is in our support network'),
      cell(0, 0, 0, 'Name'), cell(0, 0, 1, 'Who they are'), cell(0, 0, 2, 'What they have agreed to do'),
      cell(0, 1, 0, 'Sandra Bell'), cell(0, 1, 1, 'Aunt'), cell(0, 1, 2, 'Have the boys for tea every Wednesday after school.'),
      cell(0, 2, 0, 'Tariq Bell'), cell(0, 2, 1, 'Uncle'), cell(0, 2, 2, 'Be there for the family.'),
    ]);
    expect(isTask(result, 'Have the boys for tea every Wednesday after school.')).toBe(true);
    expect(vagueOn(result, 'Be there for the family.').length).toBeGreaterThan(0);
  });
});

test('an acronym defined once may be used later', () => {
  const result = analyse([
    h('What professionals will do'),
    li('Jo will see a nurse from the Child and Adolescent Mental Health Services (CAMHS) every Tuesday at 4pm.'),
    li('Ria Shah (CAMHS) will phone Ms Smith after each session.'),
  ]);
  expect(result.findings.filter((f) => f.category === 'acronym')).toEqual([]);
});

describe('letter-style agreements', () => {
  const letter: Block[] = [
    p('Date: 2 December 2026'),
    p('Dear Ms Rahman,'),
    h('Written agreement'),
    p('Name of child: Zara Rahman'),
    p('Date of birth: 5 May 2019'),
    p('This letter sets out what the council is worried about and what we have agreed with you.'),
    p('Reasons for concern'),
    p('Zara has been left alone at home in the evening twice this month.'),
    p('The council expects that you will:'),
    li('Make sure an adult you have agreed with the social worker is with Zara whenever you go out.'),
    li('Phone Tom Hill (social worker) on 01632 960 789 by 5pm every Friday to say how the week went.'),
    p('The council will provide the following support:'),
    li('Tom Hill (social worker) will visit every Wednesday at 3.30pm.'),
    li('The Family Hub will offer Ms Rahman a place at the Tuesday parenting group from 12 January 2027.'),
    p('What happens if this agreement is not kept:'),
    p('Tom Hill will meet with you within a week to talk about what went wrong and may ask his manager for legal advice.'),
    p('Review of agreement: this agreement will be reviewed no later than 13 January 2027.'),
  ];
  const result = analyse(letter);

  test('expectations go to the family and support to professionals', () => {
    expect(result.sections['family-commitments']?.paragraphs).toEqual(expect.arrayContaining([9, 10]));
    expect(result.sections['professional-commitments']?.paragraphs).toEqual(expect.arrayContaining([12, 13]));
    expect(result.missingSections).not.toContain('professional-commitments');
  });

  test('the contingency and review are found', () => {
    expect(result.missingSections).not.toContain('contingency');
    expect(result.missingSections).not.toContain('review-date');
    expect(result.sections['child-details']?.present).toBe(true);
  });
});

test.each([
  ['Family members involved', 'participants'],
  ['Parents/carers', 'participants'],
  ['Why is this agreement needed?', 'purpose'],
  ['Grounds for concern', 'concerns'],
  ['What services will do', 'professional-commitments'],
  ['Support from Children\u2019s Services', 'professional-commitments'],
  ['What Mum will do', 'family-commitments'],
  ['Expectations of parents', 'family-commitments'],
  ['What needs to happen', 'tasks'],
  ['What will happen if this agreement is broken', 'contingency'],
  ['If things do not improve', 'contingency'],
  ['Monitoring and review', 'review-date'],
  ['When will this be checked?', 'review-date'],
  ['How long will this agreement last?', 'duration'],
  ['Copies to', 'copies'],
  ['Agreed by', 'signatures'],
  ['Parents', 'participants'],
  ['Social worker', null],
])('the heading "%s" names %s', (heading, expected) => {
  expect(classifyLabel(heading.toLowerCase().replace(/\u2019/g, "'"))).toBe(expected);
});

test('in an action table the task is the "What" column, even when a name is as long', () => {
  const result = analyse([
    h('What professionals will do'),
    cell(0, 0, 0, 'Who'), cell(0, 0, 1, 'What'), cell(0, 0, 2, 'When'),
    cell(0, 1, 0, 'Kim Ford (social worker)'), cell(0, 1, 1, 'Visit the family at home'), cell(0, 1, 2, 'Every Monday at 4pm'),
  ]);
  expect(result.missingSections).not.toContain('professional-commitments');
  expect(result.findings.filter((f) => f.category === 'vague-task')).toEqual([]);
});
