import { JARGON } from '../lexicon/jargon';
import { PLAIN_ENGLISH } from '../guidance';
import type { ParagraphRule, RawFinding } from '../rule';
import { termSearch, type TermMatch } from '../term-search';
import { escapeRegExp, fold } from '../text';
import type { Profile } from '../profiles';
import { DEFINING_CUE, definedBy } from './jargon-defined';
import { isExcused } from './jargon-excused';
import type { JargonEntry } from '../lexicon/jargon-entry';

interface Lexicon {
  entryByTerm: Map<string, JargonEntry>;
  nextTerm: ReturnType<typeof termSearch>;
}

// One compiled pattern for the whole lexicon (longest phrases first), not a regex per word:
// the live pane re-runs this on every edited paragraph.
function compile(entries: readonly JargonEntry[]): Lexicon {
  const entryByTerm = new Map<string, JargonEntry>();
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

function lookUp(entryByTerm: Map<string, JargonEntry>, matched: string) {
  const key = normaliseTerm(matched);
  return entryByTerm.get(key) ?? entryByTerm.get(key.replace(/-/g, ' ')) ?? entryByTerm.get(key.replace(/ /g, '-'));
}

/**
 * A law cited by its section number ("section 66 of the Children Act 1989", "under section 8"):
 * whatever the number, a parent needs what the law allows said in everyday words. The lexicon
 * holds the sections workers name without the Act (section 47, section 20); this finds the rest.
 */
const SECTION_NUMBER = String.raw`[Ss]ection\s+\d+[a-z]?(?:\s*\(\d+\))?`;
const STATUTE_CITATION = new RegExp(String.raw`\b${SECTION_NUMBER}\s+of\s+the\s+(?:[A-Z][\p{L}'\u2019-]*\s+(?:and\s+|of\s+)?){1,5}Act\b(?:\s+\d{4})?|(?<=\b[Uu]nder\s+)${SECTION_NUMBER}(?![\p{L}\p{N}])`, 'gu');
const STATUTE_ENTRY: JargonEntry = { terms: [], plain: ['say what the law allows in everyday words'] };

/** Statute citations the lexicon's terms did not already cover. */
function statuteCitations(text: string, folded: string, covered: readonly RawFinding[]): RawFinding[] {
  if (!folded.includes('section')) return [];
  const found: RawFinding[] = [];
  for (const match of text.matchAll(STATUTE_CITATION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some((f) => f.start < end && start < f.end)) continue;
    if (isExcused(text, start, end, STATUTE_ENTRY)) continue;
    found.push({ start, end, messageId: 'jargon', data: { phrase: match[0] }, suggestions: STATUTE_ENTRY.plain });
  }
  return found;
}

/** Terms of the built-in lexicon the paragraph defines ("A core group is a meeting where…"), folded. */
function termsDefinedIn(text: string): string[] {
  if (!DEFINING_CUE.test(text)) return [];
  const folded = fold(text);
  const defined: string[] = [];
  let match: TermMatch | null;
  let from = 0;
  while ((match = BUILT_IN.nextTerm(folded, from))) {
    from = match.index + match.text.length;
    const after = text.slice(from, from + 200);
    if (definedBy(after)) defined.push(normaliseTerm(match.text));
  }
  return defined;
}

/** How far past a term its tail is looked for (a few words). */
const TAIL_WINDOW = 60;

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
  // "A core group is a meeting where…" once: "core group" is fine anywhere after, as an abbreviation
  // spelled out once is for the acronym rule.
  definitions: {
    collect: termsDefinedIn,
    // Capitals spelled out anywhere in the agreement ("Multi-Agency Risk Assessment Conference (MARAC)") are defined
    // as the acronym rule collects them, written as they are.
    covers: (excerpt, defined) => defined.has(normaliseTerm(excerpt).toLowerCase()) || defined.has(excerpt),
  },
  check({ text, folded, profile }) {
    const { nextTerm, entryByTerm } = lexiconFor(profile);
    const findings: RawFinding[] = [];
    let match: TermMatch | null;
    let from = 0;
    while ((match = nextTerm(folded, from))) {
      const start = match.index;
      let end = start + match.text.length;
      from = end;
      const entry = lookUp(entryByTerm, match.text);
      if (!entry) continue;
      if (entry.tail) {
        const tail = entry.tail.exec(text.slice(end, end + TAIL_WINDOW));
        if (!tail) continue;
        end += tail[0].length;
        from = end;
      }
      if (isExcused(text, start, end, entry)) continue;
      const phrase = text.slice(start, end);
      findings.push(
        entry.note
          ? { start, end, messageId: 'jargonWithNote', data: { phrase, note: entry.note }, suggestions: entry.plain }
          : { start, end, messageId: 'jargon', data: { phrase }, suggestions: entry.plain },
      );
    }
    return [...findings, ...statuteCitations(text, folded, findings)];
  },
};
