import { missingSectionRule } from '../../../../src/core/rules/missing-section';
import { changed, GOOD_AGREEMENT } from '../agreement';
import type { RuleCases } from '../rule-tester';

const CONTINGENCY = 'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith within five working days.';
const FAMILY_PART = ['## What the family will do', '- Ms Smith will take Jo and Sam to school by 8.45am every day.'];
const PROFESSIONALS_PART = ['## What the social worker and other professionals will do', '- Amir Khan (social worker) will visit every Monday at 4pm.'];
/** The good agreement with both commitment parts replaced by other lines. */
const withTasks = (...lines: string[]): string[] => {
  const at = GOOD_AGREEMENT.indexOf(FAMILY_PART[0]);
  return [...GOOD_AGREEMENT.slice(0, at), ...lines, ...GOOD_AGREEMENT.slice(at + FAMILY_PART.length + PROFESSIONALS_PART.length)];
};
/** The purpose's heading and sentence, which the "What we need to see" cases replace. */
const PURPOSE_PART = ['## Why we are making this agreement', 'This agreement is being made so that Jo and Sam are safe at home.'];
const withoutPurpose = (...lines: string[]): string[] => {
  const at = GOOD_AGREEMENT.indexOf(PURPOSE_PART[0]);
  return [...GOOD_AGREEMENT.slice(0, at), ...lines, ...GOOD_AGREEMENT.slice(at + PURPOSE_PART.length)];
};
/** The Rutland profile asks how long the agreement lasts. */
const RUTLAND = 'rutland';
/** The child protection profile asks for the length, the legal notice, the copies and the team manager's countersignature too. */
const CIN_CP = 'cin-cp';
const COPIES = 'Copies: Ms Smith, Amir Khan and the school.';
const PARTIES_SIGN = '| Jo | Ms Smith | Amir Khan (social worker) | Team manager |';
const CIN_CP_AGREEMENT: readonly string[] = [
  ...GOOD_AGREEMENT.slice(0, -2),
  'This agreement lasts until 28 February 2027.',
  'This agreement is not legally binding.',
  COPIES,
  PARTIES_SIGN,
  '| J S | A Smith | A Khan | R Adebayo |',
];

