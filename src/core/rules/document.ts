import { cite, CIN_CP, DERBY, RUTLAND } from '../guidance';
import type { RuleMeta } from '../rule';

// Rules that need the whole document (sections, dates, numbering). Their logic lives in
// ../document-checks.ts; this is their metadata, listed with the paragraph rules.
export const MISSING_SECTION: RuleMeta = {
  id: 'missing-section',
  category: 'missing-section',
  severity: 'error',
  description: 'A part of the agreement the guidance requires is missing or empty.',
  source: `${cite(CIN_CP, '§2.2 Participants, §2.3 Timeframe, §2.6 Reviewing, §2.7 Contingency')}; ${cite(RUTLAND, '§6 Good Written Agreements Are')}; ${cite(DERBY, 'Appendix 1 template')}`,
};

export const REVIEW_DATE: RuleMeta = {
  id: 'review-date',
  category: 'date',
  severity: 'warning',
  description: 'The review date must be an actual date, after the agreement is made, before it ends, and soon: agreements are short-term.',
  source: `${cite(CIN_CP, '§2.3 Timeframe and §2.6 Reviewing the Written Agreement')}; ${cite(RUTLAND, '§6 (clear about when they will be reviewed)')}`,
};

export const NUMBERING: RuleMeta = {
  id: 'agreement-numbered-and-dated',
  category: 'numbering',
  severity: 'warning',
  description: 'Every agreement carries a number (agreements in a case are numbered in order) and the date it was made.',
  source: `${cite(DERBY, '§10 Reviewing the Written Agreement (sequentially numbered)')}; ${cite(CIN_CP, '§2 (signed by all parties and dated)')}`,
};

export const BALANCE: RuleMeta = {
  id: 'professional-commitments',
  category: 'missing-section',
  severity: 'error',
  description: 'Agreements must be balanced: named professionals and agencies say what they will do, not only the family.',
  source: `${cite(RUTLAND, '§5 and §6 (balanced: clarify everyone\u2019s full undertakings)')}; ${cite(CIN_CP, '§2 (what they can expect from their social worker and other professionals)')}`,
};

export const DOCUMENT_RULES: RuleMeta[] = [MISSING_SECTION, BALANCE, REVIEW_DATE, NUMBERING];
