// The weak-qualifier rule: words that make a task optional or unmeasurable ("as appropriate", "where possible",
// "regularly"), in a task or in a promise in the contingency or review, unless they qualify something else in the line.
import { cite, RUTLAND } from '../guidance';
import { NO_FINDINGS, type ParagraphContext, type ParagraphRule } from '../rule';
import { weakQualifiers } from '../timing';

const SUGGEST = {
  howOften: 'every week (or say how often)',
  sayExactly: 'say exactly when or what is expected',
};

/** "the names of family members who could look after the children if needed": the qualifier describes who, not the task. */
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|whom|which)\b[^,;.]*$/;
/** "… so we can check they are suitable": the quality a worker will judge, not a qualifier of the task. */
const JUDGED_QUALITY_BEFORE = /\b(?:check|checks|checked|assess|assesses|decide|decides|confirm|confirms|judge|see)(?: (?:whether|if|that|how))? (?:[a-z'\u2019-]+ ){0,3}(?:is|are|will be|would be|be) $/;

/**
 * A promise in the contingency or the review ("Lou will keep supporting the family as needed", "the
 * arrangements will be reviewed regularly") is a task of its own, though those parts hold no task list.
 */
const FOLLOW_UP_SECTIONS = new Set<ParagraphContext['section']>(['contingency', 'review-date']);
const PROMISE = /\b(?:will|shall|is to|are to)\s+(?:be\s+)?[a-z]/;

/** "… to look at whether you can have regular breaks": the qualifier is in the question the task looks into, not the task. */
const QUESTION_BEFORE = /\b(?:whether|if) (?:[a-z'\u2019-]+ ){1,3}(?:can|could|would|might|may|should) (?:[a-z'\u2019-]+ ){0,4}$/;

const qualifiesAnother = (before: string): boolean => RELATIVE_CLAUSE_BEFORE.test(before) || JUDGED_QUALITY_BEFORE.test(before) || QUESTION_BEFORE.test(before);

export const weakQualifierRule: ParagraphRule = {
  id: 'weak-qualifier',
  scope: 'paragraph',
  category: 'vague-task',
  severity: 'warning',
  description: 'Words like "as appropriate", "where possible" or "regularly" make a task optional or impossible to measure.',
  source: cite(RUTLAND, '§6 Good Written Agreements Are (specific, measurable)'),
  messages: {
    weakQualifier: '"{{phrase}}" leaves it open whether the task is done. Say exactly what, when or how often.',
  },
  check({ text, folded, role, isTask, section }) {
    if (!isTask && !(FOLLOW_UP_SECTIONS.has(section) && !role.labelOnly && PROMISE.test(folded))) return NO_FINDINGS;
    const qualifiers = weakQualifiers(folded);
    if (qualifiers.length === 0) return NO_FINDINGS;
    return qualifiers
      .filter((q) => q.start >= role.contentStart && !qualifiesAnother(folded.slice(Math.max(role.contentStart, q.start - 80), q.start)))
      .map((q) => ({
        start: q.start,
        end: q.end,
        messageId: 'weakQualifier',
        data: { phrase: text.slice(q.start, q.end) },
        suggestions: [/regular/.test(q.phrase) ? SUGGEST.howOften : SUGGEST.sayExactly],
      }));
  },
};
