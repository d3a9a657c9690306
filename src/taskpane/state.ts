import {
  buildChecklist,
  DEFAULT_PROFILE_ID,
  getProfile,
  readiness,
  type AnalysisResult,
  type Category,
  type ChecklistChange,
  type ChecklistItem,
  type Finding,
  type SectionId,
  type Severity,
  type SignOffRecord,
} from '../core';
import { emptySignOffRecord } from '../core';
import type { TrackedChangeKey } from '../word/tracked-change-key';

// The pane's state and every change to it, as a pure reducer. Components render this state and
// dispatch actions; the controller performs Word calls and dispatches their results.

export type View = 'screening' | 'check' | 'sign-off' | 'review' | 'meeting';
export type Role = 'worker' | 'manager';

/** A tracked change as the manager's review shows it; `key` identifies the change itself, not its place in a list. */
export interface ReviewChange {
  key: TrackedChangeKey;
  type: string;
  author: string;
  date: string;
  text: string;
  section: string;
  /** Checklist items this change alone fixes or breaks. */
  effects: Array<{ label: string; effect: 'fixes' | 'breaks' }>;
}

export interface ReviewView {
  available: boolean;
  changes: ReviewChange[];
  comparison: ChecklistChange[];
}

export interface Message {
  id: string;
  intent: 'info' | 'warning' | 'error' | 'success';
  text: string;
}

export interface FindingFilter {
  category: Category | 'all';
  severity: Severity | 'all';
}

export interface State {
  view: View;
  profileId: string;
  screening: Record<string, boolean | undefined>;
  screeningDone: boolean;
  result: AnalysisResult | null;
  /** Ignore keys kept in the document: see ignoreKeyOf, onceKeyOf and offKeyOf. */
  ignored: Set<string>;
  busy: boolean;
  marksAvailable: boolean;
  messages: Message[];
  signOff: SignOffRecord;
  /** The worker and the manager are different people: each name is kept apart. */
  names: Record<Role, string>;
  review: ReviewView | null;
  filter: FindingFilter;
  /** The finding the worker is stepping through (findingId). */
  active: string | null;
  /** The last ignore, so it can be undone. */
  lastIgnored: { key: string; label: string } | null;
}

export const initialState: State = {
  view: 'screening',
  profileId: DEFAULT_PROFILE_ID,
  screening: {},
  screeningDone: false,
  result: null,
  ignored: new Set(),
  busy: false,
  marksAvailable: true,
  messages: [],
  signOff: emptySignOffRecord(),
  names: { worker: '', manager: '' },
  review: null,
  filter: { category: 'all', severity: 'all' },
  active: null,
  lastIgnored: null,
};

export type Action =
  | { type: 'show'; view: View }
  | { type: 'answer'; question: string; value: boolean }
  | { type: 'screening-finished' }
  | { type: 'profile'; profileId: string }
  | { type: 'analysed'; result: AnalysisResult; marksAvailable: boolean }
  | { type: 'busy'; busy: boolean }
  | { type: 'ignored'; ignored: Set<string>; last?: State['lastIgnored'] }
  | { type: 'message'; message: Message }
  | { type: 'dismiss'; id: string }
  | { type: 'sign-off'; record: SignOffRecord }
  | { type: 'name'; role: Role; name: string }
  | { type: 'review'; review: ReviewView }
  | { type: 'filter'; filter: Partial<FindingFilter> }
  | { type: 'activate'; id: string | null };

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'show':
      return { ...state, view: action.view };
    case 'answer':
      return { ...state, screening: { ...state.screening, [action.question]: action.value } };
    case 'screening-finished':
      return { ...state, screeningDone: true, view: 'check' };
    case 'profile':
      return { ...state, profileId: action.profileId };
    case 'analysed':
      return { ...state, result: action.result, marksAvailable: action.marksAvailable, busy: false };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'ignored':
      return { ...state, ignored: action.ignored, lastIgnored: action.last === undefined ? state.lastIgnored : action.last };
    case 'message':
      return { ...state, messages: [...state.messages.filter((m) => m.id !== action.message.id), action.message] };
    case 'dismiss':
      return { ...state, messages: state.messages.filter((m) => m.id !== action.id) };
    case 'sign-off':
      return { ...state, signOff: action.record };
    case 'name':
      return { ...state, names: { ...state.names, [action.role]: action.name } };
    case 'review':
      return { ...state, review: action.review };
    case 'filter':
      return { ...state, filter: { ...state.filter, ...action.filter } };
    case 'activate':
      return { ...state, active: action.id };
  }
}

/** Where a message is shown: next to the action it is about ('pane' for the whole pane). */
const PLACES: Record<string, View | 'pane'> = {
  insert: 'check',
  select: 'check',
  accept: 'check',
  ignore: 'check',
  profile: 'check',
  confirm: 'sign-off',
  'sign-off': 'sign-off',
  checklist: 'sign-off',
  print: 'sign-off',
  amend: 'sign-off',
  review: 'review',
  decision: 'review',
  countersign: 'review',
};
export const placeOf = (message: Message): View | 'pane' => PLACES[message.id] ?? 'pane';

