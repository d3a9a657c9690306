// What changed between two analyses of the same document: which blocks differ by value.
import type { Block, TextSpan } from './model';

/** Indexes of the blocks that differ, by value (Word hands over new objects every time); null if more than `limit`. */
export function changedBlocks(before: readonly Block[], after: readonly Block[], limit: number): number[] | null {
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (sameBlock(before[i], after[i])) continue;
    if (changed.length === limit) return null;
    changed.push(i);
  }
  return changed;
}

/** Every field of a block: the type check fails here when a field is added to Block and not to this list. */
const BLOCK_FIELDS = Object.keys({
  kind: 0, text: 0, level: 0, style: 0, tag: 0, controlTitle: 0, table: 0, row: 0, column: 0, boldPrefix: 0, revision: 0, originalText: 0,
  origin: 0, placeholders: 0, placeholder: 0, listLevel: 0, listLabel: 0, columnSpan: 0, fullWidthRow: 0, mergedFrom: 0,
} satisfies Record<keyof Block, 0>) as Array<keyof Block>;

function sameBlock(a: Block, b: Block): boolean {
  if (a === b) return true;
  for (const key of BLOCK_FIELDS) {
    const x = a[key];
    const y = b[key];
    if (x !== y && !(Array.isArray(x) && Array.isArray(y) && sameSpans(x, y))) return false;
  }
  return true;
}

function sameSpans(a: readonly TextSpan[], b: readonly TextSpan[]): boolean {
  return a.length === b.length && a.every((span, k) => span.start === b[k].start && span.end === b[k].end);
}
