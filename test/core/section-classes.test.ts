import { analyse, classifyLabel, registerPolicy, resolvePolicy, type AnalysisResult, type Block } from '../../src/core';

// Sections and tasks recognised by what they say and do, whatever the layout calls them: each test
// is one class of layout, with a case that must be recognised and one that must not.

const TODAY = new Date(2026, 11, 6);
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const bold = (text: string): Block => ({ kind: 'paragraph', text, boldPrefix: text });
const li = (text: string): Block => ({ kind: 'list-item', text });
const cell = (table: number, row: number, column: number, text: string): Block => ({ kind: 'table-cell', table, row, column, text });
const row = (table: number, r: number, ...texts: string[]): Block[] => texts.map((text, column) => cell(table, r, column, text));
const run = (blocks: Block[]): AnalysisResult => analyse(blocks, { today: TODAY });
const present = (result: AnalysisResult, id: keyof AnalysisResult['sections']) => result.sections[id]?.present;
const vagueAt = (result: AnalysisResult) => result.findings.filter((f) => f.ruleId === 'vague-task').map((f) => result.paragraphs[f.paragraph]);
const partyOf = (result: AnalysisResult, text: string) => result.tasks?.find((t) => result.paragraphs[t.paragraph] === text)?.party;

describe('plain-English headings land in the part they describe', () => {
  const cases: Array<[string, string | null]> = [
    ['Who\u2019s helping', 'professional-commitments'],
    ['The social worker\u2019s jobs', 'professional-commitments'],
    ['Our promises to you', 'professional-commitments'],
    ['Mum\u2019s jobs', 'family-commitments'],
    ['Your promises', 'family-commitments'],
    ['Things Kelly will do', 'family-commitments'],
    ['What\u2019s not going well', 'concerns'],
    ['What we\u2019re hoping for', 'purpose'],
    ['Why this plan matters', 'purpose'],
    ['What this letter is about', 'purpose'],
    ['People in this plan', 'participants'],
    ['Safety network', 'participants'],
    ['Getting back together to check', 'review-date'],
    ['What I want', 'purpose'],
    ['What you agreed to do', 'family-commitments'],
    ['When this ends', 'duration'],
    ['If Mark drinks', 'contingency'],
    ['If Kai goes missing', 'contingency'],
    ['If I am struggling', 'contingency'],
    ['If you have any questions', null],
    ['If Lily is ill Sarah will ring the nursery', null],
    // Not changed by the classes above.
    ['Why are we involved?', 'concerns'],
    ['What help do you need?', null],
    ['About the family', null],
  ];
  test.each(cases)('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase().replace(/\u2019/g, "'"))).toBe(section);
  });
});

describe('label cells naming a person', () => {
  test('a row whose first cell is a person and whose other cell commits them is that person\u2019s tasks', () => {
    const result = run([
      ...row(0, 0, 'Family', 'Leah Dawson (mother) and Jason Pike (Leah\u2019s partner)'),
      ...row(0, 1, 'Leah', 'Leah will call the police if Jason comes to the house.'),
      ...row(0, 2, 'Grandad', 'Will collect Finley from school every Friday at 3pm.'),
      ...row(0, 3, 'Erin Cole (social worker)', 'Will see Finley at school every Friday at 2pm.'),
    ]);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(present(result, 'participants')).toBe(true);
    expect(partyOf(result, 'Will collect Finley from school every Friday at 3pm.')).toBe('family');
    expect(partyOf(result, 'Will see Finley at school every Friday at 2pm.')).toBe('professional');
    // Neither names who is missing: the label cell says who.
    expect(vagueAt(result)).toEqual([]);
  });

  test('a row naming a party with no commitment in it only names the party', () => {
    const result = run([...row(0, 0, 'Mum', 'Kerry Walsh, 14 Elm Road'), ...row(0, 1, 'Why we have this agreement', 'To keep Finley safe from the violence between Leah and Jason.')]);
    expect(present(result, 'family-commitments')).toBe(false);
    expect(present(result, 'participants')).toBe(true);
    expect(present(result, 'purpose')).toBe(true);
  });
});

describe('label tables with a title row', () => {
  test('a title across the top names the document; "Who made this plan" is the participants; "Team around Kai" the professionals', () => {
    const result = run([
      { kind: 'table-cell', table: 0, row: 0, column: 0, text: 'Family safety plan 2', fullWidthRow: true },
      ...row(0, 1, 'Who made this plan', 'Stacey Moore (mum), Ray Moore (Grandad) and Eastfield Children\u2019s Services'),
      ...row(0, 2, 'Team around Kai', 'Mo Singh (youth worker) will meet Kai every Wednesday at 5pm.'),
    ]);
    expect(present(result, 'participants')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(present(result, 'agreement-number')).toBe(true);
    expect(vagueAt(result)).toEqual([]);
  });
});

describe('who a task belongs to', () => {
  test('a surname after a title is a name, even one that is also a word for a service ("Ms Ward", "Mr House")', () => {
    const result = run([
      { kind: 'heading', level: 2, text: 'What the family will do' },
      { kind: 'list-item', text: 'Ms Ward will take Jade to nursery by 9am every weekday.' },
      { kind: 'list-item', text: 'Mr House will go to the Tuesday parenting group at Elm Road.' },
      { kind: 'list-item', text: 'Mrs Cole, the school nurse, will see Jade every Friday.' },
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'family', 'professional']);
  });
});

describe('tables read by their columns', () => {
  test('"You will | We will": each cell is its own task, for the family or the service', () => {
    const result = run([
      ...row(0, 0, 'You will', 'We will'),
      ...row(0, 1, 'Collect Dev from school at 3.15pm every school day.', 'Sam Doyle (family support worker) will visit you every Thursday at 6pm.'),
      ...row(0, 2, 'Sort out your working hours.', 'Keep an eye on things.'),
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'professional', 'family', 'professional']);
    expect(vagueAt(result)).toEqual(['Sort out your working hours.', 'Keep an eye on things.']);
  });

  test('"Mum | Dad | Social worker" columns: each column is that person\u2019s tasks', () => {
    const result = run([
      ...row(0, 0, 'Mum', 'Dad', 'Social worker'),
      ...row(0, 1, 'Take Jo to school by 8.45am every day.', 'Collect Jo from school at 3.15pm on Mondays.', 'Visit every Thursday at 4pm.'),
      ...row(0, 2, 'Be more patient.', 'Not smoke in the house.', 'Offer support.'),
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'family', 'professional', 'family', 'family', 'professional']);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(vagueAt(result)).toEqual(['Be more patient.', 'Offer support.']);
  });

  test('a signature table or a timetable headed by names is not read as tasks', () => {
    expect(run([...row(0, 0, 'Mum', 'Dad'), ...row(0, 1, 'Kerry', 'Sean')]).tasks).toEqual([]);
    expect(run([...row(0, 0, 'Mum', 'Dad'), ...row(0, 1, 'Saturday 10am to 12pm', 'Sunday 2pm to 4pm at the Oak Centre')]).tasks).toEqual([]);
  });

  test('"Who | What | By when" under a heading the walk does not know is an action table', () => {
    const result = run([
      h('Keeping Jo safe'),
      ...row(0, 0, 'Who', 'What', 'By when'),
      ...row(0, 1, 'Mum', 'Take Jo to the dentist at Bridge Street', '14 December 2026'),
      ...row(0, 2, 'Amir Khan (social worker)', 'Visit Jo at home', 'Every Thursday'),
      ...row(0, 3, 'Dad', 'Support Mum more', 'Ongoing'),
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'professional', 'family']);
    expect(vagueAt(result)).toEqual(['Support Mum more']);
  });

  test('a timescale column says when, and is not how long the agreement lasts', () => {
    const result = run([
      ...row(0, 0, 'Expectation', 'Support offered', 'Timescale'),
      ...row(0, 1, 'Lewis will take Grace to her check-up at Brookfield Clinic.', 'Zara Khan (health visitor) will see Grace at the clinic.', '5 January 2027 at 10am'),
    ]);
    expect(vagueAt(result)).toEqual([]);
    expect(present(result, 'duration')).toBe(false);
    expect(result.dates?.end).toBeNull();
  });
});

describe('headings the walk does not know', () => {
  test('commitment lines under an unknown heading are tasks, sorted by who does them', () => {
    const result = run([
      h('Keeping Mia safe'),
      li('Lucy Green (social worker) will visit Mia at home every Monday at 4.30pm.'),
      li('Lucy Green will convene a network meeting.'),
    ]);
    // Nothing names the professionals' part: found from what its lines say.
    expect(result.sections['professional-commitments']).toMatchObject({ present: true, via: 'content' });
    expect(vagueAt(result)).toEqual(['Lucy Green will convene a network meeting.']);
  });

  test('an unknown heading naming a person says whose the lines under it are', () => {
    const result = run([
      h('Mum and Dad'),
      li('Will take Jo to school by 8.45am every day.'),
      li('Will not smoke in the house.'),
      h('Amir Khan (social worker)'),
      li('Will visit Jo every Monday at 4pm.'),
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'family', 'professional']);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(vagueAt(result)).toEqual([]);
  });

  test('a short bold line naming no part ends the part above it', () => {
    const result = run([
      h('Why we have made this agreement'),
      p('So that Mia\u2019s time with her parents is safe and happy.'),
      bold('Timetable'),
      p('The foster carer, Jo Adams, will bring Mia to the centre and collect her after each session.'),
      p('Mia will also see her grandparents.'),
    ]);
    expect(result.sections.purpose?.paragraphs).toEqual([0, 1]);
    expect(partyOf(result, 'The foster carer, Jo Adams, will bring Mia to the centre and collect her after each session.')).toBe('family');
    // No time: the vague-task prompt, or the contact-arrangements one that hides it (declared by that rule).
    const flagged = result.findings.filter((f) => f.ruleId === 'vague-task' || f.ruleId === 'contact-arrangements').map((f) => result.paragraphs[f.paragraph]);
    expect(flagged).toEqual(['Mia will also see her grandparents.']);
  });

  test('an unknown heading over sentences that commit nobody opens no part', () => {
    const result = run([h('About the family'), p('Mia lives with her mum and her brother Sol.'), p('Her dad lives in Leeds and works nights.'), p('The school said Mia will be excluded if she hits another child.')]);
    expect(result.tasks).toEqual([]);
    expect(present(result, 'family-commitments')).toBe(false);
  });

  test('plain-English headings for the professionals\u2019 part, the review and the worries', () => {
    const result = run([
      h('What has been happening'),
      p('Ruby has lost weight since October.'),
      h('Our side'),
      li('Rob Lane (youth worker) will meet Jake every Thursday at 4pm.'),
      h('Next check'),
      p('The network will meet with Lucy on 20 January 2027 at Corran Family Hub.'),
    ]);
    expect(present(result, 'concerns')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(result.dates?.review?.iso).toBe('2027-01-20');
  });
});

describe('who does a task', () => {
  test('a first name introduced with a professional role is that professional\u2019s', () => {
    const result = run([p('Tia Walsh (family worker) will help Hollie apply for a cooker grant by 11 December 2026.'), h('Actions'), li('Tia will visit Hollie at home every Monday at 2pm.')]);
    expect(partyOf(result, 'Tia will visit Hollie at home every Monday at 2pm.')).toBe('professional');
  });

  test('a first name never introduced with a role stays the family\u2019s', () => {
    const result = run([p('Tia Walsh (Hollie\u2019s sister) will help.'), h('Actions'), li('Tia will have Ruby every Saturday from 10am.')]);
    expect(partyOf(result, 'Tia will have Ruby every Saturday from 10am.')).toBe('family');
  });

  test('"You agreed to the following:" and "In return we will:" lead-ins', () => {
    const result = run([
      p('At our meeting on 2 December you agreed to the following:'),
      li('You will take Jo to school by 8.45am every day.'),
      li('You will engage with services.'),
      p('In return we will:'),
      li('Amir Khan (social worker) will visit every Thursday at 4pm.'),
    ]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'family', 'professional']);
    expect(vagueAt(result)).toEqual(['You will engage with services.']);
  });

  test('a numbered lead-in ("3. Chantelle will:") holds only the items nested under it', () => {
    const item = (text: string, listLevel: number): Block => ({ kind: 'list-item', text, listLevel });
    const result = run([
      item('Chantelle will:', 0),
      item('address her anger issues', 1),
      item('Halton Vale Children\u2019s Services will:', 0),
      item('Priya Nair (social worker) will see Mason every Wednesday at 5pm', 1),
      item('This agreement lasts until 14 March 2027. It will be reviewed on 1 February 2027.', 0),
    ]);
    expect(result.tasks?.map((t) => `${t.paragraph}:${t.party}`)).toEqual(['1:family', '3:professional']);
    expect(vagueAt(result)).toEqual(['address her anger issues']);
    expect(result.dates?.review?.iso).toBe('2027-02-01');
  });

  test('a family word before a bracketed name is the family ("Nan (Rita Hughes)")', () => {
    const result = run([...row(0, 0, 'Nan (Rita Hughes)', 'Rita will take Harvey to school by 8.50am every school day.'), ...row(0, 1, 'Mr Jones (Top School)', 'Will ring Rita every Friday at 3pm.')]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'professional']);
  });

  test('a letter\u2019s lead-in says who the list is for', () => {
    const result = run([p('Dear Mr Jones,'), p('We expect you to:'), li('take Alfie to school every day by 8.45am'), li('not leave Alfie alone in the house')]);
    expect(result.tasks?.map((t) => t.party)).toEqual(['family', 'family']);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(vagueAt(result)).toEqual([]);
  });
});

