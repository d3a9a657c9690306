import { ACRONYMS, EVERYDAY_CAPITALS, TITLES_BEFORE_A_NAME } from '../lexicon/acronyms';
import { PLAIN_ENGLISH } from '../guidance';
import type { ParagraphRule, RawFinding } from '../rule';
import { termSearch, type TermMatch } from '../term-search';
import { countWork } from '../work-counter';
import { escapeRegExp } from '../text';

const entryByForm = new Map<string, (typeof ACRONYMS)[number]>();
for (const entry of ACRONYMS) for (const form of entry.forms) entryByForm.set(form, entry);

/**
 * The next known form at or after a position, with no letter or digit touching either end (see term-search.ts):
 * "TAF/CAMHS" names two services; a form inside a reference code ("CIN-0772-26") is left by the check.
 */
const nextKnown = termSearch([...entryByForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp), /[\p{L}\p{N}]/u);
/** Two or more capitals (optionally a lower-case plural s): an abbreviation nobody has explained. */
const CAPITALS = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}s?(?![\p{L}\p{N}])/gu;

/** Acronyms defined in the text itself: "Child and Adolescent Mental Health Services (CAMHS)" or "CAMHS (Child and ...)". */
export function acronymDefinitions(text: string): string[] {
  const found: string[] = [];
  if (!text.includes('(')) return found;
  const inBrackets = /\(\s*([A-Z][A-Za-z&]{1,8})\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = inBrackets.exec(text))) {
    if (spelledOutBefore(text.slice(Math.max(0, m.index - 120), m.index), m[1])) found.push(m[1]);
  }
  // As /(?<![\p{L}])([A-Z][A-Za-z&]{1,8})\s*\((?:[A-Za-z][^)]{8,})\)/gu finds them, but with the closing
  // bracket looked up once rather than searched for from every opening one (quadratic in "SW (SW (SW (...").
  EXPLAINED_OPENING.lastIndex = 0;
  let close = -1;
  while ((m = EXPLAINED_OPENING.exec(text))) {
    const open = m.index + m[0].length - 1;
    if (close <= open) {
      close = text.indexOf(')', open + 1);
      countWork((close < 0 ? text.length : close) - open);
    }
    if (close < 0) break;
    // Nine characters at least (code points, as the u flag counts them: a pair of surrogates is one).
    if (close - open - 1 < 9 || (close - open - 1 < 18 && [...text.slice(open + 1, close)].length < 9)) {
      EXPLAINED_OPENING.lastIndex = m.index + 1;
      continue;
    }
    found.push(m[1]);
    EXPLAINED_OPENING.lastIndex = close + 1;
  }
  return found;
}
/**
 * The words before "(HV)" spell it out: their first letters hold the acronym's letters in order, the
 * first of them starting a word ("Health Visitor (HV)", "Multi-Agency Risk Assessment Conference
 * (MARAC)", "Child and Adolescent Mental Health Services (CAMHS)"). "Sarah Boateng (HV)" says who
 * the health visitor is, not what HV means.
 */
export function spelledOutBefore(before: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  const words = before.trim().split(/[\s\-\u2013/]+/).slice(-(letters.length + 3));
  if (words.length < 2 || !/[A-Za-z]/.test(words[words.length - 1])) return false;
  let next = 0;
  for (const word of words) {
    const initial = word.replace(/^[^A-Za-z]+/, '').charAt(0).toLowerCase();
    if (next < letters.length && initial === letters[next]) next++;
    else if (next > 0 && next < letters.length && word.toLowerCase().includes(letters[next])) next++;
  }
  return next === letters.length;
}

