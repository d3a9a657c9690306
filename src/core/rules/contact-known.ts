import { isBareName } from '../actors';
import type { DocumentView } from '../document-view';
import { knownFamily, type KnownFamily } from '../family-names';
import { inSameTableRow } from '../model';
import { ruleText } from '../text';
import type { ContactCue } from './contact-fragments';
import { arrangesNothing, detailsUnsaid } from './contact-details';
import { firstByParts, NOT_AN_ARRANGEMENT, withoutAsides } from './contact-topic';
import { ANY_CONTACT_WORD } from './contact-gate';
import { KIN_PATTERN } from './contact-parties';

// Contact with a family member or child the line names only by first name ("Dean can phone the
// children", "Kian will also see Amber and Lily"): the line alone cannot tell Dean from a worker or a
// neighbour, but the agreement said who Dean is ("Dean Tranter (Dad)"). Read with the whole agreement
// in view, for the lines the line rule found nothing in; each line's reading is kept while neither it
// nor the names change, so a live edit reads only the edited paragraphs.

export interface KnownContact {
  paragraph: number;
  start: number;
  end: number;
  missing: string[];
}

/** How far from a cell the other cells of its row may be. */
export const ROW_WITHIN = 12;

/** Lines (not in `flagged`) arranging contact with the family the agreement named, whose details are missing. */
export function knownFamilyContacts(view: Pick<DocumentView, 'texts' | 'folded' | 'blocks' | 'roles' | 'taskAt' | 'scans'>, flagged: ReadonlySet<number>): KnownContact[] {
  const found: KnownContact[] = [];
  const known = knownFamily(view);
  if (known.kin.size === 0 && known.children.size < 2) return found;
  const { texts, folded } = view;
  // (The lines naming one of them, found once and after an edit re-read only where edited: the key changes with the names.)
  const key = view.scans.derived('known-family-key', known, (names) => `known-family-lines ${[...names.kin].join(' ')} | ${[...names.children].join(' ')}`);
  for (const i of view.scans.allIndexes(key, texts.length, (k) => mentions(texts[k], folded[k], known))) {
    if (flagged.has(i)) continue;
    // (A line's reading is kept with its paragraph while the names are the same; the row is read only for a line about contact.)
    const cue = view.scans.ofParagraph('known-family-contact', i, () => contactWithKnown(view, i, known), known);
    if (!cue) continue;
    const missing = detailsUnsaid(cue, texts[i], folded[i], rowContext(view, i));
    if (missing) found.push({ paragraph: i, start: cue.start, end: cue.end, missing });
  }
  return found;
}

/** The contact in paragraph i read with the agreement's names as family and children, or null. */
function contactWithKnown(view: Pick<DocumentView, 'texts' | 'folded' | 'roles' | 'taskAt'>, i: number, known: KnownFamily): ContactCue | null {
  const folded = view.folded[i];
  // (A line with a family word was read in full by the line rule: the names add nothing there.)
  if (KIN_PATTERN.test(folded) || arrangesNothing(view.roles[i], folded)) return null;
  const text = ruleText(view.texts[i]);
  const actor = view.taskAt[i]?.actor;
  // A worker does not see the children as contact; a name the agreement gave the family or a child is no worker's, whatever the section says.
  const subject = actor && actor.end > actor.start ? text.slice(actor.start, actor.end).trim() : '';
  const named = isBareName(subject);
  const family = named && (known.kin.has(subject.toLowerCase()) || known.children.has(subject.toLowerCase()));
  // (A first name under the professionals' heading is a worker's: "Social worker (Jo Whitfield)", then "Jo will visit Kelly and the children".)
  const professional = !family && (actor?.kind === 'professional' || (named && view.roles[i].section === 'professional-commitments'));
  return byParts(text, folded, professional, known);
}

/**
 * The line's contact read by its parts with the names known (the line rule's other readings found nothing the names
 * could change), the first put as an arrangement.
 */
function byParts(text: string, folded: string, professional: boolean, known: KnownFamily): ContactCue | null {
  if (!ANY_CONTACT_WORD.test(folded) || NOT_AN_ARRANGEMENT.test(folded)) return null;
  const plain = folded.includes('(') ? withoutAsides(folded) : folded;
  return firstByParts(text, plain, true, professional, known);
}

/** The line names one of the family or children, with a capital. */
function mentions(text: string, folded: string, known: KnownFamily): boolean {
  for (const names of [known.kin, known.children]) {
    for (const name of names) {
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        const code = text.charCodeAt(at);
        if (code >= 65 && code <= 90) return true;
      }
    }
  }
  return false;
}

/** The paragraphs of the other cells in table cell i's row (none for a paragraph outside a table), up to ROW_WITHIN either side. */
export function otherCellsOfRow(blocks: DocumentView['blocks'], i: number): number[] {
  const cell = blocks[i];
  const others: number[] = [];
  if (cell?.kind !== 'table-cell') return others;
  for (let k = Math.max(0, i - ROW_WITHIN); k < blocks.length && k <= i + ROW_WITHIN; k++) if (k !== i && inSameTableRow(blocks[k], cell)) others.push(k);
  return others;
}

/** The other cells of a table cell's row, folded and joined, as the line rule reads an action row. */
function rowContext(view: Pick<DocumentView, 'blocks' | 'folded'>, i: number): string | undefined {
  const others = otherCellsOfRow(view.blocks, i).map((k) => view.folded[k]);
  return others.length ? others.join(' | ') : undefined;
}
