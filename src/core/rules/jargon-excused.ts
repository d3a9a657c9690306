import { EVERYDAY_CAPITALS, TITLES_BEFORE_A_NAME } from '../lexicon/acronyms';
import type { JargonEntry } from '../lexicon/jargon-entry';
import { definedBy, pastAcronym } from './jargon-defined';

// When a lexicon term found in a line is not jargon there: a name, a label, a role, or already explained.

/**
 * "Core Group" is jargon; "Multi-Agency Safeguarding Hub" is the name of a service. The word
 * before is looked at only when the answer still depends on it (its pattern is the costly one).
 */
function insideProperName(text: string, start: number, end: number): boolean {
  const after = /^\s+[A-Z]/.test(text.slice(end, end + 40));
  const first = text.charCodeAt(start);
  const matchedCapitalised = start < end && first >= 65 && first <= 90;
  const sentenceStart = start === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, start - 3), start));
  return matchedCapitalised && !sentenceStart ? after || nameBefore(text, start) : after && nameBefore(text, start);
}

/** Inside brackets that follow a capitalised word (a person's or a service's name): "Leanne Ross (early help worker)". */
function inRoleAfterName(text: string, start: number): boolean {
  const open = text.lastIndexOf('(', start);
  if (open < 0 || start - open > 40 || text.lastIndexOf(')', start) > open) return false;
  return /[A-Z][\p{L}'-]*\s*$/u.test(text.slice(Math.max(0, open - 30), open));
}

/** A capitalised word other than "The", "In"... just before `start`. */
function nameBefore(text: string, start: number): boolean {
  const before = /([A-Z][\p{L}'-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return !!before && !/^(The|A|An|At|In|On|Our|Your|Their|Each|Every|If|When|To|And|With)$/.test(before[1]);
}

/** An explanation after the term: ", which means…", " – a list of…", " means…", "section 20 of the Children Act 1989, the law that…", "of how Kim cares for Alfie", "(CCE): adults are using him…". */
const EXPLAINED_AFTER = /^(?:\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){1,4}\d{4})?,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:that|which|who|where|when)\s|^\s*(?:,\s*)?(?:which|that)\s+(?:is|means|are)\s+(?:a|an|the|when|where|how|what)\b|^\s+[-\u2013\u2014:]\s+(?:a|an|the|this|that|when|where|what|how)\s|^\s+(?:means|is\s+when|is\s+where|is\s+what)\b|^\s+of\s+(?:how|whether|what)\s|^\s*:\s+(?:[A-Za-z'-]+\s+){1,2}(?:are|is|were|was|have|has)\s/;

/** A label that is the term alone, with at most a number or a reference ("Core group", "55120 / core group 2"): it names a part of the form. */
function isBareLabel(text: string, start: number, end: number): boolean {
  return text.length <= 60 && /^[\d\s/.:()#-]*$/.test(text.slice(0, start)) && /^[\d\s/.:()#-]*$/.test(text.slice(end));
}

/** The term names a court order or a payment the family holds ("special guardianship order", "special guardianship allowance"). */
const ORDER_AFTER = /^\s+(?:orders?|allowances?)\b/i;

/** A role straight after the term makes it part of a job title ("family liaison officer", "early help practitioner"). */
const ROLE_AFTER = /^\s+(?:officers?|workers?|leads?|co-?ordinators?|practitioners?|managers?|nurses?|midwi(?:fe|ves)|mentors?|advis[eo]rs?|chairs?)\b/i;

/** Explained in brackets straight after ("oral fluid (mouth swab) test", "core group (a meeting of …)"), not an acronym. */
const BRACKETED_AFTER = /^\s*\((?!\s*[A-Z]{2,}\s*\))(?:[^)]{12,}|\s*[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)+\s*)\)/;
/** A scale or a definition in brackets a few words on: "a scaling question at each meeting (0 = not safe, 10 = safe)". */
const BRACKETED_NEARBY = /^(?:\s+[\p{L}'-]+){1,3}\s*\((?:[^)]*\s=\s|\s*(?:a|an|meaning|which\s+is|this\s+is)\s)[^)]{8,}\)/u;

/** Who someone is, in a list of people: a title and a name, or a first name and a surname. */
const PERSON_ITEM = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Nurse|PC|DC)\.?\s+(?:and\s+(?:Mr|Mrs|Ms)\.?\s+)?[A-Z]|[A-Z][\p{Ll}'\u2019-]+(?:\s+[A-Z][\p{Ll}'\u2019-]+)?\s*(?:\(|$))/u;
/** How far either side of the term a list of people is read. */
const LIST_WINDOW = 240;
/** Between the items of a list: commas, semicolons, and "and" before a name. */
const LIST_SEPARATOR = /[;,]|\band\s+(?=[A-Z])/;
/** A word that makes the segment a sentence about people rather than a list of them. */
const LIST_VERB = /\b(?:will|would|can|could|must|should|is|are|was|were|has|have|had|did|does|agreed?|need|needs)\b/;

/**
 * A list of people ("Copies to: Kim Ray; Dan Ray; core group members", "Carl Dobbs, Family Support Worker; Sue
 * Hart, school nurse"): each item says who someone is or who gets the agreement, as a role after a name does.
 * The list runs from the last colon or sentence end before the term to the next one after it.
 */
function inListOfPeople(text: string, start: number, end: number): boolean {
  // The list is read within a window around the term: a long paragraph is not rescanned for every term in it.
  const windowStart = Math.max(0, start - LIST_WINDOW);
  const before = text.slice(windowStart, start);
  const after = text.slice(end, end + LIST_WINDOW);
  const opening = Math.max(before.lastIndexOf(':'), before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const closing = after.search(/[.:\n](?:\s|$)/);
  const ownBefore = before.slice(opening);
  const ownAfter = closing < 0 ? after : after.slice(0, closing);
  // Two separators at least, and no verb: "Mum, Dad and the core group will meet" is a sentence.
  if ((ownBefore + ownAfter).split(/[;,]/).length < 3) return false;
  const segment = ownBefore + text.slice(start, end) + ownAfter;
  if (LIST_VERB.test(segment)) return false;
  const items = segment.split(LIST_SEPARATOR);
  if (items.filter((item) => PERSON_ITEM.test(item)).length < 2) return false;
  // The term's own item is short, a role or a group ("core group members"), not a task that names people.
  const own = ownBefore.split(LIST_SEPARATOR).pop()! + text.slice(start, end) + ownAfter.split(/[;,]/)[0];
  return own.trim().split(/\s+/).length <= 5;
}

/** A Title-Cased service named as a place to go, with no article: "Engage with Early Help", "referred to Family Support". */
function namedServiceAfterPreposition(text: string, start: number, end: number): boolean {
  if (!/^(?:[A-Z][\p{Ll}'-]*[\s-]+)*[A-Z][\p{Ll}'-]*$/u.test(text.slice(start, end))) return false;
  if (/^\s*\d/.test(text.slice(end, end + 4))) return false;
  return /\b(?:with|to|from|by|through|via)\s+$/.test(text.slice(Math.max(0, start - 10), start));
}

/** Capitals said as letters ("CAMHS", "TAC"), not everyday ones (GP, NHS) or titles (PC, DC). */
const CAPITALS_WORD = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}s?(?![\p{L}\p{N}])/gu;

/** The line holding the term has an abbreviation a parent would need spelled out. */
function acronymOnLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const [word] of line.matchAll(CAPITALS_WORD)) {
    if (!EVERYDAY_CAPITALS.has(word) && !TITLES_BEFORE_A_NAME.has(word)) return true;
  }
  return false;
}

/** A role with the person's name straight after it: "her independent visitor, Jan," says who someone is. */
const NAME_IN_APPOSITION = /^,\s+[A-Z][\p{Ll}'\u2019-]+(?:\s+[A-Z][\p{Ll}'\u2019-]+)?\s*(?:[,;.)]|$)/u;
const OWNER_BEFORE = /\b(?:his|her|their|your|my|our)\s+$/i;
/** A kind of thing after a title-cased term: "the Step Up programme" is the name a family knows a programme by. */
const NAMED_KIND_AFTER = /^\s+(?:programmes?|program|course|project|scheme|club)\b/;
const TITLE_CASED = /^[A-Z][\p{Ll}'\u2019]*(?:[\s-]+[A-Z][\p{Ll}'\u2019]*)*$/u;

