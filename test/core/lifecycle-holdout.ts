import type { Block } from '../../src/core';

// Held-out agreements for the lifecycle reading (number, child, dates; contingency for a task),
// written after the rules in src/core/lifecycle.ts were frozen, in layouts the development
// fixtures do not use. Expected values are what a person reading the agreement would say.
const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text });
const li = (text: string): Block => ({ kind: 'list-item', text });
const cell = (table: number, row: number, column: number, text: string): Block => ({ kind: 'table-cell', table, row, column, text });

export interface HoldoutCase {
  name: string;
  blocks: Block[];
  facts: { number: number | null; childFirstName: string | null; agreementDate: string | null; reviewDate: string | null; endDate: string | null };
  /** Task (by its start) -> the contingency lines (by their start) a worker would say apply, or 'all'. */
  contingency: Array<[string, string[] | 'all']>;
}

export const HOLDOUT: HoldoutCase[] = [
  {
    name: 'label table for the details, headings for the rest',
    blocks: [
      h('Written Agreement', 1),
      cell(0, 0, 0, 'Agreement number'), cell(0, 0, 1, '3'),
      cell(0, 1, 0, 'Date'), cell(0, 1, 1, '4 December 2026'),
      cell(0, 2, 0, 'Child\u2019s name'), cell(0, 2, 1, 'Poppy Hughes'),
      cell(0, 3, 0, 'Date of birth'), cell(0, 3, 1, '02/03/2019'),
      h('What Leanne will do'),
      li('Leanne will take Poppy to the dentist on 18 December 2026.'),
      li('Leanne will not let Craig Shaw into the flat while Poppy is there.'),
      h('What the social worker will do'),
      li('Imran Ahmed (social worker) will visit every Thursday at 10am.'),
      h('If things go wrong'),
      li('If Craig Shaw comes to the flat, Leanne will phone the police on 999 and tell Imran the same day.'),
      li('If the dentist appointment is missed, Imran will book another one within a week and go with Leanne.'),
      h('Review'),
      p('We will review this agreement on 8 January 2027 at the family home.'),
      h('How long this agreement lasts'),
      p('This agreement lasts until 26 February 2027.'),
    ],
    facts: { number: 3, childFirstName: 'Poppy', agreementDate: '2026-12-04', reviewDate: '2027-01-08', endDate: '2027-02-26' },
    contingency: [
      ['Leanne will take Poppy to the dentist', ['If the dentist appointment']],
      ['Leanne will not let Craig Shaw', ['If Craig Shaw comes']],
      ['Imran Ahmed (social worker) will visit', 'all'],
    ],
  },
  {
    name: 'Derby-style wording, number in the title',
    blocks: [
      h('Written Agreement No. 2 between Ms Nowak and Northshire Children\u2019s Services', 1),
      p('Date: 20 November 2026'),
      h('The children'),
      p('Names: Tomi Nowak and Kai Nowak'),
      h('What Ms Nowak will do'),
      li('Ms Nowak will make sure Tomi and Kai are at school by 8.50am every school day.'),
      li('Ms Nowak will go to the Freedom Programme every Wednesday at 1pm.'),
      h('What professionals will do'),
      li('Mrs Begum (Oakfield Academy) will phone Ms Nowak by 9.30am if either child is absent.'),
      h('If things go wrong'),
      p('If Tomi or Kai miss school for two days running, the social worker will visit that day.'),
      p('If professionals do not do what they said, Ms Nowak can complain to the team manager.'),
      h('How long this will go on for'),
      p('This agreement will last until 31 January 2027 and will be reviewed at the core group on 18 December 2026.'),
    ],
    facts: { number: 2, childFirstName: 'Tomi and Kai', agreementDate: '2026-11-20', reviewDate: '2026-12-18', endDate: '2027-01-31' },
    contingency: [
      ['Ms Nowak will make sure Tomi and Kai are at school', ['If Tomi or Kai miss school']],
      ['Ms Nowak will go to the Freedom Programme', 'all'],
      ['Mrs Begum (Oakfield Academy) will phone', ['If professionals do not do']],
    ],
  },
  {
    name: 'plain text with labels on their own lines',
    blocks: [
      p('WRITTEN AGREEMENT'),
      p('Agreement number: 1'),
      p('Date: 1 December 2026'),
      p('Name of child: Alfie Turner, born 5 May 2016'),
      p('WHAT THE FAMILY WILL DO'),
      p('1. Tracey Turner will keep all medicine in the locked cupboard in the kitchen.'),
      p('2. Tracey Turner will take Alfie to his weekly appointment at CAMHS on Mondays at 4pm.'),
      p('WHAT PROFESSIONALS WILL DO'),
      p('1. Paul Reid (family support worker) will help Tracey fill in the housing form by 11 December 2026.'),
      p('IF THINGS GO WRONG'),
      p('1. If medicine is found where Alfie can reach it, Paul Reid will remove it and a meeting will be held within two working days.'),
      p('2. If Alfie misses two CAMHS appointments, the social worker will arrange a meeting with Tracey and CAMHS.'),
      p('3. If the housing form is not done, Paul Reid will book a second appointment to complete it together.'),
      p('REVIEW DATE: 15 December 2026'),
      p('END DATE: 31 January 2027'),
    ],
    facts: { number: 1, childFirstName: 'Alfie', agreementDate: '2026-12-01', reviewDate: '2026-12-15', endDate: '2027-01-31' },
    contingency: [
      ['Tracey Turner will keep all medicine', ['1. If medicine is found']],
      ['Tracey Turner will take Alfie to his weekly appointment', ['2. If Alfie misses']],
      ['Paul Reid (family support worker) will help', ['3. If the housing form']],
    ],
  },
];
