// The team manager's countersignature: a label for it, or a line naming the manager beside a
// signature or a date. A place to sign left blank counts (it is signed on paper); a place the form
// filled with words meaning "nobody" ("N/A", "TBC", Word's "Click or tap here to enter text.") does not.
import type { DocumentView } from './document-view';
import { isFormFiller } from './form-filler';
import { signsOffLetter } from './letter-writer';

/** Words in a name's place that say there is nobody. */
const NOBODY = /^(?:n\/?a|none|not applicable|not needed|not required|nil)\.?$/i;
const SIGNED_NOTE = /^\(?\s*signed\b[^()]{0,30}\)?$/i;
const NEAR_A_SIGNATURE = /\bsign|\bdate\b|_{3,}|\.{5,}|\u2026{2,}/;

/** The first line showing a countersignature (a label, or the manager beside a signature), or -1. */
export function countersignatureAt(view: DocumentView): number {
  const { roles, folded, facts } = view;
  const label = (view.labelled.get('team-manager-signature') ?? []).find((i) => !leftUnfilled(view, i));
  if (label !== undefined) return label;
  return view.scans.firstIndex(
    'manager',
    folded.length,
    (i) =>
      facts.has(i, 'teamManager') &&
      (roles[i].section === 'signatures' || roles[i].section === 'team-manager-signature' || NEAR_A_SIGNATURE.test(folded[i]) || signsOffLetter(folded, i) || besideSignature(view, i)) &&
      !leftUnfilled(view, i),
  );
}

/** Words in a place to sign or name that say it is not filled in: "N/A", "TBC", a prompt. */
function fillerWords(view: DocumentView, i: number): boolean {
  const text = view.texts[i].trim();
  // "(signed)": a typed copy's note that it was signed, not a prompt in brackets.
  return /\p{L}/u.test(text) && !SIGNED_NOTE.test(text) && (view.blocks[i].placeholder === true || isFormFiller(text) || (view.roles[i].placeholder && !view.roles[i].labelOnly));
}

/**
 * The manager's line says nobody: "Team manager: N/A"; or, in a table, the manager's place to sign
 * holds filler words ("Team manager | Click or tap here to enter text." under "Signature"). A name
 * left as a prompt beside a blank place to sign is still a place to sign.
 */
function leftUnfilled(view: DocumentView, i: number): boolean {
  const block = view.blocks[i];
  if (block.kind !== 'table-cell') return isFormFiller(view.texts[i].trim());
  // "Owen | Mum | … | Team Manager" over the names signed: the manager's column below says who signs, or nobody ("N/A").
  if (columnSaysNobody(view, i)) return true;
  // "Team Manager: TBC" in one cell: the name's place says nobody.
  const value = AFTER_COLON.exec(view.texts[i])?.[1]?.trim();
  if (value && (isFormFiller(value) || NOBODY.test(value))) return true;
  // (A "Signed" header over the names column heads the list, not a place to sign.)
  const heading = signatureColumn(view, i);
  // Under a "Signed" header the names are the signatures: the manager's still a prompt ("Team manager: Click or tap …") is nobody's.
  if (heading === block.column && isFormFiller(view.texts[i].trim())) return true;
  // The manager's name given as "N/A" or "None": nobody will sign, whatever the place to sign holds.
  if (rowCells(view, i).some((k) => k !== i && NOBODY.test(view.texts[k].trim()))) return true;
  const signColumn = heading === block.column ? undefined : heading;
  let filler = false;
  for (const k of rowCells(view, i)) {
    if (k === i || view.texts[k].trim() === '' || (signColumn !== undefined && view.blocks[k].column !== signColumn)) continue;
    if (!fillerWords(view, k)) return false;
    filler = true;
  }
  return filler;
}

const AFTER_COLON = /:\s*(\S[^:]*)$/;

/** Block i heads a column whose cells below hold only words meaning nobody or a prompt ("N/A", "Click or tap here …"). */
function columnSaysNobody(view: DocumentView, i: number): boolean {
  const { table, row, column } = view.blocks[i];
  // (Only a cell of the table's first row heads a column.)
  for (let k = i - 1; view.blocks[k]?.kind === 'table-cell' && view.blocks[k].table === table; k--) if (view.blocks[k].row !== row) return false;
  let said = false;
  for (let k = i + 1; view.blocks[k]?.kind === 'table-cell' && view.blocks[k].table === table; k++) {
    if (view.blocks[k].column !== column || view.texts[k].trim() === '') continue;
    if (!NOBODY.test(view.texts[k].trim()) && !fillerWords(view, k)) return false;
    said = true;
  }
  return said;
}

/** "Andrea Voss, Team Manager | Signed ………  Date ………": the manager's cell beside a place to sign. */
function besideSignature(view: DocumentView, i: number): boolean {
  return view.blocks[i].kind === 'table-cell' && rowCells(view, i).some((k) => k !== i && NEAR_A_SIGNATURE.test(view.folded[k]));
}

/** The blocks of the table row holding block i (a row's cells are next to each other in the block list). */
function rowCells(view: DocumentView, i: number): number[] {
  const { table, row } = view.blocks[i];
  const inRow = (k: number) => view.blocks[k]?.kind === 'table-cell' && view.blocks[k].table === table && view.blocks[k].row === row;
  let first = i;
  while (inRow(first - 1)) first--;
  const cells: number[] = [];
  for (let k = first; inRow(k); k++) cells.push(k);
  return cells;
}

/** The column headed "Signature" or "Signed" in the table holding block i, if any. */
function signatureColumn(view: DocumentView, i: number): number | undefined {
  const { table } = view.blocks[i];
  let k = i;
  while (view.blocks[k - 1]?.kind === 'table-cell' && view.blocks[k - 1].table === table) k--;
  for (const cell of rowCells(view, k)) if (/^\s*(?:signature|signed|sign here)\b/.test(view.folded[cell])) return view.blocks[cell].column;
  return undefined;
}