describe('sections recognised from what their sentences say', () => {
  test('participants, purpose and worries with no headings say via content', () => {
    const result = run([
      p('Dear Ms Patel,'),
      p('This letter records what you and Ashby Vale Children\u2019s Services agreed about your son Dev (aged 7).'),
      p('We agreed this so that Dev is collected from school on time.'),
      p('The school told us Dev has been left waiting at the gate until after 5pm on six days this term.'),
    ]);
    for (const id of ['participants', 'purpose', 'concerns', 'child-details'] as const) {
      expect(result.sections[id]).toMatchObject({ present: true, via: 'content' });
    }
  });

  test('"made by … and …", "written with … and …", "agreed between … and …" name the participants', () => {
    for (const sentence of [
      'This plan was made by Mark, his sister Jen Ellis and Corran Children\u2019s Services.',
      'Written with Hollie Brooks (mum of Ruby, 2) and Fenwick Early Help on 4 December 2026.',
      'Agreed between Carla Finch, her son Jake and Dunmore Children\u2019s Services.',
    ]) {
      expect(run([p(sentence)]).sections.participants).toMatchObject({ present: true, via: 'content' });
    }
    expect(run([p('Mark agreed with the school to collect Theo.')]).sections.participants?.present).toBe(false);
  });

  test('a list of people with their roles names the participants; a task naming people with roles does not', () => {
    const listed = run([h('Keeping Grace safe'), li('Kim Mills \u2013 mother'), li('Lewis Mills \u2013 father'), li('Zara Khan \u2013 health visitor')]);
    expect(listed.sections.participants).toMatchObject({ present: true, via: 'content' });
    expect(run([p('Kim Mills (mother), Lewis Mills (father) and Zara Khan (health visitor) met on 1 December.')]).sections.participants?.present).toBe(true);
    expect(run([p('Amir Khan (social worker) will visit Jo (5) every Monday at 4pm.')]).sections.participants?.present).toBe(false);
    // (Signature lines naming only roles name no party; those naming people do: see section-classes-forms.test.ts.)
    expect(run([p('Signed: Mother ____ Father ____')]).sections.participants?.present).toBe(false);
  });

  test('a background that tells what happened is the worries; one that states an aim stays the purpose', () => {
    const events = run([h('Background'), p('Grace has had four falls at home since August, and the health visitor found the stair gate broken.')]);
    expect(events.sections.concerns).toMatchObject({ present: true, via: 'content' });
    expect(present(events, 'purpose')).toBe(false);
    const aim = run([h('Context'), p('Josh was arrested on 21 November. This agreement sets out how Amelia will see her dad safely.')]);
    expect(present(aim, 'purpose')).toBe(true);
  });

  test('"Names:" under the children\u2019s heading is the child', () => {
    const result = run([h('The children'), p('Names: Alfie Jones, aged four')]);
    expect(present(result, 'child-details')).toBe(true);
    expect(present(result, 'participants')).toBe(false);
  });
});

describe('sentences with no heading', () => {
  const sectionsOf = (sentence: string) => {
    const result = run([p(sentence)]);
    return Object.entries(result.sections).filter(([, info]) => info?.present).map(([id]) => id);
  };
  test.each([
    ['If Kim does not take Grace to the clinic the social worker will arrange a meeting within a week.', 'contingency'],
    ['If the plan is not working we will all meet to decide what to do next.', 'contingency'],
    ['We\u2019ll check how things are going on 19 January 2027.', 'review-date'],
    ['The next core group on 12 January 2027 will look at this agreement.', 'review-date'],
    ['This plan is for six weeks, from 7 December 2026 to 18 January 2027.', 'duration'],
    ['The aim is for Jo to be safe at home.', 'purpose'],
    ['This is so that Jo can stay living with his mum.', 'purpose'],
    ['A copy of this plan will be given to Kim, Lewis and the school.', 'copies'],
    ['Isla is 4.', 'child-details'],
    ['We are writing to set out what we all agreed so that Leo has enough to eat every day.', 'purpose'],
    // A written undertaking is the agreement by another name (held-out-5 class, new wordings).
    ['The reason for this undertaking is that Tom stays safe while the police make their enquiries.', 'purpose'],
    ['This undertaking runs for three weeks, until 29 December 2026.', 'duration'],
    ['A copy has been sent to Dawn and to the school.', 'copies'],
  ])('%s', (sentence, id) => {
    expect(sectionsOf(sentence)).toContain(id);
  });

  test('a date in a sentence about what happened is not the agreement\u2019s date', () => {
    for (const sentence of ['Police were called to the house on 3 November after neighbours heard shouting.', 'Ella has missed 20 days of school this term.', 'We\u2019ll check how things are going on 19 January 2027.']) {
      expect(run([p(sentence)]).dates?.agreement).toBeNull();
    }
    expect(run([p('Written agreement \u2013 3 December 2026')]).dates?.agreement?.iso).toBe('2026-12-03');
    expect(run([p('I, Dawn Price, make this undertaking to the council on 5 December 2026.')]).dates?.agreement?.iso).toBe('2026-12-05');
    expect(run([p('A copy of the hospital letter has been sent to the GP.')]).sections.copies?.present).toBe(false);
  });

  test('a range gives the end date its last day', () => {
    expect(run([p('This plan is for six weeks, from 7 December 2026 to 18 January 2027.')]).dates?.end?.iso).toBe('2027-01-18');
  });

  test('a copy of something else is not the copies of the agreement', () => {
    expect(run([p('Ms Smith will get a copy of the school report by 4 January 2027.')]).sections.copies?.present).toBe(false);
  });

  test('a heading naming where copies go is not itself the list of copies', () => {
    expect(run([h('Who will receive a copy of this agreement'), p('Click or tap here to enter text.')]).sections.copies?.present).toBe(false);
  });
});

describe('dates', () => {
  test('a sentence giving the end first and the review second', () => {
    const result = run([p('Date: 1 December 2026'), h('How long'), p('This agreement lasts until 3 March 2027 and will be reviewed on 14 January 2027.')]);
    expect(result.dates?.agreement?.iso).toBe('2026-12-01');
    expect(result.dates?.end?.iso).toBe('2027-03-03');
    expect(result.dates?.review?.iso).toBe('2027-01-14');
  });

  test('"We will meet again at your home on …" under a check-in heading', () => {
    const result = run([h('When we will check on this'), p('We will meet again at your home on 19 January 2027 at 5.30pm.')]);
    expect(result.dates?.review?.iso).toBe('2027-01-19');
  });

  test('a review date in the footer', () => {
    const result = run([p('Date: 1 December 2026'), { kind: 'paragraph', text: 'Review date: 12 January 2027', origin: 'footer' }]);
    expect(result.dates?.review?.iso).toBe('2027-01-12');
  });

  test('an end date under its heading after a label table is not the agreement\u2019s date', () => {
    for (const heading of ['When this ends', 'Finishing']) {
      const result = run([...row(0, 0, 'Child', 'Alfie Jones'), ...row(0, 1, 'Parent', 'Sam Jones'), h(heading), p('3 March 2027')]);
      expect(result.dates?.agreement).toBeNull();
    }
  });
});

describe('coming back to the plan, however it is put', () => {
  test.each([
    ['When we\u2019ll next get together', 'review-date'],
    ['Talking it over again', 'review-date'],
    ['Checking our plan', 'review-date'],
    ['When will we look at the plan again?', 'review-date'],
    // Not a review: something failing again is the contingency; a promise not to repeat something is neither.
    ['If the shouting starts again', 'contingency'],
    ['Things that must not happen again', null],
  ])('heading %s', (label, section) => {
    expect(classifyLabel(label.toLowerCase().replace(/\u2019/g, "'"))).toBe(section);
  });

  const reviewIso = (sentence: string) => run([h('Notes'), p(sentence)]).dates?.review?.iso ?? null;
  test.each([
    ['We\u2019ll all sit down again on 3 February 2027 at the family centre.', '2027-02-03'],
    ['Everyone will catch up again on 10 February 2027.', '2027-02-10'],
    ['We will see how Max is getting on at the meeting on 9 February 2027.', '2027-02-09'],
    ['We will go over our plan at the library on 11 February 2027.', '2027-02-11'],
    ['We will look at the school reports together on 4 February 2027 at 2pm.', '2027-02-04'],
    ['Priya will come back on 8 February 2027 to go through all of this with the family.', '2027-02-08'],
    ['It will be looked at in every core group, the first on 1 February 2027.', '2027-02-01'],
  ])('review sentence: %s', (sentence, iso) => {
    expect(reviewIso(sentence)).toBe(iso);
  });
  test.each([
    // Going to something, looking at something else, coming back to a place: not a review.
    'We will see how Mum is going to pay the rent by 2 February 2027.',
    'Priya will look at flats with Sam on 5 February 2027.',
    'Dad will come back from work by 6pm on 6 February 2027.',
    'Max must not go near the canal again after 1 February 2027.',
  ])('not a review sentence: %s', (sentence) => {
    expect(reviewIso(sentence)).toBeNull();
  });
});

describe('a "Person | What they will do" table', () => {
  test('each row is the tasks of the person its first cell names, bare verbs included', () => {
    const result = run([
      ...row(0, 0, 'Person', 'What they will do'),
      ...row(0, 1, 'Marie (Gran)', 'Take Ava to nursery every Monday and Thursday by 9am.'),
      ...row(0, 2, 'Owen Price (family support worker)', 'Visit Marie at home every Wednesday at 10am from 9 December 2026.'),
    ]);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
  });
  test('a table whose first column is not people is not read that way', () => {
    const result = run([...row(0, 0, 'Item', 'What it costs'), ...row(0, 1, 'School uniform', 'About forty pounds from the grant.')]);
    expect(present(result, 'family-commitments')).toBe(false);
    expect(present(result, 'professional-commitments')).toBe(false);
  });
});

describe('who took part, however it is listed', () => {
  test.each([
    ['Who came', 'participants'],
    ['People at the family group conference', 'participants'],
    ['In attendance', 'participants'],
    ['Present situation', null],
  ])('heading %s', (label, section) => {
    const found = classifyLabel(label.toLowerCase());
    if (section) expect(found).toBe(section);
    else expect(found).not.toBe('participants');
  });

  const participants = (text: string) => run([h('Notes'), p(text)]).sections.participants?.present;
  test.each([
    'Sol wrote this plan with Dee Holt, his key worker, on 2 March 2027.',
    'Jo\u2019s plan, put together with Lin on 3 March 2027.',
    'Lena Ross (mum) and Brookfield Children\u2019s Services',
    'The Carter family: Jo Carter (mum), Ben (4) and Tia (2).',
  ])('listed: %s', (text) => {
    expect(participants(text)).toBe(true);
  });
  test.each([
    'We made this plan with the help of an interpreter.',
    'Mum will go through the plan with Dee on Friday.',
    'Lena Ross (mum) will ring Brookfield Children\u2019s Services every Monday.',
  ])('not a list of who took part: %s', (text) => {
    expect(participants(text)).toBe(false);
  });

  test('notes under a "Present:" line still commit people', () => {
    const result = run([
      h('Home visit notes', 1),
      p('Present: Rob Hale (dad), Kim Shaw (family support worker).'),
      p('Rob will take Lily to nursery by 9am every weekday.'),
      p('Kim will visit Rob on Tuesdays at 10am from 8 December 2026.'),
    ]);
    expect(present(result, 'participants')).toBe(true);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
  });
});

