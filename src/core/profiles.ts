import type { SectionId } from './model';
import { CIN_CP, DERBY, RUTLAND } from './guidance';
import type { JargonEntry } from './lexicon/jargon';

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
  /** For a council's policy file: the built-in profile it extends. */
  extends?: string;
  /** Jargon this policy adds to the built-in list (a council's own banned phrases). */
  jargonAdd?: JargonEntry[];
  /** Built-in jargon terms this policy allows (lower case, as in the list). */
  jargonRemove?: string[];
  /** Headings this policy uses for sections: the first is the template's, all are recognised. */
  sectionHeadings?: Partial<Record<SectionId, string[]>>;
}

/** The parts every written agreement needs, whatever the policy. */
export const CORE_SECTIONS: readonly SectionId[] = [
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

/**
 * Council policies loaded at run time (a policy file through the CLI, or the policies the add-in
 * was built with), by id. Registered once at start-up, so every front end can keep passing ids.
 */
const policies = new Map<string, Profile>();
let policyGeneration = 0;

/** Add (or replace) a council policy resolved by resolvePolicy(). Built-in ids cannot be replaced. */
export function registerPolicy(profile: Profile): void {
  if (Object.hasOwn(PROFILES, profile.id)) throw new Error(`Policy id "${profile.id}" is a built-in profile's id`);
  policies.set(profile.id, profile);
  policyGeneration++;
}

/** Forget every registered policy (tests, or a pane reloading its policy list). */
export function clearPolicies(): void {
  policies.clear();
  policyGeneration++;
}

/** Changes whenever the registered policies change (for caches built from every profile). */
export function profilesGeneration(): number {
  return policyGeneration;
}

/** Built-in profiles, then registered council policies. */
export function allProfiles(): Profile[] {
  return [...Object.values(PROFILES), ...policies.values()];
}

export function getProfile(id: string | undefined): Profile {
  const key = id ?? DEFAULT_PROFILE_ID;
  const profile = Object.hasOwn(PROFILES, key) ? PROFILES[key] : policies.get(key);
  if (!profile) {
    throw new Error(`Unknown profile "${id}". Known profiles: ${allProfiles().map((p) => p.id).join(', ')}`);
  }
  return profile;
}
