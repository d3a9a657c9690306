import { cite, CIN_CP, DERBY, RUTLAND } from './guidance';
import type { AnalysisResult, Finding, SectionId } from './model';
import type { Profile } from './profiles';
import { emptySignOffRecord, type SignOffRecord } from './sign-off-record';

/**
 * The sign-off checklist: automatic checks computed from an analysis, and confirmations a person
 * must tick because no program can know them (was it discussed with the family first?).
 * Front ends store a SignOffRecord in the document and render rows from buildChecklist().
 */
export type ChecklistStatus = 'pass' | 'fail' | 'confirmed' | 'unconfirmed';

export interface ChecklistItem {
  id: string;
  label: string;
  kind: 'automatic' | 'confirmation';
  status: ChecklistStatus;
  /** Indexes into AnalysisResult.findings behind a failed automatic item. */
  findings: number[];
  source: string;
  /** A failing item with an error-level finding blocks "Ready for signature" unless a reason is recorded. */
  blocking: boolean;
  confirmedBy?: string;
  confirmedOn?: string;
  /** The worker's reason for going ahead with this item open. */
  reason?: string;
}

interface AutomaticCheck {
  id: string;
  label: string;
  source: string;
  /** Findings that make this item fail. */
  failsOn(finding: Finding, result: AnalysisResult): boolean;
  /** Sections whose absence makes it fail. */
  sections?: SectionId[];
}

/** A missing-section finding (or the balance finding) for one of these sections. */
const missing = (finding: Finding, _result: AnalysisResult, ids: SectionId[]) => !!finding.section && ids.includes(finding.section);

const COVERED_ELSEWHERE: SectionId[] = ['review-date', 'contingency', 'professional-commitments', 'agreement-number', 'date', 'legal-notice', 'signatures', 'team-manager-signature'];

export const AUTOMATIC_CHECKS: AutomaticCheck[] = [
  {
    id: 'review-date',
    label: 'Review date set, and within the policy\u2019s limit',
    source: cite(CIN_CP, '§2.3 Timeframe, §2.6 Reviewing'),
    sections: ['review-date'],
    failsOn: (f, r) => missing(f, r, ['review-date']) || f.ruleId === 'review-date',
  },
  {
    id: 'contingency',
    label: 'What happens if things go wrong is written down',
    source: cite(CIN_CP, '§2.7 Contingency'),
    sections: ['contingency'],
    failsOn: (f, r) => missing(f, r, ['contingency']),
  },
  {
    id: 'professional-commitments',
    label: 'Professionals\u2019 commitments are there, each with a named person',
    source: cite(RUTLAND, '§6 (balanced)'),
    sections: ['professional-commitments'],
    failsOn: (f, r) =>
      missing(f, r, ['professional-commitments']) ||
      (f.category === 'vague-task' && /who will do it/.test(f.message) && (r.sections['professional-commitments']?.paragraphs ?? []).includes(f.paragraph)),
  },
  {
    id: 'specific-tasks',
    label: 'Every task says who, what and when',
    source: cite(CIN_CP, '§2.4 Specific tasks'),
    failsOn: (f) => f.category === 'vague-task',
  },
  {
    id: 'plain-language',
    label: 'No jargon or unexplained abbreviations',
    source: cite(DERBY, '§6 (without jargon, acronyms or abbreviations)'),
    failsOn: (f) => f.category === 'jargon' || f.category === 'acronym',
  },
  {
    id: 'not-threatening',
    label: 'Consequences are not worded as threats',
    source: cite(CIN_CP, '§4 Case Law'),
    failsOn: (f) => f.category === 'threatening',
  },
  {
    id: 'numbered-and-dated',
    label: 'Agreement is numbered and dated',
    source: cite(DERBY, '§10 (sequentially numbered)'),
    sections: ['agreement-number', 'date'],
    failsOn: (f, r) => f.category === 'numbering' || missing(f, r, ['agreement-number', 'date']),
  },
  {
    id: 'legal-notice',
    label: 'Says it is not legally binding',
    source: cite(CIN_CP, '§2 and §6 Legal Advice and Advocacy'),
    sections: ['legal-notice'],
    failsOn: (f, r) => missing(f, r, ['legal-notice']),
  },
  {
    id: 'signatures',
    label: 'Signature lines for every party and the team manager\u2019s countersignature',
    source: cite(CIN_CP, '§2.5 Signing and §6 (countersigned and dated by a Team Manager)'),
    sections: ['signatures', 'team-manager-signature'],
    failsOn: (f, r) => missing(f, r, ['signatures', 'team-manager-signature']),
  },
  {
    id: 'other-sections',
    label: 'Every other part the policy requires is there',
    source: 'Policy profile',
    failsOn: (f, r) =>
      f.ruleId === 'missing-section' &&
      !missing(f, r, COVERED_ELSEWHERE),
  },
];

export interface ConfirmationDefinition {
  id: string;
  label: (profile: Profile) => string;
  source: string;
}

