import {
  agreementTasks,
  contingencyFor,
  outcomesFor,
  withOutcome,
  type AgreementFacts,
  type AgreementReading,
  type AgreementTask,
  type Contingency,
  type ReviewRecord,
  type TaskOutcome,
} from '../core';

// The review meeting view's state (issue 16), separate from the manager's tracked-change review:
// the agreement as read when the view opened, and the outcome recorded for each task.

export interface MeetingMessage {
  intent: 'info' | 'warning' | 'error' | 'success';
  text: string;
}

export interface MeetingState {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  reading: AgreementReading | null;
  facts: AgreementFacts | null;
  tasks: AgreementTask[];
  record: ReviewRecord | null;
  busy: boolean;
  message: MeetingMessage | null;
}

export const initialMeetingState: MeetingState = { status: 'idle', reading: null, facts: null, tasks: [], record: null, busy: false, message: null };

export type MeetingAction =
  | { type: 'loading' }
  | { type: 'unavailable'; message: MeetingMessage }
  | { type: 'loaded'; reading: AgreementReading; facts: AgreementFacts; record: ReviewRecord; message?: MeetingMessage }
  | { type: 'outcome'; outcome: TaskOutcome }
  | { type: 'meeting-date'; iso: string }
  | { type: 'busy'; busy: boolean }
  | { type: 'message'; message: MeetingMessage | null };

export function meetingReducer(state: MeetingState, action: MeetingAction): MeetingState {
  switch (action.type) {
    case 'loading':
      return { ...state, status: 'loading' };
    case 'unavailable':
      return { ...state, status: 'unavailable', message: action.message };
    case 'loaded':
      return { ...state, status: 'ready', reading: action.reading, facts: action.facts, tasks: agreementTasks(action.reading.result), record: action.record, message: action.message ?? null };
    case 'outcome':
      return state.record ? { ...state, record: withOutcome(state.record, action.outcome) } : state;
    case 'meeting-date':
      return state.record ? { ...state, record: { ...state.record, meetingDate: action.iso } } : state;
    case 'busy':
      return { ...state, busy: action.busy };
    case 'message':
      return { ...state, message: action.message };
  }
}

export interface MeetingRow {
  task: AgreementTask;
  outcome: TaskOutcome;
  /** For a task not done or partly done: what the agreement says happens next. */
  contingency: Contingency | null;
}

/** Every task with its outcome and, where it was not done, the agreement's own contingency lines. */
export function meetingRows(state: MeetingState): MeetingRow[] {
  if (!state.record || !state.reading) return [];
  const outcomes = outcomesFor(state.tasks, state.record);
  return state.tasks.map((task, k) => {
    const outcome = outcomes[k];
    const open = outcome.outcome === 'not-done' || outcome.outcome === 'partly-done';
    return { task, outcome, contingency: open ? contingencyFor(state.reading!, task) : null };
  });
}
