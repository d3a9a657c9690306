// The shape of one jargon entry, shared by the lexicon's files and council policies.

export interface JargonEntry {
  /** Phrases, lower case; a trailing * matches any word ending ("facilitat*"). */
  terms: string[];
  plain: string[];
  /** Why it is a problem, in one short clause, when the plain alternative is not self-explanatory. */
  note?: string;
  /** What, straight after the term, makes it something else: "comply with this agreement" is the agreement's own terms. */
  notBefore?: RegExp;
  /** What, just before the term, makes it something else: "will result in escalation" is a consequence, the threatening rule's business. */
  notAfter?: RegExp;
  /** What the words just before the term must say for it to be jargon: a court order the council seeks, not the one on the family's papers. */
  onlyAfter?: RegExp;
  /**
   * What must follow the term for it to be jargon, taken into the excerpt: a qualifier that is plain alone and
   * professional before a head noun ("Care Act" before "assessment"), or a duty phrase with a name inside it
   * ("promote" … "welfare").
   */
  tail?: RegExp;
  /** A formal verb a parent can read: on a line with an unexplained acronym, the acronym is what needs rewriting. */
  plainBesideAcronym?: true;
  /** How the term must be written to be jargon: "MASH" in capitals is a team, "mash" is food. */
  writtenAs?: RegExp;
}
