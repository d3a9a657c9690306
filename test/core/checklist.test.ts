import { analyse, buildChecklist, checklistRows, compareChecklists, getProfile, parseSignOffRecord, readiness, serialiseSignOffRecord, emptySignOffRecord, nextAgreementNumber, type Block } from '../../src/core';
import { DERBY_WORKED_EXAMPLE } from './derby-example';

const profile = getProfile('derby-derbyshire');

test('the worked example fails the review-date item, linked to the finding behind it', () => {
  const result = analyse(DERBY_WORKED_EXAMPLE, { profile: profile.id });
  const items = buildChecklist(result, profile);
  const review = items.find((i) => i.id === 'review-date')!;
  expect(review.status).toBe('fail');
  expect(review.blocking).toBe(true);
  expect(review.findings.map((i) => result.findings[i].section)).toContain('review-date');
  expect(items.find((i) => i.id === 'contingency')!.status).toBe('pass');
  expect(items.find((i) => i.id === 'specific-tasks')!.status).toBe('fail');
});

test('adding a review date turns the item to pass', () => {
  const withDate: Block[] = DERBY_WORKED_EXAMPLE.map((b) =>
    b.text.startsWith('The agreement will be reviewed') ? { ...b, text: 'The agreement will be reviewed on 7 January 2027 at the Core Group meeting.' } : b,
  );
  const before = buildChecklist(analyse(DERBY_WORKED_EXAMPLE, { profile: profile.id }), profile);
  const after = buildChecklist(analyse(withDate, { profile: profile.id }), profile);
  const change = compareChecklists(before, after).find((c) => c.id === 'review-date')!;
  expect(change).toMatchObject({ before: 'fail', after: 'pass', effect: 'fixes' });
});

test('open errors block signature until a reason is recorded, and confirmations must be ticked', () => {
  const result = analyse(DERBY_WORKED_EXAMPLE, { profile: profile.id });
  const record = emptySignOffRecord();
  let state = readiness(buildChecklist(result, profile, record));
  expect(state.ready).toBe(false);
  expect(state.blockedBy.map((i) => i.id)).toContain('review-date');
  for (const item of state.blockedBy) record.reasons[item.id] = 'Agreed with the team manager on 1 December 2026.';
  for (const item of state.unconfirmed) record.confirmations[item.id] = { by: 'Belinda Jones', on: '2026-12-01' };
  state = readiness(buildChecklist(result, profile, record));
  expect(state.ready).toBe(true);
  const rows = checklistRows(buildChecklist(result, profile, record));
  expect(rows[0]).toEqual(['Item', 'Status', 'Confirmed by', 'Date']);
  expect(rows.some((r) => r[2] === 'Belinda Jones' && r[3] === '1 December 2026')).toBe(true);
});

test('stored records round-trip, and corrupt ones fall back with a message', () => {
  const record = emptySignOffRecord();
  record.confirmations['plan-attached'] = { by: 'A Worker', on: '2026-12-02' };
  expect(parseSignOffRecord(serialiseSignOffRecord(record))).toEqual({ record });
  const broken = parseSignOffRecord('{not json');
  expect(broken.record).toEqual(emptySignOffRecord());
  expect(broken.problem).toMatch(/could not be read/);
});

test('the legal-advice timescale comes from the profile', () => {
  const items = buildChecklist(analyse([]), getProfile('cin-cp'));
  expect(items.find((i) => i.id === 'advocate-and-legal-advice')!.label).toMatch(/within five working days/);
  expect(items.find((i) => i.id === 'other-sections')!.status).toBe('fail');
});

test('amended agreements take the next number', () => {
  expect(nextAgreementNumber('Written agreement number 2')).toBe('3');
  expect(nextAgreementNumber(undefined)).toBe('1');
});

import { readingAge } from '../../src/core';
test('reading age is higher for long sentences of long words', () => {
  const plain = readingAge(['Jo will go to school every day. Mum will take her. Dad will pick her up at three. They will eat tea at five. Jo will go to bed at eight. Mum will read to her.']);
  const dense = readingAge(['The local authority will facilitate multi-agency intervention to ascertain whether parenting capacity is sufficient, notwithstanding previous non-engagement with statutory services and the considerable deterioration in circumstances documented throughout the assessment period.']);
  expect(plain.age).toBeLessThanOrEqual(9);
  expect(dense.age).toBeGreaterThan(16);
});
