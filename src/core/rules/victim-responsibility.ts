import type { DocumentView } from '../document-view';
import type { JoinedTexts } from '../joined-texts';
import { cite, DERBY } from '../guidance';
import type { Finding } from '../model';
import { classifySubject, findActor, isBareName } from '../actors';
import { NO_FINDINGS, type ParagraphContext, type ParagraphRule, type RawFinding } from '../rule';
import { statesDrasticOutcome } from '../breach-consequence';
import { ANSWER_FOR_PRESENCE, ANY_PATTERN_START, CHOSEN_STEP, CODE_WORD, CONSEQUENCE, KEPT_OUT_BY_HER, MADE_TO, otherAdultAt, SUPERVISED_BY_HER, WITH_SUPPORT, VICTIM_PATTERNS, WATCH, WATCH_AFTER, type VictimPattern } from './victim-relations';
import { reviewVictimFindings } from './victim-agreement';
import { WordGate } from '../word-gate';
import { OpeningPattern, SharedOpening } from '../shared-opening';
import { negationAfterTo, readAsAsked, type AskedLine } from './victim-asked-line';

export { ANY_PATTERN_START, VICTIM_PATTERNS };

// Ofsted and serious case reviews criticised agreements that make a parent (often a victim of
// domestic abuse) responsible for keeping another adult away or for controlling that adult. The
// class (issue 11) is read as who acts on whom: victim-relations.ts has the relations; this module
// decides who is asked. The whole agreement then softens the prompt or drops it (victim-agreement.ts).

/** The clause before the match names a worker as its subject: "ward staff", "the school", "nursery staff", "the police". */
const PROFESSIONAL_SUBJECT = /(?:^|[.;:!?]\s*|,\s*(?:and\s+)?|\band\s+)(?:the\s+|all\s+|our\s+)?(?:[a-z]+\s+)?(?:staff|nurses?|midwi(?:fe|ves)|doctors?|teachers?|school|nursery|police|officers?|security|social\s+workers?|workers?|hospital|ward|team|service|council|professionals?|carers?\s+at|practitioners?|we)\s*$/;
/** The sentence opens with a worker as its subject ("Ward staff will not let him in and will ring security…"). */
const PROFESSIONAL_OPENS = /^\s*(?:the\s+|all\s+|our\s+)?(?:[a-z]+\s+)?(?:staff|nurses?|midwi(?:fe|ves)|doctors?|teachers?|school|nursery|police|officers?|security|social\s+workers?|workers?|hospital|ward|team|service|council|professionals?|practitioners?|we)\s+(?:will|must|should|are|is|can|may)\b/;

/** Where the last sentence of `text` starts: after its last '.', ';', '!' or '?' followed by a space. */
function sentenceStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) {
    if ('.;!?'.includes(text[i]) && /\s/.test(text[i + 1])) return i + 1;
  }
  return 0;
}

