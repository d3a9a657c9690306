import { vagueTaskRule } from '../../../../src/core/rules/vague-task';
import type { RuleCases } from '../rule-tester';

const parts = (excerpt: string) => [{ messageId: 'missingParts', severity: 'warning' as const, excerpt }];

export const cases: RuleCases = {
  rule: vagueTaskRule,
  section: 'family-commitments',
  valid: [
    // When told by the occasion a task goes with: each of a kind, a moment of the day, before or after, while or until, a week or month.
    'Gemma will lay Otis on his back in his own cot for every nap.',
    'Gemma will write down what Otis drank after each night feed.',
    'Gemma will tell the nursery key worker about any bruises at pick-up.',
    'Gemma will give Otis his antibiotics with his breakfast.',
    'Rhys will not have any alcohol in the flat while the girls are stopping over.',
    'Rhys will hand Jade back to her mum before the girls have their tea.',
    'Rhys will sleep at his mum\u2019s until the bail hearing is over.',
    'Gemma will get Otis weighed at the clinic the following week.',
    'Gemma will take Otis for his hearing test at Lister Hospital in February.',
    'Gemma will ring the GP the next time Otis has a fever.',
    'Gemma will change the locks once Rhys has collected his things.',
    'Rhys will note down the make and colour of any vans that come to the door and tell Ali Noor (social worker).',
    // Each of a routine's occasions as the thing done, a day of a kind, a course someone qualified set out, records kept current.
    'Rhys and Gemma will split the night feeds between them.',
    'Gemma will put the recycling out on collection day.',
    'Gemma will give Otis his reflux medicine as the paediatrician set it out.',
    'Gemma will keep Otis\u2019s vaccinations up to date.',
    { name: 'a row whose when cell opens with a time word', lines: ['## What Gemma will do', '| Who | What | When |', '| Gemma | Check the pram brake is on | Every time she stops |', '| Rhys | Give Jade her spacer | Before swimming |'] },
    // Doses spaced by a gap say how often.
    'Gemma will give Otis ibuprofen no closer than six hours apart and note each one in his red book.',
    // The next of an occasion, and things kept packed, restricted or at someone's.
    'Gemma will show Ali the new stair gate at her next home visit.',
    'Gemma will keep a bag for her and Otis packed and at her brother\u2019s.',
    'Rhys will keep the upstairs windows restricted.',
    // A standing rule of where things are kept or how only, a consent, a rule that holds altogether.
    'Gemma will keep the lighters and matches up in the bathroom cabinet.',
    'Rhys will keep the garage door padlocked.',
    { name: 'a thing kept in a place, under a heading naming who', lines: ['## What Rhys will do', '- His methadone is kept in the lockbox in his bedroom.'] },
    'Gemma will keep the back-door key with her neighbour Sal.',
    'Rhys will take his painkillers only as the pharmacist has set out.',
    'Gemma agrees that the school nurse can tell Ali Noor (social worker) how Otis is doing.',
    'Rhys will keep weed out of the flat altogether.',
    // A lead-in that says when, as a sentence ending in a colon or a row across a table, says it for the lines beneath.
    { name: 'a lead-in naming a deadline', lines: ['## What Gemma will do', 'Gemma will do these things before Otis starts nursery:', '- Book Otis\u2019s two-year check with Lea Marr (health visitor).', '- Buy a fireguard for the living room.'] },
    { name: 'a lead-in naming an occasion, with who after it', lines: ['## What Rhys will do', 'Whenever the girls stay over, Rhys will:', '- Put the girls\u2019 phones on charge in the kitchen.'] },
    { name: 'a lead-in row across a table', lines: ['## What Gemma will do', '| By the end of January Gemma will: |', '| Register Otis with the dentist on Mill Lane. |'] },
    // A fortnight or a payday says how often; a list of things kept locked away is a standing rule (held-out-21, seen, in new wordings).
    'Kerry Lund (health visitor) will weigh Milo at the clinic every fortnight and tell Jo his weight.',
    'Jo will put £20 on the electricity key every payday.',
    'Both carers will keep the tablets, the vodka, the lighter fluid and the bleach locked in the high cupboard.',
    // A standing rule holds all the time; a condition says when.
    'Dana will only leave Mia with her sister Rose or her neighbour Pam.',
    'Lee will ring Dana if Mia is not home by 6pm and will go and look for her.',
    // Each line of a paragraph with breaks is its own task.
    'Dana will take Mia to nursery by 9am every weekday.\nDana will pay the nursery fees every Friday.',

    // One family's parents or carers, taken together, are definite people: who is said.
    'Both parents will take Ella to the dentist at Park Lane Surgery on 12 January 2027.',
    'The carers will drive Kian to his mum\u2019s flat for 2pm every other Saturday.',
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
    // Standing rules: an imperative "Not …", "and not …", where someone stays.
    { name: 'imperative standing rules under a heading naming who', lines: ['## What Shaun and Paula will do', '- Not bring anyone else to family time.', '- Never leave Rio alone in the bath.'] },
    'Jason will stay at his brother\u2019s flat and not come to Leah\u2019s house.',
    // A one-off appointment whose date is in the row's timescale cell is specific.
    {
      name: 'a table read by its columns: each commitment cell is a task, and the timescale cell says when',
      lines: [
        '| Expectation | Support offered | Timescale |',
        '| Lewis will take Grace to her check-up at Brookfield Clinic. | Zara Khan (health visitor) will see Grace at the clinic. | 5 January 2027 at 10am |',
        '| Kim and Lewis will fit a new stair gate at the top of the stairs. | Brookfield Family Hub will give them a stair gate and fit it with them. | By 15 December 2026 |',
      ],
    },
    {
      name: 'a label cell naming a person: the row is that person\u2019s tasks',
      lines: ['| Leah | Leah will call the police if Jason tries to contact her. |', '| Erin Cole (social worker) | Will see Finley at school every Friday at 3pm. |'],
    },
    // A passive line that names who acts says who.
    { section: 'tasks', text: 'Family time will be every Monday from 10am to 12pm at the Oak Centre, supervised by Nia Evans.' },
    // "The foster carer, Jo Adams, will …": the name set off by commas is who.
    { section: 'tasks', text: 'The foster carer, Jo Adams, will bring Mia to the centre and collect her after each session.' },
    // Specific uses of the words the new classes start with.
    'Kim will sort out Grace\u2019s school uniform by 4 January 2027.',
    'Mark will deal with the landlord about the damp by ringing him on 8 December 2026.',
    'Kai will stay away from Leeds city centre after 6pm.',
    // Parts of every day or week say when; a header row of a rules table is not a task.
    'Jordan will collect Ella from nursery after school.',
    'Ray will have Kian and Lola at weekends.',
    'Stacey will keep her phone charged while the children are in her care.',
    {
      name: 'a safety rules table with a "Who is responsible" column',
      lines: ['## Safety rules', '| Safety rule | Who is responsible | How we will check |', '| Not drink alcohol while looking after the children. | Mark | Jen will drop in twice a week |'],
    },
    'Mo Singh (youth worker) will meet Kai every Wednesday at 5pm to plan his week.',
    // A pronoun after a clause naming someone is that person; the clause says when.
    'When Ayesha feels overwhelmed, she will ring her sister Noor and ask her to come round.',
    // Standing rules with a negative subject or object, and a role held for as long as the plan lasts.
    'Nobody will smoke in the car with the twins.',
    'Ollie will keep no alcohol in the flat.',
    "Gran, Pat Moss, will be Ava's emergency carer.",
    // A double name is a name.
    'Ruby-Mae will walk Kit to the bus stop at 8.10am on school days.',
    // A heading that is a condition says when for the lines under it.
    { name: 'a heading that says when', lines: ['## When Kerry goes into labour', '- Kerry or her sister will ring the maternity unit on 01632 960 111 and then the social worker.'] },
    // A time before the subject is not part of it; the ward is a service; a baby is family.
    { section: 'professional-commitments', text: 'In working hours the ward will ring Sam Ellis on 01632 960 222.' },
    'The baby will not leave the unit until the discharge meeting has been held.',
    'Tia will sleep in her own cot, day and night.',
    // The subject of an expectation follows "that"; a pronoun there points back to the name before it.
    'It is expected that Mr Grant will move to his sister\u2019s flat at 2 Mill Lane by 18 December 2026.',
    'Keira has agreed that she will hand her phone to Mum at 9pm every night.',
    // A letter speaking of itself is no task.
    { name: 'the letter speaking of itself', lines: ['Dear Ms Rowe,', 'The purpose of this letter is to set out what we agreed.', 'Ms Rowe will take Amy to nursery by 9am every weekday.', 'These arrangements will stay in place until the review.'] },
    // Things kept safe and rules kept hold all the time.
    'Mo will keep the bleach in the high cupboard.',
    'Tyler will keep to his bail conditions.',
    // A top row of short labels heads the table, whatever its words ("Family member").
    { name: 'a header row with words of its own', lines: ['## What needs to happen', '| Family member | Task | Target date |', '| Lisa | Book a GP appointment for Ty | 12 January 2027 |'] },
    // A name with its role set off by commas names who.
    { section: 'professional-commitments', text: 'Dr Omar Aziz, an independent assessor, will meet Lily at home every Monday at 5pm.' },
    // A person's row says when in its own "When" cell.
    { name: "a person's row with a When cell", lines: ['| Who | What I will do | When |', "| Stevie | Ring Theo at Aunt Jo's | Every Sunday at 6pm |"] },
    // "work" as a noun is no vague action.
    'Priya will make the packed lunches before she leaves for work at 7am on weekdays.',
    // A young person's own words ("I'll", "I won't") under a heading of their own are tasks.
    { name: "a young person's own words", lines: ["## Things I'll do", "- I'll be in by 9pm on school nights.", "- I won't get into cars with people I don't know."] },
    // A standing rule about a habit is specific; so is advice that says what it asks, and being told by someone named.
    'Jordan will not drink when he has the children.',
    'Jordan will stop smoking in the car.',
    'Leah will follow the advice set out in the leaflet: Ava sleeps on her back in her own cot every night.',
    'Gran will be told about the meeting by Amir Khan (social worker) on 4 January 2027.',
    // A day fixed by an event the line names says when.
    'Priya will text Jo the word “teapot” and Jo will take the boys to her flat that evening.',
    // A topic naming a course with a date is not a bare topic.
    { name: 'a fragment with a time and a place', lines: ['## What needs to happen', '- Family time at the Oak Centre every Saturday 10am to 12pm'] },
    // The length of an event, and one of a person's events, say when.
    'Mia will leave her phone with the worker for the whole visit.',
    'Gran will bring the contact book to each of Alfie\u2019s reviews.',
    // A rule telling the reader what not to do: a subject later in the line is in a clause of its own.
    { name: 'a rule telling the reader what not to say', lines: ['## What we expect of you', '- Never discuss the move, the court or where they will stay with Kai.'] },
    // Under a heading the walk does not know, a line with "to" that is no note-form commitment is no task.
    { name: 'a line with an infinitive that commits nobody', lines: ['## Ideas from the meeting', '- Dad will ring Leo every Sunday at 6pm.', '- Ways to keep calm at home'] },
    // Watching over in a place, parenting aids named, a way of keeping safe, a meal as a time: specific.
    'Gran will supervise Theo and his cousin at the soft play every Sunday at 2pm.',
    'Nadia will use the bedtime routine chart every evening at 6.30pm.',
    'Dale will make sure Mia is safe by staying in the bathroom with her at bath time.',
    'Dale will give Mia her medicine before every meal.',
    // In a row with no header, the cell committing someone is the task, not the longer one describing a situation.
    {
      name: 'a warning sign beside what will be done',
      lines: ['## What we will do', '| Sam staying out past ten and not picking up his phone to anyone | Mum will ring Sam at 10.15pm and then ring 101. |'],
    },
    // An agreement of plain paragraphs, with no heading anywhere: its commitments are tasks, here specific ones.
    {
      name: 'plain paragraphs with no headings, all specific',
      lines: ['This agreement was made on 3 December 2026 between Gemma Hart and Paul Reid (family support worker).', 'Gemma will take Ollie to swimming every Saturday at 9am.', 'Paul will call Gemma every Monday at 10am.'],
    },
    // A second clause whose subject is no one, where the line names who it goes through.
    'Ryan will not message Kelly; anything about the girls will go through the family worker, Dee Wood.',
    // A header saying how a need will be met is no task; the row's task is its sentence.
    {
      name: 'a "Need | How it will be met | By whom" table',
      lines: ['## Support plan', '| Need | How it will be met | By whom | Review date |', '| Money | Book Mum a benefits check at the Advice Centre on 14 January 2027 at 10am | Dee Hall (family worker) | 14 January 2027 |'],
    },
    // Needing to know is no need of a kind; "well" after "as" is no manner.
    'Dee will meet Sam at the gate every Friday at 3pm and tell him anything he needs to know.',
    'Dee will take the twins to the park every Saturday morning as well.',
    // A word ending the clause after "the" and another word is a noun ("the review record"), not an action.
    { section: 'professional-commitments', text: 'Kim Bell (family worker) will take Tia to the library every Thursday at 4pm and add it to the review record.' },
    // Read by its parts: an action with a named thing and a time is specific, whatever verb of help or state stands near it.
    'Marta will take Zain to the asthma clinic at Rowan Surgery on 14 January at 2pm.',
    'Kofi will be at the nursery door at 12.30pm every Friday to collect the twins.',
    'Bilal will look after Zain on Saturdays from 9am to 1pm.',
    'Kofi will help Marta fill in the nursery funding form by 9 January.',
    'Marta will always check the front door is bolted at night.',
    'Kofi will make the kitchen safe by fitting cupboard locks by 16 January.',
    'Bilal will support Zain to join the Saturday football club by the end of January.',
    'Marta will remember to give Zain his inhaler before PE on Tuesdays.',
    'Kofi will keep Zain\u2019s swimming kit clean and in his bag on Thursdays.',
    'Bilal will stay well away from the flat at all times.',
    // A vague-looking verb that is the object of an observable one, or the aim after a timed task, is no commitment of its own.
    'Gemma will book Otis a place at the Tuesday toddler group from 5 January and check he attends.',
    'Rhys will go over the social story with Jade on 4 March so she understands why she is moving room.',
    // An event someone else brings about says when; so does each time anyone at all turns up; a thing kept clear is a standing rule.
    'Gemma will start the swimming lessons at Brook Leisure Centre when the centre rings with a place.',
    'Gemma will ask for the name of whoever collects Otis from nursery and pass it to Ali Noor (social worker).',
    'Rhys will note the car of anyone who brings Jade home and tell Ali Noor (social worker).',
    'Rhys will keep the landing clear of boxes and shoes.',
    { name: 'a row whose by-when cell says it is done', lines: ['## What we will do', '| Action | Who | By when |', '| Move Otis to the clinic on Lea Road | Dr Shah | Done |'] },
    // Who: an instruction opening "Not …" is the heading's person's, whatever pronoun a later clause uses; a rule for the household
    // ("There will always be …") binds everyone; a time before the subject is not part of it.
    { name: 'a negative instruction with a pronoun later', lines: ['## What Gemma will do', '- Not take Otis out in the car without his car seat; if it is at the garage, she will walk him to nursery.'] },
    'There will always be a sober adult in the flat when the girls stay over.',
    'For the next two weeks Rhys will sleep at his brother\u2019s flat on Hill Street.',
    // "May" and "could" offer; they bind nobody to an attitude.
    { name: 'an offer in the legal notice', lines: ['## What the law says', 'You may wish to show this letter to a solicitor.'] },
    // Who from a role label before its verb, a named agency with a bracketed aside, a relative clause's pronoun; a row timed by "next" (vague4).
    'Family support worker: will ring Tia every Monday at 10am.',
    'Northvale Police (DC Rana, missing persons unit) will check on Lia at home on 9 December.',
    'Tia will keep the letters in a folder, which she will go through with Ali Noor (social worker) each Friday.',
    // The child a school's form names by role is who; a named course another task times says when (vague4).
    { name: 'a lead-in naming the student', lines: ['## Actions', 'The student agrees to', '- Go to the lunchtime reading club on Wednesdays at 12.30pm.'] },
    {
      name: 'a named group timed in another task',
      lines: ['## What Mum will do', '- Go to the Sunrise Families parenting group at Elm Hall on Mondays 1pm to 3pm from 11 January.', '## What Dad will do', '- Go to the Sunrise Families parenting group with Mum.'],
    },
    { name: 'a when cell saying "next"', lines: ['## Plan', '| What | Who | By when | Done? |', "| Offer Tia a place at the Saturday parents' group. | Sam Reid (social worker) | Next visit | |"] },
  ],
  invalid: [
    // Conduct, protection and safety with no act named, whatever the occasion; a class marked only by what it might do (vague4).
    { text: 'Jordan will behave during family time.', errors: parts('behave') },
    { text: 'Dean will pull himself together before the next visit.', errors: parts('pull himself together') },
    { text: 'Mum will protect the twins while Dad is staying.', errors: parts('protect the twins') },
    { text: 'Nan will keep the boys safe while Mum is in hospital.', errors: parts('keep the boys safe') },
    { text: 'Kerry will keep Leo away from anyone who could hurt him.', errors: parts('anyone who could') },
    // A lead-in's sentence before its own tells what happened, not when the tasks are done (vague4).
    {
      name: 'a lead-in naming the day it was written, then its own sentence',
      lines: ['# Letter', 'Dear Ms Hale,', 'I am writing after our visit on Monday. You will:', '- keep the flat in a better state.'],
      errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'keep the flat in a better state' }],
    },
    // An empty cell under "Done?" is its header's question, not an answer: the task still says no time.
    {
      name: 'an empty cell under a "Done?" header',
      lines: ['## Plan', '| What | Who | By when | Done? |', '| Make sure Ellie gets to nursery. | Gran | | |'],
      errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Make sure Ellie gets to nursery' }],
    },
    // A lead-in asking something of someone opens a list of tasks, though it sits under what happened.
    {
      name: 'a lead-in "… is expected to:"',
      lines: ['## What has happened', 'Lily was found alone in the flat.', 'Jade is expected to:', '- be more patient with Lily.', '- take Lily to the dentist on Ash Road on 4 January 2027.'],
      errors: parts('be more patient'),
    },
    // Vague however it is timed: an occasion or a place does not make an attitude or a class of things an action.
    { text: 'Rhys will be more careful with the girls after school.', errors: parts('be more careful') },
    { text: 'Gemma will think hard before choosing a new partner.', errors: parts('think hard before') },
    { text: 'Gemma will help Otis feel secure after the move.', errors: parts('help Otis feel secure') },
    { text: 'Rhys will keep the girls away from anyone risky.', errors: parts('keep the girls away from anyone risky') },
    { text: 'Rhys will engage with the drug service until there are no more worries.', errors: parts('engage with') },
    // The aim of a task that is itself vague leaves the task vague; freedom from harm is no thing kept clear; "there will be" names nobody.
    { text: 'Rhys will work with Jade so she understands the risks.', errors: parts('understands') },
    { text: 'Gemma will keep Otis free from harm.', errors: parts('free from harm') },
    { text: 'There will be more help for the family.', errors: parts('There') },

    // An idiom of distance is no place a thing is kept (found by the fresh lines scored after freezing).
    { text: 'Gemma will keep her ex at arm\u2019s length.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Gemma will keep her ex at arm\u2019s length' }] },
    // A day nobody can name, and keeping a person up to date, say no when.
    { text: 'Rhys will take the girls to the park on dry days.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Rhys will take the girls to the park on dry days' }] },
    { text: 'Gemma will keep the health visitor up to date.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Gemma will keep the health visitor up to date' }] },
    {
      name: 'a "Where" cell saying at home is no time',
      lines: ['## What Gemma will do', '| Who | What | Where |', '| Gemma | Read Otis a story | At home |'],
      errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Read Otis a story' }],
    },
    { text: 'Kian will keep clear of negative peer groups at all times.', errors: parts('negative peer groups') },
    // Keeping on with something is no rule about where a thing is kept, and a column header asks when of each row.
    { text: 'Gemma will keep going with her counsellor.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Gemma will keep going with her counsellor' }] },
    { text: 'Rhys will take Jade to the optician.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Rhys will take Jade to the optician' }] },
    {
      name: 'a "When" column header says nothing of a row that leaves it empty',
      lines: ['## What Gemma will do', '| What | When |', '| Gemma will take Otis to the dentist. | |'],
      errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Gemma will take Otis to the dentist' }],
    },
    { text: 'Kerry Lund (health visitor) will weigh Milo at some point.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Kerry Lund (health visitor) will weigh Milo at some point' }] },
    { text: 'Carl will manage his temper.', errors: parts('manage his temper') },
    // Parents or carers in general are not the people doing this task.
    { text: 'Any carers will ring the duty team by 5pm every Friday.', errors: parts('Any carers') },
    { text: 'Dana and Lee will work with the professionals.', errors: parts('work with the professionals') },
    { text: 'Dana will keep on top of the laundry.', errors: parts('keep on top of') },
    // The vague line of a paragraph with breaks is found at its own offsets.
    { text: 'Dana will take Mia to nursery by 9am every weekday.\nDana will be honest with workers.', errors: parts('be honest') },

    { text: 'Ms Smith and Mr Smith will work with Lantern House to address their drinking.', errors: parts('work with Lantern House to address') },
    { text: 'Mum will engage with services.', errors: parts('engage with') },
    { text: 'The family will attend appointments.', errors: parts('The family') },
    { text: 'Mr Jones will show insight into the impact of his behaviour on the children.', errors: parts('show insight') },
    // "Parents" names this family's parents; what they will do is the vague part.
    { text: 'Parents will make better choices.', errors: parts('make better choices') },
    { text: 'Ms Ali will ensure the children\u2019s needs are met.', errors: parts('ensure the children\u2019s needs are met') },
    { text: 'Dad will try to be a good role model.', errors: parts('be a good role model') },
    { section: 'professional-commitments', text: 'Professionals will support the family as needed.', errors: parts('Professionals') },
    { section: 'professional-commitments', text: 'The social worker will monitor the situation.', errors: parts('monitor the situation') },
    // Watching and sorting without saying what or when.
    { section: 'professional-commitments', text: 'Sam Doyle will keep an eye on things.', errors: parts('keep an eye on') },
    { text: 'Ms Patel will sort out her working hours.', errors: parts('sort out her working hours') },
    { text: 'Gary will be there for Mark.', errors: parts('be there for') },
    { section: 'professional-commitments', text: 'The social worker will look into the options.', errors: parts('look into the options') },
    // A class of people or of work, without saying which.
    { text: 'Kai will stay away from bad influences.', errors: parts('stay away from bad influences') },
    { section: 'professional-commitments', text: 'Mo Singh (youth worker) will do some work with Kai about keeping safe every Wednesday.', errors: parts('do some work with Kai about') },
    // "during visits" names when, not an action others can see: the vague part is still vague.
    { text: 'Nicole will be a good role model during visits.', errors: parts('be a good role model') },
    // A class of thing with no date: a meeting, a referral.
    { section: 'professional-commitments', text: 'Lucy Green will convene a network meeting.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Lucy Green will convene a network meeting' }] },
    { section: 'professional-commitments', text: 'Erin Cole will refer the case to MARAC.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Erin Cole will refer the case to MARAC' }] },
    // An activity is not made specific by a timescale cell that says none.
    {
      name: 'a timescale cell that gives no time',
      lines: ['| You will | We will | By when |', '| Keep on top of the bills. | Sam Doyle (family support worker) will visit every Thursday at 6pm. | Ongoing |'],
      errors: parts('Keep on top of'),
    },
    // A state nobody can point to the day of is not a when.
    { text: 'Tanya will look for a bigger flat once things are calmer.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Tanya will look for a bigger flat once things are calmer' }] },
    { text: 'Dan will ring the school when he is ready.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Dan will ring the school when he is ready' }] },
    // Own words and "is going to" under a heading the walk does not know: still tasks, still vague.
    { name: "a young person's vague promise in their own words", lines: ["## Things I'll do", "- I'll be in by 9pm on school nights.", "- I'll be more organised."], errors: parts('be more organised') },
    { name: "a plan written to a child: 'is going to'", lines: ['## What Dad is going to do', '- Dad is going to take you swimming every Sunday at 10am.', '- Dad is going to be more patient.'], errors: parts('be more patient') },
    // The task column is the one saying what will be done, not the goal column before it.
    {
      name: 'a goal column before the task column',
      lines: ['## What needs to happen', '| What needs to change | What will be done, and by whom | How we will know |', '| Calmer mornings | Kofi will be more organised in the mornings. | Kofi feels calmer. |'],
      errors: parts('be more organised'),
    },
    // An empty name cell continues the person in the row above.
    {
      name: 'an empty name cell under a person',
      lines: ['| | Will | From |', '| Shona | Take Alfie to the dentist on 9 January 2027 at 4pm. | 9 January 2027 |', '| | Be more patient with Alfie. | |'],
      errors: parts('Be more patient'),
    },
    // A heading asking when is no condition.
    // A letter with no headings: its lead-in asking for things stands over the instructions after it, which are the reader's tasks.
    { name: "a letter's lead-in asking the reader", lines: ['Dear Sam,', 'Thank you for coming to the meeting on 3 May. Until the review in July, we are asking you to:', '- take Mia to her asthma clinic at Hill Road Surgery on 12 May at 9am', '- think about how the shouting affects Mia'], errors: parts('think about') },
    { name: 'a heading asking when', lines: ['## When Dad will help', '- Dad will help with the shopping.'], errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Dad will help with the shopping' }] },
    // An action table is read as tasks wherever it sits, here under the worries.
    {
      name: 'an action table under the worries',
      lines: ['## What we are worried about', 'The flat has no working cooker.', '| Outcome | Action | Lead | Timescale |', '| Meals | Carers to improve mealtimes. | Parents | Ongoing |'],
      errors: parts('improve'),
    },
    // A checklist of jobs with who does each one.
    {
      name: 'a checklist of jobs',
      lines: ['## Jobs around the house', 'Tom and Amy will tick each job when it is done.', '| Job | Who | Mon | Thu |', '| Keep the bathroom tidy | Amy | | |'],
      // Tidy to whose standard: an upkeep with no measure is vague, not only undated.
      errors: parts('Keep the bathroom tidy'),
    },
    // A letter's bare instructions under a heading asking for them are tasks.
    {
      name: 'a letter asking the reader to do things',
      lines: ['## What we would like you to do', '- Take Ivy to her eye test at Clearview Opticians on 12 January 2027 at 9am.', '- Cooperate with the school.'],
      errors: parts('Cooperate with'),
    },
    // A letter's table: "What you need to do" and "Help we will give" are the two sides' columns.
    {
      name: "a letter's table of what you and we will do",
      lines: ['## What needs to happen', '| What you need to do | Help we will give | By when |', '| Take Ava to the dentist on 9 January 2027 at 4pm. | We will continue to offer guidance. | 9 January 2027 |'],
      errors: parts('offer guidance'),
    },
    // Sorting with the object before the particle, comparatives of how to be, being around, keeping oversight.
    { text: 'Sean will sort the garden out.', errors: parts('sort the garden out') },
    { text: 'Mum will be gentler with Noah.', errors: parts('be gentler') },
    { section: 'professional-commitments', text: 'The family hub will keep oversight of the case.', errors: parts('keep oversight of') },
    { section: 'professional-commitments', text: 'Gina Moss will be at the end of the phone.', errors: parts('be at the end of the phone') },
    // A heading wanting something from "you" ("more": how much?), and a person's row under "Agreed".
    { name: 'a heading wanting something from you', lines: ['## What we would like from you', '- Listen to the school more.'], errors: parts('Listen to the school more') },
    { name: "a person's row under 'Agreed'", lines: ['| Person | Agreed | By when |', '| Tariq | Be kinder to his brother | \u2013 |'], errors: parts('Be kinder') },
    // Monitoring without saying how; "at all times" does not make it specific.
    { text: 'Nan will keep tabs on Ellie.', errors: parts('keep tabs on') },
    { text: 'Mr Hale is to know who Ruby is with at all times.', errors: parts('know who Ruby is with') },
    // Advice, guidance or a plan followed without saying which or what it asks.
    { text: 'Leah will follow the health visitor’s guidance.', errors: parts('follow the health visitor’s guidance') },
    { text: 'Kim and Ash will stick to the safety plan.', errors: parts('stick to the safety plan') },
    // Being told, with nobody named to tell them.
    { section: 'professional-commitments', text: 'The school will be kept informed.', errors: parts('be kept informed') },
    // A change of habit with nothing to measure it by.
    { text: 'Jordan will give up drinking.', errors: parts('give up drinking') },
    { text: 'Ola will cut her cannabis use.', errors: parts('cut her cannabis use') },
    // An attitude, here an infinitive under "agrees to".
    { name: 'an attitude under a heading of what someone agrees to', lines: ['## What Paula agrees to', '- To put her sons first.'], errors: parts('put her sons first') },
    // Protection of a kind, with no way named.
    { text: 'Kim will protect the boys from harm.', errors: parts('protect the boys from') },
    { text: 'Ash will make sure the twins are not exposed to arguments.', errors: parts('make sure the twins are not exposed to') },
    // A professional's non-commitment.
    { section: 'professional-commitments', text: 'Priya Shah (social worker) will see what can be done.', errors: parts('see what can be done') },
    // One vague commitment in a long line makes the line vague, whatever the others do.
    {
      text: 'Tom will walk Ava to school at 8.30am every weekday, and he will also make sure the flat is kept in a decent state.',
      errors: parts('make sure the flat is kept in a decent state'),
    },
    // A topic in a task list, not a task: two words are enough.
    { name: 'a topic in a task list', lines: ['## What needs to happen', '- Tom will walk Ava to school at 8.30am every weekday.', '- Better hygiene', '- Consistent boundaries for Ava'], errors: [...parts('Better hygiene'), ...parts('Consistent boundaries for Ava')] },
    // The note form of a commitment ("Dad to …", "Mum is expected to …") under a heading the walk does not know.
    { name: 'a note-form commitment under a heading the walk does not know', lines: ['## Keeping Rosie safe', '- Mum will walk Rosie to school by 8.45am every weekday.', '- Dad to sort his temper out.'], errors: parts('sort his temper out') },
    // An activity is not made specific by "always" or "at all times": how much, what kind of parenting, which harm.
    { text: 'Leon will help around the house more.', errors: parts('help around the house more') },
    { text: 'Zoe will set firm boundaries for the boys at all times.', errors: parts('set firm boundaries') },
    { text: 'Dean will never put the baby at risk.', errors: parts('put the baby at risk') },
    { text: 'Lee will keep his drinking in check every weekend.', errors: parts('keep his drinking in check') },
    { text: 'Gran will supervise the girls properly.', errors: parts('supervise the girls properly') },
    { text: 'Tasha will always make sure Ruby is happy.', errors: parts('make sure Ruby is happy') },
    { text: 'Kerry will keep the flat clean and tidy at all times.', errors: parts('keep the flat clean and tidy') },
    // A second verb joined by "and" is a commitment of its own.
    { text: 'Ray will cook tea every night and generally be a better dad.', errors: parts('be a better dad') },
    { name: 'a topic of care as a gerund', lines: ['## What needs to happen', '- Safe feeding'], errors: parts('Safe feeding') },
    // A row with no header: the commitment is the task even when the cell describing the situation is longer,
    // and a short commitment naming a person is a task, not a name.
    {
      name: 'a warning sign beside a vague commitment',
      lines: ['## What we will do', '| Leo refusing to go to bed and shouting at his sister | Dad will sort things out. |'],
      errors: parts('sort things out'),
    },
    {
      name: 'a short commitment beside a request',
      lines: ['## What we asked for', '| A lift to the hospital on Tuesdays | Agreed | Tom will deal with it |'],
      errors: parts('deal with it'),
    },
    // People of a kind, without saying who.
    { text: 'Jamie will keep away from friends who are a bad influence.', errors: parts('keep away from friends who are a bad') },
    // A letter's body with no headings: its commitments are tasks.
    { name: "a letter's body with no headings", lines: ['Dear Mr Hale,', '1. Following the meeting on 2 December, we agreed the following.', '2. Mr Hale will take Josh to school by 8.45am every weekday.', '3. Mr Hale will cooperate with the school.'], errors: parts('cooperate with') },
    // People, their tasks and their signatures in one table: the rows are tasks.
    { name: 'a table of people, their tasks and their signatures', lines: ['## Who will help', '| Name | What they will do | Signed |', '| Uncle Dev | Be more involved with the boys | |'], errors: parts('Be more involved') },
    // A two-word instruction is a task; staying calm is an attitude, not an action.
    { name: 'a two-word instruction', lines: ['## What Jade will do', '- Jade will walk Rory to school by 8.50am every weekday.', '- Stay calm.'], errors: parts('Stay calm') },
    // "needs to" commits someone; a change of a kind, support of a kind and managing conflict say no action.
    { name: "'needs to' under a heading asking something", lines: ['## What is expected of Ryan', '- Ryan needs to be more reliable.'], errors: parts('be more reliable') },
    { text: 'Paul needs to show real change.', errors: parts('show real change') },
    { section: 'professional-commitments', text: 'Westfield Family Hub will provide intensive, tailored support.', errors: parts('provide intensive, tailored support') },
    { text: 'Gary and Mel will manage conflict at home.', errors: parts('manage conflict') },
    // A short task in a person's row is still a task.
    {
      name: "a two-word task in a person's row",
      lines: ['| Who | What I will do | When |', '| Aunt Jo | Have Theo every Friday night at 14 Elm Road | From 4 December 2026 |', '| Stevie | Be positive | \u2013 |'],
      errors: parts('Be positive'),
    },
    // A contact prompt on one line of a cell does not answer a vague task on another.
    { text: "Jess will be a better mum.\nThe children's nan will have contact as agreed.", errors: parts('be a better mum') },
    // A sentence is a task even when its first word could head a column ("Support …"); support of a part of life is vague.
    {
      name: 'a task cell starting with a header word',
      lines: ['| Kerry agrees to | School agrees to |', '| Walk Leo to school for 8.45am every school day. | Support Leo with his reading. |'],
      errors: parts('Support Leo with his reading'),
    },
    // Plain paragraphs with no heading anywhere: the commitments are tasks.
    {
      name: 'plain paragraphs with no headings, one vague',
      lines: ['This agreement was made on 3 December 2026 between Gemma Hart and Paul Reid (family support worker).', 'Gemma will take Ollie to swimming every Saturday at 9am.', 'Paul will help Gemma with her bills.'],
      errors: parts('help Gemma with her bills'),
    },
    // "Who will do it" names the who column; the task column is "What will be done", not the goal beside it.
    {
      name: 'an action table headed "Who will do it"',
      lines: ['## Making it happen', '| What should be better | What will be done | Who will do it | When |', '| Bedtimes | Read Ollie a story at 7pm each night | Gemma | Every night |', '| | Keep the kitchen to a decent standard | Gemma | Ongoing |'],
      errors: parts('to a decent standard'),
    },
    // A rules table: the rule column holds the task, "Everyone" says who.
    {
      name: 'a house rules table with a who column',
      lines: ['## House rules', '| House rule | Who | How we will check |', '| No smoking indoors | Gemma and Paul | Sam sees it on visits |', '| Look out for each other | Everyone | Ongoing |'],
      errors: parts('Look out for'),
    },
    // Away from nobody named, regard rather than action, behaviour of a kind, carrying on.
    { text: 'Shane will keep away.', errors: parts('keep away') },
    { text: 'Carl will respect the court order.', errors: parts('respect the court order') },
    { text: 'Lee will not show any controlling behaviour.', errors: parts('show any controlling behaviour') },
    { text: 'Mia and Jon will keep communicating.', errors: parts('keep communicating') },
    { text: 'Gran will carry on being supportive.', errors: parts('carry on being supportive') },
    // A task cell opening with a capital verb is the task, not a name; "Soon" says no time.
    {
      name: 'a "Who | Will do what | By when" table',
      lines: ['## Next steps for the family', '| Who | Will do what | By when |', '| Uncle Ash | Encourage Tom positively | Ongoing |'],
      errors: parts('Encourage Tom positively'),
    },
    {
      name: 'an "Area | Agreed action | Owner | Deadline" table',
      lines: ['## Our agreement', '| Area | Agreed action | Owner | Deadline |', '| School | Get Ruby to school by 8.50am each day | Mum | From Monday |', '| Home | Tackle the clutter | Mum | Soon |'],
      errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Tackle the clutter' }],
    },
    // Needs, care and company of a kind; a manner, a focus, a habit kept up: "always" and "not" do not make them specific.
    { text: 'Rob will always give Lily the care she needs.', errors: parts('give Lily the care she needs') },
    { text: 'Dawn will not let the girls watch anything unsuitable.', errors: parts('let the girls watch anything unsuitable') },
    { text: 'Leon will not mix with unsafe adults.', errors: parts('mix with unsafe adults') },
    { text: 'Dale will not behave in a way that scares the baby.', errors: parts('in a way that') },
    { text: 'Tash will keep her temper with the kids.', errors: parts('keep her temper') },
    { text: 'Sian will focus on her recovery.', errors: parts('focus on') },
    { text: 'Pete will put what he learned into practice.', errors: parts('put what he learned into practice') },
    { text: 'Gina will keep up with the washing.', errors: parts('keep up with the washing') },
    { text: 'Amir will always attend.', errors: parts('attend') },
    { text: 'Kev will be present for the girls.', errors: parts('be present for') },
    // Only the time is missing: a milder prompt.
    { text: 'Ms Smith will take Jo to the dentist.', errors: [{ messageId: 'missingWhen', severity: 'info', excerpt: 'Ms Smith will take Jo to the dentist' }] },
    // By its parts: an attitude, a state, an outcome on a class of things is vague however it is timed.
    { text: 'Bilal will respect Zain\u2019s friends.', errors: parts('respect') },
    { text: 'Marta will try to be more relaxed with the twins.', errors: parts('be more relaxed') },
    { text: 'Kofi will feel more settled in the new flat by Easter.', errors: parts('feel more settled') },
    { text: 'Marta will become a calmer parent.', errors: parts('become a calmer') },
    { text: 'Marta will work on her parenting skills every week.', errors: parts('work on') },
    { text: 'Bilal to maintain the boundaries.', errors: parts('maintain the boundaries') },
    { text: 'Marta will provide a safe and loving home from now on.', errors: parts('provide a safe and loving home') },
    { text: 'Make sure the twins are happy.', errors: parts('Make sure the twins are happy') },
    { text: 'Marta will make sure Zain is not up too late.', errors: parts('make sure Zain is not up too late') },
    // A vague commitment joined to a specific one by "and" is a commitment of its own.
    { text: 'Kofi will take the twins to nursery and be more patient with them every morning.', errors: parts('be more patient') },
    // Help of a kind: "always" is no time for an activity, and help with a class of things says no action.
    { text: 'Bilal will always encourage Zain.', errors: parts('encourage') },
    { text: 'Marta will look after the family at all times.', errors: parts('look after the family') },
    { text: 'Kofi will always keep the twins entertained.', errors: parts('keep the twins entertained') },
    { text: 'Kofi will support Zain with his emotions.', errors: parts('support Zain with his emotions') },
    {
      name: 'an attitude in a row whose when cell says "Always"',
      lines: ['## What Bilal will do', '| What | When |', '| Respect Marta and the twins | Always |'],
      errors: parts('Respect'),
    },
    // A first cell that commits someone, with the row's other cells left empty, is a task, not a label naming whose tasks follow.
    {
      name: 'a commitment in a row whose other cells are empty',
      lines: ['## What Olu and Dee will do', '| What | When |', '| Olu will book the boys in with the dentist | By 9 January |', '| Dee will support the family | |'],
      errors: parts('support the family'),
    },
  ],
};
