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
    // Issue 11: soothing or giving way to someone the agreement does not show to be her partner or the one who harms her
    // (a young child), blame for failing to protect with no other adult named, and a breach of rules reported where
    // nothing says he harms her.
    { name: 'keeping a child calm', lines: ['## What Tina will do', '- Tina will keep Ruby calm at bath time.'] },
    { name: 'not arguing with a young child', lines: ['Ruby Cole (6)', '## What Tina will do', '- Tina will not argue with Ruby about bedtime.'] },
    { section: 'contingency', text: 'Any breach of this plan will be seen as a failure to protect, and we will consider court.' },
    { name: 'his rules reported where he is no risk to her', lines: ['Owen Price (dad) is being assessed after worries about how he speaks to the children.', '## What Jo will do', '- Jo will text Sam the same day if Owen breaks any of the contact rules.'] },
    // The same obligations about her own care of the children, not about another adult.
    'Shauna is not to leave the baby with anyone who has been drinking.',
    'Shauna agrees not to miss any more of the baby\'s health checks.',
    'Shauna will be expected to take Rio to nursery every weekday by 9am.',
    // A step planned together with a supporter who has already arranged their part; a worker or a named grandparent
    // asked after a condition (held-out-16 to -18 classes, new wordings).
    'With Leona, Priya will apply for an occupation order; Leona has booked a solicitor for Friday.',
    { section: 'contingency', text: 'If Callum turns up, Grandad Ray will ask him to leave and ring Priya.' },
    { name: 'a worker the agreement introduces, asked after a condition', lines: ['## What the family will do', 'Hayley Moss (family support worker) will supervise the visits at the family centre every Tuesday.', '## If things go wrong', 'If Callum arrives drunk, Hayley will end the visit and take the children home.'] },
    // Classes (held-out-8 and -9, seen): a code word is a plan she made; his being found drinking is not his presence;
    // a fair step after his presence; an option, not a duty; his own no-contact task, and hers when nothing says who hurt whom.
    'Amber and her sister have set up a safe word; if Amber sends it, her sister will phone 999.',
    { section: 'contingency', text: 'If Kyle is found to be drinking, Ruby will not be left with him.' },
    { section: 'contingency', text: 'If Kyle is seen at the flat, Jo will visit Amber the next day to go through the plan.' },
    { section: 'contingency', text: 'If Kyle turns up, Amber can phone 999 if she wants to.' },
    'Contact between Ruby and Kyle will be supervised by Hollybank contact centre staff.',
    'Any contact between Ruby and Kyle is to be supervised by Nana.',
    { name: 'his own no-contact task', lines: ['## What we are worried about', 'Kyle has been abusive towards Amber since Ruby (2) was born.', '## What Kyle will do', '- Kyle will not see or contact Amber.'] },
    { name: 'no-contact when the agreement does not say who hurt whom', lines: ['## What we are worried about', 'Ruby (2) has missed her health checks.', '## What Amber will do', '- Amber will have no contact with Kyle.'] },
    'Nadia will stop all contact with the old crowd from the pub.',
    'Nadia to walk the girls to school at 8.30am every day.',
    'Nadia will keep the girls away from the road when they walk to school.',
    'Nadia will make certain the girls have breakfast before school.',
    'Mum will keep the twins away from the canal.',
    'Dad will send the boys out to the garden after tea.',
    // Held responsible, prevention, reporting use (classes): fair lines sharing their words.
    'Dad will be responsible for taking the children to school.',
    'Mum will tell Kim if she is worried about anything.',
    'Dad will prevent any more missed appointments.',
    // Classes, not phrases: wordings written for these classes (issue 11).
    'Roxanne will stop seeing her friends after 10pm.',
    'Roxanne will show the housing letters to the social worker.',
    'Leah will make sure Finley does not miss school.',
    'Leah will make sure Isla goes to bed by 7pm.',
    'Leah will leave Isla with her mum on Tuesdays.',
    'Leah will not let the children play outside alone after dark.',
    'Leah has decided to ask for a non-molestation order, and Erin will help her apply for it by 20 December 2026.',
    'Leah has chosen not to let Jason into the house, and Willow Refuge will fit a door camera by 18 December 2026.',
    'Jason will not contact Leah or go to her mum\'s house.',
    'Jason will make sure he does not drink before seeing the children.',
    'Leah will tell Erin when Finley comes home upset.',
    'Aisha will keep the children away from the road.',
    'Aisha will tell the school if she is worried about Ben.',
    // Classes (issue 11, held-out-4): a worker's step whoever the line opens with; a grandparent carer
    // asking a visiting parent to go; reporting to the police alone; telling the children nothing.
    'Darren Holt. Reception staff will not let him into the building and will phone the manager if he comes back.',
    { section: 'contingency', text: 'If Jade arrives at Grandma\'s flat after drinking, Grandma will ask her to go home and will ring Sam in the morning.' },
    'Mum will not tell the children about the court hearing.',
    'Dad will be responsible for making sure the boys get to football on Saturdays.',
    'Sophie will protect her savings from scams by using the bank app.',
    'Nursery will keep Lily safe from the road at home time.',
    'Tell your social worker about any problems with the new tenancy.',
    // Who acts on whom (issue 11): the other adult's own tasks, a worker's, a grandparent carer's, and the
    // children's; her own call to the police with a worker's support after it; her chosen, supported step.
    'Jason will ring Erin before he comes to pick the children up.',
    'Dean will not text Kelly or go to her flat while his bail lasts.',
    { section: 'contingency', text: 'If Ryan turns up at the flat, Zoe Grant (social worker) will ask for a safety meeting the same day.' },
    { section: 'contingency', text: 'If Mo breaks his bail conditions, the social worker will call a meeting with Sarah within two days.' },
    { section: 'contingency', text: 'If Craig comes round, Nana will phone 999 and then ring the social worker.' },
    { section: 'contingency', text: 'If Lee comes to the house, Amy will dial 999, and Jo will visit her the next morning to look at the plan again.' },
    'Becky has decided to keep her mobile on her and ring 999 if Lee comes, and Jo will go through a safety plan with her on Friday.',
    'Mum will let Sophie know if Tyler comes home late.',
    'Kim will ring the nursery if she is running late.',
    'Mum will not let Zac go into town on his own.',
    'Dad will keep Ruby away from the dog.',
    'Ruth will make sure handovers happen at the leisure centre car park at 5pm.',
    // A worry describes; a purpose says why.
    { section: 'purpose', text: 'So that Leah knows who to ring if Jason comes to the house.' },
    // With the whole agreement in view: the one named is a child the agreement introduces, or the
    // "I" asked is a grandparent writing her own undertaking (he is her daughter's partner).
    { name: 'the name is a child of the agreement', lines: ['Children: Finn Hart (6) and Evie Hart (3).', '## What Lisa will do', '- Lisa will make sure Finn does not go near the road.'] },
    { name: 'a grandparent\'s own undertaking', lines: ['I, Rose Bell (grandmother), make this undertaking about my grandson Alfie (4), whose mum\'s partner Lee hurt him.', '## I undertake that', '- I will ring the social worker straight away if Lee comes to my house.'] },
    { name: 'her call to the police beside her chosen, supported step', lines: ['## What Becky will do', '| Becky | Becky will ring 999 if Lee turns up.\nBecky has chosen to stay at her sister\'s, and Jo will visit her there every Monday. |', '| --- | --- |'] },
    // A worry describes; it does not ask.
    { section: 'concerns', text: 'Nicole will make sure Craig does not come to the flat.' },

    // A safety step the parent chose, with support, is hers to take.
    'Kerry has decided to go to the Freedom Programme every Monday, and the nursery will have Lily on those mornings.',

    'Ms Smith will not let Jo walk home from school alone.',
    'Mr Smith will not come to the family home if he has been drinking.',
    'Kirsty has decided to apply for a non-molestation order, and Hana will go with her to the solicitor on Monday.',
    'To take Aiden to nursery every weekday by 9am.',
    // Held-out-10 and -12 classes (seen), bounds in new wordings: the children's needs first with no relationship
    // named; a child kept calm; her own drinking; a landlord's attempt; other family members helping; a relative's care.
    'Tasha will put the boys\' needs first by getting them to every dental check.',
    // Sightings, logs, a statement and the children's contact: the same words about a child, a service or a film.
    'Tasha will ring the GP if she sees Alfie\'s rash spreading.',
    'Tasha will tell Priya if she hears from the housing office.',
    'Tasha will keep a log of all contact from the school.',
    'Tasha will not withdraw her application for the nursery place.',
    'Tasha will not let the boys see the film until they are older.',
    // Her relationship, unnamed, in an agreement that speaks of no harm: a vague task, not this class.
    'Tasha will put the boys before her relationship.',
    'Tasha will keep Alfie calm at bedtime with a story and a bath.',
    'Tasha will manage her drinking with help from Aspire and drink nothing on school nights.',
    'Tasha will tell Priya if the landlord tries to change the locks.',
    'Tasha will make sure the boys are safe from the busy road by holding their hands.',
    { section: 'contingency', text: 'If Tasha is allowed to leave hospital on Friday, Priya will visit her at home on Saturday.' },
    // Held-out-14 and -15 classes (seen), in new wordings: a code word is a step she arranged, whoever acts on it; a
    // child named where the other adult would be; his presence when he has his own task to stay away, or when he is
    // named by another role and nothing ties him to a parent as partner or abuser; a relative taking the children to her home.
    'Chloe and her neighbour have a code word; if Chloe texts it, the neighbour will dial 999 and come round.',
    { name: 'a child after "if" and her act', lines: ['Tilly Hart (6) lives with her mum, Chloe.', '## If the agreement is not kept', '- If Chloe takes Tilly back to the flat overnight, Tilly will be placed in foster care.'] },
    { name: 'his presence when he has his own task', lines: ['Jay Cole (Chloe\'s partner) has a conviction for violence.', '## What Jay will do', '- Jay will not sleep at the house until the review.', '## If the agreement is not kept', '- If Jay is found at the house at night, the children will be placed in foster care.'] },
    { name: 'his presence when he is named by another role and nothing ties him to a parent', lines: ['Marcus, Dad\'s lodger, rents the back room.', '## If the agreement is not kept', '- If Marcus is found at the flat, the children will be placed in foster care.'] },
    { section: 'contingency', text: 'If Chloe drinks while the twins are with her, Aunt Bea will take them to her house.' },
    // A man managing his own temper; a door locked so a child cannot wander.
    'Jay will manage his anger by going to the course every Monday.',
    'Chloe will lock the back door at night so the twins cannot wander out.',
    // Classes from held-out-20 and -21's misses, bounds in new wordings: a child's time with a parent made safe (the
    // other adult is after "with"); between parents apart with no harm said anywhere, her seeing to his time is an
    // ordinary arrangement; a relative supervising writes "I" under her own heading; trouble with a service.
    'Ensure Rio\'s time with his dad is relaxed.',
    'Tamsin will make sure that any contact between Lee and Rio starts on time.',
    { name: 'a relative supervising, as "I" under her heading', lines: ['Bev Dane (Lee\'s sister) will be there whenever Lee sees Rio.', 'Lee hit Tamsin in June.', '## What Bev agrees to', '- If Lee gets angry, I will end the visit and take Rio home to Tamsin, then ring Asha.'] },
    'Tamsin will tell Asha about any problems with the landlord.',
    // Classes from held-out-22 to -24's misses (seen), in new wordings: his change put on her only where harm is recorded;
    // relatives introduced by the care they give; a child named with an age kept calm; her own no-contact task when she was arrested.
    { name: 'encouraging him where no harm is recorded', lines: ['## What we are worried about', 'Ava (2) has missed her health checks.', '## What Gemma will do', '- Gemma will encourage Tom to go to the parenting course.'] },
    { name: 'grandparents introduced by the care they give', lines: ['Between Pat and Jim Hughes, who are caring for their granddaughter Ava (4), and the council.', '## If things go wrong', '- If Tom turns up, Pat or Jim will phone Zoe.'] },
    { name: 'a child kept calm', lines: ['Jake (14) lives with his mum Gemma.', '## What Gemma will do', '- Gemma will keep Jake calm when he gets upset.'] },
    // Classes from held-out-29 and -30's false flags (seen), bounds in new wordings: a supporter who comes to her after
    // her emergency call; blame for failing to protect a child from another child, with no adult named; a child named
    // after a form's label; abuse of a child or of drugs is not his abuse of her.
    { section: 'contingency', text: 'If Craig kicks off at the door, Gemma will dial 999 and her brother Sid will come straight round.' },
    { name: 'failing to protect a child from a sibling', lines: ['Mia Hart (9, Year 4) and Kian Hart (15) live with their mum Gemma.', '## If things go wrong', '- If Gemma fails to protect Mia, we will hold a meeting.'] },
    { name: 'a child named after a form label', lines: ['Child: Ollie Dunn', 'DOB: 4/3/2026', '## What Gemma and Craig will do', '- Not have Ollie in the car after either of them has had a drink.'] },
    'Gemma will tell the nursery about any abuse of the children she hears about.',
    'Gemma will report any drug abuse in the block to the housing officer.',
    'Gemma will no longer be late for the school run.',
    'Gemma will be the one to walk Ava to nursery.',
    { name: 'her own no-contact task when she was the one arrested', lines: ['## What we are worried about', 'Gemma was arrested in May after a row with Tom and is on bail.', '## What Gemma will do', '- Gemma will not contact Tom.'] },
    // Classes from held-out-21 to -33's false flags (seen), in new wordings: two grandparents introduced with one surname,
    // a carer named by the label above "I", a child's behaviour managed (parenting, even where the child hurts her; a
    // child introduced by a date of birth or an age before it), a parent's illness as the condition, and a concerns line
    // that describes rather than asks.
    { name: 'grandparents introduced together', lines: ["Pat and Derek Hollis (Mia's grandparents)", '## What Pat and Derek will do', '- Pat will not let Connor into the bungalow.'] },
    { name: 'nan and grandad introduced together', lines: ['Sandra and Keith Doyle (Nan and Grandad)', '## What Sandra will do', '- Sandra will ring Asha if Connor turns up at the house.'] },
    { name: 'a carer named by the label above', lines: ["## The Carer's Promises", '- I will not open the door to Connor if he turns up.'] },
    { name: "a child's behaviour, the child introduced by a date of birth", lines: ['Mason Reed, date of birth 3 May 2013', 'Mason has kicked his mum, Jodie, twice this month.', '## What Jodie will do', "- Jodie will manage Mason's behaviour with the reward chart."] },
    { name: "a child's temper, the child introduced by an age", lines: ['Ruby Lane, 9 (born 2 June 2017)', '## What Jodie will do', "- Jodie will keep Ruby's temper in check at bedtime."] },
    { section: 'contingency', text: "If Jodie becomes unwell, Mia and Leo will go to their aunt's house." },
    { section: 'concerns', text: 'Jodie said she could not stop Connor coming in.' },
    // Classes from my fresh lines' false flags (scored once, then fixed): a worker named by first name alone among the
    // workers' tasks, and a child's own plan ("I" under the child's label); a mother under her child's label is still asked.
    { name: 'a worker named by first name', lines: ['Dear Kayla,', '## What we expect from you', 'You will take Leo to nursery by 9am every weekday.', '## What we will do', 'Sam will tell you if Ricky is released from custody.', 'Yours sincerely, Sam Price, social worker'] },
    { name: "a child's own plan", lines: ['Leo Hart (10) lives with his nan.', "## Leo's own plan", 'If Dad shouts, I will go to my room and ring Nana.'] },
    'Ricky is not to be allowed into the flat by nursery staff.',
  ],
  invalid: [
    // Reporting verbs (notify, update, warn) and calming him after his act; him waiting or parked; her ex; his car seen;
    // proving herself by having no contact with him; a letter's bare instruction where an order against him is recorded.
    { text: 'Gemma will notify Zoe at once if Tom starts drinking.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will notify Zoe at once if Tom starts drinking' }] },
    { text: 'Gemma is to calm things down if Tom starts shouting.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to calm things down if Tom starts shouting' }] },
    { section: 'contingency', text: 'If Tom is parked outside, Gemma will phone 999.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone 999' }] },
    { text: 'Gemma will keep her ex away from the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep her ex away from the flat' }] },
    { text: "Gemma will ring the police if she spots Tom's van.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will ring the police if she spots Tom's van" }] },
    { text: 'Gemma must protect Ava by having no contact with Tom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must protect Ava by having no contact with Tom' }] },
    { name: 'a letter: an order against him recorded', lines: ['Dear Gemma,', 'Tom has a restraining order against him since he hit you in May.', '- Do not see Tom.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Do not see Tom' }] },
    // His presence as a state (outside, at the door, out of prison), trying to get in touch; not answering or replying;
    // reporting him; keeping her address from him; asking him to move out; an injunction;
    // not inviting him to an occasion or letting him drive the children (brainstormed wordings of the class, my own).
    { text: 'Gemma will ring 999 if Tom is outside the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring 999 if Tom is outside' }] },
    { section: 'contingency', text: 'If Tom is at the door, Gemma will not answer it.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not answer it' }] },
    { section: 'contingency', text: 'Should Tom try to message her, Gemma must not reply.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must not reply' }] },
    { text: 'Gemma will report Tom to the police if he calls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will report Tom to the police' }] },
    { text: 'Gemma will keep her new address from Tom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep her new address from Tom' }] },
    { text: 'Gemma is to ask Tom to move out.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to ask Tom to move out' }] },
    { text: 'Gemma will take out an injunction against Tom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will take out an injunction' }] },
    { text: "Gemma will not invite Tom to Ava's birthday.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will not invite Tom to Ava's birthday" }] },
    { text: 'Gemma will not let Tom drive Ava to nursery.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Tom drive' }] },
    { text: 'Gemma will phone Zoe as soon as Tom gets out.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone Zoe as soon as Tom gets out' }] },
    // Classes from held-out-22 to -24's misses (seen), in new wordings: an adult introduced with an age; harm recorded as an
    // arrest, bail or an injury; the worker she tells and the child she takes are not him; his acts as the bare verb after
    // "should", appearing, getting in, sending nasty messages; "Don't"; him gone; getting him to leave or to change; keeping
    // him happy or the peace with him; stopping the children's contact with him; showing she has left him.
    { name: 'an adult introduced with an age', lines: ['Ava (2) lives with her mum Gemma. Her dad is Tom Reid (27).', '## What we are worried about', 'Gemma had a black eye after Tom came home drunk.', '## What Gemma will do', '- Gemma will not let Tom stay at the flat.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Tom stay at the flat' }] },
    { name: 'harm recorded as an arrest and bail', lines: ['## What we are worried about', 'Tom was arrested on 2 November and is on bail.', '## What Gemma will do', '- Gemma will have no contact with Tom.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will have no contact with Tom' }] },
    { name: 'harm recorded as her injury', lines: ['## What we are worried about', 'After the row with Tom, Gemma went to A&E with a broken wrist.', '## What Gemma will do', '- Gemma will not see Tom.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not see Tom' }] },
    { name: 'the worker she is to phone', lines: ['Zoe Brown (social worker) will visit every Monday.', '## If things go wrong', '- If Tom turns up at nursery, Gemma will phone Zoe straight away.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone Zoe straight away' }] },
    { name: 'the child she is to take', lines: ['Ava (2) lives with her mum Gemma.', '## If things go wrong', "- If Tom arrives at the flat, Gemma will take Ava and go to her friend Kim's."], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will take Ava and go to her friend Kim's" }] },
    { text: 'Gemma will dial 999 should Tom appear outside.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will dial 999 should Tom appear' }] },
    { section: 'contingency', text: 'Should Tom breach his bail, Gemma has to tell the police.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'has to tell the police' }] },
    { section: 'contingency', text: 'If Tom gets into the flat, Gemma will ring 999.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring 999' }] },
    { text: 'Gemma will let Zoe know whenever Tom sends her nasty messages.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will let Zoe know whenever Tom sends her nasty messages' }] },
    { text: "Don't let Tom in the flat.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "Don't let Tom in the flat" }] },
    { text: 'Make sure Tom is gone before Ava gets home.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Make sure Tom is gone' }] },
    { text: 'Gemma will be responsible for telling Tom to go if he gets angry.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will be responsible for telling Tom to go' }] },
    { name: 'his change put on her where harm is recorded', lines: ['## What we are worried about', 'Tom has been controlling towards Gemma.', '## What Gemma will do', '- Gemma should encourage Tom to get help with his anger.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'should encourage Tom to get' }] },
    { text: "Gemma will keep Tom happy so that he doesn't get angry.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep Tom happy' }] },
    { text: 'Gemma will keep the peace with Tom at handovers.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep the peace with Tom' }] },
    { text: 'Gemma is to prevent all contact between Tom and the baby.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to prevent all contact between Tom and the baby' }] },
    { text: 'Gemma needs to show that she has left Tom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'needs to show that she has left Tom' }] },
    // The obligation with "not" before its "to" ("is not to", "agrees not to") or in the future ("will be expected to"):
    // the contact helper's fresh-line misses, as classes, in new wordings.
    { text: 'Shauna is not to let Lewis stay at the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is not to let Lewis stay at the flat' }] },
    { text: 'Shauna agrees never to allow Lewis near the baby.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'agrees never to allow Lewis near the baby' }] },
    { text: 'Shauna will be asked to make sure Lewis stays away from the house.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will be asked to make sure Lewis stays away' }] },
    { text: 'Nadia will write down any contact from Tariq.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will write down any contact from Tariq' }] },
    // Helpers' fresh-line misses as classes, new wordings: "should" as the condition after the main clause; kept at a
    // distance; the obligation as someone's job or responsibility; his return or release as what she acts on.
    { text: "Nadia will phone 999 should Tariq come to the door.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will phone 999 should Tariq come to the door" }] },
    { text: "Nadia has to keep Tariq at a distance.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "has to keep Tariq at a distance" }] },
    { text: "It is Nadia's responsibility to keep Tariq away from the baby.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "responsibility to keep Tariq away from the baby" }] },
    { text: "Nadia will go to her sister's if Tariq is released.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will go to her sister's if Tariq is released" }] },
    // Held-out-16 to -18 classes (seen), in new wordings: a second obligation joined by "and" keeps the first's
    // modal; his behaviour as what she manages; kept off a place ("onto", "set foot in"); his arrival with no place.
    { text: 'Priya must look after the house and make sure Callum does not come round.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'and make sure Callum does not come' }] },
    { text: 'Priya will tidy up and tell Leona whenever Callum messages her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'and tell Leona whenever Callum messages' }] },
    { text: "Priya will keep on top of Callum's behaviour when he visits.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will keep on top of Callum's behaviour" }] },
    { text: 'Priya will not allow Callum onto the hospital grounds.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow Callum onto the hospital' }] },
    { text: 'Priya has to make sure Callum never sets foot inside the house.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'has to make sure Callum never sets foot' }] },
    { text: 'Priya will ring the police if Callum comes.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring the police if Callum comes' }] },
    // Held-out-14 and -15 classes (seen), in new wordings: leaving home herself once he has come; checking his state;
    // keeping the children from the adults' conflict; not reuniting with him; not giving him time with them.
    { text: 'If Jay shows up at the door, Chloe will get out of the house with the girls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will get out of the house with the girls' }] },
    { text: 'Chloe is to check that Jay has not had a drink before he collects the girls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to check that Jay has not had a drink' }] },
    { text: 'Chloe will shield the twins from the rows between the adults.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will shield the twins from the rows' }] },
    { text: 'Chloe will not reunite with Jay.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not reunite with Jay' }] },
    // Shutting him out by her own act; managing his temper; reporting his contact named before him; leaving home when
    // he finds her; keeping his number blocked.
    { text: 'Chloe will get a new lock fitted so that Jay cannot get back in.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will get a new lock fitted so that Jay cannot get' }] },
    { text: 'Chloe is to control Jay\'s temper at handovers.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to control Jay\'s temper' }] },
    { text: 'Chloe will tell Sam about every call that Jay makes.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell Sam about every call that Jay makes' }] },
    { text: 'Chloe will move house as soon as Jay learns her address.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will move house as soon as Jay learns' }] },
    { text: 'Chloe must keep Jay\'s number blocked.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must keep Jay\'s number blocked' }] },
    { text: 'Chloe must not give Jay unsupervised time with the twins.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must not give Jay unsupervised time with the twins' }] },
    // Held-out-10 and -12 classes (seen), in new wordings: the children kept from his abuse, named or as a group; her
    // relationship ranked below them; leaving him, also as the way she is to protect them; his attempts to make contact;
    // his being let back, in the passive; managing his drinking; reporting where he is; his bail kept by her.
    { text: 'Tasha to make sure Alfie and Rosa do not witness any further violence.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'to make sure Alfie and Rosa do not witness any further violence' }] },
    { text: 'Tasha will ensure the boys are shielded from future domestic abuse.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ensure the boys are shielded from future domestic abuse' }] },
    { name: 'her relationship ranked below the boys where the agreement speaks of harm', lines: ['## What we are worried about', 'Dwayne has hit Tasha twice this year.', '## What Tasha will do', '- Tasha is expected to place the boys\' welfare above her relationship with Dwayne.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is expected to place the boys\' welfare above her relationship' }] },
    { text: 'Prove that you are able to prioritise Alfie over Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Prove that you are able to prioritise Alfie over Dwayne' }] },
    { text: 'Not rekindle your relationship with Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Not rekindle your relationship' }] },
    { text: 'Tasha must keep the boys safe by splitting up with Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must keep the boys safe by splitting up with Dwayne' }] },
    { text: 'Tasha will never go back with Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will never go back with Dwayne' }] },
    { text: 'Tasha will move to her aunt\'s, away from Dwayne, by the end of the month.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will move to her aunt\'s, away from Dwayne' }] },
    { text: 'Tasha will phone Priya if Dwayne attempts to get in touch with the boys.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone Priya if Dwayne attempts to get in touch' }] },
    { section: 'contingency', text: 'Should Dwayne be invited to stay, the local authority will take further action.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Should Dwayne be invited to stay' }] },
    { text: 'Tasha will keep an eye on Dwayne\'s drinking when he sees the boys.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep an eye on Dwayne\'s drinking' }] },
    { text: 'Tasha will keep her ex-partner calm at handovers.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep her ex-partner calm' }] },
    { text: 'Tasha will let Priya know about Dwayne\'s movements.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will let Priya know about Dwayne\'s movements' }] },
    { text: 'Tasha must see that Dwayne sticks to his bail conditions.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must see that Dwayne sticks to his bail' }] },
    { text: 'Tasha will not bring the boys round to Dwayne\'s house.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not bring the boys round to Dwayne\'s house' }] },
    // Guidance classes the corpus lacks (watching for him, logging him, his criminal case, the children's contact with him).
    { text: 'Tasha will text Priya whenever she bumps into Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will text Priya whenever she bumps into Dwayne' }] },
    { text: 'Tasha will write down every message from Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will write down every message from Dwayne' }] },
    { text: 'Tasha will not retract her statement.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not retract her statement' }] },
    { text: 'Tasha will press charges against Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will press charges against Dwayne' }] },
    { text: 'Tasha will never let Alfie talk to Dwayne.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will never let Alfie talk to Dwayne' }] },
    { name: 'kept away from the man the agreement says hurt her', lines: ['## What we are worried about', 'Dwayne punched Tasha in front of Alfie (4).', '## What Tasha will do', '- Tasha will keep well away from Dwayne.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep well away from Dwayne' }] },
    // Classes (held-out-8 and -9, seen): a duty after his act whoever the main clause names, with or without a comma; her
    // supervising his time with the children; her answering for his presence or for the relationship; her kept from him
    // when the agreement says he harmed her.
    { section: 'contingency', text: 'If Kyle comes round you must ring 999 and then tell Jo.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must ring 999 and then tell Jo' }] },
    { section: 'contingency', text: 'If Kyle shows up, Amber is expected to dial 999 straight away.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is expected to dial 999 straight away' }] },
    { text: 'Amber will supervise the time Ruby spends with Kyle.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will supervise the time Ruby spends with Kyle' }] },
    { text: 'Amber will stay in the room whenever Kyle is with the girls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will stay in the room whenever Kyle is with' }] },
    { section: 'contingency', text: 'If Kyle is seen at the flat, we will decide Amber is unable to keep Ruby safe.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'If Kyle is seen at the flat' }] },
    // Classes (held-out-11, seen): proving she protects them from him; blocking him; not taking the children to him; his
    // contact supervised by her, in the passive; reporting breaches of his bail; him never alone with the child.
    { text: 'Amber to show she can protect Ruby from Kyle.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'to show she can protect Ruby from Kyle' }] },
    { text: 'Amber to demonstrate her protective capacity by not letting Kyle into the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'by not letting Kyle into the flat' }] },
    { text: 'Amber will block Kyle\'s number.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will block Kyle\'s number' }] },
    { text: 'Amber will not take the girls to visit Kyle.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not take the girls to visit Kyle' }] },
    { text: 'Kyle\'s time with the girls is to be supervised by Amber.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Kyle\'s time with the girls is to be supervised by Amber' }] },
    { text: 'Amber will report any breach of Kyle\'s bail to the police.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will report any breach of Kyle' }] },
    { text: 'Amber will make sure Kyle is never alone with Ruby.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure Kyle is never alone with' }] },
    { section: 'contingency', text: 'Should Kyle be found at the flat, we will apply for an emergency protection order.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Should Kyle be found at the flat' }] },
    { section: 'contingency', text: 'Should Amber restart the relationship, Ruby will be placed with foster carers.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Should Amber restart the relationship' }] },
    { name: 'kept from the man the agreement says hurt her', lines: ['## What we are worried about', 'Kyle has been abusive towards Amber since Ruby (2) was born.', '## What Amber will do', '- Amber will not see or contact Kyle.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not see or contact Kyle' }] },
    // Who acts on whom (issue 11), in wordings written for each part of the class.
    { text: 'Nadia will protect the girls from any more rows.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will protect the girls from any more rows' }] },
    { text: 'Nadia is to keep the girls away from any arguments.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to keep the girls away from any arguments' }] },
    // held-out-9's classes in new wordings: the note form "Nadia to …", his attempts and breaches, "should she let him back", getting back with him.
    { text: 'Nadia to make sure Colin does not come to the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'to make sure Colin does not come' }] },
    { text: 'Nadia will tell Sam if Colin attempts to call.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell Sam if Colin attempts to call' }] },
    { text: 'Nadia will let Sam know if Colin breaks his bail conditions.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will let Sam know if Colin breaks his bail' }] },
    { text: 'Should Nadia let Colin back into the flat, the girls may be taken into care.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Should Nadia let Colin back' }] },
    { text: 'If Nadia gets back together with Colin, the girls will not be returning home.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'If Nadia gets back together with Colin' }] },
    // Gaps a helper's fresh lines showed (his messages, being seen near her, "make certain", cutting contact, a second "and not let him in").
    { text: 'Nadia will tell the social worker if Colin sends her any messages.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell the social worker if Colin sends her any messages' }] },
    { text: 'Nadia will make certain Colin does not come to the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make certain Colin does not come' }] },
    { text: 'Nadia will cut all contact with Colin.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will cut all contact with Colin' }] },
    { text: 'Nadia will take the girls to school every day and not let Colin in.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'and not let Colin in' }] },
    // Imposed reporting to the police is reporting on him; only a step she chose, with support, is hers.
    { text: 'Phone the police on 999 if Marcus comes to the door.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Phone the police on 999 if Marcus comes to the door' }] },
    { text: 'Ms Smith will phone the police on 999 if Mr Smith comes to the home.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone the police on 999 if Mr Smith comes to the home' }] },
    { text: 'Becky has agreed that she will call the police if Lee shows up at the school gate.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will call the police if Lee shows up' }] },
    // Watching him for someone: any answer of hers whose condition is what he does.
    { text: 'Becky will email Jo the same day if Lee gets in touch with her or the girls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will email Jo the same day if Lee gets in touch' }] },
    { text: 'Becky is to stop the phone call if Lee starts an argument.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to stop the phone call if Lee starts an argument' }] },
    { section: 'contingency', text: 'If Lee rings her drunk, Becky must hang up and tell Jo.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must hang up and tell Jo' }] },
    { section: 'contingency', text: 'If he knocks, you will keep the door shut.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep the door shut' }] },
    // Her infinitive under a lead-in, as "you will".
    { text: 'To let Jo know whenever Lee messages her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'To let Jo know whenever Lee messages' }] },
    // Seeing to his behaviour, or to meetings with him.
    { text: 'Becky needs to make sure Lee is sober when he collects the girls.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'needs to make sure Lee is sober' }] },
    { text: 'Becky will see that her ex-partner keeps his distance at the school gate.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will see that her ex-partner keeps his distance' }] },
    { text: 'It is expected that Becky will keep changeovers calm.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep changeovers calm' }] },
    // A consequence whose condition is her act about him, whoever states it.
    { section: 'contingency', text: 'If Becky has Lee to stay, the girls may be placed with foster carers.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'If Becky has Lee to stay' }] },
    { section: 'contingency', text: 'If you let him back in, we will go to court.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'If you let him back' }] },
    // Infinitives under an "agrees" heading or column are read with it (held-out-5 class, new wordings).
    { text: 'Not to allow Craig to babysit the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Not to allow Craig to babysit the children' }] },
    { text: 'To make sure the twins do not see or speak to Mr Pike.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'To make sure the twins do not see or speak to Mr Pike' }] },
    // Kept apart from him, or made to take him to court, as an expectation (held-out-7 classes, new wordings).
    { text: 'Kirsty must make sure there is no contact between herself and Wayne at the school gate.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must make sure there is no contact between herself and Wayne' }] },
    { text: 'We expect that Mrs Okafor will seek an occupation order within a month.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will seek an occupation order' }] },
    { text: 'Ola will ring Jo each time Tony is in touch.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring Jo each time Tony is in touch' }] },
    { text: 'Ola must not allow Tony to collect the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must not allow Tony to collect the children' }] },
    { text: 'Ola will prevent Tony contacting the boys.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will prevent Tony contacting' }] },
    { text: 'Ola will never let Tony babysit.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will never let Tony babysit' }] },
    { text: 'Ola will keep the twins apart from Tony.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep the twins apart from Tony' }] },
    { section: 'contingency', text: 'If Tony knocks, Ola should turn him away.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'should turn him away' }] },
    { text: 'Ola will be responsible for getting Tony out of the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will be responsible for getting Tony out' }] },
    { text: 'Ola will let Jo know about any texts or calls from Tony.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will let Jo know about any texts or calls from Tony' }] },
    { text: 'Ola will not allow Tony to have the baby overnight.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow Tony to have the baby overnight' }] },
    // Reporting each contact he makes is watching him, even to the police; a bare 'Ring…' in a list; made
    // responsible for what he does; protecting the children from his behaviour, by name.
    { text: 'Report any contact from Darren to the police on 101.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Report any contact from Darren' }] },
    { text: 'Gemma will tell the police every time Marcus messages her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell the police every time Marcus messages' }] },
    { text: 'Text Jo straight away whenever Marcus comes near the house.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Text Jo straight away whenever Marcus comes near the house' }] },
    { text: 'Gemma is responsible for ensuring Marcus stays away from the nursery.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is responsible for ensuring Marcus stays away' }] },
    { text: 'Gemma will shield the boys from Marcus\'s temper.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will shield the boys from Marcus's temper" }] },
    { text: 'Kerry will be held accountable if Dean comes back.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will be held accountable' }] },
    { text: 'Leah must prevent further domestic abuse.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must prevent further domestic abuse' }] },
    { text: 'Sara will phone Amir as soon as she knows that Dean is drinking.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will phone Amir as soon as she knows that Dean is drinking' }] },
    { text: 'Sara will make sure Dean does not know her new address.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure Dean does not know' }] },
    { text: 'Nana is going to keep Grandad out of the bedroom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is going to keep Grandad out of the bedroom' }] },
    // A first name under a heading that reads as a service's ("What the council expects") is the parent asked.
    { name: 'a bare name under a service heading', lines: ['## What the council expects from Leah', '- Leah will not let Dean into the flat.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Dean into the flat' }] },
    // Classes, not phrases: any verb, voice or modal (issue 11).
    { text: 'If Kyle texts her, Roxanne must show the messages to the social worker.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must show the messages to the social worker' }] },
    { text: 'Roxanne will end things with Kyle.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will end things with Kyle' }] },
    { text: 'Roxanne will stop seeing Kyle.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will stop seeing Kyle' }] },
    { text: 'Leah will make sure Jason does not come round to the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure Jason does not come' }] },
    { text: 'Priya must tell the social worker if Dan contacts her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must tell the social worker if Dan contacts' }] },
    { text: 'Priya will end the relationship with Dan.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will end the relationship' }] },
    { text: 'Priya will not let Dan stay over.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Dan stay over' }] },
    { text: 'Nicole will not have Craig in the house.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not have Craig in the house' }] },
    { text: 'Nicole will not open the door to Craig.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not open the door to Craig' }] },
    { text: 'Nicole will separate from Craig.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will separate from Craig' }] },
    { text: 'Nicole will report any contact from Craig to the social worker.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will report any contact from Craig' }] },
    { text: 'Nicole will tell her partner to leave if he has been drinking.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell her partner to leave' }] },
    { text: 'Nicole is expected to keep her partner out of the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is expected to keep her partner out of the flat' }] },
    { text: 'Nicole will ring the social worker whenever Craig turns up.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring the social worker whenever Craig turns up' }] },
    { text: 'Nicole will not get back into a relationship with Craig.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not get back into a relationship' }] },
    { text: 'Aisha should ensure that her husband stays away from the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'should ensure that her husband stays away' }] },
    { text: 'Aisha will not allow Tom to have any contact with the baby.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow Tom to have any contact with the baby' }] },
    // Classes (issue 11, held-out-4), in wordings written for them: a bare instruction in a letter's list,
    // reporting the other adult's breaches or contact to a worker, keeping things from him, being made
    // answerable for protecting the children from his abuse, being judged by his next incident.
    { text: 'Never let Darren stay the night at the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Never let Darren stay the night' }] },
    { text: 'Make sure Darren keeps away from the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Make sure Darren keeps away' }] },
    { text: 'Bella will let Marsha know straight away about any visits from Darren.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will let Marsha know straight away about any visits from Darren' }] },
    { text: 'Bella must report every breach of Darren\'s non-molestation order to the police and the social worker.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must report every breach of Darren' }] },
    { text: 'Bella will never tell Darren where the children go to school.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will never tell Darren where' }] },
    { text: 'Bella will be responsible for keeping the children away from any further violence.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will be responsible for keeping the children away from any further violence' }] },
    { text: 'Bella must protect the children from Darren.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must protect the children from Darren' }] },
    { section: 'contingency', text: 'Another assault at the flat would show us that Bella has failed to protect Ruby.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Bella has failed to protect Ruby' }] },
    // Inside a contingency line, and in a section whose heading was not read as commitments.
    { section: 'contingency', text: 'If Craig turns up drunk, Nicole must not let him in and must ring the social worker.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must not let him in' }] },
    { section: 'review-date', text: 'Nicole will make sure Craig does not come to the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure Craig does not come' }] },

    { text: 'Kerry will tell the social worker whenever Wayne phones her.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will tell the social worker whenever Wayne phones' }] },
    { text: 'Kerry will not let Wayne have contact with Lily.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Wayne have contact with Lily' }] },
    // Inside a contingency line too.
    { section: 'contingency', text: 'If Wayne turns up at the house, Kerry will ask him to leave.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ask him to leave' }] },

    { text: 'If Mr Smith has been drinking or using illegal substances Ms Smith will not allow him in the family home.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow him in the family home' }] },
    { text: 'Mum will make sure her partner does not drink around the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure her partner does not drink' }] },
    { text: 'Ms Ali will keep Mr Khan away from the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep Mr Khan away from the children' }] },
    // With the whole agreement in view (declared by the rule): softened when the other adult has tasks, the parent support, or both.
    { name: 'the other adult has tasks of his own', lines: ['## What the family will do', KEEP_AWAY, HIS_TASK], errors: [{ messageId: 'otherAdultHasTasks', severity: 'warning', excerpt: ASKED }] },
    { name: 'the parent is offered support', lines: ['## What the family will do', KEEP_AWAY, ...SUPPORT], errors: [{ messageId: 'parentSupported', severity: 'warning', excerpt: ASKED }] },
    { name: 'both: a milder prompt', lines: ['## What the family will do', KEEP_AWAY, HIS_TASK, ...SUPPORT], errors: [{ messageId: 'sharedAndSupported', severity: 'info', excerpt: ASKED }] },
    // Classes from held-out-20 and -21's misses, in new wordings (in an agreement that says he harmed her where his
    // time with the children is what she answers for): his contact made hers to manage; trouble between them as
    // hers to report; his behaviour as hers to answer for; her own relationship with him as hers to report.
    { name: 'his time with the children hers to manage', lines: ['Lee pushed Tamsin down the stairs in March.', '## What Tamsin will do', '- Tamsin has to check that all visits between Lee and the baby go smoothly.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'has to check that all visits between Lee and the baby' }] },
    { name: 'his calls to the children hers to oversee', lines: ['Lee has been violent to Tamsin.', '## What Tamsin will do', "- Tamsin is to oversee Lee's calls to the boys."], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "is to oversee Lee's calls" }] },
    { text: 'Tamsin should report any arguments involving her and Lee to Asha.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'should report any arguments involving her and Lee' }] },
    { text: 'Tamsin must let Asha know if there has been a row with Lee.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must let Asha know if there has been a row with Lee' }] },
    { text: "Tamsin is to make sure Lee's drinking never affects Rio.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "is to make sure Lee's drinking never affects" }] },
    { text: "Tamsin will be accountable for Rio's safety whenever Lee calls round.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "will be accountable for Rio's safety whenever Lee" }] },
    { text: 'Should Tamsin decide to start seeing Lee again, she must inform Asha that week.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must inform Asha that week' }] },
    // Issue 11: placating or soothing him (named, the agreement showing he is her partner or harms her, a teenager
    // included), two men of her family kept from her, and his breach of his own conditions where he harms her.
    { name: 'soothing her partner', lines: ["Dale Price (Kerry's partner) and Kerry Price (mum)", '## What Kerry will do', '- Kerry will keep Dale settled during his visits.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will keep Dale settled' }] },
    { name: 'not provoking the one who hit her', lines: ['Dale was cautioned after he slapped Kerry in August.', '## What Kerry will do', '- Kerry will try not to provoke Dale.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will try not to provoke Dale' }] },
    { name: 'giving way to a teenager who hits her', lines: ['Jamie Cole (16) lives with his mum, Tina Cole.', 'Jamie has punched Tina twice since October.', '## What Tina will do', '- Tina will avoid confrontations with Jamie after school.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will avoid confrontations with Jamie' }] },
    { name: 'his conditions hers to report', lines: ['There have been police call-outs for abuse by Lee towards Tina.', '## What Tina will do', '- Tina must ring Asha the same day if Lee breaks one of the conditions of his order.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must ring Asha the same day if Lee breaks one of the conditions' }] },
    // Classes from held-out-29's misses (seen), in new wordings: his abuse reported as a thing, him unnamed; what he
    // may learn of where she lives kept from him by her; his treatment seen to by her.
    { text: 'Gemma has to tell Zoe about every assault the same week.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'has to tell Zoe about every assault' }] },
    { text: 'Gemma will dial 999 should there be any more domestic violence.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will dial 999 should there be any more domestic violence' }] },
    { text: 'Gemma is not to let Tom get hold of the children\'s school details.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is not to let Tom get hold of' }] },
    { text: 'Gemma must never pass on her new postcode to Tom.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must never pass on her new postcode to Tom' }] },
    { text: 'Gemma will see that Tom attends all of his sessions at the alcohol service.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will see that Tom attends all of his sessions' }] },
    // The same obligations put with "no longer"; his temper kept in check by her; him kept from anywhere near her home.
    { text: 'Gemma will no longer let Tom stay over.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will no longer let Tom stay over' }] },
    { text: "Gemma has to keep Tom's drinking in check at weekends.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "has to keep Tom's drinking in check" }] },
    { text: 'Gemma will not allow her ex-husband anywhere near the school gates.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not allow her ex-husband anywhere near the school' }] },
    // Her log of his passing by; "the one to" as the obligation (wordings of the class from my fresh lines' misses, varied).
    { text: 'Gemma will write down every time Tom hangs around by the gate.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will write down every time Tom hangs around by' }] },
    { text: 'Gemma is the one to keep Tom out of the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is the one to keep Tom out of the flat' }] },
    { text: 'Sana will make sure her dad and brothers do not come to the college.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure her dad and brothers do not come' }] },
    // Classes from held-out-31 to -33's misses (seen), in new wordings: letting him harm or take control; the one whose
    // job it is, after his act; his keeping to the plan seen to by her; a commitment under a heading the walk did not
    // read (the concerns part); his aggression as the condition.
    { text: 'Jodie must not let Connor shout at the children.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must not let Connor shout' }] },
    { text: 'Jodie is never to allow her partner to go through her phone.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is never to allow her partner to go through her phone' }] },
    { name: 'his leaving her job, in a letter', lines: ['Dear Jodie,', '## Keeping you and Mia safe from Connor', 'If Connor turns up, it is your responsibility to get him to leave.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'responsibility to get him to leave' }] },
    { text: 'Jodie will make sure Connor sticks to the safety plan.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will make sure Connor sticks to the safety plan' }] },
    { section: 'concerns', text: '2.4 Jodie is not to let Connor into the flat.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is not to let Connor into the flat' }] },
    { section: 'contingency', text: 'If Connor gets physically aggressive, Jodie will ring 999 and then Asha.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will ring 999 and then Asha' }] },
    // Classes from my fresh lines' misses (scored once, then fixed): "it is down to you to"; his hanging about; breaking
    // off contact; taking the children somewhere after his act; his presence refused by her, in the passive.
    { text: 'It is down to you to make sure Ricky never finds out the new address.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'down to you to make sure Ricky never finds out' }] },
    { text: 'Mum is to phone Sam straight away whenever Ricky hangs about outside the school.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'is to phone Sam straight away whenever Ricky hangs about' }] },
    { text: 'Kayla must break off all contact with Ricky by the end of the month.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'must break off all contact with Ricky' }] },
    { section: 'contingency', text: "Should Ricky show up drunk, Kayla must take Leo to her sister's.", errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: "must take Leo to her sister's" }] },
    { text: 'Ricky is not to be allowed into the flat by Kayla.', errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'Ricky is not to be allowed into the flat by Kayla' }] },
    { name: "a mother under her child's label", lines: ['Leo Hart (10) lives with his mum, Kayla. Ricky hit Kayla in May.', "## What Leo's mum will do", 'I will not let Ricky into the flat.'], errors: [{ messageId: 'parentMadeResponsible', severity: 'warning', excerpt: 'will not let Ricky into the flat' }] },
  ],
};
