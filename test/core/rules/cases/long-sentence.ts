import { readabilityRule } from '../../../../src/core/rules/readability';
import type { RuleCases } from '../rule-tester';

const LONG =
  'We are worried that because of the home environment life is chaotic and we are not sure that Ms Smith and Mr Smith make sure that all the children\u2019s basic needs are met at home and at school.';
const VERY_LONG =
  'We are worried that because of the home environment life is chaotic and we are not sure that Ms Smith and Mr Smith make sure that all the children\u2019s basic needs are met at home and at school and that they go to every appointment that the health visitor and the school nurse have made for them this term.';

export const cases: RuleCases = {
  rule: readabilityRule,
  section: 'concerns',
  valid: ['We are worried that Jo and Sam are often late for school.', 'Jo has missed 12 days of school since September.'],
  invalid: [
    { text: LONG, errors: [{ messageId: 'longSentence', severity: 'info', excerpt: LONG }] },
    { text: VERY_LONG, errors: [{ messageId: 'longSentence', severity: 'warning', excerpt: VERY_LONG }] },
    { text: `Jo is often late. ${LONG}`, errors: [{ messageId: 'longSentence', severity: 'info', excerpt: LONG }] },
  ],
};
