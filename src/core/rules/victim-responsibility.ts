import { cite, DERBY } from '../guidance';
import { NO_FINDINGS, type ParagraphRule } from '../rule';

// Ofsted and serious case reviews criticised agreements that make a parent (often a victim of
// domestic abuse) responsible for keeping another adult away or for controlling that adult.
// The engine softens this to a prompt when the other adult has tasks of their own and the
// parent is offered support (see engine.ts, which sees the whole document).
const OTHER_ADULT = "(?:him|her|them|he|she|they|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(?:her|his|their|the children's|the child's|jo's|sam's)\\s+(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|father|mother|dad|mum|stepfather|stepdad)|(?:the\\s+)?(?:partner|ex-partner|boyfriend|girlfriend|dad|father|stepfather|stepdad|mum|mother)|[A-Za-z]+)";
const HOME_OR_CHILDREN = "(?:(?:in|into|to|at|near|inside)\\s+(?:the\\s+)?(?:family\\s+)?(?:home|house|flat|property|address)|(?:in|into)\\s+the\\s+house|(?:any\\s+)?contact\\s+with\\s+(?:the\\s+)?(?:children|child|jo|sam|them)|near\\s+(?:the\\s+)?(?:children|child|jo|sam)|around\\s+(?:the\\s+)?(?:children|child)|(?:look\\s+after|care\\s+for|be\\s+alone\\s+with|babysit|mind)\\s+(?:the\\s+)?(?:children|child|baby|kids|jo|sam))";

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:not|never)\\s+(?:allow|let|permit)\\s+${OTHER_ADULT}(?:\\s+\\w+){0,3}?\\s+${HOME_OR_CHILDREN}`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:ensure|make sure|see)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+(?:does not|doesn't|do not|don't|will not|won't|never|stays away|keeps away|has no|is not|isn't)\\b`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:keep|stop|prevent)\\s+${OTHER_ADULT}\\s+(?:away|from|out)\\b`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:make|ask|tell)\\s+${OTHER_ADULT}\\s+(?:to\\s+)?leave\\b`),
  new RegExp(`\\b(?:will|must|is to)\\s+(?:ensure|make sure)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+(?:stops|stop|reduces|reduce|controls|control|manages|manage)\\s+(?:his|her|their)\\s+(?:drinking|drug use|temper|anger|behaviour)`),
];

/**
 * Every pattern above starts with one of these modal phrases followed by one of these verbs, so a
 * task without any such pair cannot match any of them (one cheap test instead of five).
 */
const ANY_PATTERN_START = /\b(?:will|must|is to|agrees to)\s+(?:not|never|ensure|make|see|keep|stop|prevent|ask|tell)/;

const CHILD_WORDS = /^(?:jo|sam|the children|the child|them|the baby|jo and sam)$/;

export const victimResponsibilityRule: ParagraphRule = {
  id: 'victim-responsibility',
  scope: 'paragraph',
  tasksOnly: true,
  category: 'victim-responsibility',
  severity: 'warning',
  description:
    'This task makes one parent responsible for keeping another adult away or controlling their behaviour. That adult should have tasks of their own, and the parent should be offered support.',
  source: `${cite(DERBY, '§4 Inappropriate use (a coercive relationship prioritised over the child)')}; Ofsted on agreements that place responsibility on victims of domestic abuse`,
  check({ folded, actor }) {
    if (actor && actor.kind === 'professional') return NO_FINDINGS;
    if (!ANY_PATTERN_START.test(folded)) return NO_FINDINGS;
    for (const pattern of PATTERNS) {
      const match = pattern.exec(folded);
      if (!match) continue;
      const object = /\b(?:allow|let|permit|ensure|make sure|see|keep|stop|prevent|make|ask|tell)\s+(?:that\s+)?([a-z' -]+?)\s+(?:in|into|to|at|near|inside|does|doesn't|do|don't|will|won't|never|stays|keeps|has|is|isn't|away|from|out|leave|stops?|reduces?|controls?|manages?)\b/.exec(match[0]);
      if (object && CHILD_WORDS.test(object[1].trim())) continue;
      return [
        {
          start: match.index + (match[0].length - match[0].trimStart().length),
          end: match.index + match[0].length,
          message:
            'This asks one parent to keep another adult away or control what they do. Does that adult have tasks of their own in this agreement, and is this parent offered support (for example from a domestic abuse service)?',
          suggestions: [
            'Give the other adult their own task, for example "Mr Smith will not come to the family home while he has been drinking."',
            'Add what support this parent will get, and what they can do if the other adult comes to the home (for example phone the police on 999).',
          ],
        },
      ];
    }
    return NO_FINDINGS;
  },
  examples: [
    {
      section: 'family-commitments',
      bad: [
        'If Mr Smith has been drinking or using illegal substances Ms Smith will not allow him in the family home.',
        'Mum will make sure her partner does not drink around the children.',
        'Ms Ali will keep Mr Khan away from the children.',
      ],
      good: [
        'Ms Smith will not let Jo walk home from school alone.',
        'Mr Smith will not come to the family home if he has been drinking.',
        'Ms Smith will phone the police on 999 if Mr Smith comes to the home.',
      ],
    },
  ],
};
