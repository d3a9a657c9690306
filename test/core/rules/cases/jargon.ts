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
    // A meeting named with its time and place, a test or a review meeting that is not a child protection conference.
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
    // A section of this agreement, not of a law.
    'Mum and Dad have read section 3 of this agreement with Ana.',
    'Section 5: What happens if things do not get better',
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
    // Everyday words with a professional sense that a parent reads plainly (the real-layout labellers, eleven sets):
    // joining in with a service, the name of a test, the kind of letter or meeting the family is sent, the state of
    // the house, a child's placement; a worker or team named by its work.
    'Dad will engage with the alcohol team and go to every Tuesday group.',
    'Shannon has not engaged with the health visitor since October.',
    'The hair strand tests will be paid for by the council.',
    'You were sent a letter before proceedings on 2 November.',
    'Nan will help Kim keep the home conditions as they are now.',
    'Dad will make sure the boys’ basic needs are met every day.',
    'Mia is settled in her placement with the Bennetts.',
    'The nursery’s safeguarding lead will ring Ana if Mia arrives hungry.',
    'Kelly will meet the early help worker at the library on Thursday.',
    'Ana will set up a safety planning meeting with Leah and her support worker.',
    'The bottom lines are that Dad does not stay overnight and does not drive the children.',
    'Contact will stop with immediate effect if anyone is hurt.',
    'If you do not keep to these expectations, we will meet within a week to talk about what went wrong.',
    // The document's own kind, named as the family holds it.
    'Pre-proceedings agreement for Ellis and Shay Turner',
    // "Subject to" as plain English.
    'The swimming lessons are subject to a place coming free in January.',
    // Early help named as the service itself, what it is; a worry passed on, and a door that is only a door.
    'Early help is voluntary, and Kirsty can stop it whenever she likes.',
    'Early help support will carry on until Easter.',
    'Grandad will fit a chain to the front door by Saturday.',
    'Mum will answer the front door only when she knows who is there.',
    // A label that is the term alone names a part of the form.
    'Core group 3',
    '4471 / Strategy meeting',
    // A panel named with its article and a plain job is a meeting the family can be told about.
    'The fence panel at the back of the garden will be fixed by Friday.',
    // Kept away from harm, in plain words: a task, not a description of harm.
    'Liam will make sure the twins are never exposed to his arguments with Dad.',
    'Nobody will smoke indoors, so the baby is not breathing it in or exposed to smoke in the car either.',
    'The twins were exposed to damp in the old flat.',
    // A list of people: each item says who someone is or who gets a copy, as a role after a name does.
    'Shared with: Dana Holt; Reece Holt; Brookfield Academy; core group members.',
    'Round the table: Kerry, Shane, Gemma Stiles, Ashgrove Nursery, the looked after children nurse.',
    // A job title, or a service named as a place to go (no article before its capitals).
    'Please ring Amy Lowe, the family liaison officer at Hillside School, if you are worried.',
    'The looked after children nurse will see Leo each term.',
    'Jade was referred to Early Help in June and goes to the Tuesday group.',
    // Explained in brackets, straight after or a few words on (a scale), or described in plain words straight after.
    'Zoe will keep to the reduced timetable (mornings only) until half term.',
    'Each visit we will do a scaling exercise together (0 = very worried, 10 = no worries at all).',
    'Ravi will be on a part-time timetable of three mornings a week until February.',
    // A tool's name used as a description, a payment the family holds, the family's own plan with a service.
    'Ana will help Leo tell his story in words and pictures.',
    'Gran gets a special guardianship allowance each month from the council.',
    'Our early help plan runs until Easter.',
    // A formal verb beside an unexplained acronym: the acronym is the line's problem (the acronym rule's).
    'Jo will liaise with the SENCO about the EHCP.',
    'A TAC will be convened before half term.',
    // The scale done at a meeting with its time and place; scaling as growing or shrinking; rules that are not numbered.
    'Visits are scaling back to once a fortnight.',
    'The school follows the regulations on uniform.',
    // Night shift (6 December): everyday senses of lexicon words (an email attachment, a doorway's threshold, statutory
    // sick pay, a person stepping up or down, a child's say, an oversight as a mistake, presenting a project), a role
    // followed by the person's name, a programme's title-cased name, and "kinship" and "part-time" as families say them.
    'Gran will forward the school letter as an attachment to Sam by Monday.',
    'The council will fix the cracked threshold of the back door before the baby comes home.',
    'Dad is on statutory sick pay until February.',
    'Uncle Rob will step up and take the boys to football on Saturdays.',
    'Mum has stepped down from the night shifts so she can be home at bedtime.',
    'Priya will ask the girls for their input on the rota.',
    'Missing the letter was an oversight by the school office.',
    'Tyler will be presenting his science project at the open evening.',
    'Lola will ring her independent visitor, Mags, on Sunday evenings.',
    'Kieran has a place on the Fresh Start programme from 12 January.',
    'Gemma will go to the kinship carers\' coffee morning on the first Friday of each month.',
    'Jade will be on a part-time timetable until half term.',
    // Words that only look professional beside this change's classes (issue 11, areas beyond neglect): a qualifier
    // without the procedure it names, a verb without the duty's object, a driving licence, a channel on the television.
    'Tom will promote the bake sale at the school gate on Friday.',
    'Please do not disrupt the class by shouting out.',
    'Nan will prevent the dog getting into the garden by fixing the gate.',
    'The children can watch one channel each after tea.',
    'Dad will renew his driving licence by March so he can do the school run.',
    'Ian will take the request for Saturday club to the fostering panel.',
    'We made a plan for the weekend with the boys: swimming on Saturday, Gran on Sunday.',
    'Carla cares for her mum on Sundays and the twins go to their dad.',
    'Our aim is that Ben gets to every lesson on time.',
    'Two adults will be at the party to keep an eye on the children.',
    // Defined where it stands: the term is the subject of a defining verb, with its abbreviation in brackets or not.
    'Non-violent resistance (NVR) is where parents learn to stay calm and firm without shouting back.',
    'A managed move is when a pupil tries out a new school for a few weeks before changing for good.',
    'Persistent absence refers to missing one school day in every ten or more.',
    'An exploitation panel is a group of workers who meet each month to talk about young people at risk.',
    'Sam\u2019s school talked about a managed move \u2014 that is, trying a different school for six weeks.',
    'Mr Ahmed, the non-violent resistance (NVR) practitioner, will see Dad on Thursdays.',
    {
      // Defined in one paragraph, fine in every other (the rule declares its definitions, as the acronym rule does).
      name: 'a term defined elsewhere in the agreement',
      lines: ['## What the family will do', '- A managed move is when a pupil tries out a new school for a few weeks first.', '- Mum will tell Ty about the managed move before Friday.'],
    },
    // This change's classes (issue 11): a row that grows worse escalates in everyday English; a team's own name in
    // capitals; an assessment said with what it looks at; a sentence after a colon that explains the term; a shorter
    // school day with its hours; a version of a document in words and pictures.
    'The shouting escalated until the neighbour knocked on the wall.',
    'Things escalated quickly once Tom had been drinking.',
    'Asha Patel, Adolescent Support Team, 01632 960 551',
    'The judge wants an independent assessment of whether Nan can manage both boys.',
    'Ryan is at risk of county lines (CL): older boys are paying him to carry parcels.',
    'Keira will start back on a phased return, 10am to 1pm, until the Easter holidays.',
    'Mo will have a words and pictures book that Dee makes with him.',
    // Capitals that are only a word in lower case, a letter's reference, and "regulate" without feelings or behaviour.
    'Jude will make mash and sausages on Tuesdays.',
    'The Multi-Agency Safeguarding Hub (MASH) took the call, and MASH rang Kim back the same day.',
    'Please quote PLO/27/0031 when you ring about this letter.',
    'Kai will regulate the heating with the new dial so the flat stays warm.',
    // A plain verb for a council's power, and watching how things go (a vague task, not jargon): the labellers never
    // marked a line for one of these alone, and the product's own corpus leaves "monitor" plain.
    'The health visitor will continue to monitor Ava\u2019s weight.',
    'The council can prohibit the arrangement if the checks are not done.',
    // Explained where it stands: a label with a relative clause after it, a document said to be an agreement between
    // people, and the same term later in the agreement.
    'Strategy meeting: the talk between police, health and us that decides whether we need to look into what happened.',
    'This family contract is an agreement between Nia, her foster carers and the council about phones and bedtimes.',
    {
      name: 'a term a label explained earlier in the agreement',
      lines: ['## What the family will do', '- Core group: the people (Mum, Dad, the school and Jo) who meet every month to check the plan.', '- Mum will bring the rent letters to the core group in March.'],
    },
    // A scheme or a programme by its own name; a tool named as the one a session uses; pictures as plain words.
    'Bea helped Kim apply to the Domestic Abuse Disclosure Scheme (Clare\u2019s Law) on Monday.',
    'Tom will see Rio each week, using the Outcome Star to talk about how school is going.',
    'Kay will draw it for Leo with simple words and pictures.',
    // Initials that are a word in lower case, and a conference's initials spelled out earlier in the agreement.
    'Kai will dash home after school to let the dog out.',
    {
      name: 'a conference spelled out with its initials earlier in the agreement',
      lines: ['## What we are worried about', '- Police shared the worries at a Multi-Agency Risk Assessment Conference (MARAC), a meeting where police, health and housing plan how to keep Kim safe.', '## What the family will do', '- Ola will tell Jen what the MARAC decided by Friday.'],
    },
    // A legal notice's condition: what the agreement may be used for if a court case ever starts.
    'You can show this to a solicitor; it could be used as evidence if care proceedings were ever started.',
  ],
  invalid: [
    // This change's classes (issue 11): steps towards court, meetings, plans and assessments by name, teams as common
    // nouns, and everyday words with a professional meaning, from the guidance and published glossaries.
    { text: 'If nothing changes by March we will issue proceedings.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'issue proceedings' }] },
    { text: 'Dev will ring the police to set up the strategy meetings.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'strategy meetings' }] },
    { text: 'Tariq will write his pathway plan with Lou before he turns 18.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'pathway plan' }] },
    { text: 'The worker will finish the psychosexual assessment by the end of May.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'psychosexual assessment' }] },
    { text: 'Kerry will speak to the intake team about the new worry.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'intake team' }] },
    { text: 'Rhys disengaged from the youth worker over the summer.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disengaged' }] },
    { text: 'If the school is worried again, Mrs Khan will escalate it to the head of year.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'escalate it' }] },
    { text: 'A new referral was made to the front door on Monday.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'front door' }] },
    { text: 'The police took no further action after the interview.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'no further action' }] },
    { text: 'Ella stays with her uncle until the kinship assessment is done.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'kinship assessment' }] },
    // The definition's own examples as workers write them (the PLO, the MASH, a panel named by its capitals), practice
    // models, kinds of neglect as assessments grade them, and a child taught to "regulate" feelings.
    { text: 'The family are in the PLO process until March.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'PLO process' }] },
    { text: 'Teachers can pass worries to the MASH straight away.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'MASH' }] },
    { text: 'Tia will take the plan to the SUDI panel next month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'panel' }] },
    { text: 'Dev will use the Good Lives model in his sessions with Rio.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Good Lives model' }] },
    { text: 'The worry is supervisory neglect while Mum sleeps in the day.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'supervisory neglect' }] },
    { text: 'Ben will help Amy regulate her feelings when she gets angry.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'regulate her feelings' }] },
    // A meeting or an assessment named with its time and place is still a name a parent may not know (issue 11's definition).
    // The plans, meetings and assessments the definition names, and "escalate", are jargon in a consequence too, where the
    // threatening rule reads the threat and this one the word (earlier cases had them plain, as earlier labellers did).
    { text: 'If the house is still cold on Friday, the case may be escalated and Ana will tell you first.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'be escalated' }] },
    { text: 'Priya will start the parenting assessment with Lee and Sam on 11 January 2027.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'parenting assessment' }] },
    { text: 'Carla will finish the pre-birth assessment before the baby is due.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'pre-birth assessment' }] },
    { text: 'The review child protection conference will look at the plan again.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'review child protection conference' }] },
    { text: 'Ruby has been on a child protection plan since July.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child protection plan' }] },
    { text: 'Missing the meetings again will result in escalation to the team manager.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'escalation' }] },
    { text: 'If Dean stays over again, Noah could be made subject to a child protection plan.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child protection plan' }] },
    { text: 'Carrying on like this will lead to the boys being made subject to child protection procedures.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child protection procedures' }] },
    { text: 'Mum will bring the school reports to the child in need review in February.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child in need review' }] },
    { text: 'Jo has asked the council for a carer\'s assessment for herself.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'carer\'s assessment' }] },
    { text: 'Leah will bring the pre-birth assessment to the meeting with the midwife.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'pre-birth assessment' }] },
    { text: 'The next core group will be on 9 February 2027 at 1.30pm at Oakfield Children\'s Centre.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group' }] },
    { text: 'Ruth will start the connected persons assessment with a home visit on 5 January 2027 at 4pm.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'connected persons assessment' }] },
    { text: 'We will do the safety scaling with Nan at her house on 2 March 2027 at 4pm.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'safety scaling' }] },
    // A law cited by its section, whatever the number: with its Act, or "under section N".
    { text: 'Kai stays with his uncle under section 8 of the Family Law Act 1996 for now.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'section 8 of the Family Law Act 1996' }] },
    { text: 'The school may issue a fine under section 444.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'section 444' }] },
    { text: 'We have a duty under section 11(2) of the Children Act 2004 to share this.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'section 11(2) of the Children Act 2004' }] },
    // Statutory references by number, in workers' shorthand; Signs of Safety words; named plans and services.
    { text: 'The court asked for a report under s.37 by March.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 's.37' }] },
    { text: 'After the S47, Dani will get a letter saying what was found.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'S47' }] },
    { text: 'Nan was approved under reg 25 for now.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'reg' }] },
    { text: 'Jo will bring the scaling to the next safety network meeting.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'scaling' }, { messageId: 'jargon', severity: 'warning', excerpt: 'safety network meeting' }] },
    { text: 'Police will update the disruption plan after each night Kyle is missing.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disruption plan' }] },
    { text: 'School will write an attendance support plan with Mum.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'attendance support plan' }] },
    { text: 'If Leo misses more days, school will tell the education welfare service.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'education welfare service' }] },
    // Not a list of people once it says what they will do; a term with its article is not a service's name.
    { text: 'Mum, Dad, Gran Pike and the core group will meet on Monday.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group' }] },
    { text: 'We will talk about it at the next Core Group.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Core Group' }] },
    // Without an acronym beside it, the formal verb is still the worker's word.
    { text: 'Ellie will facilitate the visits at the family centre.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'facilitate' }] },
    { text: 'The family centre is undertaking a parenting assessment.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'undertaking' }, { messageId: 'jargon', severity: 'warning', excerpt: 'parenting assessment' }] },
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
    { text: 'The school will follow its safeguarding procedures if Ava comes in with a mark.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'safeguarding procedures' }] },
    // Court procedure the council takes, the words of the care system, screening tools, and how workers describe
    // their oversight and a parent's ability (issue 11, classes from jargon busters written for parents).
    { text: 'The council will ask the court for an interim care order if Ruby is taken from the foster home.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'interim care order' }] },
    { text: 'We may apply to the family court for a supervision order.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'supervision order' }] },
    { text: 'Officers could use police protection if the boys are left alone again.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'police protection' }] },
    { text: 'The directions hearing is next month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'directions hearing' }] },
    { text: 'Kim will sign the delegated authority form with the foster carers.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'delegated authority' }] },
    { text: 'Ana will raise this at Mia\u2019s next CLA review.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'CLA review' }] },
    { text: 'The youth worker will go through an exploitation screening tool with Jay.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'screening tool' }] },
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
    // Procedure by class (jargon-procedure.ts): a legal status, the conference's own words, the law's test, meetings,
    // court steps, plans and targets, and a service named as where a worry is sent.
    { text: 'Both girls remain subject to child protection plans after the review.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'subject to' }, { messageId: 'jargon', severity: 'warning', excerpt: 'child protection plans' }] },
    { text: 'Tom has been subject to bail conditions since the arrest.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'subject to' }] },
    { text: 'The outline child protection plan will be filled in at the first meeting.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'outline child protection plan' }] },
    { text: 'Neglect was chosen as the category of concern.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'category of concern' }] },
    { text: 'The council believes Ellie is likely to suffer harm if nothing changes.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'likely to suffer' }] },
    { text: 'Jay meets the criteria for the youth mentoring scheme.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'meets the criteria' }] },
    { text: 'Amy will book the placement planning meeting with the carers.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'placement planning meeting' }] },
    { text: 'Sara will ask for a team around the family so the school and nursery can plan together.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'team around the family' }] },
    { text: 'Kai will be discussed at the exploitation panel next week.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'exploitation panel' }] },
    { text: "Police will make a Clare's Law disclosure to Megan.", errors: [{ messageId: 'jargon', severity: 'warning', excerpt: "Clare's Law disclosure" }] },
    { text: 'The advocates meeting will agree which experts are needed.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'advocates meeting' }] },
    { text: 'Dad will ask his solicitor about a litigation friend.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'litigation friend' }] },
    { text: 'The plan sets SMART targets for the next six weeks.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'SMART targets' }] },
    { text: 'If the worries come back, the nursery will make a referral to the front door.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'front door' }] },
    { text: 'Leo will be placed with his mum under the placement with parents rules.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'placement with parents' }] },
    // Everyday words with a professional meaning, school and health words, officialese (jargon-everyday.ts).
    { text: 'The boys have been exposed to shouting and fighting at home.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'exposed to' }] },
    { text: 'The school will keep Mo on its vulnerable learners list.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'vulnerable learners' }] },
    { text: 'Lily needs input from the speech therapist.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'input' }] },
    { text: 'The head will flag up any missed mornings.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'flag up' }] },
    { text: 'Grace will disclose any new partner to the social worker.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disclose' }] },
    { text: 'Meanwhile, in the interim, Nan will do the school run.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'in the interim' }] },
    { text: 'Ravi will go on a reduced timetable until half term.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'reduced timetable' }] },
    { text: 'The class teacher will follow a graduated approach for Ben.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'graduated approach' }] },
    { text: 'Jodie will give an oral fluid sample every Monday.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'oral fluid' }] },
    { text: 'The results showed levels consistent with heavy drinking.', errors: [{ messageId: 'jargonWithNote', severity: 'warning', excerpt: 'levels consistent with' }] },
    { text: 'Pete is waiting for the autism pathway to see him.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'autism pathway' }] },
    { text: "The children's safety is paramount.", errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'paramount' }] },
    { text: 'After the visits, Lola was found to be a child in need.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child in need' }] },
    { text: 'Workers judge Reece to be at significant risk when he goes missing.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'at significant risk' }] },
    { text: 'Core group: Mum asked for the next one to be after school.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Core group' }] },
    { text: 'The request for a nursery place will go to panel next month.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'panel' }] },
    { text: 'Workers worry that Gran is colluding with Dad about the visits.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'colluding' }] },
    { text: 'Tanya has shown real motivation to change since the summer.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'motivation to change' }] },
    { text: 'Police think dealers are cuckooing the flat downstairs.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'cuckooing' }] },
    { text: 'The last review found insufficient progress with the bedrooms.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'insufficient progress' }] },
    { text: 'Tess will use motivational interviewing in her visits.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'motivational interviewing' }] },
    // Night shift (6 December): procedure, police and team words from published agreements and guidance.
    { text: 'The unborn baby is being planned for under the pre-birth protocol.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'protocol' }] },
    { text: 'Workers agree this is escalating risk for Kelsey.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'escalating risk' }] },
    { text: 'Dom has been referred to the national referral mechanism by the youth team.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'national referral mechanism' }] },
    { text: 'Connor was released under investigation after the fight.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'released under investigation' }] },
    { text: 'Once the plan ends the family will be closed to children\'s social care.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'closed to children\'s social care' }] },
    { text: 'Rachel and the baby will move to a parent and child placement in Leeds.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'parent and child placement' }] },
    { text: 'Noah needs a paediatric assessment of the bruise.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'paediatric assessment' }] },
    { text: 'Paige will be passed to the long-term team after the conference.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'long-term team' }] },
    { text: 'Workers are worried about hidden harm for the baby.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'hidden harm' }] },
    { text: 'Mo will do a home conditions audit every fortnight.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'home conditions audit' }] },
    { text: 'The work will look at family dynamics and the boys\' risk-taking behaviour.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'family dynamics' }, { messageId: 'jargon', severity: 'warning', excerpt: 'risk-taking behaviour' }] },
    // This change's classes (issue 11): qualifiers before the procedure they name, a statutory duty with the child
    // named inside it, and the words of youth justice, probation, police, housing, adult care, health and court work.
    { text: 'Everyone will work to promote Jamal\'s welfare while he stays with his aunt.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'promote Jamal\'s welfare' }] },
    { text: 'Farah will ask for a Care Act assessment for Grandad.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Care Act assessment' }] },
    { text: 'The school made a Channel referral in October.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Channel referral' }] },
    { text: 'Staff will make a best interests decision about Nan\'s care.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'best interests decision' }] },
    { text: 'Officers will disrupt the adults who pick Kai up from school.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'disrupt the adults' }] },
    { text: 'Workers will share intelligence about the blue car.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'share intelligence' }] },
    { text: 'Dad is on licence until June and must live at the approved premises.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'on licence' }, { messageId: 'jargon', severity: 'warning', excerpt: 'approved premises' }] },
    { text: 'Kai was given a referral order at court last week.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'referral order' }] },
    { text: 'The family has no recourse to public funds, so the council will pay for food.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'no recourse to public funds' }] },
    { text: 'The paediatrician is worried about fabricated or induced illness.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'fabricated or induced illness' }] },
    { text: 'Jay does caring tasks that are too much for a ten-year-old.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'caring tasks' }] },
    { text: 'The baby is non-mobile, so any bruise must be seen by a doctor.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'non-mobile' }] },
    { text: 'A penalty notice may be given if Kacey misses more days.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'penalty notice' }] },
    { text: 'Nurse Bell will triage the letter this week.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'triage' }] },
    { text: 'Amy will look for a specialist setting for Leo.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'specialist setting' }] },
    { text: 'Sam will apply to discharge the care order in the spring.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'discharge the care order' }] },
    { text: 'The judge set the timetable for the child at the first hearing.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'timetable for the child' }] },
    { text: 'Workers think Bilal is vulnerable to radicalisation online.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'vulnerable to radicalisation' }] },
    { text: 'The changes are not yet embedded in the routine.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'embedded' }] },
    { text: 'The school says Ollie has not been on roll anywhere since June; Ollie is not on roll at Elm Park either.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'not on roll' }] },
    { text: 'Pam will cascade the new plan to the nursery staff.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'cascade' }] },
    { text: 'School will get an Operation Encompass call the morning after any police visit.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Operation Encompass' }] },
    { text: 'Mr Kerr will not reside at the flat while the plan is in place.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'reside' }] },
    { text: 'Police have named two adults of concern who wait outside the college.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'adults of concern' }] },
    { text: 'Workers noted that Gran\'s physical presentation was poor when they called.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'physical presentation' }] },
    { text: 'The new worry was accepted at the front door on Tuesday.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'front door' }] },
    { text: 'The sessions will look at Kai\'s offending behaviour and what led to it.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'offending behaviour' }] },
    // Not defined: the term with a time or a place is no explanation; only the defined term is excused.
    { text: 'The managed move is on hold until after half term.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'managed move' }] },
    { text: 'Persistent absence is likely if Ty misses two more days.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Persistent absence' }] },
    { text: 'A managed move is when a pupil tries a new school, and the core group will talk about it.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'core group' }] },
    { text: 'Non-violent resistance (NVR) will start in May.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'Non-violent resistance' }] },
    // The child protection conference by its bare name, the court case the council starts, and the adoption order by
    // its name even once it is made.
    { text: 'Jo will explain what happens at the child protection conference.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'child protection conference' }] },
    { text: 'If Gran can no longer look after Ty, we will begin care proceedings.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'care proceedings' }] },
    { text: 'More missed medical appointments could lead to care proceedings.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'care proceedings' }] },
    { text: 'A placement order was made for Finn in 2024.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'placement order' }] },
    // A meeting, a risk checklist or a status by its initials is as much a name as spelled out (the definition's "MASH").
    { text: 'Sian will take the family\u2019s situation to MARAC next week.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'MARAC' }] },
    { text: 'Lee will bring the nursery report to the RCPC in April.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'RCPC' }] },
    { text: 'The officer went through the DASH questions with Gemma.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'DASH' }] },
    { text: 'Dad is managed under MAPPA, so probation will share his address.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'MAPPA' }] },
    // Probation and youth justice custody, unregistered homes, a parent named by the role workers give her, and
    // Working Together 2023's words for help and family decisions.
    { text: 'Any breach of the curfew and Lewis could be recalled to custody.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'recalled to custody' }] },
    { text: 'Jordan has a rehabilitation activity requirement of twenty days.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'rehabilitation activity requirement' }] },
    { text: 'Ellis has lived in an unregulated placement since August.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'unregulated placement' }] },
    { text: 'Workers see Gemma as the non-abusing parent in this plan.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'non-abusing parent' }] },
    { text: 'The family can have targeted family help from January.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'targeted family help' }] },
    { text: 'Rory will do words and pictures work with both girls in January.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'words and pictures work' }] },
    // Probation's sentences and requirements, and homelessness law's "presenting as homeless" (issue 11, the services class).
    { text: 'Leon will complete his unpaid work hours.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'unpaid work' }] },
    { text: 'Dad is serving a community order.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'community order' }] },
    { text: 'Mum will present as homeless to the council.', errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'present as homeless' }] },
    { text: "Jess's needs will be assessed under the Care Act.", errors: [{ messageId: 'jargon', severity: 'warning', excerpt: 'under the Care Act' }] },
  ],
};
