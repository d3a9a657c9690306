import { threateningRule } from '../../../../src/core/rules/threatening';
import type { RuleCases } from '../rule-tester';

const threat = (messageId: string, excerpt: string) => [{ messageId, severity: 'error' as const, excerpt }];

export const cases: RuleCases = {
  rule: threateningRule,
  section: 'contingency',
  valid: [
    'If Mia misses more nursery, the social worker will meet Dana within a week and may ask for legal advice.',

    'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith and her manager within five working days.',
    'A strategy discussion with the police and other services will be held.',
    'If the worries continue, the social worker will talk to her manager and may seek legal advice.',
    'The review meeting on 7 January 2027 will look at what has gone well and what needs to change.',
  ],
  invalid: [
    { text: 'Mia will be taken into care if the flat is not cleaned.', errors: threat('childrenRemoved', 'will be taken into care') },
    { text: 'We will have to take Mia into care if this happens again.', errors: threat('councilTakesChildren', 'We will have to take Mia into care') },
    { text: 'If you do not keep to this, we will refer the matter to our legal team.', errors: threat('councilGoesToCourt', 'refer the matter to our legal team') },
    { text: 'Missing any visit will count against you.', errors: threat('heldAgainst', 'count against you') },

    { text: 'If you do not stick to this agreement your children will be removed.', errors: threat('childrenRemoved', 'your children will be removed') },
    { text: 'Failure to comply with this agreement will result in care proceedings.', errors: threat('proceedingsFollow', 'will result in care proceedings') },
    { text: 'This is your last chance to keep the children at home.', errors: threat('ultimatum', 'last chance') },
    { text: 'Any breach will be used as evidence in court.', errors: threat('usedAsEvidence', 'Any breach will be used as evidence') },
    { text: 'The local authority will issue care proceedings if Mr Smith returns to the home.', errors: threat('councilGoesToCourt', 'The local authority will issue care proceedings') },
  ],
};
