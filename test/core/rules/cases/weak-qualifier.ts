import { weakQualifierRule } from '../../../../src/core/rules/weak-qualifier';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: weakQualifierRule,
  section: 'professional-commitments',
  valid: [
    // An offer the family may take up leaves the choice to them; a quality the worker will check is not a qualifier of the task.
    { section: 'professional-commitments', text: 'Ali Noor (social worker) will sit in on the first session at Parkside Recovery on 4 January if Gemma wants her to.' },
    { section: 'family-commitments', text: 'Gemma will give Ali the address of anyone Otis stays the night with, a day before, so Ali can check it is suitable.' },
    'Amir Khan (social worker) will visit every Monday at 4pm.',
    // A qualifier inside the question a visit looks into qualifies the answer, not the visit.
    { section: 'professional-commitments', text: 'Ali Noor (social worker) will meet Gemma on 9 March to ask whether she can get regular help from her sister.' },

    // Times someone picks are not "sometimes".
    'Amir Khan (social worker) will see Tia at home every two weeks, at times Tia chooses.',
    'Ms Smith will attend every appointment at the clinic.',
    // A condition about someone else, or a real event, says when.
    { section: 'family-commitments', text: 'Sarah will take Lily to Park Surgery if she needs to see a doctor.' },
    // "if he can't" says what happens when he cannot: a condition, not a let-out.
    { section: 'family-commitments', text: "Dad will drive Zac to football on Saturdays and text Tom by 9am if he can't." },
    // A qualifier inside a clause about who ("friends who could help if needed") describes them, not the task.
    { section: 'family-commitments', text: 'Jo will send Amir a list of friends who could help if needed by 9 January 2027.' },
    // Times someone else has chosen are set; "reasonable" and "appropriate" in a term of art qualify nothing.
    { section: 'professional-commitments', text: 'Abi will ring Kelly every Tuesday and Thursday at times Kelly has picked.' },
    { section: 'professional-commitments', text: 'Sergeant Platt will ask for a reasonable grounds decision from the NRM team by 20 December 2026.' },
    { section: 'family-commitments', text: 'Dom will ask for an appropriate adult when he is interviewed.' },
    // A contingency line that promises nothing has no task to qualify.
    { section: 'contingency', text: 'If Ola misses her appointments regularly, a meeting is held within a week.' },
  ],
  invalid: [
    // Help when she wants it, with nothing offered, is still up to the worker; a standard the task itself must meet is still open.
    { section: 'professional-commitments', text: 'Ali Noor (social worker) will help Gemma if she wants it.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'if she wants it' }] },
    { section: 'family-commitments', text: 'Gemma will find a suitable babysitter by 9 January.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'suitable' }] },
    // A time nobody can check.
    { section: 'family-commitments', text: 'Lou will ring the school at a sensible time.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'at a sensible time' }] },
    // "if she can" leaves it to her.
    { section: 'family-commitments', text: 'Dani will drop the forms at the office on Monday if she can.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'if she can' }] },
    { text: 'Amir Khan (social worker) will visit regularly.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'regularly' }] },
    { text: 'Ms Smith will attend appointments where possible.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'where possible' }] },
    { text: 'The health visitor will offer advice as needed.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'as needed' }] },
    // Left to the person's own sense of need: it may never happen.
    { section: 'family-commitments', text: 'Sarah will ask Jo Bell for help when she needs it.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'when she needs it' }] },
    // A promise in the contingency or the review is a task too, though neither part holds the task list.
    { section: 'contingency', text: 'Should things slip, the family worker will step in where necessary.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'where necessary' }] },
    { section: 'review-date', text: 'The plan will be looked at again from time to time.', errors: [{ messageId: 'weakQualifier', severity: 'warning', excerpt: 'from time to time' }] },
  ],
};
