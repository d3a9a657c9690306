import type { SectionId } from './model';
import { memoise } from './memo';
import { ownedTasksSection } from './section-cues';
import { scoreLabel, scoreLabelByKind } from './section-scoring';
import type { SectionKey } from './section-wordings';
import { fold } from './text';

// How people label the parts of an agreement: a heading, a bold label, the first cell of a
// two-column table row, or the words before a colon. The wordings and cue families are data
// (section-wordings.ts, section-cue-words.ts); section-scoring.ts decides which section a label's
// cues point to, and this module sorts a label naming tasks by whose tasks they are.

export type { SectionKey } from './section-wordings';

/**
 * The document's kind, then whom it is about ("Letter of expectation about Kai (aged 9)", "Written agreement
 * \u2013 Leo Dyce", "Safety plan for Amy and Jo Reid"): a title, whatever sits between the kind and the name.
 */
const DOCUMENT_TITLE = /^(?:letter (?:of expectations?|before proceedings)|(?:written|working|safety|family|care) (?:agreement|plan)|agreement|child in need plan|(?:child protection|cp|cin) plan|family plan|written undertaking)(?:\s*[\u2013\u2014:-]\s+(?:for |about |re:? |regarding |concerning )?|\s+(?:for|about|re:?|regarding|concerning)\s+)[a-z'-]+ (?:\([^)]*\) )?[a-z'-]+/;

/** Headings that belong to a section but are not a section themselves (worked examples, notes). */
export const NEUTRAL_HEADINGS = /^(examples?|notes?|guidance|for example|see below|continued)$/;

/** Split a folded label into its label words for matching: strip numbering, trailing colons and punctuation. */
export function cleanLabel(folded: string): string {
  return trimTrailingPunctuation(folded.replace(/^\s*(section|part|step)?\s*([0-9]+|[a-z]|[ivx]+)[.)]\s+|^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+|^\s*(?:section|part|step)\s+(?:[0-9]+|[a-z]|[ivx]+)\s*[:\u2013\u2014-]\s*/, ''))
    .replace(/^[#*_\s]+/, '')
    .trim();
}

const TRAILING = /[:?.!;*#_\-\s]/;

/** Strip trailing ':?.!;*#_-' and spaces from the end, scanning back once (a regular expression anchored at the end retries at every space of a long run: quadratic). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Decide which section a label names, or null. Labels about what someone "will do" are sorted by
 * whether that someone is a professional or a family member.
 */
export const classifyLabel = memoise(classifyLabelUncached);

/**
 * A lead-in that opens with a span of time and ends with who acts ("Until the review you will", "Between now and the next
 * meeting, we will", "By 20 December we need you to"): the tail names the part; the span says when, not the review.
 */
export const TIMED_LEAD_IN = /^(?:until|till|between now and|from now|from today|from this week|by|before|over the next|for the next|in the next|during)\b.*?,? (((?:you|we|i|[a-z'-]+(?: and [a-z'-]+)?)) (?:will|must|need to|agree to|have agreed to)|we (?:need|want|ask|would like) you to|i (?:ask|need) (?:that )?you(?: to)?)$/;

const SPEAKING_AS_FAMILY = /^(?:our|my) [a-z' -]+ as (?:[a-z'-]+ ){0,2}(?:carers?|parents?|grandparents?|mum|dad|nan|gran|grandad|family|guardians?)$/;

function classifyLabelUncached(folded: string): SectionKey | null {
  const label = cleanLabel(folded);
  if (!label || label.length > 160) return null;
  const timed = TIMED_LEAD_IN.exec(label);
  if (timed) return classifyLabelUncached(timed[1]);
  // "Letter of Expectation – Leo Dyce (born …)": the document's title with whom it is about, not its expectations.
  if (DOCUMENT_TITLE.test(label)) return null;
  const statement = askedAsStatement(label);
  if (GOAL_OR_TASKS_HEADING.test(statement)) return 'tasks';
  const verdict = scoreLabel(statement);
  if (verdict?.tier === 'decisive') return verdict.section;
  // "Our promises as Mia's kinship carers", "My part as Nan": the "our" or "my" is the family member named after "as".
  if (verdict?.section === 'family-commitments' && SPEAKING_AS_FAMILY.test(statement)) return 'family-commitments';
  // "Mum's jobs", "The social worker's part": whose the tasks are is the owner's.
  const owned = ownedTasksSection(label);
  if (owned) return owned;
  if (!verdict) return null;
  const key = verdict.section;
  // Everyone's tasks, however recognised, are sorted by whose they are when the label says so ("My safety plan – what I have decided").
  if (key === 'tasks' || (verdict.tier === 'exact' && (key === 'family-commitments' || key === 'professional-commitments'))) {
    // "Parents" or "The team around the family" on their own: the kind cues decide, if any fits.
    return sortCommitmentLabel(statement, key) ?? scoreLabelByKind(statement)?.section ?? null;
  }
  return key;
}

