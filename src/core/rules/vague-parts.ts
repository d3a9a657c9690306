// The vague-task rule's reading of a task by its parts: the verb after "will", "to" or at the head of an instruction,
// the kind of verb it is, and the kind of thing it acts on. The word lists are classes of meaning, not wordings:
// attitudes, hopes and efforts ("respect", "try"), states ("be calmer", "feel settled"), outcomes aimed at ("improve",
// "maintain", "work on") and help of a kind ("support", "look after"), and nouns that name a class of things rather than
// one ("home conditions", "their needs", "routines"), kept in lexicon/task-parts.ts. All of it sees folded (lower-case) text, word by word.
import {
  ABSTRACT_HELP,
  ALSO_NOUNS,
  ATTITUDE,
  CLASS_NOUN,
  COMPARING,
  COUNTED,
  DEGREE,
  FILLER,
  HELP,
  HELP_PARTICLE,
  JOINS,
  KEEPING,
  KEPT_IN,
  MANNER,
  OBJECT_ENDS,
  OUTCOME,
  OUTCOME_PARTICLE,
  PARTICLE,
  PROVIDING,
  QUALITY,
  SAYS_WHICH,
  SENDS_TO,
  STATE,
  STATE_VERB,
  SUBJECT_AFTER,
  TAKES_TO,
  TIME_AFTER,
} from '../lexicon/task-parts';
import { emptyWords, readFoldedWords, isWordAt, wordAt, type FoldedWords } from '../folded-words';

