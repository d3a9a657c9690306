import { balanceRule } from '../../../../src/core/rules/balance';
import { changed, GOOD_AGREEMENT } from '../agreement';
import type { RuleCases } from '../rule-tester';

const PROFESSIONAL_TASK = '- Amir Khan (social worker) will visit every Monday at 4pm.';

export const cases: RuleCases = {
  rule: balanceRule,
  valid: [
    { name: 'a named social worker doing something', lines: [...GOOD_AGREEMENT] },
    { name: 'an agency doing something', lines: changed(PROFESSIONAL_TASK, '- Bright Start Children\u2019s Centre will run a parenting group for Ms Smith every Thursday at 10am.') },
    // With no professionals' part at all, the missing-section rule speaks instead.
    { name: 'no professionals\u2019 part', lines: changed('## What the social worker and other professionals will do', null).filter((line) => line !== PROFESSIONAL_TASK) },
  ],
  invalid: [
    {
      name: 'support offered by nobody in particular',
      lines: changed(PROFESSIONAL_TASK, '- Support will be offered to the family.'),
      errors: [{ messageId: 'noNamedProfessional', severity: 'error', excerpt: 'What the social worker and other professionals will do' }],
    },
  ],
};
