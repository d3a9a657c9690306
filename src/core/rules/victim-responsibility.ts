import type { DocumentView } from '../document-view';
import { cite, DERBY } from '../guidance';
import type { Finding } from '../model';
import { NO_FINDINGS, type ParagraphRule } from '../rule';

// Ofsted and serious case reviews criticised agreements that make a parent (often a victim of
// domestic abuse) responsible for keeping another adult away or for controlling that adult.
// The rule softens this to a prompt when the other adult has tasks of their own and the parent is
// offered support, which only the whole agreement shows (reviewWithAgreement below).
const OTHER_ADULT = "(?:him|her|them|he|she|they|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(?:her|his|their|the children's|the child's|jo's|sam's)\\s+(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|father|mother|dad|mum|stepfather|stepdad)|(?:the\\s+)?(?:partner|ex-partner|boyfriend|girlfriend|dad|father|stepfather|stepdad|mum|mother)|[A-Za-z]+)";
const HOME_OR_CHILDREN = "(?:(?:in|into|to|at|near|inside)\\s+(?:the\\s+)?(?:family\\s+)?(?:home|house|flat|property|address)|(?:in|into)\\s+the\\s+house|(?:any\\s+)?contact\\s+with\\s+(?:the\\s+)?(?:children|child|kids|baby|jo|sam|them|[a-z]+)|near\\s+(?:the\\s+)?(?:children|child|jo|sam)|around\\s+(?:the\\s+)?(?:children|child)|(?:look\\s+after|care\\s+for|be\\s+alone\\s+with|babysit|mind)\\s+(?:the\\s+)?(?:children|child|baby|kids|jo|sam))";

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:not|never)\\s+(?:allow|let|permit)\\s+${OTHER_ADULT}(?:\\s+\\w+){0,3}?\\s+${HOME_OR_CHILDREN}`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:ensure|make sure|see)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+(?:does not|doesn't|do not|don't|will not|won't|never|stays away|keeps away|has no|is not|isn't)\\b`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:keep|stop|prevent)\\s+${OTHER_ADULT}\\s+(?:away|from|out)\\b`),
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:make|ask|tell)\\s+${OTHER_ADULT}\\s+(?:to\\s+)?leave\\b`),
  // Made to report the other adult: "will report to the social worker any time Ryan contacts her".
  new RegExp(`\\b(?:will|must|is to|agrees to)\\s+(?:report|tell|inform|let)\\b[^.]{0,60}?\\b(?:if|when|whenever|any time|every time|each time)\\s+${OTHER_ADULT}\\s+(?:contacts?|calls?|phones?|texts?|messages?|comes?|turns?\\s+up|visits?|tries|gets\\s+in\\s+touch|has\\s+been\\s+in\\s+touch|sees|is\\s+seen)\\b`),
  new RegExp(`\\b(?:will|must|is to)\\s+(?:ensure|make sure)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+(?:stops|stop|reduces|reduce|controls|control|manages|manage)\\s+(?:his|her|their)\\s+(?:drinking|drug use|temper|anger|behaviour)`),
];

/**
 * Every pattern above starts with one of these modal phrases followed by one of these verbs, so a
 * task without any such pair cannot match any of them (one cheap test instead of five).
 */
const ANY_PATTERN_START = /\b(?:will|must|is to|agrees to)\s+(?:not|never|ensure|make|see|keep|stop|prevent|ask|tell|report|inform|let)/;

const CHILD_WORDS = /^(?:jo|sam|the children|the child|them|the baby|jo and sam)$/;