describe('a form\u2019s details table: the parties by role, the meeting that made the plan by its initials, a sign-off', () => {
  const detailsTable = (...rows: Array<[string, string]>) => [{ kind: 'heading', level: 1, style: 'Title', text: 'Safety plan for Corey' } as Block, ...rows.flatMap(([label, value], r) => row(0, r, label, value)), h('What we are worried about'), p('Corey has missed 9 days of nursery since October.')];
  test.each([
    ['birth relatives', ['Birth relatives', 'Dawn Pryce; Len Pryce']],
    ['the adoptive parents and the coordinator', ['Adoptive parents', 'Mel and Rhys']],
    ['a worker by what they do', ['Contact worker', 'Imogen Hart, 01632 960 101']],
    ['members of the core group', ['Core group members', 'Dawn Pryce, Imogen Hart, Dr Lowe']],
    ['two parties in one label', ['Foster carers and birth mother', 'Gail Trent; Dawn Pryce']],
  ] as Array<[string, ...Array<[string, string]>]>)('the parties: %s', (_name, ...rows) => {
    expect(present(run(detailsTable(...rows)), 'participants')).toBe(true);
  });
  test.each([
    ['where the child lives', ['Where Corey lives', 'With his aunt in Dunmore Road']],
    ['the kind of plan', ['Type of plan', 'Neglect']],
  ] as Array<[string, ...Array<[string, string]>]>)('not the parties: %s', (_name, ...rows) => {
    expect(present(run(detailsTable(...rows)), 'participants')).toBe(false);
  });

  test.each([['Date of ICPC', '3 March 2027'], ['PPM date', '3 March 2027']])('the plan\u2019s own meeting: %s', (label, value) => {
    expect(present(run(detailsTable(['Child', 'Corey Pryce, aged 4'], [label, value])), 'date')).toBe(true);
  });
  test.each(['date of rcpc', 'rcpc date', 'date of birth'])('another meeting or a birth is not the plan\u2019s date: %s', (label) => {
    expect(classifyLabel(label)).not.toBe('date');
  });

  const signedOff = (lines: Block[]) => present(run([...detailsTable(['Date of plan', '3 March 2027']), ...lines]), 'team-manager-signature');
  test('"Plan approved by:" names the manager\u2019s sign-off', () => {
    expect(signedOff([p('Plan approved by: Nadia Crewe, 4 March 2027')])).toBe(true);
  });
  test('"TM" as a signature row\u2019s role', () => {
    expect(signedOff([...row(1, 0, 'Signed', 'Role'), ...row(1, 1, '', 'Mum'), ...row(1, 2, '', 'TM')])).toBe(true);
  });
  test.each([
    ['a plan agreed by the family', [p('Plan agreed by: Dawn and Len Pryce')]],
    ['initials that are not a role', [...row(1, 0, 'Signed', 'Role'), ...row(1, 1, 'TM (initials)', 'Mum')]],
  ] as const)('no manager: %s', (_name, lines) => {
    expect(signedOff([...lines])).toBe(false);
  });

  test.each(['Family Safety Plan v3', 'Working agreement version 2'])('a version number on the title numbers the agreement: %s', (text) => {
    expect(present(run([{ kind: 'paragraph', text, origin: 'header' }, ...detailsTable(['Date of plan', '3 March 2027'])]), 'agreement-number')).toBe(true);
  });
  test('a version with no number does not', () => {
    expect(present(run([{ kind: 'paragraph', text: 'Family Safety Plan (draft version)', origin: 'header' }, ...detailsTable(['Date of plan', '3 March 2027'])]), 'agreement-number')).toBe(false);
  });
});

describe('why the agreement is made, said the way family-time agreements and letters say it', () => {
  test.each([
    ['why we wrote it', 'purpose'],
    ['why i made this', 'purpose'],
    ['why visits are supervised', 'purpose'],
    ['why contact happens at the centre', 'purpose'],
  ])('heading %s', (label, section) => {
    expect(classifyLabel(label)).toBe(section);
  });
  test.each(['why contact has stopped', 'why we are worried'])('not the purpose: %s', (label) => {
    expect(classifyLabel(label)).not.toBe('purpose');
  });
  test('"Why we made it:" with its reason on the same line', () => {
    expect(present(run([h('Family time plan', 1), p('Why we made it: so Kian knows when he will see his dad.')]), 'purpose')).toBe(true);
  });
  const purpose = (text: string) => present(run([h('Notes'), p(text)]), 'purpose');
  test.each([
    'I am writing to you because we are still worried about Kian\u2019s time at school.',
    'Time together is a chance for Kian and his sisters to stay close.',
    'Visits are supervised so that everyone feels safe.',
  ])('a sentence that says what it is for: %s', (text) => {
    expect(purpose(text)).toBe(true);
  });
  test.each(['I am writing this on 3 March.', 'Visits are supervised by Marta at the centre.', 'Kian had a chance to see his sisters at Easter.'])('says no purpose: %s', (text) => {
    expect(purpose(text)).toBe(false);
  });
});

describe('worries, the court and setbacks, in words that only look alike', () => {
  const worried = (text: string) => present(run([h('Contact rules'), p('Dad will ring the centre by noon on the day of each visit.'), p(text)]), 'concerns');
  test.each(['If you have any worries about the girls at night, ring the duty team.', 'If anyone is concerned, they can talk to Marta.'])('advice for a worry to come is no worry: %s', (text) => {
    expect(worried(text)).toBe(false);
  });
  test.each(['We are worried that the girls are left alone at night.', 'If you remember, the school was worried about Kian in May.'])('a worry told: %s', (text) => {
    expect(worried(text)).toBe(true);
  });

  const notice = (text: string) => present(run([h('About this agreement'), p(text)]), 'legal-notice');
  test.each(['This agreement and the visit notes may be shown to the court.', 'The plan could be used as evidence in court.'])('the agreement could go before a court: %s', (text) => {
    expect(notice(text)).toBe(true);
  });
  test.each(['Any missed visit will be reported to the court.', 'The court hearing is on 3 March.'])('not about the agreement: %s', (text) => {
    expect(notice(text)).toBe(false);
  });

  const contingency = (text: string) => present(run([h('Letters'), li('Dad will write to Kian every March through the letterbox.'), li(text)]), 'contingency');
  test.each(['If no letter comes by the end of March, Marta will remind Dad and let Kian\u2019s carers know.', 'If a visit is missed, the centre will text Mum the same day.'])('a step someone takes when it goes wrong: %s', (text) => {
    expect(contingency(text)).toBe(true);
  });
  test('a condition with no step', () => {
    expect(contingency('If it is sunny, the visit can be in the park.')).toBe(false);
  });

  test('a birth date in figures gives the child\u2019s details', () => {
    expect(present(run([p('Dear Mr Dunn,'), p('Re: Kian Dunn (born 04/05/2019)')]), 'child-details')).toBe(true);
  });
  test('staff named in a heading are the professionals', () => {
    expect(classifyLabel('what the nursery staff will do')).toBe('professional-commitments');
  });
});

describe('how long and the review under one heading; a review with no date set', () => {
  const lasting = (heading: string, text: string) => present(run([h('Plan for Esme', 1), h('What Mum will do'), li('Mum will walk Esme to school by 8.45am every weekday.'), h(heading), p(text)]), 'duration');
  test.each([
    ['How long this runs and when we review it', 'We will meet on 2 March 2027 at the school. It stops then unless we all want to keep it.'],
    ['Duration and review', 'Reviewed on 2 March 2027; finishes on 30 April 2027.'],
  ])('a heading that asks both: %s', (heading, text) => {
    expect(lasting(heading, text)).toBe(true);
  });
  test('a review heading alone says nothing of how long', () => {
    expect(lasting('When we will check it', 'We will meet on 2 March 2027 at the school.')).toBe(false);
  });
  test.each(['The support period will last eight weeks from 1 March 2027.', 'The phone call arrangement continues until Esme starts secondary school.'])('what lasts, with a word before it: %s', (text) => {
    expect(lasting('Other things', text)).toBe(true);
  });
  test('"continues to" is not how long', () => {
    expect(lasting('Other things', 'The calls arrangement continues to work well for Esme.')).toBe(false);
  });

  const reviewed = (blocks: Block[]) => present(run([h('Plan for Esme', 1), p('Date: 1 February 2027'), ...blocks]), 'review-date');
  test('a rough review date whose real date is still to be agreed is no review date', () => {
    expect(reviewed([p('We will meet to review this around four weeks after 1 February; the date is still to be agreed.')])).toBe(false);
  });
  // A length of time, from now or from a day, is no day in anyone's diary (issue 11: "in 6 weeks", "at the next core group in 4 weeks").
  test.each(['We will meet to review this around four weeks after 1 February.', 'Review: at the review meeting in 6 weeks.', 'Next meeting: in four weeks\u2019 time.'])('a review a length of time away is no review date: %s', (text) => {
    expect(reviewed([p(text)])).toBe(false);
  });
  test.each([
    ['a date to be confirmed that is a date', [p('Review meeting: 2 March 2027 (date to be confirmed with school).')]],
    ['the agreement looked at again, under a worker\u2019s heading read as the family\u2019s', [h('What Tobi will do'), li('Ring Mum every Friday.'), p('We will go over this again together on 2 March 2027.')]],
  ] as const)('%s', (_name, blocks) => {
    expect(reviewed([...blocks])).toBe(true);
  });
  test('a family member\u2019s own review of something else is not the agreement\u2019s', () => {
    expect(reviewed([h('What Mum will do'), li('Mum will go to her medication review at the surgery on 2 March 2027.')])).toBe(false);
  });
});

describe('worries and aims under their own words', () => {
  test.each([
    ['What led up to this', 'concerns'],
    ['Why Sam has to stay with Gran for now', 'concerns'],
    ['What we are trying to achieve', 'purpose'],
    ['Part 2 \u2013 Who is involved', 'participants'],
    ['Why we are making this plan', 'purpose'],
  ])('heading %s', (label, section) => {
    expect(classifyLabel(label.toLowerCase())).toBe(section);
  });
  test('a heading that only mentions trying is not the aim', () => {
    expect(classifyLabel('what you are trying to do today')).not.toBe('purpose');
  });

  const concerns = (text: string) => run([h('Notes'), p(text)]).sections.concerns?.present;
  test.each([
    'Ava has been late on 12 mornings since the start of term.',
    'Ava was in school for 64% of sessions last half-term.',
    'Noah came home from the weekend with bruising on his back.',
    'Things at home got worse after the move in the summer.',
    'Noah says Dad\u2019s friend grabbed him by the wrist.',
  ])('what has happened: %s', (text) => {
    expect(concerns(text)).toBe(true);
  });
  test.each([
    'The breakfast club runs on 3 days a week from January.',
    'Ava kicked the ball over the fence at school.',
    'The nursery has 4 places left in the baby room.',
  ])('not a worry: %s', (text) => {
    expect(concerns(text)).toBe(false);
  });
});

describe('who does what, in other table shapes', () => {
  test('a header with an empty corner and a "Will" column: rows named by people', () => {
    const result = run([
      ...row(0, 0, '', 'Will', 'From'),
      ...row(0, 1, 'Jess', 'Walk Ava to school every weekday by 8.45am.', '4 January 2027'),
      ...row(0, 2, 'Dee Holt (school nurse)', 'See Ava every Monday at 10am.', '11 January 2027'),
    ]);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
  });
  test('a merged row naming a person or service stands over the task rows under it', () => {
    const merged = (table: number, r: number, text: string): Block => ({ ...cell(table, r, 0, text), fullWidthRow: true });
    const result = run([
      ...row(0, 0, 'Task', 'When'),
      merged(0, 1, 'Westfield Family Hub'),
      ...row(0, 2, 'Book Jess onto the Tuesday parenting group starting 12 January 2027.', 'By 18 December 2026'),
    ]);
    expect(present(result, 'professional-commitments')).toBe(true);
  });
  test('a merged row that is not a person opens no one\u2019s tasks', () => {
    const merged = (table: number, r: number, text: string): Block => ({ ...cell(table, r, 0, text), fullWidthRow: true });
    const result = run([...row(0, 0, 'Item', 'Cost'), merged(0, 1, 'School uniform costs, as of today.'), ...row(0, 2, 'Shoes', 'Thirty pounds')]);
    expect(present(result, 'professional-commitments')).toBe(false);
    expect(present(result, 'family-commitments')).toBe(false);
  });
  test('"Ruth Carr and other professionals" heads the professionals\u2019 row; "and others" takes the named person\u2019s side', () => {
    const line = 'Ruth Carr will see Ava at school every Friday at 2pm.';
    expect(present(run([...row(0, 0, 'Child', 'Ava Lund, 7'), ...row(0, 1, 'Ruth Carr and other professionals', line)]), 'professional-commitments')).toBe(true);
    expect(present(run([p('Ruth Carr (social worker) made this plan with Jess.'), ...row(0, 0, 'Child', 'Ava Lund, 7'), ...row(0, 1, 'Ruth Carr and others', line)]), 'professional-commitments')).toBe(true);
    expect(present(run([...row(0, 0, 'Child', 'Ava Lund, 7'), ...row(0, 1, 'Gran and others', 'Gran will collect Ava every Friday at 3pm.')]), 'professional-commitments')).toBe(false);
  });
  test('people named in the row labels of an action table are who it is between', () => {
    const result = run([
      ...row(0, 0, '', 'Will'),
      ...row(0, 1, 'Jess Ray (mum)', 'Walk Ava to school every weekday by 8.45am.'),
      ...row(0, 2, 'Dee Holt (school nurse)', 'See Ava every Monday at 10am.'),
    ]);
    expect(present(result, 'participants')).toBe(true);
  });
});

