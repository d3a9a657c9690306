import type { ContactCue } from './contact-fragments';
import type { KnownFamily } from '../family-names';
import { emptyWords, readFoldedWords, wordAt } from '../folded-words';
import {
  ARRANGEMENT,
  CARER_BEFORE,
  CHILD_OWNERS,
  CONTACT_THING,
  DETERMINER,
  FAMILY_AS_PARTY_BEFORE,
  KIN_QUALIFIERS,
  MAY_START,
  NEEDS_PARTY_AFTER,
  NOUN_BEFORE,
  REFERS_BEFORE,
  SUBJECT_NEXT,
  TIME_NOT_TOGETHER,
  TOGETHER_NOUNS,
  TOGETHER_VERBS,
  VERB_AFTER_NOUN,
  WORK_BEFORE,
  REMOTE,
  REMOTE_VERB,
  SAFETY_CALL,
  PAIRS,
  TIME_WITH,
} from '../lexicon/contact-parts-words';
import { CHILD_NAMES, KIN_NAMES, KIN_PATTERN, NOT_KIN_NEXT_WORDS, SERVICE_SUBJECT, clauseAround, nameAt } from './contact-parties';

// Contact read by its PARTS rather than by a wording: a clause is about contact when it holds a way
// of being together or in touch (a noun or verb from the lists below, anywhere in the clause), a
// member of the child's family, and a child (a child word, a name, the family member's owner "his
// dad", or the family member's own visits "Dad's visits"), and is put as an arrangement (a modal or
// a verb of arranging). Words looked up one by one, so the lists can grow without a long pattern.
// A worker's visit, a professional meeting, a school's or worker's call are set apart by who is
// before the word and what follows it.

/** Having the children for a time, which says where (the family member's own home): "have the boys for the weekend", "has them when he can". */
const HAVE_CHILD =
  /^((?:have|has|having)\s+(?:the\s+|both\s+|all\s+)?(?:children|kids|boys|girls|twins|baby|him|her|them))\s+(?:(?:back|over|round)\s+)?(?:when|whenever|sometimes|occasionally|overnight|to\s+stay|every|each|at\s+weekends|on\s+[a-z]+days?\b|for\s+(?:the\s+|a\s+|some\s+)?(?:weekends?|nights?|days?|tea|holidays?|sleepovers?))\b/;
/** Going out with family: "go fishing with their grandad", "going to the match with his uncle" (ending at "with", which leads to the party). */
const OUTING =
  /^(?:go|goes|going)\s+(?:(?:out|to|the|for|a|an|on|into|round)\s+){0,3}(?:fishing|swimming|shopping|bowling|camping|skating|riding|cycling|climbing|out|park|cinema|pictures|zoo|beach|seaside|football|match|funfair|fair|museum|church|mosque|temple|gurdwara|synagogue|meal|lunch|tea|dinner|breakfast|trip|holiday|walk|picnic)(?:\s+[a-z]+){0,2}?\s+with\b/;
/** Members of a child's family, as one word (KIN_PATTERN's words, read with their prefixes by isKinText). */
const KIN_WORDS: ReadonlySet<string> = new Set(KIN_NAMES);
/** After a family word, a word that makes it a service's or a place's ("family support", "parent partnership"), as KIN_PATTERN reads it; "family members" stays a party here. */
const NOT_KIN_NEXT = new Set(NOT_KIN_NEXT_WORDS);
/** Children, in any of the words agreements use: the child nouns, and brothers and sisters (family who are children too). */
const CHILD_NOUNS: ReadonlySet<string> = new Set([...CHILD_NAMES, 'siblings', 'sibling', 'brothers', 'sisters', 'brother', 'sister', 'half-brother', 'half-sister', 'stepbrother', 'stepsister', 'step-brother', 'step-sister']);
/** After these words a child is a topic, not a party: "talk to Dad about the children". */
const TOPIC_WORDS = /\b(?:about|regarding|concerning|discuss|discussing|discussed)\b/;
/** Between a worker before the word and the word: the worker arranges the family's contact ("the social worker will arrange for Nan to visit"). */
const ARRANGING_VERB = /\b(?:arrange|arranges|arranging|organise|organises|set\s+up|sets\s+up|book|books|make\s+sure|look\s+(?:at|into)|explore|explores|offer|offers|plan|plans|consider|considers)\b/;

