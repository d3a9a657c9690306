// The dates an agreement carries: when it will be reviewed and when it ends (when it was made: agreement-made-date.ts).
import { CALENDAR_DATE } from './dates';
import type { DocumentView } from './document-view';
import { firstInSentenceWith } from './linear-scans';
import type { SectionId } from './model';
import { REVIEW_OTHERWISE, REVIEW_WORD } from './section-evidence';
import { cleanLabel } from './section-labels';
import { datesIn, type DateAt } from './paragraph-dates';

/** `howLong`: the review section's lines that say how long the agreement lasts (reviewLinesSayingHowLong). */
export function findReviewDate(view: DocumentView, byId: ReadonlyMap<SectionId, number[]>, reference: Date, howLong: readonly number[]): { date: DateAt | null; evidence: number[] } {
  const { roles, folded } = view;
  const evidence: number[] = [];
  const candidates: number[] = [];
  for (const i of byId.get('review-date') ?? []) {
    evidence.push(i);
    candidates.push(i);
  }
  // Review sentences elsewhere ("How long this will go on for: ... reviewed on 7 January"). Where the
  // form's review box is left blank, only a sentence saying so in so many words fills it: going
  // through the plan with someone before it starts is not reviewing it.
  const blankBox = reviewBoxLeftBlank(view);
  // Where the form has its own review box, "until the review conference on 10 February" elsewhere says when the agreement ends.
  const ownBox = (byId.get('review-date') ?? []).some((i) => !roles[i].labelOnly && !roles[i].placeholder);
  const reviewSentences = view.scans.allIndexes(REVIEW_SCAN[(blankBox ? 2 : 0) + (ownBox ? 1 : 0)], folded.length, (i) => {
    const { section, placeholder } = roles[i];
    if (section === 'review-date' || placeholder || section === 'concerns' || section === 'purpose') return false;
    // A family member's task may mention a review of something else; "we will look at this again …" is the agreement's
    // (tested first, and only where "again" or "review" is: most of an agreement's lines are the family's tasks).
    if (section === 'family-commitments' && !((folded[i].includes('again') || folded[i].includes('review')) && AGREEMENT_LOOKED_AT.test(folded[i]))) return false;
    if (!view.facts.has(i, 'review') || view.facts.has(i, 'childProtectionReview')) return false;
    return (!blankBox || PLAIN_REVIEW.test(folded[i])) && !(ownBox && LASTS_UNTIL_REVIEW.test(folded[i])) && !SOMETHING_ELSE_REVIEWED.test(folded[i]) && !(SOMEONES_THING_REVIEWED.test(folded[i]) && !AGREEMENT_LOOKED_AT.test(folded[i]));
  });
  for (const i of reviewSentences) {
    evidence.push(i);
    candidates.push(i);
  }
  for (const i of candidates) {
    const role = roles[i];
    if (role.placeholder) continue;
    // Under "How long this lasts and when we will review it", a line not naming a review gives only a day
    // written as a date, and not the end of a span ("lasts 16 weeks, from … to 16 March 2027").
    const lasting = howLong.includes(i) && !PLAIN_REVIEW.test(folded[i]);
    const usable = view.scans.ofParagraph(lasting ? 'review-date:how-long' : 'review-date', i, () => reviewDateIn(view, i, reference, lasting), reference.getTime());
    if (usable) return { date: usable, evidence };
    if (role.section === 'review-date' && role.labelOnly && i + 1 < folded.length && roles[i + 1].section !== 'review-date') {
      const next = datesIn(view, i + 1, reference).filter((d) => d.exact && d.kind !== 'period');
      if (next.length && view.blocks[i + 1].kind === 'table-cell') return { date: next[0], evidence };
    }
  }
  return { date: null, evidence: [...new Set(evidence)].sort((a, b) => a - b) };
}

