import { isSpaceCode } from './measure';
import { memoise } from './memo';
// Who does a task: find the subject of a commitment and sort it into a family member, a
// professional or agency, or a generic group ("services", "the family", "parents" alone)
// that nobody can be held to.

export type ActorKind = 'family' | 'professional' | 'generic' | 'none';

export interface Actor {
  kind: ActorKind;
  /** Offsets of the subject phrase in the text (empty span when there is none). */
  start: number;
  end: number;
  /** The modal verb ("will", "agrees to") that starts the commitment, or -1 for an imperative line. */
  verbAt: number;
}

/**
 * "will", "agrees to", "is going to", "to" after a name ("Ms Smith to attend"). Only ever run on
 * folded text, which has no ASCII capitals, so it needs no case-insensitive flag (which slows every comparison).
 */
const COMMITMENT = /\b(?:will|shall|must|should|can|agrees? to|agreed to|have agreed to|has agreed to|(?:is|are|am) going to|(?:is|are) to|promises? to|commits? to|undertakes? to|(?:is|are) responsible for|will continue to|to continue to|won't|needs? to|(?:has|have) to)\b|'(?:ll|m going to)\b/;

const GENERIC_SUBJECT = /^(?:the |all |any |relevant |other |appropriate |involved |partner |local |support |key |both )*(?:services?|professionals?|agenc(?:y|ies)|family|families|parents|carers|the parents|everyone|everybody|all parties|parties|people|someone|somebody|they|it|this|there|network|the network|family network|support network|adults|workers|practitioners|team|teams|the team|staff|others)$/i;

/**
 * "Both parents", "the parents", "the carers": in one family's agreement these are definite people,
 * as named as "Mum and Dad". Parents or carers in general ("all parents", "any carers") are not. So is
 * the child a school's or youth form names by role: "The pupil agrees to", "the young person will".
 */
const FAMILY_GROUP = /^(?:both |the |the two |both the )?(?:parents|carers|foster carers|kinship carers|grandparents|pupil|student|young person|learner)$/;

/** Subjects that are things, not people: "Support will be offered", "A referral will be made". */
const PASSIVE_THING = /^(?:a |an |the |some |more |further |regular |weekly |any )*(?:support|help|advice|work|visits?|meetings?|referrals?|assessments?|appointments?|contact|sessions?|checks?|plans?|reviews?|tests?|drug tests?|actions?|steps?|measures?|arrangements?|things|progress|changes?|improvements?|concerns?)\b/;

const PROFESSIONAL = /\b(?:social workers?|sw|fsw|hv|dsl|tm|senco|yot|yos|team managers?|managers?|health visitors?|school nurses?|nurses?|midwi(?:fe|ves)|teachers?|head ?teachers?|heads? of year|class teachers?|designated safeguarding leads?|safeguarding leads?|family support workers?|support workers?|key ?workers?|family workers?|early help workers?|youth workers?|recovery workers?|drug workers?|alcohol workers?|substance misuse workers?|outreach workers?|housing officers?|police(?: officers?)?|pc|probation(?: officers?)?|gps?|doctors?|dr|paediatricians?|consultants?|psychologists?|psychiatrists?|therapists?|assessors?|counsell?ors?|speech and language therap\w+|advocates?|independent reviewing officers?|iros?|personal advisers?|workers?|officers?|practitioners?|co-?ordinators?|senco|schools?|primary|academy|nursery|mentors?|supervisors?|advisors?|idvas?|isvas?|ewos?|pcsos?|cafcass|children'?s guardians?|nurseries|college|children'?s (?:social care|services|centre)|social care|social services|local authority|council|la|csc|camhs|nhs|health|hospital|clinic|surgery|service|services|team|project|trust|charity|partnership|centre|center|house|hub|foundation|housing|barnardo'?s|nspcc|action for children|women'?s aid|ward|ward staff|maternity unit|staff|we|us)\b/i;

const FAMILY = /\b(?:mum|mummy|mom|mother|dad|daddy|father|parents?|step-?(?:mum|dad|mother|father|parent)|grand(?:mother|father|parents?|ma|pa|mum|dad)|nan|nana|nanna|gran|granny|grandad|grandpa|aunt(?:ie|y)?|uncle|cousin|sister|brother|sibling|partner|boyfriend|girlfriend|husband|wife|carers?|foster carers?|kinship carers?|guardian|i|me|my|both parents|each parent|the children|child|baby|jo|sam)\b/i;

const TITLE_NAME = /\b(?:mr|mrs|ms|miss|mx)\.?\s+[A-Z][\p{L}'-]+/u;
/** The same in lower-cased text, every one. */
const TITLED_SURNAME = /\b(?:mr|mrs|ms|miss|mx)\.?\s+[\p{L}'-]+/gu;
/** A letter's reader, one or several, or the writer and reader together. */
const ADDRESSED = /^(?:we|you|you (?:both|two|all)|(?:both|each|all|either|the two|the both) of you)$/;
/** A capitalised word, or a double name ("Lily-Mae", "McKenzie") whose parts are capitalised. */
const CAPITALISED_NAME = /(?:^|[\s(,&])([A-Z][\p{Ll}'\u2019-]+(?:[A-Z][\p{Ll}'\u2019-]+)*)(?=[\s),&]|$)/u;
const NOT_NAMES = /^(?:If|When|Whenever|The|This|That|These|Those|All|Any|Each|Every|Both|Our|Their|His|Her|We|They|He|She|It|And|Or|But|Then|After|Before|Until|During|Where|While|Whilst|In|On|At|By|For|From|To|With|Also|Once|Everyone|Services|Professionals|Parents|Family|Agencies|Children|Child|Support|Help|Advice|Work|Visits|Contact|Regular|Weekly|Further|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Find the commitment verb and classify the words before it. Not memoised: the analyser reuses an
 * unchanged paragraph's task, and a cache insertion costs about as much as finding the actor.
 */
export function findActor(text: string, folded: string): Actor {
  const match = COMMITMENT.exec(folded);
  if (!match) return { kind: 'none', start: 0, end: 0, verbAt: -1 };
  const verbAt = match.index;
  let subjectLimit = verbAt;
  // The subject runs back from the verb to the start, a comma, a semicolon or a conditional clause.
  let start = clauseStartBefore(folded, verbAt);
  // "The foster carer, Jo Adams, will bring …": nothing between the comma and the verb, so the
  // subject is the name set off by commas before it.
  // "Health visitor: will visit …": a label before a colon, with nothing between it and the verb, is the subject too.
  if (start > 1 && (folded.charCodeAt(start - 1) === 44 || folded.charCodeAt(start - 1) === 58) && folded.slice(start, verbAt).trim() === '') {
    const end = start - 1;
    start = end;
    while (start > 0 && !isClauseBreak(folded.charCodeAt(start - 1))) start--;
    subjectLimit = end;
  }
  let subjectStart = start;
  let subjectEnd = subjectLimit;
  // "In working hours the ward will ring …": a time before the subject is not part of it.
  LEADING_TIME.lastIndex = start;
  if (LEADING_TIME.test(folded)) subjectStart = LEADING_TIME.lastIndex;
  // "It is expected that Mr Dyce will live …", "We agreed that Nan will …": the subject follows "that".
  const that = folded.lastIndexOf(' that ', subjectLimit);
  // ("Harvey has agreed that he will …" keeps Harvey: a pronoun there points back.)
  if (that >= subjectStart && REPORTING_THAT.test(folded.slice(subjectStart, that + 6)) && !/^\s*(?:he|she|they|it|i|we)\s*$/.test(folded.slice(that + 6, subjectLimit))) subjectStart = that + 6;
  // "If Mr Smith has been drinking Ms Smith will not..." : the actor is the last name phrase.
  const whole = text.slice(start, subjectLimit);
  if (CONDITIONAL.test(whole)) {
    const inner = lastNamePhrase(whole);
    if (inner) {
      subjectStart = start + inner.start;
      subjectEnd = start + inner.end;
    }
  }
  // Leading bullets, numbering and spaces, and trailing spaces, are not part of the subject
  // (found by character tests instead of two replace() calls and their copies).
  while (subjectStart < subjectEnd && isSubjectPrefix(text.charCodeAt(subjectStart))) subjectStart++;
  while (subjectEnd > subjectStart && isSpaceCode(text.charCodeAt(subjectEnd - 1))) subjectEnd--;
  const subject = text.slice(subjectStart, subjectEnd);
  const end = subjectEnd;
  // "When Stuart feels angry, he will leave …": the pronoun is the person the clause before it names.
  const kind = PRONOUN.test(subject) && start > 0 ? (antecedentKind(text.slice(0, start)) ?? classifySubject(subject)) : classifySubject(subject);
  // "Dr Rose Hill, an independent assessor, will see you …": a role set off by commas after the name.
  // "The health visitor, Jo Finch, will weigh …": a bare name after a role is that role's.
  if (subjectLimit < verbAt && start > 1 && folded.charCodeAt(start - 1) === 44 && (kind === 'generic' || NAME_SHAPE.test(subject))) {
    let nameStart = start - 1;
    while (nameStart > 0 && !isClauseBreak(folded.charCodeAt(nameStart - 1))) nameStart--;
    while (nameStart < start - 1 && isSubjectPrefix(text.charCodeAt(nameStart))) nameStart++;
    const named = classifySubject(text.slice(nameStart, start - 1));
    if (kind === 'generic' && (named === 'family' || named === 'professional')) return { kind: named, start: nameStart, end: start - 1, verbAt };
    if (kind !== 'generic' && named === 'professional') return { kind: named, start: subjectStart, end, verbAt };
  }
  return { kind, start: subjectStart, end, verbAt };
}

const PRONOUN = /^(?:he|she|they)$/i;
/** What comes before the subject of an expectation: "it is expected that", "the conference agreed that". Folded text. */
const REPORTING_THAT = /\b(?:expected|agreed|asked|expects?|agrees?|requires?|required|decided|hoped|important|essential) that $/;
/** "Jo Finch", "Rose": capitalised words only, a name whatever it is. */
const NAME_SHAPE = /^[A-Z][\p{Ll}'\u2019-]+(?:\s+[A-Z][\p{Ll}'\u2019-]+)?$/u;

/** Who a pronoun stands for: the last person the text before it names, if any. */
function antecedentKind(before: string): ActorKind | null {
  if (!CONDITIONAL.test(before)) return null;
  const inner = lastNamePhrase(before.replace(/[\s,;:]+$/, ''));
  if (!inner) return null;
  const kind = classifySubject(before.slice(inner.start, inner.end));
  return kind === 'family' || kind === 'professional' ? kind : null;
}

const CONDITIONAL = /^\s*(?:if|when|whenever|once|after|before|while|whilst|until|unless)\b/i;
/** A time opening the clause before its subject ("In working hours the ward …", "At weekends Nan …", "For the first four weeks Wayne …"). Folded text. */
const LEADING_TIME = /[\s\d.)-]*(?:(?:in|during|outside|out of) (?:working|office|school) hours|out of hours|at (?:night|weekends?|bedtime)|on (?:school days|weekdays|weekends)|in the (?:mornings?|evenings?|daytime)|(?:for|over|during|within|in) (?:the )?(?:first|next|last|coming) (?:[a-z0-9]+ )?(?:days?|nights?|weeks?|fortnight|months?))\s+/y;

/** Whitespace, '-', '*', '\u2022', a digit, '.' or ')': what /^[\s\-*\u2022\d.)]+/ strips. */
function isSubjectPrefix(code: number): boolean {
  return code === 45 || code === 42 || code === 0x2022 || (code >= 48 && code <= 57) || code === 46 || code === 41 || isSpaceCode(code);
}

/** , ; : . or a line break (a character test rather than a regex call per character). */
/** Where the clause ending at `at` starts; a comma inside brackets is an aside within it ("Westmere Police (PC Dale, safeguarding unit) will …"). */
function clauseStartBefore(folded: string, at: number): number {
  let start = at;
  for (let depth = 0; start > 0; start--) {
    const code = folded.charCodeAt(start - 1);
    if (code === 41) depth++;
    else if (code === 40 && depth > 0) depth--;
    else if (depth === 0 && isClauseBreak(code)) break;
  }
  return start;
}

function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 46 || code === 10;
}

