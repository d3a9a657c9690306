import { analyse, type AnalysisResult, type Block } from '../../src/core';

// Sections with no heading for them, recognised from what the text says (and sections that have a
// heading but nothing real under it). Each class has wordings that must count and some that must not.

const TODAY = new Date(2026, 11, 6);
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const li = (text: string): Block => ({ kind: 'list-item', text });
const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
const row = (table: number, r: number, ...texts: string[]): Block[] => texts.map((text, column) => ({ kind: 'table-cell', table, row: r, column, text }));
const run = (blocks: Block[]): AnalysisResult => analyse(blocks, { today: TODAY });
type Id = keyof AnalysisResult['sections'];
const section = (blocks: Block[], id: Id) => run(blocks).sections[id];

describe('who gets a copy, said in a closing line', () => {
  test('the record sent to people, or a copy kept, by any name for the record', () => {
    for (const line of [
      'The notes and the revised plan will be emailed to all who came within a week.',
      'These minutes are circulated after the meeting to everyone invited.',
      'Jodie keeps her copy in the kitchen drawer, and the school has one too.',
      'Copies of this contract will go to you, your solicitor and the nursery.',
    ]) {
      expect(section([h('Our plan'), li('Jodie will take Finn to nursery by 9am.'), p(line)], 'copies')).toMatchObject({ present: true, via: 'content' });
    }
  });

  test('other papers sent or kept are not copies of the agreement', () => {
    for (const line of [
      'Jodie will send the housing officer a copy of her tenancy letter.',
      'The assessment report will be sent to the court by 4 January.',
      'Jodie has her own copy of the school timetable.',
    ]) {
      expect(section([h('Our plan'), p(line)], 'copies')?.present).toBe(false);
    }
  });
});

describe('how long, said inside a sentence', () => {
  test('a span of what is set out or agreed, support expected to last, or "it ends on" a date', () => {
    for (const line of [
      'This letter sets out what Amira and Dan have agreed for the coming eight weeks.',
      'Family support is expected to last around four months, to the end of March.',
      'We will talk it over with Lou on 9 January. It ends on 20 February 2027 unless we all agree otherwise.',
    ]) {
      expect(section([h('Our plan'), li('Amira will walk Zac to school every day.'), p(line)], 'duration')).toMatchObject({ present: true, via: 'content' });
    }
  });

  test('a task that lasts a while, or something else ending, is not how long the agreement lasts', () => {
    for (const line of ['Lou will visit Amira every Friday at 3pm for the next six weeks.', 'Contact is on Sundays at the centre. It ends at 4pm.']) {
      expect(section([h('Our plan'), li('Amira will walk Zac to school every day.'), p(line)], 'duration')?.present).toBe(false);
    }
  });
});

describe('worries told as what happened', () => {
  test('going missing, a conviction, arriving hungry, being left, being arrested', () => {
    for (const line of [
      'Since the summer Kayden has gone missing overnight three times.',
      'Wes told us he was convicted of a violent offence in 2021.',
      'Last term Ella often came into school hungry and without a coat.',
      'The twins were left on their own in the flat one evening in October.',
      'Mr Doyle was struggling after his mother died and stopped opening his post.',
    ]) {
      expect(section([p(line), h('What we will do'), li('Dawn will ring the school by 9am if Ella is ill.')], 'concerns')).toMatchObject({ present: true, via: 'content' });
    }
  });

  test('a worry inside a task or a hope, or what to do if something happens, is not the worries', () => {
    for (const blocks of [
      [h('What we will do'), li('Dawn will ring the police on 101 if Kayden has gone missing.')],
      [p('We want Ella to stop arriving at school hungry.')],
      [h('If things go wrong'), p('If Kayden goes missing again, Tom will meet Dawn the next day.')],
    ]) {
      expect(section(blocks, 'concerns')?.present).toBe(false);
    }
  });

  test('past events listed among the tasks, with no one committed, are the worries', () => {
    const blocks = [p('You will:'), li('Kids were found alone at the bus stop at 10pm on 3 November.'), li('Take Jess and Ollie to school by 8.50am each day.')];
    expect(section(blocks, 'concerns')).toMatchObject({ present: true, via: 'content' });
  });
});

