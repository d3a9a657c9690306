import type { ParagraphRule, RuleMeta } from '../rule';
import { acronymRule } from './acronyms';
import { contactArrangementsRule } from './contact-arrangements';
import { jargonRule } from './jargon';
import { readabilityRule } from './readability';
import { threateningRule } from './threatening';
import { vagueTaskRule, weakQualifierRule } from './vague-task';
import { victimResponsibilityRule } from './victim-responsibility';
import { DOCUMENT_RULES } from './document';

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

/** Every rule's metadata, for the README, the pane's explanations and the CLI's --rules listing. */
export const ALL_RULES: RuleMeta[] = [
  ...PARAGRAPH_RULES.map(({ id, category, severity, description, source }) => ({ id, category, severity, description, source })),
  ...DOCUMENT_RULES,
];
