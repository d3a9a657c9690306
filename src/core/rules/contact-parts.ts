import type { ContactCue } from './contact-fragments';
import { emptyWords, readFoldedWords, wordAt } from '../folded-words';
import { CHILD_NAMES, KIN_NAMES, KIN_PATTERN, NOT_KIN_NEXT_WORDS, SERVICE_SUBJECT, clauseAround, nameAt } from './contact-parties';

// Contact read by its PARTS rather than by a wording: a clause is about contact when it holds a way
// of being together or in touch (a noun or verb from the lists below, anywhere in the clause), a
// member of the child's family, and a child (a child word, a name, the family member's owner "his
// dad", or the family member's own visits "Dad's visits"), and is put as an arrangement (a modal or
// a verb of arranging). Words looked up one by one, so the lists can grow without a long pattern.
// A worker's visit, a professional meeting, a school's or worker's call are set apart by who is
// before the word and what follows it.

/** Nouns of being together or in touch (the statutory "contact" and the councils' "family time" alike). */
const TOGETHER_NOUNS = new Set([
  'contact', 'visits', 'visit', 'visitation', 'sessions', 'session', 'calls', 'call', 'letters', 'letter', 'cards', 'card', 'postcards', 'messages', 'texts', 'emails',
  'overnights', 'overnight', 'sleepovers', 'sleepover', 'outings', 'outing', 'trips', 'trip', 'meet-ups', 'meet-up', 'get-togethers', 'catch-ups', 'reunion', 'facetime',
  'videocalls', 'stays', 'weekends', 'holidays',
]);
/** Verbs of being together or in touch, whose object (if any) must be family or a child. */
const TOGETHER_VERBS = new Set([
  'see', 'sees', 'seeing', 'visit', 'visits', 'visiting', 'phone', 'phones', 'phoning', 'ring', 'rings', 'ringing', 'call', 'calls', 'calling',
  'text', 'texts', 'texting', 'message', 'messages', 'messaging', 'email', 'emails', 'emailing', 'facetime', 'facetiming', 'write', 'writes', 'writing', 'spend', 'spends', 'spending',
  'contact', 'contacting', 'skype', 'video-call', 'videocall',
]);
/** The first words of every way of being together below: any other word is passed over at once. */
const MAY_START = new Set([
  ...TOGETHER_NOUNS, ...TOGETHER_VERBS, 'family', 'day', 'days', 'in', 'meet', 'meets', 'meeting', 'catch', 'catches', 'catching', 'video', 'telephone', 'zoom', 'whatsapp', 'teams',
  'stay', 'staying', 'sleep', 'sleeps', 'sleeping', 'time', 'have', 'has', 'having', 'go', 'goes', 'going',
]);
/** Calls, letters and messages: remote contact, with no venue and nobody to take the children. */
const REMOTE = /^(?:calls?|letters?|cards?|postcards|messages?|texts?|emails?|facetim\w*|phon\w*|ring\w*|call\w*|text\w*|messag\w*|email\w*|writ\w*|skype|video[\w-]*|touch|contact\w*)$/;
/** Verbs of calling or writing: their other party is named right after them, as family or a child ("ring his nan"), never a number or a service. */
const REMOTE_VERB = /^(?:phon|ring|call|text|messag|email|facetim|skype|video|writ|contact)/;
/** Two-word ways of being together: "family time", "days out", "in touch", "meeting up", "phone calls". */
const PAIRS = /^(?:family\s+time|days?\s+out|in\s+touch|(?:meet|meets|meeting|catch|catches|catching)\s+up|(?:phone|video|telephone|zoom|whatsapp|teams|skype)\s+(?:calls?|chats?|contact)|(?:stay|stays|staying|sleep|sleeps|sleeping)\s+over|time\s+(?:with|together|between|at\s+home|alone\s+with|out\s+with))\b/;
/** Time with someone, with a few words between: "some time for the boys with their grandparents", "time on Saturdays with Dad". */
const TIME_WITH =
  /^time\s+(?:(?:for|at|on|alone|out|back|home|each|every|the|his|her|their|some|a|both|all|children|kids|boys|girls|twins|baby|[a-z]+days|weekends)\s+){1,4}?(with|together|between)\b/;
/** Before "time": not time together ("make time", "bed time", "on time"). */
const TIME_NOT_TOGETHER = new Set(['make', 'makes', 'making', 'on', 'in', 'bed', 'screen', 'free', 'spare', 'quiet', 'same', 'any', 'what', 'alone', 'me', 'nap', 'tea', 'lunch', 'dinner', 'play', 'story', 'bath', 'school', 'home', 'first', 'long', 'hard', 'difficult']);
/** Having the children for a time, which says where (the family member's own home): "have the boys for the weekend", "has them when he can". */
const HAVE_CHILD =
  /^((?:have|has|having)\s+(?:the\s+|both\s+|all\s+)?(?:children|kids|boys|girls|twins|baby|him|her|them))\s+(?:(?:back|over|round)\s+)?(?:when|whenever|sometimes|occasionally|overnight|to\s+stay|every|each|at\s+weekends|on\s+[a-z]+days?\b|for\s+(?:the\s+|a\s+|some\s+)?(?:weekends?|nights?|days?|tea|holidays?|sleepovers?))\b/;