/** Who is asked to do something: the verb's object in a matched phrase. */
const OBJECT = /\b(?:allow|let|permit|ensure|make sure|see|keep|stop|prevent|make|ask|tell)\s+(?:that\s+)?([a-z' -]+?)\s+(?:in|into|to|at|near|inside|does|doesn't|do|don't|will|won't|never|stays|keeps|has|is|isn't|away|from|out|leave|stops?|reduces?|controls?|manages?)\b/;

/** The other adult named in a finding ("Mr Jones", "her partner"). */
const OTHER_ADULT_NAME = /\b(mr|mrs|ms|miss) ([a-z'-]+)|\b(partner|boyfriend|girlfriend|husband|wife|dad|father|mum|mother|stepdad|stepfather)\b/;

type VictimMessage = 'parentMadeResponsible' | 'otherAdultHasTasks' | 'parentSupported' | 'sharedAndSupported';

const ASK =
  'This asks one parent to keep another adult away or control what they do. Does that adult have tasks of their own in this agreement, and is this parent offered support (for example from a domestic abuse service)?';

const SUGGESTIONS = [
  'Give the other adult their own task, for example "Mr Smith will not come to the family home while he has been drinking."',
  'Add what support this parent will get, and what they can do if the other adult comes to the home (for example phone the police on 999).',
];

export const victimResponsibilityRule: ParagraphRule & { messages: Record<VictimMessage, string> } = {
  id: 'victim-responsibility',
  scope: 'paragraph',
  category: 'victim-responsibility',
  severity: 'warning',
  description:
    'This task makes one parent responsible for keeping another adult away or controlling their behaviour. That adult should have tasks of their own, and the parent should be offered support.',
  source: `${cite(DERBY, '§4 Inappropriate use (a coercive relationship prioritised over the child)')}; Ofsted on agreements that place responsibility on victims of domestic abuse`,
  messages: {
    parentMadeResponsible: ASK,
    otherAdultHasTasks: `${ASK} (The other adult does have tasks of their own; is this parent offered support?)`,
    parentSupported: `${ASK} (This parent is offered support; does the other adult have tasks of their own?)`,
    sharedAndSupported:
      'This asks one parent to keep another adult away. That adult has tasks of their own and this parent is offered support, which is right; check the parent has agreed and knows what to do if the other adult comes to the home.',
  },
  reviewWithAgreement: softenWithAgreement,
  check({ folded, actor, isTask, section }) {
    // Tasks, and the contingency's lines too ("If Dean comes to the flat, Jade will make him leave").
    if (!isTask && section !== 'contingency') return NO_FINDINGS;
    if (actor && actor.kind === 'professional') return NO_FINDINGS;
    if (!ANY_PATTERN_START.test(folded)) return NO_FINDINGS;
    for (const pattern of PATTERNS) {
      const match = pattern.exec(folded);
      if (!match) continue;
      const object = OBJECT.exec(match[0]);
      if (object && CHILD_WORDS.test(object[1].trim())) continue;
      const start = match.index + (match[0].length - match[0].trimStart().length);
      return [{ start, end: match.index + match[0].length, messageId: 'parentMadeResponsible', suggestions: SUGGESTIONS }];
    }
    return NO_FINDINGS;
  },
};

/**
 * The prompt is milder when the other adult has tasks of their own and the parent is offered
 * support; both are only visible with the whole agreement in view.
 */
function softenWithAgreement(findings: Finding[], view: DocumentView): void {
  if (!findings.some((f) => f.ruleId === victimResponsibilityRule.id)) return;
  // The same few names recur ("her partner", "Mr Jones"): each is looked up once per run in one string
  // of every family task's subject, and parents in one string of every support task.
  const familySubjects = view.scans.joinedTasks('family-subjects', view.taskAt, (t) => (t.actor.kind !== 'professional' ? t.subject : null));
  const supportTexts = view.scans.joinedTasks('support', view.taskAt, (t) => (t.actor.kind === 'professional' && view.facts.has(t.index, 'support') ? t.folded : null));
  const tasksNaming = new Map<string, number[]>();
  const supported = new Map<string, boolean>();
  findings.forEach((finding, k) => {
    if (finding.ruleId !== victimResponsibilityRule.id) return;
    const folded = view.folded[finding.paragraph];
    const task = view.taskAt[finding.paragraph];
    const parent = task ? folded.slice(task.actor.start, task.actor.end).trim() : '';
    const otherName = OTHER_ADULT_NAME.exec(folded.slice(finding.start, finding.end))?.[0] ?? '';
    let naming = otherName ? tasksNaming.get(otherName) : undefined;
    if (otherName && !naming) {
      // Two are enough to know whether a task other than this one names them.
      naming = familySubjects.tasksContaining(otherName, 2);
      tasksNaming.set(otherName, naming);
    }
    const otherHasTasks = !!naming && naming.some((index) => index !== finding.paragraph);
    let parentSupported = supported.get(parent);
    if (parentSupported === undefined) {
      const parentWords = parent.split(/\s+(?:and|&)\s+/).map((p) => p.trim()).filter((p) => p.length > 1);
      parentSupported = parentWords.some((p) => supportTexts.tasksContaining(p, 1).length > 0);
      supported.set(parent, parentSupported);
    }
    const messageId: VictimMessage | null = otherHasTasks && parentSupported ? 'sharedAndSupported' : otherHasTasks ? 'otherAdultHasTasks' : parentSupported ? 'parentSupported' : null;
    if (!messageId) return;
    // Findings may be shared with the analyser's cache: replace, never mutate.
    findings[k] = { ...finding, messageId, message: victimResponsibilityRule.messages[messageId], ...(messageId === 'sharedAndSupported' ? { severity: 'info' as const } : {}) };
  });
}