describe('the agreement\u2019s date, however it is labelled', () => {
  test('"Agreed 1 December 2026" in a page header', () => {
    const result = run([{ kind: 'paragraph', text: 'Family plan | Agreed 2 December 2026', origin: 'header' }, h('Notes'), p('Some words.')]);
    expect(result.dates?.agreement?.iso).toBe('2026-12-02');
  });
  test('a "Made on" label cell', () => {
    const result = run([...row(0, 0, 'Made on', '3 December 2026'), ...row(0, 1, 'Review on', '20 January 2027')]);
    expect(present(result, 'date')).toBe(true);
    expect(result.dates?.agreement?.iso).toBe('2026-12-03');
  });
  test('a date after "agreed" in a sentence about something else is not the agreement\u2019s', () => {
    const result = run([h('Notes'), p('Mum will attend the appointment on 9 December 2026 as agreed with the GP.')]);
    expect(result.dates?.agreement ?? null).toBeNull();
  });
});

describe('professionals introduced in words, not brackets', () => {
  test.each([
    'Kat Morris is my youth worker from the youth service.',
    'We made this plan with Kat, our family support worker.',
    'Family support worker: Kat Morris.',
  ])('%s', (intro) => {
    const result = run([p(intro), h('Who will do what'), li('Kat will meet Sol at the hub every Tuesday at 4pm.')]);
    expect(partyOf(result, 'Kat will meet Sol at the hub every Tuesday at 4pm.')).toBe('professional');
  });
  test('a relative described in words stays family', () => {
    const result = run([p('Kat is my big sister.'), h('Who will do what'), li('Kat will meet Sol at the hub every Tuesday at 4pm.')]);
    expect(partyOf(result, 'Kat will meet Sol at the hub every Tuesday at 4pm.')).toBe('family');
  });
});

describe('the child\u2019s age, however it is said', () => {
  const childDetails = (text: string) => run([h('Notes'), p(text)]).sections['child-details']?.present;
  test.each(['Poppy Lane is 5.', 'My name is Jay and I\u2019m 14.', 'Sami, you are 8 and you live with Dad.', 'Poppy Lane, Year 2, Hill Street Infants'])('%s', (text) => {
    expect(childDetails(text.replace(/\u2019/g, "'"))).toBe(true);
  });
  test.each(['The visit is 10 minutes from the station.', 'We are 3 weeks into the plan.', 'Mum will meet Poppy at 3 and walk her home.'])('not an age: %s', (text) => {
    expect(childDetails(text)).toBe(false);
  });
});

describe('a purpose stated in other words', () => {
  const purpose = (text: string) => run([h('Notes'), p(text)]).sections.purpose?.present;
  test.each([
    'It is about keeping Noor safe at home while Dad gets help.',
    'This letter explains what has to change so that Noor can stay at home.',
    'We are writing to tell you what we agreed at the meeting.',
  ])('%s', (text) => {
    expect(purpose(text)).toBe(true);
  });
  test.each(['It is about ten minutes from the school.', 'Mum explains what happened to the nurse.'])('not a purpose: %s', (text) => {
    expect(purpose(text)).toBe(false);
  });
});

describe('copies and the legal notice in other words', () => {
  const sectionOf = (text: string, id: 'copies' | 'legal-notice') => run([h('Notes'), p(text)]).sections[id]?.present;
  test.each([
    ['Copies to Dee, Sol and Hill Street School.', 'copies'],
    ['Copies of this plan go to everyone who signs it.', 'copies'],
    ['This plan is not a court order.', 'legal-notice'],
    ['You can get free advice from a solicitor before you sign.', 'legal-notice'],
    ['You may want to show this letter to a solicitor.', 'legal-notice'],
  ] as const)('%s', (text, id) => {
    expect(sectionOf(text, id)).toBe(true);
  });
  test.each([
    ['Mum will take copies to the school office on Monday.', 'copies'],
    ['The council will seek legal advice if the plan is not kept.', 'legal-notice'],
    ['The court order says Dad can see Sol on Saturdays.', 'legal-notice'],
  ] as const)('not it: %s', (text, id) => {
    expect(sectionOf(text, id)).toBe(false);
  });
});

describe('the agreement number under other labels, and only a real number', () => {
  const numbered = (blocks: Block[]) => present(run([h('Family plan', 1), ...blocks, h('What we are worried about'), p('Cody has missed 12 days of school since September.')]), 'agreement-number');
  test.each([
    ['a "Plan no." cell', row(0, 0, 'Plan no.', '4')],
    ['an "Issue number" cell', row(0, 0, 'Issue number:', '2')],
    ['a "Version" line', [p('Version: 3')]],
    ['a label naming the document beside a bare number', row(0, 0, 'Safety plan', '2')],
    ['a number after the label, with the date after it', [p('Plan no. 5     Date of plan: 2 December 2026')]],
    // Labelled sets by three writers count a letter's own reference at its top as its number.
    ['a letter\u2019s own reference at the top', [p('Our ref: JB/2291')]],
    ['a case reference cell', row(0, 0, 'CIN ref', '2291-B')],
  ] as const)('%s', (_name, blocks) => {
    expect(numbered([...blocks])).toBe(true);
  });
  test.each([
    ['an "Issue" cell that is a worry', row(0, 0, 'Issue', 'Nobody takes Kai to school')],
    ['a label naming the document beside words', row(0, 0, 'Safety plan', 'Kai will be home by 9pm.')],
    // The number control shows its placeholder: the date after it is not the number.
    ['a number label whose value is a placeholder', [{ kind: 'paragraph', text: 'Plan No. Type the number.     Date of plan: 2 December 2026', placeholders: [{ start: 9, end: 25 }] } as Block]],
    ['a number label with a blank line after it', [p('Agreement No. ________     Date: 2 December 2026')]],
  ] as const)('not a number: %s', (_name, blocks) => {
    expect(numbered([...blocks])).toBe(false);
  });
});

describe('how long, said of what the agreement arranges', () => {
  const duration = (text: string) => run([h('Checking in'), p(text)]).sections.duration?.present;
  test.each(['We will meet again on 4 January 2027. The arrangements in this letter end on 1 March 2027.', 'These rules apply until 28 February 2027.', 'We expect the arrangement to last until the end of January 2027.'])('%s', (text) => {
    expect(duration(text)).toBe(true);
  });
  test.each(['Nan will have Cody every Saturday until 28 February 2027.', 'The rules are on the fridge.', 'We will look at the arrangements again on 4 January 2027.'])('not how long: %s', (text) => {
    expect(duration(text)).toBe(false);
  });
});

describe('the date, from a line about who made the plan with whom', () => {
  const dated = (text: string) => present(run([h('My plan', 1), h('What I will do'), p('I will be home by 9pm on school nights.'), { kind: 'paragraph', text, origin: 'footer' }]), 'date');
  test.each(['Cody\u2019s plan, made with Priya and Nan on 4 December 2026.', 'Agreed by Mum, Dad and Priya on 3 December 2026'])('%s', (text) => {
    expect(dated(text)).toBe(true);
  });
  test.each(['Cody\u2019s plan, to be looked at with Priya on 4 January 2027.', 'Made with Priya and Nan.'])('no date of making: %s', (text) => {
    expect(dated(text)).toBe(false);
  });
});

describe('the team manager signing a letter off', () => {
  const countersigned = (lines: string[]) => present(run([p('Dear Ms Hale,'), p('We are worried that Cody has missed 12 days of school.'), ...lines.map(p)]), 'team-manager-signature');
  test('a name and "Team Manager" just after the closing', () => {
    expect(countersigned(['Kind regards,', 'Lorraine Ames, Team Manager'])).toBe(true);
    expect(countersigned(['Yours sincerely,', 'Priya Das', 'Lorraine Ames (Team Manager)'])).toBe(true);
  });
  test('the team manager named in a sentence, or long before the closing, is not a countersignature', () => {
    expect(countersigned(['If you are unhappy with this plan you can ring my team manager, Lorraine Ames, on 01632 960 111.', 'Yours sincerely,', 'Priya Das, Social Worker'])).toBe(false);
    expect(countersigned(['Lorraine Ames, Team Manager', 'Cody will be home by 9pm.', 'Nan will collect him on Fridays.', 'Priya will visit on Mondays.', 'Yours sincerely,'])).toBe(false);
    expect(countersigned(['Yours sincerely,', 'Priya Das, Social Worker', 'cc: Lorraine Ames, Team Manager'])).toBe(false);
  });
});

describe('signature lines without the word "signed"', () => {
  const signed = (text: string) => present(run([h('What we agreed'), p('Cody will be home by 9pm on school nights.'), p(text)]), 'signatures');
  test.each(['Dad ________   Nana Jean ________   Priya ________', 'Cody Hale ..........  Kim Hale ..........'])('%s', (text) => {
    expect(signed(text)).toBe(true);
  });
  test.each(['Home phone ________  Mobile ________', 'Cody will write the times in the book: ______'])('not signatures: %s', (text) => {
    expect(signed(text)).toBe(false);
  });
});

describe('"What happens next" is the steps, not a contingency', () => {
  test('a column of next steps beside the worries', () => {
    const result = run([
      ...row(0, 0, 'What is going well', 'What we are worried about', 'What happens next'),
      ...row(0, 1, 'Cody loves football.', 'Cody is often out after midnight.', 'Kim will set a 9pm curfew from tonight.'),
    ]);
    expect(present(result, 'contingency')).toBe(false);
    expect(present(result, 'concerns')).toBe(true);
  });
  test.each([
    ['What happens next', 'tasks'],
    ['What happens if things go wrong', 'contingency'],
    ['What will happen if the plan is not kept', 'contingency'],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase())).toBe(section);
  });
});

describe('headings in the words of a teenager or a birth plan', () => {
  test.each([
    ['What Leah is going to do', 'family-commitments'],
    ['What I am going to do', 'family-commitments'],
    ['What Mum\u2019s going to do', 'family-commitments'],
    ['What the social worker is going to do', 'professional-commitments'],
    ['What we\u2019re going to do', 'professional-commitments'],
    ['Birth plan number', 'agreement-number'],
    ['Safety plan ref', 'agreement-number'],
    ['Our back-up plan', 'contingency'],
    ['Fall-back plan', 'contingency'],
    // Not a number or a contingency.
    ['Phone number', null],
    ['Safety plan', 'tasks'],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase().replace(/\u2019/g, "'"))).toBe(section);
  });
});

describe('a heading that only names the document opens no part', () => {
  const purposeUnder = (heading: string) => present(run([p('Dear Kim,'), h(heading, 1), p('This letter sets out what has to change so that Ava can stay at home.')]), 'purpose');
  test('"Letter of Expectation" under the greeting is the title: the purpose below it counts', () => {
    expect(purposeUnder('Letter of Expectation')).toBe(true);
    expect(purposeUnder('Written Agreement')).toBe(true);
  });
  test('under a heading of the expectations themselves, the letter speaking of itself still states the purpose; a task with "so that" does not', () => {
    expect(purposeUnder('Our expectations of you')).toBe(true);
    expect(present(run([p('Dear Kim,'), h('Our expectations of you', 1), p('You will keep Ava\u2019s appointments at the clinic so that her weight is checked.')]), 'purpose')).toBe(false);
  });
});

