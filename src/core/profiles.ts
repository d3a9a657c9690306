import type { SectionId } from './model';
import { CIN_CP, DERBY, RUTLAND } from './guidance';

/**
 * A policy profile: what one local authority's guidance requires, as data.
 * Review limits are product choices drawn from each guidance's "short-term" wording; they are
 * explained in README.md so a council can change them.
 */
export interface Profile {
  id: string;
  name: string;
  /** The guidance document this profile follows ('' for the default). */
  guidance: string;
  requiredSections: SectionId[];
  /** Who must sign. 'team-manager' means a countersignature line. */
  requiredSignatories: Array<'parent-or-carer' | 'social-worker' | 'team-manager'>;
  /** Longest allowed gap between the agreement date and its review date, in days. */
  maxReviewDays: number;
  /** Wording to use where an address must stay confidential. */
  confidentialAddressWording: string;
  /** When parties should take legal advice, as the guidance words it; '' where it says nothing. */
  legalAdviceTimescale: string;
  /** The not-legally-binding notice the template inserts. */
  legalNotice: string;
  /** The local authority name the template uses as a placeholder. */
  authorityPlaceholder: string;
}

const CORE_SECTIONS: SectionId[] = [
  'participants',
  'purpose',
  'concerns',
  'family-commitments',
  'professional-commitments',
  'contingency',
  'review-date',
  'signatures',
];

export const PROFILES: Record<string, Profile> = {
  default: {
    id: 'default',
    name: 'England (general good practice)',
    guidance: '',
    requiredSections: [...CORE_SECTIONS, 'date'],
    requiredSignatories: ['parent-or-carer', 'social-worker'],
    maxReviewDays: 84,
    confidentialAddressWording: 'Address is confidential and kept on Children\u2019s Services files',
    legalAdviceTimescale: 'within five working days',
    legalNotice:
      'This agreement is not legally binding. You can show it to a solicitor and get legal advice. You can bring an advocate to any meeting about this agreement.',
    authorityPlaceholder: '(name of local authority) Children\u2019s Social Care',
  },
  rutland: {
    id: 'rutland',
    name: 'Rutland County Council',
    guidance: RUTLAND,
    requiredSections: [...CORE_SECTIONS, 'date', 'duration'],
    requiredSignatories: ['parent-or-carer', 'social-worker'],
    maxReviewDays: 84,
    confidentialAddressWording: 'Address is confidential and kept on Children\u2019s Services files',
    legalAdviceTimescale: '',
    legalNotice:
      'This agreement is not legally binding. You can show it to a solicitor and get legal advice.',
    authorityPlaceholder: 'Rutland County Council Children\u2019s Services',
  },
  'cin-cp': {
    id: 'cin-cp',
    name: 'Child in Need and Child Protection guidance',
    guidance: CIN_CP,
    requiredSections: [...CORE_SECTIONS, 'date', 'duration', 'legal-notice', 'team-manager-signature', 'copies'],
    requiredSignatories: ['parent-or-carer', 'social-worker', 'team-manager'],
    maxReviewDays: 42,
    confidentialAddressWording: 'Address is confidential and kept on Children\u2019s Services files',
    legalAdviceTimescale: 'within five working days',
    legalNotice:
      'This agreement is not legally binding. You may wish to get legal advice; please do this within five working days. You have the right to bring an advocate to any meeting where this agreement is made.',
    authorityPlaceholder: '(name of local authority) Children\u2019s Services',
  },
  'derby-derbyshire': {
    id: 'derby-derbyshire',
    name: 'Derby and Derbyshire Safeguarding Children Boards',
    guidance: DERBY,
    requiredSections: [
      ...CORE_SECTIONS,
      'agreement-number',
      'date',
      'child-details',
      'duration',
      'copies',
      'legal-notice',
      'team-manager-signature',
    ],
    requiredSignatories: ['parent-or-carer', 'social-worker', 'team-manager'],
    maxReviewDays: 56,
    confidentialAddressWording: 'Address is confidential',
    legalAdviceTimescale: 'in a timely manner which does not create delay or risk',
    legalNotice:
      'This document is not legally binding. You should show this document to your solicitor and get legal advice.',
    authorityPlaceholder: 'Derbyshire / Derby City Children\u2019s Social Care',
  },
};

export const DEFAULT_PROFILE_ID = 'default';

export function getProfile(id: string | undefined): Profile {
  const profile = PROFILES[id ?? DEFAULT_PROFILE_ID];
  if (!profile) {
    throw new Error(`Unknown profile "${id}". Known profiles: ${Object.keys(PROFILES).join(', ')}`);
  }
  return profile;
}
