// Who an agreement says harmed whom, for the victim-responsibility rule's review (victim-agreement.ts).
// Agreements record abuse in many ways besides a verb of harm: her injuries, the police arresting or
// bailing him, an order she holds against him, MARAC, a refuge, her IDVA. Each sentence holding such
// a word is read for which of the two is named where.

import type { DocumentView } from '../document-view';
import { memoise } from '../memo';

/** Harm done, as a word: "violent towards", "strangled", "was assaulted by", "abuse from". */
export const HARM = /\b(?:violen\w*|abus\w*|assault\w*|attack\w*|hit|hits|hitting|punch\w*|kick\w*|slap\w*|strangl\w*|chok\w*|push\w*|threaten\w*|controlling|coerci\w*|hurt|hurts|hurting|raped|stalk\w*|harass\w*|intimidat\w*)\b/;
/** What is done to the one who harmed: the one named last before it ("Marcus was arrested and bailed"). */
const SANCTION = /\b(?:arrested|charged|cautioned|convicted|remanded|bailed|bail\s+conditions?|on\s+bail|perpetrator)\b/;
/** What marks the one harmed: her injury, her refuge or IDVA, an order she holds; the one named last before it. */
const HARMED = /\b(?:bruis\w*|injur\w*|(?:cut|split|swollen)\s+lip|black\s+eye|broken\s+(?:wrist|arm|nose|ribs?|jaw|finger)|refuge|idva|marac|women's\s+aid|survivor|non-mol\w*|restraining\s+order|injunction)\b/;
/** An order: against whom it is made says who harmed ("an order against him"), whoever is named before it. */
const ORDER = /\b(?:non-mol\w*|restraining\s+order|injunction)\b[^.;]*?\bagainst\b/;
/** Services named with words of harm ("Independent Domestic Violence Adviser", "domestic abuse service"): no one's act. */
const SERVICE = /\b(?:abuse|violence)\s+(?:advis[eo]rs?|services?|workers?|team|support|charity|helpline|programme|practitioners?|unit|officers?|champions?)\b/g;

/** Any word of harm as this module reads it (the cheap test before a paragraph's sentences are read). */
export const HARM_RECORDED = { test: (text: string): boolean => HARM.test(text) || SANCTION.test(text) || HARMED.test(text) };

/** The one of the two named last before `at` in the sentence: 1 for `other`, -1 for `asked`, 0 for neither. */
function namedLastBefore(sentence: string, at: number, other: RegExp, asked: RegExp): number {
  const before = sentence.slice(0, at);
  const o = lastIndex(before, other);
  const a = lastIndex(before, asked);
  return o === a ? 0 : o > a ? 1 : -1;
}

function lastIndex(text: string, name: RegExp): number {
  name.lastIndex = 0;
  let last = -1;
  for (let m = name.exec(text); m; m = name.exec(text)) last = m.index;
  return last;
}

/** The patterns naming the two people, built once per pair (the same pair is asked about for every sentence and run). */
interface PairPatterns {
  named: (sentence: string, who: 'other' | 'asked') => number;
  byOther: RegExp;
  byAsked: RegExp;
  otherName: RegExp;
  askedName: RegExp;
  againstOther: RegExp;
  againstAsked: RegExp;
}

const pairPatterns = memoise((pair: string): PairPatterns => {
  const [asked, other] = pair.split('\u0000');
  const otherWord = new RegExp(`\\b${other}\\b`);
  const askedWord = new RegExp(`\\b${asked}\\b`);
  return {
    named: (sentence, who) => (who === 'other' ? otherWord : askedWord).exec(sentence)?.index ?? -1,
    byOther: new RegExp(`\\bby\\s+${other}\\b`),
    byAsked: new RegExp(`\\bby\\s+${asked}\\b`),
    otherName: new RegExp(`\\b${other}\\b`, 'g'),
    // (The "you" of a letter is also "your".)
    askedName: new RegExp(`\\b${asked === 'you' ? 'your?' : asked}\\b`, 'g'),
    // "an order against Lewis", "allegations against him": the one after "against" is the one who harmed.
    // ("An order against him" names him by the one named before it: "Karl has an order against him".)
    againstOther: new RegExp(`\\bagainst\\s+(?:${other}|him\\b(?<=\\b${other}\\b[^.;]*?against\\s+him))\\b`),
    againstAsked: new RegExp(`\\bagainst\\s+${asked}\\b`),
  };
}, 256);

/** One sentence's say: above zero when it says `other` harmed `asked`, below when the other way round. */
function sentenceBalance(raw: string, names: PairPatterns): number {
  const sentence = raw.replace(SERVICE, (m) => ' '.repeat(m.length));
  let balance = 0;
  const harm = HARM.exec(sentence);
  if (harm) {
    // The one named before a verb of harm did it ("Steven has been violent towards Natalie"), unless "by" names them after it.
    const after = sentence.slice(harm.index);
    const byOther = names.byOther.test(after);
    const byAsked = names.byAsked.test(after);
    const o = names.named(sentence, 'other');
    const a = names.named(sentence, 'asked');
    if (byOther || (o >= 0 && o < harm.index && !byAsked)) balance++;
    if (byAsked || (a >= 0 && a < harm.index && !byOther)) balance--;
  }
  const sanction = SANCTION.exec(sentence);
  if (sanction) balance += namedLastBefore(sentence, sanction.index, names.otherName, names.askedName);
  const harmed = HARMED.exec(sentence);
  if (harmed && !ORDER.test(sentence)) balance -= namedLastBefore(sentence, harmed.index, names.otherName, names.askedName);
  if (sanction || harmed) balance += Number(names.againstOther.test(sentence)) - Number(names.againstAsked.test(sentence));
  return balance;
}

/**
 * Whether the agreement says `other` harmed `asked` more often than the other way round, over every
 * sentence that records harm in any of the ways above (names folded, lower case).
 */
export function agreementSaysHeHarmedHer(view: DocumentView, asked: string, other: string): boolean {
  const pair = `${asked}\u0000${other}`;
  // (Each paragraph's say is kept: after an edit only the edited paragraph is read again.)
  return view.scans.sum(`harmed:${pair}`, view.folded.length, (i) => paragraphBalance(view.folded[i], asked, other, pair)) > 0;
}

/** One paragraph's say over its sentences that record harm. */
function paragraphBalance(text: string, asked: string, other: string, pair: string): number {
  if ((!text.includes(other) && !text.includes(asked)) || !HARM_RECORDED.test(text)) return 0;
  const names = pairPatterns(pair);
  let balance = 0;
  for (const sentence of text.split(/[.!?;]\s/)) {
    if (HARM_RECORDED.test(sentence)) balance += sentenceBalance(sentence, names);
  }
  return balance;
}
