import { daysBetween, findDates, formatDate, type FoundDate } from './dates';
import type { DocumentView } from './document-view';
import type { AgreementDates, DateMention, Finding, SectionId, SectionInfo, Severity } from './model';
import { SECTION_IDS } from './model';
import type { RuleMeta } from './rule';
import { BALANCE, MISSING_SECTION, NUMBERING, REVIEW_DATE } from './rules/document';
import { victimResponsibilityRule } from './rules/victim-responsibility';
import type { SectionKey } from './section-labels';
import { NUMBER_VALUE, REVIEW_WORD, type DocumentFact } from './section-evidence';
import { ascendingUnique } from './sorted';
import { trimSpan } from './text';

export interface DocumentCheckResult {
  findings: Finding[];
  sections: Partial<Record<SectionId, SectionInfo>>;
  missingSections: SectionId[];
  dates: AgreementDates;
}

const SECTION_NAMES: Record<SectionId, string> = {
  participants: 'who the agreement is between',
  'child-details': 'the child\u2019s details',
  'agreement-number': 'the agreement number',
  date: 'the date of the agreement',
  purpose: 'why the agreement is being made',
  concerns: 'what we are worried about',
  'family-commitments': 'what the family will do',
  'professional-commitments': 'what the social worker and other professionals will do',
  contingency: 'what happens if things go wrong',
  'review-date': 'the review date',
  duration: 'how long the agreement lasts',
  copies: 'who gets a copy',
  'legal-notice': 'the notice that the agreement is not legally binding',
  signatures: 'signature lines',
  'team-manager-signature': 'the team manager\u2019s countersignature',
};

const SEVERE_WHEN_MISSING = new Set<SectionId>(['review-date', 'contingency', 'professional-commitments', 'family-commitments', 'signatures']);

// Sections whose text is not searched for evidence of another section.
const NOWHERE: ReadonlySet<SectionKey | null> = new Set();
const CONCERNS_ONLY: ReadonlySet<SectionKey | null> = new Set(['concerns']);
const CONCERNS_OR_PURPOSE: ReadonlySet<SectionKey | null> = new Set(['concerns', 'purpose']);
const COMMITMENTS_OR_CONTINGENCY: ReadonlySet<SectionKey | null> = new Set(['family-commitments', 'professional-commitments', 'tasks', 'contingency']);
const CONTINGENCY_ONLY: ReadonlySet<SectionKey | null> = new Set(['contingency']);

/** The block has words after its label (`trim()` and `\s` agree on what is white space). */
function hasTextFrom(text: string, start: number): boolean {
  NON_SPACE.lastIndex = start;
  return NON_SPACE.test(text);
}
const NON_SPACE = /\S/g;

