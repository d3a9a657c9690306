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
    // (Its label names the part now: "Who helped write it" is who made the plan.)
    expect(section([p('Who helped write it: Conor, his gran Aisha, and Beth Lyons (family support worker).')], 'participants')).toEqual({ present: true, paragraphs: [0] });
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

describe('who does a task, from how the agreement introduced them', () => {
  test('a professional named "Name, role" on a line of a cell, in a table of names and roles, or "from" a service', () => {
    const inCell = [...row(0, 0, 'Who', 'Jo Hart (mum)\nPriya Nandi, family support worker, Eastgate Early Help'), ...row(0, 1, 'Priya', 'Priya will ring Jo every Monday at 10am.')];
    expect(section(inCell, 'professional-commitments')?.present).toBe(true);
    const table = [...row(0, 0, 'Name', 'Role'), ...row(0, 1, 'Jo Hart', 'Mum'), ...row(0, 2, 'Sean Lowe', 'School nurse'), p(''), ...row(1, 0, 'Task', 'Who', 'When'), ...row(1, 1, 'Check Ava\u2019s weight at school', 'Sean Lowe', '14 January 2027')];
    expect(section(table, 'professional-commitments')?.present).toBe(true);
    expect(section([p('Made between Jo Hart and Dee Obi from the Eastgate Family Help Team.'), h('Our plan'), li('Dee will drop in every Thursday at 4pm.')], 'professional-commitments')?.present).toBe(true);
  });

  test('a relative named in a table of names, or someone "from" a town, is not a professional', () => {
    const table = [...row(0, 0, 'Name', 'Role'), ...row(0, 1, 'Jo Hart', 'Mum'), ...row(0, 2, 'Lee Hart', 'Uncle'), p(''), ...row(1, 0, 'Task', 'Who', 'When'), ...row(1, 1, 'Drive Ava to swimming', 'Lee Hart', 'Saturdays at 9am')];
    expect(section(table, 'professional-commitments')?.present).toBe(false);
    expect(section([p('Made between Jo Hart and her cousin Amy Hart from Leeds.'), h('Our plan'), li('Amy will drop in every Thursday at 4pm.')], 'professional-commitments')?.present).toBe(false);
  });
});

describe('the team manager\u2019s countersignature in a table', () => {
  test('the manager\u2019s cell beside a place to sign counts; "Team manager: TBA" in one cell does not', () => {
    expect(section([...row(0, 0, 'Jo Hart'), ...row(0, 1, 'Signed ________ Date ______'), ...row(0, 2, 'Ken Abbott, Team Manager', 'Signed ________ Date ______')], 'team-manager-signature')?.present).toBe(true);
    expect(section([...row(0, 0, 'Signed by', 'Date'), ...row(0, 1, 'Jo Hart', ''), ...row(0, 2, 'Team Manager: TBA', '')], 'team-manager-signature')?.present).toBe(false);
  });
});

describe('a review date is a day for the agreement', () => {
  test('a length in the review part, or something else reviewed, is no review date', () => {
    expect(section([h('Our plan'), li('Jo will take Ava to school.'), h('Reviewing it'), p('Review date: TBC'), p('The plan stays in place for six weeks from today unless we agree otherwise.')], 'review-date')?.present).toBe(false);
    expect(section([h('Our plan'), li('Jo will take Ava to school.'), p('Sunday visits will be reviewed.')], 'review-date')?.present).toBe(false);
  });

  test('found in a closing sentence with no review heading, it says via content', () => {
    expect(section([h('Our plan'), li('Jo will take Ava to school.'), p('Dee and Jo will go over the plan again on 19 January 2027.')], 'review-date')).toMatchObject({ present: true, via: 'content' });
  });
});

describe('a document of plain paragraphs with no heading at all', () => {
  test('its lines that commit someone are the family\u2019s and the professionals\u2019 tasks', () => {
    const blocks = [
      p('This plan was agreed on 1 December 2026 between Jo Hart and Dee Obi from the Eastgate Family Help Team.'),
      p('Ava has missed eleven days of school since September.'),
      p('Jo will walk Ava to the school gate by 8.45am each weekday.'),
      p('Jo will ring the school office before 9am if Ava is ill.'),
      p('Dee will visit every second Tuesday at 3.30pm.'),
    ];
    const result = run(blocks);
    expect(result.sections['family-commitments']).toMatchObject({ present: true, via: 'content' });
    expect(result.sections['professional-commitments']).toMatchObject({ present: true, via: 'content' });
  });
});

describe('why, said in a sentence of its own', () => {
  test('"We want" after another sentence, "To <do> … and agree …", a plan saying what it is for under the tasks', () => {
    expect(section([p('Things have been hard since the summer. We want mornings to be calmer and Ava to be on time.'), h('Our plan'), li('Jo will take Ava to school.')], 'purpose')).toMatchObject({ present: true, via: 'content' });
    expect(section([h('Today'), p('To look at how the first month has gone and agree what happens next.'), h('Our plan'), li('Jo will take Ava to school.')], 'purpose')).toMatchObject({ present: true, via: 'content' });
    expect(section([h('What we will do'), p('This plan is so Ava knows who she can talk to at school.'), li('Jo will take Ava to school.')], 'purpose')).toMatchObject({ present: true, via: 'content' });
  });

  test('a task that says what it is for is not the agreement\u2019s purpose', () => {
    expect(section([h('What we will do'), li('Jo will take Ava to the dentist so that her tooth is seen to.')], 'purpose')?.present).toBe(false);
  });
});

describe('a title paragraph giving the child\u2019s age', () => {
  test('a plain paragraph set as the title counts; a task naming an age does not', () => {
    expect(section([p('Jo Hart'), p('Working Rules \u2014 Ava Hart (aged 7)'), p('You will:'), li('Take Ava to school by 8.45am each day.')], 'child-details')).toMatchObject({ present: true, via: 'content' });
    expect(section([h('You will'), li('Take Ava, who will soon be at a new school, to the open evening on 7 January.')], 'child-details')?.present).toBe(false);
  });
});

describe('a contingency step after who to tell', () => {
  test('"If …, tell … . We can hold a meeting …" is a step; "If …, tell …" alone is not', () => {
    expect(section([h('Our plan'), li('Jo will take Ava to school.'), p('If anything here gets too much, tell Dee that week. We can set up a meeting to change the plan together.')], 'contingency')).toMatchObject({ present: true, via: 'content' });
    expect(section([h('Our plan'), li('Jo will take Ava to school.'), p('If anything here gets too much, tell Dee that week.')], 'contingency')?.present).toBe(false);
  });
});