function lastNamePhrase(subject: string): { start: number; end: number } | null {
  const pattern = /(?:(?:mr|mrs|ms|miss|mx)\.?\s+[A-Z][\p{L}'-]+|[A-Z][\p{Ll}'-]+(?:\s+(?:and|&)\s+[A-Z][\p{Ll}'-]+)?|\b(?:mum|dad|mother|father|the social worker|grandparents?))/gu;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(subject))) {
    if (m.index === 0 && NOT_NAMES.test(m[0])) continue;
    if (NOT_NAMES.test(m[0])) continue;
    last = m;
  }
  if (!last) return null;
  // Extend to the start of a "Mr Smith and Ms Smith" run before it.
  let startAt = last.index;
  const before = subject.slice(0, startAt);
  const joined = /((?:(?:mr|mrs|ms|miss)\.?\s+)?[A-Z][\p{L}'-]+\s+(?:and|&)\s+)$/u.exec(before);
  if (joined) startAt -= joined[1].length;
  return { start: startAt, end: subject.length };
}

/** Memoised: action-table cells and headings are classified again on every analysis. */
export const classifySubject = memoise(classifySubjectUncached);

function classifySubjectUncached(subject: string): ActorKind {
  const trimmed = subject.trim();
  if (!trimmed) return 'none';
  const lower = trimmed.toLowerCase().replace(/[\u2019]/g, "'");
  if (FAMILY_GROUP.test(lower)) return 'family';
  if (GENERIC_SUBJECT.test(lower)) return 'generic';
  if (PASSIVE_THING.test(lower)) return 'generic';
  // "Belinda Jones (social worker)", "Mr Jones (Top School)": the bracket says who they work for.
  const bracket = /\(([^)]*)\)/.exec(trimmed);
  // "Nan (Rita Hughes)", "Mum (Shona Cole)": a family word before the bracket, the name inside it.
  if (bracket && FAMILY.test(trimmed.slice(0, bracket.index)) && !PROFESSIONAL.test(bracket[1])) return 'family';
  if (bracket && (PROFESSIONAL.test(bracket[1]) || /^[A-Z]/.test(bracket[1].trim()))) return 'professional';
  // A surname after a title is a name, whatever else it means: "Ms Ward", "Mr House" are not a ward or a house.
  const roles = lower.replace(TITLED_SURNAME, ' ');
  if (PROFESSIONAL.test(roles) && !/\b(?:mum|dad|mother|father|grand\w*|parents?|carers?)\b/.test(lower)) return 'professional';
  if (FAMILY.test(lower)) return 'family';
  if (TITLE_NAME.test(trimmed)) return 'family';
  const name = CAPITALISED_NAME.exec(trimmed);
  if (name && !NOT_NAMES.test(name[1])) return 'family';
  // A letter's reader, one or several: "you", "both of you", "each of you", "you both".
  if (ADDRESSED.test(lower)) return 'family';
  return 'generic';
}

/** "Rob", "Kerry Bell": a name with no family word or title, whose role the text around it must say. */
export function isBareName(subject: string): boolean {
  const trimmed = subject.trim();
  return /^[A-Z][\p{Ll}'\u2019-]+(?:[A-Z][\p{Ll}'\u2019-]+)*(?:\s+[A-Z][\p{Ll}'\u2019-]+)?$/u.test(trimmed) && !FAMILY.test(trimmed) && !NOT_NAMES.test(trimmed.split(/\s+/)[0]);
}

/** Family words in a role: "(Leah's partner)", "(mum of Ruby, 2)". */
const FAMILY_ROLE = /\b(?:mum|mom|mother|dad|father|parents?|step-?\w+|grand\w+|nan|gran|aunt\w*|uncle|cousin|sister|brother|sibling|partner|boyfriend|girlfriend|husband|wife|son|daughter|child|carers?|friend|neighbour)\b/i;

/** "(family worker)", "(social worker, Corran Children's Services)": the bracket names a professional role. */
export function isProfessionalRole(role: string): boolean {
  return PROFESSIONAL.test(role) && !FAMILY_ROLE.test(role.replace(/\bfamily (?:support |time )?(?:workers?|hub|centre|services?)\b/gi, ''));
}