describe('parties, purpose, copies and the child in other words', () => {
  const has = (text: string, id: keyof AnalysisResult['sections']) => present(run([h('Notes'), p(text)]), id);
  test.each([
    ['This letter sets out what has been agreed between you and the family hub.', 'participants'],
    ['To make a plan so that Kai can stay with Nan while Mum is in hospital.', 'purpose'],
    ['This plan gives the ward clear information so that Ava is safe after she is born.', 'purpose'],
    ['Jenny will give everyone who came to the meeting a copy of this plan.', 'copies'],
    ['Name: Kai Holt. Age: 15.', 'child-details'],
    ['Kai Holt, birthday 19 August 2011.', 'child-details'],
  ] as const)('%s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });
  test.each([
    ['Kim agreed to ring Nan between 6pm and 7pm.', 'participants'],
    ['To get to the hub, take the number 12 bus.', 'purpose'],
    ['The plan was late, so Mum was upset.', 'purpose'],
    ['Jenny will give Mum a copy of the school timetable.', 'copies'],
    ['Mum\u2019s birthday party is on Saturday.', 'child-details'],
  ] as const)('not it: %s', (text, id) => {
    expect(has(text, id)).toBe(false);
  });
});

describe('a signature box without the word "signature"', () => {
  const box = (...rows: string[][]) => run([h('What Mum will do'), p('Mum will take Ava to nursery by 9am every weekday.'), ...rows.flatMap((cells, r) => row(0, r, ...cells))]);
  test('people and roles with only "Date:" or blanks beside them', () => {
    const result = box(['Kim Lowe', 'Date:'], ['Sam Lowe', 'Date:'], ['Team Manager', 'Date:']);
    expect(present(result, 'signatures')).toBe(true);
    expect(present(result, 'team-manager-signature')).toBe(true);
    expect(present(box(['Kim Lowe', '', 'Date'], ['Priya Das, social worker', '', 'Date']), 'signatures')).toBe(true);
  });
  test('a contact list, or one row, is not a signature box', () => {
    expect(present(box(['Kim Lowe', '07700 900 123'], ['Priya Das', '01632 960 111']), 'signatures')).toBe(false);
    expect(present(box(['Kim Lowe', 'Date:']), 'signatures')).toBe(false);
    expect(present(box(['Review', 'Date:'], ['Next meeting', 'Date:']), 'signatures')).toBe(false);
  });
});

describe('what the plan is for: headings, titles and lead-ins', () => {
  test.each([
    ['What this plan should achieve', 'purpose'],
    ['What the agreement is trying to change', 'purpose'],
    ['Desired outcomes', 'purpose'],
    ['What the plan says you will do', 'family-commitments'],
    ['Outcome', null],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase())).toBe(section);
  });
  const purposeOf = (blocks: Block[]) => present(run(blocks), 'purpose');
  test('a lead-in that agrees the steps below so that something is safe', () => {
    expect(purposeOf([h('Visit notes', 1), p('After the visit we agreed these steps so that Ava stays safe at night.'), p('Mum will check on Ava at midnight.')])).toBe(true);
    expect(purposeOf([h('Visit notes', 1), p('We agreed the following times for Dad to see Ava.'), p('Dad will see Ava on Saturdays from 10am to 12pm.')])).toBe(false);
  });
  test('a title that says what the document is for', () => {
    expect(purposeOf([h('Agreement for Kai to stay with his aunt while Mum is in hospital', 1), h('What we are worried about'), p('Nobody else in the family can look after Kai.')])).toBe(true);
    expect(purposeOf([h('A plan for Kai', 1), h('What we are worried about'), p('Nobody else in the family can look after Kai.')])).toBe(false);
    expect(purposeOf([h('Safety plan for Kai Holt', 1), h('What we are worried about'), p('Nobody else in the family can look after Kai.')])).toBe(false);
  });
  test('a "why it is needed" part that only tells what happened is the worries', () => {
    const worries = run([h('Why this plan is needed'), p('Kai was found alone in the flat on 2 December.'), h('What Mum will do'), p('Mum will be at home every evening from 6pm.')]);
    expect(present(worries, 'purpose')).toBe(false);
    expect(present(worries, 'concerns')).toBe(true);
    const aim = run([h('Why this plan is needed'), p('Kai was found alone in the flat on 2 December.'), p('So that Kai is never left alone again.'), h('What Mum will do'), p('Mum will be at home every evening from 6pm.')]);
    expect(present(aim, 'purpose')).toBe(true);
  });
});

describe('an action table\u2019s "Timescale" column is not how long the agreement lasts', () => {
  test('"Area | Action | Lead | Timescale | RAG" reads as tasks', () => {
    const result = run([
      h('Our plan'),
      ...row(0, 0, 'Area', 'Action', 'Lead', 'Timescale', 'RAG'),
      ...row(0, 1, 'Health', 'Mum will take Kai to the dentist on 9 December 2026 at 10am.', 'Mum', '9 December 2026', 'Red'),
      ...row(0, 2, 'School', 'Priya Das (social worker) will meet the school on 11 December 2026.', 'Social worker', 'Ongoing', 'Amber'),
    ]);
    expect(present(result, 'duration')).toBe(false);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
  });
  test('a "Timescale" row of a two-column form still says how long', () => {
    expect(present(run([...row(0, 0, 'Date', '2 December 2026'), ...row(0, 1, 'Timescale', 'Until 3 March 2027')]), 'duration')).toBe(true);
  });
});

describe('a heading naming a professional introduced by role', () => {
  const professionalPart = (introduction: string) => present(run([p(introduction), h('What Leah is going to do'), li('Meet Kim every Wednesday at 4pm at the youth hub.'), h('What I am going to do'), li('Be home by 9pm on school nights.')]), 'professional-commitments');
  test('"What Leah is going to do" over lines with no subject, Leah being the social worker', () => {
    expect(professionalPart('This is an agreement between me, my mum Jo Lowe, and Leah Cole, my social worker from Westmoor Children\u2019s Services.')).toBe(true);
  });
  test('Leah a relative: her lines are the family\u2019s', () => {
    expect(professionalPart('This is an agreement between me, my mum Jo Lowe, and my aunt Leah Cole.')).toBe(false);
  });
});

describe('labels of letters and council forms', () => {
  test.each([
    ['Please sign and return', 'signatures'],
    ['cc', 'copies'],
    ['Date agreement made', 'date'],
    ['Date of CIN meeting', 'date'],
    ['Date of next meeting', 'review-date'],
    ['What you can expect from us', 'professional-commitments'],
    ['What we\u2019re asking you to do', 'family-commitments'],
    ['What is expected of you', 'family-commitments'],
    ['What you can expect at the meeting', null],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase().replace(/\u2019/g, "'"))).toBe(section);
  });
});

describe('a reference code in the page header is the agreement\u2019s number', () => {
  const numbered = (header: string) => present(run([{ kind: 'paragraph', text: header, origin: 'header' }, h('Written agreement', 1), h('What we are worried about'), p('Kai has missed 12 days of school.')]), 'agreement-number');
  test.each(['Westmoor Council \u2013 Family Safeguarding \u2013 WA/26/0417', 'Pre-Proceedings Agreement \u2013 Ref PLO/0093', 'Safety Plan KR 31/207', 'Undertaking CS 2026/44'])('%s', (header) => {
    expect(numbered(header)).toBe(true);
  });
  test.each(['Written Agreement Form v3 \u2013 page 1 of 2', 'Westmoor Council, tel 01632 960 214', 'OFFICIAL \u2013 SENSITIVE', 'Agreement dated 12/05/2026', 'Plan agreed on 3/12/26'])('not a number: %s', (header) => {
    expect(numbered(header)).toBe(false);
  });
});

describe('coming back to the plan, and how long a period lasts, in other words', () => {
  test('"We will go through it again with you on …" under how long is the review', () => {
    expect(present(run([h('Timescales'), p('This agreement will last for eight weeks. We will go through it again with you on 6 January 2027 at 2pm.')]), 'review-date')).toBe(true);
    expect(present(run([h('Notes'), p('Mum will go through it again with Kai on 6 January 2027.')]), 'review-date')).toBe(false);
  });
  test('"The pre-proceedings period is expected to last 16 weeks" says how long', () => {
    expect(present(run([h('Notes'), p('The pre-proceedings period is expected to last 16 weeks.')]), 'duration')).toBe(true);
    expect(present(run([h('Notes'), p('Mum is expected to ring the school by 9am.')]), 'duration')).toBe(false);
  });
});

describe('an action table under the worries holds the tasks', () => {
  test('"What needs to change | What will happen | Who | By when" below "What are the worries?"', () => {
    const result = run([
      h('What are the worries?'),
      p('Kai has missed 12 days of school since September.'),
      ...row(0, 0, 'What needs to change', 'What will happen', 'Who', 'By when'),
      ...row(0, 1, 'Kai is in school every day', 'Walk Kai to the school gate at 8.40am every school day', 'Mum', 'From 7 December 2026'),
      ...row(0, 2, '', 'See Kai on his own at school every other Friday at 2pm', 'Priya Das (social worker)', 'From 11 December 2026'),
    ]);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(present(result, 'concerns')).toBe(true);
  });
});

describe('a signature box of bare names', () => {
  const signed = (...rows: string[][]) => present(run([h('If something goes wrong'), p('If Kai is not home by 9pm, Mum will ring Priya the next morning.'), ...rows.flatMap((cells, r) => row(0, r, ...cells))]), 'signatures');
  test('first names and a worker\u2019s name, each with an empty cell beside it', () => {
    expect(signed(['Donna', ''], ['Craig', ''], ['Priya Mann', ''])).toBe(true);
    expect(signed(['Name', '', 'Date'], ['Donna Ash', '', ''], ['Priya Mann', '', ''])).toBe(true);
  });
  test('a form\u2019s empty fields are not a signature box', () => {
    expect(signed(['Address', ''], ['Phone', ''], ['School', ''])).toBe(false);
    expect(signed(['Donna', ''], ['Craig', '07700 900 123'], ['Priya Mann', ''])).toBe(false);
  });
});

describe('more of the labels councils use', () => {
  test.each([
    ['Agreement with', 'participants'],
    ['Names of those involved', 'participants'],
    ['Name(s) of child(ren)', 'child-details'],
    ['Unborn baby', 'child-details'],
    ['WA number', 'agreement-number'],
    ['Date this plan was made', 'date'],
    ['Effective from', 'date'],
    ['Complicating factors', 'concerns'],
    ['Reason for involvement', 'concerns'],
    ['Presenting issues', 'concerns'],
    ['Reasons for the agreement', 'purpose'],
    ['Escalation', 'contingency'],
    ['Monitoring arrangements', 'review-date'],
    ['Authorised by', 'team-manager-signature'],
    ['Manager\u2019s approval', 'team-manager-signature'],
    ['Bottom lines', 'family-commitments'],
    ['Non-negotiables', 'family-commitments'],
    // Not parts of the agreement, or other parts.
    ['NHS number', null],
    ['Baby\u2019s father', null],
    ['Escalation of concerns to the police', 'concerns'],
    ['Date of next review', 'review-date'],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase().replace(/\u2019/g, "'"))).toBe(section);
  });
});

describe('the date from a line recording when the plan was agreed, wherever it sits', () => {
  const filler = Array.from({ length: 16 }, (_, k) => li(`Mum will ring the school on Monday ${k + 1}.`));
  test('"Agreed on 9 December 2026 by …" far down the agreement', () => {
    expect(present(run([h('Our plan', 1), h('What Mum will do'), ...filler, p('Agreed on 9 December 2026 by Kim, Sam and Priya Das.')]), 'date')).toBe(true);
  });
  test('an expected date of delivery is not the date of the agreement', () => {
    expect(present(run([h('Pre-birth plan', 1), p('Unborn baby Lowe, EDD 2 February 2027'), h('What Mum will do'), ...filler]), 'date')).toBe(false);
    expect(present(run([h('Our plan', 1), h('What Mum will do'), ...filler, p('Mum agreed on the phone to ring the school.')]), 'date')).toBe(false);
  });
});

describe('the next meeting of the people around the plan is its review', () => {
  test.each([
    ['Next TAF meeting', 'review-date'],
    ['Next core group', 'review-date'],
    ['Next family network meeting', 'review-date'],
    ['Next visit', null],
  ])('%s', (label, section) => {
    expect(classifyLabel(label.toLowerCase())).toBe(section);
  });
  const reviewed = (text: string) => present(run([h('What Mum will do'), li('Mum will take Kai to school by 8.45am every day.'), h('Other information'), p(text)]), 'review-date');
  test.each(['Our next TAF meeting is on 19 January 2027 at the family hub.', 'The plan will be revisited on 3 March 2027.'])('%s', (text) => {
    expect(reviewed(text)).toBe(true);
  });
  test.each(['The next visit from the health visitor is on 3 March 2027.', 'Next, Mum will ring the school on 3 March 2027.'])('not a review: %s', (text) => {
    expect(reviewed(text)).toBe(false);
  });
});

describe('in a letter to a parent, "I" is the social worker who writes it', () => {
  const letter = (greeting: string) => run([p(greeting), p('We are worried that Kai has missed 14 days of school this term.'), h('What I will do'), li('Visit you and Kai every Thursday at 4pm.'), li('I will ring the school by 11 December 2026.'), p('Yours sincerely,'), p('Priya Das')]);
  test('"Dear Ms Carter": the writer\u2019s lines are the professionals\u2019 part, not the family\u2019s', () => {
    const result = letter('Dear Ms Carter,');
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(present(result, 'family-commitments')).toBe(false);
  });
  test('a child writing "Dear Mum": "I" is the child', () => {
    const result = letter('Dear Mum,');
    expect(present(result, 'professional-commitments')).toBe(false);
    expect(present(result, 'family-commitments')).toBe(true);
  });
});

