import { fold } from './text';
import { sectionLines, type AgreementReading, type AgreementTask } from './lifecycle';

// What the agreement itself says happens when one task is not done: the lines of "If things go
// wrong" matched to the task by what they are about, for the review meeting (lifecycle.ts reads
// the agreement; this picks from its contingency part).

// Words that say nothing about what a task or a contingency is about.
const COMMON = new Set(
  'a an the and or but if then than that this these those to of in on at by for from with without into onto is are was were be been being will would shall should must can could may might not no do does did done dont doesnt didnt cannot cant have has had having it its they them their he him his she her we us our you your i me my all any each every both other another more most some such only also as so very too just who what when where which while how why there here after before until again once agreement agreed agrees agree kept keep keeps follow followed stick stuck happen happens happening things thing go goes going wrong time times day days week weeks month months year years within straight away about make makes made sure ensure'.split(' '),
);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Content words of a line, stemmed; people's names (capitalised words not at the start of the
 * line, or anywhere in a name phrase such as "Leanne" or "Imran Ahmed (social worker)") apart.
 */
function contentWords(text: string, namePhrase = false): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  const tokens = text.match(/[\p{L}'\u2019]+/gu) ?? [];
  tokens.forEach((token, k) => {
    const lower = fold(token).replace(/['\u2019]s?$/, '').replace(/'/g, '');
    if (lower.length < 3 || COMMON.has(lower)) return;
    if ((k > 0 || namePhrase) && /^\p{Lu}\p{Ll}/u.test(token) && !/^(?:If|When|Then)$/.test(token)) names.add(lower);
    else words.add(stem(lower));
  });
  return { words, names };
}

const ABOUT_PROFESSIONALS = /\b(?:professionals?|agenc(?:y|ies)|social workers?|children'?s services|social care|the council|the local authority|services)\b.*\b(?:not|fail|fails|failed|do not|does not|don't|doesn't)\b|\bcomplain/;
const ABOUT_EVERYONE = /\bif (?:the|this) (?:written )?agreement\b|\bif (?:things|this) (?:go|goes|do not|don't|does not|doesn't)\b|\bif (?:anyone|someone|any(?:one|body) of us|we|you) (?:do not|don't|cannot|can't|does not|doesn't)\b|\bnot (?:kept|followed|stuck to)\b|\bbreak(?:s|down)?\b|\bbreach/;

export interface Contingency {
  /** The lines of "If things go wrong" that speak to this task (or all of them, when none does). */
  lines: string[];
  /** False when no line speaks to this task in particular, so every line is given. */
  matched: boolean;
}

/**
 * What the agreement itself says happens when this task is not done: contingency lines sharing
 * what the task is about (school, drinking, appointments), lines about every party's commitments,
 * and for a professional's task the lines about professionals not doing their part. When no line
 * is about this task in particular, all of them, so nothing is improvised.
 */
export function contingencyFor(reading: AgreementReading, task: Pick<AgreementTask, 'text' | 'party' | 'who'>): Contingency {
  const lines = sectionLines(reading, 'contingency').map((line) => line.text);
  if (lines.length === 0) return { lines: [], matched: false };
  const about = contentWords(task.text);
  const whoNames = contentWords(task.who, true).names;
  const specific: boolean[] = lines.map((line) => {
    const { words, names } = contentWords(line);
    let shared = 0;
    for (const w of about.words) if (words.has(w)) shared++;
    const professionalLine = ABOUT_PROFESSIONALS.test(fold(line));
    if (task.party === 'professional' && professionalLine) return true;
    if (task.party === 'family' && professionalLine && shared === 0) return false;
    // A shared subject, or the person doing the task named with a shared word of any length.
    return shared > 0 && (shared > 1 || [...whoNames].some((n) => names.has(n)) || [...about.words].some((w) => words.has(w) && w.length >= 5));
  });
  if (!specific.some(Boolean)) return { lines, matched: false };
  const chosen = lines.filter((line, k) => specific[k] || (ABOUT_EVERYONE.test(fold(line)) && !ABOUT_PROFESSIONALS.test(fold(line))));
  return { lines: chosen, matched: true };
}
