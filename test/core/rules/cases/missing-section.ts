import { missingSectionRule } from '../../../../src/core/rules/missing-section';
import { changed, GOOD_AGREEMENT } from '../agreement';
import type { RuleCases } from '../rule-tester';

const CONTINGENCY = 'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith within five working days.';

export const cases: RuleCases = {
  rule: missingSectionRule,
  valid: [
    { name: 'an agreement with every part', lines: [...GOOD_AGREEMENT] },
    // The contingency written as a sentence under another heading still counts (the section table's wording).
    { name: 'a contingency without its heading', lines: changed('## What happens if things go wrong', null) },
    // The professionals' part naming nobody is the balance rule's finding, not this one's.
    { name: 'a professionals\u2019 part that names nobody', lines: changed('- Amir Khan (social worker) will visit every Monday at 4pm.', '- Support will be offered to the family.') },
    // Signature lines that name each signer before a blank, with no heading and no "Signed".
    { name: 'names before blank lines are signature lines', lines: [...GOOD_AGREEMENT.filter((line) => line !== '## Signatures').slice(0, -1), 'Ms Smith ____________   Amir Khan ____________'] },
    // A title that says what the agreement is for states its purpose.
    { name: 'the purpose in the title', lines: [...changed('# Written agreement', '# Agreement for Jo and Sam to get to school on time').filter((line) => !/^## Why we are making|^This agreement is being made/.test(line))] },
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
      name: 'a review with no actual date',
      lines: changed('This agreement will be reviewed on 14 January 2027.', 'This agreement will be reviewed at the next meeting.'),
      errors: [{ messageId: 'reviewUndated', severity: 'error', excerpt: 'Review' }],
    },
    {
      name: 'no worries written down (a warning: the agreement still works)',
      lines: changed('We are worried that Jo and Sam are often late for school.', null),
      errors: [{ messageId: 'emptySection', severity: 'warning', excerpt: 'What we are worried about' }],
    },
  ],
};