/** Going out with family: "go fishing with their grandad", "going to the match with his uncle" (ending at "with", which leads to the party). */
const OUTING =
  /^(?:go|goes|going)\s+(?:(?:out|to|the|for|a|an|on|into|round)\s+){0,3}(?:fishing|swimming|shopping|bowling|camping|skating|riding|cycling|climbing|out|park|cinema|pictures|zoo|beach|seaside|football|match|funfair|fair|museum|church|mosque|temple|gurdwara|synagogue|meal|lunch|tea|dinner|breakfast|trip|holiday|walk|picnic)(?:\s+[a-z]+){0,2}?\s+with\b/;
/** Only with a family member or child right after: "stays with Nan", "weekends at Dad's", "holidays with his aunt". */
const NEEDS_PARTY_AFTER = new Set(['stays', 'weekends', 'holidays', 'write', 'writes', 'writing']);
/** A verb of being together followed by a noun that is neither family nor a child sees or calls someone or something else. */
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'his', 'her', 'their', 'your', 'my', 'our', 'its']);
/** Just before a noun of visiting: a worker's or a service's visit ("home visits", "unannounced visits"). */
const WORK_BEFORE = new Set([
  'home', 'statutory', 'unannounced', 'announced', 'welfare', 'monitoring', 'school', 'professional', 'hospital', 'clinic', 'gp', 'dental', 'review', 'joint', 'duty', 'safe', 'emergency',
  'contact', 'house', 'health', 'check', 'assessment', 'therapy', 'counselling', 'parenting', 'course', 'group', 'programme', 'work', 'mediation', 'support', 'keywork', 'key-work',
  'intervention', 'treatment', 'training', 'advice', 'information', 'drop-in', 'team', 'network', 'mentoring', 'tutoring', 'revision', 'coaching', 'worker', 'nurse',
]);
/** Before a noun of contact: contact arranged elsewhere, being supervised, attended or recorded ("supervise every visit", "during contact"). */
const REFERS_BEFORE = new Set(['for', 'about', 'every', 'each', 'any', 'all', 'during', 'before', 'after', 'at', 'of', 'missed', 'supervise', 'supervises', 'supervising', 'attend', 'attends', 'attending', 'observe', 'observes', 'record', 'records', 'first', 'last', 'next']);
/** After a noun of contact, its clause's verb: "visits will", "calls are". */
const VERB_AFTER_NOUN = new Set(['will', 'can', 'may', 'could', 'should', 'must', 'shall', 'are', 'is', 'to', 'would', 'might', 'continue', 'start', 'happen', 'take', 'stay', 'go', 'move', 'need']);
/** A call or message for help ("text her sister if she needs help", "ring 999"): a safety step, not contact to timetable. */
const SAFETY_CALL = /\b(?:999|police|(?:needs?|for|get|gets)\s+help|unsafe|emergency|danger|scared|frightened|worried|code\s+word)\b/;
/** Before a verb: it is a noun ("my phone", "a spare phone", "the old phone"). */
const NOUN_BEFORE = new Set(['spare', 'old', 'new', 'own', 'mobile', 'charged', 'first', 'next', 'last', 'work', 'landline']);
/** Before a family word: the adults who care for the child instead of family ("adoptive parents", "foster mum"). */
const CARER_BEFORE = new Set(['adoptive', 'foster', 'host', 'prospective', 'kinship']);
/** After "family": a word it qualifies ("family session", "Family Mediation"), so it names no one; these words leave it a party. */
const FAMILY_AS_PARTY_BEFORE = new Set(['and', 'or', 'will', 'can', 'to', 'at', 'in', 'on', 'for', 'who', 'members', 'member', 'is', 'are', 'may', 'should', 'must', 'could', 'would', 'has', 'have', 'with', 'from', 'as', 'but', 'again', 'more', 'too', 'regularly', 'every', 'each', 'when', 'while', 'once']);
/** After "contact": the word names a thing, not an arrangement ("contact details", "contact the school"). */
const CONTACT_THING = new Set(['details', 'number', 'numbers', 'centre', 'center', 'person', 'point', 'form', 'sheet', 'card', 'list', 'log', 'notes', 'record', 'records', 'report', 'worker', 'workers', 'supervisor', 'team', 'service', 'officer', 'room', 'us', 'me']);
/** Members of a child's family, as one word (KIN_PATTERN's words, read with their prefixes by isKinText). */
const KIN_WORDS: ReadonlySet<string> = new Set(KIN_NAMES);
/** After a family word, a word that makes it a service's or a place's ("family support", "parent partnership"), as KIN_PATTERN reads it; "family members" stays a party here. */
const NOT_KIN_NEXT = new Set(NOT_KIN_NEXT_WORDS);
/** Children, in any of the words agreements use: the child nouns, and brothers and sisters (family who are children too). */
const CHILD_NOUNS: ReadonlySet<string> = new Set([...CHILD_NAMES, 'siblings', 'sibling', 'brothers', 'sisters', 'brother', 'sister', 'half-brother', 'half-sister', 'stepbrother', 'stepsister', 'step-brother', 'step-sister']);
/** Owners before a family word that make it a child's relative: "his dad", "their nan", "your mum", "my gran". */
const CHILD_OWNERS = new Set(['his', 'her', 'their', 'your', 'my']);
/** Between an owner and a family word: "his birth parents", "her older sister". */
const KIN_QUALIFIERS = new Set(['birth', 'own', 'real', 'older', 'younger', 'little', 'big', 'baby', 'maternal', 'paternal', 'biological', 'twin', 'eldest', 'youngest']);
/** After a child's name as the subject of contact: "Leah and Mum", "Reece keep in touch", "Kairo spending time". */
const SUBJECT_NEXT = new Set(['and', 'will', 'can', 'to', 'may', 'should', 'must', 'is', 'has', 'could', 'needs', 'would', 'keep', 'keeps', 'keeping', 'spend', 'spends', 'spending', 'see', 'sees', 'seeing', 'visit', 'visits', 'visiting', 'stay', 'stays', 'staying', 'go', 'goes', 'going', 'get', 'gets', 'getting', 'have', 'having', 'continue', 'continues', 'start', 'starts']);
/** After these words a child is a topic, not a party: "talk to Dad about the children". */
const TOPIC_WORDS = /\b(?:about|regarding|concerning|discuss|discussing|discussed)\b/;
/** An arrangement: a modal, or a verb of arranging or changing contact. */
const ARRANGEMENT = new Set([
  'will', 'can', 'may', 'could', 'should', 'must', 'shall', 'to', 'allowed', 'arranged', 'arrange', 'continue', 'continues', 'keep', 'keeps', 'start', 'starts', 'begin', 'resume',
  'increase', 'increased', 'offered', 'offer', 'explore', 'explored', 'build', 'planned', 'happen', "'ll", 'going', 'move', 'set', 'agreed', 'organised', 'organise', 'book', 'booked',
]);
/** Between a worker before the word and the word: the worker arranges the family's contact ("the social worker will arrange for Nan to visit"). */
const ARRANGING_VERB = /\b(?:arrange|arranges|arranging|organise|organises|set\s+up|sets\s+up|book|books|make\s+sure|look\s+(?:at|into)|explore|explores|offer|offers|plan|plans|consider|considers)\b/;