export function checkDocument(view: DocumentView): DocumentCheckResult {
  const { texts, folded, roles, labelled, tasks, taskAt, facts, profile } = view;
  const findings: Finding[] = [];
  const byId = view.scans.sectionIndexes(roles, taskAt);
  // Evidence found by content joins a section's list; the shared lists are copied before they change.
  const extended = new Set<SectionId>();
  const add = (id: SectionId, index: number) => {
    let list = byId.get(id);
    if (!list || !extended.has(id)) {
      list = list ? list.slice() : [];
      byId.set(id, list);
      extended.add(id);
    }
    if (list[list.length - 1] !== index) list.push(index);
  };

  const hasContent = (id: SectionKey): boolean => {
    const indexes = id === 'tasks' ? [] : byId.get(id as SectionId) ?? [];
    return indexes.some((i) => !roles[i].placeholder && !roles[i].labelOnly && hasTextFrom(texts[i], roles[i].contentStart));
  };
  // The first paragraph, outside the sections in `skip`, that matches a document pattern.
  const anyText = (fact: DocumentFact, skip: ReadonlySet<SectionKey | null> = CONCERNS_ONLY): number =>
    view.scans.firstIndex(`text:${fact}`, folded.length, (i) => {
      const role = roles[i];
      return !skip.has(role.section) && !role.placeholder && !(role.labelOnly && skip.size > 0) && facts.has(i, fact);
    });

  // Dates are compared by day; a midnight reference also keeps the parsed-date cache effective.
  const now = view.today ?? new Date();
  const reference = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const agreementDate = findAgreementDate(view, byId, reference);

  // Decide presence for every section id.
  const present = new Map<SectionId, boolean>();
  for (const id of SECTION_IDS) present.set(id, hasContent(id));

  // Participants, legal notice, contingency and duration are often written as sentences, not headings.
  const participantsAt = anyText('participants', NOWHERE);
  if (participantsAt >= 0) {
    present.set('participants', true);
    add('participants', participantsAt);
  }
  const legalAt = anyText('legalNotice', NOWHERE);
  if (legalAt >= 0) {
    present.set('legal-notice', true);
    add('legal-notice', legalAt);
  } else {
    present.set('legal-notice', false);
  }
  if (!present.get('contingency')) {
    const at = anyText('contingency', CONCERNS_OR_PURPOSE);
    if (at >= 0) {
      present.set('contingency', true);
      add('contingency', at);
    }
  }
  if (!present.get('concerns')) {
    const at = anyText('concerns', COMMITMENTS_OR_CONTINGENCY);
    if (at >= 0) {
      present.set('concerns', true);
      add('concerns', at);
    }
  }
  if (!present.get('purpose')) {
    const at = anyText('purpose', CONTINGENCY_ONLY);
    if (at >= 0) {
      present.set('purpose', true);
      add('purpose', at);
    }
  }
  if (!present.get('duration')) {
    const at = anyText('duration');
    if (at >= 0) {
      present.set('duration', true);
      add('duration', at);
    }
  }

  // Signatures need no content (the lines are blank until signed): a label or signature table is enough.
  const signatureLabel = labelled.has('signatures') || anyText('signature', NOWHERE) >= 0;
  present.set('signatures', signatureLabel || hasContent('signatures'));
  const managerAt = view.scans.firstIndex(
    'manager',
    folded.length,
    (i) => facts.has(i, 'teamManager') && (roles[i].section === 'signatures' || roles[i].section === 'team-manager-signature' || /\bsign|\bdate\b|_{3,}|\.{5,}/.test(folded[i])),
  );
  present.set('team-manager-signature', labelled.has('team-manager-signature') || managerAt >= 0);
  if (managerAt >= 0) add('team-manager-signature', managerAt);

  // Agreement number: a label with a number beside it.
  const numberBlocks = byId.get('agreement-number') ?? [];
  const numbered = numberBlocks.some((i) => !roles[i].placeholder && NUMBER_VALUE.test(folded[i].slice(Math.max(0, roles[i].contentStart))) && !/^\s*$/.test(folded[i].replace(/.*?(number|no\.?|ref(erence)?)\s*[:;]?/, '')));
  let numberedAt = -1;
  if (!numbered) {
    // "Written Agreement (No. 3)", "Agreement #2" in a title or heading with no label of its own.
    numberedAt = view.scans.firstIndex('number', Math.min(folded.length, 15), (i) => !roles[i].placeholder && facts.has(i, 'agreementNumber'));
    if (numberedAt >= 0) add('agreement-number', numberedAt);
  }
  present.set('agreement-number', numbered || numberedAt >= 0);
  present.set('date', agreementDate !== null);

  // Balance: a professionals section counts only if a named professional or agency will do something.
  const professionalTask = tasks.find(
    (task) =>
      (task.section === 'professional-commitments' && (task.actor.kind === 'professional' || task.actor.kind === 'family' || (task.actor.kind === 'none' && (task.headingActor === 'professional' || task.headingActor === 'family')))) ||
      (task.section !== 'professional-commitments' && task.actor.kind === 'professional' && !/^\s*(?:we|us)\b/i.test(task.text.slice(task.actor.start, task.actor.end))),
  );
  present.set('professional-commitments', !!professionalTask);
  present.set('family-commitments', tasks.some((task) => task.section !== 'professional-commitments' && task.actor.kind !== 'professional') || hasContent('family-commitments'));

  // Review date: an actual date in the review section, or in a sentence about reviewing.
  const review = findReviewDate(view, byId, agreementDate?.date ?? reference);
  present.set('review-date', review.date !== null);
  for (const i of review.evidence) add('review-date', i);

  const sections: Partial<Record<SectionId, SectionInfo>> = {};
  for (const id of SECTION_IDS) {
    const list = byId.get(id) ?? [];
    const paragraphs = extended.has(id) ? ascendingUnique(list) : list.slice();
    sections[id] = { present: present.get(id) ?? false, paragraphs };
  }

  const missingSections = profile.requiredSections.filter((id) => !present.get(id));
  const firstContent = texts.findIndex((t) => t.trim().length > 0);
  const anchor = (indexes: number[] | undefined): { paragraph: number; start: number; end: number } | null => {
    const i = indexes?.find((x) => texts[x].trim().length > 0);
    if (i === undefined) return firstContent >= 0 ? { paragraph: firstContent, start: 0, end: 0 } : null;
    const span = trimSpan(texts[i], 0, texts[i].length);
    return { paragraph: i, ...span };
  };
  const emit = (meta: RuleMeta, at: { paragraph: number; start: number; end: number } | null, message: string, suggestions: string[], severity?: Severity, section?: SectionId) => {
    if (!at) return;
    findings.push({
      ruleId: meta.id,
      category: meta.category,
      severity: severity ?? meta.severity,
      message,
      paragraph: at.paragraph,
      start: at.start,
      end: at.end,
      excerpt: texts[at.paragraph].slice(at.start, at.end),
      suggestions,
      source: meta.source,
      ...(section ? { section } : {}),
    });
  };

  for (const id of missingSections) {
    const severity: Severity = SEVERE_WHEN_MISSING.has(id) ? 'error' : 'warning';
    if (id === 'review-date' && review.evidence.length > 0) {
      emit(MISSING_SECTION, anchor(review.evidence), 'The review is described but has no actual date. "At the next core group" or "in due course" is not a date that everyone can hold to.', ['Give a date, for example "This agreement will be reviewed on 7 January 2027 at the core group meeting."'], severity, id);
    } else if (id === 'professional-commitments' && (byId.get('professional-commitments') ?? []).length > 0) {
      emit(BALANCE, anchor(byId.get('professional-commitments')), 'The professionals\u2019 part does not name any professional or agency doing something. The agreement must be balanced: say which worker will do what, and when.', ['Belinda Jones (social worker) will visit the family home every Tuesday at 4pm.'], severity, id);
    } else if (labelled.has(id) && (byId.get(id) ?? []).length > 0) {
      emit(MISSING_SECTION, anchor(labelled.get(id)), `The part for ${SECTION_NAMES[id]} is there but empty.`, [`Fill in ${SECTION_NAMES[id]}.`], severity, id);
    } else {
      emit(MISSING_SECTION, anchor(undefined), `This agreement does not include ${SECTION_NAMES[id]}.`, [`Add a part for ${SECTION_NAMES[id]}.`], severity, id);
    }
  }

  // Numbering and date (its own rule, whatever the profile requires).
  if (!present.get('agreement-number') && !missingSections.includes('agreement-number')) {
    emit(NUMBERING, anchor(numberBlocks.length ? numberBlocks : undefined), 'This agreement has no number. Agreements in a case are numbered in order, and a changed agreement is a new one with the next number.', ['Written agreement number: 1'], 'warning', 'agreement-number');
  }
  if (!present.get('date') && !missingSections.includes('date')) {
    emit(NUMBERING, anchor(byId.get('date')), 'This agreement has no date. It must be dated when everyone signs.', [`Date: ${formatDate(reference)}`], 'warning', 'date');
  }

  // Review date checks against the agreement date, the end date and the profile's limit.
  const end = findEndDate(view, byId, agreementDate?.date ?? reference);
  if (review.date) {
    const at = { paragraph: review.date.paragraph, start: review.date.start, end: review.date.end };
    if (agreementDate && daysBetween(agreementDate.date, review.date.date) < 0) {
      emit(REVIEW_DATE, at, `The review date (${formatDate(review.date.date)}) is before the agreement\u2019s date (${formatDate(agreementDate.date)}).`, ['Check the review date.']);
    } else if (agreementDate && daysBetween(agreementDate.date, review.date.date) > profile.maxReviewDays) {
      emit(REVIEW_DATE, at, `The review is ${Math.round(daysBetween(agreementDate.date, review.date.date) / 7)} weeks after the agreement starts. Agreements are short-term: this policy asks for a review within ${Math.round(profile.maxReviewDays / 7)} weeks.`, [`Review by ${formatDate(addDays(agreementDate.date, profile.maxReviewDays))}.`]);
    }
    if (end && daysBetween(end.date, review.date.date) > 0) {
      emit(REVIEW_DATE, at, `The review date (${formatDate(review.date.date)}) is after the agreement ends (${formatDate(end.date)}). Review it before it ends.`, ['Move the review before the end date, or say when the agreement ends.']);
    }
  }

  return { findings, sections, missingSections, dates: { agreement: mention(agreementDate), review: mention(review.date), end: mention(end) } };
}

