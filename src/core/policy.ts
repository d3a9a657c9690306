import { JARGON, type JargonEntry } from './lexicon/jargon';
import { isSectionId, SECTION_IDS, type SectionId } from './model';
import { CORE_SECTIONS, PROFILES, type Profile } from './profiles';

/**
 * A council's policy file: a built-in profile with the council's own changes. The JSON Schema in
 * schemas/policy.schema.json describes the same shape for editors and for loading (src/io checks a
 * file against it first); resolvePolicy checks what a schema cannot (the profile it extends, terms
 * that must be in the jargon list) and merges.
 */
export interface PolicyFile {
  id: string;
  name: string;
  extends: string;
  /** Sections required beyond the core parts; replaces the extended profile's list. */
  requiredSections?: string[];
  reviewWithinWeeks?: number;
  jargon?: { add?: Array<{ term: string; plain: string | string[]; note?: string }>; remove?: string[] };
  sectionHeadings?: Record<string, string[]>;
  wording?: { confidentialAddress?: string; legalNotice?: string; authority?: string; legalAdviceTimescale?: string };
}

/** A policy that cannot be used, with the field at fault ("requiredSections[1]") first in its message. */
export class PolicyError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'PolicyError';
  }
}

const POLICY_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new PolicyError(field, 'must be text that is not empty');
  return value.trim();
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new PolicyError(field, 'must be a list');
  return value;
}

function sectionId(value: unknown, field: string): SectionId {
  if (typeof value !== 'string' || !isSectionId(value)) throw new PolicyError(field, `${JSON.stringify(value)} is not a section id (one of ${SECTION_IDS.join(', ')})`);
  return value;
}

let knownJargon: Set<string> | undefined;
function jargonTerms(): Set<string> {
  return (knownJargon ??= new Set(JARGON.flatMap((entry) => entry.terms)));
}

/**
 * The profile a policy file describes. Throws PolicyError naming the field for anything wrong, so a
 * front end can print one line. Pure: the caller reads the file.
 */
export function resolvePolicy(file: unknown): Profile {
  if (!isObject(file)) throw new PolicyError('(policy)', 'must be a JSON object');
  const id = text(file.id, 'id');
  if (!POLICY_ID.test(id)) throw new PolicyError('id', `"${id}" must be lower-case letters, digits and hyphens`);
  if (Object.hasOwn(PROFILES, id)) throw new PolicyError('id', `"${id}" is a built-in profile; choose your own id`);
  const base = text(file.extends, 'extends');
  if (!Object.hasOwn(PROFILES, base)) throw new PolicyError('extends', `"${base}" is not a built-in profile (one of ${Object.keys(PROFILES).join(', ')})`);
  const profile: Profile = { ...PROFILES[base], id, name: text(file.name, 'name'), extends: base };

  if (file.requiredSections !== undefined) {
    const extra = list(file.requiredSections, 'requiredSections').map((value, i) => sectionId(value, `requiredSections[${i}]`));
    profile.requiredSections = [...CORE_SECTIONS, ...extra.filter((s) => !CORE_SECTIONS.includes(s))].filter((s, i, all) => all.indexOf(s) === i);
    if (!profile.requiredSections.includes('team-manager-signature')) profile.requiredSignatories = profile.requiredSignatories.filter((s) => s !== 'team-manager');
    else if (!profile.requiredSignatories.includes('team-manager')) profile.requiredSignatories = [...profile.requiredSignatories, 'team-manager'];
  }

  if (file.reviewWithinWeeks !== undefined) {
    const weeks = file.reviewWithinWeeks;
    if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw new PolicyError('reviewWithinWeeks', 'must be a whole number of weeks from 1 to 52');
    profile.maxReviewDays = weeks * 7;
  }

  if (file.jargon !== undefined) {
    const { add, remove } = policyJargon(file.jargon);
    if (add.length) profile.jargonAdd = add;
    if (remove.length) profile.jargonRemove = remove;
  }

  if (file.sectionHeadings !== undefined) profile.sectionHeadings = policySectionHeadings(file.sectionHeadings);

  if (file.wording !== undefined) {
    if (!isObject(file.wording)) throw new PolicyError('wording', 'must be an object');
    const w = file.wording;
    if (w.confidentialAddress !== undefined) profile.confidentialAddressWording = text(w.confidentialAddress, 'wording.confidentialAddress');
    if (w.legalNotice !== undefined) profile.legalNotice = text(w.legalNotice, 'wording.legalNotice');
    if (w.authority !== undefined) profile.authorityPlaceholder = text(w.authority, 'wording.authority');
    if (w.legalAdviceTimescale !== undefined) profile.legalAdviceTimescale = text(w.legalAdviceTimescale, 'wording.legalAdviceTimescale');
  }
  return profile;
}

/** The policy's "jargon": terms to add (each with everyday words) and built-in terms to remove. */
function policyJargon(jargon: unknown): { add: JargonEntry[]; remove: string[] } {
  if (!isObject(jargon)) throw new PolicyError('jargon', 'must be an object with "add" and/or "remove"');
  const add: JargonEntry[] = [];
  if (jargon.add !== undefined) {
    list(jargon.add, 'jargon.add').forEach((entry, i) => {
      const field = `jargon.add[${i}]`;
      if (!isObject(entry)) throw new PolicyError(field, 'must be an object with "term" and "plain"');
      const term = text(entry.term, `${field}.term`).toLowerCase().replace(/\s+/g, ' ');
      const plain = Array.isArray(entry.plain) ? entry.plain.map((p, j) => text(p, `${field}.plain[${j}]`)) : [text(entry.plain, `${field}.plain`)];
      if (plain.length === 0) throw new PolicyError(`${field}.plain`, 'must give at least one everyday alternative');
      add.push(entry.note === undefined ? { terms: [term], plain } : { terms: [term], plain, note: text(entry.note, `${field}.note`) });
    });
  }
  const remove: string[] = [];
  if (jargon.remove !== undefined) {
    list(jargon.remove, 'jargon.remove').forEach((value, i) => {
      const term = text(value, `jargon.remove[${i}]`).toLowerCase().replace(/\s+/g, ' ');
      if (!jargonTerms().has(term)) throw new PolicyError(`jargon.remove[${i}]`, `"${term}" is not in the built-in jargon list`);
      remove.push(term);
    });
  }
  return { add, remove };
}

/** The policy's own headings for each section, by section id. */
function policySectionHeadings(value: unknown): Partial<Record<SectionId, string[]>> {
  if (!isObject(value)) throw new PolicyError('sectionHeadings', 'must be an object from section id to a list of headings');
  const headings: Partial<Record<SectionId, string[]>> = {};
  for (const [key, names] of Object.entries(value)) {
    const id = sectionId(key, `sectionHeadings.${key}`);
    const headingNames = list(names, `sectionHeadings.${key}`).map((h, i) => text(h, `sectionHeadings.${key}[${i}]`));
    if (headingNames.length === 0) throw new PolicyError(`sectionHeadings.${key}`, 'must list at least one heading');
    headings[id] = headingNames;
  }
  return headings;
}
