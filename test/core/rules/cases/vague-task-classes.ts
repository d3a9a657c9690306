import { vagueTaskRule } from '../../../../src/core/rules/vague-task';
import type { RuleCases } from '../rule-tester';

// The vague-task rule by class: what makes a task checkable (who, an action or a state others can check,
// which, when or how often), in wordings of its own. The main table is cases/vague-task.ts.
const parts = (excerpt: string) => [{ messageId: 'missingParts', severity: 'warning' as const, excerpt }];

export const cases: RuleCases = {
  rule: vagueTaskRule,
  section: 'family-commitments',
  valid: [
    // Which appointments: a place names them, and "all" then says when.
    'Mark will go to all of Ellie\u2019s hearing appointments at Castlegate Clinic.',
    // A subject in a clause of its own after an instruction is not who does the task; the heading says who.
    { name: 'an instruction with "so he can"', lines: ['## What Auntie Bea will do', '- Help Omar fill in his college form by 12 January 2027 so he can start in the spring.'] },
    { name: 'an instruction with "agree that he can"', lines: ['## What you will do', '- See your drug worker, Sam Reece, every Tuesday and agree that he can tell Lorna if you missed it.'] },
    // What happens to a session or its time when something goes wrong is an arrangement, not a task missing its doer.
    'If the foster carer is held up, the missed time will be added on to the next visit.',
    // Notice counted back from an event says when.
    'Paul and Kerry will confirm the pick-up time with Lorna three days in advance.',
    // Kept away from a person named is a checkable rule; from "any rows" it is not (below).
    'Aunt Rose will keep the boys away from Liam at all times.',
    // A count of a kind of day says how often.
    { section: 'professional-commitments', text: 'Priya Shah (social worker) will see Noah at home every 15 working days and talk to him on his own.' },
    // A letter's readers, more than one of them, are who.
    { name: 'a letter to both parents', lines: ['## What we need you to do', '- Both of you will be in when the health visitor calls every other Monday at 11am.'] },
    // One person instead of another is a standing rule; "where she" opens a clause, it names nobody.
    { name: 'one person instead of another', lines: ['## What Mum will do', '- Speak to Mrs Lowe, not the twins, about the move or where they will go to school.'] },
    // Taking a child to family time happens at every session the agreement sets.
    'Carol will drive the boys to the centre and fetch them afterwards.',
    // A rule for everyone names who it binds, in a table of topics and what was agreed.
    { name: 'a rule for nobody in a topics table', lines: ['## Our family time plan', '| What we discussed | What we agreed |', '| Smoking | No one smokes in the car when the children are in it. |'] },
    // A row's number is not its task.
    { name: 'a numbered row', lines: ['## What Kelly will do', '| 2.1 | Take Finn to the eye clinic at Bayside Hospital on 9 January 2027 at 2pm. |'] },
    // A range of counts says how often (issue 11, late shift).
    'Dad will change Mia\'s dressing every two to three days.',
    // Times of day, occasions, and the case's own calendar say when.
    'Nan will give Rosie her eye drops morning and evening.',
    'Gran will check Tia\u2019s school bag after each sleepover.',
    'Mum will sign up for the budgeting course ahead of the review conference.',
    'Uncle Dev will take Mo to the cinema on his birthday.',
    // Roles known by their initials are professionals.
    { section: 'professional-commitments', text: 'The IDVA will phone Leanne every Thursday at 10am.' },
  ],
  invalid: [
    // Attitudes and relationships rather than actions.
    { text: 'Jo will strengthen her bond with the baby.', errors: parts('strengthen her bond') },
    { text: 'Kyle will show more patience with the twins at bath time.', errors: parts('show more patience') },
    { text: 'Mark will keep a cool head when Ryan kicks off.', errors: parts('keep a cool head') },
    { text: 'Lisa will keep herself safe from now on.', errors: parts('keep herself safe') },
    { text: 'Sean will have a more positive outlook about the plan.', errors: parts('have a more positive outlook') },
    // Kept in view with no meeting or date; work of no stated kind or amount.
    { section: 'professional-commitments', text: 'The school will keep Ava\u2019s attendance under review.', errors: parts('keep Ava\u2019s attendance under review') },
    { section: 'professional-commitments', text: 'Amir Khan (social worker) will carry out direct work with Lily.', errors: parts('carry out direct work') },
    // An inner state of the child as the task.
    { text: 'Dad will make sure Ellie is not upset by the arguments.', errors: parts('make sure Ellie is not upset') },
    // Rules a family signed up to are their tasks.
    { name: 'rules the parents have agreed', lines: ['## Visit rules we have agreed', '- Be polite to the staff at all times.'], errors: parts('Be polite') },
    // A numbered row whose task names the children.
    { name: 'a numbered row naming the children', lines: ['## What Kelly will do', '| 2.2 | Put the boys\u2019 needs first. |'], errors: parts('Put the boys\u2019 needs first') },
    // Steps toward a goal are tasks; the row's "who" and "by when" cells say the rest.
    {
      name: 'a goals table with a steps column',
      lines: ['## Where we want to get to', '| Our goal | Steps to get there | Who | By when |', '| Calmer mornings | Jade will lay out the uniforms the night before. | Jade | From 1 December 2026 |', '| Fewer rows | Everybody will be kinder to each other. | Jade, Owen | January 2027 |'],
      errors: parts('be kinder'),
    },
    // What was agreed on each topic is a task, and a vague one here.
    {
      name: 'a table of topics and what was agreed',
      lines: ['## Keeping in touch', '| What we talked about | What we agreed |', '| Phone calls | Dad rings the girls every Thursday at 6pm on Gran\u2019s landline. |', '| How we get on | Everyone will be kind to one another. |'],
      errors: parts('Everyone'),
    },
    // A class of appointments or meetings with "all" or "any" and a kind, but not which.
    { text: 'Dad will go to any school meetings.', errors: parts('go to any school meetings') },
    { text: 'Nan will keep all of her hospital appointments.', errors: parts('keep all of her hospital appointments') },
    // A state is not made checkable by "at all times", and a word joined to it ("tidy") is no action.
    { text: 'Mr Obi will maintain a safe, clean and tidy house at all times.', errors: parts('maintain a safe, clean and tidy') },
    { text: 'Carla will make sure there is always enough milk for the baby.', errors: parts('make sure there is always enough') },
    // Whose needs, by a plural possessive.
    { text: 'Leanne will meet the twins\u2019 needs at every visit.', errors: parts('meet the twins\u2019 needs') },
    // Manners are a state, not an action.
    { text: 'Gran will be courteous to the foster carers.', errors: parts('be courteous') },
    // Kept away from a class of things nobody names.
    { text: 'Jordan is to keep the boys away from any rows.', errors: parts('keep the boys away from any rows') },
    // Support offered to a person, of no kind; services pointed to, of no kind.
    { section: 'professional-commitments', text: 'The early help worker will offer support to the parents.', errors: parts('offer support') },
    { section: 'professional-commitments', text: 'The housing officer will signpost Dionne to local services.', errors: parts('signpost Dionne to local services') },
    // A table of expectations with a timescale column: "Timescale" heads a column, it opens no part of the agreement.
    {
      name: 'an expectations table with a timescale column',
      lines: ['## Schedule of expectations', '| **No.** | **Expectation** | **Timescale** |', '| 1 | Leah will walk Finn to school by 8.45am every weekday. | From 7 December 2026 |', '| 2 | Leah will show commitment to the plan. | Ongoing |'],
      errors: parts('show commitment'),
    },
    // A letter's lead-in after a greeting or a reason says who the items under it are for (issue 11, late shift).
    {
      name: 'a letter lead-in after a greeting',
      lines: ['# About Lily', 'We are worried that Lily has missed her last three health checks.', 'Kerry, after what we talked about on Monday, you agreed to:', '- take Lily to the baby clinic at Hope Street on 15 December at 2pm.', '- be more patient with Lily.'],
      errors: parts('be more patient'),
    },
    {
      name: 'a letter lead-in after a reason',
      lines: ['# About Jayden', 'So that Jayden is safe at night, I am asking you to:', '- keep on top of things at bedtime.'],
      errors: parts('keep on top of'),
    },
    // Carrying on helping or supporting, with nothing more said (late shift).
    { name: 'carrying on supporting', lines: ['## What Nan will do', '- Nan will keep on supporting Dean.'], errors: parts('keep on supporting Dean') },
    // "What we expect" over a table naming who: its rows are the family's tasks (issue 11, held-out-23's class).
    {
      name: 'a table under "What we expect"',
      lines: ['## What we expect', '| What Dan and Amy will do | By when |', '| Put the stair gate up at the top of the stairs | By 11 December 2026 |', '| Look after the house better | Ongoing |'],
      errors: parts('Look after the house better'),
    },
    // Under an actions header, the first cell of a row is its action, even when it reads like a label ("Give support to …").
    {
      name: 'an action table whose first column holds the actions',
      lines: ['## What the workers will do', '| Action | Who | When |', '| Ring Leah about the housing forms | Sian Doyle, early help worker | By 9 December 2026 |', '| Give support to the parents | Health visitor | Ongoing |'],
      errors: parts('Give support'),
    },
  ],
};
