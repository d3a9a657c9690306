import type { SectionId } from './model';
import type { Profile } from './profiles';

/**
 * The one definition of a written agreement's structure. The CLI's `new` command (OOXML)
 * and the Word add-in (content controls) both render from this, so they cannot drift apart.
 */
export type TemplateBody =
  /** A short labelled value, e.g. "Written agreement number:" followed by a blank. */
  | { kind: 'field'; label: string }
  /** Labelled lines, each a blank to fill in. */
  | { kind: 'fields'; labels: string[] }
  /** A numbered list of entries the worker writes, one per concern or task. */
  | { kind: 'numbered'; examples: string[] }
  /** Fixed wording the guidance asks for, which the worker normally keeps. */
  | { kind: 'fixed'; text: string }
  /** Free text. */
  | { kind: 'text' }
  /** A table of signature lines: name, role, signature, date. */
  | { kind: 'signatures'; rows: string[] };

export interface TemplateSection {
  id: SectionId;
  heading: string;
  /** Plain-English prompt shown as placeholder text until the worker types. */
  guidance: string;
  body: TemplateBody;
}

export interface AgreementTemplate {
  title: string;
  sections: TemplateSection[];
}

export function agreementTemplate(profile: Profile): AgreementTemplate {
  const authority = profile.authorityPlaceholder;
  const signatureRows = ['Parent or carer', 'Parent or carer', 'Other family member (for example a grandparent)', 'Social worker'];
  const sections: TemplateSection[] = [
    {
      id: 'agreement-number',
      heading: 'Agreement number',
      guidance: 'Number agreements in order for this family: 1 for the first, 2 for the next. A changed agreement is a new one with the next number.',
      body: { kind: 'field', label: 'Written agreement number:' },
    },
    {
      id: 'date',
      heading: 'Date of this agreement',
      guidance: 'The date everyone signs, written out in full, for example 7 December 2026.',
      body: { kind: 'field', label: 'Date:' },
    },
    {
      id: 'participants',
      heading: 'Who this agreement is between',
      guidance: `Everyone's full name and how they are related to the child, and ${authority}. Give the social worker's phone number and email, and their team manager's.`,
      body: {
        kind: 'fields',
        labels: [
          'Parent or carer (full name, relationship to the child):',
          'Parent or carer (full name, relationship to the child):',
          'Other family members:',
          'Social worker (name, phone, email):',
          'Social worker\u2019s team manager (name, phone, email):',
          'Other professionals (name, agency, phone):',
        ],
      },
    },
    {
      id: 'child-details',
      heading: 'The child or children',
      guidance: `Name, date of birth and address of each child. If an address must stay private, write: "${profile.confidentialAddressWording}".`,
      body: { kind: 'fields', labels: ['Name:', 'Date of birth:', 'Address:'] },
    },
    {
      id: 'purpose',
      heading: 'Why we are making this agreement',
      guidance: 'Say what this agreement is for and how everyone will know it has worked. Link it to the child\u2019s plan and attach a copy of the plan.',
      body: { kind: 'text' },
    },
    {
      id: 'concerns',
      heading: 'What we are worried about',
      guidance: 'Number each worry. Say what has happened and how it affects the child, in everyday words.',
      body: { kind: 'numbered', examples: ['We are worried that\u2026'] },
    },
    {
      id: 'family-commitments',
      heading: 'What the family will do',
      guidance: 'One numbered task per line: who will do it, what they will do that others can see, and when or how often. Say what help they will get.',
      body: { kind: 'numbered', examples: ['(Name) will (do what) (by when or how often).'] },
    },
    {
      id: 'professional-commitments',
      heading: 'What the social worker and other professionals will do',
      guidance: 'One numbered task per line, each with the named worker and their agency, what they will do and when. The agreement must be balanced.',
      body: { kind: 'numbered', examples: ['(Name) (agency) will (do what) (by when or how often).'] },
    },
    {
      id: 'contingency',
      heading: 'If things go wrong',
      guidance: 'Say calmly what will happen if the agreement is not kept, by the family or by professionals: for example a meeting to talk about it, or asking for legal advice. Do not word it as a threat.',
      body: { kind: 'numbered', examples: ['If\u2026, then\u2026'] },
    },
    {
      id: 'duration',
      heading: 'How long this agreement lasts',
      guidance: 'Give the end date. Agreements are short-term, while assessments are finished or plans are put in place.',
      body: { kind: 'field', label: 'This agreement lasts until:' },
    },
    {
      id: 'review-date',
      heading: 'When we will review this agreement',
      guidance: 'Give an actual date, for example 7 December 2026, and where the review will happen (for example at the core group meeting on that date).',
      body: { kind: 'field', label: 'Review date:' },
    },
    {
      id: 'copies',
      heading: 'Who gets a copy',
      guidance: 'List everyone and every agency that will get a copy. The signed copy goes on the child\u2019s file.',
      body: { kind: 'text' },
    },
    {
      id: 'legal-notice',
      heading: 'This agreement is not legally binding',
      guidance: 'Keep this wording so everyone knows their rights.',
      body: { kind: 'fixed', text: profile.legalNotice },
    },
    {
      id: 'signatures',
      heading: 'Signatures',
      guidance: 'Everyone named in this agreement signs and dates it, in front of the social worker.',
      body: { kind: 'signatures', rows: signatureRows },
    },
    {
      id: 'team-manager-signature',
      heading: 'Team manager\u2019s countersignature',
      guidance: 'The team manager countersigns and dates the agreement.',
      body: { kind: 'signatures', rows: ['Team manager'] },
    },
  ];
  // A council policy's own headings: the first one it gives for a section is the one it prints.
  const headings = profile.sectionHeadings;
  if (headings) for (const section of sections) section.heading = headings[section.id]?.[0] ?? section.heading;
  return { title: 'Written agreement', sections };
}

/** The heading the template uses for a section, for front ends that insert a single missing section. */
export function templateSection(profile: Profile, id: SectionId): TemplateSection | undefined {
  return agreementTemplate(profile).sections.find((section) => section.id === id);
}
