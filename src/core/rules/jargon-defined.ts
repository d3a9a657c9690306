/**
 * A professional term explained where it stands is not jargon there: "A core group is a meeting where…",
 * "Fabricated or Induced Illness (FII) is when…", "pre-proceedings — that is, …". The term is the subject of
 * a defining verb, with its abbreviation in brackets between them or not.
 */

/** An abbreviation in brackets straight after the spelled-out term: "(FII)", "(EHE)". */
const ACRONYM_AFTER = /^\s*\(\s*[A-Z][A-Za-z&]{1,8}\s*\)/;

/** What follows the term, past an abbreviation in brackets that only names it. */
export function pastAcronym(after: string): string {
  const acronym = ACRONYM_AFTER.exec(after);
  return acronym ? after.slice(acronym[0].length) : after;
}

/**
 * The term is the subject of a defining verb: "is when", "means", "refers to", "is a meeting where…", "is a written
 * agreement between…", "— that is, …", "(this means …)", or a label's explanation: "Core group: the people (you, Sue
 * and the nursery) who meet every month". "The core group is on Monday" says when, not what, and is no definition.
 */
const DEFINING_AFTER = /^\s+(?:is|are)\s+(?:(?:an?|the)\s+(?:[\p{L}'\u2019-]+\s+){1,4}?(?:that|which|who|where|when|whose|between|for)\s|when\s|where\s|how\s|what\s)|^\s+(?:means|refers\s+to|stands\s+for|describes)\s|^\s*[,\u2013\u2014-]\s*that\s+is\b|^\s*\(\s*(?:this|that|which)\s+(?:means|is)\s|^\s*[:\u2013\u2014]\s+(?:an?|the)\s+(?:[\p{L}'\u2019-]+,?\s+|\([\p{L}\p{N}\s,.'\u2019&-]{1,80}\)\s+){1,8}?(?:that|which|who|where|whose)\s/u;

/** Cheap pre-test: the defining words anywhere in the paragraph (most paragraphs have none, and are not scanned for terms). */
export const DEFINING_CUE = new RegExp(DEFINING_AFTER.source.replace(/\^/g, ''), 'u');

/** The term ending at the start of `after` is defined by what follows. */
export function definedBy(after: string): boolean {
  return DEFINING_AFTER.test(pastAcronym(after));
}
