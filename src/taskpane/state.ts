import {
  buildChecklist,
  getProfile,
  readiness,
  type AnalysisResult,
  type ChecklistChange,
  type ChecklistItem,
  type Finding,
  type SectionId,
  type SignOffRecord,
} from '../core';
import { emptySignOffRecord } from '../core';
import type { TrackedChangeKey } from '../word/tracked-change-key';

// The pane's state and every change to it, as a pure reducer. Components render this state and
// dispatch actions; the controller performs Word calls and dispatches their results.

export type View = 'screening' | 'check' | 'sign-off' | 'review' | 'meeting';

export interface ReviewView {
  available: boolean;
  changes: Array<{ index: number; key: TrackedChangeKey; type: string; author: string; date: string; text: string; section: string }>;
  comparison: ChecklistChange[];
}

export interface Message {
  id: string;
  intent: 'info' | 'warning' | 'error' | 'success';
  text: string;
}

export interface State {
  view: View;
  profileId: string;
  screening: Record<string, boolean | undefined>;
  screeningDone: boolean;
  result: AnalysisResult | null;
  ignored: Set<string>;
  busy: boolean;
  marksAvailable: boolean;
  messages: Message[];
  signOff: SignOffRecord;
  reviewerName: string;
  review: ReviewView | null;
}

export const initialState: State = {
  view: 'screening',
  profileId: 'default',
  screening: {},
  screeningDone: false,
  result: null,
  ignored: new Set(),
  busy: false,
  marksAvailable: true,
  messages: [],
  signOff: emptySignOffRecord(),
  reviewerName: '',
  review: null,
};

export type Action =
  | { type: 'show'; view: View }
  | { type: 'answer'; question: string; value: boolean }
  | { type: 'screening-finished' }
  | { type: 'profile'; profileId: string }
  | { type: 'analysed'; result: AnalysisResult; marksAvailable: boolean }
  | { type: 'busy'; busy: boolean }
  | { type: 'ignored'; ignored: Set<string> }
  | { type: 'message'; message: Message }
  | { type: 'dismiss'; id: string }
  | { type: 'sign-off'; record: SignOffRecord }
  | { type: 'reviewer'; name: string }
  | { type: 'review'; review: ReviewView };

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
      return { ...state, ignored: action.ignored };
    case 'message':
      return { ...state, messages: [...state.messages.filter((m) => m.id !== action.message.id), action.message] };
    case 'dismiss':
      return { ...state, messages: state.messages.filter((m) => m.id !== action.id) };
    case 'sign-off':
      return { ...state, signOff: action.record };
    case 'reviewer':
      return { ...state, reviewerName: action.name };
    case 'review':
      return { ...state, review: action.review };
  }
}

export const ignoreKeyOf = (finding: Finding) => `${finding.ruleId}|${finding.excerpt}`;

/** Findings the worker has not ignored, grouped by the section they sit in. */
export function visibleFindings(state: State): Array<{ section: SectionId | 'other'; findings: Array<{ finding: Finding; index: number }> }> {
  const result = state.result;
  if (!result) return [];
  const sectionOf = new Map<number, SectionId>();
  for (const [id, info] of Object.entries(result.sections) as Array<[SectionId, { paragraphs: number[] }]>) {
    for (const p of info.paragraphs) if (!sectionOf.has(p)) sectionOf.set(p, id);
  }
  const groups = new Map<SectionId | 'other', Array<{ finding: Finding; index: number }>>();
  result.findings.forEach((finding, index) => {
    if (finding.category === 'missing-section' || state.ignored.has(ignoreKeyOf(finding))) return;
    const key = sectionOf.get(finding.paragraph) ?? 'other';
    groups.set(key, [...(groups.get(key) ?? []), { finding, index }]);
  });
  return [...groups].map(([section, findings]) => ({ section, findings }));
}

export function checklistOf(state: State): { items: ChecklistItem[]; ready: boolean } {
  if (!state.result) return { items: [], ready: false };
  const items = buildChecklist(state.result, getProfile(state.profileId), state.signOff);
  return { items, ready: readiness(items).ready };
}

export const SCREENING_QUESTIONS: Array<{ id: string; text: string }> = [
  { id: 'past-failure', text: 'Has a parent or carer not kept to an agreement or plan before?' },
  { id: 'long-standing', text: 'Are the worries long-standing, or about the whole of family life?' },
  { id: 'capacity', text: 'Is there any doubt that someone can understand and agree to it?' },
  { id: 'sex-offender', text: 'Is the worry about contact with someone who poses a sexual risk to children?' },
  { id: 'coercion', text: 'Is there a controlling or coercive relationship that may come before the child\u2019s safety?' },
  { id: 'out-of-control', text: 'Is the agreement meant to control a situation that is already out of control?' },
  { id: 'instead-of-proceedings', text: 'Is it instead of legal proceedings, or because an order or child protection plan was not obtained?' },
];