describe('a letter of expectation whose title names the children', () => {
  test('"Letter of Expectation \u2013 Leo Dyce (born …)" is the title, not the expectations', () => {
    expect(classifyLabel('letter of expectation \u2013 leo dyce (born 3 april 2022)')).toBe(null);
    expect(classifyLabel('expectations of parents')).toBe('family-commitments');
  });
  const has = (text: string, id: keyof AnalysisResult['sections']) => present(run([h('Notes'), p(text)]), id);
  test('its clauses: how long the expectations last, and copies being sent', () => {
    expect(has('These expectations will stay in place until 24 February 2027.', 'duration')).toBe(true);
    expect(has('Copies of this letter are being sent to Ms Lowe and Little Owls Nursery.', 'copies')).toBe(true);
    expect(has('Our expectations of you are set out below.', 'duration')).toBe(false);
  });
});

describe('a young person\u2019s own words for the parts', () => {
  test('"Who\u2019s in this?" names the parties', () => {
    expect(classifyLabel("who's in this")).toBe('participants');
    expect(classifyLabel("who's in charge of lifts")).toBe(null);
  });
  const has = (text: string, id: keyof AnalysisResult['sections']) => present(run([h('My plan', 1), p(text)]), id);
  test('"We sorted this out at Auntie Jo\u2019s on 10 December 2026" dates it', () => {
    expect(has('We sorted this out at Auntie Jo\u2019s on 10 December 2026.', 'date')).toBe(true);
    expect(has('We sorted out the bus pass on Friday.', 'date')).toBe(false);
  });
  test('"this isn\u2019t a legal document" is the legal notice', () => {
    expect(has('Mark says this isn\u2019t a legal document and I can ask for a solicitor.', 'legal-notice')).toBe(true);
    expect(has('Mark says the legal team isn\u2019t involved.', 'legal-notice')).toBe(false);
  });
  test('"Me: ______ Auntie Jo: ______" are signature lines', () => {
    expect(has('Me: ____________   Auntie Jo: ____________   Mum: ____________', 'signatures')).toBe(true);
    expect(has('Phone: ____________   Email: ____________', 'signatures')).toBe(false);
  });
});

