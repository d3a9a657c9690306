import type { DocumentRule, ParagraphRule, RuleMeta, TermDefinitions } from '../rule';
import { acronymRule } from './acronyms';
import { contactArrangementsRule } from './contact-arrangements';
import { balanceRule } from './balance';
import { missingSectionRule } from './missing-section';
import { numberingRule } from './numbering';
import { reviewDateRule } from './review-date';
import { jargonRule } from './jargon';
import { readabilityRule } from './readability';
import { threateningRule } from './threatening';
import { vagueTaskRule } from './vague-task';
import { weakQualifierRule } from './weak-qualifier';
import { victimResponsibilityRule } from './victim-responsibility';

/** Rules that look at one paragraph at a time; their results are cached per paragraph. */
export const PARAGRAPH_RULES: ParagraphRule[] = [
  jargonRule,
  acronymRule,
  vagueTaskRule,
  weakQualifierRule,
  threateningRule,
  victimResponsibilityRule,
  contactArrangementsRule,
  readabilityRule,
];

/** Rules over the whole agreement, run after the paragraph rules on every analysis. */
export const DOCUMENT_RULES: DocumentRule[] = [missingSectionRule, balanceRule, reviewDateRule, numberingRule];

/** Every rule's metadata, for the README, the pane's explanations and the CLI's --rules listing. */
export const ALL_RULES: RuleMeta[] = [
  ...PARAGRAPH_RULES.map(({ id, category, severity, description, source, messages }) => ({ id, category, severity, description, source, messages })),
  ...DOCUMENT_RULES.map(({ id, category, severity, description, source, messages }) => ({ id, category, severity, description, source, messages })),
];

// The ways rules affect each other, as each rule declares them.

/** Rules whose findings hide other rules' findings in the same paragraph. */
export const HIDING_RULES = PARAGRAPH_RULES.filter((rule) => rule.hides && rule.hides.length > 0);

/** Rules whose findings are fine once the term is defined somewhere in the agreement, by rule id. */
export const DEFINED_TERMS = new Map<string, TermDefinitions>(PARAGRAPH_RULES.flatMap((rule) => (rule.definitions ? [[rule.id, rule.definitions] as const] : [])));

/** Rules that review their findings with the whole agreement in view. */
export const REVIEWING_RULES = PARAGRAPH_RULES.filter((rule) => rule.reviewWithAgreement);

/** Every term the paragraph defines, for any rule that declares definitions. */
export function definitionsIn(text: string): string[] {
  const found: string[] = [];
  for (const definitions of DEFINED_TERMS.values()) found.push(...definitions.collect(text));
  return found;
}
