// When an agreement was made: its date beside a label, in the title area, at a page's edge, or in a sentence saying it was agreed.
import { CALENDAR_DATE } from './dates';
import type { DocumentView } from './document-view';
import { inSameTableRow, type SectionId } from './model';
import { DATE_CUE } from './section-content';
import { REVIEW_WORD } from './section-evidence';
import { cleanLabel } from './section-labels';
import { datesIn, type DateAt } from './paragraph-dates';

export function findAgreementDate(view: DocumentView, byId: ReadonlyMap<SectionId, number[]>, reference: Date): DateAt | null {
  const labelled = findLabelledAgreementDate(view, byId, reference);
  if (labelled) return labelled;
  // No "Date:" label: a date in the title area (first few blocks) that is not about a review,
  // an end, a birth or a past event, e.g. "Written agreement – 3 December 2026".
  const { folded, roles } = view;
  // "Date: 4 December 2026 Written agreement number: 1", "… – dated 5 December 2026", "Agreed on …"
  // (in the body's first lines or a page header or footer): a date straight after a date label,
  // whatever label the line itself was given.
  const lines = view.scans.allIndexes('made-on', folded.length, (i) => (i < 15 || view.blocks[i].origin === 'header' || view.blocks[i].origin === 'footer' || MADE_ON_START.test(folded[i])) && !roles[i].placeholder);
  for (const i of lines) {
    DATE_CUE.lastIndex = 0;
    for (let m = DATE_CUE.exec(folded[i]); m; m = DATE_CUE.exec(folded[i])) {
      const after = m.index + m[0].length;
      const found = datesIn(view, i, reference, after).filter((d) => d.exact && d.start <= after + 2);
      if (found.length) return found[0];
      // "Date | 9 December 2026": a label cell that is only the cue, whatever part the walk gave it, with the date beside it.
      const beside = m.index === folded[i].length - folded[i].trimStart().length && after >= folded[i].trimEnd().length && i + 1 < folded.length && inSameTableRow(view.blocks[i], view.blocks[i + 1]) && !roles[i + 1].placeholder ? datesIn(view, i + 1, reference).find((d) => d.exact && d.start <= 2) : undefined;
      if (beside) return beside;
    }
  }
  return titleAreaDate(view, reference) ?? meetingLabelDate(view, reference) ?? pageEdgeDate(view, reference);
}

/** A date in the title area (the first few blocks), not about a review, an end, a birth or a past event. */
function titleAreaDate(view: DocumentView, reference: Date): DateAt | null {
  const { folded, roles } = view;
  for (let i = 0; i < Math.min(folded.length, 6); i++) {
    // The title area ends at the first heading or label of a part: a date under "When this ends" is not the agreement's.
    // (A protective marking over a letter, "PRIVATE AND CONFIDENTIAL", does not end it.)
    if (roles[i].labelOnly && i > 0 && !isTitleBlock(view.blocks[i]) && roles[i].section !== 'participants' && !(roles[i].section === null && MARKING.test(folded[i]))) break;
    if (roles[i].placeholder || (roles[i].section && roles[i].section !== 'participants' && roles[i].section !== 'agreement-number')) continue;
    // ("Date of referral | 20 November 2026": the cell beside it says what the date is of.)
    if (i > 0 && inSameTableRow(view.blocks[i - 1], view.blocks[i]) && (OTHER_EVENT.test(folded[i - 1]) || OTHER_WORDS.test(folded[i - 1]))) continue;
    const found = titleLikeDate(view, i, reference);
    if (found) return found;
  }
  return null;
}

/** A title-like line with a calendar date, or a sentence about making the document, that is not about anything else the form records. */
function titleLikeDate(view: DocumentView, i: number, reference: Date): DateAt | null {
  const text = view.folded[i];
  // A title ("Written agreement – 3 December 2026"), or where the people who made it are listed with
  // their roles ("Round Gran's table on 9 May: Rosa (gran), Tom (uncle) …"); otherwise the date's own
  // sentence must be about making the document ("We wrote this with Kim on 4 December 2026").
  const titleLike = TITLE_LIKE.test(text) || view.facts.has(i, 'peopleWithRoles');
  // (Dates are read, which is costly, only where the line is a title or speaks of making something.)
  if (!titleLike && !MADE_ON.test(text)) return null;
  for (const d of datesIn(view, i, reference)) {
    if (!d.exact || !CALENDAR_DATE.test(view.texts[i].slice(d.start, d.end))) continue;
    const sentence = sentenceAround(text, d.start, d.end);
    // (Nor the date of something else the form records: "Date of child protection plan: …", a birth, a review.)
    if (OTHER_EVENT.test(sentence) || REVIEW_WORD.test(sentence)) continue;
    if (titleLike || MADE_ON.test(sentence)) return d;
  }
  return null;
}

