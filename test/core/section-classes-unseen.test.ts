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
  ])('"%s" is %s', (text, id) => expect(label(text)).toBe(id));
  test.each([
    ['Why we are worried about Zoe', 'concerns'],
    ['Why we stepped in', 'concerns'],
    ['What we need from you', 'family-commitments'],
    ['What we hope for Zoe', 'purpose'],
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
