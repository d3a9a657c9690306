import { amendedAgreement, type Block } from '../../src/core';

test('an amended agreement takes the next number, today\u2019s date and blank signatures, and drops the old checklist', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', text: 'Written agreement number: 2', tag: 'agreement-number' },
    { kind: 'paragraph', text: 'Date: 1 December 2026', tag: 'date' },
    { kind: 'list-item', text: 'Kerry will walk Liam to school by 8.45am every school day.', tag: 'family-commitments' },
    { kind: 'paragraph', text: 'Parent or carer: signed Kerry Walsh  Date 2 December 2026', tag: 'signatures' },
    { kind: 'paragraph', text: 'Item\tStatus', tag: 'clear-agreements-checklist' },
  ];
  const { blocks: amended, number } = amendedAgreement(blocks, new Date(2027, 0, 12));
  expect(number).toBe('3');
  expect(amended.map((b) => b.text)).toEqual([
    'Written agreement number: 3',
    'Date: 12 January 2027',
    'Kerry will walk Liam to school by 8.45am every school day.',
    'Parent or carer: signed ____________  Date ____________',
  ]);
});
