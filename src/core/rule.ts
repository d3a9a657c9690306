import type { Actor, ActorKind } from './actors';
import type { DocumentView } from './document-view';
import type { Category, Finding, SectionId, Severity } from './model';
import type { Profile } from './profiles';
import type { SectionsFound } from './section-presence';
import type { SectionKey } from './section-labels';
import type { BlockRole } from './block-role';
import { memoise } from './memo';

// The shape of every rule, after ESLint's: metadata with messages by id, and logic that reports
// findings by message id with the data the message needs. Data (word lists, patterns) sits in
// named constants of the rule's module, apart from the logic. Caching and speed live in the
// runner and the analyser; rules know nothing about them.

/** What a paragraph rule sees: one block, where it sits, and whether it is a task. */
export interface ParagraphContext {
  text: string;
  /** fold(text): lower case, straight quotes, same length. */
  folded: string;
  section: SectionKey | null;
  role: BlockRole;
  /** The block is a commitment (family, professional or mixed task section). */
  isTask: boolean;
  /** The subject of the task, when it is one. */
  actor?: Actor;
  /** For a task in an action table: the other cells of its row, folded ("Ms Smith", "every day"). */
  rowContext?: string;
  /** Who the heading says does the tasks beneath it: "What Ms Smith will do" is 'family', "Professionals will:" is 'generic'. */
  headingActor: ActorKind;
  profile: Profile;
  /** Terms the paragraph (or the line being checked) defines, as the rules declaring `definitions` collect them; found once by the analyser. */
  definitions?: readonly string[];
}

/** Values a message's `{{name}}` placeholders are filled from. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A rule's finding, with offsets in the paragraph's text. */
export interface RawFinding {
  start: number;
  end: number;
  /** A key of the rule's `messages`. */
  messageId: string;
  data?: MessageData;
  suggestions: string[];
  /** Overrides the rule's default severity (e.g. a milder prompt). */
  severity?: Severity;
}

/** What a rule returns when it finds nothing: one shared, frozen list, so most checks allocate nothing. */
export const NO_FINDINGS: readonly RawFinding[] = Object.freeze([]);

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** One plain-English sentence for the worker: what the rule checks and why. */
  description: string;
  /** The guidance document and section the rule enforces. */
  source: string;
  /** What the rule tells the worker, by message id; `{{name}}` is filled from the finding's data. */
  messages: Readonly<Record<string, string>>;
}

/** Terms a paragraph defines ("Child and Adolescent Mental Health Services (CAMHS)"), after which the rule's findings of them are fine anywhere. */
export interface TermDefinitions {
  collect(text: string): string[];
  /** A finding with this excerpt is about a term defined somewhere in the agreement. */
  covers(excerpt: string, defined: ReadonlySet<string>): boolean;
}

/**
 * Words (folded, each found where a word of the text starts: "remov" for "removed" and "removal")
 * without which the rule finds nothing in a paragraph, read from what its patterns require. The
 * runner searches every paragraph for all rules' words at once and calls the rule only on the
 * paragraphs holding them.
 */
export interface RuleGate {
  /** Any one of these. */
  words: readonly string[];
  /** Or, for one of these groups, a word from each of its lists ("tak" with "out"). */
  groups?: readonly (readonly (readonly string[])[])[];
}

export interface ParagraphRule extends RuleMeta {
  scope: 'paragraph';
  /** Only tasks (commitment lines) are checked by this rule. */
  tasksOnly?: boolean;
  /** Words a paragraph must hold for this rule to find anything in it (a speed-up only: the rule's findings are the same without it). */
  gate?: RuleGate;
  check(context: ParagraphContext): readonly RawFinding[];
  /** When this rule finds something on a line (a paragraph without breaks is one line), these rules' findings on that line are dropped (one prompt is enough). */
  hides?: readonly string[];
  /** The rule's findings of terms defined elsewhere in the agreement are dropped. */
  definitions?: TermDefinitions;
  /** Adjusts this rule's findings (replacing, never mutating, them) with the whole agreement in view. */
  reviewWithAgreement?(findings: Finding[], view: DocumentView): void;
}

/** A place in the agreement: a paragraph and a span in its text. */
export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
}

/** What a document rule sees: the whole agreement and what was found about its sections. */
export interface DocumentContext {
  view: DocumentView;
  sections: SectionsFound;
  /** Sections the profile requires that are not present, in the profile's order. */
  missingSections: readonly SectionId[];
  /** The first of these paragraphs with words (trimmed), or the document's first paragraph with words (empty span) when there is none; null for a blank document. */
  anchor(paragraphs?: readonly number[]): Anchor | null;
}

/** A document rule's finding. */
export interface DocumentRawFinding extends Omit<RawFinding, 'start' | 'end'> {
  at: Anchor;
  /** The section a missing-section finding is about. */
  section?: SectionId;
}

/** A rule over the whole agreement (sections, dates, numbering). */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(context: DocumentContext): DocumentRawFinding[];
}

/** A message with its `{{name}}` placeholders filled in. */
export function formatMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  const parts = templateParts(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    out += (name in data ? String(data[name]) : `{{${name}}}`) + parts[k + 1];
  }
  return out;
}

/**
 * A template split at its `{{name}}` placeholders: text, name, text, name, …, text. Templates are
 * the rules' fixed messages, so each is split once, not once per finding.
 */
const templateParts = memoise((template: string): string[] => template.split(/\{\{(\w+)\}\}/), 1_000);
