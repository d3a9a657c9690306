import { cite, CIN_CP, DERBY, RUTLAND } from '../guidance';
import { formatMessage, type DocumentRawFinding, type DocumentRule } from '../rule';
import { SECTION_ROW } from '../section-table';

// A required part that is missing, or there but empty. Which parts are required is the profile's
// choice; what each part is called and how serious a gap is comes from the section table.
export const missingSectionRule: DocumentRule = {
  id: 'missing-section',
  scope: 'document',
  category: 'missing-section',
  severity: 'error',
  description: 'A part of the agreement the guidance requires is missing or empty.',
  source: `${cite(CIN_CP, '§2.2 Participants, §2.3 Timeframe, §2.6 Reviewing, §2.7 Contingency')}; ${cite(RUTLAND, '§6 Good Written Agreements Are')}; ${cite(DERBY, 'Appendix 1 template')}`,
  messages: {
    missingSection: 'This agreement does not include {{name}}.',
    emptySection: 'The part for {{name}} is there but empty.',
    reviewUndated: 'The review is described but has no actual date. "At the next core group" or "in due course" is not a date that everyone can hold to.',
  },
  check({ view, sections, missingSections, anchor }) {
    const findings: DocumentRawFinding[] = [];
    for (const id of missingSections) {
      const row = SECTION_ROW.get(id)!;
      const own = sections.paragraphs.get(id) ?? [];
      const labels = view.labelled.get(id);
      // A professionals' part that names nobody is the balance rule's finding.
      if (id === 'professional-commitments' && own.length > 0) continue;
      const found =
        id === 'review-date' && sections.review.evidence.length > 0
          ? { at: anchor(sections.review.evidence), messageId: 'reviewUndated', suggestions: [SUGGEST.reviewDate] }
          : labels && own.length > 0
            ? { at: anchor(labels), messageId: 'emptySection', data: { name: row.name }, suggestions: [formatMessage(SUGGEST.fill, { name: row.name })] }
            : { at: anchor(), messageId: 'missingSection', data: { name: row.name }, suggestions: [formatMessage(SUGGEST.add, { name: row.name })] };
      if (found.at) findings.push({ ...found, at: found.at, severity: row.severity, section: id });
    }
    return findings;
  },
};

const SUGGEST = {
  fill: 'Fill in {{name}}.',
  add: 'Add a part for {{name}}.',
  reviewDate: 'Give a date, for example "This agreement will be reviewed on 7 January 2027 at the core group meeting."',
};
