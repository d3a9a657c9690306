import { analyse, classifyLabel, type AnalysisResult, type Block } from '../../src/core';

// Section classes the agreements written unseen (held-out-16 to -18) showed the engine lacked: each
// test is one class, in wordings of its own, with a case that must be recognised and one that must not.

const TODAY = new Date(2026, 11, 6);
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const cell = (table: number, row: number, column: number, text: string, extra: Partial<Block> = {}): Block => ({ kind: 'table-cell', table, row, column, text, ...extra });
const row = (table: number, r: number, ...texts: string[]): Block[] => texts.map((text, column) => cell(table, r, column, text));
/** A row of one cell across the table: a form's title row, or a box of free text. */
const wide = (table: number, r: number, text: string): Block => cell(table, r, 0, text, { fullWidthRow: true });
const run = (blocks: Block[]): AnalysisResult => analyse(blocks, { today: TODAY });
const section = (blocks: Block[], id: keyof AnalysisResult['sections']) => run(blocks).sections[id];
const label = (text: string) => classifyLabel(text.toLowerCase().replace(/\u2019/g, "'"));

describe('headings in the family\u2019s own words', () => {
  test.each([
    ['Why we all met up', 'purpose'],
    ['Why I asked for this', 'purpose'],
    ['Why we\u2019ve put pen to paper', 'purpose'],
    ['Who helped us put it together', 'participants'],
    ['Who helped Gran draw up this plan', 'participants'],
    ['What we\u2019d like from the youth club', 'tasks'],
    ['What I need from Ms Okoro and the school', 'tasks'],
    ['Length of the placement', 'duration'],
    ['This agreement made on', 'date'],
    ['Date we sat down', 'date'],
    ['Who is in Kofi\u2019s world', 'participants'],
    ['Who we are', 'participants'],
    ['Kofi\u2019s details', 'child-details'],
    ['About Kofi', 'child-details'],
    ['Manager\u2019s check', 'team-manager-signature'],
    ['Who\u2019s got a copy', 'copies'],
  ])('"%s" is %s', (text, id) => expect(label(text)).toBe(id));
  test.each([
    ['Why we are worried about Zoe', 'concerns'],
    ['Why we stepped in', 'concerns'],
    ['What we need from you', 'family-commitments'],
    ['What we hope for Zoe', 'purpose'],
    ['About us', null],
    ['Dad\u2019s details', null],
    ['Health checks', null],
  ])('"%s" stays %s', (text, id) => expect(label(text)).toBe(id));
});

describe('a form built as one table, its parts under numbered title rows', () => {
  const form = (contingency: string, afterTitle: string): Block[] => [
    wide(0, 0, 'FAMILY SUPPORT AGREEMENT'),
    ...row(0, 1, 'Child', 'Zoe Pratt, aged 8'),
    wide(0, 2, '1. What Mum will do'),
    wide(0, 3, 'Ellen will walk Zoe to school by 8.50am every weekday.'),
    wide(0, 4, '2. If the plan is not kept to'),
    wide(0, 5, contingency),
    wide(0, 6, afterTitle),
    ...row(0, 7, 'Agreement ends', '31 March 2027'),
    ...row(0, 8, 'Sent to', 'Ellen Pratt, Zoe\u2019s school'),
  ];
  test('a numbered title naming no part ("3. Other details") ends the part above it', () => {
    expect(section(form('Click or tap here to enter text.', '3. Other details'), 'contingency')?.present).toBe(false);
    expect(section(form('Click or tap here to enter text.', 'Part C \u2013 Other details'), 'contingency')?.present).toBe(false);
  });
  test('the part above keeps its own content', () => {
    expect(section(form('If Zoe misses school twice, Sam Diaz (family worker) will arrange a meeting that week.', '3. Other details'), 'contingency')?.present).toBe(true);
  });
  test('a box of free text that is no title does not end it', () => {
    // (A sentence in a wide row is the part's content, numbered or not.)
    expect(section(form('Click or tap here to enter text.', '3. We will all meet again to talk it through if that happens.'), 'contingency')?.present).toBe(true);
  });
  test('"Section B: Why we have this plan" is a title, and the box under it its content', () => {
    const blocks = [wide(0, 0, 'Section A: About Zoe'), ...row(0, 1, 'Child', 'Zoe Pratt, aged 8'), wide(0, 2, 'Section B: Why we have this plan'), wide(0, 3, 'So Zoe gets to school every day and Mum has help with mornings.')];
    expect(section(blocks, 'purpose')).toMatchObject({ present: true, paragraphs: [3, 4] });
  });
  test('a "Who | Will do | By" header part-way down the table makes its rows tasks', () => {
    const blocks = [
      ...row(0, 0, 'Child', 'Zoe Pratt, aged 8'),
      wide(0, 1, '4. Before half term'),
      ...row(0, 2, 'Who', 'Will do', 'By'),
      ...row(0, 3, 'Ellen', 'Take Zoe to the dentist on Ash Road', '18 December'),
      ...row(0, 4, 'Sam Diaz (family worker)', 'Book two sessions on bedtime routines with Ellen', '11 December'),
    ];
    const tasks = run(blocks).tasks?.map((task) => task.paragraph);
    expect(tasks).toEqual(expect.arrayContaining([7, 10]));
  });
  test('a column header asking "Who" is not a person\u2019s row', () => {
    const blocks = [h('Plan'), ...row(0, 0, 'Who', 'Will do'), ...row(0, 1, 'Ellen', 'Ellen will take Zoe to the dentist on 18 December.')];
    expect(run(blocks).sections['family-commitments']?.present).toBe(true);
    expect(run([h('Plan'), ...row(0, 0, 'Who', 'Will do')]).sections['family-commitments']?.present).toBe(false);
  });
});

