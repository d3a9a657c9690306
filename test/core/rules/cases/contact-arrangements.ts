import { contactArrangementsRule } from '../../../../src/core/rules/contact-arrangements';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: contactArrangementsRule,
  section: 'family-commitments',
  valid: [
    'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.',
    'Ms Smith will contact the social worker if she is worried.',
  ],
  invalid: [
    { text: 'Mr Smith will have supervised contact with the children.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'supervised contact' }] },
    { text: 'Contact with dad will be supervised.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'Contact with dad' }] },
  ],
};
