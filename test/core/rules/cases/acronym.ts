import { acronymRule } from '../../../../src/core/rules/acronyms';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: acronymRule,
  section: 'professional-commitments',
  valid: [
    // Shop names in capitals read as words.
    'Ms Smith will do the food shop at ALDI every Saturday.',

    'Amir Khan (social worker) will visit every Monday at 4pm.',
    'Jo will see the Child and Adolescent Mental Health Services (CAMHS) nurse every Tuesday. CAMHS will write to Ms Smith after each visit.',
    'Ms Smith will take Sam to the GP on 3 December 2026.',
    'Dr Patel (NHS) will see Sam at the clinic on 9 December 2026.',
    {
      // Defined in one paragraph, fine in every other (the rule declares its definitions).
      name: 'an acronym defined elsewhere in the agreement',
      lines: ['## What the family will do', '- Jo will see the Child and Adolescent Mental Health Services (CAMHS) nurse every Tuesday.', '- Ms Smith will go with Jo to every CAMHS appointment.'],
    },
  ],
  invalid: [
    { text: 'The SW will visit every Monday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'SW' }] },
    {
      text: 'The children will stay on a CP plan until the RCPC.',
      errors: [
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'CP' },
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'RCPC' },
      ],
    },
    { text: 'Ms Smith will attend CAMHS appointments with Jo every Tuesday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CAMHS' }] },
    { text: 'We will discuss this at the PLO meeting.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'PLO' }] },
    { text: 'The QRT will phone Ms Smith by Friday.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'QRT' }] },
    {
      name: 'an acronym never defined in the agreement',
      lines: ['## What the family will do', '- Jo will see the nurse every Tuesday.', '- Ms Smith will go with Jo to every CAMHS appointment.'],
      errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CAMHS' }],
    },
  ],
};