describe('a line that goes on about the person the line before named', () => {
  const vagueWho = (text: string) =>
    run([h('What the workers will do'), p(text)]).findings.filter((f) => f.ruleId === 'vague-task' && f.excerpt === 'She');
  test('"She will …" after a line naming the family worker says who', () => {
    expect(vagueWho('Sam Diaz (family worker) will visit every Tuesday at 4pm.\nShe will ring Ellen every Friday at 10am.')).toEqual([]);
  });
  test('"She will …" with nobody named before it does not', () => {
    expect(vagueWho('The visits will be on Tuesdays at 4pm.\nShe will ring Ellen every Friday at 10am.')).toHaveLength(1);
  });
});

const header = (text: string): Block => ({ kind: 'paragraph', text, origin: 'header' });
const title = (text: string): Block => ({ kind: 'heading', level: 1, style: 'Title', text });
/** A short agreement with the family's and the professionals' parts, for the class under test to join. */
const TASKS = [h('Our plan'), p('Gran will collect Amira from school at 3.15pm every weekday.'), p('Dee Cole (family worker) will visit every Thursday at 4pm.')];
const present = (blocks: Block[], id: keyof AnalysisResult['sections']): boolean => section(blocks, id)?.present === true;

describe('parts shown only by their sentences', () => {
  test('the child\u2019s age in words', () => {
    expect(section([...TASKS, p('This letter is about your daughter Amira Shah, who is nine.')], 'child-details')).toMatchObject({ present: true, via: 'content' });
    expect(present([...TASKS, p('Amira has swimming at nine on Saturdays.')], 'child-details')).toBe(false);
  });
  test('the child\u2019s name and age as a line of its own, not a label', () => {
    expect(present([title('Amira\u2019s plan'), p('Amira Shah, 9 (DOB 02/03/2017)'), ...TASKS], 'child-details')).toBe(true);
  });
  test.each([
    'The aim of today\u2019s visit was to agree how Amira gets to school on time.',
    'So that Gran, Uncle Ray and the school all know who collects Amira.',
  ])('a purpose: %s', (line) => {
    expect(present([...TASKS, h('Where things are'), p(line)], 'purpose')).toBe(true);
  });
  test('"So far" is no purpose', () => {
    expect(present([...TASKS, h('Where things are'), p('So far Amira has been late twice this term.')], 'purpose')).toBe(false);
  });
  test('lines committing people straight under the title, with headings only further down', () => {
    const blocks = [title('Plan for Amira'), p('Amira Shah is nine and lives with her gran.'), p('Gran will walk Amira to school by 8.45am every weekday.'), p('Dee Cole (family worker) will ring Gran every Monday at 10am.'), h('Signed'), p('Gran ________  Dee Cole ________')];
    expect(present(blocks, 'family-commitments')).toBe(true);
    expect(present(blocks, 'professional-commitments')).toBe(true);
  });
  test('a preamble under the title with one line saying "will" is not the tasks', () => {
    const blocks = [title('Plan for Amira'), p('Amira Shah is nine and lives with her gran.'), p('We will all meet again in March.'), h('Signed'), p('Gran ________  Dee Cole ________')];
    expect(present(blocks, 'family-commitments')).toBe(false);
  });
  test('signatures already signed: a name beside its initial, or initials and the day', () => {
    expect(present([...TASKS, p('Farida Shah: F Shah    Dee Cole: D Cole')], 'signatures')).toBe(true);
    expect(present([...TASKS, p('M. Pike   03/12/2026')], 'signatures')).toBe(true);
    expect(present([...TASKS, p('Dee Cole: 01632 960 111')], 'signatures')).toBe(false);
  });
  test('the notice that the plan is not legal, said of the parent', () => {
    expect(present([...TASKS, p('This plan is not a court paper.')], 'legal-notice')).toBe(true);
    expect(present([...TASKS, p('Farida can speak to a solicitor about it if she wants to.')], 'legal-notice')).toBe(true);
    expect(present([...TASKS, p('The judge will read the court papers in January.')], 'legal-notice')).toBe(false);
  });
  test('worries told as notes turn a background into the worries', () => {
    const blocks = [...TASKS, p('Background: DV incident 30/11 reported to police; Mr Pike arrested and bailed.')];
    expect(present(blocks, 'purpose')).toBe(false);
    expect(present(blocks, 'concerns')).toBe(true);
    expect(present([...TASKS, p('Background: we want Amira to stay with Gran while Farida gets well.')], 'purpose')).toBe(true);
  });
});

