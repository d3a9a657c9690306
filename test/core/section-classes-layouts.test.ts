import { analyse, classifyLabel, type AnalysisResult, type Block } from '../../src/core';

// Section classes for layouts the earlier sets used little: agreements written as numbered paragraphs
// with bold run-in titles, a part told only in a sentence (a letter's purpose, harm told as events, a
// review in the last sentence of a paragraph, a failure that sets off a step), and labels that name
// their part by a condition or a role ("if things slip", "as foster carers"). Each class has a case
// that must be recognised and one that must not.

const TODAY = new Date(2026, 11, 6);
const title: Block = { kind: 'heading', level: 1, text: 'Our agreement' };
const h = (text: string): Block => ({ kind: 'heading', level: 2, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const runIn = (lead: string, rest: string): Block => ({ kind: 'paragraph', text: `${lead} ${rest}`, boldPrefix: lead });
const run = (blocks: Block[]): AnalysisResult => analyse(blocks, { today: TODAY });
const present = (blocks: Block[], id: keyof AnalysisResult['sections']): boolean => run(blocks).sections[id]?.present ?? false;
const label = (text: string) => classifyLabel(text.toLowerCase().replace(/\u2019/g, "'"));

describe('numbered paragraphs with bold run-in titles and no headings', () => {
  const doc = (third: Block): Block[] => [
    title,
    runIn('1. What went wrong.', 'In September Jay was found wandering by the canal late at night.'),
    runIn('2. Bedtimes.', 'Carla will have Jay home and in bed by 8pm on school nights.'),
    third,
  ];
  test('a run-in title naming no part ends the part above: the worries do not swallow the tasks', () => {
    const result = run(doc(runIn('3. Staying in touch.', 'Femi Ade (family worker) will ring Carla every Friday afternoon.')));
    expect(result.sections['family-commitments']?.present).toBe(true);
    expect(result.sections['professional-commitments']?.present).toBe(true);
    expect(result.sections.concerns?.paragraphs).not.toContain(2);
  });
  test('under a real heading, run-in titles are that part\u2019s own items', () => {
    const result = run([title, h('What we are worried about'), runIn('Nights.', 'Jay was found wandering by the canal at midnight.'), runIn('Food.', 'The fridge was empty on three visits.')]);
    expect(result.sections.concerns?.paragraphs).toEqual(expect.arrayContaining([1, 2, 3]));
  });
  test('a run-in title over a line committing nobody makes no task of it', () => {
    expect(present(doc(runIn('3. Staying in touch.', 'Jay likes football and swimming.')), 'professional-commitments')).toBe(false);
  });
});

describe('a part told only in a sentence', () => {
  test('a letter giving its reason part-way through a long sentence', () => {
    expect(present([title, p('Following the visit to your flat last Tuesday with your mum and the housing officer, I am writing to confirm what we all decided about Leo\u2019s bedtimes.')], 'purpose')).toBe(true);
    expect(present([title, p('Following the visit to your flat last Tuesday, Leo has been going to bed earlier.')], 'purpose')).toBe(false);
  });
  test('what a child needs, under a heading about change, is the aim', () => {
    expect(present([title, h('What needs to change'), p('Leo needs to grow up in a home where nobody is frightened.')], 'purpose')).toBe(true);
    expect(present([title, h('What needs to change'), p('Dad needs to go to his anger course every Monday.')], 'purpose')).toBe(false);
  });
  test('the plan "is here to" or "the hope is that": the purpose', () => {
    expect(present([title, p('This agreement is meant to help Leo stay with his grandparents.')], 'purpose')).toBe(true);
    expect(present([title, h('Background'), p('The hope is that Leo will be back at school full time after half term.')], 'purpose')).toBe(true);
  });
  test('harm told as what someone did, not as a condition', () => {
    expect(present([title, h('Background'), p('Dean left the house after kicking Tia in front of the children.')], 'concerns')).toBe(true);
    expect(present([title, h('Background'), p('Amy has been assessed as being at serious risk of exploitation.')], 'concerns')).toBe(true);
    expect(present([title, h('Background'), p('If there is kicking at home, Amy will go to her room.')], 'concerns')).toBe(false);
  });
  test('a review in the last sentence of a paragraph', () => {
    expect(present([title, p('Gran will take Amy to school each day. We will next get together on 3 March 2027 at Gran\u2019s house.')], 'review-date')).toBe(true);
    expect(present([title, p('Gran will take Amy to school each day. The plan will be gone over once more on 3 March 2027.')], 'review-date')).toBe(true);
    expect(present([title, p('Gran will take Amy to school each day. Amy starts her new class on 3 March 2027.')], 'review-date')).toBe(false);
  });
  test('a contingency phrased as "in the event that", "where … not" or a failure that sets off a step', () => {
    expect(present([title, p('In the event that Amy goes missing overnight, Gran will phone the police and then the duty team.')], 'contingency')).toBe(true);
    expect(present([title, p('Where Amy is not home by 9pm, Gran will text her and then ring her friend\u2019s mum.')], 'contingency')).toBe(true);
    expect(present([title, p('A further missed appointment will lead to the social worker booking a meeting with Gran.')], 'contingency')).toBe(true);
    expect(present([title, p('Where Amy stays at weekends, Gran will keep the back gate locked.')], 'contingency')).toBe(false);
  });
  test('people named before "put this plan together" are the parties', () => {
    expect(present([title, p('Gran, Amy and Priya Nair from Early Help put this plan together on Friday.')], 'participants')).toBe(true);
    expect(present([title, p('Gran and Amy will sort out the spare room together.')], 'participants')).toBe(false);
  });
  test('legal weight in other words', () => {
    expect(present([title, p('This plan has no legal weight, and Gran can show it to a lawyer.')], 'legal-notice')).toBe(true);
    expect(present([title, p('What is written here could be relied on if the council later applies to the court.')], 'legal-notice')).toBe(true);
    expect(present([title, p('Gran will go with Amy to the youth court on 4 January.')], 'legal-notice')).toBe(false);
  });
  test('copies: "a copy will go to", "will each keep a signed copy"', () => {
    expect(present([title, p('A copy will go to Gran, Amy and the school.')], 'copies')).toBe(true);
    expect(present([title, p('Gran and the social worker will both keep a signed copy.')], 'copies')).toBe(true);
    expect(present([title, p('Gran will keep a copy of Amy\u2019s timetable on the fridge.')], 'copies')).toBe(false);
  });
  test('today\u2019s date said in a sentence near the top', () => {
    expect(present([title, p('The date today is 4 December 2026.')], 'date')).toBe(true);
  });
  test('a manager named in brackets by whose manager they are, among the signatures', () => {
    const signing = (role: string): Block[] => [title, h('Signatures'), { kind: 'table-cell', table: 0, row: 0, column: 0, text: `Ruth Shaw (${role})` }, { kind: 'table-cell', table: 0, row: 0, column: 1, text: '' }];
    expect(present(signing('Priya\u2019s manager'), 'team-manager-signature')).toBe(true);
    expect(present(signing('Priya\u2019s mum'), 'team-manager-signature')).toBe(false);
  });
});

describe('more parts told only in a sentence', () => {
  test('the step after a first one fails ("Failing that", "Otherwise")', () => {
    expect(present([title, p('Otherwise Uncle Pete will pick the twins up and keep them overnight.')], 'contingency')).toBe(true);
    expect(present([title, p('Otherwise the twins are doing well at school.')], 'contingency')).toBe(false);
  });
  test('the plan put in writing so that everyone knows', () => {
    expect(present([title, p('We have put these arrangements on paper so that the school knows who may collect the twins.')], 'purpose')).toBe(true);
  });
  test('injuries someone noticed', () => {
    expect(present([title, h('Background'), p('The childminder noticed a burn on Ava\u2019s hand in November.')], 'concerns')).toBe(true);
  });
  test('not enforceable, free to take advice', () => {
    expect(present([title, p('Nothing in this plan is enforceable in law.')], 'legal-notice')).toBe(true);
    expect(present([title, p('Dad is free to get legal advice about the plan.')], 'legal-notice')).toBe(true);
  });
  test('looked at afresh on a day', () => {
    expect(present([title, p('Pete will keep the spare key. The arrangement will be looked at afresh on 20 April 2027.')], 'review-date')).toBe(true);
  });
});

describe('the parties across the columns of a table', () => {
  const cellAt = (row: number, column: number, text: string): Block => ({ kind: 'table-cell', table: 0, row, column, text });
  const doc = (names: [string, string, string]): Block[] => [
    title,
    cellAt(0, 0, 'Special guardian'), cellAt(0, 1, 'Father'), cellAt(0, 2, 'Family worker'),
    ...names.map((text, column) => cellAt(1, column, text)),
    h('What Joan will do'), p('Joan will walk Kai to the bus stop at 8.10am every school day.'),
  ];
  test('names with their roles under role headers are who the agreement is between', () => {
    expect(present(doc(['Joan Pryce (aunt)', 'Dale Pryce (father)', 'Nina Osei (family worker)']), 'participants')).toBe(true);
  });
  test('tasks under the same headers are not', () => {
    expect(present(doc(['Will ring school if Kai is ill', 'Will see Kai on Saturdays', 'Will visit fortnightly']), 'participants')).toBe(false);
  });
});

describe('labels naming their part by a condition, a role or a goal', () => {
  test.each([
    ['What we will do if the drinking starts again', 'contingency'],
    ['Steps to take if things slip', 'contingency'],
    ['Our part as foster carers', 'family-commitments'],
    ['My promises as Jay\u2019s grandad', 'family-commitments'],
    ['What the court would need to see', 'purpose'],
    ['Wellbeing goals', 'purpose'],
    ['Manager\u2019s review', 'team-manager-signature'],
    ['Who sees this plan', 'copies'],
    ['Where the copies are sent', 'copies'],
    ['Arrangement in force until', 'duration'],
    ['Time for a fresh look', 'review-date'],
    ['Grandparents\u2019 undertakings', 'family-commitments'],
  ])('"%s" is %s', (text, id) => expect(label(text)).toBe(id));
  test.each([
    ['When Jay comes home from school', null],
    ['When this stops applying', 'duration'],
    ['If you have any questions', null],
    ['Our promises', 'professional-commitments'],
    ['Review', 'review-date'],
    ['What has to be different', null],
  ])('"%s" stays %s', (text, id) => expect(label(text)).toBe(id));
});