interface Word {
  text: string;
  at: number;
  /** Written with "'s": an owner ("Dad's visits"). */
  owner: boolean;
  /** A family word (before its context is read). */
  kinWord: boolean;
  /** A name the agreement gave as a family member's or a child's (family-names.ts), written with its capital. */
  knownKin: boolean;
  knownChild: boolean;
}

/**
 * Every word of being together or in touch in `folded` whose clause also holds family, a child and an arrangement (`kin`: the line
 * names family, KIN_PATTERN). `known`: the names the agreement gave its family and children, read as family words and child nouns.
 */
export function* partsCues(text: string, folded: string, kin: boolean, byWorker = false, known?: KnownFamily): Generator<ContactCue> {
  if (!kin && !folded.includes('between')) return;
  let from = 0;
  while (from < folded.length) {
    const { to } = clauseAround(folded, from, from);
    const cue = clauseCue(text, folded, from, to, known);
    // A worker's line is contact only when the worker arranges it for the family ("will set up time for the boys with Nan").
    if (cue && byWorker && !ARRANGING_VERB.test(folded.slice(from, cue.start))) return;
    if (cue) yield cue;
    from = to + 1;
  }
}

/** A worker's line arranging the family's contact at `start` ("Tomasz will look at Kairo spending more time with his nan"): not the worker's own visit. */
export function arrangedByWorker(text: string, folded: string, start: number): boolean {
  for (const cue of partsCues(text, folded, KIN_PATTERN.test(folded), true)) if (cue.start === start) return true;
  return false;
}

/** The first word of togetherness in the clause [from, to) that its other parts make contact. */
function clauseCue(text: string, folded: string, from: number, to: number, known: KnownFamily | undefined): ContactCue | null {
  const clause = folded.slice(from, to);
  const words = wordsOf(text, folded, from, to, known);
  if (!words.some((w) => ARRANGEMENT.has(w.text)) || !words.some((w) => MAY_START.has(w.text))) return null;
  if (!markKin(words) && !clause.includes('between')) return null;
  const byName = known !== undefined && !words.some((w) => w.kinWord && !w.knownKin && !w.knownChild);
  for (let i = 0; i < words.length; i++) {
    if (!MAY_START.has(words[i].text)) continue;
    const span = togetherAt(words, i, folded);
    if (!span) continue;
    const end = span.end;
    if (serviceBefore(folded.slice(from, words[i].at), text.slice(from, words[i].at)) || serviceAfter(folded.slice(end, to))) continue;
    // Time with family, no family before it, is a child's: "Time with Gary: when he can".
    const timeWithKin = words[i].text === 'time' && words[i + 1]?.text === 'with' && isKin(words, i + 2, folded) && !words.slice(0, i).some((w) => w.kinWord);
    // (Family known only by name: the name must be a side of the contact itself, not a task's subject near a worker's visit.)
    if (!timeWithKin && (!partiesAround(text, folded, words, i, from, to) || (byName && !namedSides(words, i, span.party ?? partyAfter(words, lastWordBefore(words, end), folded, true) > 0)))) continue;
    const remote = REMOTE.test(span.head);
    if (remote && SAFETY_CALL.test(clause)) continue;
    return { start: words[i].at, end: timeWithKin ? words[i + 2].at + words[i + 2].text.length : end, remote, venueImplied: span.head === 'have' };
  }
  return null;
}

/** The words of folded[from, to) as records to mark (most lines are read here; the shared reader makes no match objects). */
function wordsOf(text: string, folded: string, from: number, to: number, known: KnownFamily | undefined): Word[] {
  const read = readFoldedWords(folded, from, to, Infinity, CLAUSE_WORDS);
  const words: Word[] = [];
  for (let k = 0; k < read.starts.length; k++) {
    const start = read.starts[k];
    const word = wordAt(read, k);
    const owner = word.endsWith("'s");
    const name = owner ? word.slice(0, -2) : word;
    const capital = known !== undefined && isCapital(text.charCodeAt(start));
    words.push({ text: name, at: start, owner, kinWord: false, knownKin: capital && known.kin.has(name), knownChild: capital && known.children.has(name) });
  }
  return words;
}

