import { cite, CIN_CP, RUTLAND } from '../guidance';
import type { DocumentRule } from '../rule';
import { SECTION_ROW } from '../section-table';

// The professionals' part is there but names no professional or agency doing anything: the
// agreement asks only of the family.
export const balanceRule: DocumentRule = {
  id: 'professional-commitments',
  scope: 'document',
  category: 'missing-section',
  severity: 'error',
  description: 'Agreements must be balanced: named professionals and agencies say what they will do, not only the family.',
  source: `${cite(RUTLAND, '§5 and §6 (balanced: clarify everyone\u2019s full undertakings)')}; ${cite(CIN_CP, '§2 (what they can expect from their social worker and other professionals)')}`,
  messages: {
    noNamedProfessional:
      'The professionals\u2019 part does not name any professional or agency doing something. The agreement must be balanced: say which worker will do what, and when.',
  },
  check({ sections, missingSections, anchor }) {
    const own = sections.paragraphs.get('professional-commitments') ?? [];
    if (!missingSections.includes('professional-commitments') || own.length === 0) return [];
    const at = anchor(own);
    if (!at) return [];
    const severity = SECTION_ROW.get('professional-commitments')!.severity;
    return [{ at, messageId: 'noNamedProfessional', suggestions: [EXAMPLE_TASK], severity, section: 'professional-commitments' }];
  },
};

const EXAMPLE_TASK = 'Belinda Jones (social worker) will visit the family home every Tuesday at 4pm.';
