import { reviewDateRule } from '../../../../src/core/rules/review-date';
import { changed, GOOD_AGREEMENT } from '../agreement';
import type { RuleCases } from '../rule-tester';

const REVIEW = 'This agreement will be reviewed on 14 January 2027.';

export const cases: RuleCases = {
  rule: reviewDateRule,
  valid: [
    { name: 'a review eight weeks after the agreement is made', lines: [...GOOD_AGREEMENT] },
    { name: 'a review before the agreement ends', lines: changed(REVIEW, [REVIEW, '## How long this agreement lasts', 'This agreement will last until 20 February 2027.']) },
  ],
  invalid: [
    {
      name: 'a review before the agreement is made',
      lines: changed(REVIEW, 'This agreement will be reviewed on 14 October 2026.'),
      errors: [{ messageId: 'beforeAgreement', severity: 'warning', excerpt: 'on 14 October 2026' }],
    },
    {
      name: 'a review too far off for the policy',
      lines: changed(REVIEW, 'This agreement will be reviewed on 14 June 2027.'),
      errors: [{ messageId: 'tooLate', severity: 'warning', excerpt: 'on 14 June 2027' }],
    },
    {
      name: 'a review after the agreement ends',
      lines: changed(REVIEW, [REVIEW, '## How long this agreement lasts', 'This agreement will last until 10 January 2027.']),
      errors: [{ messageId: 'afterEnd', severity: 'warning', excerpt: 'on 14 January 2027' }],
    },
  ],
};