/** One record for the clause being read, emptied for each clause. */
const CLAUSE_WORDS = emptyWords();

const isCapital = (code: number): boolean => code >= 65 && code <= 90;

/**
 * Marks the family words (looked up word by word, as KIN_PATTERN reads them, and the names the agreement gave its family);
 * whether there is one. Two of the agreement's children named in one clause are family to each other ("Kian will see Amber").
 */
function markKin(words: Word[]): boolean {
  let any = false;
  let firstChild: string | null = null;
  let siblings = false;
  for (const w of words) {
    if (!w.knownChild) continue;
    firstChild ??= w.text;
    siblings ||= w.text !== firstChild;
  }
  for (let k = 0; k < words.length; k++) {
    words[k].kinWord = (isKinText(words[k].text) && !NOT_KIN_NEXT.has(words[k + 1]?.text ?? '')) || words[k].knownKin || (siblings && words[k].knownChild);
    any ||= words[k].kinWord;
  }
  return any;
}

/** A family word, with its prefixes: "mum", "step-dad", "great-nan", "half-sister". */
function isKinText(word: string): boolean {
  let rest = word;
  while (rest.startsWith('great-')) rest = rest.slice(6);
  if (rest.startsWith('step') || rest.startsWith('half-')) rest = rest.slice(rest.charCodeAt(4) === 45 ? 5 : 4);
  return KIN_WORDS.has(rest);
}

/** The way of being together starting at word i, with its end, its head word and whether its other party follows it (null: not read), or null. */
function togetherAt(words: Word[], i: number, folded: string): { end: number; head: string; party: boolean | null } | null {
  const word = words[i];
  const prev = words[i - 1]?.text;
  // Contact arranged elsewhere, named only as what something else is for or about ("for Mum's family time", "about seeing his dad").
  const before = words[i - 1]?.owner ? words[i - 2]?.text : prev;
  if (before && REFERS_BEFORE.has(before)) return null;
  const pair = PAIRS.exec(folded.slice(word.at));
  if (pair && !/^family\s+time\s+(?:workers?|diary|records?|notes|logs?|room|centre|center|supervisors?|staff|team|service|officers?|coordinators?|reports?)\b/.test(folded.slice(word.at))) {
    // (Whether its other party follows is read only when it matters, for family known by name: namedSides.)
    const party = /together|between/.test(pair[0]) || null;
    return { end: word.at + pair[0].length, head: /video|phone|telephone|zoom|whatsapp|teams|skype|touch/.test(pair[0]) ? 'calls' : word.text, party };
  }
  const next = words[i + 1]?.text;
  const time = word.text === 'time' && !(prev && TIME_NOT_TOGETHER.has(prev)) ? TIME_WITH.exec(folded.slice(word.at)) : null;
  if (time) return time[1] === 'with' && !partyAfter(words, words.findIndex((w) => w.at >= word.at + time[0].length - 4), folded, true) ? null : { end: word.at + 4, head: word.text, party: true };
  const having = HAVE_CHILD.exec(folded.slice(word.at));
  if (having) return { end: word.at + having[1].length, head: 'have', party: true };
  const outing = OUTING.exec(folded.slice(word.at));
  if (outing) {
    const partyEnd = partyAfter(words, words.findIndex((w) => w.at >= word.at + outing[0].length - 4), folded, false);
    return partyEnd ? { end: partyEnd, head: word.text, party: true } : null;
  }
  // A word that is both ("visits", "calls") is a noun after a determiner or an owner, or before the verb of its clause ("Sunday visits will …").
  const asNoun = TOGETHER_NOUNS.has(word.text) && (!TOGETHER_VERBS.has(word.text) || (prev !== undefined && (DETERMINER.has(prev) || NOUN_BEFORE.has(prev) || WORK_BEFORE.has(prev) || REFERS_BEFORE.has(prev) || words[i - 1].owner)) || (next !== undefined && VERB_AFTER_NOUN.has(next)));
  const asVerb = !asNoun && TOGETHER_VERBS.has(word.text) && !(prev !== undefined && (DETERMINER.has(prev) || NOUN_BEFORE.has(prev)));
  const end = word.at + word.text.length;
  if (asNoun) {
    if (prev && (WORK_BEFORE.has(prev) || REFERS_BEFORE.has(prev))) return null;
    if (word.text === 'contact' && next && CONTACT_THING.has(next)) return null;
    if (NEEDS_PARTY_AFTER.has(word.text) && !partyAfter(words, i, folded, true)) return null;
    return { end, head: word.text, party: NEEDS_PARTY_AFTER.has(word.text) || null };
  }
  if (!asVerb) return null;
  // A call or letter names who it is to; seeing or visiting may end the clause or go on to when ("Nan will visit on Sundays").
  const partyEnd = partyAfter(words, i, folded, !REMOTE_VERB.test(word.text) && !NEEDS_PARTY_AFTER.has(word.text));
  if (partyEnd) return { end: partyEnd, head: word.text, party: true };
  if (REMOTE_VERB.test(word.text) || NEEDS_PARTY_AFTER.has(word.text)) return null;
  return next === undefined || /^(?:on|every|each|when|whenever|once|more|regularly|sometimes|again|at|in|over|during|after|before)$/.test(next) ? { end, head: word.text, party: false } : null;
}