/** The sentence holding start..end (sentences end at a full stop, question or exclamation mark, or a line break). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('? ', start), text.lastIndexOf('! ', start), text.lastIndexOf('\n', start)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('? ', end), text.indexOf('! ', end), text.indexOf('\n', end)].filter((k) => k >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}
/** A protective marking or how a letter was sent: "OFFICIAL-SENSITIVE", "Private and confidential \u2014 by hand". */
const MARKING = /^[^a-z]*(?:(?:private|confidential|official|sensitive|restricted|by hand|by email|first class|recorded delivery|and|[\s,&/\u2013\u2014-])+)$/;
const OTHER_EVENT = /\b(?:review|until|end|ends|birth|born|d\.?o\.?b|edd|due|delivery|since|on \d+ \w+ \d{4} (?:we|there|the police)|child protection plan|cp plan|referral|placement|incident|assessment|next|printed|again|to be|will|shall)\b/;

/**
 * A page header or footer that is a title with a date ("Plan for Ava Kerr \u2014 27 November 2026",
 * "Letter before proceedings, 24 November 2026 \u2014 page 1"): the document's date, as on its first page.
 */
function pageEdgeDate(view: DocumentView, reference: Date): DateAt | null {
  const { blocks, roles } = view;
  for (let i = 0; i < blocks.length; i++) {
    if ((blocks[i].origin !== 'header' && blocks[i].origin !== 'footer') || roles[i].placeholder) continue;
    const found = titleLikeDate(view, i, reference) ?? fieldDate(view, i, reference);
    if (found) return found;
  }
  return null;
}

/** Where a page header's fields part: a bar, a tab, a wide gap, a line break, or the text's end. */
const FIELD_BEFORE = /(?:^|[|\t\n]|\s{3})\s*$/;
const FIELD_AFTER = /^\s*(?:$|[|\t\n]|\s{3})/;

/** "Child Protection Plan | Ref CPP-3390 | 26/11/2026": a date standing alone as one of a page header's fields. */
function fieldDate(view: DocumentView, i: number, reference: Date): DateAt | null {
  const text = view.texts[i];
  if (!/[|\t]|\s{3}/.test(text)) return null;
  for (const d of datesIn(view, i, reference)) {
    if (d.exact && CALENDAR_DATE.test(text.slice(d.start, d.end)) && FIELD_BEFORE.test(text.slice(0, d.start)) && FIELD_AFTER.test(text.slice(d.end))) return d;
  }
  return null;
}

