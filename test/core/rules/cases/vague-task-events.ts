import { vagueTaskRule } from '../../../../src/core/rules/vague-task';
import type { RuleCases } from '../rule-tester';

// The vague-task rule on when, told by the event a task goes with rather than a date, and on standing rules
// written without "will"; and support or work of no kind, which "always" does not make checkable.
const parts = (excerpt: string) => [{ messageId: 'missingParts', severity: 'warning' as const, excerpt }];
const noWhen = (excerpt: string) => [{ messageId: 'missingWhen', severity: 'info' as const, excerpt }];

export const cases: RuleCases = {
  rule: vagueTaskRule,
  section: 'family-commitments',
  valid: [
    // A step of a routine: before, after or while doing something.
    'Rhys will put the fireguard up before lighting the fire.',
    'Nat will wipe down the high chair after feeding Amelie.',
    // Occasions of a kind, each time they come.
    'Dean will let the family worker into every room on her home visits.',
    'Gemma will keep the car seat straps done up on car journeys.',
    // Holidays, and a person's comings and goings.
    'Auntie Jo will have the twins to stay over Easter.',
    { section: 'professional-commitments', text: 'The ward sister will ring Kerry-Ann on discharge with the feeding plan.' },
    // Something that happens, and a day fixed by another.
    { section: 'professional-commitments', text: 'Owen Pike (social worker) will send Jess the minutes once the meeting ends.' },
    'Mum will pack Zac\u2019s PE kit the night before.',
    // Each time a thing of a kind turns up.
    'Carl will keep any text that mentions money and show it to Bex.',
    // Paying for a thing the agreement arranges is due when the thing is.
    { section: 'professional-commitments', text: 'Children\u2019s Services will pay for Dylan\u2019s bus pass to college.' },
    // Standing rules without "will": "Neither … will", "Keep no …", where someone sleeps.
    'Neither Lou nor Kev will smoke in the flat.',
    { name: 'an imperative standing rule', lines: ['## What Kev will do', '- Have nobody staying over at the flat.'] },
    { name: 'where a baby sleeps', lines: ['## What Aisha will do', '- Noor sleeps in her Moses basket next to Aisha\u2019s bed.'] },
    // A heading that names a day or a frequency says when for the lines under it.
    { name: 'a heading naming a day', lines: ['## Saturdays', '- Pete will take Cara and Bo to the park and give them lunch.'] },
    // A column header can say when for every row whose cell under it is empty.
    {
      name: 'a date in a column header',
      lines: ['## What Kirsty will do', '| Task | Who | Done by 8 January 2027 |', '| Sign Theo up at Marsh Lane surgery | Kirsty | |'],
    },
    // A letter's lead-in that opens with a span of time says who (the "you" it is written to) and when for the lines under it;
    // a sign-off is no task.
    {
      name: 'a timed lead-in in a letter',
      lines: ['Dear Ms Okoye,', 'Thank you for seeing me at home on 4 December.', 'Until the next core group you will:', '- Take the medicine bottles to the pharmacy for safe disposal.'],
    },
    { name: 'a sign-off after what we will do', lines: ['Dear Ms Okoye,', 'Thank you for seeing me at home on 4 December.', 'We will:', '- Ring you every Friday at 2pm.', 'Yours sincerely, Hana Byrne, Social Worker'] },
    // Support or work with a kind and a time stays specific.
    { section: 'professional-commitments', text: 'Helen (family worker) will support Kirsty to fill in the housing form on 10 December 2026.' },
  ],
  invalid: [
    // "Once things are better" is no event anyone can point to.
    { text: 'Kev will paint the hallway once things are calmer.', errors: noWhen('Kev will paint the hallway once things are calmer') },
    // Support of someone or something, with nothing more: "always" does not make it checkable.
    { text: 'Grandad will always support Maddie\u2019s schooling.', errors: parts('support Maddie\u2019s schooling') },
    { text: 'Kev and Lou will support Jaden with his asthma every day.', errors: parts('support Jaden with his asthma') },
    // Under a timed lead-in, an attitude is still no action.
    {
      name: 'a vague line under a timed lead-in',
      lines: ['Dear Ms Okoye,', 'Thank you for seeing me at home on 4 December.', 'Between now and the review, you will:', '- Show more commitment to the plan.'],
      errors: parts('Show more commitment'),
    },
    // Working with one worker or team, and no more.
    { text: 'Lou will work with the early help team from now on.', errors: parts('work with the early help team') },
    // Making good use of a thing; being on time for a class of appointments.
    { text: 'Kev will make the most of family time at all times.', errors: parts('make the most of') },
    { text: 'Lou will always arrive on time for all her appointments.', errors: parts('arrive on time for all her appointments') },
  ],
};