/** Where the family member or child just after word i ends (through "with", "to", "up with", an owner or "more of"), or 0; pronouns only when `pronouns`. */
function partyAfter(words: Word[], i: number, folded: string, pronouns: boolean): number {
  if (!words[i]) return 0;
  const from = words[i].at + words[i].text.length;
  const after = PARTY_AFTER.exec(folded.slice(from));
  if (!after) return 0;
  const party = after[2].replace(/'s$/, '');
  const partyEnd = from + after[1].length;
  if (party === 'family') return after[3] === undefined || FAMILY_AS_PARTY_BEFORE.has(after[3]) ? partyEnd : 0;
  return CHILD_NOUNS.has(party) || isKinText(party) || (pronouns && /^(?:him|them|each)$/.test(party)) || knownAt(words, i, partyEnd - after[2].length) ? partyEnd : 0;
}

/** The word after word i starting at `at` is a name the agreement gave its family or a child. */
function knownAt(words: Word[], i: number, at: number): boolean {
  for (let k = i + 1; k < words.length && words[k].at <= at; k++) if (words[k].at === at) return words[k].knownKin || words[k].knownChild;
  return false;
}

/** The words after a verb or noun up to its party (group 1), the party (group 2) and the word after it (group 3). */
const PARTY_AFTER =
  /^(\s+(?:(?:up\s+)?with|to|from|(?:a\s+bit\s+|a\s+lot\s+|much\s+)?more\s+of|up)?\s*(?:(?:the|his|her|their|your|my|both|all)\s+)?(?:[a-z]+'s\s+)?(?:(?:older|younger|little|big|birth|own|baby|twin)\s+)?([a-z][a-z'-]*))(?:\s+([a-z]+))?/;

/** A worker or service before the word does it (or a service known by its initials, "the CDS"), unless they only arrange it for the family. */
function serviceBefore(before: string, original: string): boolean {
  const service = SERVICE_SUBJECT.exec(before) ?? INITIALS.exec(original);
  return service !== null && !ARRANGING_VERB.test(before.slice(service.index));
}

/** A service's initials: two to six capitals. */
const INITIALS = /\b[A-Z]{2,6}\b/;