/** A grandparent caring for the children, as the asked party, with or without their name ("Grandad Ray"): not a partner made to manage the other adult. */
const CARER = /(?:^|[\s.;:!?,])(?:grandad|grandpa|grandma|granny|gran|nan|nana|nanna|grandparents?|great-\w+|aunt|auntie|aunty|uncle)(?:\s+[a-z'-]+)?\s*$/;
/** …unless the one kept away is the grandparent's own partner ("Nana is going to keep Grandad out"). */
const CARER_PARTNER = /\b(?:grandad|grandpa|grandma|granny|gran|nan|nana|nanna|husband|wife|partner)\b/;
/** An asked party who is not a man, so "he" is the other adult ("you", "I", "Mum", "Ms Lowther", "she"). */
const NOT_A_MAN = /(?:^|\s)(?:you|i|we|she|mum|mummy|mother|ms|mrs|miss|sister|aunt\w*|wife|girlfriend)(?:\s|$)/;
/** The line has a woman acting on a man ("… before she lets him in"): the asked party is she, and "he" is the other adult. */
const SHE_ACTS_ON_HIM = /\bshe\b[^.;]{0,40}?\bhim\b/;
/** The main clause's subject after a condition, as its last words: "…, [Nana]", "… at the house [you]", "…, then [her mum]". */
const SUBJECT_WORDS = /(?:^|[\s,])((?:(?:her|his|their|the|ms|mrs|miss|mr|grandad|grandpa|grandma|granny|gran|nan|nana|nanna)\s+)?[\p{L}'\u2019-]+)\s*$/iu;

/** Who the main clause after a condition asks (original case): the words between the condition and the obligation. */
function subjectAfterCondition(match: RegExpExecArray, m: MatchContext): string {
  const condition = match.indices?.[2];
  const obligation = match.indices?.[3];
  if (!condition || !obligation) return '';
  const between = m.text.slice(Math.max(0, condition[1] - m.shift), Math.max(0, obligation[0] - m.shift));
  // (A modal before "have to" or "need to" is the obligation's: "Kelly will have to call …".)
  const clause = between.slice(between.lastIndexOf(',') + 1).replace(/^\s*then\s+/i, '').replace(/\s+(?:will|must|should|shall|would|may)\s*$/i, '');
  const subject = SUBJECT_WORDS.exec(clause)?.[1] ?? '';
  // "…, it is your job to get him to leave": the one whose job it is is asked.
  return DUTY.test(m.text.slice(obligation[0] - m.shift)) ? OWNER_OF_DUTY[subject.toLowerCase()] ?? subject.replace(/['\u2019]s$/, '') : subject;
}

/** An obligation put as someone's job: "job to", "responsibility to". */
const DUTY = /^(?:job|responsibility|duty|role)\b/i;
/** The owner of a job named by a possessive, as the one asked. */
const OWNER_OF_DUTY: Record<string, string> = { your: 'you', her: 'she', my: 'I' };

/** A family member, not a grandparent caring for the children: "If Jade arrives drunk, Grandma will ask her to go". */
function isFamilySubject(subject: string): boolean {
  return !CARER.test(` ${subject.toLowerCase()}`) && classifySubject(subject) === 'family';
}

/** "She" or "you" named after her own act about him: the parent. */
const PARENT_PRONOUN = /^(?:she|you)$/;

/** The sentence's text after `from`. */
function restOfSentence(text: string, from: number): string {
  const end = text.slice(from).search(/[.!?](?:\s|$)/);
  return text.slice(from, end < 0 ? text.length : from + end);
}
/** A call to the police or 999: her own emergency step when a worker's support follows in the same line. */
const TO_POLICE = /\b(?:police|999|101)\b/;
/** Asking a domestic abuse service for help is support, not reporting on him. */
const TO_HELP = /\b(?:refuge|idva|helpline|domestic abuse (?:service|worker|team)|women's aid)\b/;
/** Someone else's support after her call: "and Joel will arrange a meeting with Aisha", "Tom will visit the next day". */
/** …or coming to her: "her sister will come straight over", "Grandad Pete, who will come round". */
const SUPPORT_AFTER = /\b(?!(?:she|he|they|i|you|we)\b)[a-z]+\s+will\s+(?:help|support|arrange|visit|meet|go\s+with|pay|provide|hold|call\s+a|(?:then\s+)?come\s+(?:straight\s+|right\s+)?(?:round|over|to\s+(?:her|the|them)|and\s+(?:get|collect|stay))|collect\s+(?:her|them|the)|stay\s+with\s+(?:her|them))\b/;
/** Telling a worker too: reporting on him, not only her emergency call. */
const A_WORKER = /\b(?:social\s+worker|worker|tell|inform|let\s+\w+\s+know)\b/;

/** Sections whose lines describe rather than ask: the worries and the agreement's purpose. */
const NOT_ASKING = new Set<string>(['concerns', 'purpose']);
/** …unless the line is itself a commitment, as under a heading the walk did not read ("5.3 Leanne must inform probation …"). */
const ITS_OWN_COMMITMENT = /^\s*(?:(?:\(?[0-9a-z]{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+)?(?:[A-Z][\p{Ll}'\u2019-]+|(?:Ms|Mrs|Miss)\s+[A-Z][\p{Ll}'\u2019-]+|You)\s+(?:must|is\s+(?:not\s+)?to|agrees\s+(?:not\s+)?to|has\s+agreed\s+(?:not\s+)?to|needs\s+to|is\s+(?:expected|required)\s+to)\s/u;


/** Which relations can match a line, from one scan for the words they need (instead of one test per relation). */
const RELATION_GATE = new WordGate(VICTIM_PATTERNS.map((relation) => ({ needs: relation.words, relation })));

/** What the match needs to know about the line and the asked party. */
interface MatchContext extends AskedLine {
  text: string;
  folded: string;
  /** The relations whose words the line holds. */
  possible: ReadonlySet<VictimPattern>;
  /** The asked party's words, folded ("leanne", "you", "ms lowther"). */
  asked: string;
}

/** Whether one match is the class: not a worker's or a grandparent's step, about another adult, not her own emergency call. */
function isAskedOfVictim(match: RegExpExecArray, relation: VictimPattern, m: MatchContext): boolean {
  const { asking, shift, text, folded, asked } = m;
  // The clause before the match, as far back as a subject can be (the tests below look only at its end).
  const before = asking.slice(Math.max(0, match.index - 120), match.index);
  // "Connor Pryce. Ward staff will not let him onto the unit": a worker's step, whoever the line opens with.
  if (PROFESSIONAL_SUBJECT.test(before) || PROFESSIONAL_OPENS.test(before.slice(sentenceStart(before)))) return false;
  // "Grandad will ask her to leave": a grandparent caring for the children.
  if ((CARER.test(before) || CARER.test(` ${asked}`)) && !CARER_PARTNER.test(match[0])) return false;
  const adult = match.indices?.find((at, k) => k > 0 && k !== relation.excerpt && at);
  // After a condition the one asked is the main clause's subject; in a consequence nobody is asked, and "he" is the other adult.
  const named = relation.asker ? match.indices?.[relation.asker] : undefined;
  const party = relation.name === WATCH_AFTER ? subjectAfterCondition(match, m).toLowerCase() : named ? folded.slice(named[0] - shift, named[1] - shift) : asked;
  // "… supervised by Ms Tanner": the one named after the relation is asked, and must be in the family (not a worker or grandparent).
  if (named && !PARENT_PRONOUN.test(party) && !isFamilySubject(text.slice(named[0] - shift, named[1] - shift))) return false;
  const heIsOther = m.imperative || NOT_A_MAN.test(party) || relation.name === ANSWER_FOR_PRESENCE || SHE_ACTS_ON_HIM.test(folded);
  if (adult && !otherAdultAt(text, folded, adult[0] - shift, adult[1] - shift, party, heIsOther)) return false;
  if (relation.name === WATCH_AFTER && !isFamilySubject(subjectAfterCondition(match, m))) return false;
  // After his presence, only a drastic outcome makes her answer for it ("If Liam is found at the property, …").
  if (relation.name === ANSWER_FOR_PRESENCE && !statesDrasticOutcome(restOfSentence(asking, match.index + match[0].length))) return false;
  if (relation.name !== WATCH && relation.name !== WATCH_AFTER) return true;
  // Asking a domestic abuse service for help is support; ringing 999 with a worker's support named after it is her own step.
  const rest = asking.slice(match.index);
  if (TO_HELP.test(match[0]) && !TO_POLICE.test(match[0])) return false;
  // (The support may be inside the match, after the call: "… will ring 999 and her sister will come straight over".)
  const police = TO_POLICE.exec(match[0]);
  return !(police && !A_WORKER.test(match[0]) && SUPPORT_AFTER.test(rest.slice(police.index)));
}

/** The relations opening with the obligation search it once per line, rather than each compiling it into its own code. */
const OBLIGATION = new SharedOpening(MADE_TO);
const SEARCHES = new Map(VICTIM_PATTERNS.map((relation) => [relation, OpeningPattern.of(OBLIGATION, relation.pattern) ?? relation.pattern]));

/** The first match of any relation that is the class, as offsets in the text. */
function firstRelation(m: MatchContext, relations: readonly VictimPattern[]): { start: number; end: number } | null {
  for (const relation of relations) {
    if (!m.possible.has(relation) || !relation.needs.test(m.asking)) continue;
    const pattern = SEARCHES.get(relation)!;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(m.asking); match; match = pattern.exec(m.asking)) {
      if (isAskedOfVictim(match, relation, m)) {
        const [from, to] = (relation.excerpt ? match.indices?.[relation.excerpt] : undefined) ?? [match.index + (match[0].length - match[0].trimStart().length), match.index + match[0].length];
        return { start: Math.max(0, from - m.shift), end: to - m.shift };
      }
      pattern.lastIndex = match.index + 1;
    }
  }
  return null;
}

function finding(at: { start: number; end: number }): RawFinding[] {
  return [{ start: at.start, end: at.end, messageId: 'parentMadeResponsible', suggestions: SUGGESTIONS }];
}

/** A consequence says within the line who answers; nobody is asked. */
const NOBODY_ASKED = new Set([CONSEQUENCE, ANSWER_FOR_PRESENCE, SUPERVISED_BY_HER, KEPT_OUT_BY_HER]);
const CONSEQUENCES = VICTIM_PATTERNS.filter((p) => NOBODY_ASKED.has(p.name));
const ASKING_RELATIONS = VICTIM_PATTERNS.filter((p) => !NOBODY_ASKED.has(p.name));
/** After his act the main clause names who is asked, so it is read whoever the line's actor is. */
const AFTER_HIS_ACT = VICTIM_PATTERNS.filter((p) => p.name === WATCH_AFTER);

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
  reviewWithAgreement: (findings, view) => {
    reviewVictimFindings(findings, view, victimResponsibilityRule.id);
    softenWithAgreement(findings, view);
  },
  check(context) {
    const { text, folded, section } = context;
    if (section && NOT_ASKING.has(section) && !ITS_OWN_COMMITMENT.test(text)) return NO_FINDINGS;
    const line = readAsAsked(folded);
    if (!ANY_PATTERN_START.test(line.asking)) return NO_FINDINGS;
    // "Leah has chosen to…, and Willow Refuge will help her": her own safety step, with support.
    if ((CHOSEN_STEP.test(folded) && WITH_SUPPORT.test(folded)) || CODE_WORD.test(folded)) return NO_FINDINGS;
    const possible = new Set(RELATION_GATE.passing(line.asking).map((item) => item.relation));
    if (possible.size === 0) return NO_FINDINGS;
    const m: MatchContext = { asking: line.asking, shift: line.shift, imperative: line.imperative, text, folded, asked: '', possible };
    // "If Sarah lets Mo back into the house, the children will be taken into care": whoever says the
    // consequence, the parent answers for her act about him.
    const consequence = firstRelation(m, CONSEQUENCES);
    if (consequence) return finding(consequence);
    const asked = askedOfFamily(m, line, context);
    // When the line's own party was not read, the main clause after his act still names who is asked.
    const at = asked === NOT_READ ? firstRelation(m, AFTER_HIS_ACT) : asked;
    return at ? finding(at) : NO_FINDINGS;
  },
};

/** Who is asked (the task's subject) and the other adult, named or by role, as the finding's own line says. */
function parties(finding: Finding, view: DocumentView): { parent: string; otherName: string } {
  const folded = view.folded[finding.paragraph];
  const task = view.taskAt[finding.paragraph];
  return { parent: task ? folded.slice(task.actor.start, task.actor.end).trim() : '', otherName: OTHER_ADULT_NAME.exec(folded.slice(finding.start, finding.end))?.[0] ?? '' };
}

/** The line's own subject, also where the negation comes before "to" ("Leanne is not to allow …", read as "is to not"). */
function ownSubject(text: string, folded: string, line: AskedLine): ReturnType<typeof findActor> {
  const own = findActor(text, folded);
  if (own.kind !== 'none' || line.imperative || line.asking === folded) return own;
  return findActor(negationAfterTo(text), line.asking);
}

/** A first name alone, not a family word: "Sam", not "Mum" or "Nana". */
const FIRST_NAME_ONLY = /^(?!(?:Mum|Mummy|Mother|Dad|Daddy|Father|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Grandpa|Parents?|Carers?)\b)[A-Z][\p{Ll}'\u2019-]+$/u;

/** The note form of a task, with its subject: "Funmi to keep …", "Jade not to …". */
const NOTE_FORM = /^([A-Z][\p{Ll}'\u2019-]+)(?=\s+(?:not\s+)?to\s+[a-z])/u;

/** The line's own asked party is not in the family, or not known. */
const NOT_READ = Symbol('not read');

/**
 * The relations read against the line's own asked party, when that party is in the family: a task's
 * or contingency line's actor, or elsewhere a line whose own subject is a family member.
 */
function askedOfFamily(m: MatchContext, line: AskedLine, { text, folded, actor, isTask, section }: ParagraphContext): { start: number; end: number } | null | typeof NOT_READ {
  // A worker read from elsewhere in the row ("Who checks: School") gives way to the line's own family subject ("Funmi to keep …").
  const note = actor?.kind === 'professional' && actor.end === actor.start ? NOTE_FORM.exec(text) : null;
  if (note && classifySubject(note[1]) === 'family') actor = { kind: 'family', start: 0, end: note[1].length, verbAt: note[1].length + 1 };
  const professional = actor?.kind === 'professional' && !(actor.end > actor.start && isBareName(text.slice(actor.start, actor.end)));
  // (A first name alone among the workers' tasks is a worker's: "Sam will tell you if Ricky is released".)
  const workerNamed = section === 'professional-commitments' && actor?.kind === 'family' && FIRST_NAME_ONLY.test(text.slice(actor.start, actor.end));
  if (isTask && (professional || workerNamed)) return NOT_READ;
  // Tasks and contingency lines ("If Dean comes to the flat, Jade will make him leave"); elsewhere
  // (a layout whose sections were not read) a line whose own subject is a family member.
  const asked = (isTask || section === 'contingency' ? actor : undefined) ?? ownSubject(text, folded, line);
  if (asked?.kind === 'professional' && (asked !== actor || professional)) return NOT_READ;
  if (!isTask && section !== 'contingency' && asked?.kind !== 'family' && !line.imperative) return NOT_READ;
  m.asked = line.imperative ? 'you' : asked && asked.end > asked.start ? folded.slice(asked.start, asked.end).trim() : '';
  return firstRelation(m, ASKING_RELATIONS);
}

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
  // (Each finding's answer is kept while the two joined texts are the same: it reads its own paragraph and them.)
  const basis = [familySubjects, supportTexts];
  findings.forEach((finding, k) => {
    if (finding.ruleId !== victimResponsibilityRule.id) return;
    const softened = view.scans.ofFindingAround('victim-softened', finding, 0, 0, () => withMilderMessage(finding, view, familySubjects, supportTexts), basis);
    if (softened) findings[k] = softened;
  });
}

/** The finding with its milder message, if the other adult has tasks of their own or the parent is offered support. */
function withMilderMessage(finding: Finding, view: DocumentView, familySubjects: JoinedTexts, supportTexts: JoinedTexts): Finding | null {
  const { parent, otherName } = view.scans.ofFinding('victim-parties', finding, () => parties(finding, view));
  // Two are enough to know whether a task other than this one names them.
  const naming = otherName ? familySubjects.tasksContaining(otherName, 2) : undefined;
  const otherHasTasks = !!naming && naming.some((index) => index !== finding.paragraph);
  const parentWords = parent.split(/\s+(?:and|&)\s+/).map((p) => p.trim()).filter((p) => p.length > 1);
  const parentSupported = parentWords.some((p) => supportTexts.tasksContaining(p, 1).length > 0);
  const messageId: VictimMessage | null = otherHasTasks && parentSupported ? 'sharedAndSupported' : otherHasTasks ? 'otherAdultHasTasks' : parentSupported ? 'parentSupported' : null;
  if (!messageId) return null;
  // Findings may be shared with the analyser's cache: replace, never mutate.
  return { ...finding, messageId, message: victimResponsibilityRule.messages[messageId], ...(messageId === 'sharedAndSupported' ? { severity: 'info' as const } : {}) };
}
