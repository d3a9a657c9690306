// What only the whole agreement shows about a victim-responsibility finding: that the "other adult"
// is one of the children or a worker the agreement introduces, that the "I" asked is a child or a
// grandparent writing their own plan (he is someone else's partner), or that her call to the police
// sits among the safety steps she chose with support. Such findings are dropped, as is her being
// kept from him ("Natalie will not have any contact with Steven") unless the agreement says he
// harmed her: the same words are his own task when she is the one he harmed. Soothing or giving way
// to someone named ("keep Piotr calm", "not say no to Kai") and reporting his breach of his own
// rules are kept only where the agreement shows who he is (her partner, or the one who harms her,
// a teenager included); a child named is kept only when the agreement says that child harms her.
import type { DocumentView } from '../document-view';
import type { Finding } from '../model';
import { professionalNames } from '../people';
import { CHOSEN_STEP, isNotAName, NO_CONTACT_EXCERPT, WITH_SUPPORT } from './victim-relations';
import { agreementSaysHeHarmedHer, HARM, HARM_RECORDED } from './victim-harm';
import { CARER_NAMED, carersIn, childrenIn, NO_NAMES } from './victim-people';

/** A capitalised word in a finding: the other adult when he is named. */
const CAPITALISED_WORD = /\b[A-Z][\p{Ll}'\u2019-]+/gu;
/** The other adult by role or pronoun: the finding is about an adult whoever else it names. */
const ADULT_WORD = /\b(?:him|he|partner|ex-partner|boyfriend|husband|father|dad|stepdad|stepfather|mr|mrs|ms|miss)\b/i;
/** Words written with a capital that are not people (one list with victim-relations.ts's). */
const NOT_PEOPLE = { test: (word: string): boolean => isNotAName(word.toLowerCase()) };
/** The "I" of the plan is not his partner: he is "Mum's old boyfriend", or the writer is "I, Margaret Ellison (grandmother)". */
const SPEAKER_NOT_PARTNER = /\b(?:mum|mother|mummy|dad|father)'s\s+(?:old\s+|new\s+|former\s+|ex-?\s*)?(?:partner|boyfriend|girlfriend|husband|wife)\b|\bi,\s+[^,(]{2,40}\((?:[^)]*\b)?(?:grand\w*|nan|nana|gran|aunt\w*|uncle|great-\w+)\b/;
/** The asked party is "I". */
const FIRST_PERSON = /(?:^|[\s,;:])i\s+(?:will|'ll|am|must|agree|might|may|would|could|can|have)\b/;
const TO_POLICE = /\b(?:police|999|101)\b/;
const A_WORKER = /\b(?:social\s+worker|worker|tell|inform)\b/;

/**
 * Who is asked: the last name before an obligation in the finding's line ("Ray will end the visit …");
 * null for a bare instruction, which the label above answers (see askedInLabelAbove).
 */
function askedInLine(finding: Finding, text: string): string | undefined | null {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const upTo = text.slice(lineStart, finding.end);
  let last: string | undefined;
  NAME_ASKED.lastIndex = 0;
  for (let m = NAME_ASKED.exec(upTo); m; m = NAME_ASKED.exec(upTo)) last = m[1];
  if (last || text.slice(lineStart, finding.start).trim()) return last?.toLowerCase();
  return null;
}

/** The finding's line opens with a condition, so the one asked is the main clause's subject, not the line's own. */
function afterCondition(finding: Finding, text: string): boolean {
  return /^\W*(?:if|when|whenever|should)\s/i.test(text.slice(text.lastIndexOf('\n', finding.start - 1) + 1, finding.start));
}

/** For a bare instruction, the first name in the label above it ("What Ray will do"). */
function askedInLabelAbove(paragraph: number, view: DocumentView): string | undefined {
  for (let k = paragraph - 1; k >= Math.max(0, paragraph - 12); k--) {
    if (!view.roles[k]?.labelOnly) continue;
    const label = view.texts[k];
    const first = (label.match(CAPITALISED_WORD) ?? []).find((w) => !NOT_PEOPLE.test(w));
    const name = first?.replace(/['\u2019]s$/, '');
    if (!first || name === first) return first?.toLowerCase();
    // "Leo's own plan" is Leo's; "What Leo's mum will do" is his mum's.
    return (POSSESSED_ROLE.exec(label.slice(label.indexOf(first) + name!.length))?.[1] ?? name!).toLowerCase();
  }
  return undefined;
}

/** A family word after a possessive in a label: "'s mum", "'s grandparents". */
const POSSESSED_ROLE = /^['\u2019]s\s+(mum|mummy|mother|dad|daddy|father|nan|nana|gran|granny|grandma|grandad|grandparents?|parents?|carers?|partner)\b/i;

/** A name and the obligation after it: who is asked ("Ray will end …", "Leanne has agreed …"). */
const NAME_ASKED = /([A-Z][\p{Ll}'\u2019-]+)(?:\s+[A-Z][\p{Ll}'\u2019-]+)?\s+(?:will|must|should|shall|is to|is not to|has agreed|agrees|needs to|has to)\b/gu;

/** Managing someone's behaviour: said of a child, parenting. */
const PARENTING = /\b(?:manage|managing|control|controlling|handle|handling)\s+[\p{L}'\u2019-]+\s+behaviou?r\b/iu;

/** Harm between adults as what the children are kept from ("shield Kacey from any shouting"): the children named are its objects. */
const HARM_BETWEEN_ADULTS = /\b(?:abuse|violence|conflict|arguments?|fighting|fights|rows|shouting|aggression|disputes?|tension|incidents?)\b/i;
/** Whom she is to tell or ring (a worker), or take with her (a child): never the other adult. */
const TOLD = /\b(?:take|bring|tell|inform|ring|phone|email|alert|show\s+\S+\s+to|report\s+(?:it\s+|this\s+|that\s+)?to)\s+[A-Z][\p{Ll}'\u2019-]+|\blet\s+[A-Z][\p{Ll}'\u2019-]+(?=\s+know\b)/gu;
/** The people a finding names (lower case); none when it is about an adult by role or pronoun, whoever else it names. */
function namedPeople(excerpt: string): readonly string[] {
  if (ADULT_WORD.test(excerpt) || HARM_BETWEEN_ADULTS.test(excerpt)) return NO_NAMES;
  // "If Jade takes Kacey back …": the one after "if" is the parent whose act it is, not the other adult;
  // a worker she is to tell ("must tell Owen the same day") or a child she takes is not him either.
  return namesIn(excerpt.replace(/^(?:if|should)\s+\S+/i, '').replace(TOLD, ' '));
}

/** The people an excerpt names by a capitalised name, after its first character (lower case). */
function namesIn(excerpt: string): readonly string[] {
  // ("Isaac's behaviour" names Isaac.)
  return (excerpt.slice(1).match(CAPITALISED_WORD) ?? []).filter((w) => !NOT_PEOPLE.test(w)).map((w) => w.toLowerCase().replace(/['\u2019]s$/, ''));
}

/** The finding names people, and every one of them is a child or a worker of this agreement. */
function namesOnlyChildrenOrWorkers(names: readonly string[], known: () => { children: ReadonlySet<string>; workers: ReadonlySet<string> }): boolean {
  if (names.length === 0) return false;
  const { children, workers } = known();
  return names.every((name) => children.has(name) || workers.has(name));
}

/** Her call to the police in a cell or paragraph that also holds a safety step she chose with support. */
function policeInHerChosenPlan(finding: Finding, view: DocumentView): boolean {
  if (!TO_POLICE.test(finding.excerpt) || A_WORKER.test(finding.excerpt)) return false;
  const lines = view.folded[finding.paragraph].split('\n');
  return lines.length > 1 && lines.some((line) => CHOSEN_STEP.test(line) && WITH_SUPPORT.test(line));
}

/** What a finding and its own paragraph say, whatever the rest of the agreement says. */
interface OwnReading {
  named: readonly string[];
  policeInHerChosenPlan: boolean;
  askedInLine: string | undefined | null;
  firstPerson: boolean;
  /** The man she is kept from, named in the finding. */
  keptFrom: string | null;
  /** The man whose presence the finding is about. */
  present: string | null;
  /** Her relationship, his time or his change put on her: the class only where the agreement speaks of harm. */
  onlyWhereHarmNamed: boolean;
  /** The names of those she is asked to soothe or give way to, where the finding names no adult by role. */
  soothed: readonly string[];
  blamedWithoutHim: readonly string[] | null;
  afterCondition: boolean;
}

function readOwn(finding: Finding, view: DocumentView): OwnReading {
  const { excerpt } = finding;
  const text = view.texts[finding.paragraph];
  return {
    named: namedPeople(excerpt),
    policeInHerChosenPlan: policeInHerChosenPlan(finding, view),
    askedInLine: askedInLine(finding, view.texts[finding.paragraph]),
    firstPerson: FIRST_PERSON.test(view.folded[finding.paragraph]),
    keptFrom: keptFromIn(excerpt),
    present: presentIn(excerpt),
    onlyWhereHarmNamed: RELATIONSHIP_UNNAMED.test(excerpt) || ANSWERS_FOR_HIS_TIME.test(excerpt) || HIS_CHANGE.test(excerpt),
    soothed: SOOTHING.test(excerpt) && !ADULT_WORD.test(excerpt) && !HE_AFTER.test(text.slice(finding.end)) ? namesIn(excerpt) : NO_NAMES,
    blamedWithoutHim: blamedWithoutHim(finding, text),
    afterCondition: afterCondition(finding, text),
  };
}

/** Her answering for his time with the children ("ensure any contact between Aaron and the children is safe"): between parents apart with no abuse, it is an ordinary arrangement. */
const ANSWERS_FOR_HIS_TIME = /\b(?:ensure|make\s+(?:sure|certain)|see\s+to\s+it|see\s+that|check|manage|monitor|control|oversee|(?:responsible|accountable|responsibility)\s+for)\s+(?:that\s+)?(?:any\s+|all\s+(?:of\s+)?|every\s+|the\s+)?(?:[a-z'-]+'s\s+|his\s+)?(?:(?:phone|video|telephone)\s+)?(?:contact|visits?|calls?|family\s+time|time(?=\s+(?:with|between|that|[a-z'-]+\s+(?:has|spends?))\b))\b/i;
/** Her relationship ranked below the children without naming him: "prioritise the children over her relationship". */
const RELATIONSHIP_UNNAMED = /\b(?:before|over|above|ahead\s+of)\s+(?:her|his|their|your|my)\s+(?:relationship|feelings)\b/i;
/** His own change put on her ("persuade Jason to stop drinking"): between parents with no abuse recorded, ordinary encouragement. */
const HIS_CHANGE = /^\S+(?:\s+\S+){0,3}?\s+(?:persuade|encourage|convince|push|pressure)\b/i;

/** Her being kept from a man named in the finding, when the agreement does not say he harmed her. */
function keptFromOneSheHarmedOrUnknown(finding: Finding, own: OwnReading, view: DocumentView): boolean {
  const kept = own.keptFrom;
  if (kept === null) return false;
  // (A bare instruction with no name above it, as in a letter, asks "you".)
  const asked = (own.askedInLine === null ? askedInLabelAbove(finding.paragraph, view) ?? 'you' : own.askedInLine)?.replace(/[^\p{L}-]/gu, '');
  return !asked || !agreementSaysHeHarmedHer(view, asked, kept);
}

/** The man she is kept from, as the finding names him ("will not have any contact with Steven"), if it does. */
function keptFromIn(excerpt: string): string | null {
  const kept = NO_CONTACT_EXCERPT.exec(excerpt.toLowerCase().replace(/\u2019/g, "'"));
  return kept && /^[a-z][a-z-]*$/.test(kept[1]) && !isNotAName(kept[1]) ? kept[1] : null;
}

/** A finding that is his presence after "if" with nobody's act named: "If Aaron is found at the house". */
const HIS_PRESENCE = /^(?:if|should)\s+([a-z][a-z'-]*)\s+(?:is|are|was|has\s+been|be)\s+(?:found|seen|spotted|discovered|living|staying|sleeping|present|there|at|in|inside)\b/;
/** A role that is not a partner's, next to his name: "his dad's friend Lee", "Marcus, the lodger". */
const OTHER_ROLE = '(?:friend|mate|lodger|neighbour|landlord|flatmate|uncle|brother|cousin|nephew|son|grandad|grandfather)';
/** A tie of partnership or abuse between him and a parent, said anywhere. */
const PARTNER_OR_HARM = /\b(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|ex|relationship|domestic|married|separated|da|dv|non-mol\w*|marac|idva|refuge)\b/;

/**
 * His presence answers his own breach, not hers, when the agreement asks him himself to stay away
 * ("Aaron will not stay overnight"), and is not about abuse between partners when the agreement
 * names him by another role ("his dad's friend Lee") and nothing ties him to a parent as partner or abuser.
 */
function presenceNotHers(him: string | null, view: DocumentView): boolean {
  if (him === null) return false;
  const { folded } = view;
  let patterns: ReturnType<typeof presencePatterns> | undefined;
  // (Each is a scan of the paragraphs naming him, kept between runs: after an edit only the edited paragraph is read again.)
  const anyNaming = (kind: 'own-task' | 'partnered' | 'other-role') =>
    view.scans.firstIndex(`presence-${kind}:${him}`, folded.length, (i) => {
      const text = folded[i];
      if (!text.includes(him)) return false;
      const p = (patterns ??= presencePatterns(him));
      if (!p.tied.test(text)) return false;
      return kind === 'own-task' ? p.ownTask.test(text) : kind === 'partnered' ? PARTNER_OR_HARM.test(text) || HARM.test(text) : p.otherRole.test(text);
    }) >= 0;
  if (anyNaming('own-task')) return true;
  return anyNaming('other-role') && !anyNaming('partnered');
}

function presencePatterns(him: string): { ownTask: RegExp; tied: RegExp; otherRole: RegExp } {
  return {
    ownTask: new RegExp(`\\b${him}(?:\\s+[a-z'-]+)?\\s+(?:will|must|should|is\\s+to|agrees\\s+to|has\\s+agreed\\s+to)\\s+(?:not|never)\\s+(?:stay|come|go|visit|be|live|sleep|move|enter|return|spend)\\b`),
    tied: new RegExp(`\\b${him}\\b`),
    otherRole: new RegExp(`\\b${OTHER_ROLE}\\s+${him}\\b|\\b${him}(?:\\s+[a-z'-]+)?\\s*[,(]\\s*(?:(?:the|a|[a-z]+'s)\\s+)?${OTHER_ROLE}\\b`),
  };
}

/** The man whose presence the finding is about ("If Aaron is found at the house"), if it is. */
function presentIn(excerpt: string): string | null {
  const presence = HIS_PRESENCE.exec(excerpt.toLowerCase());
  return presence && !isNotAName(presence[1]) ? presence[1] : null;
}

/** Soothing or giving way to someone, as a finding: "keep Piotr calm", "not say no to Kai", "avoid arguments with Dean". */
const SOOTHING = /\bkeep\s+[\p{L}'-]+\s+(?:calm|sober|happy|sweet|settled|placated)\b|\b(?:avoid|not|never)\s+(?:to\s+)?(?:(?:start|get\s+into|pick|have|any)\s+)*(?:argu\w*|rows?|rowing|conflict|confrontations?|disagreements?|fights?|fighting|upset\w*|provok\w*|annoy\w*|anger\w*|wind\w*|challeng\w*|cross\w*|say\s+no|refuse|contradict|criticis\w*|nag)\b/iu;
/** His breach of rules of his own ("if Wayne breaks any of his licence conditions"). */
const HIS_BREACH = /\bbreaks?\s+(?:[a-z']+\s+){0,4}?(?:rules?|conditions?|plan|agreement|bail|licence|order|curfew)\b/i;
/** The line itself says the one soothed is a man: "keep Tom happy so that he doesn't get angry". */
const HE_AFTER = /^[^.;]{0,40}?\b(?:when|whenever|while|if|so|around)\s+(?:that\s+)?(?:he|his)\b/i;
/** Someone introduced as a parent's partner or the children's father: "Piotr Kowalski (father)", "Dean, Jade's partner". */
const PARTNER_ROLE = '(?:father|dad|partner|ex-partner|husband|boyfriend|stepdad|stepfather)';

/** Whether the agreement says `name` harmed the one asked, or introduces `name` as a partner or father (one scan per name and run). */
function knownToHarmOrPartner(name: string, asked: string | undefined, view: DocumentView): boolean {
  if (asked && agreementSaysHeHarmedHer(view, asked, name)) return true;
  const introduced = new RegExp(`\\b${name}(?:\\s+[a-z'-]+)?\\s*(?:\\((?:[^)]*\\b)?|,\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+|[a-z]+'s\\s+)?(?:children's\\s+|child's\\s+)?)${PARTNER_ROLE}\\b`);
  return view.scans.firstIndex(`partner:${name}`, view.folded.length, (i) => view.folded[i].includes(name) && introduced.test(view.folded[i])) >= 0;
}

/** Blame for failing to protect, in a sentence naming no adult (only a child, if anyone) and no harm between adults ("any breach of this agreement will be treated as a failure to protect"). */
const BLAMED = /\b(?:fail\w*|unable|cannot|can't|not\s+able)\s+to\s+protect\b/i;
const HIM_OR_HARM = /\b(?:him|he|his|partner|ex-partner|boyfriend|husband|mr|ms|found|turns?\s+up|abuse|violence|violent|incidents?|assault\w*|relationship)\b/i;
/** The people named in a sentence of blame naming no harm and no other adult by role (lower case; the review drops it if none is an adult), or null. */
function blamedWithoutHim(finding: Finding, text: string): readonly string[] | null {
  if (!BLAMED.test(finding.excerpt)) return null;
  const start = Math.max(text.lastIndexOf('. ', finding.start), text.lastIndexOf('\n', finding.start)) + 1;
  const stop = text.indexOf('. ', finding.end);
  const sentence = text.slice(start, stop < 0 ? text.length : stop);
  if (HIM_OR_HARM.test(sentence)) return null;
  // A name other than the sentence's first word (its opening capital) names someone: an adult, unless the agreement introduces a child by it ("fail to protect Poppy").
  return namesIn(sentence.trimStart());
}

/** Drops the findings the whole agreement shows are not the class (see the top of this module). */
export function reviewVictimFindings(findings: Finding[], view: DocumentView, ruleId: string): void {
  if (!findings.some((f) => f.ruleId === ruleId)) return;
  const { texts, folded } = view;
  let people: { children: ReadonlySet<string>; workers: ReadonlySet<string> } | undefined;
  const known = () => (people ??= { children: view.scans.nameSet('children', texts.length, (i) => childrenIn(texts[i])), workers: professionalNames(view) });
  let carers: ReadonlySet<string> | undefined;
  let speakerNotPartner: boolean | undefined;
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== ruleId) continue;
    const own = view.scans.ofFinding('victim-own', finding, () => readOwn(finding, view));
    // "I" is whoever the label above names ("What Shelley agrees to").
    const asked = own.askedInLine === null || (own.askedInLine === undefined && own.firstPerson) ? askedInLabelAbove(finding.paragraph, view) : own.askedInLine;
    // A child named is not the class, unless the agreement says that child harms the one asked (violence from a teenager).
    // (Managing a child's behaviour is parenting, even when the child hurts her.)
    const onlyChildren = namesOnlyChildrenOrWorkers(own.named, known) && (PARENTING.test(finding.excerpt) || !own.named.some((name) => !!asked && agreementSaysHeHarmedHer(view, asked, name)));
    // Soothing someone named by name only is the class when the agreement shows who he is: her partner, or the one who harms her.
    const soothingUnknown = own.soothed.length > 0 && !own.soothed.some((name) => knownToHarmOrPartner(name, asked, view));
    // Reporting his breach of his own rules is hers only where he harms her: not a mother told to report a father who is a risk to the children.
    // (A worker the agreement introduces, "Martin will tell Lucy if Wayne breaks …", is never the one he harms.)
    const hisRulesOnly = HIS_BREACH.test(finding.excerpt) && own.named.length > 0 && (!asked || known().workers.has(asked) || !own.named.some((name) => agreementSaysHeHarmedHer(view, asked, name)));
    const blamedOnlyChildren = !!own.blamedWithoutHim && own.blamedWithoutHim.every((name) => known().children.has(name));
    let drop = onlyChildren || soothingUnknown || hisRulesOnly || own.policeInHerChosenPlan || keptFromOneSheHarmedOrUnknown(finding, own, view) || presenceNotHers(own.present, view) || blamedOnlyChildren;
    if (!drop) {
      // A grandparent caring for the children; after a condition, a worker the agreement introduces by role ("If Shane turns up, Dev will end the visit").
      drop = !!asked && (CARER_NAMED.test(asked) || (carers ??= view.scans.nameSet('carers', texts.length, (i) => carersIn(texts[i]))).has(asked) || (own.afterCondition && known().workers.has(asked)));
    }
    // "Her relationship" is the abuser's only where the agreement speaks of harm at all.
    if (!drop && own.onlyWhereHarmNamed) drop = view.scans.firstIndex('harm-named', folded.length, (i) => HARM_RECORDED.test(folded[i])) < 0;
    if (!drop && own.firstPerson) {
      speakerNotPartner ??= view.scans.firstIndex('speaker-not-partner', folded.length, (i) => SPEAKER_NOT_PARTNER.test(folded[i])) >= 0;
      // (…or the "I" is a child writing their own plan: "Leo's own plan".)
      drop = speakerNotPartner || (!!asked && known().children.has(asked));
    }
    if (drop) findings.splice(k, 1);
  }
}
