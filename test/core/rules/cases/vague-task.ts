import { vagueTaskRule } from '../../../../src/core/rules/vague-task';
import type { RuleCases } from '../rule-tester';

const parts = (excerpt: string) => [{ messageId: 'missingParts', severity: 'warning' as const, excerpt }];

export const cases: RuleCases = {
  rule: vagueTaskRule,
  section: 'family-commitments',
  valid: [
    // A standing rule holds all the time; a condition says when.
    'Dana will only leave Mia with her sister Rose or her neighbour Pam.',
    'Lee will ring Dana if Mia is not home by 6pm and will go and look for her.',
    // Each line of a paragraph with breaks is its own task.
    'Dana will take Mia to nursery by 9am every weekday.\nDana will pay the nursery fees every Friday.',

    'Ms Smith will ensure that Jo and Sam are at Top School on time every day.',
    'Mr Smith will not drink alcohol while he is looking after the children.',
    'Ms Smith will take Sam to every appointment with the speech therapist, starting on 3 December 2026.',
    'Rita and Ed Dilley will look after Jo and Sam every Tuesday evening so Ms Smith can attend the parenting group.',
    'Ms Smith will make sure Jo has breakfast before school every morning.',
    { section: 'professional-commitments', text: 'Doreen Atkinson (Bright Start Children\u2019s Centre) will visit the family home every Wednesday to support Ms Smith with budgeting and shopping.' },
    { section: 'professional-commitments', text: 'Amir Khan (social worker) will phone Ms Smith every Friday afternoon to support her with the plan.' },
    // The contact-arrangements prompt already asks how often, and hides this rule's (declared by that rule).
    'Mr Smith will have supervised contact with the children.',
    // Not a task: the concerns are not commitments.
    { section: 'concerns', text: 'Mum will engage with services.' },
  ],
  invalid: [
    { text: 'Carl will manage his temper.', errors: parts('manage his temper') },
    { text: 'Dana and Lee will work with the professionals.', errors: parts('work with the professionals') },
    { text: 'Dana will keep on top of the laundry.', errors: parts('keep on top of') },
    // The vague line of a paragraph with breaks is found at its own offsets.
    { text: 'Dana will take Mia to nursery by 9am every weekday.\nDana will be honest with workers.', errors: parts('be honest') },

    { text: 'Ms Smith and Mr Smith will work with Lantern House to address their drinking.', errors: parts('work with Lantern House to address') },
    { text: 'Mum will engage with services.', errors: parts('engage with') },
    { text: 'The family will attend appointments.', errors: parts('The family') },
    { text: 'Mr Jones will show insight into the impact of his behaviour on the children.', errors: parts('show insight') },
    { text: 'Parents will make better choices.', errors: parts('Parents') },
    { text: 'Ms Ali will ensure the children\u2019s needs are met.', errors: parts('ensure the children\u2019s needs are met') },
    { text: 'Dad will try to be a good role model.', errors: parts('be a good role model') },
    { section: 'professional-commitments', text: 'Professionals will support the family as needed.', errors: parts('Professionals') },
    { section: 'professional-commitments', text: 'The social worker will monitor the situation.', errors: parts('monitor the situation') },
    // Only the time is missing: a milder prompt.
    { text: 'Ms Smith will take Jo to the dentist.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Ms Smith will take Jo to the dentist' }] },
  ],
};