describe('dates read where they stand', () => {
  const review = (line: string) => run([...TASKS, p(line)]).sections['review-date']?.present;
  test.each([
    'We will meet up to go over the plan on 14 January 2027.',
    'The first core group meeting will be on 5 January 2027 and then every four weeks.',
  ])('a review: %s', (line) => expect(review(line)).toBe(true));
  test('a worker holding the first meeting is a task, not the review', () => {
    expect(review('Dee Cole (family worker) will hold the first core group meeting on 5 January 2027.')).toBe(false);
  });
  test('the day the plan ends is not its review, though the sentence names one', () => {
    expect(review('It stays in place until 28 February 2027 unless the review says otherwise.')).toBe(false);
    expect(review('We will review it on 28 February 2027.')).toBe(true);
  });
  test('a date standing alone in a page header\u2019s fields dates the plan', () => {
    expect(run([header('Safety plan | Ref SP-2231 | 04/12/2026'), ...TASKS]).dates?.agreement?.iso).toBe('2026-12-04');
    expect(run([header('Safety plan | DOB 04/12/2019'), ...TASKS]).dates?.agreement).toBeNull();
  });
  test('"Completed on:" dates the plan; "Reviewed on:" does not', () => {
    expect(run([p('Completed on: 4 December 2026'), ...TASKS]).dates?.agreement?.iso).toBe('2026-12-04');
    expect(run([p('Reviewed on: 4 December 2026'), ...TASKS]).dates?.agreement).toBeNull();
  });
});

describe('more headings people write (from fresh labels scored once)', () => {
  test.each([
    ['What might happen if nothing gets better', 'contingency'],
    ['Reasons social workers are involved', 'concerns'],
    ['What the nursery noticed', 'concerns'],
    ['Who sat round the kitchen table', 'participants'],
    ['The adults around Kofi\u2019s world', 'participants'],
    ['Kofi\u2019s birthday', 'child-details'],
    ['When does this agreement come to an end', 'duration'],
    ['Who is given a copy', 'copies'],
    ['Help from a lawyer', 'legal-notice'],
    ['Date of Monday\u2019s meeting', 'date'],
  ])('"%s" is %s', (text, id) => expect(label(text)).toBe(id));
  test.each([
    ['If nothing else, ring me', null],
    ['What the nursery will do', 'professional-commitments'],
    ['Mum\u2019s birthday', null],
    ['Date of next meeting', 'review-date'],
  ])('"%s" stays %s', (text, id) => expect(label(text)).toBe(id));
  test('"Kofi is seven." names the child\u2019s age; "Kofi is one of three" does not', () => {
    expect(present([...TASKS, h('Kofi'), p('Kofi is seven and loves football.')], 'child-details')).toBe(true);
    expect(present([...TASKS, h('Kofi'), p('Kofi is one of three children at home.')], 'child-details')).toBe(false);
  });
});