interface Word {
  text: string;
  at: number;
  /** Written with "'s": an owner ("Dad's visits"). */
  owner: boolean;
  /** A family word (before its context is read). */
  kinWord: boolean;
}

/** Every word of being together or in touch in `folded` whose clause also holds family, a child and an arrangement (`kin`: the line names family, KIN_PATTERN). */
export function* partsCues(text: string, folded: string, kin: boolean, byWorker = false): Generator<ContactCue> {
  if (!kin && !folded.includes('between')) return;
  let from = 0;
  while (from < folded.length) {
    const { to } = clauseAround(folded, from, from);
    const cue = clauseCue(text, folded, from, to);
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
function clauseCue(text: string, folded: string, from: number, to: number): ContactCue | null {
  const clause = folded.slice(from, to);
  const words = wordsOf(folded, from, to);
  if (!words.some((w) => ARRANGEMENT.has(w.text)) || !words.some((w) => MAY_START.has(w.text))) return null;
  if (!markKin(words) && !clause.includes('between')) return null;
  for (let i = 0; i < words.length; i++) {
    if (!MAY_START.has(words[i].text)) continue;
    const span = togetherAt(words, i, folded);
    if (!span) continue;
    const end = span.end;
    if (serviceBefore(folded.slice(from, words[i].at), text.slice(from, words[i].at)) || serviceAfter(folded.slice(end, to))) continue;
    if (!partiesAround(text, folded, words, i, from, to)) continue;
    const remote = REMOTE.test(span.head);
    if (remote && SAFETY_CALL.test(clause)) continue;
    return { start: words[i].at, end, remote, venueImplied: span.head === 'have' };
  }
  return null;
}

/** The words of folded[from, to) as records to mark (most lines are read here; the shared reader makes no match objects). */
function wordsOf(folded: string, from: number, to: number): Word[] {
  const read = readFoldedWords(folded, from, to, Infinity, CLAUSE_WORDS);
  const words: Word[] = [];
  for (let k = 0; k < read.starts.length; k++) {
    const start = read.starts[k];
    const word = wordAt(read, k);
    const owner = word.endsWith("'s");
    words.push({ text: owner ? word.slice(0, -2) : word, at: start, owner, kinWord: false });
  }
  return words;
}

/** One record for the clause being read, emptied for each clause. */
const CLAUSE_WORDS = emptyWords();

/** Marks the family words (looked up word by word, as KIN_PATTERN reads them); whether there is one. */
function markKin(words: Word[]): boolean {
  let any = false;
  for (let k = 0; k < words.length; k++) {
    words[k].kinWord = isKinText(words[k].text) && !NOT_KIN_NEXT.has(words[k + 1]?.text ?? '');
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


/** The way of being together starting at word i, with its end and head word, or null. */
function togetherAt(words: Word[], i: number, folded: string): { end: number; head: string } | null {
  const word = words[i];
  const prev = words[i - 1]?.text;
  // Contact arranged elsewhere, named only as what something else is for or about ("for Mum's family time", "about seeing his dad").
  const before = words[i - 1]?.owner ? words[i - 2]?.text : prev;
  if (before && REFERS_BEFORE.has(before)) return null;
  const pair = PAIRS.exec(folded.slice(word.at));
  if (pair && !/^family\s+time\s+(?:workers?|diary|records?|notes|logs?|room|centre|center|supervisors?|staff|team|service|officers?|coordinators?|reports?)\b/.test(folded.slice(word.at))) {
    return { end: word.at + pair[0].length, head: /video|phone|telephone|zoom|whatsapp|teams|skype|touch/.test(pair[0]) ? 'calls' : word.text };
  }
  const next = words[i + 1]?.text;
  const time = word.text === 'time' && !(prev && TIME_NOT_TOGETHER.has(prev)) ? TIME_WITH.exec(folded.slice(word.at)) : null;
  if (time) return time[1] === 'with' && !partyAfter(words, words.findIndex((w) => w.at >= word.at + time[0].length - 4), folded, true) ? null : { end: word.at + 4, head: word.text };
  const having = HAVE_CHILD.exec(folded.slice(word.at));
  if (having) return { end: word.at + having[1].length, head: 'have' };
  const outing = OUTING.exec(folded.slice(word.at));
  if (outing) {
    const partyEnd = partyAfter(words, words.findIndex((w) => w.at >= word.at + outing[0].length - 4), folded, false);
    return partyEnd ? { end: partyEnd, head: word.text } : null;
  }
  // A word that is both ("visits", "calls") is a noun after a determiner or an owner, or before the verb of its clause ("Sunday visits will …").
  const asNoun = TOGETHER_NOUNS.has(word.text) && (!TOGETHER_VERBS.has(word.text) || (prev !== undefined && (DETERMINER.has(prev) || NOUN_BEFORE.has(prev) || WORK_BEFORE.has(prev) || REFERS_BEFORE.has(prev) || words[i - 1].owner)) || (next !== undefined && VERB_AFTER_NOUN.has(next)));
  const asVerb = !asNoun && TOGETHER_VERBS.has(word.text) && !(prev !== undefined && (DETERMINER.has(prev) || NOUN_BEFORE.has(prev)));
  const end = word.at + word.text.length;
  if (asNoun) {
    if (prev && (WORK_BEFORE.has(prev) || REFERS_BEFORE.has(prev))) return null;
    if (word.text === 'contact' && next && CONTACT_THING.has(next)) return null;
    if (NEEDS_PARTY_AFTER.has(word.text) && !partyAfter(words, i, folded, true)) return null;
    return { end, head: word.text };
  }
  if (!asVerb) return null;
  // A call or letter names who it is to; seeing or visiting may end the clause or go on to when ("Nan will visit on Sundays").
  const partyEnd = partyAfter(words, i, folded, !REMOTE_VERB.test(word.text) && !NEEDS_PARTY_AFTER.has(word.text));
  if (partyEnd) return { end: partyEnd, head: word.text };
  if (REMOTE_VERB.test(word.text) || NEEDS_PARTY_AFTER.has(word.text)) return null;
  return next === undefined || /^(?:on|every|each|when|whenever|once|more|regularly|sometimes|again|at|in|over|during|after|before)$/.test(next) ? { end, head: word.text } : null;
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
  return CHILD_NOUNS.has(party) || isKinText(party) || (pronouns && /^(?:him|them|each)$/.test(party)) ? partyEnd : 0;
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
  return words.some((w, k) => k !== i && w.at < topicAt && isChildEvidence(text, folded, words, k, i)) || (kinAt >= 0 && ownsTheWord(words, kinAt, i));
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
