import { threateningRule } from '../../../../src/core/rules/threatening';
import type { RuleCases } from '../rule-tester';

const threat = (messageId: string, excerpt: string) => [{ messageId, severity: 'error' as const, excerpt }];

export const cases: RuleCases = {
  rule: threateningRule,
  section: 'contingency',
  valid: [
    'If you keep missing work you could lose money.',
    // A legal notice said plainly is not a threat.
    'This plan is not a court order. You can ask a solicitor about it, and it may be shown to a judge if the case goes to court.',
    // Going into care as an agreed plan or a fact, not the price of a breach (issue 11, held-out-4 class).
    'Ellie went into foster care in 2023 and now lives with her aunt.',
    'Ellie will go into respite care with the Wards one weekend a month, as Mum asked.',
    // Placement, court and contact as punishment (classes): fair next steps that share their words.
    'Lily-Mae will be accommodated under section 20 while Mum is in hospital.',
    'The knives will be removed from the house by Friday.',
    'The assessment will show whether the children can safely stay at home.',
    'If Mum uses again, the children will go to Grandma\'s for the night, as agreed.',
    'Sam will be moved to a new class at school.',
    // Classes, not phrases: wordings written for these classes (issue 11).
    'Mum is at risk of losing her tenancy, so Kim will help her with the rent.',
    'We may seek legal advice and will tell you if we do.',
    'If things do not improve, we will talk with you about what help you need.',
    'If a session is stopped, the contact worker will meet Gemma and Lee within three working days.',
    'If the agreement is not working, we will look at whether a child protection conference is needed.',
    'If things do not change, the social worker will talk to her manager about what should happen next, which could include asking for legal advice.',
    'If Dad has been drinking, the visit will not go ahead and Omar will ring him the next day.',
    'If the house is not safe, the children will stay with their grandparents, as everyone agreed, until a meeting is held.',
    'This is not a legal document. You can take it to a solicitor.',
    'Mum may lose her tenancy if the rent is not paid, so Kim will help her apply for housing benefit.',
    'Amy will write to the court to ask for the hearing to be moved.',
    'The outcome of the assessment will be shared with you before the review.',
    'Your solicitor can explain what the court hearing will decide.',

    'If Mia misses more nursery, the social worker will meet Dana within a week and may ask for legal advice.',

    'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith and her manager within five working days.',
    'A strategy discussion with the police and other services will be held.',
    'If the worries continue, the social worker will talk to her manager and may seek legal advice.',
    'The review meeting on 7 January 2027 will look at what has gone well and what needs to change.',
  ],
  invalid: [
    { text: 'If the drinking goes on, the twins are liable to be taken into care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'twins are liable to be taken into care' }] },
    { text: 'If this happens again you may lose Leo.', errors: [{ messageId: 'courtOrLoss', severity: 'error', excerpt: 'may lose Leo' }] },
    { text: 'Missing the tests will lead to an application for a supervision order.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'will lead to an application for a supervision order' }] },
    { text: 'If the drinking starts again, the baby will be removed from Gemma\'s care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'the baby will be removed' }] },
    { text: 'If Tyler stays out all night again he will have to move into foster care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'will have to move into foster care' }] },
    { text: 'If the house is not cleaned up, the girls could then be placed into care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'could then be placed into care' }] },
    { text: 'Any missed session could mean Jack is placed with foster carers.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'mean Jack is placed with' }] },
    { text: 'Another police call-out will lead to the twins being moved to foster carers.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'lead to the twins being moved to foster carers' }] },
    { text: 'If the drinking starts again, Ruby would be sent to a residential unit.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'would be sent to a residential unit' }] },
    { text: 'If Kyle lets Dean stay over, Mia will be accommodated.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'If Kyle lets Dean stay over, Mia will be accommodated' }] },
    { text: 'Keep running off and you could end up in a secure children\'s home.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'end up in a secure children\'s home' }] },
    { text: 'Ryan will be prosecuted if he goes near the house.', errors: [{ messageId: 'fixedPunishment', severity: 'error', excerpt: 'will be prosecuted' }] },
    { text: 'Not sending Zara to school could lead to a fine.', errors: [{ messageId: 'fixedPunishment', severity: 'error', excerpt: 'lead to a fine' }] },
    { text: 'Should this happen again, visits with Dad will be stopped permanently.', errors: [{ messageId: 'contactEnds', severity: 'error', excerpt: 'will be stopped permanently' }] },
    { text: 'Dad may lose contact with the girls if he misses more sessions.', errors: [{ messageId: 'contactEnds', severity: 'error', excerpt: 'lose contact with the girls' }] },
    { text: 'A missed test will prove that Mum cannot keep the baby safe.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'will prove that Mum cannot keep the baby safe' }] },
    // Classes, not phrases: any verb, voice or modal (issue 11).
    { text: 'Mum is at risk of losing Rosie if the drinking goes on.', errors: [{ messageId: 'courtOrLoss', severity: 'error', excerpt: 'at risk of losing Rosie' }] },
    { text: 'Every broken rule will be written down and used against you.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'used against you' }] },
    { text: 'The council may have to go back to court.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'The council may have to go back to court' }] },
    { text: 'Every missed session will be reported to the judge.', errors: [{ messageId: 'reportedToCourt', severity: 'error', excerpt: 'will be reported to the judge' }] },
    { text: 'We will tell the court if Kelly does not go to the course.', errors: [{ messageId: 'reportedToCourt', severity: 'error', excerpt: 'We will tell the court' }] },
    { text: 'Not keeping to this agreement may affect the outcome of the case.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'may affect the outcome' }] },
    { text: 'Missing these appointments could harm your chances at the final hearing.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'could harm your chances' }] },
    { text: 'If the house is not cleaned, we will have no choice but to act.', errors: [{ messageId: 'noChoice', severity: 'error', excerpt: 'have no choice but' }] },
    { text: 'You could lose the children if the drinking carries on.', errors: [{ messageId: 'courtOrLoss', severity: 'error', excerpt: 'could lose the children' }] },
    { text: 'Any more drug use could result in the children being removed.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'could result in the children being removed' }] },
    { text: 'If Dad stays at the flat again, Ava and Leo may be placed in foster care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'may be placed in foster care' }] },
    { text: 'If things do not change, the council may apply to the court for a care order.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'the council may apply to the court' }] },
    { text: 'Court proceedings will be started if the baby is left alone again.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'Court proceedings will be started' }] },
    { text: 'If this happens again, the case will be passed to our legal team.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'the case will be passed to our legal team' }] },
    { text: 'Every missed visit will be recorded as evidence.', errors: [{ messageId: 'evidenceForCourt', severity: 'error', excerpt: 'recorded as evidence' }] },
    { text: 'Turning up late will reflect badly on you.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'reflect badly on you' }] },
    { text: 'Not answering the door will be seen as a refusal to work with us.', errors: [{ messageId: 'heldAgainst', severity: 'error', excerpt: 'will be seen as a refusal' }] },
    { text: 'Breaking the agreement may lead to care proceedings.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'may lead to care proceedings' }] },

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