// held-out-21 (scored unseen on the evening of 6 December, then seen): in a "Who | What they will do | When"
// table with a bold header, the person a row names does its task, though the task cell opens with its verb.
describe('a person\u2019s row whose task opens with its verb', () => {
  const bold = (r: number, ...texts: string[]): Block[] => texts.map((text, column) => cell(3, r, column, text, { boldPrefix: text }));
  const table = (who: string, task: string): Block[] => [h('Our safety plan'), ...bold(0, 'Who', 'What they will do', 'When'), ...row(3, 1, who, task, 'Daily')];
  const whoFlags = (blocks: Block[]) => run(blocks).findings.filter((f) => f.ruleId === 'vague-task' && /who will do it/.test(f.message));
  test.each([
    ['Tamsin', 'Take her tablets every evening.'],
    ['Tamsin Reid (Mum)', 'Ring Owen if she has not slept for two nights.'],
    ['Owen Price (support worker)', 'Visit Tamsin every Thursday afternoon.'],
  ])('%s: %s', (who, task) => {
    expect(whoFlags(table(who, task))).toEqual([]);
  });
  test.each(['Professionals', 'The family'])('a row naming a group, %s, still asks who', (who) => {
    expect(whoFlags(table(who, 'Visit every Thursday afternoon.')).length).toBe(1);
  });
});

// held-out-19 to -21 (scored unseen on 5 and 6 December, then seen): each class their misses showed, in wordings of its own.
const item = (text: string): Block => ({ kind: 'list-item', listLevel: 0, text });
const footer = (text: string): Block => ({ kind: 'paragraph', text, origin: 'footer' });

describe('a document that numbers its titles as a list', () => {
  test('a list item standing alone between paragraphs is a title over them', () => {
    const blocks = [p('This plan is for Nia Hart and was agreed with her dad.'), item('If the plan stops working'), p('If Nia misses two days of school, Efe Bello (family worker) will arrange a meeting that week.'), item('When we will come back to it'), p('On 20 January 2027 at Nia\u2019s home.')];
    expect(section(blocks, 'contingency')).toMatchObject({ present: true, paragraphs: [1, 2] });
    expect(section(blocks, 'review-date')?.present).toBe(true);
  });
  test('a numbered title naming no part ends the part above it', () => {
    const blocks = [p('This plan is for Nia Hart.'), item('What Dad will do'), p('Mark will walk Nia to school by 8.45am every weekday.'), item('Things Nia enjoys'), p('Nia likes drawing and football.')];
    expect(run(blocks).sections['family-commitments']?.paragraphs).not.toContain(4);
  });
  test('the last item of a real list is no title, though a paragraph follows it', () => {
    const blocks = [h('What Dad will do'), item('Walk Nia to school by 8.45am.'), item('Come to the review meeting'), p('Nia likes drawing and football.')];
    expect(run(blocks).sections['review-date']?.paragraphs ?? []).not.toContain(2);
  });
});

describe('an action table whatever its task column is called', () => {
  const table = (first: string, who: string): Block[] => [h('What work is needed and by whom'), ...row(0, 0, first, 'Why', 'Who', 'When'), ...row(0, 1, 'Book Nia a hearing test at the GP surgery', 'She struggles to hear in class', who, 'By 18 December')];
  test.each(['Work needed', 'Work to be done', 'What needs doing'])('"%s | Why | Who | When": a professional\u2019s row is theirs', (first) => {
    expect(present(table(first, 'Efe Bello (family worker)'), 'professional-commitments')).toBe(true);
  });
  test('the "Why" column says why: it is no task of anyone\u2019s', () => {
    const tasks = run(table('Work needed', 'Efe Bello (family worker)')).tasks?.map((task) => task.paragraph) ?? [];
    expect(tasks).not.toContain(7);
  });
});

describe('"What we\u2019ll do" beside a Who column: "we" is everyone, the who cell says whose', () => {
  const blocks = [h('Our plan'), ...row(0, 0, 'What we want', 'What we\u2019ll do', 'Who', 'By when'), ...row(0, 1, 'Quieter evenings', 'Dad will turn the television off at 8pm on school nights', 'Dad', 'From 7 December'), ...row(0, 2, 'Help with money', 'Efe will book a benefits check at the hub', 'Efe Bello (family worker)', '11 December')];
  test('the family\u2019s row is the family\u2019s part, the worker\u2019s the professionals\u2019', () => {
    expect(present(blocks, 'family-commitments')).toBe(true);
    expect(present(blocks, 'professional-commitments')).toBe(true);
  });
});

