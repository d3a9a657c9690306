// Whether a date written without a year tells of something that has happened ("On 3 November the police
// were called", "since 14 October", "when Jo visited on 18 November"), so is read back from today, not on.
// Decided by the sentence's tense: a past verb and nothing looking ahead. A sentence holding both ("was
// told on 3 November that the review will be on 10 December") is left to be read forward, as before.
import type { Token } from './date-tokens';

/** Verbs and words that say the sentence tells of the past. */
const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'since', 'ago', 'happened', 'occurred', 'came', 'went', 'said', 'told', 'saw', 'took', 'left', 'got',
  'found', 'met', 'rang', 'hit', 'threw', 'broke', 'ran', 'gave', 'made', 'fell', 'became', 'began', 'brought', 'thought', 'felt',
  'wrote', 'sent', 'spoke', 'kept', 'heard', 'stole', 'drove', 'caught', 'slept', 'shut', 'held', 'knew', 'wasn\u2019t', "wasn't",
  'weren\u2019t', "weren't", "didn't", 'didn\u2019t', 'previously', 'earlier',
]);
/** Words that look ahead: a plan, a deadline or a wish. Any of them keeps the date read forward. (Not nouns such as "plan" or "review", which a past sentence may hold.) */
const AHEAD_WORDS = new Set([
  'will', 'shall', 'going', 'should', 'must', 'can', 'need', 'needs', 'by', 'until', 'till', 'before', 'next', 'planned',
  'due', 'booked', 'expected', 'hope', 'hopes', 'aim', 'aims', 'would', 'want', 'wants', 'if', 'unless', 'from', 'starting',
  'again', 'arranged', 'tbc', 'please', 'agree', 'agrees',
]);
/** Who may do a thing in a sentence of the past ("Jo visited", "she arrived"); a name is written with a capital. */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'police', 'school', 'mum', 'dad', 'nursery', 'hospital', 'gp', 'baby']);
/** What a record says was done on a day: "Agreed 4 December", "Signed on 3 December". */
const RECORDED = new Set(['agreed', 'signed', 'written', 'made', 'held', 'completed', 'discussed', 'dated', 'met', 'visited', 'seen']);
/** Words with a capital that are no one: "The agreed plan". */
const NOT_SUBJECTS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'his', 'her', 'their', 'my', 'any', 'all', 'some', 'each', 'every', 'no', 'on', 'in', 'at', 'when', 'if']);
const SENTENCE_ENDS = new Set(['.', ';', '!', '?', '\n']);
/** How far either side of the date the sentence is read (a long sentence is seldom about one event). */
const REACH = 14;

/** Whether the date at tokens from..to sits in a sentence told in the past. */
export function toldInThePast(t: readonly Token[], from: number, to: number): boolean {
  // A record's past participle opening the line: "Agreed 4 December", "Signed on 3 December".
  const opener = t[from - 1]?.text === 'on' ? from - 2 : from - 1;
  if (opener >= 0 && (opener === 0 || SENTENCE_ENDS.has(t[opener - 1].text)) && t[opener].kind === 'word' && RECORDED.has(t[opener].text)) return true;
  let past = false;
  for (let j = from - 1; j >= 0 && j >= from - REACH && !SENTENCE_ENDS.has(t[j].text); j--) {
    const said = pastOrAhead(t, j);
    if (said === 'ahead') return false;
    past ||= said === 'past';
  }
  for (let j = to; j < t.length && j < to + REACH && !SENTENCE_ENDS.has(t[j].text); j++) {
    const said = pastOrAhead(t, j);
    if (said === 'ahead') return false;
    past ||= said === 'past';
  }
  return past;
}

function pastOrAhead(t: readonly Token[], j: number): 'past' | 'ahead' | null {
  const token = t[j];
  if (token.kind !== 'word') return null;
  const word = token.text;
  if (AHEAD_WORDS.has(word) || word.endsWith("'ll") || word.endsWith('\u2019ll')) return 'ahead';
  if (PAST_WORDS.has(word)) return 'past';
  // A regular past verb after who did it ("Jo visited", "she arrived"), not an adjective ("supervised contact");
  // one taking a step still to come is a promise ("Mum agreed to go", "she asked to meet").
  if (word.length > 4 && word.endsWith('ed')) {
    const before = t[j - 1];
    if (t[j + 1]?.text === 'to' && t[j + 2]?.kind === 'word' && !NOT_SUBJECTS.has(t[j + 2].text) && !t[j + 2].capital) return 'ahead';
    if (before?.kind === 'word' && (SUBJECTS.has(before.text) || (before.capital && !NOT_SUBJECTS.has(before.text)))) return 'past';
  }
  return null;
}
