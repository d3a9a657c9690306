import { contactArrangementsRule } from '../../../../src/core/rules/contact-arrangements';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: contactArrangementsRule,
  section: 'family-commitments',
  valid: [
    // The details are in the table below the line.
    'Mr Smith will see Jo as set out below:',
    // Time with a parent nobody supervises needs no supervisor named.
    'Sandra will take Rio to see his mum at Ferndale Hospital every Sunday from 2pm to 3pm and bring him home.',
    'Mr Smith will keep his phone switched off during family time.',

    'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.',
    'Ms Smith will contact the social worker if she is worried.',
  ],
  invalid: [
    { text: 'Mr Smith will also have some contact at weekends.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'contact' }] },
    { text: 'Jo will see her dad at her nan\u2019s house.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'see her dad' }] },

    { text: 'Mr Smith will have supervised contact with the children.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'supervised contact' }] },
    { text: 'Contact with dad will be supervised.', errors: [{ messageId: 'missingDetails', severity: 'warning', excerpt: 'Contact with dad' }] },
  ],
};