/** A found date as the result reports it: where it is, and the calendar day (local, yyyy-mm-dd). */
function mention(found: DateAt | null): DateMention | null {
  if (!found) return null;
  const d = found.date;
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { paragraph: found.paragraph, start: found.start, end: found.end, iso };
}

function addDays(date: Date, days: number): Date {
  const copy = new Date(date.getTime());
  copy.setDate(copy.getDate() + days);
  return copy;
}

interface DateAt extends FoundDate {
  paragraph: number;
}

function datesIn(view: DocumentView, i: number, reference: Date, from = 0): DateAt[] {
  const text = view.texts[i].slice(from);
  if (!/\d|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|january|february|march|april|may|june|july|august|september|october|november|december/i.test(text)) return [];
  return findDates(text, reference).map((d) => ({ ...d, start: d.start + from, end: d.end + from, paragraph: i }));
}

function findAgreementDate(view: DocumentView, byId: Map<SectionId, number[]>, reference: Date): DateAt | null {
  const labelled = findLabelledAgreementDate(view, byId, reference);
  if (labelled) return labelled;
  // No "Date:" label: a date in the title area (first few blocks) that is not about a review,
  // an end, a birth or a past event, e.g. "Written agreement – 3 December 2026".
  const { folded, roles } = view;
  for (let i = 0; i < Math.min(folded.length, 6); i++) {
    if (roles[i].placeholder || (roles[i].section && roles[i].section !== 'participants')) continue;
    if (/\b(?:review|until|end|ends|birth|born|d\.?o\.?b|since|on \d+ \w+ \d{4} (?:we|there|the police))\b/.test(folded[i])) continue;
    const found = datesIn(view, i, reference).filter((d) => d.exact);
    if (found.length) return found[0];
  }
  return null;
}

