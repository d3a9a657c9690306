// A short agreement with every part the default profile asks for and nothing to flag, for the
// document rules' whole-document cases: each case changes one thing.
export const GOOD_AGREEMENT: readonly string[] = [
  '# Written agreement',
  'Written agreement number: 2',
  'Date: 20 November 2026',
  'This agreement is between Ms Smith and Amir Khan (social worker).',
  '## Why we are making this agreement',
  'This agreement is being made so that Jo and Sam are safe at home.',
  '## What we are worried about',
  'We are worried that Jo and Sam are often late for school.',
  '## What the family will do',
  '- Ms Smith will take Jo and Sam to school by 8.45am every day.',
  '## What the social worker and other professionals will do',
  '- Amir Khan (social worker) will visit every Monday at 4pm.',
  '## What happens if things go wrong',
  'If this agreement is not kept, the social worker will arrange a meeting with Ms Smith within five working days.',
  '## Review',
  'This agreement will be reviewed on 14 January 2027.',
  '## Signatures',
  'Signed ______________ Date ________',
];

/** The good agreement with one line replaced (by its exact text), or removed when `by` is null. */
export function changed(line: string, by: string | string[] | null): string[] {
  const at = GOOD_AGREEMENT.indexOf(line);
  if (at < 0) throw new Error(`not in the agreement: ${line}`);
  const replacement = by === null ? [] : Array.isArray(by) ? by : [by];
  return [...GOOD_AGREEMENT.slice(0, at), ...replacement, ...GOOD_AGREEMENT.slice(at + 1)];
}