// Ignore keys. "Everywhere" is the rule and the words; "once" adds where (a short hash of the
// paragraph and the offset); "off" turns a whole category of check off for this document.
export const ignoreKeyOf = (finding: Finding) => `${finding.ruleId}|${finding.excerpt}`;
export const onceKeyOf = (finding: Finding, paragraphText: string) => `once|${finding.ruleId}|${finding.excerpt}|${hash(paragraphText)}|${finding.start}`;
export const offKeyOf = (category: Category) => `off|${category}`;

export function isIgnoredIn(state: Pick<State, 'ignored' | 'result'>): (finding: Finding) => boolean {
  return (finding) =>
    state.ignored.has(ignoreKeyOf(finding)) ||
    state.ignored.has(offKeyOf(finding.category)) ||
    state.ignored.has(onceKeyOf(finding, state.result?.paragraphs[finding.paragraph] ?? ''));
}

/** A finding's identity within one analysis, for the active finding and focus. */
export const findingId = (finding: Finding) => `${finding.ruleId}-${finding.paragraph}-${finding.start}`;

function hash(text: string): string {
  // FNV-1a: a short, stable fingerprint of the paragraph so an "ignore once" stays put.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The findings in the text (not missing sections), ignored ones apart, after the filters. */
export function listedFindings(state: State): Finding[] {
  const ignored = isIgnoredIn(state);
  return (state.result?.findings ?? []).filter(
    (f) =>
      f.category !== 'missing-section' &&
      !ignored(f) &&
      (state.filter.category === 'all' || f.category === state.filter.category) &&
      (state.filter.severity === 'all' || f.severity === state.filter.severity),
  );
}

/** What the worker has ignored in this document, to bring back. */
export function ignoredEntries(state: State): Array<{ key: string; kind: 'once' | 'everywhere' | 'off'; label: string }> {
  return [...state.ignored].sort().map((key) => {
    const parts = key.split('|');
    if (parts[0] === 'off') return { key, kind: 'off' as const, label: CATEGORY_NAMES[parts[1] as Category] ?? parts[1] };
    if (parts[0] === 'once') return { key, kind: 'once' as const, label: parts[2] };
    return { key, kind: 'everywhere' as const, label: parts.slice(1).join('|') };
  });
}

/** Findings grouped by the section they sit in, in document order. */
export function groupBySection(state: State, findings: Finding[]): Array<{ section: SectionId | 'other'; findings: Finding[] }> {
  const result = state.result;
  if (!result) return [];
  const sectionOf = new Map<number, SectionId>();
  for (const [id, info] of Object.entries(result.sections) as Array<[SectionId, { paragraphs: number[] }]>) {
    for (const p of info.paragraphs) if (!sectionOf.has(p)) sectionOf.set(p, id);
  }
  const groups = new Map<SectionId | 'other', Finding[]>();
  for (const finding of findings) {
    const key = sectionOf.get(finding.paragraph) ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups].map(([section, list]) => ({ section, findings: list }));
}

export function checklistOf(state: State): { items: ChecklistItem[]; ready: boolean } {
  if (!state.result) return { items: [], ready: false };
  const items = buildChecklist(state.result, getProfile(state.profileId), state.signOff);
  return { items, ready: readiness(items).ready };
}

/** Why the manager cannot countersign yet, or null when they can. */
export function countersignBlocker(state: State, reason: string): string | null {
  if (!state.names.manager.trim()) return 'Enter your name first: the countersignature records who signed.';
  if (state.review?.changes.length) return `There ${state.review.changes.length === 1 ? 'is 1 tracked change' : `are ${state.review.changes.length} tracked changes`} still to accept or reject.`;
  if (failingChecks(state).length && !reason.trim()) return 'Some checks still need attention: say why you are countersigning anyway.';
  return null;
}

export const failingChecks = (state: State) => checklistOf(state).items.filter((item) => item.kind === 'automatic' && item.status === 'fail');

export const CATEGORY_NAMES: Record<Category, string> = {
  jargon: 'Jargon',
  acronym: 'Abbreviation',
  'vague-task': 'Vague task',
  threatening: 'Threat',
  'missing-section': 'Missing',
  date: 'Date',
  readability: 'Long sentence',
  'victim-responsibility': 'Responsibility',
  'contact-arrangements': 'Contact details',
  numbering: 'Number and date',
};

/** Severity in words, never only as a colour. */
export const SEVERITY_NAMES: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' };

export const SCREENING_QUESTIONS: Array<{ id: string; text: string }> = [
  { id: 'past-failure', text: 'Has a parent or carer not kept to an agreement or plan before?' },
  { id: 'long-standing', text: 'Are the worries long-standing, or about the whole of family life?' },
  { id: 'capacity', text: 'Is there any doubt that someone can understand and agree to it?' },
  { id: 'sex-offender', text: 'Is the worry about contact with someone who poses a sexual risk to children?' },
  { id: 'coercion', text: 'Is there a controlling or coercive relationship that may come before the child\u2019s safety?' },
  { id: 'out-of-control', text: 'Is the agreement meant to control a situation that is already out of control?' },
  { id: 'instead-of-proceedings', text: 'Is it instead of legal proceedings, or because an order or child protection plan was not obtained?' },
];