describe('a plan told as a story: where it was made, what happened, what a breach leads to', () => {
  const has = (text: string, id: keyof AnalysisResult['sections']) => present(run([h('Written agreement', 1), p(text)]), id);
  test.each([
    ['This agreement was made at a family meeting at the Oak Centre on 8 December 2026 between Dad, Mum and Nan.', 'date'],
    ['On 14 November the nursery manager called the police when Dad arrived after drinking.', 'concerns'],
    ['Any breach of this agreement will lead to a meeting within two working days.', 'contingency'],
  ] as const)('%s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });
  test.each([
    ['Nan will call the police if Dad comes to the house.', 'concerns'],
    ['This agreement was made at the Oak Centre.', 'date'],
  ] as const)('not it: %s', (text, id) => {
    expect(has(text, id)).toBe(false);
  });
  test('a reference with dashes in the page header ("WA-2026-0881") is the number; a date with dashes is not', () => {
    const numbered = (header: string) => present(run([{ kind: 'paragraph', text: header, origin: 'header' }, h('Written agreement', 1), h('What Mum will do'), p('Mum will ring the school by 9am.')]), 'agreement-number');
    expect(numbered('WA-2026-0881')).toBe(true);
    expect(numbered('Printed 08-12-2026')).toBe(false);
  });
});

describe('a form with the parties as its columns', () => {
  test('"Agreed at" gives the date; a "Sign" row under the parties\u2019 names is the signature box', () => {
    const result = run([
      h('Child in Need Agreement', 1),
      ...row(0, 0, 'Agreed at', 'Child in need meeting, Hill School, 7 December 2026'),
      h('What Mum will do'),
      li('Mum will walk Kai to school for 8.45am every school day.'),
      ...row(1, 0, '', 'Mum', 'Dad', 'Social worker'),
      ...row(1, 1, 'Sign', '', '', ''),
      ...row(1, 2, 'Date', '', '', ''),
    ]);
    expect(present(result, 'date')).toBe(true);
    expect(present(result, 'signatures')).toBe(true);
  });
  test('a label table ending in a "Signed" row keeps its first row\u2019s own part', () => {
    const result = run([...row(0, 0, 'Agreement number', '4'), ...row(0, 1, 'What we are worried about', 'Kai has missed 9 days of school.'), ...row(0, 2, 'Signed', '')]);
    expect(present(result, 'agreement-number')).toBe(true);
    expect(present(result, 'signatures')).toBe(true);
  });
  test('a row of times under the parties is not a signature box', () => {
    expect(present(run([...row(0, 0, '', 'Mum', 'Dad'), ...row(0, 1, 'Saturday', '10am to 12pm', '2pm to 4pm')]), 'signatures')).toBe(false);
  });
});

describe('a visit record: the date of the visit, a worker coming out, who gets a copy', () => {
  const has = (text: string, id: keyof AnalysisResult['sections']) => present(run([h('Agreement', 1), p(text)]), id);
  test.each([
    ['Present at the home visit on 9 December 2026: Marie, Ian and Beth Ridley (social worker).', 'date'],
    ['If another tablet is found where Ava can reach it, Beth will come out the same day and agree a new plan.', 'contingency'],
    ['Everyone in the network gets a copy of this plan.', 'copies'],
  ] as const)('%s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });
  test.each([
    ['Mum will be present at the next meeting on 9 January 2027.', 'date'],
    ['If Ava is poorly, Nan will come too.', 'contingency'],
    ['Everyone gets a copy of the school timetable.', 'copies'],
  ] as const)('not it: %s', (text, id) => {
    expect(has(text, id)).toBe(false);
  });
});

describe('a table of people\u2019s tasks signed row by row', () => {
  test('"Name | What they will do | Phone | Signed" holds the signatures as well as the tasks', () => {
    const result = run([h('Who is in the network'), ...row(0, 0, 'Name', 'What they will do', 'Phone', 'Signed'), ...row(0, 1, 'Nana Denise', 'Have Isla and Chloe to live at her house from today.', '01632 960111', '')]);
    expect(present(result, 'signatures')).toBe(true);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(run([h('Who is in the network'), ...row(0, 0, 'Name', 'What they will do', 'Phone'), ...row(0, 1, 'Nana Denise', 'Have Isla and Chloe to live at her house from today.', '01632 960111')]), 'signatures')).toBe(false);
  });
});

describe('"Date of …: <date>": the label before the colon says what the line is', () => {
  test.each(['Date of plan: 3 December 2026', 'Date of this safety plan: 3 December 2026', 'Plan date: 3 December 2026'])('the agreement date: %s', (line) => {
    const result = run([h('Keeping Theo safe', 1), p(line), h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
    expect(present(result, 'date')).toBe(true);
  });
  test.each(['Date of birth: 3 December 2019', 'Date of next review: 3 March 2027', 'Date of child protection plan: 3 November 2026'])('not the agreement date: %s', (line) => {
    const result = run([h('Keeping Theo safe', 1), p(line), h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
    expect(present(result, 'date')).toBe(false);
  });
});

describe('a details table: how long it lasts, the meeting that made it; what happened; asking a solicitor', () => {
  const plan = (...blocks: Block[]) => run([h('Family plan', 1), ...blocks, h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
  test.each(['Lasts until', 'Runs until', 'Plan ends'])('"%s" labels the duration', (label) => {
    expect(present(plan(...row(1, 0, label, 'The end of the school term, 19 March 2027')), 'duration')).toBe(true);
  });
  test('the core group that made it dates it; the next one does not', () => {
    expect(present(plan(...row(1, 0, 'Core group date', '4 December 2026')), 'date')).toBe(true);
    expect(present(plan(...row(1, 0, 'Next core group date', '4 January 2027')), 'date')).toBe(false);
  });
  test('a past assault told under the aims is a worry', () => {
    expect(present(plan(h('Why this plan'), p('Theo went into foster care in May after his dad attacked his mum in the kitchen.')), 'concerns')).toBe(true);
    expect(present(plan(h('Why this plan'), p('So that Theo can stay at home and enjoy school.')), 'concerns')).toBe(false);
  });
  test('telling the parent they can ask their own solicitor is the legal notice', () => {
    expect(present(plan(p('If you do not agree with this plan you can talk to your solicitor about it.')), 'legal-notice')).toBe(true);
    expect(present(plan(p('Kim will send a copy to the children\u2019s solicitor.')), 'legal-notice')).toBe(false);
  });
});

describe('said in passing: who made it, why, and when it was typed up', () => {
  const plan = (...blocks: Block[]) => run([h('Family plan', 1), ...blocks, h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
  test('"It was made by …" names the participants', () => {
    expect(present(plan(p('It was made by Theo, his mum Jade, his nan Rita and his social worker Kim Hale.')), 'participants')).toBe(true);
    expect(present(plan(p('It was raining when Kim Hale visited.')), 'participants')).toBe(false);
  });
  test('a letter to a parent by first name names its parties', () => {
    expect(present(run([p('Dear Jade,'), p('You will walk Theo to school by 8.45am every day.'), p('Yours sincerely, Kim Hale, Social Worker')]), 'participants')).toBe(true);
  });
  test.each([
    'I am writing after our visit on 2 December to set out what we have agreed with you.',
    'We met on Tuesday. The purpose is to keep Theo safe at home.',
    'It says who does what on school mornings, so that everyone knows what is happening.',
  ])('the purpose said in passing: %s', (line) => {
    expect(present(plan(p(line)), 'purpose')).toBe(true);
  });
  test('"written 30 November 2026" in the footer dates it', () => {
    expect(present(run([h('Family plan', 1), { kind: 'paragraph', text: 'Theo\u2019s plan \u00b7 written 30 November 2026 \u00b7 version 2', origin: 'footer' }, h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]), 'date')).toBe(true);
  });
});

describe('a part is there only when it says what the part is for', () => {
  test('the children named with their dates of birth left blank are not the child\u2019s details', () => {
    const blank = run([bold('Children: Rhys and Megan Thorne'), { kind: 'paragraph', text: 'Dates of birth: (enter a date)', placeholders: [{ start: 16, end: 30 }] }]);
    expect(present(blank, 'child-details')).toBe(false);
    const filled = run([bold('Children: Rhys Thorne (born 2 March 2017) and Megan Thorne, who is nine')]);
    expect(present(filled, 'child-details')).toBe(true);
  });

  test('"while the plan is in place" is a condition, not how long the plan lasts', () => {
    expect(present(run([li('Dean will stay away from the flat while this plan is in place.')]), 'duration')).toBe(false);
    expect(present(run([p('As long as the arrangements are in place, Nan will do the school run.')]), 'duration')).toBe(false);
    expect(present(run([p('These arrangements are in place until Freya\u2019s next hearing on 9 March 2027.')]), 'duration')).toBe(true);
  });

  test('how long a stage or a process lasts, with an aside between', () => {
    expect(present(run([p('This part of the process, while the assessment is done, will run for twelve weeks.')]), 'duration')).toBe(true);
    expect(present(run([p('The course Dad has signed up for is expected to last ten weeks.')]), 'duration')).toBe(false);
    expect(present(run([p('This phase, which began in October, is expected to last about ten weeks.')]), 'duration')).toBe(true);
  });

  test('a contingency put off to a meeting has no step anyone will take', () => {
    const deferred = run([h('If this does not work'), p('To be agreed at the next meeting.')]);
    expect(present(deferred, 'contingency')).toBe(false);
    const step = run([h('If this does not work'), p('Lauren (family worker) will ring Mum within two days and we will meet to change the plan.')]);
    expect(present(step, 'contingency')).toBe(true);
  });
});

describe('why the plan is made and what happened, in other words', () => {
  test.each([
    'This plan spells out where Ben will sleep and who will look after him while Mum is in hospital.',
    'This agreement makes clear who will do what to keep Ellie safe at home.',
    'This written agreement explains when Jordan will see his dad.',
  ])('%s', (sentence) => {
    expect(present(run([p(sentence)]), 'purpose')).toBe(true);
  });

  test.each([
    'Kian came into nursery on Monday with a bruise on his cheek that nobody could explain.',
    'Visits are supervised because Dad was drinking before the last two visits.',
    'Mum is in early recovery from heroin and has a key worker at Pathways.',
  ])('%s', (sentence) => {
    expect(present(run([p(sentence)]), 'concerns')).toBe(true);
  });

  test('a plan about a bruise cream is no worry', () => {
    expect(present(run([p('Mum will put the cream on Kian\u2019s eczema every night.')]), 'concerns')).toBe(false);
  });
});

describe('whose tasks, whatever the heading or layout calls them', () => {
  test('"What we\u2019ve all agreed" holds everyone\u2019s tasks, not only the council\u2019s', () => {
    const result = run([h('What we\u2019ve all agreed'), li('Kayleigh will put Noah down in his cot for every sleep.'), li('Priya Shah (health visitor) will visit every Thursday at 10am.')]);
    expect(present(result, 'family-commitments')).toBe(true);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(classifyLabel('what we have agreed')).toBe('tasks');
    expect(classifyLabel('what we will do')).toBe('professional-commitments');
  });

  test('a table with the parties as columns and an empty corner cell', () => {
    const result = run([
      ...row(0, 0, '', 'Nan', 'Dad', 'Family worker'),
      ...row(0, 1, 'Jobs', 'Collect Lily from school every Wednesday at 3pm', 'Ring Lily every Sunday at 6pm', 'Book the parenting course for Dad by 18 December 2026'),
    ]);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(present(result, 'family-commitments')).toBe(true);
  });

  test.each([
    ['Family worker \u2013 book Dad onto the parenting course by 18 December 2026', 'professional'],
    ['Refer Dylan to the school counsellor by Friday \u2013 school nurse', 'professional'],
    ['Grandad to pick Dylan up from football every Thursday at 7pm', 'family'],
  ])('a line in note form names who does it: %s', (line, party) => {
    const result = run([h('Actions'), li(line)]);
    expect(partyOf(result, line)).toBe(party);
  });

  test('a professional named in a form\u2019s "Social worker" row is a professional when the tasks use the first name', () => {
    const result = run([...row(0, 0, 'Social worker:', 'Jo Pearce'), ...row(0, 1, 'Parent:', 'Kelly Dunn'), h('Actions'), li('Jo will visit Kelly at home every Monday at 2pm.'), li('Kelly will take Mia to nursery every weekday by 9am.')]);
    expect(present(result, 'professional-commitments')).toBe(true);
    expect(partyOf(result, 'Jo will visit Kelly at home every Monday at 2pm.')).toBe('professional');
  });
});

describe('who gets a copy: a label about copies, not a line that mentions one', () => {
  test.each(['Copies to', 'Who gets a copy', 'Distribution list', 'Who will receive this plan', 'Copy of this agreement given to'])('a copies label: %s', (label) => {
    expect(classifyLabel(label.toLowerCase())).toBe('copies');
  });
  test.each(['Make the referral for Liam and send Shannon a copy', 'Jade\u2019s own safety plan (written with Sam and shared with Jade\u2019s agreement)'])('not a copies label: %s', (label) => {
    expect(classifyLabel(label.toLowerCase())).not.toBe('copies');
  });
});

describe('professionals introduced without brackets or "your"; a check-in date; "we wrote this down to help"', () => {
  const tasks = (...blocks: Block[]) => run([h('Keeping in touch', 1), ...blocks, h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
  test.each([
    'This agreement is between Jade Ross, Theo\u2019s mum; and Ruth Okon, social worker.',
    'It was made by Theo, his mum Jade and his social worker Ruth Okon.',
  ])('a name with its role makes "What Ruth will do" the professionals\u2019 part: %s', (intro) => {
    const result = tasks(p(intro), h('What Ruth will do'), li('Ruth will book the room at the community centre by 4 December 2026.'));
    expect(present(result, 'professional-commitments')).toBe(true);
  });
  test('a weekday before a comma is no name', () => {
    const result = tasks(p('Theo sees his dad every Saturday, with family time worker Lee Dobson there.'), h('What Saturday will do'), li('Saturday will be a day out.'));
    expect(present(result, 'professional-commitments')).toBe(false);
  });
  test('"Check-in date" is the review', () => {
    expect(present(tasks(p('Check-in date: 20 January 2027, at Nan\u2019s.')), 'review-date')).toBe(true);
  });
  test('"We wrote this down to help …" states the purpose', () => {
    expect(present(tasks(p('We wrote this down to help the three of you stay close now that you live apart.')), 'purpose')).toBe(true);
  });
});

describe('a reference code with one dash in the page header numbers the agreement', () => {
  const withHeader = (header: string) => run([{ kind: 'paragraph', text: header, origin: 'header' }, h('Family plan', 1), h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
  test('"FT-0912"', () => expect(present(withHeader('Family Time Agreement \u00b7 FT-0912'), 'agreement-number')).toBe(true));
  test('not "Covid-19" or a year range', () => {
    expect(present(withHeader('Family Time Agreement \u00b7 Covid-19 rules apply'), 'agreement-number')).toBe(false);
    expect(present(withHeader('Family Time Agreement \u00b7 2026-2027'), 'agreement-number')).toBe(false);
  });
});

describe('more plain labels and sentences: "Agreed between", "Lasts:", "Next time we talk about it", copies, what the school told us', () => {
  const plan = (...blocks: Block[]) => run([h('Family plan', 1), ...blocks, h('What Mum will do'), li('Mum will walk Theo to school by 8.45am every day.')]);
  test('"Agreed between:" names the participants', () => expect(present(plan(p('Agreed between: Jade Ross and Westfield Children\u2019s Services')), 'participants')).toBe(true));
  test('"Lasts:" gives the duration', () => expect(present(plan(p('Lasts: eight weeks from 1 December 2026.')), 'duration')).toBe(true));
  test('"Next time we talk about it" is the review', () => expect(present(plan(h('Next time we talk about it'), p('Thursday 14 January 2027 at 4pm, at home.')), 'review-date')).toBe(true));
  test('"Everyone who helped make this plan gets a copy."', () => expect(present(plan(p('Everyone who helped make this plan gets a copy.')), 'copies')).toBe(true));
  test('"gets a copy of the leaflet" is no copies line', () => expect(present(plan(p('Jade gets a copy of the leaflet about safe sleeping.')), 'copies')).toBe(false));
  test.each(['The school told us Theo had come in hungry on four mornings.', 'There was no food in the house when Kim visited.'])('a worry told plainly: %s', (line) => {
    expect(present(plan(h('Background'), p(line)), 'concerns')).toBe(true);
  });
  test('"I am writing, as promised, so that …" states the purpose', () => expect(present(plan(p('I am writing, as promised, so that you have our plan in writing.')), 'purpose')).toBe(true));
});

describe("a council form's content controls name their fields by title or tag", () => {
  const field = (controlTitle: string | undefined, tag: string | undefined, text: string, placeholder = false): Block => ({ kind: 'paragraph', text, controlTitle, tag, ...(placeholder ? { placeholder } : {}) });

  test('fields with no visible label land in the part their title or tag names', () => {
    const result = run([
      h('Written agreement', 1),
      field('Contingency plan', 'Text12', 'Nan will look after Poppy at her house and I will call a meeting within two days.'),
      field('', 'ReviewDate', 'We will meet again on 12 January 2027 at the family centre.'),
      field('Text5', 'txtCopiesTo', 'Mum, Dad, Oakfield Primary School, the health visitor.'),
    ]);
    expect(present(result, 'contingency')).toBe(true);
    expect(present(result, 'review-date')).toBe(true);
    expect(present(result, 'copies')).toBe(true);
  });

  test("a council policy's own heading names a field's part, as it names a label's", () => {
    registerPolicy(resolvePolicy({ id: 'control-title-policy', name: 'Control title test council', extends: 'default', sectionHeadings: { purpose: ['Box 7'] } }));
    const blocks = [h('Written agreement', 1), field('Box 7', 'Text9', 'Keeping Poppy safe from falls at home.')];
    expect(present(analyse(blocks, { today: TODAY, profile: 'control-title-policy' }), 'purpose')).toBe(true);
    expect(present(run(blocks), 'purpose')).toBe(false);
  });

  test('a tag on a field among other words names no part', () => {
    const result = run([h('Written agreement', 1), field(undefined, 'ContingencyPlan', 'Signed: Dana Reid, 3 December 2026')]);
    expect(present(result, 'contingency')).toBe(false);
  });

  test('a field still showing its placeholder leaves its part missing; a field named only "Date" or "Text1" names no part', () => {
    const result = run([
      h('Written agreement', 1),
      field('Contingency plan', undefined, 'Click or tap here to enter text.', true),
      h('Review', 2),
      field('Date', 'Text1', '12 January 2027'),
    ]);
    expect(present(result, 'contingency')).toBe(false);
    expect(present(result, 'review-date')).toBe(true);
  });
});

describe('letters and forms as councils send them: titles, dates, references and sign-offs', () => {
  const footer = (text: string): Block => ({ kind: 'paragraph', text, origin: 'footer' });
  const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
  const tasks = [h('What you will do'), li('Ola will take Remi to nursery every weekday by 9am.')];

  test('a title naming the child with an age or a birth gives the child\u2019s details, and the sentences under it count', () => {
    expect(classifyLabel('letter of expectation regarding poppy lund (aged 4)')).toBe(null);
    expect(classifyLabel('written undertaking for marek nowak')).toBe(null);
    const result = run([p('Dear Sian,'), bold('Letter of expectation regarding Poppy Lund (aged 4)'), p('I am writing to explain what needs to change at home before Christmas.'), ...tasks]);
    expect(present(result, 'child-details')).toBe(true);
    expect(present(result, 'purpose')).toBe(true);
    expect(present(run([p('Dear Sian,'), h('Letter before proceedings: Poppy and Alfie Lund', 1), ...tasks]), 'child-details')).toBe(false);
  });

  test('a letter dated under a line such as "STRICTLY CONFIDENTIAL" is dated', () => {
    expect(present(run([bold('STRICTLY CONFIDENTIAL'), p('3 March 2027'), p('Dear Ola,'), ...tasks]), 'date')).toBe(true);
    expect(present(run([bold('STRICTLY CONFIDENTIAL'), p('Dear Ola,'), ...tasks]), 'date')).toBe(false);
  });

  test('a page header or footer that is a title with a date dates the document; a review or a birth in it does not', () => {
    expect(present(run([h('Our plan', 1), ...tasks, footer('Safety plan for Remi Ash \u2014 14 January 2027')]), 'date')).toBe(true);
    expect(present(run([h('Our plan', 1), ...tasks, footer('Remi Ash, born 14 January 2024')]), 'date')).toBe(false);
    expect(present(run([h('Our plan', 1), ...tasks, footer('Looked at again on 14 January 2027')]), 'date')).toBe(false);
  });

  test('the meeting that made the plan, as a label cell near the top, dates it; the next one does not', () => {
    expect(present(run([h('Plan', 1), ...row(0, 0, 'Planning visit', '9 February 2027, at Ola\u2019s flat'), ...tasks]), 'date')).toBe(true);
    expect(present(run([h('Plan', 1), ...row(0, 0, 'Next visit', '9 February 2027, at Ola\u2019s flat'), ...tasks]), 'date')).toBe(false);
  });

  test('the party giving the agreement on a day dates it: "we make this agreement with the council on …"', () => {
    expect(present(run([h('Our promise', 1), p('We, Dina and Paul Aziz (Remi\u2019s parents, Remi born 1 May 2019), make this agreement with Harrow Vale Council on 2 February 2027.'), ...tasks]), 'date')).toBe(true);
    expect(present(run([h('Our promise', 1), p('We, Dina and Paul Aziz, make this agreement with Harrow Vale Council.'), ...tasks]), 'date')).toBe(false);
  });

  test('a case or referral number with a slash in the page header numbers the document; a phone number does not', () => {
    expect(present(run([header('Family time centre \u2014 case 2027/455'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(true);
    expect(present(run([header('Family time centre \u2014 01632 960455'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(false);
  });

  test('places to sign drawn with ellipsis characters are signature lines; a phone field is not', () => {
    expect(present(run([...tasks, p('Signed (carer) \u2026\u2026\u2026\u2026\u2026   Signed (worker) \u2026\u2026\u2026\u2026\u2026')]), 'signatures')).toBe(true);
    expect(present(run([...tasks, p('Phone \u2026\u2026\u2026\u2026\u2026   Mobile \u2026\u2026\u2026\u2026\u2026')]), 'signatures')).toBe(false);
  });

  test('a letter closed and signed by its writer is signed; signed by the team manager alone, it has only the countersignature', () => {
    const letter = (closing: string, name: string) => run([p('Dear Ola,'), ...tasks, p(closing), p(name)]);
    expect(present(letter('Yours faithfully,', 'Priya Dhillon\nSocial Worker'), 'signatures')).toBe(true);
    expect(present(letter('With kind regards,', 'Mr Tom Faulds, family support worker'), 'signatures')).toBe(true);
    const manager = letter('Kind regards,', 'Owen Blake, Team Manager');
    expect(present(manager, 'signatures')).toBe(false);
    expect(present(manager, 'team-manager-signature')).toBe(true);
    expect(present(letter('Please ring me if anything is unclear.', 'Priya Dhillon'), 'signatures')).toBe(false);
  });

  test('how long a stage usually lasts is its duration', () => {
    expect(present(run([...tasks, p('The assessment phase usually runs for twelve weeks from the first visit.')]), 'duration')).toBe(true);
    expect(present(run([...tasks, p('The plan usually works best when everyone keeps to it.')]), 'duration')).toBe(false);
  });

  test('where the form has its own review box, "until the review meeting on …" elsewhere is when it ends, not its review', () => {
    const lasting = (r: number) => row(0, r, 'Duration', 'Until the review meeting on 4 March 2027');
    expect(present(run([...tasks, ...row(0, 0, 'Review date', 'When the core group next meets'), ...lasting(1)]), 'review-date')).toBe(false);
    expect(present(run([...tasks, ...row(0, 0, 'Name', 'Ola Ash'), ...lasting(1)]), 'review-date')).toBe(true);
  });
});

describe('more classes from forms and plans councils write', () => {
  const tasks = [h('What you will do'), li('Leah will take Noor to the baby clinic every Thursday at 10am.')];
  const with_ = (...blocks: Block[]) => run([h('Plan for Noor', 1), ...blocks, ...tasks]);

  test('a label saying where the document goes names the copies', () => {
    expect(classifyLabel('letter handed to')).toBe('copies');
    expect(classifyLabel('the plan emailed to')).toBe('copies');
    expect(present(with_(bold('Agreement given to: Leah, Marc, the health visitor')), 'copies')).toBe(true);
    expect(classifyLabel('sent to school')).not.toBe('copies');
  });

  test('a step for when things go well is not a contingency; the same step for when they do not is', () => {
    expect(present(with_(p('Should things calm down at home, Jo will talk with Leah about ending the plan.')), 'contingency')).toBe(false);
    expect(present(with_(p('If things do not calm down at home, Jo will call a meeting with Leah and her mum.')), 'contingency')).toBe(true);
  });

  test('the family not keeping to what the document asks, by any name for it, opens a contingency', () => {
    expect(present(with_(p('If either parent refuses to keep to these rules, the council will ask the family to a meeting.')), 'contingency')).toBe(true);
    expect(present(with_(p('If these conditions are not met, Jo will talk to her manager.')), 'contingency')).toBe(true);
    expect(present(with_(p('If you need to change these rules, talk to Jo first.')), 'contingency')).toBe(false);
  });

  test('a manager\u2019s place that says nobody ("N/A", or a name still a prompt under "Signed") is no countersignature', () => {
    const signed = (manager: string) => run([...tasks, ...row(0, 0, 'Name', 'Role', 'Signature', 'Date'), ...row(0, 1, 'Leah Moss', 'Mother', '', ''), ...row(0, 2, manager, 'Team manager', '', '')]);
    expect(present(signed('Not applicable'), 'team-manager-signature')).toBe(false);
    expect(present(signed('Ama Boateng'), 'team-manager-signature')).toBe(true);
    const names = (manager: string) => run([...tasks, ...row(0, 0, 'Signed', 'Date'), ...row(0, 1, 'Leah Moss', '2/3/2027'), ...row(0, 2, manager, '')]);
    expect(present(names('Team manager: Click or tap here to enter text.'), 'team-manager-signature')).toBe(false);
    expect(present(names('Team manager: Ama Boateng'), 'team-manager-signature')).toBe(true);
  });

  test('what happened, told as a drug found, a threat with a weapon, or why the family asked for help, is the worries', () => {
    const why = (text: string) => present(run([h('Plan for Noor', 1), h('Why this plan'), p(text), ...tasks]), 'concerns');
    expect(why('At Noor\u2019s birth the midwife found traces of heroin in Leah\u2019s blood test.')).toBe(true);
    expect(why('Marc threatened his brother with a hammer at the door last month.')).toBe(true);
    expect(why('Leah asked the family hub for support because Noor has stopped feeding well.')).toBe(true);
    expect(why('So that Noor can grow up safely at home with her mum.')).toBe(false);
    expect(present(run([h('Plan for Noor', 1), h('What Leah will do'), li('Leah will not use heroin or any other drug.')]), 'concerns')).toBe(false);
  });

  test('what happened, told under a commitments label but committing nobody, is the worries', () => {
    const runIn = (label: string, value: string): Block => ({ kind: 'paragraph', text: `${label} ${value}`, boldPrefix: label });
    const result = run([h('Plan for Noor', 1), runIn('Who\u2019s helping:', 'Dana Lowe (family worker), Ben Ross (housing officer) and Noor\u2019s nursery.'), p('Leah asked the family hub for support because Noor has stopped feeding well.'), ...tasks]);
    expect(present(result, 'concerns')).toBe(true);
    expect(present(result, 'participants')).toBe(true);
    expect(present(run([h('Plan for Noor', 1), runIn('Who\u2019s helping:', 'Dana Lowe (family worker) will visit every Monday at 4pm.'), ...tasks]), 'professional-commitments')).toBe(true);
  });

  test('a goals table with its small steps, who and by when: the steps are tasks, the goals say why', () => {
    const goals = (goal: string) => run([h('Our hopes', 1), ...row(0, 0, 'Our goals', 'Little steps towards it', 'Who', 'By when'), ...row(0, 1, goal, 'Leah and Dana go to the baby group at the children\u2019s centre on Wednesdays at 10am.', 'Leah, Dana', 'From 3 March 2027'), ...row(0, 2, 'Housing', 'Ben gets the boiler in the flat repaired and tells Leah the date.', 'Ben Ross (housing officer)', '20 March 2027')]);
    const good = goals('Noor feeding well and putting on weight');
    expect(present(good, 'family-commitments')).toBe(true);
    expect(partyOf(good, 'Leah and Dana go to the baby group at the children\u2019s centre on Wednesdays at 10am.')).toBeDefined();
    expect(present(good, 'purpose')).toBe(true);
    expect(present(goals('Feeding'), 'purpose')).toBe(false);
  });
});

describe('fresh wordings for parts a person recognises at once', () => {
  const tasks = [h('What you will do'), li('Joe will walk Stevie to school every weekday by 8.45am.')];
  const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
  const has = (id: keyof AnalysisResult['sections'], ...blocks: Block[]) => present(run([h('Stevie and Joe', 1), ...blocks, ...tasks]), id);

  test('a document, form or record number in the page header numbers it; a page number does not', () => {
    expect(present(run([header('Family plan \u2014 record no. 3318-A'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(true);
    expect(present(run([header('Family plan \u2014 page 2 of 3'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(false);
  });

  test('rules that "hold" or "stand" until an end give the duration; standing firm does not', () => {
    expect(has('duration', p('These rules hold until the end of the summer term.'))).toBe(true);
    expect(has('duration', p('The rules stand whatever anyone says.'))).toBe(false);
  });

  test('each person keeping a copy of the agreement is the copies; a copy of something else is not', () => {
    expect(has('copies', p('Joe keeps one copy and Stevie\u2019s gran keeps the other.'))).toBe(true);
    expect(has('copies', p('Joe will keep a copy of the school timetable on the fridge.'))).toBe(false);
  });

  test('a child "now 9" gives an age; "now 9pm" or "now 24 hours" does not', () => {
    expect(has('child-details', p('Stevie, now 9, lives with his dad.'))).toBe(true);
    expect(has('child-details', p('Stevie can ring, now 24 hours a day, on the new number.'))).toBe(false);
  });

  test('the police arresting or removing someone is a worry; the police visiting a class is not', () => {
    expect(has('concerns', p('Last month the police arrested Mr Lane on the landing outside the flat.'))).toBe(true);
    expect(has('concerns', p('The police came to talk to Stevie\u2019s class about road safety.'))).toBe(false);
  });

  test('"Noah made this with his foster carer and …" names the parties', () => {
    expect(has('participants', p('Noah made this with his foster carer Jen and Sam from the youth team.'))).toBe(true);
    expect(has('participants', p('Noah made a birthday card.'))).toBe(false);
  });

  test('a form\u2019s "Filled in on" dates it', () => {
    expect(has('date', ...row(0, 0, 'Filled in on', '3 February 2027'))).toBe(true);
    expect(has('date', ...row(0, 0, 'Filled in by', 'Pat Kaur'))).toBe(false);
  });

  test('a heading about coming back to it "again" is the review; a thing happening again is the contingency', () => {
    expect(classifyLabel('round the table again')).toBe('review-date');
    expect(classifyLabel('if it happens again')).toBe('contingency');
    expect(classifyLabel('never again')).toBe(null);
  });

  test('"Stuff I\u2019ll do", "Stuff Mum\u2019s going to do": the family\u2019s part', () => {
    expect(classifyLabel("stuff i'll do")).toBe('family-commitments');
    expect(classifyLabel("stuff mum's going to do")).toBe('family-commitments');
  });

  test('the opening line listing who met with their roles, and the day, dates the agreement', () => {
    expect(present(run([h('Kinship Care Agreement', 1), p('In the family room on 2 February 2027: Joe Brant (dad), Ellie Brant (mum) and Pat Kaur (social worker).'), ...tasks]), 'date')).toBe(true);
    expect(present(run([h('Kinship Care Agreement', 1), p('In the family room: Joe Brant (dad), Ellie Brant (mum) and Pat Kaur (social worker).'), ...tasks]), 'date')).toBe(false);
  });
});

describe('documents with few or no headings: emails, numbered paragraphs, codes in the header', () => {
  const titled = (text: string): Block => ({ kind: 'heading', level: 1, style: 'Title', text });
  const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
  const tasks = [h('What Sam will do'), li('Sam will take Ava to nursery by 9am each weekday.')];

  test('a parent "may seek their own legal advice" is the legal notice; someone\u2019s advice reported is not', () => {
    expect(present(run([...tasks, p('Either carer may seek their own legal advice about this plan.')]), 'legal-notice')).toBe(true);
    expect(present(run([...tasks, p('Dad\u2019s own legal advice was to say nothing at the meeting.')]), 'legal-notice')).toBe(false);
  });

  test('"Approved:" with the manager is the countersignature', () => {
    expect(classifyLabel('approved')).toBe('team-manager-signature');
    expect(present(run([...tasks, p('Approved: Ros Kemp (Practice Supervisor)')]), 'team-manager-signature')).toBe(true);
    expect(present(run([...tasks, p('Ros Kemp (Practice Supervisor) chaired the meeting.')]), 'team-manager-signature')).toBe(false);
  });

  test('an email\u2019s From and To lines name the parties and its Cc line the copies', () => {
    const mail = run([p('From: Jo Bell (family worker)\nTo: Sam Reid\nCc: Oak Nursery; Dr Shah\nSubject: Our plan for Ava'), ...tasks]);
    expect(present(mail, 'participants')).toBe(true);
    expect(present(mail, 'copies')).toBe(true);
    const subject = run([p('Subject: Our plan for Ava'), ...tasks]);
    expect(present(subject, 'participants')).toBe(false);
    expect(present(subject, 'copies')).toBe(false);
  });

  test('"we\u2019re writing it so everyone knows what was agreed" says why', () => {
    expect(present(run([h('Ava', 1), p('We\u2019re writing it down so everyone knows what was agreed.'), ...tasks]), 'purpose')).toBe(true);
    expect(present(run([h('Ava', 1), p('We are doing the school run together on Fridays.'), ...tasks]), 'purpose')).toBe(false);
  });

  test('days off school in figures, or a child often hungry, is a worry; days off planned for a trip are not', () => {
    expect(present(run([h('Ava', 1), p('Ava has been off 9 days since Easter.'), ...tasks]), 'concerns')).toBe(true);
    expect(present(run([h('Ava', 1), p('Nursery say Ava is often hungry at lunchtime.'), ...tasks]), 'concerns')).toBe(true);
    expect(present(run([h('Ava', 1), p('Ava is off 2 days next week for the nursery trip.'), ...tasks]), 'concerns')).toBe(false);
  });

  test('a letter opening "Hello Sam," is the worker\u2019s: its "I will" lines are the professional\u2019s', () => {
    expect(present(run([p('Hello Sam,'), p('I will visit you and Ava every Monday at 4pm.'), p('You will take Ava to nursery by 9am each weekday.')]), 'professional-commitments')).toBe(true);
    expect(present(run([h('My plan', 1), p('I will visit Nan every Monday at 4pm.')]), 'professional-commitments')).toBe(false);
  });

  test('numbered paragraphs under a title and no other heading: the lines that commit someone are tasks', () => {
    const doc = run([titled('Agreement'), li('This is about Ava Reid, aged 3.'), li('Nursery is on Oak Road.'), li('Sam will take Ava to nursery by 9am each weekday.'), li('Jo Bell, the family worker, will visit every Monday at 4pm.'), li('The agreement ends on 1 July 2027.')]);
    expect(present(doc, 'family-commitments')).toBe(true);
    expect(present(doc, 'professional-commitments')).toBe(true);
    expect(present(run([titled('Agreement'), li('This is about Ava Reid, aged 3.'), li('Nursery is on Oak Road.')]), 'family-commitments')).toBe(false);
  });

  test('a code in capitals and figures in the page header numbers the document; an NHS number does not', () => {
    expect(present(run([header('Kinship team        KA 5521'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(true);
    expect(present(run([header('Ava Reid   NHS 943 476 5919'), h('Plan', 1), ...tasks]), 'agreement-number')).toBe(false);
  });
});