/** The review date paragraph i gives by itself, if any; in a line only saying how long (`lasting`), a day written as a date that ends no span. */
function reviewDateIn(view: DocumentView, i: number, reference: Date, lasting: boolean): DateAt | null {
  const role = view.roles[i];
  const folded = view.folded[i];
  // (A length read as a date, "for three months", is no day; nor is the day a length runs from, "from today".)
  // (Nor a length from now, "in six weeks", "at the next meeting in 4 weeks": a manager cannot put it in a diary.)
  const found = datesIn(view, i, reference, role.section === 'review-date' ? role.contentStart : 0).filter((d) => {
    if (d.kind === 'period') return false;
    const said = folded.slice(d.start, d.end);
    const before = folded.slice(Math.max(0, d.start - 15), d.start);
    // (Nor a day its sentence tells of as past: "the plan was last looked at on 3 November".)
    return d.exact && !d.past && !A_LENGTH.test(said) && !SPAN_START.test(before) && !SPAN_END.test(before) && !(lasting && (!CALENDAR_DATE.test(said) || SPAN_TO.test(before) || LATEST.test(before)));
  });
  // Outside the review section, only a date in the same sentence as "review" counts.
  const usable = afterReviewWord(folded, found) ?? (role.section === 'review-date' ? found[0] : firstInSentenceWith(folded, found, REVIEW_WORD) ?? (REVIEW_OTHERWISE.test(folded) ? firstInSentenceWith(folded, found, REVIEW_OTHERWISE.pattern) : undefined));
  return usable && !roughAndUnset(folded, usable) ? usable : null;
}

