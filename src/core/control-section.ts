import type { WalkContext } from './block-role';
import { labelKey } from './label-reading';
import type { Block, SectionId } from './model';
import { isSectionId } from './model';
import { fold } from './text';

// Which section a content control says its block belongs to. The add-in's own template tags each
// control with a section id. Councils' own forms name their fields too: a title ("Review date",
// Word's w:alias) and often a tag made of the same words ("ReviewDate", "review_date"). Either is
// read as a label would be (a council policy's own headings first); a name that is not a label
// ("Text1", a number) says nothing.

export function controlSection(block: Block, context: WalkContext): SectionId | null {
  if (block.tag !== undefined && isSectionId(block.tag)) return block.tag;
  // Only a control holding all of the block names it: a field among other words ("Date: … number: [ ]") does not.
  if (block.controlTitle === undefined) return null;
  return namedSection(block.controlTitle, context) || (block.tag !== undefined && namedSection(tagWords(block.tag), context)) || null;
}

function namedSection(name: string, context: WalkContext): SectionId | null {
  const folded = fold(name.trim());
  // A bare "Date" field is whichever date the part around it asks for (a review's, a signature's).
  if (/^dates?:?$/.test(folded)) return null;
  const key = labelKey(folded, context);
  // "tasks" is a list of actions with no one named; the walk decides whose they are.
  return key !== null && key !== 'tasks' ? key : null;
}

/** "ReviewDate", "review_date", "txtReviewDate" as the words they join. */
function tagWords(tag: string): string {
  return tag
    .replace(/^(?:txt|dd|cbo|chk|dt|cc|fld)(?=[A-Z_])/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
}