/** A worker or service as the word's other party: "visits from the health visitor", "calls with the school". */
function serviceAfter(after: string): boolean {
  const party = /^\s+(?:with|from|to|by|between|at)\s+(?:[a-z'-]+\b\s*){1,4}/.exec(after);
  return party !== null && SERVICE_SUBJECT.test(party[0]);
}

/** The clause names family and a child around the word (or two people "between" whom the time is). */
function partiesAround(text: string, folded: string, words: Word[], i: number, from: number, to: number): boolean {
  const kinAt = words.findIndex((_, k) => isKin(words, k, folded));
  const between = /^\s+between\b/.test(folded.slice(words[i].at + words[i].text.length)) || /^time\s+between\b/.test(folded.slice(words[i].at));
  if (kinAt < 0 && !between) return false;
  const topic = TOPIC_WORDS.exec(folded.slice(from, to));
  const topicAt = topic ? from + topic.index : to;
  // (An agreement's child named in the clause is one, unless that name is the only family word: "Skye will see the twins" needs no other.)
  return words.some((w, k) => k !== i && w.at < topicAt && (w.knownChild ? k !== kinAt || !onlyKin(words, k, folded) : isChildEvidence(text, folded, words, k, i))) || (kinAt >= 0 && ownsTheWord(words, kinAt, i));
}

/** The index of the last word starting before `end`. */
function lastWordBefore(words: Word[], end: number): number {
  const k = words.findIndex((w) => w.at >= end);
  return (k < 0 ? words.length : k) - 1;
}

/**
 * With family known only by name, both sides of the contact are family or children: the subject (the words before the
 * clause's modal) names one, and the way of being together names the other right after it ("Dean can phone the children",
 * "Wayne will have more time with Jack"); a noun as the subject names one side after it and the clause the other ("Letters
 * from the children will be passed on to Dean").
 */
function namedSides(words: Word[], i: number, party: boolean): boolean {
  const modal = words.findIndex((w) => ARRANGEMENT.has(w.text));
  if (modal <= 0) return false;
  const side = (w: Word) => w.knownKin || w.knownChild || CHILD_NOUNS.has(w.text);
  if (i < modal) return words.slice(i + 1, modal).some(side) && words.slice(modal).some((w) => w.knownKin || w.knownChild);
  return party && words.slice(0, modal).some(side);
}

/** Word k is the clause's only family word. */
function onlyKin(words: Word[], k: number, folded: string): boolean {
  return !words.some((_, j) => j !== k && isKin(words, j, folded));
}

/** Word k names a member of the child's family: not a carer ("foster mum") nor "family" qualifying a noun ("family session"). */
function isKin(words: Word[], k: number, folded: string): boolean {
  const w = words[k];
  if (!w || !w.kinWord || (k > 0 && CARER_BEFORE.has(words[k - 1].text))) return false;
  if (w.text !== 'family') return true;
  const next = words[k + 1];
  return next === undefined || w.owner || FAMILY_AS_PARTY_BEFORE.has(next.text) || /^[.,;:!?)]/.test(folded.slice(w.at + w.text.length).trimStart());
}

/** "Dad's visits", "Nan's Sunday calls": a family member's own contact, which is with the child. */
function ownsTheWord(words: Word[], kinAt: number, i: number): boolean {
  return kinAt < i && i - kinAt <= 3 && words[kinAt].owner;
}

/** Word k is a child: a child word, a name, or the owner of a family member ("his dad"). */
function isChildEvidence(text: string, folded: string, words: Word[], k: number, cueAt: number): boolean {
  const w = words[k];
  if (CHILD_NOUNS.has(w.text)) return !(k > 0 && words[k - 1].kinWord && /^(?:brothers?|sisters?)$/.test(w.text));
  if (CHILD_OWNERS.has(w.text) && (isKin(words, k + 1, folded) || (KIN_QUALIFIERS.has(words[k + 1]?.text) && isKin(words, k + 2, folded)))) return true;
  // (A name just after a family word is theirs: "Nanna Lorna".)
  // (A name after the cue may be a service's or a worker's: "sessions with Relate".)
  if (k > cueAt || w.kinWord || !nameAt(text, folded, w.at) || (k > 0 && words[k - 1].kinWord)) return false;
  // A capital is a child's name when it owns something or is followed by what a subject is followed by ("Polish interpreter" is not).
  return w.owner || k + 1 === cueAt || SUBJECT_NEXT.has(words[k + 1]?.text ?? '');
}