function findLabelledAgreementDate(view: DocumentView, byId: Map<SectionId, number[]>, reference: Date): DateAt | null {
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

function findReviewDate(view: DocumentView, byId: Map<SectionId, number[]>, reference: Date): { date: DateAt | null; evidence: number[] } {
  const { roles, folded } = view;
  const evidence: number[] = [];
  const candidates: number[] = [];
  for (const i of byId.get('review-date') ?? []) {
    evidence.push(i);
    candidates.push(i);
  }
  // Review sentences elsewhere ("How long this will go on for: ... reviewed on 7 January").
  const reviewSentences = view.scans.allIndexes('review', folded.length, (i) => {
    const { section, placeholder } = roles[i];
    if (section === 'review-date' || placeholder || section === 'concerns' || section === 'purpose' || section === 'family-commitments') return false;
    return view.facts.has(i, 'review') && !view.facts.has(i, 'childProtectionReview');
  });
  for (const i of reviewSentences) {
    evidence.push(i);
    candidates.push(i);
  }
  for (const i of candidates) {
    const role = roles[i];
    if (role.placeholder) continue;
    const found = datesIn(view, i, reference, role.section === 'review-date' ? role.contentStart : 0).filter((d) => d.exact);
    // Outside the review section, only a date in the same sentence as "review" counts.
    const usable = role.section === 'review-date' ? found : found.filter((d) => sameSentenceAsReview(folded[i], d.start));
    if (usable.length) return { date: usable[0], evidence };
    if (role.section === 'review-date' && role.labelOnly && i + 1 < folded.length && roles[i + 1].section !== 'review-date') {
      const next = datesIn(view, i + 1, reference).filter((d) => d.exact);
      if (next.length && view.blocks[i + 1].kind === 'table-cell') return { date: next[0], evidence };
    }
  }
  return { date: null, evidence: [...new Set(evidence)].sort((a, b) => a - b) };
}

function sameSentenceAsReview(folded: string, at: number): boolean {
  const before = folded.lastIndexOf('.', at - 1);
  const after = folded.indexOf('. ', at);
  const sentence = folded.slice(before + 1, after < 0 ? folded.length : after);
  return REVIEW_WORD.test(sentence);
}

function findEndDate(view: DocumentView, byId: Map<SectionId, number[]>, reference: Date): DateAt | null {
  for (const i of byId.get('duration') ?? []) {
    if (view.roles[i].placeholder) continue;
    const text = view.folded[i];
    if (REVIEW_WORD.test(text) && !/\b(?:until|end|ends|last|lasts|expire|finish)\b/.test(text)) continue;
    const found = datesIn(view, i, reference, view.roles[i].contentStart).filter((d) => d.exact && !REVIEW_WORD.test(text.slice(Math.max(0, d.start - 30), d.start)));
    if (found.length) return found[found.length - 1];
  }
  return null;
}

/**
 * The victim-responsibility prompt is milder when the other adult has tasks of their own and the
 * parent is offered support; both are only visible with the whole agreement in view.
 */
export function softenVictimPrompts(findings: Finding[], view: DocumentView): void {
  if (!findings.some((f) => f.category === 'victim-responsibility')) return;
  // The same few names recur ("her partner", "Mr Jones"): each is looked up once per run in one string
  // of every family task's subject, and parents in one string of every support task, with a NUL
  // between tasks (names never contain one; text that does is searched task by task).
  const familySubjects = view.scans.joinedTasks('family-subjects', view.taskAt, (t) => (t.actor.kind !== 'professional' ? t.subject : null));
  const supportTexts = view.scans.joinedTasks('support', view.taskAt, (t) => (t.actor.kind === 'professional' && view.facts.has(t.index, 'support') ? t.folded : null));
  const tasksNaming = new Map<string, number[]>();
  const supported = new Map<string, boolean>();
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k];
    if (finding.category !== 'victim-responsibility') continue;
    const folded = view.folded[finding.paragraph];
    const task = view.taskAt[finding.paragraph];
    const parent = task ? folded.slice(task.actor.start, task.actor.end).trim() : '';
    const other = /\b(mr|mrs|ms|miss) ([a-z'-]+)|\b(partner|boyfriend|girlfriend|husband|wife|dad|father|mum|mother|stepdad|stepfather)\b/.exec(folded.slice(finding.start, finding.end));
    const otherName = other ? other[0] : '';
    let naming = otherName ? tasksNaming.get(otherName) : undefined;
    if (otherName && !naming) {
      // Two are enough to know whether a task other than this one names them.
      naming = familySubjects.tasksContaining(otherName, 2);
      tasksNaming.set(otherName, naming);
    }
    const otherHasTasks = !!naming && naming.some((index) => index !== finding.paragraph);
    let parentSupported = supported.get(parent);
    if (parentSupported === undefined) {
      const parentWords = parent.split(/\s+(?:and|&)\s+/).map((p) => p.trim()).filter((p) => p.length > 1);
      parentSupported = parentWords.some((p) => supportTexts.tasksContaining(p, 1).length > 0);
      supported.set(parent, parentSupported);
    }
    if (otherHasTasks && parentSupported) {
      // Findings may be shared with the analyser's cache: replace, never mutate.
      findings[k] = {
        ...finding,
        severity: 'info',
        message: 'This asks one parent to keep another adult away. That adult has tasks of their own and this parent is offered support, which is right; check the parent has agreed and knows what to do if the other adult comes to the home.',
      };
    } else if (otherHasTasks || parentSupported) {
      findings[k] = {
        ...finding,
        message: finding.message + (otherHasTasks ? ' (The other adult does have tasks of their own; is this parent offered support?)' : ' (This parent is offered support; does the other adult have tasks of their own?)'),
      };
    }
  }
}