/** A team, service or scheme written as its own name ("Family Safeguarding Team", "Ashcombe Early Help Hub", "the Domestic Violence Disclosure Scheme"), not as a common noun. */
const OWN_TEAM_NAME = /(?:Team|Service|Hub|Unit|Scheme|Programme)$/;

/** The term is a name here: a role followed by the person's name, a programme's title or a team's own name. */
function namesSomeoneOrSomething(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (NAME_IN_APPOSITION.test(after) && OWNER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  const term = text.slice(start, end);
  return TITLE_CASED.test(term) && (NAMED_KIND_AFTER.test(after) || OWN_TEAM_NAME.test(term));
}

/** Capitals ("MASH", "PLO") that the paragraph spells out, with them in brackets after the words. */
function spelledOutInParagraph(text: string, start: number, end: number): boolean {
  const term = text.slice(start, end);
  return /^[A-Z]{2,}$/.test(term) && text.includes(`(${term})`);
}

/**
 * The term found is something else here: a name, a label, a role, or already explained. A meeting with its time and
 * place is not excused: knowing when a core group is does not tell a parent what it is (issue 11's definition).
 */
export function isExcused(text: string, start: number, end: number, entry: JargonEntry): boolean {
  if (insideProperName(text, start, end) || isBareLabel(text, start, end) || namesSomeoneOrSomething(text, start, end)) return true;
  // "Leanne Ross (early help worker)": a role in brackets after a name says who someone is.
  if (inRoleAfterName(text, start)) return true;
  // "the elective home education (EHE) officer": an abbreviation in brackets only names the term.
  const after = pastAcronym(text.slice(end, end + 200));
  // "under a special guardianship order": a court order's name is the one on the family's papers.
  if (ORDER_AFTER.test(after) || ROLE_AFTER.test(after) || definedBy(after)) return true;
  if (entry.writtenAs && !entry.writtenAs.test(text.slice(start, end))) return true;
  // "The Multi-Agency Safeguarding Hub (MASH) … MASH passed it on": capitals read as the words spelled out.
  if (spelledOutInParagraph(text, start, end)) return true;
  if (entry.notBefore?.test(text.slice(end, end + 40))) return true;
  if (entry.notAfter?.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "we will seek an emergency protection order", not "Leo lives with Nan under a care order".
  if (entry.onlyAfter && !entry.onlyAfter.test(text.slice(Math.max(0, start - 80), start))) return true;
  // Already explained straight after: "core group (a meeting of ...)", "chronology, which is a
  // list of...", "genogram – a family tree", "pre-proceedings means...".
  if (BRACKETED_AFTER.test(after) || BRACKETED_NEARBY.test(after) || EXPLAINED_AFTER.test(after)) return true;
  if (entry.plainBesideAcronym && acronymOnLine(text, start)) return true;
  return namedServiceAfterPreposition(text, start, end) || inListOfPeople(text, start, end);
}