describe('who gets a copy, in any tense or as a note', () => {
  test.each([
    'Everybody who came to the meeting was handed a copy.',
    'Gran got a copy of this agreement on the day.',
    'Minutes sent to all of the people listed above.',
    'Copies of this plan, in large print for Gran, go to the family and the school.',
    'I have posted a copy to your solicitor.',
    '6.3 Minutes sent to each person above.',
  ])('copies: %s', (line) => expect(present([...TASKS, p(line)], 'copies')).toBe(true));
  test.each(['Dad got a copy of his tenancy from the landlord.', 'Mum will take copies of the bills to the advice centre.', 'Notes were sent to the GP about Nia\u2019s ears.'])('not copies: %s', (line) => {
    expect(present([...TASKS, p(line)], 'copies')).toBe(false);
  });
});

describe('a review needs a day', () => {
  const review = (...lines: string[]) => run([...TASKS, h('Next get-together'), ...lines.map(p)]).sections['review-date']?.present;
  test('"in about six weeks", the day still to be sent round, is no review date', () => {
    expect(review('We will get together in about six weeks. Efe will text everyone a date.')).toBe(false);
  });
  test('"next month" names no day', () => {
    expect(review('We will look at the plan together next month.')).toBe(false);
    expect(review('We will look at the plan together on Monday 11 January 2027.')).toBe(true);
  });
  test('the day the plan ends, under the review heading, is not its review', () => {
    expect(review('We will get together again soon.', 'This plan is in place until 30 April 2027.')).toBe(false);
    expect(review('We will get together again on 30 January 2027.')).toBe(true);
  });
});

describe('the child\u2019s details in other shapes', () => {
  test.each([
    'The plan is for Nia Hart, 7, and her brother Cai Hart, 4, who live with their dad.',
    'Your baby is due in early March 2027.',
  ])('the child: %s', (line) => expect(present([...TASKS, p(line)], 'child-details')).toBe(true));
  test.each(['Swimming is on Tuesday, 4, 11 and 18 January.', 'The rent is due on 3 January 2027.'])('not the child: %s', (line) => {
    expect(present([...TASKS, p(line)], 'child-details')).toBe(false);
  });
});

describe('numbers and dates read from a form\u2019s other cells and footers', () => {
  test('"ref" before letters and figures mixed is the plan\u2019s number', () => {
    expect(present([...TASKS, footer('Safety plan ref NH-C7-2201 \u00b7 page 1')], 'agreement-number')).toBe(true);
    expect(present([...TASKS, footer('Page 1 of 2 \u00b7 ref to follow')], 'agreement-number')).toBe(false);
  });
  test('the meeting named before its date in the value cell dates the plan', () => {
    expect(run([...row(0, 0, 'Meeting', 'Family network meeting, 3 December 2026, Oak Road Hub'), ...TASKS]).dates?.agreement?.iso).toBe('2026-12-03');
    expect(run([...row(0, 0, 'Meeting', 'Next family network meeting, 3 December 2026'), ...TASKS]).dates?.agreement).toBeNull();
  });
});

describe('names across a closing table, blank cells under them', () => {
  const grid = [...row(5, 0, 'Nia', 'Mark Hart', 'Efe Bello (family worker)'), ...row(5, 1, '', '', '')];
  test('the last thing in the document: places to sign', () => {
    expect(present([...TASKS, ...grid], 'signatures')).toBe(true);
  });
  test('the same grid with the agreement going on after it is not', () => {
    expect(present([...TASKS, ...grid, p('Efe will ring Mark every Friday at 10am.')], 'signatures')).toBe(false);
  });
});

describe('a contingency step told as it will happen, wherever it stands', () => {
  test.each([
    'If Mark has been drinking at home time, then Gran collects Nia and she sleeps at Gran\u2019s.',
    'If Nia is sent home from school again, Efe will look after the arranging of a meeting within a week.',
  ])('contingency: %s', (line) => expect(present([...TASKS, h('What has been worrying us'), p('Nia was sent home twice in November.'), p(line)], 'contingency')).toBe(true));
  test('a condition of things going well is not', () => {
    expect(present([...TASKS, h('What has been worrying us'), p('If things settle, Efe will visit less often.')], 'contingency')).toBe(false);
  });
});