/** The scan for review sentences, by whether the review box is left blank and whether the form has its own (each answer is another scan). */
const REVIEW_SCAN = ['review', 'review:own-box', 'review:blank-box', 'review:blank-box:own-box'];
/** "for three months", "for six weeks": a length, not a day. */
const A_LENGTH = /^for\b/;
const SPAN_START = /\b(?:from|since|starting(?: on)?)\s*$/;
/** "Until 31 March 2027, unless the review changes it", "The plan runs until 26 March" under a review heading: the day it ends, not a review. */
const SPAN_END = /(?:^|\b)(?:until|till|up to|ends?(?: on)?|expires?(?: on)?)\s*$/;
const SPAN_TO = /\bto\s*$/;
/** "… and no later than 31 March 2027" in a line saying how long: the latest end (under a review heading alone it is the latest review). */
const LATEST = /\b(?:no|not) later than\s*$/;
/** "Weekend contact will be reviewed.", "Her medication is to be reviewed": something other than the agreement reviewed, and nothing more said. */
const SOMETHING_ELSE_REVIEWED = /^\s*(?!(?:this|the|our|your|my) (?:written )?(?:agreement|plan|letter|contract|arrangements?)\b|(?:this|it|everything|things|we|you|i)\b)(?:[a-z'\u2019-]+ ){1,4}(?:will|is to|are to|should|can|may|must) be reviewed\.?\s*$/;
/**
 * "Mum goes to her GP on 9 December to review her medication", "his 12-month health review": someone's own
 * things reviewed, not the agreement (unless the line also says the agreement is looked at again).
 */
const SOMEONES_THING_REVIEWED = /\breview(?:s|ed|ing)? (?:her|his|their|your|my|[a-z]+['\u2019]s) (?!(?:written |safety )?(?:agreement|plan|progress|arrangements?)\b)[a-z]|\b(?:health|medication|medicines?|medical|dental|benefits?|housing|tenancy) reviews?\b/;
/** "Until the review conference on …", "lasts up to the next review": the review is where it ends. */
const LASTS_UNTIL_REVIEW = /\b(?:until|till|up to|up until)\b[^.;]{0,30}\breview/;

/** A review in so many words: "review", "revisit", "again", "the next meeting". */
const PLAIN_REVIEW = /\breview|\brevisit|\bagain\b|\bnext (?:[a-z-]+ ){0,3}(?:meeting|core group|conference|get-together|catch-up)\b/;

/** "Review date: Click or tap to enter a date.", or a review label over a placeholder. */
function reviewBoxLeftBlank(view: DocumentView): boolean {
  const { roles } = view;
  return (view.labelled.get('review-date') ?? []).some((i) => roles[i].placeholder || (roles[i].labelOnly && roles[i + 1]?.section === 'review-date' && roles[i + 1].placeholder));
}

/** A review heading that also asks how long: "How long this lasts and when we will review it", "Duration and review". */
const HOW_LONG_LABEL = /\bhow long\b|\bduration\b|\bend date\b|\blength\b|\bwhen (?:it|this|the (?:agreement|plan)) (?:ends|finishes|stops)\b/;

/** What a line saying how long says: a length or an end. */
const LENGTH_OR_END_WORD = /\b(?:until|till|lasts?|lasting|ends?|ending|finish\w*|expir\w*|(?:no|not) later than|for (?:the (?:next|coming) )?(?:\w+ )?(?:weeks|months|days))\b/;

/** The lines under a review heading that also asks how long: they tell the duration too (the walk gives a block one part). */
export function reviewLinesSayingHowLong(view: DocumentView): number[] {
  const { roles, folded } = view;
  const lines: number[] = [];
  for (const at of view.labelled.get('review-date') ?? []) {
    if (!roles[at].labelOnly || !view.scans.ofParagraph('how-long-label', at, () => HOW_LONG_LABEL.test(cleanLabel(folded[at])))) continue;
    // (A line naming the review and no length or end, "We will review this with Kelly on 13 January", tells only the review.)
    for (let i = at + 1; i < roles.length && roles[i].section === 'review-date' && !roles[i].labelOnly; i++) if (!PLAIN_REVIEW.test(folded[i]) || LENGTH_OR_END_WORD.test(folded[i])) lines.push(i);
  }
  return lines;
}

/** The agreement itself looked at again: "we will look at this again", "review the plan", "this agreement will be reviewed". */
const AGREEMENT_LOOKED_AT = /\b(?:look at|go through|go over|talk about|check|review) (?:this|it|(?:the|this|our) (?:agreement|plan|arrangements?))(?: (?:all|together|with [a-z]+))? again\b|\breview (?:this|the|our) (?:agreement|plan|arrangements?)\b|\b(?:this|the|our) (?:agreement|plan|arrangements?) will be (?:reviewed|looked at again)\b/;
/** A date reckoned roughly ("about six weeks after 8 December") … */
const ROUGH_DATE = /\b(?:about|around|roughly|approximately|after|within|weeks?|months?)\b/;
/** … in a sentence that says the real date is still to be set. */
const DATE_TO_BE_SET = /\b(?:date|day|time)s? (?:(?:will|is|are) (?:still )?(?:to )?be|(?:still |yet )?to be) (?:agreed|confirmed|set|arranged|fixed|decided|booked)\b|\bdate (?:tbc|tba)\b|\b(?:let (?:you|everyone|them|[a-z]+) know|tell (?:you|everyone|them)|confirm|send (?:you|everyone|them))(?: of)? the (?:date|day)\b|\b(?:send|sends|give|gives|email|emails|text|texts|post|posts|circulate|circulates)(?: round| out| (?:you|everyone|them|us|the family|the network))? (?:a|the) (?:date|day|time)\b|\b(?:date|day) (?:to follow|will follow)\b/;

/** "A review about six weeks after 8 December; the date will be agreed at the meeting": no review date yet. */
function roughAndUnset(folded: string, date: DateAt): boolean {
  const said = folded.slice(date.start, date.end);
  if (!ROUGH_DATE.test(said)) return false;
  // "In about eight weeks": a guess at a span, with no day in it, is no date.
  if (ROUGHLY.test(folded.slice(Math.max(0, date.start - 12), date.end)) && !CALENDAR_DATE.test(said)) return true;
  // (The date may be promised in the next sentence: "… in about six weeks after the 8th. Jo will send round a date.")
  const from = folded.lastIndexOf('. ', date.start) + 1;
  const stop = folded.indexOf('. ', folded.indexOf('. ', date.end) + 2);
  return DATE_TO_BE_SET.test(folded.slice(from, stop < 0 || folded.indexOf('. ', date.end) < 0 ? folded.length : stop));
}
/** A guess: "about", "around", "roughly", "or so". */
const ROUGHLY = /\b(?:about|around|roughly|approximately|or so)\b/;

export function findEndDate(view: DocumentView, byId: ReadonlyMap<SectionId, number[]>, reference: Date): DateAt | null {
  for (const i of byId.get('duration') ?? []) {
    if (view.roles[i].placeholder) continue;
    const text = view.folded[i];
    if (REVIEW_WORD.test(text) && !/\b(?:until|end|ends|last|lasts|expire|finish)\b/.test(text)) continue;
    const found = datesIn(view, i, reference, view.roles[i].contentStart).filter((d) => d.exact && !d.past && !REVIEW_WORD.test(text.slice(Math.max(0, d.start - 30), d.start)));
    // "from 7 December 2026 to 18 January 2027" ends on the range's last day.
    const last = found[found.length - 1];
    if (last) return last.until ? { ...last, date: last.until } : last;
  }
  return null;
}

/**
 * "This agreement lasts until 10 February 2027 and will be reviewed on 21 January 2027": the review
 * date is the first date after a review word in its sentence, whatever date the sentence gives first.
 */
function afterReviewWord(folded: string, found: readonly DateAt[]): DateAt | undefined {
  if (found.length < 2) return undefined;
  const review = REVIEW_WORD.exec(folded);
  if (!review) return undefined;
  const stop = folded.indexOf('. ', review.index);
  return found.find((d) => d.start >= review.index && (stop < 0 || d.start < stop));
}
