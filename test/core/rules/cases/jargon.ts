import { jargonRule } from '../../../../src/core/rules/jargon';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: jargonRule,
  section: 'family-commitments',
  valid: [
    // A court order named as a fact is the name on the family's papers; 'comply' alone in a consequence line
    // is the threat's business; everyday words near the new terms (issue 11, held-out-4 classes).
    'Ollie lives with his aunt under a child arrangements order made in 2024.',
    'There is a supervision order until March 2027.',
    'Harley lives with his nan under a special guardianship order.',
    // A meeting, assessment or test named with its time and place is an event the family is invited to.
    'The next core group will be on 9 February 2027 at 1.30pm at Oakfield Children\'s Centre.',
    'Jess will do a hair strand test at the Brightside clinic on 3 March 2027 at 9am.',
    'If you do not comply with this agreement, Jo will meet you within a week to talk about why.',
    'Failure to comply will mean we meet again within a week.',
    'Mum will tell the nurse what the blood sugar readings were each morning.',
    'Dad will show Kim the receipts on Friday.',
    'The home is warm and tidy.',
    // Explained in the same sentence, or a plain review meeting (not a child protection conference).
    'This agreement is made under section 17 of the Children Act 1989, the part of the law that lets the council help children in need.',
    'The review conference for the family plan will be on 4 March 2027 at 2pm at Beech House.',
    'Kim will bring the evidence of the rent payments to the meeting.',
    // Classes, not phrases: wordings written for these classes (issue 11).
    // A role in brackets after a name says who someone is.
    'Dina Shah (early help worker) will ring Mum every Monday at 10am.',
    'Ana will write a chronology, which is a list of what has happened and when, by 20 December 2026.',
    'Ana will draw a genogram – a family tree – with Kim on 8 December 2026.',
    'Kim will take Grace to her check-up at Brookfield Clinic on 4 December 2026.',
    'The family will meet Ana at the Brookfield Family Hub every Tuesday at 10am.',
    'Please read part 7 of this agreement with your solicitor.',
    'Nan will look after Mia on Saturdays while Kim works.',
    'Ana will ask Mia what she thinks and wants, on her own, every visit.',
    'Mum will go to the meeting on 12 December with her solicitor, who can advise her for free.',
    'Kelly will go to the Freedom Programme at Greystone Library every Monday at 10am.',
    'Mia will have a short break with her aunt one weekend a month.',
    'Kim will stop smoking in the flat from today.',

    'Ms Smith will go to the meeting with the school and the social worker every six weeks.',
    'Jo will be looked after by her grandmother, Rita Dilley, on Saturdays.',
    // The name of a service, not jargon.
    'Sarah Hill (Multi-Agency Safeguarding Hub) will phone Ms Smith by 4 December 2026.',
    // Explained in brackets straight after.
    'We will hold a core group (a meeting of everyone who works with the family) every six weeks.',
    // A written undertaking names the document, a promise (held-out-5 class, new wording).
    'Grandad signed this undertaking on Friday and keeps a copy.',
    // Court orders are jargon when the council seeks one, not as the order the family already lives under.
    'Nan has looked after Kai under a care order since 2023.',
    'If Mia is hurt again, the council may ask the court for a care order.',
    // The full name of the order a victim of abuse asks for is plain; only the workers' shorthand is not.
    'Leah has applied for a non-molestation order with help from her solicitor.',
    // Time that grows in stages is plain; only a change of service level is a step up or down.
    'Family time with Dad will be stepped up in stages over the next month.',
    'Visits will step up to two hours each Saturday from January.',
    // A case "escalated" in a consequence is the threatening rule's business; a conference named as itself is plain.
    'If the house is still cold on Friday, the case may be escalated and Ana will tell you first.',
    'Ana will explain to Kim what happens at the child protection conference.',
    // Everyday words with a professional sense that a parent reads plainly (the real-layout labellers, eleven sets):
    // joining in with a service, the name of an assessment of parenting or of a test, the kind of letter or meeting
    // the family is sent, the state of the house, a child's placement; a worker or team named by its work; a
    // consequence clause, which the threatening rule reads.
    'Dad will engage with the alcohol team and go to every Tuesday group.',
    'Shannon has not engaged with the health visitor since October.',
    'Priya will start the parenting assessment with Lee and Sam on 11 January 2027.',
    'The hair strand tests will be paid for by the council.',
    'Carla will finish the pre-birth assessment before the baby is due.',
    'You were sent a letter before proceedings on 2 November.',
    'The review child protection conference will look at the plan again.',
    'Ruby has been subject to a child protection plan since July.',
    'Nan will help Kim keep the home conditions as they are now.',
    'Dad will make sure the boys’ basic needs are met every day.',
    'Mia is settled in her placement with the Bennetts.',
    'The nursery’s safeguarding lead will ring Ana if Mia arrives hungry.',
    'Kelly will meet the early help worker at the library on Thursday.',
    'Ana will set up a safety planning meeting with Leah and her support worker.',
    'The bottom lines are that Dad does not stay overnight and does not drive the children.',
    'Contact will stop with immediate effect if anyone is hurt.',
    'If you do not keep to these expectations, we will meet within a week to talk about what went wrong.',
    'Missing the meetings again will result in escalation to the team manager.',
    // The document's own kind, named as the family holds it.
    'Pre-proceedings agreement for Ellis and Shay Turner',
  ],
  invalid: [
    { text: 'The family centre is undertaking a parenting assessment.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'undertaking' }] },
    { text: 'Workers are worried about the parental conflict at handovers.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'parental conflict' }] },
    { text: 'Dad must evidence that the rent arrears are being paid.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'must evidence' }] },
    { text: 'Leo is at risk of child exploitation in the town centre.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child exploitation' }] },
    // Only a date, or only a place, does not make it an invitation.
    { text: 'Mum will go to the core group on 9 February 2027.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group' }] },
    { text: 'The strategy meeting will be held at Oakfield Police Station.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'strategy meeting' }] },
    { text: 'Dad will show protective parenting when Uncle Lee visits.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'protective parenting' }] },
    { text: 'Gemma is worried about the risk indicators at the youth club.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'risk indicators' }] },
    { text: 'Workers will share information to manage the risk.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'manage the risk' }] },
    { text: 'The health visitor will offer targeted support.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'targeted support' }] },
    { text: 'Tasha will write down her relapse indicators with the nurse.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'relapse indicators' }] },
    { text: 'The nurse will check his glycemic control every month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'glycemic control' }] },
    { text: 'Ruby disclosed that she had been hit.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disclosed' }] },
    { text: 'Sam will comply with the school attendance plan.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'comply with' }] },
    { text: 'Workers will look at the parent-child interaction at each visit.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'parent-child interaction' }] },
    { text: 'The school will report persistent absence to the council.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'persistent absence' }] },
    { text: 'Assessments will be undertaken in a timely manner.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'undertaken' }, { messageId: 'jargon', severity: 'warning', excerpt: 'in a timely manner' }] },
    { text: 'Dee will call a professionals meeting before the review.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'professionals meeting' }] },
    { text: 'Mum to evidence that the rent is paid.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'to evidence' }] },
    { text: 'The school will put a support package in place for Aisha.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'support package' }] },
    { text: 'The nursery will make reasonable adjustments for Ravi.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'reasonable adjustments' }] },
    { text: 'The plan is under the category of emotional abuse.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'under the category of' }] },
    { text: 'Ana will write a danger statement with Kim.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'danger statement' }] },
    { text: 'The council will apply for a management transfer for Kim.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'management transfer' }] },
    // Classes, not phrases: terms from the guidance and published agreements (issue 11).
    { text: 'Kim and Lewis will complete the Graded Care Profile with Ana by 9 January 2027.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Graded Care Profile' }] },
    { text: 'Ana will write a chronology by 20 December 2026.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'chronology' }] },
    { text: 'Ana will draw a genogram with Kim on 8 December 2026.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'genogram' }] },
    { text: 'A legal planning meeting will be held on 9 January 2027.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'legal planning meeting' }] },
    { text: 'The children are at risk of significant harm.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'significant harm' }] },
    { text: 'Nan is being assessed as a connected person.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'connected person' }] },
    { text: 'Ana will ask Mia about her wishes and feelings every visit.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'wishes and feelings' }] },
    { text: 'Mum will go to the pre-proceedings meeting on 12 December with her solicitor.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'pre-proceedings meeting' }] },
    { text: 'The toxicology results will be shared with both solicitors.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'toxicology' }] },
    { text: 'Ana will start life story work with Mia in January.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'life story work' }] },
    { text: 'Mia may need respite care at weekends.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'respite care' }] },
    { text: 'Grandad has applied for special guardianship.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'special guardianship' }] },
    { text: 'Ana will complete a viability assessment of Auntie Jo by 15 January 2027.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'viability assessment' }] },

    { text: 'Ms Smith will attend every core group meeting.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group meeting' }] },
    { text: 'The social worker will liaise with the school every Friday.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'liaise' }] },
    { text: 'Family support will be facilitated by the Family Hub.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'facilitated' }] },
    { text: 'There are concerns about disguised compliance.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disguised compliance' }] },
    { text: 'Workers are worried about Dad’s engagement with the drug service.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'engagement' }] },
    { text: 'Early help will be offered to the family if things get harder.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Early help' }] },
    { text: 'The school will follow its safeguarding procedures if Ava comes in with a mark.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'safeguarding' }] },
    // Court procedure the council takes, the words of the care system, screening tools, and how workers describe
    // their oversight and a parent's ability (issue 11, classes from jargon busters written for parents).
    { text: 'The council will ask the court for an interim care order if Ruby is taken from the foster home.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'interim care order' }] },
    { text: 'We may apply to the family court for a supervision order.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'supervision order' }] },
    { text: 'Officers could use police protection if the boys are left alone again.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'police protection' }] },
    { text: 'The directions hearing is next month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'directions hearing' }] },
    { text: 'Kim will sign the delegated authority form with the foster carers.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'delegated authority' }] },
    { text: 'Ana will raise this at Mia\u2019s next CLA review.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'CLA review' }] },
    { text: 'The youth worker will go through an exploitation screening tool with Jay.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'screening tool' }] },
    { text: 'The health visitor will continue to monitor Ava\u2019s weight.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'continue to monitor' }] },
    { text: 'Workers doubt Dad\u2019s capacity to keep the flat safe.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'capacity to' }] },
    { text: 'If things improve the plan will step down to a family support plan.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'step down' }] },
    { text: 'Escalation to a manager will follow any missed visit.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Escalation' }] },
    { text: 'Dad\u2019s visits are set by the court under section 34.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'section 34' }] },
    { text: 'Leah will tell the police if Ryan breaks the non-mol.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'non-mol' }] },
    // Court procedure once proceedings have started, and officialese from the guidance (this change's classes).
    { text: 'Kai has lived with his foster carers under an interim care order since June.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'interim care order' }] },
    { text: 'Ana will send the family time notes to the children’s guardian each month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'children’s guardian' }] },
    { text: 'The school has asked for a needs assessment for Leo.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'needs assessment' }] },
    { text: 'The worries have not been ameliorated since the summer.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'ameliorated' }] },
    { text: 'Social care and the police started a child protection investigation after the fall.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child protection investigation' }] },
    { text: 'Dad will be risk assessed before he sees Theo.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'risk assessed' }] },
    { text: 'The judge will hold a finding of fact before deciding.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'finding of fact' }] },
    { text: 'The plan is a rehabilitation home to Mum by the summer.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'rehabilitation home' }] },
    { text: 'Ana will update the plan in consultation with the school.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'in consultation with' }] },
    { text: 'The family has been known to services since 2022.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'known to services' }] },
    { text: 'At nursery Evie presents as tired and hungry.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'presents as' }] },
    { text: 'The pre-proceedings period ends in March.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'pre-proceedings' }] },
    { text: 'Leo will go to alternative provision on Fridays.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'alternative provision' }] },
    { text: 'Ana will do the three houses with Mia before the review.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'three houses' }] },
    { text: 'Dad will see Mia in line with the court\u2019s wishes.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'in line with' }] },
  ],
};
