import { addDays, daysBetween, formatDate } from '../dates';
import { cite, CIN_CP, RUTLAND } from '../guidance';
import { formatMessage, type DocumentRawFinding, type DocumentRule } from '../rule';

// The review date checked against the agreement's date, its end date and the profile's limit.
export const reviewDateRule: DocumentRule = {
  id: 'review-date',
  scope: 'document',
  category: 'date',
  severity: 'warning',
  description: 'The review date must be an actual date, after the agreement is made, before it ends, and soon: agreements are short-term.',
  source: `${cite(CIN_CP, '§2.3 Timeframe and §2.6 Reviewing the Written Agreement')}; ${cite(RUTLAND, '§6 (clear about when they will be reviewed)')}`,
  messages: {
    beforeAgreement: 'The review date ({{review}}) is before the agreement\u2019s date ({{agreement}}).',
    tooLate: 'The review is {{weeks}} weeks after the agreement starts. Agreements are short-term: this policy asks for a review within {{limit}} weeks.',
    afterEnd: 'The review date ({{review}}) is after the agreement ends ({{end}}). Review it before it ends.',
  },
  check({ view, sections }) {
    const review = sections.review.date;
    if (!review) return [];
    const findings: DocumentRawFinding[] = [];
    const at = { paragraph: review.paragraph, start: review.start, end: review.end };
    const made = sections.agreementDate?.date;
    const limit = view.profile.maxReviewDays;
    if (made && daysBetween(made, review.date) < 0) {
      findings.push({ at, messageId: 'beforeAgreement', data: { review: formatDate(review.date), agreement: formatDate(made) }, suggestions: [SUGGEST.check] });
    } else if (made && daysBetween(made, review.date) > limit) {
      const weeks = Math.round(daysBetween(made, review.date) / 7);
      findings.push({ at, messageId: 'tooLate', data: { weeks, limit: Math.round(limit / 7) }, suggestions: [formatMessage(SUGGEST.reviewBy, { date: formatDate(addDays(made, limit)) })] });
    }
    const end = sections.endDate;
    if (end && daysBetween(end.date, review.date) > 0) {
      findings.push({ at, messageId: 'afterEnd', data: { review: formatDate(review.date), end: formatDate(end.date) }, suggestions: [SUGGEST.moveReview] });
    }
    return findings;
  },
};

const SUGGEST = {
  check: 'Check the review date.',
  reviewBy: 'Review by {{date}}.',
  moveReview: 'Move the review before the end date, or say when the agreement ends.',
};