/** The meeting at which the plan was made, as a label cell near the top ("Pre-visit meeting | 3 December 2026"): its date. */
const MEETING_LABEL = /^(?!.*\b(?:next|review|reviewing|follow-up|further|last|previous)\b)(?:(?:[a-z-]+ ){0,3}(?:meeting|visit|conference|core group)(?: held(?: on)?| date)?|(?:date )?held(?: on)?)$/;
/** The meeting's name before its date in the value: "Child in need planning meeting, 4 December 2026, Marfleet Children's Centre". */
const MEETING_NAMED_FIRST = /^(?!.*\b(?:next|review|reviewing|follow-up|further|last|previous)\b)[a-z' ()-]{0,50}\b(?:meeting|visit|conference|core group|discussion)(?: (?:held|on|held on))?[\s,:\u2013\u2014-]*$/;
/** Who made it, with where and when after the names: "Made by | Shelley, Kai, Aisha Rehman (social worker) …, at home on 4 December 2026". */
const MADE_BY_LABEL = /^(?:made|agreed|written|drawn up|put together|worked out)(?: (?:by|with|between))?$/;
/** The day they met, said after the names: "…, at home on", "… at the family centre on" (the date read may hold the "on" itself). */
const MEETING_DAY = /\bon\s*$/;
function meetingLabelDate(view: DocumentView, reference: Date): DateAt | null {
  const { blocks, roles, folded } = view;
  for (let i = 0; i + 1 < Math.min(blocks.length, 20); i++) {
    if (blocks[i].kind !== 'table-cell' || roles[i].placeholder || !inSameTableRow(blocks[i], blocks[i + 1]) || roles[i + 1].placeholder) continue;
    const label = cleanLabel(folded[i]);
    // "Date of conversation | 25 November 2026", "Date of check / agreement | …": in any column of a details table.
    if (isOccasionDateLabel(label)) {
      const found = datesIn(view, i + 1, reference).find((d) => d.exact && d.kind === 'day' && d.start <= 2);
      if (found) return found;
      continue;
    }
    if (blocks[i].column !== 0 || i + 1 >= 15) continue;
    // Who made it ("Made by") or the meeting at which it was made.
    const made = MADE_BY_LABEL.test(label);
    if (!made && !MEETING_LABEL.test(label)) continue;
    const found = datesIn(view, i + 1, reference).find((d) => d.exact && (d.start <= 2 || (made ? MEETING_DAY.test(folded[i + 1].slice(0, d.start)) || folded[i + 1].startsWith('on ', d.start) : MEETING_NAMED_FIRST.test(folded[i + 1].slice(0, d.start)))));
    if (found) return found;
  }
  return null;
}

/** "Date of conversation", "Date of visit / agreement", "Date agreed": a date label naming the occasion it was made at. */
const OCCASION_DATE_LABEL = /^(?:date|day)(?: of)?(?: (?:the|this|our|today'?s))? ([a-z' /&-]{2,40})$/;
/** What the agreement was made at or by; and what else a form dates (a birth, the review, an incident). */
const MAKING_WORDS = new Set(['conversation', 'discussion', 'talk', 'chat', 'check', 'visit', 'meeting', 'session', 'agreement', 'plan', 'signing', 'completion', 'completed', 'agreed', 'signed', 'made', 'written', 'form', 'contract', 'undertaking', 'letter']);
const OTHER_WORDS = /\b(?:birth|born|dob|review|reviewed|next|last|previous|incident|referral|placement|placed|hearing|court|assessment|episode|offence|release|released|expiry|end|ends|start|due|closure|closed|allocation|allocated|strategy|section)\b/;
function isOccasionDateLabel(label: string): boolean {
  const named = OCCASION_DATE_LABEL.exec(label)?.[1];
  return named !== undefined && !OTHER_WORDS.test(named) && named.split(/[\s/&-]+/).some((word) => MAKING_WORDS.has(word));
}

/** A line that records the making, anywhere in the agreement: "Agreed on 9 December 2026 by Chloe, Liam and …". */
/** (Also a sentence of its own after the parties are listed: "… Probation Service. Agreed at a meeting at Harbourside Probation Office on 6 January 2027.") */
const MADE_ON_START = /(?:^\s*|[.!?]\s+)(?:this (?:plan|agreement|letter) was )?(?:agreed|made|written|drawn up|put together|completed|signed)(?: (?:with|by|at) [a-z'\u2019, &]{2,60}?)? on \d/;

/** A short line with no sentence in it: a title or a heading. */
const TITLE_LIKE = /^(?!(?:\S+\s+){12})[^.!?]*[.!?]?\s*$/;
/** The document being made ("I make this undertaking … on"), written, agreed or signed. */
const MADE_ON = /\b(?:made|makes? (?:this|the|our)|written|wrote|agreed|signed|dr(?:ew|awn) (?:(?:this|it) )?up|put (?:(?:this|it) )?together|completed|dated|done|held|meeting)\b/;

function findLabelledAgreementDate(view: DocumentView, byId: ReadonlyMap<SectionId, number[]>, reference: Date): DateAt | null {
  for (const i of byId.get('date') ?? []) {
    const role = view.roles[i];
    if (role.placeholder) continue;
    const own = datesIn(view, i, reference, role.contentStart).filter((d) => d.exact);
    if (own.length) return own[0];
    // "Date" as a heading or label cell with the date in the next block.
    const next = i + 1 < view.texts.length && !view.roles[i + 1].placeholder ? datesIn(view, i + 1, reference).filter((d) => d.exact) : [];
    if (role.labelOnly && next.length) return next[0];
  }
  return null;
}

/** The document's title ("Written agreement", a Title-style heading): part of the title area. */
function isTitleBlock(block: DocumentView['blocks'][number]): boolean {
  return block.kind === 'heading' && ((block.style !== undefined && /^title$/i.test(block.style)) || (block.level ?? 1) <= 1);
}
