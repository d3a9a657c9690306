import type { Block } from './model';
import type { ParagraphFacts } from './paragraph-facts';
import type { Profile } from './profiles';
import type { ScanMemo } from './scan-memo';
import type { SectionKey } from './section-labels';
import type { BlockRole } from './block-role';
import type { TaskLine } from './types';

/** Everything the document-level checks need, built once per analysis. */
export interface DocumentView {
  blocks: readonly Block[];
  texts: string[];
  folded: string[];
  roles: BlockRole[];
  labelled: Map<SectionKey, number[]>;
  tasks: TaskLine[];
  /** The task at each paragraph index, or null. */
  taskAt: ReadonlyArray<TaskLine | null>;
  facts: ParagraphFacts;
  scans: ScanMemo;
  profile: Profile;
  today?: Date;
}
