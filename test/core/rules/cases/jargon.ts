import { jargonRule } from '../../../../src/core/rules/jargon';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: jargonRule,
  section: 'family-commitments',
  valid: [
    'Ms Smith will go to the meeting with the school and the social worker every six weeks.',
    'Jo will be looked after by her grandmother, Rita Dilley, on Saturdays.',
    // The name of a service, not jargon.
    'Sarah Hill (Multi-Agency Safeguarding Hub) will phone Ms Smith by 4 December 2026.',
    // Explained in brackets straight after.
    'We will hold a core group (a meeting of everyone who works with the family) every six weeks.',
  ],
  invalid: [
    { text: 'Ms Smith will attend every core group meeting.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group meeting' }] },
    { text: 'The social worker will liaise with the school every Friday.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'liaise' }] },
    { text: 'Family support will be facilitated by the Family Hub.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'facilitated' }] },
    { text: 'There are concerns about disguised compliance.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disguised compliance' }] },
    { text: 'Mum will engage with the parenting course every Monday.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'engage' }] },
  ],
};
