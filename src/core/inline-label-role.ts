import type { Block } from './model';
import type { BlockRole, WalkContext, WalkState } from './block-role';
import { cleanLabel } from './section-labels';
import { commitmentLabel } from './section-cues';
import { fold } from './text';
import { cleanPartyLabel, hasLabelSeparator, LABEL_SEPARATOR, LIST_MARKER, labelContentStart, labelKey, PARTY_LABEL } from './label-reading';

// Steps 4 and 5 of the section walk: a label at the start of a paragraph, either as a bold run
// ("**Contingency:** If things go wrong we will...") or as "Label: value" on one line.

/** Step 4: a bold label the paragraph starts with. */
export function boldLabelRole(block: Block, text: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  // Only a bold run the paragraph really starts with counts (readers may pass odd data).
  if (!block.boldPrefix || block.boldPrefix.trim().length === 0 || block.boldPrefix.length > 100 || !text.trimStart().startsWith(block.boldPrefix)) return null;
  const boldLabel = cleanLabel(fold(block.boldPrefix));
  const after = fold(text.slice(text.indexOf(block.boldPrefix) + block.boldPrefix.length));
  const named = labelKey(fold(block.boldPrefix), context);
  // A bold label that names people and is followed by their commitment: those people's tasks.
  const byLabel = named === null || named === 'participants' ? (commitmentLabel(boldLabel, after) ?? named) : named;
  // "Who's helping: Lou Farr (family worker) and Sam Pike (housing officer)": a commitments label over names alone lists the people in the plan.
  const key = (byLabel === 'professional-commitments' || byLabel === 'family-commitments') && NAMES_ONLY.test(after) ? 'participants' : byLabel;
  if (!key) return unknownBoldLabel(block, text, role, state) ?? runInTitle(block, text, role, state) ?? anotherField(block, text, role, state);
  role.section = key;
  const rest = text.slice(text.indexOf(block.boldPrefix) + block.boldPrefix.length);
  role.labelOnly = rest.trim().length === 0 || /^[\s:;.]*$/.test(rest);
  role.contentStart = role.labelOnly ? 0 : text.length - rest.length + (rest.length - rest.replace(/^[\s:;]+/, '').length);
  context.note(key);
  state.current = key;
  state.level = 99;
  return role;
}

/** A list of people, with their roles in brackets, and no verb: "Lou Farr (family worker), Mrs Dawes (head of year) and …". */
const NAMES_ONLY = /^[\s:;\u2013\u2014-]*(?![^.]*\b(?:will|must|agrees?|is|are|to|going|helps?|helping|supports?|visits?|has|have|can|should|does?)\b)[a-z][^.]*\([^)]+\)[^.]*(?:,|\band\b)[^.]*\.?\s*$/;

/**
 * A short bold line on its own that names no part ("Timetable", "Keeping Mia safe") is a heading
 * the walk does not know: it ends the part above it, as an unknown heading does, and what the lines
 * under it say decides what they are (commitment-runs.ts).
 */
function unknownBoldLabel(block: Block, text: string, role: BlockRole, state: WalkState): BlockRole | null {
  const trimmed = text.trim();
  if (block.kind !== 'paragraph' || block.boldPrefix!.trim() !== trimmed || /[.!?,;]$/.test(trimmed) || trimmed.split(/\s+/).length > 6) return null;
  role.section = null;
  role.labelOnly = true;
  state.current = null;
  state.level = 99;
  return role;
}

/** A run-in title: numbered ("3. Getting to school.") or closed by a full stop ("Keeping in touch."), at most eight words. */
const RUN_IN_TITLE = /^\s*(?:(?:\d+(?:\.\d+)*|[a-h]|[ivx]+)[.)]\s+[^.:]{2,80}[.:]?|[^.:]{2,80}\.)\s*$/;

/**
 * A paragraph opening with a bold run-in title that names no part ("4. Getting to school. Holly will walk
 * Ruby …"): a part of its own, as in agreements written as numbered paragraphs without headings. It ends
 * the part above it, and what its sentences say decides what it is (commitment-runs.ts reads its commitments).
 */
