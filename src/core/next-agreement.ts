import { formatDate } from './dates';
import { agreementFacts, agreementTasks, sectionLines, type AgreementReading } from './lifecycle';
import type { Block, SectionId } from './model';
import type { Profile } from './profiles';
import { outcomesFor, stillNeeded, type ReviewRecord } from './review-record';
import { agreementTemplate, type TemplateSection } from './template';

// The agreement that follows a review. "Any amended written agreement must constitute a new
// document being drawn up, signed, dated" (CIN/CP §2.6); "where particular actions are no longer
// required ... the written agreement should be re-written", sequentially numbered (Derby and
// Derbyshire §10). Built from the one template definition, so it has every part a blank one has.

/** Tag of the "What changed since agreement N" part (not a section the checks look for). */
export const CHANGES_TAG = 'clear-agreements-changes';

/** Parts whose words carry over as they were: the same family, child, worries and arrangements. */
const CARRIED: ReadonlySet<SectionId> = new Set(['participants', 'child-details', 'purpose', 'concerns', 'contingency', 'copies']);

export interface NextAgreement {
  number: number;
  blocks: Block[];
  /** Tasks carried forward, and those left out because they were done or are no longer needed. */
  carried: string[];
  leftOut: Array<{ task: string; outcome: 'done' | 'no-longer-needed' }>;
}

/**
 * The next agreement: numbered one higher, dated `date`, signatures blank, the tasks still needed
 * (not done, partly done, or not discussed), a short account of what changed, and every other
 * part of the template: carried over where the old agreement had it, blank where it did not.
 * The review and end dates are left for the meeting to set: the old ones are past.
 */
export function nextAgreement(reading: AgreementReading, record: ReviewRecord | null, profile: Profile, date: Date): NextAgreement {
  const facts = agreementFacts(reading);
  const previous = facts.number ?? 1;
  const number = previous + 1;
  const tasks = agreementTasks(reading.result);
  const outcomes = record ? outcomesFor(tasks, record) : tasks.map((t) => ({ key: t.key, task: t.text, party: t.party, outcome: null, note: '', reportedBy: '' }));
  const carried = tasks.filter((_, k) => stillNeeded(outcomes[k].outcome));
  const leftOut = outcomes.flatMap((o) => (o.outcome === 'done' || o.outcome === 'no-longer-needed' ? [{ task: o.task, outcome: o.outcome }] : []));

  const template = agreementTemplate(profile);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: template.title }];
  const heading = (section: TemplateSection): Block => ({ kind: 'heading', level: 2, text: section.heading, tag: section.id });
  const line = (id: string, text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text, tag: id });
  for (const section of template.sections) {
    blocks.push(heading(section));
    const id = section.id;
    if (id === 'agreement-number' && section.body.kind === 'field') {
      blocks.push(line(id, `${section.body.label} ${number}`));
    } else if (id === 'date' && section.body.kind === 'field') {
      blocks.push(line(id, `${section.body.label} ${formatDate(date)}`));
      // What changed comes straight after the number and date, where everyone reads first.
      blocks.push({ kind: 'heading', level: 2, text: `What changed since agreement ${previous}`, tag: CHANGES_TAG });
      if (leftOut.length === 0) blocks.push(line(CHANGES_TAG, 'Every task in the last agreement is still needed, so they all carry forward.'));
      for (const item of leftOut) blocks.push(line(CHANGES_TAG, `${item.outcome === 'done' ? 'Done' : 'No longer needed'}: ${item.task}`, 'list-item'));
    } else if (id === 'family-commitments' || id === 'professional-commitments') {
      const party = id === 'family-commitments' ? 'family' : 'professional';
      const mine = carried.filter((t) => t.party === party);
      if (mine.length === 0) blocks.push(line(id, section.guidance), ...blankBody(section));
      mine.forEach((task, k) => blocks.push(line(id, `${k + 1}. ${task.text}`, 'list-item')));
    } else if (CARRIED.has(id) && sectionLines(reading, id).length > 0) {
      for (const old of sectionLines(reading, id)) blocks.push(line(id, old.text, reading.blocks[old.paragraph]?.kind === 'list-item' ? 'list-item' : 'paragraph'));
    } else {
      // New dates, the legal notice in the profile's words, blank signature lines, and any part
      // the old agreement lacked: as in a blank agreement.
      if (section.body.kind !== 'fixed' && section.body.kind !== 'signatures') blocks.push(line(id, section.guidance));
      blocks.push(...blankBody(section));
    }
  }
  return { number, blocks, carried: carried.map((t) => t.text), leftOut };
}

/** A template section's body with nothing filled in. */
function blankBody(section: TemplateSection): Block[] {
  const body = section.body;
  const at = (text: string): Block => ({ kind: 'paragraph', text, tag: section.id });
  switch (body.kind) {
    case 'field':
      return [at(`${body.label} `)];
    case 'fields':
      return body.labels.map((label) => at(`${label} `));
    case 'numbered':
      return [at('1. ')];
    case 'fixed':
      return [at(body.text)];
    case 'text':
      return [];
    case 'signatures':
      return body.rows.map((row) => at(`${row}: signed ____________________  Date ____________`));
  }
}