/** A measure or a way that says how we will know: "to 95%", "so that the bathroom is clean", "by clearing the kitchen", "such as". */
const MEASURE_AFTER = /^[^.;]*?(?:\d|%|per ?cent|\bso (?:that|[a-z]+ (?:is|are|can|has|have|will))\b|\bby [a-z]+ing\b|\bsuch as\b|\bincluding\b|:|\bfor example\b|\be\.g\.)/;
/** Quantities nobody set, in a clause about someone else's state: "make sure Ellie is not doing too much". */
const UNSET_AMOUNT = /^(?:not )?(?:[a-z'-]+ ){0,2}?(?:too (?:much|many|little|often|late|early|long|far|hard)|enough)\b/;

/**
 * What made the part vague: an attitude, a state, an outcome on a class of things (vague whenever it happens); help with a class
 * of things or help nobody sees (vague unless the task says when); other help or upkeep (vague when its only time is "always").
 */
export type VaguePartKind = 'attitude' | 'state' | 'class' | 'help' | 'activity';
export interface VaguePart {
  start: number;
  end: number;
  kind: VaguePartKind;
}

/** At most this many words of a task are read: a commitment states its verb and object early. */
const MAX_WORDS = 32;

/** The words of the task being read: one record, emptied for each task rather than made anew (this runs on every task). */
const READ: FoldedWords = emptyWords();

/** The words of a task, one pass over its characters (no pattern, no copies but the words themselves). */
const wordsOf = (folded: string, from: number): FoldedWords => readFoldedWords(folded, from, folded.length, MAX_WORDS, READ);

/** Whether punctuation ends the clause between word i-1 and word i. */
const breakBefore = (w: FoldedWords, i: number): boolean => i > 0 && w.breaks[i] === true;

/** Where verbs of commitment stand: after a modal or a "to" that takes one, or at the head of an instruction. */
function verbSlots(w: FoldedWords): number[] {
  const slots: number[] = [];
  let opensWithSubject = false;
  for (let i = 1; i < 6 && i < w.words.length; i++) if (isModalAt(w, i)) opensWithSubject = true;
  if (w.words.length > 1 && !opensWithSubject && !SUBJECT_AFTER.has(wordAt(w, 1))) slots.push(0);
  for (let i = 1; i < w.words.length; i++) {
    if (breakBefore(w, i)) continue;
    if (isModalAt(w, i - 1) || (isWordAt(w, i - 1, 'to') && i > 1 && (TAKES_TO.has(wordAt(w, i - 2)) || noteForm(w, i)))) slots.push(i);
    else if ((isWordAt(w, i - 1, 'and') || isWordAt(w, i - 1, 'or')) && slots.length && !ALSO_NOUNS.has(wordAt(w, i))) slots.push(i);
  }
  return slots;
}

/** "Mum to improve …": a "to" among the first words, after words none of which is a verb. */
function noteForm(w: FoldedWords, i: number): boolean {
  if (i > 4) return false;
  for (let k = 0; k < i - 1; k++) if (SENDS_TO.has(wordAt(w, k)) || isVerbOfTask(wordAt(w, k))) return false;
  return true;
}

/** Words that stand before a commitment's verb: "will", "must", "should", "shall", "I'll" (not "may" or "could", which offer). */
function isModalAt(w: FoldedWords, i: number): boolean {
  const end = w.ends[i];
  const apostrophe = w.text.charCodeAt(end - 3);
  if (end - w.starts[i] >= 3 && w.text.charCodeAt(end - 1) === 108 && w.text.charCodeAt(end - 2) === 108 && (apostrophe === 39 || apostrophe === 0x2019)) return true;
  return isWordAt(w, i, 'will') || isWordAt(w, i, 'must') || isWordAt(w, i, 'should') || isWordAt(w, i, 'shall');
}

const isVerbOfTask = (word: string): boolean => ATTITUDE.has(word) || STATE_VERB.has(word) || OUTCOME.has(word) || HELP.has(word);

/** The first word at or after i that is not a filler ("always", "continue to"), or -1 past a clause break. */
function verbAt(w: FoldedWords, i: number): number {
  for (let j = i; j < w.words.length && j < i + 5; j++) {
    if (j > i && breakBefore(w, j)) return -1;
    if (!FILLER.has(wordAt(w, j))) return j;
  }
  return -1;
}

/** A state after a verb of being: "calmer", "a lot more patient", "more involved" (not "more than", "less time"). */
function stateAfter(w: FoldedWords, i: number): number {
  let j = i;
  while (j < w.words.length && DEGREE.has(wordAt(w, j))) j++;
  if (j >= w.words.length) return -1;
  const state = COMPARING.has(wordAt(w, j)) ? (j + 1 < w.words.length && !COUNTED.has(wordAt(w, j + 1)) ? j + 1 : -1) : STATE.has(wordAt(w, j)) ? j : -1;
  // ("be supported by Sarah at the Thursday group" names who does it.)
  return state >= 0 && wordAt(w, state + 1) !== 'by' ? state : -1;
}

/** "The appointments at the Royal", "the sessions run by Hope House" say which; "the family at all times" does not. */
function saysWhich(w: FoldedWords, k: number): boolean {
  if (k >= w.words.length || breakBefore(w, k) || !SAYS_WHICH.has(wordAt(w, k))) return false;
  return !(k + 1 < w.words.length && TIME_AFTER.has(wordAt(w, k + 1)));
}

/** The object's words after the verb (and its particles), up to a word that opens a detail or a clause break. */
function classObject(w: FoldedWords, verb: number): number {
  let j = verb + 1;
  while (j < w.words.length && j < verb + 4 && PARTICLE.has(wordAt(w, j)) && !breakBefore(w, j)) j++;
  for (let k = j; k < w.words.length && k < j + 6; k++) {
    if (breakBefore(w, k) || (OBJECT_ENDS.has(wordAt(w, k)) && wordAt(w, k) !== 'with')) return -1;
    if (CLASS_NOUN.has(wordAt(w, k)) && !saysWhich(w, k + 1)) return k;
  }
  return -1;
}

/**
 * The first part of a task that makes it vague by its kind: an attitude or effort, a state, an outcome or help aimed at a
 * class of things with no measure, or help of a kind (for the rule to weigh against when the task says it happens).
 */
export function vagueByParts(folded: string, from: number): VaguePart | null {
  const w = wordsOf(folded, from);
  for (const slot of verbSlots(w)) {
    const v = verbAt(w, slot);
    if (v < 0) continue;
    const verb = wordAt(w, v);
    const span = (end: number, kind: VaguePartKind): VaguePart => ({ start: w.starts[v], end: w.ends[end], kind });
    // The attitude alone, or with the verb it reaches for ("try to be", "want to see").
    if (ATTITUDE.has(verb) && !(verb === 'care' && wordAt(w, v + 1) === 'for')) return span(wordAt(w, v + 1) === 'to' && v + 2 < w.words.length ? v + 2 : v, 'attitude');
    if (STATE_VERB.has(verb)) {
      const state = stateAfter(w, v + 1);
      if (state > 0) return span(state, 'state');
    }
    if (verb === 'ensure' || (verb === 'make' && wordAt(w, v + 1) === 'sure')) {
      const amount = unsetAmount(folded, w, v) ?? stateEnsured(folded, w, v);
      if (amount) return amount;
    }
    // Something kept in a state is a task once it says when ("keep the PE kit clean for Tuesdays"); a quality provided never is.
    const kept = KEEPING.has(verb) ? keptInState(w, v) : -1;
    if (kept > 0 && !MEASURE_AFTER.test(folded.slice(w.ends[kept]))) return span(kept, 'activity');
    const provided = PROVIDING.has(verb) ? qualityProvided(folded, w, v) : -1;
    if (provided > 0) return span(provided, 'state');
    if (OUTCOME.has(verb) && (OUTCOME_PARTICLE[verb]?.includes(wordAt(w, v + 1)) ?? true)) {
      const noun = classObject(w, v);
      if (noun > 0 && !MEASURE_AFTER.test(folded.slice(w.ends[noun]))) return span(noun, 'class');
    }
    if (HELP.has(verb) && (HELP_PARTICLE[verb] === undefined || wordAt(w, v + 1) === HELP_PARTICLE[verb]) && v + 1 < w.words.length && !breakBefore(w, v + 1)) {
      const noun = classObject(w, v);
      return noun > 0 ? span(noun, 'help') : span(v, ABSTRACT_HELP.has(verb) ? 'help' : 'activity');
    }
  }
  return null;
}

/** The words of the clause after word v, up to a clause break or a word that opens a detail, at most `limit`. */
function clauseAfter(w: FoldedWords, v: number, limit: number, stopAtDetail: boolean): number {
  let k = v + 1;
  while (k < w.words.length && k <= v + limit && !breakBefore(w, k) && !(stopAtDetail && OBJECT_ENDS.has(wordAt(w, k)) && !JOINS.has(wordAt(w, k)))) k++;
  return k;
}

/** "Keep Harvey happy", "keep the house safe", "keep everyone updated": something kept in a state nobody can check. */
function keptInState(w: FoldedWords, v: number): number {
  const end = clauseAfter(w, v, 5, true);
  for (let k = v + 2; k < end; k++) if (KEPT_IN.has(wordAt(w, k)) && wordAt(w, k - 1) !== 'a' && wordAt(w, k - 1) !== 'the') return k;
  return -1;
}

/** "Provide a stable and nurturing home", "give good enough care": a class of thing of a quality nobody measures. */
function qualityProvided(folded: string, w: FoldedWords, v: number): number {
  const end = clauseAfter(w, v, 7, true);
  let quality = false;
  for (let k = v + 1; k < end; k++) {
    if (QUALITY.has(wordAt(w, k))) quality = true;
    else if (quality && CLASS_NOUN.has(wordAt(w, k))) return /\d/.test(folded.slice(w.starts[v], w.ends[end - 1])) ? -1 : k;
  }
  return -1;
}

/** "Make sure the children are happy", "ensure Maja eats healthily": a state or manner of someone else, with no number to it. */
function stateEnsured(folded: string, w: FoldedWords, v: number): VaguePart | null {
  const end = clauseAfter(w, v, 9, false);
  if (/\d/.test(folded.slice(w.starts[v], end < w.words.length ? w.starts[end] : folded.length))) return null;
  for (let k = v + 3; k < end; k++) {
    if (!STATE.has(wordAt(w, k)) && !KEPT_IN.has(wordAt(w, k)) && !MANNER.has(wordAt(w, k))) continue;
    return MEASURE_AFTER.test(folded.slice(w.ends[k])) ? null : { start: w.starts[v], end: w.ends[k], kind: 'state' };
  }
  return null;
}

/** "Make sure Ellie is not doing too much": a quantity nobody set, of someone else's doing. */
function unsetAmount(folded: string, w: FoldedWords, v: number): VaguePart | null {
  for (let k = v + 1; k < w.words.length && k < v + 8; k++) {
    if (wordAt(w, k) !== 'is' && wordAt(w, k) !== 'are') continue;
    const rest = folded.slice(w.ends[k] + 1);
    const found = UNSET_AMOUNT.exec(rest);
    return found ? { start: w.starts[v], end: w.ends[k] + 1 + found[0].length, kind: 'state' } : null;
  }
  return null;
}
