import { victimResponsibilityRule } from '../../../../src/core/rules/victim-responsibility';
import type { RuleCases } from '../rule-tester';

const ASKED = 'will not allow Mr Smith in the family home';
const KEEP_AWAY = '- Ms Smith will not allow Mr Smith in the family home.';
const HIS_TASK = '- Mr Smith will not come to the family home while he has been drinking.';
const SUPPORT = ['## What the social worker and other professionals will do', '- Amir Khan (social worker) will refer Ms Smith to the domestic abuse support service by 1 December 2026.'];

export const cases: RuleCases = {
  rule: victimResponsibilityRule,
  section: 'family-commitments',
  valid: [
    // A safety step the parent chose, with support, is hers to take.
    'Kerry has decided to go to the Freedom Programme every Monday, and the nursery will have Lily on those mornings.',

    'Ms Smith will not let Jo walk home from school alone.',
    'Mr Smith will not come to the family home if he has been drinking.',
    'Ms Smith will phone the police on 999 if Mr Smith comes to the home.',
  ],
  invalid: [
    { text: 'Kerry will tell the social worker whenever Wayne phones her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell the social worker whenever Wayne phones' }] },
    { text: 'Kerry will not let Wayne have contact with Lily.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Wayne have contact with Lily' }] },
    // Inside a contingency line too.
    { section: 'contingency', text: 'If Wayne turns up at the house, Kerry will ask him to leave.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ask him to leave' }] },

    { text: 'If Mr Smith has been drinking or using illegal substances Ms Smith will not allow him in the family home.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow him in the family home' }] },
    { text: 'Mum will make sure her partner does not drink around the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure her partner does not' }] },
    { text: 'Ms Ali will keep Mr Khan away from the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep Mr Khan away' }] },
    // With the whole agreement in view (declared by the rule): softened when the other adult has tasks, the parent support, or both.
    { name: 'the other adult has tasks of his own', lines: ['## What the family will do', KEEP_AWAY, HIS_TASK], errors: [{ messageId: 'otherAdultHasTasks', severity: 'warning', excerpt: ASKED }] },
    { name: 'the parent is offered support', lines: ['## What the family will do', KEEP_AWAY, ...SUPPORT], errors: [{ messageId: 'parentSupported', severity: 'warning', excerpt: ASKED }] },
    { name: 'both: a milder prompt', lines: ['## What the family will do', KEEP_AWAY, HIS_TASK, ...SUPPORT], errors: [{ messageId: 'sharedAndSupported', severity: 'info', excerpt: ASKED }] },
  ],
};
