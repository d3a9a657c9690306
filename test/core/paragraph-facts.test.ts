import fc from 'fast-check';
import { fold } from '../../src/core/text';
import { ParagraphFacts } from '../../src/core/paragraph-facts';
import { DOCUMENT_FACTS, type DocumentFact } from '../../src/core/section-evidence';
import { generateAgreement } from '../../bench/generate';

// After a number of paragraphs tested one by one, ParagraphFacts rules out the paragraphs failing
// a fact's cheap test with one search of all paragraphs joined. Whatever the order paragraphs are
// asked in, every answer must be the fact's own test of that paragraph alone.

const FACTS = Object.keys(DOCUMENT_FACTS) as DocumentFact[];

/** Lines whose words for a fact sit at a paragraph's edges, or run across a line break or into the next paragraph. */
const EDGES = [
  'team',
  'manager will countersign',
  'A copy',
  'of this plan will be sent to everyone.',
  'This agreement is not legally binding',
  'legal',
  '',
  'cc: Jo Smith',
  'We will review this\nagreement on 7 January 2027.',
  'Born 3 March 2019',
  'TM',
  'This plan will last until the end of March.',
  'Contact with Dad is supervised by the social worker.',
  'Any contact with the children will be arranged by the team manager.',
  // Lines whose cheap test passes only at the paragraph's start ("^to", "^dear", "^i,"): a joined search would miss them.
  'To keep Jo safe.',
  'So that Jo can go home.',
  'Dear Kerry,',
  'I, Kerry Walsh, agree to this.',
  // Words for a fact inside other words ("counter" in "encounter", "tm" in "atm"), or starting them ("law" in "lawyer").
  'If we encounter the atm on the way home.',
  'Her lawyer has sent the letter.',
];

function answersOneByOne(folded: string[], order: readonly number[], facts: readonly DocumentFact[]): void {
  const paragraphFacts = new ParagraphFacts(folded);
  for (const fact of facts) {
    for (const i of order) expect([fact, i, paragraphFacts.has(i, fact)]).toEqual([fact, i, DOCUMENT_FACTS[fact].test(folded[i])]);
  }
}

describe('ParagraphFacts', () => {
  const generated = generateAgreement(3_000, 7).map((block) => fold(block.text));

  it('answers as each fact tested alone, in document order', () => {
    const folded = [...generated, ...EDGES.map(fold)];
    answersOneByOne(folded, [...folded.keys()], FACTS);
  });

  it('answers as each fact tested alone, in any order and with any lines', () => {
    const line = fc.oneof(fc.constantFrom(...EDGES, ...generated.slice(0, 80)), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 40, maxLength: 90 }), fc.infiniteStream(fc.nat()), (lines, draws) => {
        const folded = lines.map(fold);
        const order = folded.map((_, i) => i);
        const it = draws[Symbol.iterator]();
        for (let k = order.length - 1; k > 0; k--) {
          const j = it.next().value % (k + 1);
          [order[k], order[j]] = [order[j], order[k]];
        }
        answersOneByOne(folded, order, FACTS);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps answers for unchanged paragraphs after an edit, and tests changed ones again', () => {
    const before = [...generated];
    const first = new ParagraphFacts(before);
    for (const fact of FACTS) for (let i = 0; i < before.length; i++) first.has(i, fact);
    const after = [...before];
    after[5] = fold('The team manager will countersign this agreement.');
    after[9] = fold('A copy of this plan will be given to Mum.');
    const second = new ParagraphFacts(after, first, [5, 9]);
    for (const fact of FACTS) for (let i = 0; i < after.length; i++) expect([fact, i, second.has(i, fact)]).toEqual([fact, i, DOCUMENT_FACTS[fact].test(after[i])]);
    // A second edit, from facts whose word scan was itself carried over: words gained and words lost.
    const again = [...after];
    again[5] = fold('We will meet on Tuesday.');
    again[12] = fold('This plan will last until the end of March and the team manager will sign it.');
    const third = new ParagraphFacts(again, second, [5, 12]);
    for (const fact of FACTS) for (let i = 0; i < again.length; i++) expect([fact, i, third.has(i, fact)]).toEqual([fact, i, DOCUMENT_FACTS[fact].test(again[i])]);
  });
});
