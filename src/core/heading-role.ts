import type { Block } from './model';
import type { BlockRole, WalkContext, WalkState } from './block-role';
import { cleanLabel, NEUTRAL_HEADINGS } from './section-labels';
import { LABEL_SEPARATOR, labelContentStart, labelKey } from './label-reading';
import { spaceSeparatedWords } from './measure';

// Step 3 of the section walk: headings and short lines that read as headings. A heading naming a
// section opens it; another heading closes the open section at its level or above.

/** The walk's level for a list lead-in: this plus the item's list level (a heading's level is below 10, a label's 99). */
export const LIST_LEAD_IN = 200;

/**
 * A heading that is only the kind of document ("Letter of Expectation", "Written Agreement", "Working
 * agreement") names the whole of it, wherever it sits (a letter puts it under the address and "Dear …").
 */
const DOCUMENT_NAME = /^(?:(?:a |the |our |my )?(?:written|working|family|parenting|safety|child in need|child protection) )?(?:agreement|contract)$|^letters? of (?:expectations?|agreement|understanding|intent)$/;

function headingCandidate(block: Block, text: string, context: WalkContext): boolean {
  if (block.kind === 'heading') return true;
  const trimmed = text.trim();
  // A numbered or bulleted lead-in ("3. Chantelle will:") opens the list items under it.
  if (block.kind === 'list-item' && trimmed.endsWith(':')) return trimmed.length <= 60 && !/^[^:]{1,40}:\s*\S/.test(trimmed.slice(0, -1));
  // A list item standing alone between paragraphs is a numbered title (structure.ts), read as a short line is.
  if (block.kind !== 'paragraph' && !(block.kind === 'list-item' && context.listTitles?.has(block))) return false;
  if (trimmed.length === 0 || trimmed.length > 90) return false;
  if (/[.!]$/.test(trimmed) && !/\b(no|etc)\.$/i.test(trimmed)) return false;
  const words = spaceSeparatedWords(trimmed);
  // "A strategy discussion will be convened" is a sentence without its full stop, not a label;
  // "What Ms Smith will do" and "Professionals will:" are labels.
  if (/\b(?:will|must|shall|should|would|can)\s+(?!do\b)\w+\s+\w+/.test(trimmed) && !/^\s*(?:what|how|who|when|why|if)\b/i.test(trimmed)) return false;
  return words <= 12;
}

/** A form's numbering before a colon ("Step 1: What we are worried about", "Part B: …"): the title after it is the label, not a value. */
const FORM_NUMBERING = /^\s*(?:section|part|step|stage)\s+(?:\d{1,2}|[a-z]|[ivx]+)$/i;

/** "Tayla Morgan, 15 (DOB 19/08/2011)": the child's details themselves, a name before the figures, not a label over them. */
const CHILD_WITH_AGE = /^[a-z'-]+ [a-z'-]+,? [^\n]*\d/;

export function headingRole(block: Block, text: string, trimmed: string, folded: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // The document's title ("Ella's safety plan", "Written Agreement 2") names the whole document,
  // not one of its parts.
  if (block.kind === 'heading' && ((block.style !== undefined && /^title$/i.test(block.style)) || DOCUMENT_NAME.test(cleanLabel(folded)))) {
    role.section = null;
    role.labelOnly = true;
    state.current = null;
    state.level = 99;
    return role;
  }
  if (!headingCandidate(block, trimmed, context)) return null;
  // "Date of plan: 1 December 2026" in a paragraph is a label and its value (step 5 reads it by its
  // label): read whole, the value's words ("plan") would name the wrong part.
  const separator = LABEL_SEPARATOR.exec(folded);
  if (block.kind === 'paragraph' && separator && separator[0].length < folded.length && labelKey(separator[1], context)) return null;
  const key = labelKey(folded, context);
  if (key) {
    role.section = key;
    role.labelOnly = true;
    // "Written agreement number 1" or "Review date: 7 May 2027" carry content after the label.
    const colon = LABEL_SEPARATOR.exec(trimmed);
    let inline = false;
    if (colon && colon[0].length < trimmed.length && !FORM_NUMBERING.test(colon[1])) {
      role.labelOnly = false;
      role.contentStart = labelContentStart(text);
      inline = true;
    } else if (key === 'agreement-number' || key === 'date' || (key === 'child-details' && block.kind !== 'heading' && CHILD_WITH_AGE.test(folded))) {
      role.labelOnly = false;
      inline = true;
    }
    context.note(key);
    // A field with its value on the same line ("Review date: 7 May 2027") does not open a section.
    if (!inline || block.kind === 'heading') {
      state.current = key;
      state.level = block.kind === 'heading' ? (block.level ?? 1) : block.kind === 'list-item' && !context.listTitles?.has(block) ? LIST_LEAD_IN + (block.listLevel ?? 0) : 99;
    }
    return role;
  }
  // A numbered title naming no part ("4. What Kerry has chosen to do") still ends the part above it, as a heading would.
  if (block.kind === 'list-item' && context.listTitles?.has(block)) {
    state.current = null;
    state.level = 99;
    role.section = null;
    role.labelOnly = true;
    return role;
  }
  if (block.kind !== 'heading') return null;
  if (!NEUTRAL_HEADINGS.test(folded.replace(/[:.]$/, ''))) {
    const level = block.level ?? 1;
    if (level <= state.level) {
      state.current = null;
      state.level = 99;
      role.section = null;
    }
  }
  role.labelOnly = true;
  return role;
}
