import { numberingRule } from '../../../../src/core/rules/numbering';
import { changed, GOOD_AGREEMENT } from '../agreement';
import type { RuleCases } from '../rule-tester';

const NUMBER = 'Written agreement number: 2';
const DATE = 'Date: 20 November 2026';

export const cases: RuleCases = {
  rule: numberingRule,
  valid: [
    { name: 'numbered and dated', lines: [...GOOD_AGREEMENT] },
    { name: 'the number in the title', lines: changed(NUMBER, null).map((line) => (line === '# Written agreement' ? '# Written agreement (No. 3)' : line)) },
    // A profile that requires the date reports it as a missing section instead.
    { name: 'undated, where the profile requires a date', lines: changed(DATE, null) },
  ],
  invalid: [
    {
      // Anchored at the first paragraph with words (empty span): the agreement has no number field to point at.
      name: 'no number',
      lines: changed(NUMBER, null),
      errors: [{ messageId: 'noNumber', severity: 'warning', excerpt: '' }],
    },
    {
      name: 'no number and no date, where the profile does not require a date',
      profile: 'rutland',
      lines: ['# Written agreement', 'This agreement is between Ms Smith and Amir Khan (social worker).'],
      errors: [{ messageId: 'noNumber', severity: 'warning', excerpt: '' }],
    },
  ],
};