/** "What will Kerry do?", "What is Dad going to do": the question read as "What Kerry will do", as the wordings have it. */
function askedAsStatement(label: string): string {
  const asked = /^what (will|is|are|does|do|can) ([a-z][a-z' &,-]{0,50}?) (do|doing|going to do|agree to|offer|help with)$/.exec(label);
  if (!asked || /^(?:it|this|that|there)$/.test(asked[2])) return label;
  const verb = asked[1] === 'does' || asked[1] === 'do' ? 'will' : asked[1];
  return `what ${asked[2]} ${verb} ${asked[3]}`;
}

/**
 * "What we need to see", "What everyone needs to see": the tasks or a Signs of Safety plan's goal, decided after the walk
 * by what follows (goal-or-tasks.ts); read as the tasks here, whoever "we" are. (What someone wants or hopes to see is an aim.) Cleaned, folded.
 */
export const GOAL_OR_TASKS_HEADING = /^what (?:(?:do|does|will|would) )?(?:we|i|everyone|everybody|the (?:council|court|professionals|social workers?|network))(?: all| both)? (?:need|needs|expect|expects) to see(?: (?:happen|change|changing))?$/;
/** "Our expectations", "The council's expectations": what the writer expects of others, whose lines say who acts. */
const HELD_EXPECTATIONS = /^(?:our|my|the [a-z' ]{2,30}'s?) expectations?$/;

const PROFESSIONAL_WORDS = /\b(early help|social workers?|professionals?|agenc(y|ies)|practitioners?|children's (social care|services)|local authority|council|services|school|health visitor|we|our|us|workers?|team|nurse|police)\b/;
const FAMILY_WORDS = /\b(parents?|parental|carers?|family|mum|dad|mother|father|grand\w*|aunt|uncle|i|you|your|mr|mrs|ms|miss)\b/;

function sortCommitmentLabel(label: string, fallback: SectionKey): SectionKey | null {
  // "What the social worker and involved agencies will do" vs "What Ms Smith and Mr Smith will do":
  // sort by the subject of the heading when there is one.
  if (/^(?:the )?(?:support|help)\b|^who (?:will|is going to|can|is|are)(?: be)? (?:help|support)\w*\b/.test(label)) return 'professional-commitments';
  // "What you can expect from your social worker": what the family receives is the givers' part.
  if (/^what (?:you|the family|parents?|mum|dad|i|we)(?: all| both)? (?:can|will|should|could) (?:expect|get|count on|rely on) from\b/.test(label)) return 'professional-commitments';
  if (/\b(?:everyone|everybody|all of us|we all|all parties|each person)\b/.test(label) || HELD_EXPECTATIONS.test(label)) return 'tasks';
  // "What we expect of Bilal", "What I need from Mum": what is asked of the family (or of someone named) is theirs, not the asker's.
  const askedOf = /^what (?:[a-z'-]+ ){1,3}(?:want|wants|need|needs|would like|expect|expects|are asking|is asking|ask|asks)(?: for)? (?:from|of) (.+)$/.exec(label);
  if (askedOf && !PROFESSIONAL_WORDS.test(askedOf[1])) return FAMILY_WORDS.test(askedOf[1]) ? 'family-commitments' : 'tasks';
  // "What we have agreed", "What we all agreed": the "we" who agree is everyone at the table, not the council.
  if (/^(?:what |things )?we(?:'ve| have)? (?:all )?agreed(?: together| to)?$/.test(label)) return 'tasks';
  // "The council expects that you will", "We agreed that you will": the one who will is the subject.
  const expects = /\b(?:expects?|expected|agreed|agree|agrees|asks?|would like|wants?|needs?) (?:that )?(.+?) (?:will|to|are to|is to)\b/.exec(label);
  const subjectMatch = expects ?? /^(?:what )?(.+?)(?:\s+|'(?=[sm] |re ))(?:will|has|have|agrees?|agreed|promises?|needs? to|must|should|are to|is to|commits?|(?:is|am|are|s|m|re) going to)\b/.exec(label);
  if (subjectMatch) {
    const subject = subjectMatch[1].replace(/^what\s+/, '');
    // "The family time service", "the family support team": the last word says who it is.
    const head = /(\S+)$/.exec(subject)?.[1] ?? '';
    if (/^(?:service|services|team|centre|center|project|agency|agencies|workers?|staff|nurse|school|council|police|hub|nursery|college|academy|clinic|hospital|surgery|practice|charity|club|unit|ward|gp|doctor|midwife|visitor|officer|therapist|counsellor|mentor)$/.test(head)) return 'professional-commitments';
    const professional = PROFESSIONAL_WORDS.test(subject);
    const family = FAMILY_WORDS.test(subject);
    if (professional && !family) return 'professional-commitments';
    if (family && !professional) return 'family-commitments';
    if (family && professional) return 'tasks';
  }
  // "Our commitment to you": whom the part is given to is not who does it.
  const doers = label.replace(/ (?:to|for) (?:you|your family|the family|mum|dad|(?:the )?parents?|(?:the )?carers?)$/, '');
  const professional = PROFESSIONAL_WORDS.test(doers);
  const family = FAMILY_WORDS.test(doers);
  if (/\bwill$|\bagrees?(?: to)?$|\b(?:are|is) to$|\bmust$|\bshould$|\bwill do\b|'ll do\b|\bgoing to do\b|\b(?:have|has) (?:agreed|promised|offered|volunteered)\b|\bpromises?$|\bexpect|\bneeds? to do\b|\bcommit|\bwill (offer|provide|give)\b|\bsupport\b|\bhelp\b|\btasks?\b|\bactions?\b|\bresponsibilit/.test(label)) {
    if (professional && !family) return 'professional-commitments';
    if (family && !professional) return 'family-commitments';
    if (family && professional) return 'tasks';
    return fallback;
  }
  // "Parents", "Social worker", "Grandparents" on their own name people (a signature row, a list
  // of participants), not a commitments section; "Actions" or "What needs to happen" is one.
  return fallback === 'tasks' ? 'tasks' : null;
}

/** A council policy's headings as labels the section walk looks up first (cleaned, folded). */
export function policyLabels(headings: Partial<Record<SectionId, readonly string[]>> | undefined): ReadonlyMap<string, SectionKey> | undefined {
  if (!headings) return undefined;
  const labels = new Map<string, SectionKey>();
  for (const [id, names] of Object.entries(headings) as Array<[SectionId, readonly string[]]>) {
    for (const name of names) labels.set(cleanLabel(fold(name)), id);
  }
  return labels;
}