describe('participants listed with their roles', () => {
  test('names with roles after commas or in brackets, split by semicolons or slashes', () => {
    const listed = section([p('Aisha Reid (gran); Conor Reid; Beth Lyons, family support worker; Mr Pike, attendance officer, Hollins School'), h('Our plan'), li('Aisha will take Conor to school.')], 'participants');
    expect(listed).toMatchObject({ present: true, via: 'content' });
    expect(section([p('Who helped write it: Conor, his gran Aisha, and Beth Lyons (family support worker).')], 'participants')).toMatchObject({ present: true, via: 'content' });
  });

  test('one person with a role, or a task naming people, is not the list of parties', () => {
    expect(section([p('Beth Lyons, family support worker, can be reached at the hub.')], 'participants')?.present).toBe(false);
    expect(section([p('Beth Lyons, family support worker; will ring Aisha; Mr Pike, attendance officer, will check the register.')], 'participants')?.present).toBe(false);
  });
});

describe('the agreement\u2019s date without a "Date" label', () => {
  test('in a meeting-details table, or in a sentence about writing it', () => {
    expect(datePresent([...row(0, 0, 'Family', 'Reid'), ...row(0, 1, 'Meeting held', 'Wednesday 2 December 2026, the family hub')])).toBe(true);
    expect(datePresent([...row(0, 0, 'Family', 'Reid'), ...row(0, 1, 'Held', '2 December 2026 at Hollins School')])).toBe(true);
    expect(datePresent([h('Our family plan'), p('Aisha Reid (gran) and Conor Reid (14, born 3 March 2012). We drew this up with Beth from the hub on 1 December 2026.')])).toBe(true);
  });

  test('a birth, a review or a next meeting is not the agreement\u2019s date', () => {
    expect(datePresent([h('Our family plan'), p('Conor Reid (14, born 3 March 2012) lives with his gran.')])).toBe(false);
    expect(datePresent([...row(0, 0, 'Family', 'Reid'), ...row(0, 1, 'Next meeting held', '12 January 2027')])).toBe(false);
  });
});

describe('the agreement\u2019s number in a details table or a page header', () => {
  test('a reference cell beside its label, a header code with "No."', () => {
    expect(section([...row(0, 0, 'Child', 'Conor Reid'), ...row(0, 1, 'EH case number', 'Reid \u2013 3390127')], 'agreement-number')?.present).toBe(true);
    expect(section([...row(0, 0, 'Child', 'Conor Reid'), ...row(0, 1, 'Plan ref', '88214 / review 1')], 'agreement-number')?.present).toBe(true);
    expect(section([header('FA No. 2026/0551 \u2014 Conor Reid'), h('Our plan'), li('Aisha will take Conor to school.')], 'agreement-number')?.present).toBe(true);
  });

  test('a phone number, or a house number, is not the agreement\u2019s number', () => {
    expect(section([...row(0, 0, 'Child', 'Conor Reid'), ...row(0, 1, 'Contact number', '01632 960 114')], 'agreement-number')?.present).toBe(false);
    expect(section([...row(0, 0, 'Child', 'Conor Reid'), ...row(0, 1, 'House number', '1142')], 'agreement-number')?.present).toBe(false);
  });
});

describe('a review said in the passive, with a date or without one', () => {
  test('"it will be looked at again on" a date is the review date', () => {
    expect(section([h('Our plan'), li('Aisha will take Conor to school.'), p('The plan will be gone through again at the school on 14 January 2027.')], 'review-date')?.present).toBe(true);
  });

  test('a rough time with the date still to come is no review date', () => {
    expect(section([h('Our plan'), li('Aisha will take Conor to school.'), p('It will be looked at again in about eight weeks; Beth will tell everyone the date.')], 'review-date')?.present).toBe(false);
  });
});

function datePresent(blocks: Block[]): boolean {
  return run(blocks).sections.date?.present === true;
}
