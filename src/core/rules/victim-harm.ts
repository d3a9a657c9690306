// Who an agreement says harmed whom, for the victim-responsibility rule's review (victim-agreement.ts).
// Agreements record abuse in many ways besides a verb of harm: her injuries, the police arresting or
// bailing him, an order she holds against him, MARAC, a refuge, her IDVA. Each sentence holding such
// a word is read for which of the two is named where.

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

/** One sentence's say: above zero when it says `other` harmed `asked`, below when the other way round. */
function sentenceBalance(raw: string, asked: string, other: string): number {
  const sentence = raw.replace(SERVICE, (m) => ' '.repeat(m.length));
  let balance = 0;
  const harm = HARM.exec(sentence);
  if (harm) {
    // The one named before a verb of harm did it ("Steven has been violent towards Natalie"), unless "by" names them after it.
    const named = (name: string) => new RegExp(`\\b${name}\\b`).exec(sentence)?.index ?? -1;
    const byOther = new RegExp(`\\bby\\s+${other}\\b`).test(sentence.slice(harm.index));
    const byAsked = new RegExp(`\\bby\\s+${asked}\\b`).test(sentence.slice(harm.index));
    const o = named(other);
    const a = named(asked);
    if (byOther || (o >= 0 && o < harm.index && !byAsked)) balance++;
    if (byAsked || (a >= 0 && a < harm.index && !byOther)) balance--;
  }
  const otherName = new RegExp(`\\b${other}\\b`, 'g');
  // (The "you" of a letter is also "your".)
  const askedName = new RegExp(`\\b${asked === 'you' ? 'your?' : asked}\\b`, 'g');
  const sanction = SANCTION.exec(sentence);
  if (sanction) balance += namedLastBefore(sentence, sanction.index, otherName, askedName);
  const harmed = HARMED.exec(sentence);
  if (harmed && !ORDER.test(sentence)) balance -= namedLastBefore(sentence, harmed.index, otherName, askedName);
  // "an order against Lewis", "allegations against him": the one after "against" is the one who harmed.
  // ("An order against him" names him by the one named before it: "Karl has an order against him".)
  if (sanction || harmed) balance += Number(new RegExp(`\\bagainst\\s+(?:${other}|him\\b(?<=\\b${other}\\b[^.;]*?against\\s+him))\\b`).test(sentence)) - Number(new RegExp(`\\bagainst\\s+${asked}\\b`).test(sentence));
  return balance;
}

/**
 * Whether the agreement says `other` harmed `asked` more often than the other way round, over every
 * sentence that records harm in any of the ways above (names folded, lower case).
 */
export function agreementSaysHeHarmedHer(folded: readonly string[], asked: string, other: string): boolean {
  let balance = 0;
  for (const text of folded) {
    if ((!text.includes(other) && !text.includes(asked)) || !HARM_RECORDED.test(text)) continue;
    for (const sentence of text.split(/[.!?;]\s/)) {
      if (HARM_RECORDED.test(sentence)) balance += sentenceBalance(sentence, asked, other);
    }
  }
  return balance > 0;
}