export const cases: RuleCases = {
  rule: missingSectionRule,
  valid: [
    // Signature tables without the word "sign": a closing table headed by the parties, with names or initials under it; its team manager column is the countersignature.
    { name: 'a closing table headed by the parties, signed with initials and names', profile: CIN_CP, lines: [...CIN_CP_AGREEMENT] },
    // The date, the copies and the review given in a form's own words.
    { name: 'the date of the conversation in a details table', lines: changed('Date: 20 November 2026', ['| Child | Jo Smith, 9 |', '| Home address | 4 Elm Road |', '| Where we talked | At home |', '| Date of conversation | 20 November 2026 |']) },
    { name: 'copies left with the parent and going to others', profile: CIN_CP, lines: CIN_CP_AGREEMENT.map((line) => (line === COPIES ? 'A copy of this form is left with Ms Smith. Copies also go to Amir Khan and the school.' : line)) },
    { name: 'how long, as when the agreement starts and ends', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'This agreement starts today and ends on 28 February 2027.'] },
    { name: 'a review with a calendar date under a plain heading', lines: changed('## Review', '## Checking how we\u2019re doing').map((line) => (line === 'This agreement will be reviewed on 14 January 2027.' ? 'Ms Smith and Amir will sit down at the family centre on 14 January 2027.' : line)) },
    { name: 'an agreement with every part', lines: [...GOOD_AGREEMENT] },
    // The contingency written as a sentence under another heading still counts (the section table's wording).
    { name: 'a contingency without its heading', lines: changed('## What happens if things go wrong', null) },
    // The professionals' part naming nobody is the balance rule's finding, not this one's.
    { name: 'a professionals\u2019 part that names nobody', lines: changed('- Amir Khan (social worker) will visit every Monday at 4pm.', '- Support will be offered to the family.') },
    // Signature lines that name each signer before a blank, with no heading and no "Signed".
    { name: 'names before blank lines are signature lines', lines: [...GOOD_AGREEMENT.filter((line) => line !== '## Signatures').slice(0, -1), 'Ms Smith ____________   Amir Khan ____________'] },
    // A title that says what the agreement is for states its purpose.
    { name: 'the purpose in the title', lines: [...changed('# Written agreement', '# Agreement for Jo and Sam to get to school on time').filter((line) => !/^## Why we are making|^This agreement is being made/.test(line))] },
    // Whose the tasks are, whatever the part is called or however the lines are written.
    { name: 'everyone\u2019s tasks under "What we\u2019ve agreed"', lines: withTasks('## What we\u2019ve agreed', '- Ms Smith will take Jo and Sam to school by 8.45am every day.', '- Amir Khan (social worker) will visit every Monday at 4pm.') },
    { name: 'tasks written as notes, with who does each before or after a dash', lines: withTasks('## Actions', '- Ms Smith to take Jo and Sam to school by 8.45am every day', '- Home visit every Monday at 4pm \u2013 social worker') },
    { name: 'the parties as the columns of a table with an empty corner', lines: withTasks('| | Ms Smith | Amir Khan (social worker) |', '| Jobs | Take Jo and Sam to school by 8.45am every day | Visit Jo and Sam at home every Monday at 4pm |') },
    // "What we need to see" over a goal statement (a Signs of Safety plan's safety goal) is the purpose.
    { name: 'a safety goal under "What we need to see"', lines: withoutPurpose('## What we need to see', 'Everyone needs to see that Jo and Sam get to school on time and go to bed in a calm, warm home where they feel safe.') },
    { name: 'a goal under a question, "What does everyone need to see?"', lines: withoutPurpose('## What does everyone need to see?', 'Jo and Sam will be settled at school and cared for by a sober adult every evening.') },
    // Over tasks with people doing them (a letter of expectation) it is the tasks, sorted by who does each.
    { name: 'the family’s tasks under "What we need to see"', lines: changed('## What the family will do', '## What we need to see') },
    // Plain-English and question headings for the other parts.
    { name: 'question headings for the worries, the contingency and the review', lines: GOOD_AGREEMENT.map((line) => ({ '## What we are worried about': '## What are people worried about?', '## What happens if things go wrong': '## And if it doesn’t work out?', '## Review': '## How will we know it is working?' })[line] ?? line) },
    { name: 'how long, as a label for the next few months', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'For the next three months', 'Until the review in January, then the plan will be looked at again.'] },
    // A contingency said inside another part: a passive failure after "where", then a step.
    { name: 'a contingency inside the family’s part, opened by "where"', lines: changed('## What happens if things go wrong', null).map((line) => (line === CONTINGENCY ? '- Where a dentist appointment is cancelled by Ms Smith, Amir will book the next one with her that week.' : line)) },
    { name: 'a contingency inside the family’s part, with its step in the passive', lines: changed('## What happens if things go wrong', null).map((line) => (line === CONTINGENCY ? '- Should the rent go unpaid for a month, a meeting will be arranged with the housing officer and Ms Smith.' : line)) },
    { name: 'a contingency inside the family’s part, a named relative taking the children', lines: changed('## What happens if things go wrong', null).map((line) => (line === CONTINGENCY ? '- In the event that Ms Smith is in hospital, Auntie Rose will take Jo and Sam to her flat.' : line)) },
    { name: 'how long, said of a letter of expectation', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'This letter of expectation holds until the end of May 2027.'] },
    { name: 'how long, said of the arrangements set out below', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'The rules below are for the next ten weeks, up to the second review.'] },
    { name: 'how long, as what everyone will work to until a date', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'We will all work to this plan until 31 March 2027.'] },
    // In a long agreement the facts' word scan comes first: 'stick' and 'work' must be among the duration's words.
    { name: 'how long, as sticking to the rules until a date, in a long agreement', profile: RUTLAND, lines: [...GOOD_AGREEMENT, ...Array.from({ length: 40 }, (_, k) => `Week ${k + 1}: Jo and Sam were at school on time every day.`), 'We will stick to these until 31 March 2027.'] },
    { name: 'how long, said of the stage the family is in', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'This stage of the plan, before anything else is decided, is expected to last twelve weeks.'] },
    { name: 'how long, said as what everyone expects it to last', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'We expect this to last around three months, until the end of February.'] },
    // Parts by what they say, in layouts the seen sets lacked: decimal paragraph numbers, a role before a name in brackets, statement labels.
    { name: 'commitments numbered 3.1, 3.2 under headings naming no part', lines: withTasks('## 3. Mornings and money', '3.1 Ms Smith will take Jo and Sam to school by 8.45am every day.', '3.2 Ms Smith will pay the gas bill every Friday.', '## 4. What the council will do', '4.1 Amir Khan (social worker) will visit every Monday at 4pm.') },
    { name: 'a professional named after the role, in brackets, over the lines that are theirs', lines: withTasks('## Who will do what', '### Ms Smith', '- Ms Smith will take Jo and Sam to school by 8.45am every day.', '### Family worker (Priya Nair)', '- Priya will meet Ms Smith at the family hub every Thursday at 10am.') },
    { name: 'how long, said as what the arrangement is intended to run to', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'The arrangement is intended to run until the end of the summer term, 23 July 2027.'] },
    { name: 'the worries under a heading asking why the children live elsewhere', lines: GOOD_AGREEMENT.map((line) => ({ '## What we are worried about': '## Why Jo and Sam are living with Auntie Rose', 'We are worried that Jo and Sam are often late for school.': 'Ms Smith went into hospital in October and nobody was at home to get the children up.' })[line] ?? line) },
    { name: 'how long, as what everyone has agreed to for the coming weeks', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'Everyone has agreed to these rules for the next eight weeks.'] },
    { name: 'how long, as a span opening a sentence about the plan itself', profile: RUTLAND, lines: [...GOOD_AGREEMENT, 'Over the coming six weeks, here is what each of us will do.'] },
    { name: 'a fallback for any night the first plan fails, with no condition word', lines: changed('## What happens if things go wrong', null).map((line) => (line === CONTINGENCY ? '- Auntie Rose will have Jo and Sam on any night Ms Smith is too unwell to cope.' : line)) },
    { name: 'a fallback opened by "Otherwise"', lines: changed('## What happens if things go wrong', null).map((line) => (line === CONTINGENCY ? '- Ms Smith will walk Jo and Sam to school. Otherwise, their uncle Dan will drive them.' : line)) },
    { name: 'each person\u2019s task as a "Name will:" label with the task after it', lines: withTasks('## Mornings and visits', 'Tina will: take Jo and Sam to school by 8.45am every day.', 'Amir agrees to: visit every Monday at 4pm.') },
    { name: 'the purpose as what the agreement shows, under "About this agreement"', lines: withoutPurpose('## About this agreement', 'This agreement shows how Jo and Sam will get to school on time and who will help.') },
    // Professionals introduced with the role before the name, or by the service they come from, doing the tasks under plain headings.
    { name: 'a family worker introduced before her name, under "What other people will do"', lines: withTasks('This plan is between Ms Smith, her sister Rose Smith, and their family worker Priya Nair.', '## What other people will do', '- Rose will collect Jo and Sam from school every Wednesday at 3.15pm.', '- Priya will meet Ms Smith at the family hub every Thursday at 10am.').filter((line) => !line.startsWith('This agreement is between')) },
    { name: 'the worker who helped write it, named with her service, under her own name', lines: withTasks('- Ms Smith will take Jo and Sam to school by 8.45am every day.', 'Written with help from Priya Nair, Eastfield Family Hub.', '## What Priya will do', '- Priya will book Ms Smith onto the parenting course by 1 December.') },
    // (Straight after the worries, with no heading of its own: the header names the part.)
    { name: 'the professionals\u2019 tasks as a table "What the council will do | When"', lines: withTasks('| What the council will do | When |', '| The social worker, Amir Khan, will visit and see Jo and Sam on their own. | Every Monday |', '| The council will pay for the school bus pass and post it to Ms Smith. | By 1 December |', ...FAMILY_PART) },
    // A form's numbered steps: "Step 1:" is numbering, and the title after it opens the part for the lines below.
    { name: 'worries under a numbered step, "Step 1: What we are worried about"', lines: GOOD_AGREEMENT.map((line) => (line === '## What we are worried about' ? '**Step 1: What we are worried about**' : line)) },
    // Worries told as what happened, with no word for worry: under a "why" heading, or in the opening lines with none.
    { name: 'worries told as events under "What led to this"', lines: GOOD_AGREEMENT.map((line) => ({ '## What we are worried about': '## What led to this', 'We are worried that Jo and Sam are often late for school.': 'After the family moved in August, the rows at home got louder and Jo cried most mornings before school.' })[line] ?? line) },
    { name: 'worries told as events in the opening lines, with no heading', lines: changed('## What we are worried about', null).map((line) => (line === 'We are worried that Jo and Sam are often late for school.' ? 'Since the summer Jo has missed the school bus most days, and Sam was upset at night when Ms Smith was in hospital.' : line)) },
    // The purpose said in a sentence, however the document names itself.
    { name: 'the purpose as what we\u2019ve made the plan for, with no heading', lines: withoutPurpose('We\u2019ve made this so that everyone in the house knows who does what on school mornings.') },
    { name: 'the purpose as what "it" sets out, after who the agreement is between', lines: withoutPurpose('It sets out how mornings will work while Ms Smith is recovering from her operation.') },
    { name: 'the purpose said of a schedule agreed at a meeting', lines: withoutPurpose('This schedule was agreed at the family meeting so that Jo and Sam can stay living at home.') },
  ],
  invalid: [
    {
      // A title that only names who the plan is for says nothing about why.
      name: 'a title naming only the children',
      lines: [...changed('# Written agreement', '# A plan for Jo and Sam').filter((line) => !/^## Why we are making|^This agreement is being made/.test(line))],
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // A form's contact fields have blanks too, but nobody signs them.
      name: 'blank contact fields are not signature lines',
      lines: [...GOOD_AGREEMENT.filter((line) => line !== '## Signatures').slice(0, -1), 'Home phone ____________   Mobile ____________'],
      errors: [{ messageId: 'missingSection', severity: 'error', excerpt: '' }],
    },
    {
      // Anchored at the start of the first paragraph with words: there is nowhere better.
      name: 'no contingency at all',
      lines: changed('## What happens if things go wrong', null).filter((line) => line !== CONTINGENCY),
      errors: [{ messageId: 'missingSection', severity: 'error', excerpt: '' }],
    },
    {
      name: 'a contingency heading with nothing under it',
      lines: changed(CONTINGENCY, null),
      errors: [{ messageId: 'emptySection', severity: 'error', excerpt: 'What happens if things go wrong' }],
    },
    {
      // Put off to a meeting: no step anyone will take.
      name: 'a contingency left to be discussed later',
      lines: changed(CONTINGENCY, 'To be discussed at the next meeting.'),
      errors: [{ messageId: 'emptySection', severity: 'error', excerpt: 'What happens if things go wrong' }],
    },
    {
      // "While this agreement is in place" is when a rule applies, not how long the agreement lasts.
      name: 'the agreement\u2019s life as a condition is not its length',
      profile: RUTLAND,
      lines: changed('- Ms Smith will take Jo and Sam to school by 8.45am every day.', '- Ms Smith will take Jo and Sam to school by 8.45am every day while this agreement is in place.'),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // The form's review box left blank: a visit to explain the plan before it starts does not fill it.
      name: 'a blank review box beside a visit to go through the plan',
      lines: changed('- Amir Khan (social worker) will visit every Monday at 4pm.', ['- Amir Khan (social worker) will visit every Monday at 4pm.', '- Amir will come round on 24 November to go through the plan with Ms Smith before it starts.']).map((line) =>
        line === 'This agreement will be reviewed on 14 January 2027.' ? 'Review date: Click or tap to enter a date.' : line,
      ),
      errors: [{ messageId: 'reviewUndated', severity: 'error', excerpt: 'Review' }],
    },
    {
      // Tasks under "What we need to see" say what people will do, not why the agreement is made.
      name: 'tasks under "What we need to see" are no purpose',
      lines: withoutPurpose('## What we need to see', '- Ms Smith will ring the school by 9am on any day Jo or Sam is ill.', '- Ms Smith will put Jo and Sam to bed by 8pm on school nights.'),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // Working to the plan with no end or length said is no duration.
      name: 'working to the plan for a while is no length',
      profile: RUTLAND,
      lines: [...GOOD_AGREEMENT, 'We will try this plan for a while and see.'],
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // A span opening a sentence about one person's task says when the task holds, not how long the agreement lasts.
      name: 'a span opening a task is no length',
      profile: RUTLAND,
      lines: [...GOOD_AGREEMENT, 'For the next six weeks, Ms Smith will walk Jo and Sam to school.'],
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // Under "Review and how long", a line that names the review and no end says when it is reviewed, not how long it lasts.
      name: 'a review date under a heading that also asks how long is no length',
      profile: RUTLAND,
      lines: changed('## Review', '## Review and how long'),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // A day without a year in a sentence telling of the past is when something happened, not when the review will be.
      name: 'the review part tells only of a past meeting',
      lines: changed('This agreement will be reviewed on 14 January 2027.', 'We last went through the plan with Ms Smith on 3 November, when she was in hospital.'),
      errors: [{ messageId: 'reviewUndated', severity: 'error', excerpt: 'Review' }],
    },
    {
      // Words standing in for the part write nothing: a contingency needs a step someone will take.
      name: 'a contingency that only says "See above"',
      lines: changed(CONTINGENCY, 'See above.'),
      errors: [{ messageId: 'emptySection', severity: 'error', excerpt: 'What happens if things go wrong' }],
    },
    {
      name: 'a contingency that names no step',
      lines: changed(CONTINGENCY, 'The police and the out-of-hours team.'),
      errors: [{ messageId: 'emptySection', severity: 'error', excerpt: 'What happens if things go wrong' }],
    },
    {
      name: 'a review with no actual date',
      lines: changed('This agreement will be reviewed on 14 January 2027.', 'This agreement will be reviewed at the next meeting.'),
      errors: [{ messageId: 'reviewUndated', severity: 'error', excerpt: 'Review' }],
    },
    {
      // Services offering support "as needed" name nobody doing anything: no professionals' part.
      name: 'services supporting as needed are no professional\u2019s task',
      lines: withTasks('## What other people will do', '- Ms Smith will take Jo and Sam to school by 8.45am every day.', '- Services will support the family as needed.'),
      errors: [{ messageId: 'missingSection', severity: 'error', excerpt: '' }],
    },
    {
      // A part that only points to another document writes nothing of its own.
      name: 'worries that only point to a letter',
      lines: changed('We are worried that Jo and Sam are often late for school.', 'See the letter before proceedings dated 1 October 2026.'),
      errors: [{ messageId: 'emptySection', severity: 'warning', excerpt: 'What we are worried about' }],
    },
    {
      // The form's purpose label filled with "See above" says nothing: the label's own words are no purpose.
      name: 'a purpose label filled with "See above"',
      lines: withoutPurpose('Purpose of this agreement: See above'),
      errors: [{ messageId: 'emptySection', severity: 'warning', excerpt: 'Purpose of this agreement: See above' }],
    },
    {
      // A "why" heading over an aim is the purpose: it tells nothing that happened.
      name: 'a why heading over an aim is no worry',
      lines: changed('## What we are worried about', null).filter((line) => line !== 'We are worried that Jo and Sam are often late for school.').map((line) => (line === '## Why we are making this agreement' ? '## Why this plan' : line === 'This agreement is being made so that Jo and Sam are safe at home.' ? 'So that Jo and Sam are safe, settled and at school on time every day.' : line)),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // Something that may go wrong, supposed rather than told, is no worry.
      name: 'trouble supposed in a condition is no worry',
      lines: changed('## What we are worried about', null).map((line) => (line === 'We are worried that Jo and Sam are often late for school.' ? 'If the arguments at home start again, Ms Smith will ring Amir.' : line)),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // A length from now is no day in anyone's diary: "in six weeks", "at the next core group in 4 weeks".
      name: 'a review a length of time away, with no date',
      lines: changed('This agreement will be reviewed on 14 January 2027.', 'We will look at this again in six weeks\u2019 time at the core group.'),
      errors: [{ messageId: 'reviewUndated', severity: 'error', excerpt: 'Review' }],
    },
    {
      // Someone's own things reviewed on a date are not the agreement's review.
      name: 'a medication review on a date is not the agreement\u2019s review',
      lines: changed('## Review', null).map((line) => (line === 'This agreement will be reviewed on 14 January 2027.' ? '- Ms Smith will take Jo to his GP on 14 January 2027 to review his medication.' : line)),
      errors: [{ messageId: 'missingSection', severity: 'error', excerpt: '' }],
    },
    {
      // The parties over the last table, with times under them: a contact timetable, not a place to sign.
      name: 'a contact timetable closing the agreement is no signature box',
      lines: [...GOOD_AGREEMENT.slice(0, -2), '| Mum | Dad |', '| Saturday 10am to 12pm | Sunday 2pm to 4pm |'],
      errors: [{ messageId: 'missingSection', severity: 'error', excerpt: '' }],
    },
    {
      name: 'the team manager\u2019s column of the closing table says N/A',
      profile: CIN_CP,
      lines: [...CIN_CP_AGREEMENT.slice(0, -1), '| J S | A Smith | A Khan | N/A |'],
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // A form's other dates ("Date of referral") are not when the agreement was made.
      name: 'the date of the referral in a details table',
      lines: changed('Date: 20 November 2026', '| Date of referral | 20 November 2026 |'),
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      // How long each visit lasts, asked beside how often, is not how long the agreement lasts.
      name: 'how long the visits last is no length',
      profile: RUTLAND,
      lines: [...GOOD_AGREEMENT, '## Where, how often and how long?', '- Ms Smith will see Jo and Sam every Thursday from 3.30 to 5.30pm at Gran\u2019s house.'],
      errors: [{ messageId: 'missingSection', severity: 'warning', excerpt: '' }],
    },
    {
      name: 'copies to be confirmed',
      profile: CIN_CP,
      lines: CIN_CP_AGREEMENT.map((line) => (line === COPIES ? 'Copies: TBC' : line)),
      errors: [{ messageId: 'emptySection', severity: 'warning', excerpt: 'Copies: TBC' }],
    },
    {
      name: 'no worries written down (a warning: the agreement still works)',
      lines: changed('We are worried that Jo and Sam are often late for school.', null),
      errors: [{ messageId: 'emptySection', severity: 'warning', excerpt: 'What we are worried about' }],
    },
  ],
};
