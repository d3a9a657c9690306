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
  ],
  invalid: [
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
    // Under an actions header, the first cell of a row is its action, even when it reads like a label ("Give support to …").
    {
      name: 'an action table whose first column holds the actions',
      lines: ['## What the workers will do', '| Action | Who | When |', '| Ring Leah about the housing forms | Sian Doyle, early help worker | By 9 December 2026 |', '| Give support to the parents | Health visitor | Ongoing |'],
      errors: parts('Give support'),
    },
  ],
};
