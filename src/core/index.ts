// Public surface of the analysis core. Front ends (CLI, Word adapter, task pane) import from here only.
export * from './model';
export * from './profiles';
export { resolvePolicy, PolicyError, type PolicyFile } from './policy';
export * from './template';
export * from './engine';
export { ALL_RULES } from './rules';
export type { RuleMeta } from './rule';
export { formatDate, findDates } from './dates';
export { SECTION_LABELS, classifyLabel, type SectionKey } from './section-labels';
export * from './checklist';
export * from './sign-off-record';
export { readingAge, type ReadingAge } from './reading-age';
export { clearCaches } from './memo';
export { amendedAgreement } from './amend';
export * from './lifecycle';
export * from './review-record';
export { nextAgreement, CHANGES_TAG, type NextAgreement } from './next-agreement';
export { placeholderSpans, onlyPlaceholders, mergeSpans, markPlaceholders } from './form-filler';