/** A date straight after a label: "DOB: 30/09/2019", "DOB 4 March 2019". */
const DATE_VALUE_AFTER = /^\s*[:\-\u2013]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})/;
const EXPLAINED_OPENING = /(?<![\p{L}])([A-Z][A-Za-z&]{1,8})\s*\((?=[A-Za-z])/gu;

/**
 * A word in capitals that is said as a word (four letters or more, a vowel, no three consonants
 * together: ALDI, BOOTS, TESCO, IKEA) after "at", "from", "in"…, as a shop or company is named.
 * Acronyms said as letters (CAMHS, ICPC) have consonant runs; pronounceable ones are in the lexicon.
 */
function readsAsName(text: string, at: number, word: string): boolean {
  // "JD SPORTS", "NANDO'S": a shop's name in capitals, two words or a possessive, has a word said as a word in it.
  if (inCapitalsName(text, at, word)) return true;
  if (!pronounceable(word)) return false;
  // Only after a word of place ("shop at ALDI"): after "the", "to" or "of" a word in capitals is as often a service
  // or a risk named by its initials ("refer him to the DAPP", "the risk of SUDI").
  if (/\b(?:at|from|in|into|outside|near|inside|opposite)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) return true;
  // "the ICON video", "the STAR programme": a pronounceable name in capitals before what it names.
  return NAMED_THING_AFTER.test(text.slice(at + word.length, at + word.length + 14));
}

/** Capital words side by side ("JD SPORTS"), or one with an apostrophe s ("NANDO'S"). */
const CAPITALS_BEFORE = /(?<![\p{L}\p{N}])([A-Z][A-Z&]{1,9})\s$/u;
const CAPITALS_AFTER = /^\s([A-Z][A-Z&]{1,9})(?![\p{L}\p{N}])/u;
const POSSESSIVE_S = /^['\u2019]S\b/;

/**
 * A name in capitals: the word has an apostrophe and a capital S after it and reads as a word, or it stands
 * beside another capital word and one of the two is a long word with a vowel (five letters or more), as a
 * shop's or a company's name has ("SPORTS"); known abbreviations ("MARAC IDVA") are never part of one.
 */
function inCapitalsName(text: string, at: number, word: string): boolean {
  const end = at + word.length;
  if (POSSESSIVE_S.test(text.slice(end, end + 3))) return pronounceable(word);
  const neighbour = CAPITALS_AFTER.exec(text.slice(end, end + 12))?.[1] ?? CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 12), at))?.[1];
  if (!neighbour || entryByForm.has(neighbour) || entryByForm.has(word)) return false;
  return [word, neighbour].some((w) => w.length >= 5 && /[AEIOUY]/.test(w));
}

/**
 * Said as a word: four letters or more with a vowel and no three consonants together (ALDI, TESCO), or a
 * long word with two vowels at least, as a shop's name is (POUNDLAND, SCREWFIX), which an abbreviation said
 * as letters seldom is.
 */
function pronounceable(word: string): boolean {
  if (word.length < 4 || !/[AEIOUY]/.test(word)) return false;
  return !/[^AEIOUY&]{3}/.test(word) || (word.length >= 6 && (word.match(/[AEIOUY]/g) ?? []).length >= 2);
}

/** What a programme or campaign name in capitals names: "ICON video", "STAR programme". */
const NAMED_THING_AFTER = /^\s+(?:video|videos|programme|program|course|app|scheme|campaign|leaflet|website|project|group|film)\b/i;
/** A capitalised word straight after a title. */
const NAME_AFTER = /^\s+[A-Z]/;
/** Letters and figures mixed, with two capitals at least: "HbA1c", "FEV1", "CD4" (not "A1", "M6", "iPhone"). */
export const MIXED_CODE = {
  /**
   * A figure with a capital before or after it in the same run of letters and figures, which every
   * code has. A line with a time and a name ("Mum", "9:30am") has both apart, and is not searched.
   * (Tried from figures only: the engine skips from one figure to the next.)
   */
  needs: /\d(?:(?<=[A-Z][A-Za-z\d]*\d)|(?=[A-Za-z\d]*[A-Z]))/,
  pattern: /(?<![\p{L}\p{N}])(?=[A-Za-z\d]*[A-Z][A-Za-z\d]*[A-Z])(?=[A-Za-z\d]*\d)[A-Za-z][A-Za-z\d]{2,7}(?![\p{L}\p{N}])/gu,
};
/** A reference code: letters and figures joined by slashes or hyphens ("LOE/0932", "WU-2026-0418", "PP/2026/118-M"). */
const REFERENCE_CODE = /^[A-Za-z\d]+(?:[/-][A-Za-z\d]+)+$/;

/** The capitals at `at` are one part of a reference code, which names a file, not a service to explain. */
function partOfReference(text: string, at: number, length: number): boolean {
  let start = at;
  let end = at + length;
  while (start > 0 && /[A-Za-z\d/-]/.test(text[start - 1])) start--;
  while (end < text.length && /[A-Za-z\d/-]/.test(text[end])) end++;
  const run = text.slice(start, end).replace(/[-/]+$/, '');
  return run.length > length && REFERENCE_CODE.test(run) && /\d/.test(run);
}

