import type { Actor, ActorKind } from './actors';
import type { Category, Severity } from './model';
import type { Profile } from './profiles';
import type { SectionKey } from './section-labels';
import type { BlockRole } from './structure';

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
}

export interface RawFinding {
  start: number;
  end: number;
  message: string;
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
}

/** Examples each rule carries and its tests run: `bad` lines must be flagged, `good` lines must not. */
export interface RuleExamples {
  section: SectionKey | null;
  good: string[];
  bad: string[];
}

export interface ParagraphRule extends RuleMeta {
  scope: 'paragraph';
  /** Only tasks (commitment lines) are checked by this rule. */
  tasksOnly?: boolean;
  check(context: ParagraphContext): readonly RawFinding[];
  examples: RuleExamples[];
}
