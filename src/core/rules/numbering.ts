import { formatDate } from '../dates';
import { cite, CIN_CP, DERBY } from '../guidance';
import { formatMessage, type DocumentRawFinding, type DocumentRule } from '../rule';

// Its own rule whatever the profile requires: when the profile requires the number or the date,
// the missing-section rule reports it instead.
export const numberingRule: DocumentRule = {
  id: 'agreement-numbered-and-dated',
  scope: 'document',
  category: 'numbering',
  severity: 'warning',
  description: 'Every agreement carries a number (agreements in a case are numbered in order) and the date it was made.',
  source: `${cite(DERBY, '§10 Reviewing the Written Agreement (sequentially numbered)')}; ${cite(CIN_CP, '§2 (signed by all parties and dated)')}`,
  messages: {
    noNumber: 'This agreement has no number. Agreements in a case are numbered in order, and a changed agreement is a new one with the next number.',
    noDate: 'This agreement has no date. It must be dated when everyone signs.',
  },
  check({ sections, missingSections, anchor }) {
    const findings: DocumentRawFinding[] = [];
    if (!sections.present.get('agreement-number') && !missingSections.includes('agreement-number')) {
      const labels = sections.paragraphs.get('agreement-number') ?? [];
      const at = anchor(labels.length > 0 ? labels : undefined);
      if (at) findings.push({ at, messageId: 'noNumber', suggestions: [SUGGEST.number], section: 'agreement-number' });
    }
    if (!sections.present.get('date') && !missingSections.includes('date')) {
      const at = anchor(sections.paragraphs.get('date'));
      if (at) findings.push({ at, messageId: 'noDate', suggestions: [formatMessage(SUGGEST.date, { today: formatDate(sections.reference) })], section: 'date' });
    }
    return findings;
  },
};

const SUGGEST = { number: 'Written agreement number: 1', date: 'Date: {{today}}' };