/** The first half of a postcode ("SW1A", "NG7") or a grid of figures ("B12"). */
const POSTCODE_PART = /^[A-Z]{1,2}\d[A-Z\d]?$/;

function isShouting(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      capitals++;
      letters++;
    } else if (code >= 97 && code <= 122) letters++;
  }
  return letters >= 12 && capitals / letters > 0.6;
}

export const acronymRule: ParagraphRule = {
  id: 'acronym',
  scope: 'paragraph',
  category: 'acronym',
  severity: 'warning',
  description: 'Acronyms and abbreviations must be written out or explained the first time they are used.',
  source: PLAIN_ENGLISH,
  messages: {
    knownAcronym: '"{{form}}" is an abbreviation ({{expansion}}). Write it out in everyday words.',
    unexplainedCapitals: '"{{token}}" looks like an abbreviation that is not explained. Write it out, or explain it once as "words ({{bare}})".',
  },
  // "Child and Adolescent Mental Health Services (CAMHS)" once: "CAMHS" is fine anywhere after.
  definitions: {
    collect: acronymDefinitions,
    covers: (excerpt, defined) => defined.has(excerpt) || defined.has(excerpt.replace(/s$/, '')),
  },
  check({ text, definitions }) {
    const findings: RawFinding[] = [];
    const definedHere = new Set(definitions ?? acronymDefinitions(text));
    let known: TermMatch | null;
    let m: RegExpExecArray | null;
    let from = 0;
    while ((known = nextKnown(text, from))) {
      const form = known.text;
      from = known.index + form.length;
      if (definedHere.has(form)) continue;
      const entry = entryByForm.get(form);
      if (!entry) continue;
      // "Plan ref: CIN-0772-26": part of a reference code, which names a file.
      if (partOfReference(text, known.index, form.length)) continue;
      // "DOB 30/09/2019": a label followed by its value, which says what it is.
      if (entry.labels === 'date' && DATE_VALUE_AFTER.test(text.slice(from, from + 24))) continue;
      findings.push({ start: known.index, end: from, messageId: 'knownAcronym', data: { form, expansion: entry.expansion }, suggestions: [entry.plain] });
    }
    // Most paragraphs have no run of two capitals at all: skip the scan.
    if (/[A-Z][A-Z&]/.test(text) && !isShouting(text)) {
      CAPITALS.lastIndex = 0;
      while ((m = CAPITALS.exec(text))) {
        const token = m[0];
        const at = m.index;
        const bare = token.endsWith('s') ? token.slice(0, -1) : token;
        // (A known form found above is not reported twice.)
        if (findings.some((found) => found.start === at) || EVERYDAY_CAPITALS.has(token) || EVERYDAY_CAPITALS.has(bare)) continue;
        if (definedHere.has(token) || definedHere.has(bare) || entryByForm.has(token)) continue;
        if (/^[IVXLC]+$/.test(bare)) continue;
        // "from BOOTS", "at ALDI": a shop or company name in capitals reads as a word, not letters.
        if (readsAsName(text, at, bare)) continue;
        // "ref. LOE/0932": part of a reference code.
        if (partOfReference(text, at, token.length)) continue;
        // "DC Kerr": a rank before a name says who the person is.
        if (TITLES_BEFORE_A_NAME.has(token) && NAME_AFTER.test(text.slice(at + token.length, at + token.length + 3))) continue;
        findings.push({ start: m.index, end: m.index + token.length, messageId: 'unexplainedCapitals', data: { token, bare }, suggestions: [], severity: 'info' });
      }
    }
    // "HbA1c", "FEV1": a test or measure named by letters and figures mixed.
    if (MIXED_CODE.needs.test(text)) {
      MIXED_CODE.pattern.lastIndex = 0;
      while ((m = MIXED_CODE.pattern.exec(text))) {
        const token = m[0];
        if (POSTCODE_PART.test(token) || EVERYDAY_CAPITALS.has(token) || entryByForm.has(token) || definedHere.has(token)) continue;
        if (partOfReference(text, m.index, token.length)) continue;
        if (findings.some((found) => found.start <= m!.index && found.end > m!.index)) continue;
        findings.push({ start: m.index, end: m.index + token.length, messageId: 'unexplainedCapitals', data: { token, bare: token }, suggestions: [], severity: 'info' });
      }
      findings.sort((a, b) => a.start - b.start);
    }
    return findings;
  },
};
