import { threateningRule } from '../../../../src/core/rules/threatening';
import type { RuleCases } from '../rule-tester';

const threat = (messageId: string, excerpt: string) => [{ messageId, severity: 'error' as const, excerpt }];

export const cases: RuleCases = {
  rule: threateningRule,
  section: 'contingency',
  valid: [
    // Fair steps (issue 11, held-out-32 seen): the outcome is someone else's decision (probation, the court), one
    // session ends at its usual time or is cancelled that day, and the council acting on what it hears.
    'If Craig breaks a licence condition, his probation officer will decide whether he goes back to prison, and Jo will visit the children that day.',
    'If things do not get better, it will be for the court to decide where Ellie lives, and you will have a solicitor.',
    'If Dad arrives late, contact will end at the usual time.',
    'If Mum has been drinking, the visit will be cancelled and Sam will ring her the next morning.',
    'If the children tell us something worrying, we will act on it straight away and tell you.',
    'If Kai goes missing, we will have to act quickly to find him.',
    'If the contact centre closes for Christmas, visits will stop for two weeks and start again on 5 January.',
    'If Lily does not want to go, the visits will stop until we have talked to her.',
    'If Tom quits his job, Jo will help him with a benefits claim.',
    'One more week and the children go home.',
    'If Kirsty keeps the children off school, the attendance worker will visit that day to see what is stopping them going.',
    'Another hour and they go to bed.',
    // The family's own solicitor going to court, and the court asked to decide as a possibility, are fair.
    "If there is any breach of the court order, Mum's solicitor will tell the court.",
    'If the plan is not working, a judge may be asked to decide, and you will have a solicitor to help you.',
    // Anyone doing something, with an ordinary result.
    'Anyone arriving late will wait in the foyer until the session starts.',
    // Time with a parent held back as a plain arrangement, with no failure it answers.
    'Dad will not see the children at all until the assessment is finished.',
    // Classes (held-out-8 and -9, seen): the police after his act or his broken bail is a safety step, a child not home
    // is reported missing, and a hearing the family is told about before it is not a price.
    { section: 'contingency', text: 'If Kyle breaks his bail conditions, the police will be contacted and Jo will see Amber that afternoon.' },
    { section: 'contingency', text: 'If Ruby is not home by 9pm, Amber will ring the police and report her missing.' },
    { section: 'contingency', text: 'If there are new worries, we will meet you before any hearing to talk them through.' },
    { section: 'contingency', text: 'If the plan slips, we will keep Ruby\'s review date and look at it together.' },
    // Classes (held-out-11, seen): the foster carers a child in care goes back to; the family asking someone.
    { section: 'contingency', text: 'If Amber arrives drunk, the visit will end early, Ruby will go back to her foster carers and Jo will ring Amber the next morning.' },
    { section: 'contingency', text: 'If your solicitor cannot make the meeting, ask them to ring our legal team.' },
    // Held-out-11's classes, in new wordings: a child going back to the foster carers he lives with after a
    // session, and records that may reach a court said as a fact with no breach in the paragraph.
    'If Kian seems unwell at the start, the visit will stop and he will go back to his foster carers early.',
    'The centre writes a short note after each visit; the notes may be shared with the court.',
    // The same conditions with fair outcomes, and drastic words the family is told about rather than threatened with.
    'If Dad misses a visit, Nan will still take the children to see him at the centre the next week.',
    'If the plan is not kept, we will talk with you about whether the boys can stay at home safely.',
    'If you are unhappy with the plan, you can ask your solicitor about going to court.',
    'If Mum cannot manage, the children will stay with Aunt Jo, as the family agreed.',
    'If the review finds things are no better, we will arrange a meeting before any decision about court is made.',
    'If Mum and Dad get back together, Kim will meet them that week to talk about a new safety plan.',
    'If things get worse we may decide with you that a child protection conference is needed.',
    'If you are not able to care for the baby, Nan will look after her.',
    'If Dad is late the visit will be shorter that day.',
    'If Mum relapses Grandma will look after the children until Mum is well.',
    'Leo will go before the school council on Friday to talk about the garden.',
    'If you keep missing work you could lose money.',
    // Held-out-13 to -15 classes (seen), in new wordings: a legal meeting as a worker's step or a possible next
    // step is a meeting; a safety step the parent is told will never be held against her.
    'Sam will write up the assessment and present it at the legal gateway panel on 9 January.',
    'If the plan drifts, we will talk it over at core group and it might go to a legal planning meeting.',
    'Ring 999 if Jay turns up; calling the police will never be held against you.',
    // The structural reading's fair side: a child kept away from the man after his act is a safety step, pre-proceedings
    // explained as a stage, a legal planning meeting held to discuss, the next step a meeting, a move within the home.
    'If Dad comes to the house, the police will be called and the children will be kept away from him.',
    'Pre-proceedings is the last stage before a court application, and Sam will explain it to you.',
    'If the worries continue, we will hold a legal planning meeting to discuss the next step with our manager.',
    'If things do not improve, the next step would be a review meeting with everyone.',
    'Otherwise, the plan stays as it is and we will look at it again in March.',
    "If Jo is not well enough, the children will go to Nan's and come back home once she is better.",
    'If Lee comes back, Mia will be moved from the bedroom at the front to the back of the house.',
    'If the house is messy, the family support worker will help Sophie sort it out on Tuesday.',
    'Without any change by the review, we will look again at the support on offer.',
    'If Evie is left alone, the neighbour will sit with her until Sophie gets back.',
    'If Chloe misses a session, family time will be paused until we have all met.',
    'Bella can stay at home with Dad while the assessment is finished.',
    'If Dad is unwell, Bella will be looked after by Nan until he is better.',
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
    // Issue 11's fair side of the same words: a complaint taken further, police after a child goes missing, a placement
    // ended by a plan made together, a chance offered, a child's future as a goal, another family member caring.
    'If you are not happy with how we have worked with you, you can take it further through the complaints team.',
    'If Keira goes missing, Mum will call the police and Sam will visit the next day.',
    'If Nan cannot carry on, we will meet the family to plan where Rio lives next.',
    'If you miss the appointment, you will get another chance the following week.',
    "Sam will help Ava think about her future at college.",
    'If Tracey is ill, Hollie will ask another family member to collect the boys.',
    'If a session is missed, Tom will take it seriously and ring Dad that afternoon.',
    'If Mum is ill, Aunt Sue will step in and do the school run.',
    'If the nursery place falls through, we will look at our options together with you.',
    'If you are not sure what this plan means for your benefits, ask Sam; it could have implications for your housing benefit.',
    'Miss the bus and Gran will drive Ellie to school.',
    'If Ellie is hurt, the nurse will report it to the police as soon as possible.',
    'Keep going to the groups and Sam will talk to the court about more family time.',
    'If the landlord starts possession proceedings, Kim will help you find a housing solicitor.',
    'If you see something you are unsure about, think about Mia\'s future and ring Sam.',
    'Mum may lose her tenancy if the rent is not paid, so Kim will help her apply for housing benefit.',
    'Amy will write to the court to ask for the hearing to be moved.',
    'The outcome of the assessment will be shared with you before the review.',
    'Your solicitor can explain what the court hearing will decide.',

    'If Mia misses more nursery, the social worker will meet Dana within a week and may ask for legal advice.',

    'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith and her manager within five working days.',
    'A strategy discussion with the police and other services will be held.',
    'If the worries continue, the social worker will talk to her manager and may seek legal advice.',
    'The review meeting on 7 January 2027 will look at what has gone well and what needs to change.',
    // A move or a formal step as a plan, not as the price of a breach (the classes below).
    'If Nan is poorly, Jayden will stay with Aunty Rose until she is better.',
    'If Dad cannot collect them, the twins will be put to bed by Grandad at his flat.',
    'Kayla will be moved to a bigger bedroom when the new flat is ready.',
    'If the worries grow, Priya will talk to her manager about whether the case should be escalated, and will tell you first.',
    'If things go well, the plan will be stepped down to early help in March.',
    'A positive test will lead to visits being paused until everyone has met.',
    'If Dad is late, the visit will be shorter that day.',
    // Held-out-10 and -12 classes (seen), bounds in new wordings: a legal notice whose condition is the court itself;
    // the other family in letterbox contact; carers from the family's own network; escalating to a manager; a new slot.
    'This agreement is not a court order, but it could be used as evidence if the case ends up in court. Talk to a solicitor if you are unsure.',
    'If a letter is late, Sam will let the other family know.',
    'If Nan cannot have the girls, other carers from the family network will be asked first.',
    'If the plan is not working, Sam will escalate it to her manager for more support.',
    'If you miss a session, the centre will offer you another slot that week.',
    // Fair outcomes read by meaning (held-out-16 and -17's fair lines, as classes): a meeting held to decide,
    // the court named as who would decide, a breach read as a reason to help, a child kept in a carer's
    // care, time ended for that day or cut while it is talked through, a relative the parent chose, and
    // records that may reach a court said in a legal notice.
    'If the plan stalls, it will be taken to a review meeting to decide with you what extra help is needed.',
    'If worries carry on, we might ask the family court to decide, and you would be told first.',
    'If Tom is unsure, we will see this as a reason to explain the plan again.',
    'If Mum feels low, Grandad will not let the baby leave his care until the health visitor has been.',
    'If a visit goes wrong, the worker will end your time with Ben for that day and ring you the next morning.',
    'If Amy misses a session, her Thursday time may be cut short while we talk it through.',
    'If Lou is ill, the children will stay with another family member she has chosen.',
    'This letter is not a court order. You can get free legal advice. It may be shared with a court later if things do not improve.',
    'If the drinking starts again, we will count this as a sign that more support is needed.',
    // More fair classes: the foster carer a child already lives with acting, a session moved, time carrying on,
    // a residential assessment offered as help.
    'If Ellie runs off during a visit, her foster carer will call the police and tell Mum that evening.',
    'If a family time session is cancelled, it moves to the same time the next week.',
    'If Dad feels things are slipping, he can ask for a meeting and his time with the boys carries on.',
    'If the plan is not working, we will talk about whether a residential parenting assessment could help the family stay together.',
    // Fair beside the third round's classes: time carrying on, the carers a child lives with, questions, a plan put right.
    'If Leo is poorly, his weekends at his mum\'s house carry on and she will ring the school.',
    'If the girls are upset after a visit, they will stay with their carers and talk to Jo the next day.',
    'Any questions about this plan can go to Priya or your solicitor.',
    'If the plan goes wrong, we will meet with you and Nan within two days to put it right.',
    // Night shift (6 December), fair sides of the new classes: talking with the parent about whether a child can stay,
    // a legal meeting held to discuss, a relative's weekend, decisions shared, harm to a child's health, a place in a
    // queue, and a sibling's carer (not a return to care).
    'If things slip, we will talk to you about whether Jack can stay at home and what help you need.',
    'If nothing changes, the next step could be a legal gateway panel to discuss what happens next.',
    'If Kelly needs a break, Jade will stay with her aunt for the weekend.',
    'If the worries continue, Sam will talk with Kelly about the support on offer, with no decisions made without her.',
    "Poor weather may have serious consequences for Mia's health if she goes out without a coat.",
    'If Dad misses his slot, he will lose his place in the queue for the parenting course.',
    "If Nan is not told, Mason's return to care for his sister will be arranged.",
    // Third brainstorm's fair sides: a condition with its own "will not", a relative's care until a parent is well,
    // and legal advice asked for.
    'If you will not manage the stairs with the pram, Nan will carry it up for you.',
    'If Gail is poorly, the twins will go and stay with their uncle until she is well.',
    'If the worries stay, we will ask for legal advice and tell you that we have.',
    // Issue 11, conditions in any form (an instruction joined by "and", "when … again", "should … be missed"), with
    // fair outcomes: carrying on well, a visit arranged, a talk, a court named only as the process's own condition, an
    // order that stops one act.
    'Keep going to the groups like this and we will be able to reduce our visits.',
    'When the worries come back, ring Sam and we will arrange an extra visit.',
    'If Mum says no to the course, we will talk with her about what would suit her better.',
    'The plan may be read as evidence by a judge if the council ever applies for an order; a solicitor can explain this to you.',
    'If Dad books flights without telling us, Ria will ask the legal team to apply for a prohibited steps order so the children stay in the country.',
    'When Tilly is poorly again, the session will stop early and we will rebook it.',
    // Prison named as a service or a place visited, not where anyone is sent (held-out-28's false flag, seen; new wording).
    'If Jade is too upset after the call, Sam will ring the prison liaison officer and move the next call to a weekend.',
  ],
  invalid: [
    // The failure as the subject: anyone doing it.
    { text: 'Anyone turning up drunk will lose their family time.', errors: threat('contactEnds', 'Anyone turning up drunk will lose their family time') },
    // The parent's time ended for good, however it is said: "at all" and "any more" as well as "again".
    { text: 'If the visits are not kept to, Lee will not be able to see the twins at all.', errors: threat('contactEnds', 'Lee will not be able to see the twins at all') },
    // Held-out-10 and -12 classes (seen), in new wordings: a child no longer in a named parent's care; other carers or
    // another family; the case handed to the council's lawyers in the present tense; contact lost for good, whatever the
    // verb; the family's place given away; escalation on its own; a breach recorded as a failure to protect.
    { section: 'contingency', text: 'If Mum drinks again, Lottie may not be able to stay in her dad\'s care.', errors: threat('automaticResult', 'Lottie may not be able to stay in her dad\'s care') },
    { section: 'contingency', text: 'If the visits keep being missed, we will look for alternative carers for Lottie.', errors: threat('automaticResult', 'we will look for alternative carers for Lottie') },
    { section: 'contingency', text: 'If this happens again, Lottie will be going to live with another family.', errors: threat('automaticResult', 'Lottie will be going to live with another family') },
    { section: 'contingency', text: 'Skip another test and the matter goes to the council\'s solicitors.', errors: threat('councilGoesToCourt', 'the matter goes to the council\'s solicitors') },
    { section: 'contingency', text: 'If you break the contact rules, you might lose your visits permanently.', errors: threat('contactEnds', 'lose your visits permanently') },
    { section: 'contingency', text: 'Shouting at staff will end your sessions altogether.', errors: threat('contactEnds', 'end your sessions altogether') },
    { section: 'contingency', text: 'Not cancelling a day ahead means the centre will offer your slot to a different family.', errors: threat('contactEnds', 'offer your slot to a different') },
    { section: 'contingency', text: 'Continued drinking will lead to escalation.', errors: threat('escalated', 'Continued drinking will lead to escalation') },
    { section: 'contingency', text: 'Any further assault will be recorded as a failure to protect the children.', errors: threat('heldAgainst', 'Any further assault will be recorded as a failure to protect the children') },
    // Classes (held-out-8 and -9, seen): the police fetching the child back after the family's own breach about where the
    // child is; a child not left in the parent's care, or living elsewhere for good; a refused test taken as a positive one;
    // never seeing the child again; escalation to a conference; a hearing as the audience.
    { section: 'contingency', text: 'If you take Ruby to your flat without asking us, the police will be asked to fetch her back.', errors: threat('fetchedBack', 'the police will be asked to fetch her back') },
    { section: 'contingency', text: 'If the shouting carries on, we won\'t be able to keep Ruby at home.', errors: threat('automaticResult', 'we won\'t be able to keep Ruby at home') },
    { section: 'contingency', text: 'If the fighting carries on, Ruby will go to live with her aunt for good.', errors: threat('automaticResult', 'Ruby will go to live with her aunt for good') },
    { section: 'contingency', text: 'Refusing a hair strand test will be treated as a positive result.', errors: threat('heldAgainst', 'Refusing a hair strand test will be treated as a positive result') },
    { section: 'contingency', text: 'If you keep missing sessions, you may not see Ruby again.', errors: threat('contactEnds', 'you may not see Ruby again') },
    { section: 'contingency', text: 'Should you stop working with us, we will escalate to a child protection conference.', errors: threat('escalated', 'we will escalate to a child protection conference') },
    { section: 'contingency', text: 'If you miss another test, it will be raised at the final hearing.', errors: threat('automaticResult', 'it will be raised at the final hearing') },
    // Classes (held-out-11, seen): behaviour to staff as the failure; disengagement as the subject; her care; legal advice
    // with a view to court; a main clause whose subject is a possessive, with no comma; a judge asked.
    { section: 'contingency', text: 'If you are aggressive to the workers, family time will be cut.', errors: threat('contactEnds', 'family time will be cut') },
    { section: 'contingency', text: 'Disengagement from the plan will lead to pre-proceedings.', errors: threat('automaticResult', 'Disengagement from the plan will lead to pre-proceedings') },
    { section: 'contingency', text: 'If Kyle is found at the flat, we will need to consider whether Ruby can remain in her care.', errors: threat('automaticResult', 'we will need to consider whether Ruby can remain in her care') },
    { section: 'contingency', text: 'If Amber misses three sessions running her family time will be cut back.', errors: threat('contactEnds', 'her family time will be cut back') },
    { section: 'contingency', text: 'Breaking this agreement means the council will ask a judge to decide where Poppy lives.', errors: threat('automaticResult', 'Breaking this agreement means the council will ask a judge to decide where Poppy lives') },
    // Held-out-11's classes, in new wordings: the other adult seen or found at the home as the condition, an
    // order named by its initials, misconduct as the condition, a possessive subject with no comma, advice the
    // council takes on its way to court, the parent judged by his presence, a child's care "with her".
    { text: 'Should Dean be seen at the house, we will apply for an EPO.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'we will apply for an EPO' }] },
    { text: 'If Lee is aggressive to the staff, his visits will be stopped.', errors: [{ messageId: 'contactEnds', severity: 'error', excerpt: 'his visits will be stopped' }] },
    { text: 'If Jade misses a session her time with Ava will be cut.', errors: [{ messageId: 'contactEnds', severity: 'error', excerpt: 'her time with Ava will be cut' }] },
    { text: 'If the agreement breaks down, the council will get legal advice with a view to starting care proceedings.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'the council will get legal advice with a view to starting care proceedings' }] },
    { text: 'If Rob moves back in, we will need to look at whether Kai can stay with her.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'we will need to look at whether Kai can stay with her' }] },
    { text: 'Any breach of this agreement may be shown to the court.', errors: [{ messageId: 'usedAsEvidence', severity: 'error', excerpt: 'this agreement may be shown to the court' }] },
    // A drastic outcome as the price of a breach, read by its parts (breach-consequence.ts), in wordings no fixed pattern holds.
    { text: 'Not keeping to the plan means Zara may end up living with foster carers.', errors: threat('automaticResult', 'Not keeping to the plan means Zara may end up living with foster carers') },
    { text: 'If the flat is like this again, the council will go to the family court.', errors: threat('automaticResult', 'the council will go to the family court') },
    { text: 'Should Dean move back in, the boys will not be allowed to live with you.', errors: threat('automaticResult', 'the boys will not be allowed to live with you') },
    { text: 'Further missed school will lead to an application for a supervision order.', errors: threat('automaticResult', 'will lead to an application for a supervision order') },
    { text: 'Any more drinking at visits and the sessions will be stopped.', errors: threat('contactEnds', 'Any more drinking at visits and the sessions will be stopped') },
    // A condition with no comma before the outcome, and contact "ending" (held-out-8's classes, new wordings).
    { text: 'If Dad cannot stay sober we will have to think about whether Milo can live at home.', errors: threat('automaticResult', 'we will have to think about whether Milo can live at home') },
    { text: 'Any shouting during visits will lead to the visits ending.', errors: threat('contactEnds', 'Any shouting during visits will lead to the visits ending') },
    // Further classes of outcome: the parent judged unable, the formal routes towards court, a child not coming home.
    { text: 'If Dean comes round again, the council will decide that Amy is not able to keep the twins safe.', errors: threat('heldAgainst', 'the council will decide that Amy is not able to keep the twins safe') },
    { text: 'Should you see Carl again, the local authority will start pre-proceedings.', errors: threat('automaticResult', 'the local authority will start pre-proceedings') },
    { text: 'If Dad misses more sessions, the boys could be made subject to child protection plans.', errors: threat('escalated', 'the boys could be made subject to child protection plans') },
    { text: 'Turning up late will lead to the visits being cancelled.', errors: [{ messageId: 'contactEnds', severity: 'error', excerpt: 'lead to the visits being cancelled' }] },
    { text: 'Should the house be in this state again, this will be escalated.', errors: [{ messageId: 'escalated', severity: 'error', excerpt: 'Should the house be in this state again, this will be escalated' }] },
    // A move away from home or a formal process as the price of a breach, whoever speaks (held-out-7 classes, in new wordings).
    { text: 'If Dad turns up drunk again, Ruby will be placed in foster care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'will be placed in foster care' }] },
    { text: 'If I run off from school again I\u2019ll be sent to a residential placement.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'If I run off from school again I\u2019ll be sent to a residential placement' }] },
    { text: 'Should Shane return to the flat, the baby could be removed from Chantelle\'s care.', errors: [{ messageId: 'childrenRemoved', severity: 'error', excerpt: 'could be removed from Chantelle\'s care' }] },
    { text: 'If the drinking carries on we might have to go and stay somewhere else, Mum said.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'If the drinking carries on we might have to go and stay somewhere else' }] },
    { text: 'Failing to keep the house clean will lead to the family being escalated to a child protection plan.', errors: [{ messageId: 'escalated', severity: 'error', excerpt: 'Failing to keep the house clean will lead to the family being escalated to a child protection' }] },
    { text: 'Unless attendance improves, the case will be escalated to court.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'the case will be escalated to court' }] },
    { text: 'Unless the bedroom is sorted by Friday, this will be escalated to the public law outline.', errors: [{ messageId: 'escalated', severity: 'error', excerpt: 'Unless the bedroom is sorted by Friday, this will be escalated to the public law outline' }] },
    { text: 'If Tom keeps skipping his curfew he will be moved into a secure unit.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'If Tom keeps skipping his curfew he will be moved into a secure unit' }] },
    { text: 'If the plan breaks down, the matter could end up before the magistrates.', errors: [{ messageId: 'councilGoesToCourt', severity: 'error', excerpt: 'the matter could end up before the magistrates' }] },
    { text: 'More missed tests would lead to the end of Leo staying with you.', errors: [{ messageId: 'automaticResult', severity: 'error', excerpt: 'lead to the end of Leo staying with you' }] },
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

    // The structural reading: a consequence clause whose result is the child moved away from the parent or home (any
    // verb), the parent losing the right to see them, or court put as the result without a modal.
    { text: 'If the drinking carries on, Jasmine may end up being taken away from her mum.', errors: threat('automaticResult', 'Jasmine may end up being taken away from her mum') },
    { text: 'Should the flat stay in this state, the boys would not be going back home.', errors: threat('automaticResult', 'the boys would not be going back home') },
    { text: 'Keep Lee out of the house; otherwise the twins will be moved out of your care.', errors: threat('automaticResult', 'otherwise the twins will be moved out of your care') },
    { text: 'If Kelly keeps missing appointments, she will lose her right to have contact with Noah.', errors: threat('contactEnds', 'she will lose her right to have contact with Noah') },
    { text: 'If Dad turns up drunk again, he will no longer see the boys.', errors: threat('contactEnds', 'he will no longer see the boys') },
    { text: 'The council is ready to apply for a supervision order unless school attendance improves.', errors: threat('automaticResult', 'The council is ready to apply for a supervision order') },
    { text: 'There would be no other path than going to court if Dad returns.', errors: threat('noChoice', 'no other path than') },
    { text: 'This plan is the last stage before we start proceedings.', errors: threat('ultimatum', 'last stage before we start proceedings') },
    { text: "If the house is not made safe, Jade's name will go onto a child protection plan.", errors: threat('escalated', "Jade's name will go onto a child protection plan") },
    // A bad state of the home as the condition, "not …ing" or "without any improvement" opening it, a risk stated
    // without a modal, a child's life elsewhere, and the children's time together (overnights, weekends) cut.
    { text: 'If the kitchen is filthy at the next visit, Callum could be looked after away from his dad.', errors: threat('automaticResult', 'Callum could be looked after away from his dad') },
    { text: 'Not turning up to the course could cost Jordan the care of his son.', errors: threat('automaticResult', 'Not turning up to the course could cost Jordan the care of his son') },
    { text: 'Without any improvement by the summer, Evie will need somewhere else to live.', errors: threat('automaticResult', 'Without any improvement by the summer, Evie will need somewhere else to live') },
    { text: 'If Dad takes Evie out without asking, he risks never seeing her at home again.', errors: threat('automaticResult', 'he risks never seeing her at home again') },
    { text: 'Unless Sophie stays sober, her overnights with Evie will be cut.', errors: threat('contactEnds', 'her overnights with Evie will be cut') },
    // Held-out-13 to -15 classes (seen), in new wordings: losing the children's care or the time with them, the
    // council's hand said to be forced however softened, removal after any words, a child protection plan imposed.
    { text: 'Carly might forfeit the care of both boys.', errors: threat('courtOrLoss', 'might forfeit the care of') },
    { text: 'The council would be left with very few alternatives other than going to court.', errors: threat('noChoice', 'few alternatives other than') },
    { text: 'Social care could then feel it has to remove Leon.', errors: threat('councilTakesChildren', 'Social care could then feel it has to remove Leon') },
    { text: 'If the drinking starts again, Tilly could be put on a child protection plan.', errors: threat('escalated', 'Tilly could be put on a child protection plan') },
    { text: 'Should Rhys keep missing his sessions, he will give up his visits with Alfie.', errors: threat('contactEnds', 'he will give up his visits with Alfie') },
    { text: 'Should the plan stall, the case will be taken to a legal planning meeting.', errors: threat('escalated', 'the case will be taken to a legal planning meeting') },
    // The children's place at home made to hang on the parent; the parent stopped from seeing them; the children
    // cared for by others or their life at home ended.
    { text: 'Bella can only remain at home if her dad keeps to every part of this.', errors: threat('ultimatum', 'can only remain at home if') },
    { text: 'Should the shouting start again, Dad will be barred from visiting the twins.', errors: threat('contactEnds', 'Dad will be barred from visiting the twins') },
    { text: 'If Dad drinks again, Bella might have to be brought up by someone else.', errors: threat('automaticResult', 'Bella might have to be brought up by someone else') },
    { text: 'Ongoing drug use will mean the end of Bella and Finn staying with Dad.', errors: threat('automaticResult', 'Ongoing drug use will mean the end of Bella and Finn staying with Dad') },
    { text: 'Mia will be taken into care if the flat is not cleaned.', errors: threat('childrenRemoved', 'will be taken into care') },
    { text: 'We will have to take Mia into care if this happens again.', errors: threat('councilTakesChildren', 'We will have to take Mia into care') },
    { text: 'If you do not keep to this, we will refer the matter to our legal team.', errors: threat('councilGoesToCourt', 'refer the matter to our legal team') },
    { text: 'Missing any visit will count against you.', errors: threat('heldAgainst', 'count against you') },

    { text: 'If you do not stick to this agreement your children will be removed.', errors: threat('childrenRemoved', 'your children will be removed') },
    { text: 'Failure to comply with this agreement will result in care proceedings.', errors: threat('proceedingsFollow', 'will result in care proceedings') },
    { text: 'This is your last chance to keep the children at home.', errors: threat('ultimatum', 'last chance') },
    { text: 'Any breach will be used as evidence in court.', errors: threat('usedAsEvidence', 'Any breach will be used as evidence') },
    { text: 'The local authority will issue care proceedings if Mr Smith returns to the home.', errors: threat('councilGoesToCourt', 'The local authority will issue care proceedings') },
    // Threats read by meaning, whatever the verb (held-out-17's misses and fresh lines' wordings, as classes):
    // a condition (if, should, were … to, where … not, in the event, or, a failure as subject) and an outcome
    // that moves the child out of the parent's care, ends or cuts the parent's time, starts the legal route,
    // reads the breach against the parent, or says the council's hand is forced.
    { text: 'If the bottles come back into the house, this may end in Rosie leaving your care.', errors: threat('automaticResult', 'this may end in Rosie leaving your care') },
    { text: 'Should Mark move back in, we would no longer have Lily-Ann staying with you.', errors: threat('automaticResult', 'we would no longer have Lily-Ann staying with you') },
    { text: 'Another assault will end her time with the twins.', errors: threat('contactEnds', 'Another assault will end her time with the twins') },
    { text: 'If Callum is left alone again, he may have to live with other carers.', errors: threat('automaticResult', 'he may have to live with other carers') },
    { text: 'If the drinking goes on, the only option left would be an application to the court.', errors: threat('automaticResult', 'the only option left would be an application to the court') },
    { text: 'If Josh is late back again, he\'ll lose his Fridays with Dad.', errors: threat('contactEnds', 'he\'ll lose his Fridays with Dad') },
    { text: 'Unless the fighting stops, her evenings with the boys will come to an end.', errors: threat('contactEnds', 'her evenings with the boys will come to an end') },
    { text: 'If Wayne is at the flat, we will see this as Emma choosing him over the children.', errors: threat('heldAgainst', 'we will see this as Emma choosing him over the children') },
    { text: 'Were Paul to take Kai out without telling us, the council would be obliged to step in.', errors: threat('noChoice', 'the council would be obliged to step in') },
    { text: 'Where Dad does not go to his sessions, Ruby will be looked after by a new family.', errors: threat('automaticResult', 'Ruby will be looked after by a new family') },
    { text: 'Do what this plan says or the local authority will take formal measures.', errors: threat('automaticResult', 'or the local authority will take formal measures') },
    { text: 'Persistent absence will lead to legal planning for the girls.', errors: threat('automaticResult', 'Persistent absence will lead to legal planning for the girls') },
    { text: 'Missed health visits will be recorded against you.', errors: threat('heldAgainst', 'Missed health visits will be recorded against you') },
    { text: 'In the event that Nina drinks again, we would have nothing else to do but go to court.', errors: threat('automaticResult', 'we would have nothing else to do but go to court') },
    // More threat classes by meaning: not coming home, a secure or residential placement, the council as carer,
    // other homes found, the children's place put in doubt, a breach kept or weighed against the parent, the
    // outcome said first and the condition after ("… should Kev's violence continue"), present-tense outcomes,
    // a return home called off, a gerund failure with "again" as the subject.
    { text: 'If the needles are found again, Jasmine will not be allowed to come back home.', errors: threat('automaticResult', 'Jasmine will not be allowed to come back home') },
    { text: 'Running away again means a move to a secure children\'s home.', errors: threat('automaticResult', 'Running away again means a move to a secure children\'s home') },
    { text: 'If the fridge is empty again, the twins may have to be cared for by the council.', errors: threat('automaticResult', 'the twins may have to be cared for by the council') },
    { text: 'Should the shouting carry on, we will need to find other homes for the boys to live in.', errors: threat('automaticResult', 'we will need to find other homes for the boys to live in') },
    { text: 'Another black eye and the local authority will remove the children.', errors: threat('councilTakesChildren', 'the local authority will remove the children') },
    { text: 'If Tony keeps drinking, Eli\'s place with his dad will be in doubt.', errors: threat('automaticResult', 'Eli\'s place with his dad will be in doubt') },
    { text: 'If Dee does not go to the clinic, this will be kept on file against her.', errors: threat('heldAgainst', 'this will be kept on file against her') },
    { text: 'Any skipped drug test will be taken into account at the review of whether Finn can stay.', errors: threat('heldAgainst', 'Any skipped drug test will be taken into account at the review of whether Finn can stay') },
    { text: 'An order will be applied for should Kev\'s violence continue.', errors: threat('automaticResult', 'An order will be applied for') },
    { text: 'If Mum misses the contact centre again, her visits stop.', errors: threat('contactEnds', 'her visits stop') },
    { text: 'Children\'s Services would not be able to leave Ava to live with you if the dog attacks again.', errors: threat('automaticResult', 'Children\'s Services would not be able to leave Ava to live with you') },
    { text: 'Archie\'s move home will be called off if the flat is not cleared.', errors: threat('automaticResult', 'Archie\'s move home will be called off') },
    { text: 'Any contact with Gary and the girls go into foster care.', errors: threat('automaticResult', 'Any contact with Gary and the girls go into foster care') },
    { text: 'If this is broken, the council will begin the court route.', errors: threat('automaticResult', 'the council will begin the court route') },
    { text: 'Missing the course will be seen as proof you do not want to change.', errors: threat('heldAgainst', 'will be seen as proof') },
    // Third round (classes from my fresh lines' misses): the parent's time or a relative's placement ending after a
    // place or activity ("weekends at his mum's house stop", "will be over"), anything reported going to the
    // council's lawyers, the courts, carers with no family named, growing up apart from the parent.
    { text: 'If the bruises are not explained, Leo\'s weekends at his mum\'s house stop.', errors: threat('contactEnds', 'Leo\'s weekends at his mum\'s house stop') },
    { text: 'Should Tia drink at the party, her afternoons looking after Rosa will be over.', errors: threat('contactEnds', 'her afternoons looking after Rosa will be over') },
    { text: 'If Nan lets Craig in, Ellis\'s placement with Nan will end.', errors: threat('contactEnds', 'Ellis\'s placement with Nan will end') },
    { text: 'Any report of Rob at the flat will go to our solicitors.', errors: threat('automaticResult', 'Any report of Rob at the flat will go to our solicitors') },
    { text: 'If this plan goes wrong, the family courts will be asked to decide where Maya should live.', errors: threat('automaticResult', 'the family courts will be asked to decide where Maya should live') },
    { text: 'If the house is left like this, the baby will be living with carers.', errors: threat('automaticResult', 'the baby will be living with carers') },
    { text: 'If Sophie cannot stay sober, Ava might grow up apart from her.', errors: threat('automaticResult', 'Ava might grow up apart from her') },
    // Night shift (6 December): the consequence as a punishment whatever the grammar: a case stepped or moved up to
    // child protection, formal action, a move to a relative for good, "cannot come home", "risks being placed",
    // a baby not discharged into the parent's care, an unnamed "serious consequences", a return to care,
    // decisions taken without the parent, a refusal read as use, the outcome before its condition, and an
    // escalation that a legal meeting after it does not soften.
    { text: 'If Marcus is seen at the flat, the whole case will be stepped up to a child protection plan.', errors: threat('escalated', 'the whole case will be stepped up to a child protection plan') },
    { text: 'If Jo skips the group again, the case will be moved up to child protection level.', errors: threat('escalated', 'the case will be moved up to child protection level') },
    { text: 'Should Becky miss another scan, we will need to consider more formal action.', errors: threat('automaticResult', 'we will need to consider more formal action') },
    { text: "If the cannabis smell is there again, Jade will have to move to her aunt's permanently.", errors: threat('automaticResult', "Jade will have to move to her aunt's permanently") },
    { text: "Any relapse will mean the twins cannot come home from Nan's.", errors: threat('automaticResult', "Any relapse will mean the twins cannot come home from Nan's") },
    { text: 'If Dylan keeps running off, he risks being placed in a residential unit.', errors: threat('automaticResult', 'he risks being placed in a residential unit') },
    { text: 'If the heating is not fixed, the baby will not be discharged into your care.', errors: threat('automaticResult', 'the baby will not be discharged into your care') },
    { text: 'Unless Ollie goes to school, his mum will face serious consequences.', errors: threat('ultimatum', 'will face serious consequences') },
    { text: 'If the rules keep being broken, Tara will return to care for good.', errors: threat('automaticResult', 'Tara will return to care for good') },
    { text: 'If the flat is dirty again, the council will make the decisions about the boys without you.', errors: threat('automaticResult', 'the council will make the decisions about the boys without you') },
    { text: 'If Stacey refuses the test, it will be assumed that she is still drinking.', errors: threat('heldAgainst', 'it will be assumed that she is still drinking') },
    { text: 'If Ray is living there, we cannot leave Mia at home.', errors: threat('automaticResult', 'we cannot leave Mia at home') },
    { text: 'If you cannot keep the house safe, we will need to find somewhere else for the girls to live.', errors: threat('automaticResult', 'we will need to find somewhere else for the girls to live') },
    { text: 'If Leanne misses the next test, the case will be escalated to pre-proceedings and may go to the legal gateway panel.', errors: threat('escalated', 'the case will be escalated to pre-proceedings and may go to the legal gateway panel') },
    // Third brainstorm (night shift): a condition holding its own modal ("if you will not …"), an order asked for, going
    // to live with a relative, a place at home "in real danger", where else a child could stay, the end of a plan to
    // come home, the man attending the flat read as a breach, and the council's right to go to court held over the family.
    { text: 'If you will not let the nurse in, the council may need to ask for a supervision order.', errors: threat('automaticResult', 'the council may need to ask for a supervision order') },
    { text: 'If Gail drinks again, the twins will need to go and live with their uncle.', errors: threat('automaticResult', 'the twins will need to go and live with their uncle') },
    { text: "If Ricky stays the night, Ava's place at home will be in real danger.", errors: threat('automaticResult', "Ava's place at home will be in real danger") },
    { text: 'Unless the damp is sorted, we will have to think about where else Finn could stay.', errors: threat('automaticResult', 'we will have to think about where else Finn could stay') },
    { text: 'Another missed test will bring an end to the plan for Rosie to come home.', errors: threat('automaticResult', 'Another missed test will bring an end to the plan for Rosie to come home') },
    { text: 'If Lee attends the flat, the council will treat it as a breach.', errors: threat('heldAgainst', 'the council will treat it as a breach') },
    { text: 'The council keeps the right to apply to court whenever it needs to.', errors: threat('councilGoesToCourt', 'keeps the right to apply') },
    // Issue 11, threats without "court" or "removed" (late shift, 6 December): punishment in law, a home or placement
    // lost, unnamed further steps, the police as the price of not co-operating, the council's hand forced with nothing
    // after it, no more chances, consequences or the children's future held over the parent, a breach that looks bad.
    { text: 'If Amir keeps missing school, you may well be prosecuted by the education service.', errors: threat('fixedPunishment', 'you may well be prosecuted by the education service') },
    { text: 'If the noise complaints carry on, your landlord will be told and you could be evicted.', errors: threat('fixedPunishment', 'your landlord will be told and you could be evicted') },
    { text: 'Should Cara keep Reuben without telling us, that would be an offence.', errors: threat('fixedPunishment', 'that would be an offence') },
    { text: 'If Gran lets Shane stay over, the placement with her will come to an end.', errors: threat('fixedPunishment', 'the placement with her will come to an end') },
    { text: "If the rules aren't followed, we'll be taking matters further.", errors: threat('ultimatum', "we'll be taking matters further") },
    { text: 'If nothing has changed by March, we will step it up.', errors: threat('ultimatum', 'we will step it up') },
    { text: 'If you will not open the door to us again, we will involve the police.', errors: threat('fixedPunishment', 'we will involve the police') },
    { text: 'One more missed visit and we go back to court.', errors: threat('automaticResult', 'One more missed visit and we go back to court') },
    { text: 'Any more of this and you will leave the council with no other option.', errors: threat('noChoice', 'leave the council with no other option') },
    { text: 'There will not be another warning.', errors: threat('ultimatum', 'not be another warning') },
    { text: 'Breaking these rules carries serious consequences.', errors: threat('ultimatum', 'carries serious consequences') },
    { text: "The boys' future is in your hands now.", errors: threat('ultimatum', "boys' future is in your hands") },
    { text: 'Missing the tests again will not go down well with the judge.', errors: threat('heldAgainst', 'not go down well with the judge') },
    { text: 'If Dom misses the course, the council will fine him.', errors: threat('fixedPunishment', 'will fine him') },
    { text: 'Each time Reggie is late without a reason, the school may give you a penalty notice.', errors: threat('fixedPunishment', 'the school may give you a penalty notice') },
    { text: 'If the dog is not gone by next month, the landlord could end your tenancy.', errors: threat('fixedPunishment', 'the landlord could end your tenancy') },
    { text: 'Should Bea stop going to the carers\' groups, her approval as Kai\'s carer may be withdrawn.', errors: threat('fixedPunishment', "her approval as Kai's carer may be withdrawn") },
    { text: 'If the car seat is not used, this will be regarded very seriously.', errors: threat('ultimatum', 'this will be regarded very seriously') },
    { text: 'If Mo is found drunk at the gate again, things will get a lot more serious.', errors: threat('ultimatum', 'things will get a lot more serious') },
    { text: 'Whenever a test is missed, we will take that as a positive result.', errors: threat('heldAgainst', 'we will take that as a positive result') },
    { text: 'If the council is still worried in May, it will have no other option.', errors: threat('noChoice', 'it will have no other option') },
    { text: 'If the drinking starts again, children\'s services will take swift action.', errors: threat('ultimatum', "children's services will take swift action") },
    { text: 'If Dee turns down the drug test, we will assume the worst.', errors: threat('ultimatum', 'we will assume the worst') },
    { text: 'Any lateness from now on will be dealt with robustly.', errors: threat('ultimatum', 'Any lateness from now on will be dealt with robustly') },
    { text: 'Carry on missing the groups and the girls could be placed with other carers.', errors: threat('automaticResult', 'Carry on missing the groups and the girls could be placed with other carers') },
    { text: 'If Kieran keeps stealing, he may end up in youth custody.', errors: threat('fixedPunishment', 'he may end up in youth custody') },
    { text: 'If the bruises are not explained, all three names will be added to the child protection register.', errors: threat('escalated', 'all three names will be added to the child protection register') },
    { text: 'Refusing help now would have real implications for you.', errors: threat('ultimatum', 'would have real implications') },
    { text: 'These expectations are the final stage before legal action.', errors: threat('ultimatum', 'final stage before legal action') },
    { text: 'If Shay is found at the flat, it will be reported to the police as a breach of his order and of this agreement.', errors: threat('fixedPunishment', 'it will be reported to the police as a breach of his order and of this agreement') },
    { text: 'Children\'s services will not tolerate any more lies about where the twins are.', errors: threat('ultimatum', 'will not tolerate any more') },
    { text: 'Skip another session and the court will hear about it.', errors: threat('automaticResult', 'Skip another session and the court will hear about it') },
    { text: 'If the cannabis smell is back, we would be left with no alternative left.', errors: threat('noChoice', 'we would be left with no alternative left') },
    { text: 'The council has the power to apply for an order whenever it decides to.', errors: threat('councilGoesToCourt', 'has the power to apply') },
    { text: 'You are fast running out of options.', errors: threat('ultimatum', 'running out of options') },
    { text: 'You have been given plenty of chances already.', errors: threat('ultimatum', 'been given plenty of chances') },
    { text: 'If Ash keeps drinking, he may not be part of the twins\' lives.', errors: threat('ultimatum', "not be part of the twins' lives") },
    // Issue 11: the condition in any grammatical form, and outcomes by class (the child's home put in question, help
    // taken away or not offered).
    { text: 'Bring him to the flat again and the baby will be looked after by foster carers.', errors: threat('automaticResult', 'Bring him to the flat again and the baby will be looked after by foster carers') },
    { text: "When the bins are left to pile up again, Jack's weekends with you will be stopped.", errors: threat('contactEnds', "Jack's weekends with you will be stopped") },
    { text: 'Should the nursery runs be missed, we will have to look at whether Ruby can go on living with you.', errors: threat('automaticResult', 'we will have to look at whether Ruby can go on living with you') },
    { text: 'If you decline the parenting course, the family support offered to you will be withdrawn.', errors: threat('helpWithdrawn', 'the family support offered to you will be withdrawn') },
    { text: 'If you turn the room down, you will not be housed anywhere else by the council.', errors: threat('helpWithdrawn', 'you will not be housed anywhere else by the council') },
    // Issue 11 (held-out-31 and -32 seen): time that goes on stopped or ended in any verb form, the condition as leaving
    // treatment or a visit early, the court as a bare noun, punishment named, the council's hand forced with no act named,
    // the children found a new home.
    { text: 'If Rhys runs off from the contact centre again, his visits with Nan will stop.', errors: threat('contactEnds', 'his visits with Nan will stop') },
    { text: 'If Dad drinks before contact, his Saturday visits will finish.', errors: threat('contactEnds', 'his Saturday visits will finish') },
    { text: "If you don't go to the course, your contact will be cancelled.", errors: threat('contactEnds', 'your contact will be cancelled') },
    { text: 'If you carry on drinking, that will be the end of your time with Poppy.', errors: threat('contactEnds', 'that will be the end of your time with Poppy') },
    { text: 'If Liam turns up drunk again, he will not be seeing the children any more.', errors: threat('contactEnds', 'he will not be seeing the children any more') },
    { text: 'If Kai leaves the unit early, he will not be allowed to see his sister.', errors: threat('contactEnds', 'he will not be allowed to see his sister') },
    { text: 'If Mum discharges herself from the ward, the baby will go to foster carers.', errors: threat('automaticResult', 'the baby will go to foster carers') },
    { text: 'If Mum quits the programme, the twins will be found new carers.', errors: threat('automaticResult', 'the twins will be found new carers') },
    { text: 'If Mum does not stop drinking, her children will be found a new home.', errors: threat('automaticResult', 'her children will be found a new home') },
    { text: 'If you do not let us in, the next step will be court.', errors: threat('automaticResult', 'the next step will be court') },
    { text: 'You will be punished if you do not follow this plan.', errors: threat('fixedPunishment', 'You will be punished') },
    { text: 'If things do not change, we will have to act.', errors: threat('ultimatum', 'we will have to act') },
    { text: 'Breaking this agreement will be dealt with accordingly.', errors: threat('ultimatum', 'Breaking this agreement will be dealt with accordingly') },
    { text: "If things don't change, it will be out of our hands.", errors: threat('ultimatum', 'it will be out of our hands') },
    { text: 'If you break this agreement, we will begin the process of finding the children a permanent family.', errors: threat('automaticResult', 'we will begin the process of finding the children a permanent family') },
    // Fresh lines written after the first freeze (threats 6/10 found): somewhere else to grow up, owned time scrapped,
    // lies as the failure, the baby not leaving hospital with the parent.
    { text: 'If Gemma lets Scott sleep over at the flat, we will start looking for somewhere else for Noah to grow up.', errors: threat('automaticResult', 'we will start looking for somewhere else for Noah to grow up') },
    { text: 'If Dean keeps turning up at school, his Sunday afternoons with the boys will be scrapped.', errors: threat('contactEnds', 'his Sunday afternoons with the boys will be scrapped') },
    { text: 'Mum needs to understand that any more lies about Paul will go straight to our legal team.', errors: threat('automaticResult', 'any more lies about Paul will go straight to our legal team') },
    { text: 'If Tara does not get to her appointments, the baby will not be leaving hospital with her.', errors: threat('automaticResult', 'the baby will not be leaving hospital with her') },
    // Fresh lines written after the second freeze (threats found 6/10): time with the children to forget about, help
    // gone, the children put with another carer, one more failure and the children gone.
    { text: 'If you are drunk when you collect the twins, you can forget about having them at weekends.', errors: threat('automaticResult', 'you can forget about having them at weekends') },
    { text: "If Chloe doesn't get Harvey to nursery, the nursery place and the support that comes with it will be gone.", errors: threat('helpWithdrawn', 'the nursery place and the support that comes with it will be gone') },
    { text: 'If Jess carries on smoking cannabis around the baby, the baby will be put with another carer straight away.', errors: threat('automaticResult', 'the baby will be put with another carer straight away') },
    { text: 'You have been warned before: one more incident and the children go.', errors: threat('ultimatum', 'one more incident and the children go') },
    // Fresh lines written after the third freeze (threats found 8/10, one fair flagged): "she's been using" assumed,
    // permanence sought; "what is stopping them" is not time stopped.
    { text: "If Stacey won't give a sample, we'll assume she's been using and plan accordingly.", errors: threat('heldAgainst', "we'll assume she's been using and plan accordingly") },
    { text: 'If this plan falls apart, the local authority will be seeking permanence for Leo away from the family.', errors: threat('automaticResult', 'the local authority will be seeking permanence for Leo away from the family') },
    { text: "If Mum breaks the agreement, the council's solicitor will apply to the court for an order.", errors: threat('automaticResult', "the council's solicitor will apply to the court for an order") },
    { text: 'If the agreement is broken, the court will be asked to make a care order.', errors: threat('automaticResult', 'the court will be asked to make a care order') },
    { text: 'Not following the plan could see the children taken into the care of the local authority.', errors: threat('automaticResult', 'Not following the plan could see the children taken into the care of the local authority') },
  ],
};