function runInTitle(block: Block, text: string, role: BlockRole, state: WalkState): BlockRole | null {
  const lead = block.boldPrefix!;
  // (Under a real heading the run-in titles are that part's own items: "What we are worried about" over "October. Police were called …".)
  if (block.kind !== 'paragraph' || (state.current !== null && state.level < 99) || !RUN_IN_TITLE.test(lead) || lead.trim().split(/\s+/).length > 9) return null;
  return ownPartAfter(lead, text, role, state);
}

/** The bold lead opens a part of its own, whose content is the rest of the line (if it holds a letter). */
function ownPartAfter(lead: string, text: string, role: BlockRole, state: WalkState): BlockRole | null {
  const rest = text.slice(text.indexOf(lead) + lead.length);
  if (!/\p{L}/u.test(rest)) return null;
  role.section = null;
  role.contentStart = text.length - rest.trimStart().length;
  state.current = null;
  state.level = 99;
  return role;
}

/** Parts a form gives as one field each ("Circulation: TBC", "Review date: …"), which run on under no other field. */
const FIELD_PARTS = new Set<string | null>(['copies', 'date', 'agreement-number', 'review-date', 'duration', 'legal-notice', 'child-details', 'participants']);

/**
 * "**Parents' views:** Mum and Dad said …" after "**Circulation:** TBC": a bold field naming no part, among
 * fields, is a field of its own; it ends the one above (whose value was the line before).
 */
function anotherField(block: Block, text: string, role: BlockRole, state: WalkState): BlockRole | null {
  const lead = block.boldPrefix!.trim();
  if (block.kind !== 'paragraph' || state.level !== 99 || !FIELD_PARTS.has(state.current) || !/^[^.:]{2,40}:$/.test(lead)) return null;
  return ownPartAfter(block.boldPrefix!, text, role, state);
}

/** A label that is a subject and its commitment: "Carla will", "Dad agrees to", "Nan is going to". */
const COMMITMENT_LEAD = /^(?!(?:what|who|how|when|where|why|if|things|what)\b)[a-z][a-z' &-]{0,40}? (?:will|agrees? to|is going to|are going to|must|promises? to)$/;

/** Fields of the child's details that would otherwise name a party. */
const CHILD_FIELD = /^(?:full )?names?$/;

/** Step 5: a "Label: value" line ("Review date: 14 January 2027", "Date; Today"). */
export function labelLineRole(block: Block, text: string, trimmed: string, role: BlockRole, state: WalkState, context: WalkContext): BlockRole | null {
  if (!hasLabelSeparator(trimmed)) return null;
  const colon = LABEL_SEPARATOR.exec(trimmed.replace(LIST_MARKER, ''));
  if (!colon || colon[1].split(/\s+/).length > 7) return null;
  const labelText = fold(colon[1]);
  // "Mother: Kerry Walsh", "Social worker: J. Smith" name a party; "Mum: will take Jo..." is a task.
  const value = trimmed.slice(trimmed.indexOf(colon[0]) + colon[0].length);
  // ("Mum; Dad; Oak School" is a list of people, not a party's label: a party is labelled with a colon.)
  const named = labelKey(labelText, context) ?? (PARTY_LABEL.test(cleanPartyLabel(labelText)) && colon[0].includes(':') && !/^\s*(?:will|to|must|should|agrees?)\b/i.test(value) ? 'participants' : null);
  // "Names: Jo Smith" under "The children" names the child, not a party.
  const key = named === 'participants' && state.current === 'child-details' && CHILD_FIELD.test(cleanPartyLabel(labelText)) ? 'child-details' : named;
  if (!key) return null;
  if (key === 'tasks') {
    // "Carla will: book a sitter …", "Tom agrees to: give Carla the list …": the line is that person's task, sorted by who does it.
    if (!COMMITMENT_LEAD.test(labelText) || !/\p{L}/u.test(value)) return null;
    role.section = 'tasks';
    context.note('tasks');
    return role;
  }
  role.section = key;
  role.contentStart = labelContentStart(text);
  role.labelOnly = text.slice(role.contentStart).trim().length === 0;
  context.note(key);
  // A label line inside another section ("Review date: ..." under "How long") does not end that section
  // for the lines after it unless it is a section that normally runs on.
  if (block.kind === 'paragraph' && role.labelOnly) {
    state.current = key;
    state.level = 99;
  }
  return role;
}
