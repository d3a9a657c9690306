// The people an agreement is signed by, read from its signature lines: those who sign it are its
// parties, so a signature table naming two people or more says who the agreement is between.
import type { DocumentView } from './document-view';

/** "Amy Walsh", "Kim Lowe, social worker", "Mr D. Okafor": a person's name (two capitalised words or more). */
const PERSON_NAME = /(?:^|[\s:(])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][\p{Ll}'\u2019-]+(?: [A-Z]\.?)?(?: [A-Z][\p{Ll}'\u2019-]+){1,2}(?=$|[\s,.(_)…])/gu;
/** Capitalised words that are roles or form words, not names: "Social Worker", "Team Manager", "Print Name". */
const NOT_A_NAME = /\b(?:social|team|service|practice|family|support|health|school|foster|key|youth|print|date|signed|signature|name|manager|worker|visitor|nurse|officer|carer|parent|mother|father|mum|dad|head|local|children's|council|services?)\b/i;

/** The first signature line naming a signer, when two people or more are named across them; -1 otherwise. */
export function namedSignersAt(view: Pick<DocumentView, 'roles' | 'texts'>): number {
  const names = new Set<string>();
  let first = -1;
  view.roles.forEach((role, i) => {
    if (role.section !== 'signatures' || role.placeholder || names.size >= 2) return;
    for (const m of view.texts[i].matchAll(PERSON_NAME)) {
      const name = m[0].trim().replace(/^[:(]/, '');
      if (NOT_A_NAME.test(name)) continue;
      names.add(name);
      if (first < 0) first = i;
    }
  });
  return names.size >= 2 ? first : -1;
}
