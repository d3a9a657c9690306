import { JARGON } from '../lexicon/jargon';
import { PLAIN_ENGLISH } from '../guidance';
import type { ParagraphRule, RawFinding } from '../rule';
import { termSearch, type TermMatch } from '../term-search';
import { escapeRegExp } from '../text';
import type { Profile } from '../profiles';

type Entry = (typeof JARGON)[number];
interface Lexicon {
  entryByTerm: Map<string, Entry>;
  nextTerm: ReturnType<typeof termSearch>;
}

// One compiled pattern for the whole lexicon (longest phrases first), not a regex per word:
// the live pane re-runs this on every edited paragraph.
function compile(entries: readonly Entry[]): Lexicon {
  const entryByTerm = new Map<string, Entry>();
  const alternatives: string[] = [];
  for (const entry of entries) {
    for (const term of entry.terms) {
      if (!entryByTerm.has(term)) alternatives.push(escapeRegExp(term).replace(/\\-|\s+/g, '[\\s-]+'));
      entryByTerm.set(term, entry);
    }
  }
  alternatives.sort((a, b) => b.length - a.length);
  // The next term at or after a position, as a global search for the whole list with Unicode
  // lookarounds finds it (see term-search.ts for why it is not that one regex): no letter or
  // digit touches either end.
  const nextTerm = termSearch(alternatives, /[\p{L}\p{N}]/u);
  return { entryByTerm, nextTerm };
}

const BUILT_IN = compile(JARGON);
// A council policy's additions and removals give it its own lexicon, compiled once per profile.
const byProfile = new WeakMap<Profile, Lexicon>();

function lexiconFor(profile: Profile | undefined): Lexicon {
  if (!profile || (!profile.jargonAdd?.length && !profile.jargonRemove?.length)) return BUILT_IN;
  let lexicon = byProfile.get(profile);
  if (!lexicon) {
    // Removing a term allows its whole entry ("core group" with "core groups"); a council's own
    // entries come last, so they win where they repeat a built-in term.
    const removed = new Set(profile.jargonRemove);
    lexicon = compile([...JARGON.filter((entry) => !entry.terms.some((term) => removed.has(term))), ...(profile.jargonAdd ?? [])]);
    byProfile.set(profile, lexicon);
  }
  return lexicon;
}

/** Separators other than single plain spaces: only then is there anything to normalise. */
const ODD_SEPARATOR = /[^\S ]| {2}|-/;

function normaliseTerm(matched: string): string {
  if (!ODD_SEPARATOR.test(matched)) return matched;
  return matched.replace(/[\s-]+/g, (sep) => (sep.includes('-') && !/\s/.test(sep) ? '-' : ' '));
}

function lookUp(entryByTerm: Map<string, Entry>, matched: string) {
  const key = normaliseTerm(matched);
  return entryByTerm.get(key) ?? entryByTerm.get(key.replace(/-/g, ' ')) ?? entryByTerm.get(key.replace(/ /g, '-'));
}

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

/** An explanation that follows the term: ", which means…", " – a list of…", " means…", "section 20 of the Children Act 1989, the law that…". */
const EXPLAINED_AFTER = /^(?:\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){1,4}\d{4})?,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?(?:that|which|who|where|when)\s|^\s*(?:,\s*)?(?:which|that)\s+(?:is|means|are)\s+(?:a|an|the|when|where|how|what)\b|^\s+[-\u2013\u2014:]\s+(?:a|an|the|this|that|when|where|what|how)\s|^\s+(?:means|is\s+when|is\s+where|is\s+what)\b/;

/** A clock time, a date with its month, or a weekday every week. */
const EVENT_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bevery\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** A named place ("at Westholme Children's Centre", "in Room 4", "at the Lifeline clinic") or the family's home ("a home visit"). */
const EVENT_PLACE = /\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][a-z][\p{L}'\u2019-]*|Room\s+\d+)|\bat\s+(?:the\s+family\s+home|your\s+home|home|the\s+ward|the\s+hospital)\b|\bhome\s+visits?\b/u;

/** The sentence holding the term says when (a time or a date) and where (a named place): the family is invited to it. */
function isInvitation(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, text.lastIndexOf('\n', start) + 1, 0);
  const stop = text.indexOf('. ', end);
  const sentence = text.slice(from, stop < 0 ? text.length : stop);
  return EVENT_TIME.test(sentence) && EVENT_PLACE.test(sentence);
}

/** A label that is the term alone, with at most a number or a reference ("Core group", "55120 / core group 2"): it names a part of the form. */
function isBareLabel(text: string, start: number, end: number): boolean {
  return text.length <= 60 && /^[\d\s/.:()#-]*$/.test(text.slice(0, start)) && /^[\d\s/.:()#-]*$/.test(text.slice(end));
}

/** The term names a court order ("special guardianship order", "placement order"). */
const ORDER_AFTER = /^\s+orders?\b/i;

export const jargonRule: ParagraphRule = {
  id: 'jargon',
  scope: 'paragraph',
  category: 'jargon',
  severity: 'warning',
  description: 'Professional jargon a family may not understand, with everyday words to use instead.',
  source: PLAIN_ENGLISH,
  messages: {
    jargon: '"{{phrase}}" is professional jargon. Use everyday words the family would use.',
    jargonWithNote: '"{{phrase}}" is professional jargon. Use everyday words the family would use; {{note}}.',
  },
  check({ text, folded, profile }) {
    const { nextTerm, entryByTerm } = lexiconFor(profile);
    const findings: RawFinding[] = [];
    let match: TermMatch | null;
    let from = 0;
    while ((match = nextTerm(folded, from))) {
      const start = match.index;
      const end = start + match.text.length;
      from = end;
      const entry = lookUp(entryByTerm, match.text);
      if (!entry) continue;
      if (insideProperName(text, start, end)) continue;
      if (isBareLabel(text, start, end)) continue;
      // "Leanne Ross (early help worker)": a role in brackets after a name says who someone is.
      if (inRoleAfterName(text, start)) continue;
      // "under a special guardianship order": a court order's name is the one on the family's papers.
      if (ORDER_AFTER.test(text.slice(end, end + 8))) continue;
      if (entry.notBefore?.test(text.slice(end, end + 40))) continue;
      if (entry.notAfter?.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "we will seek an emergency protection order", not "Leo lives with Nan under a care order".
      if (entry.onlyAfter && !entry.onlyAfter.test(text.slice(Math.max(0, start - 80), start))) continue;
      // "the core group on 8 January 2027 at 2pm at Westholme Children's Centre": an event the family is invited to.
      if (entry.event && isInvitation(text, start, end)) continue;
      // Already explained straight after: "core group (a meeting of ...)", "chronology, which is a
      // list of...", "genogram – a family tree", "pre-proceedings means...".
      const after = text.slice(end, end + 200);
      if (/^\s*\((?!\s*[A-Z]{2,}\s*\))[^)]{12,}\)/.test(after) || EXPLAINED_AFTER.test(after)) continue;
      const phrase = text.slice(start, end);
      findings.push(
        entry.note
          ? { start, end, messageId: 'jargonWithNote', data: { phrase, note: entry.note }, suggestions: entry.plain }
          : { start, end, messageId: 'jargon', data: { phrase }, suggestions: entry.plain },
      );
    }
    return findings;
  },
};
