import { formatDate, type AnalysisResult, type Finding } from '../core';

// Rewrites the pane offers beyond a word swap: a specific task sentence built from who, what and
// when, and a fair way to say what happens if the agreement is not kept. Pure functions.

const LIST_MARKER = /^\s*(?:\d+[.)]|[-\u2022*])\s+/;
const NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,3}$/u;
const ROLE_LABEL = /^[A-Za-z][A-Za-z ,'\u2019/-]{2,40}$/;

/**
 * The people named in the agreement: names in the participants section (with their role from the
 * label), and named people who take on tasks ("Hannah Okafor (social worker) will...").
 */
export function peopleNamed(result: AnalysisResult | null): string[] {
  if (!result) return [];
  const people = new Map<string, string>();
  const add = (name: string, role: string) => {
    const clean = name.trim();
    if (!NAME.test(clean) || people.has(clean)) return;
    people.set(clean, role ? `${clean} (${role})` : clean);
  };
  for (const p of result.sections.participants?.paragraphs ?? []) {
    const text = result.paragraphs[p] ?? '';
    const colon = text.lastIndexOf(':');
    if (colon < 0) continue;
    const label = text.slice(0, colon).replace(/\([^)]*\)/g, '').trim().toLowerCase();
    add(text.slice(colon + 1).split(',')[0].replace(/\([^)]*\)/g, ''), ROLE_LABEL.test(label) ? label : '');
  }
  for (const text of result.paragraphs) {
    const m = /^(?:\s*(?:\d+[.)]|[-\u2022*])\s+)?((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})(?:\s*\(([^)]{2,40})\))?\s+(?:will|agrees to|has agreed to)\s/u.exec(text);
    if (m && !/^(?:If|When|The|This|We|They|Everyone|All|Both|Mum|Mummy|Dad|Daddy|Mother|Father|Parents?|Carers?|Services|Professionals)\b/.test(m[1])) add(m[1], m[2]?.toLowerCase() ?? '');
  }
  return [...people.values()];
}

export const FREQUENCIES = ['every day', 'every weekday', 'every week', 'twice a week', 'every two weeks', 'every month'];

export interface TaskParts {
  who: string;
  what: string;
  /** Either an ISO date (yyyy-mm-dd) for "by", or a frequency. */
  when: { kind: 'by'; date: string } | { kind: 'often'; frequency: string };
}

/** What the task already says the person will do, to start the builder from. */
export function actionOf(task: string): string {
  const body = task.replace(LIST_MARKER, '');
  const m = /\b(?:will|agrees? to|agreed to|to)\s+(.+?)[.\s]*$/.exec(body);
  return (m ? m[1] : body).trim();
}

/** "Kerry Walsh will walk Liam to school every weekday." Empty string until who and what are given. */
export function taskSentence(parts: TaskParts): string {
  const who = parts.who.trim();
  const what = parts.what.trim().replace(/[.\s]+$/, '');
  if (!who || !what) return '';
  let when = '';
  if (parts.when.kind === 'by' && /^\d{4}-\d{2}-\d{2}$/.test(parts.when.date)) {
    const [y, m, d] = parts.when.date.split('-').map(Number);
    when = ` by ${formatDate(new Date(y, m - 1, d))}`;
  } else if (parts.when.kind === 'often' && parts.when.frequency) when = ` ${parts.when.frequency}`;
  return `${who} will ${what}${when}.`;
}

/** The span a task rewrite replaces: the whole paragraph after its list marker. */
export function taskSpan(paragraph: string): { start: number; end: number } {
  const marker = LIST_MARKER.exec(paragraph);
  return { start: marker ? marker[0].length : 0, end: paragraph.length };
}

/**
 * A fair consequence in the guidance's own shape ("If ... we will meet with you within ... to
 * agree what happens next"), and the sentence of the paragraph it replaces.
 */
export function fairConsequence(paragraph: string, finding: Finding): { start: number; end: number; text: string } {
  let start = 0;
  for (let i = finding.start - 1; i >= 0; i--) {
    if (/[.!?]/.test(paragraph[i]) && (i + 1 >= paragraph.length || /\s/.test(paragraph[i + 1]))) {
      start = i + 1;
      break;
    }
  }
  const marker = LIST_MARKER.exec(paragraph.slice(start));
  start += marker ? marker[0].length : 0;
  while (start < paragraph.length && /\s/.test(paragraph[start])) start++;
  const stop = paragraph.slice(finding.end).search(/[.!?](?:\s|$)/);
  const end = stop < 0 ? paragraph.length : finding.end + stop + 1;
  // The rule's own suggestions come from the guidance; the fallback follows the same shape.
  const text = finding.suggestions.find((s) => /^If\b/.test(s)) ?? 'If this agreement is not kept, we will meet with you within five working days to talk about what has happened and agree what happens next.';
  return { start, end, text };
}