export const CONFIRMATIONS: ConfirmationDefinition[] = [
  { id: 'discussed-first', label: () => 'Everything in the agreement was discussed with everyone before it was written down', source: cite(RUTLAND, '§5 Before a Written Agreement is Embarked Upon') },
  { id: 'willing-and-able', label: () => 'Everyone\u2019s willingness and ability to keep the agreement was talked through', source: cite(DERBY, '§5 Before a Written Agreement is started') },
  { id: 'family-helped-draft', label: () => 'The family helped to write the agreement', source: cite(RUTLAND, '§5 (nominate a family member to help draft)') },
  { id: 'child-views', label: () => 'The child\u2019s views were considered and, where right, the agreement was shared with the child', source: cite(CIN_CP, '§8 Involving the Child or Young Person') },
  { id: 'interpreter-offered', label: () => 'An interpreter or signer was offered where English is not the family\u2019s first language', source: cite(DERBY, '§6 (offer of an interpreter)') },
  {
    id: 'advocate-and-legal-advice',
    label: (profile) =>
      `Parents were told they can bring an advocate and get legal advice${profile.legalAdviceTimescale ? ` (${profile.legalAdviceTimescale})` : ''}`,
    source: cite(CIN_CP, '§6 Legal Advice and Advocacy'),
  },
  { id: 'plan-attached', label: () => 'The child\u2019s plan is attached and the tasks match it', source: cite(CIN_CP, '§1 Introduction') },
  { id: 'signed-with-social-worker', label: () => 'Everyone signs in front of the social worker', source: cite(CIN_CP, '§2.5 Signing of the Written Agreement') },
  {
    id: 'confidential-address',
    label: (profile) => `Any address that must stay private reads "${profile.confidentialAddressWording}"`,
    source: cite(CIN_CP, '§6 Legal Advice and Advocacy'),
  },
];

export function buildChecklist(result: AnalysisResult, profile: Profile, record: SignOffRecord = emptySignOffRecord()): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const check of AUTOMATIC_CHECKS) {
    const behind: number[] = [];
    result.findings.forEach((finding, index) => {
      if (check.failsOn(finding, result)) behind.push(index);
    });
    // The printed checklist asks for these parts whatever the profile requires.
    const sectionMissing =
      check.id === 'other-sections'
        ? result.missingSections.some((id) => !COVERED_ELSEWHERE.includes(id))
        : (check.sections ?? []).some((id) => result.missingSections.includes(id) || result.sections[id]?.present === false);
    const fails = behind.length > 0 || sectionMissing;
    items.push({
      id: check.id,
      // The policy checked against, so a printed checklist says which rules it was held to.
      label: check.id === 'other-sections' ? `${check.label} (${profile.name}, policy ${profile.id})` : check.label,
      kind: 'automatic',
      status: fails ? 'fail' : 'pass',
      findings: behind,
      source: check.source,
      blocking: fails && (sectionMissing || behind.some((i) => result.findings[i].severity === 'error')),
      reason: record.reasons[check.id],
    });
  }
  for (const confirmation of CONFIRMATIONS) {
    const stored = record.confirmations[confirmation.id];
    items.push({
      id: confirmation.id,
      label: confirmation.label(profile),
      kind: 'confirmation',
      status: stored ? 'confirmed' : 'unconfirmed',
      findings: [],
      source: confirmation.source,
      blocking: false,
      confirmedBy: stored?.by,
      confirmedOn: stored?.on,
      reason: record.reasons[confirmation.id],
    });
  }
  return items;
}

export interface Readiness {
  ready: boolean;
  /** Failing items with errors and no recorded reason. */
  blockedBy: ChecklistItem[];
  /** Confirmations nobody has ticked and no reason given. */
  unconfirmed: ChecklistItem[];
}

/** Open errors block "Ready for signature" unless the worker records a reason; so do unticked confirmations. */
export function readiness(items: ChecklistItem[]): Readiness {
  const blockedBy = items.filter((item) => item.blocking && !item.reason?.trim());
  const unconfirmed = items.filter((item) => item.status === 'unconfirmed' && !item.reason?.trim());
  return { ready: blockedBy.length === 0 && unconfirmed.length === 0, blockedBy, unconfirmed };
}

export const STATUS_TEXT: Record<ChecklistStatus, string> = {
  pass: 'Passes',
  fail: 'Needs attention',
  confirmed: 'Confirmed',
  unconfirmed: 'Not yet confirmed',
};

/** The printed checklist table: item, status, who confirmed, date. Shared by Word, the CLI and .docx output. */
export function checklistRows(items: ChecklistItem[], record?: SignOffRecord): string[][] {
  const rows = [['Item', 'Status', 'Confirmed by', 'Date']];
  for (const item of items) {
    const status = item.reason && item.status !== 'pass' && item.status !== 'confirmed' ? `${STATUS_TEXT[item.status]}: ${item.reason}` : STATUS_TEXT[item.status];
    rows.push([item.label, status, item.confirmedBy ?? (item.kind === 'automatic' ? 'Automatic check' : ''), item.confirmedOn ? formatIsoDate(item.confirmedOn) : '']);
  }
  if (record?.countersignature) {
    const reason = record.reasons.countersignature;
    rows.push(['Team manager\u2019s countersignature', reason ? `Countersigned: ${reason}` : 'Countersigned', record.countersignature.by, formatIsoDate(record.countersignature.on)]);
  }
  return rows;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

export interface ChecklistChange {
  id: string;
  label: string;
  before: ChecklistStatus;
  after: ChecklistStatus;
  effect: 'fixes' | 'breaks' | 'same';
}

/** Compare the checklist on the original text with the one on the text with all changes accepted. */
export function compareChecklists(original: ChecklistItem[], accepted: ChecklistItem[]): ChecklistChange[] {
  return accepted.map((after) => {
    const before = original.find((item) => item.id === after.id);
    const beforeStatus = before?.status ?? after.status;
    const effect = beforeStatus === after.status ? 'same' : after.status === 'pass' || after.status === 'confirmed' ? 'fixes' : 'breaks';
    return { id: after.id, label: after.label, before: beforeStatus, after: after.status, effect };
  });
}

/** The number for an amended agreement: the next in sequence (an amended agreement is a new document). */
export function nextAgreementNumber(current: string | undefined): string {
  const n = current ? parseInt(/\d+/.exec(current)?.[0] ?? '0', 10) : 0;
  return String(n + 1);
}
