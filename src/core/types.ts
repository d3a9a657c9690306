// Data shared between the analyser, the document checks and their memos.
import type { Actor, ActorKind } from './actors';
import type { SectionKey } from './section-labels';

/** One task: a commitment line, with who does it. Used by document checks (balance, victim prompts). */
export interface TaskLine {
  index: number;
  section: SectionKey;
  actor: Actor;
  /** Who the heading above says does the task (for lines with no subject of their own). */
  headingActor: ActorKind;
  text: string;
  folded: string;
  /** The folded words naming who does it (`folded.slice(actor.start, actor.end)`). */
  subject: string;
}

/** A cell of an action table ("Who | What | By when") inside a commitments section. */
export interface ActionRow {
  /** This cell holds the task itself. */
  isWhatCell: boolean;
  /** The other cells of the row, folded and joined. */
  context: string;
  /** Who the row's other cells name, if family or professional. */
  actorKind?: 'family' | 'professional';
}
