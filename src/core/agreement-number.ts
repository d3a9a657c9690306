// The agreement's number or reference: beside its label, in the title, in a page header or footer,
// or in the details table at the top of a form ("CP ref | 55120", "Case file number | 4471203").
import type { DocumentView } from './document-view';
import { inSameTableRow } from './model';
import { withoutPlaceholders } from './form-filler';
import { hasNumberValue } from './label-reading';
import { cleanLabel } from './section-labels';
import { HEADER_CODE, NUMBER_VALUE } from './section-evidence';

/** Where the document's number is read without a label: its first blocks (the title and details table). */
const TOP = 15;
/** A details table's label cell for a number or reference (not a phone, an NHS or a house number). */
const NUMBER_LABEL_CELL = /^(?!.*\b(?:phone|tel|telephone|mobile|contact|nhs|house|flat|room|door|national insurance|ni)\b)(?:[a-z'-]+ ){0,5}(?:number|no\.?|ref(?:erence)?\.?|id)$/;
/** A reference in a value cell: three figures or more, perhaps with letters and slashes ("Nowak — 4471203", "55120 / core group 2"). */
const REFERENCE_VALUE = /(?:^|[\s/\u2013\u2014:-])[a-z]{0,5}[/-]?\d{3,}(?:[/-]\d+)*(?=$|[\s/,.;])/;
/** A phone number: a value like this is not the document's reference. */
const PHONE = /\b0\d{3,4} ?\d{3} ?\d{3,4}\b|\+44/;

/** The first block showing the agreement's number, or -1; `labelled` lists the blocks of its label. */
export function agreementNumberAt(view: DocumentView, labelled: readonly number[]): number {
  const { roles, folded, facts, blocks } = view;
  for (const i of labelled) {
    if (roles[i].placeholder) continue;
    if (hasNumberValue(withoutPlaceholders(folded[i], blocks[i].placeholders), roles[i].contentStart)) return i;
    // "Plan number | 2" or "CP ref | 55120 / core group 2": the label cell, its number in the next cell of the row.
    if (roles[i].labelOnly && inSameTableRow(blocks[i], blocks[i + 1]) && !roles[i + 1].placeholder && NUMBER_VALUE.test(folded[i + 1]) && !PHONE.test(folded[i + 1])) return i + 1;
  }
  // ("Written Agreement 2", "Working agreement 4" as a title count too, and a page header carrying it.)
  const titled = view.scans.firstIndex('number', Math.min(folded.length, TOP), (i) => !roles[i].placeholder && (facts.has(i, 'agreementNumber') || facts.has(i, 'agreementTitleNumber')));
  if (titled >= 0) return titled;
  // A reference code in a page header or footer or at the top ("WA/26/0417", "Our ref: LOE/RQ/0412"): the document's own number.
  const coded = view.scans.firstIndex('reference-code', folded.length, (i) => (i < TOP || blocks[i].origin === 'header' || blocks[i].origin === 'footer') && !roles[i].placeholder && (facts.has(i, 'referenceCode') || (blocks[i].origin !== undefined && HEADER_CODE.test(view.texts[i]))));
  if (coded >= 0) return coded;
  return detailsTableNumber(view);
}

/** A details table near the top whose label cell asks for a number or reference, with one in the cell beside it. */
function detailsTableNumber(view: DocumentView): number {
  const { roles, folded, blocks } = view;
  for (let i = 0; i + 1 < Math.min(blocks.length, TOP); i++) {
    if (blocks[i].kind !== 'table-cell' || roles[i].placeholder || !inSameTableRow(blocks[i], blocks[i + 1]) || roles[i + 1].placeholder) continue;
    if (NUMBER_LABEL_CELL.test(cleanLabel(folded[i])) && REFERENCE_VALUE.test(folded[i + 1]) && !PHONE.test(folded[i + 1])) return i + 1;
  }
  return -1;
}

