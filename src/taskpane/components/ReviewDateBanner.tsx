import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { endHeadline, reviewHeadline, timing, type AnalysisResult } from '../../core';

const useStyles = makeStyles({
  banner: { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  soon: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * "Review due in 5 days", "Review was due 3 days ago", "Ends on 21 December 2026": the agreement's
 * own dates, kept in view above every tab (issue 16).
 */
export function ReviewDateBanner({ result, today }: { result: AnalysisResult | null; today: Date }) {
  const styles = useStyles();
  if (!result?.dates) return null;
  const facts = { reviewDate: result.dates.review?.iso ?? null, endDate: result.dates.end?.iso ?? null };
  const when = timing(facts, today);
  const overdue = when.urgency === 'review-overdue' || when.urgency === 'ended';
  const soon = when.urgency === 'review-due-soon';
  const ends = endHeadline(facts.endDate, today);
  return (
    <p data-testid="review-date-banner" className={styles.banner}>
      <Text weight="semibold" className={overdue ? styles.overdue : soon ? styles.soon : undefined}>
        {facts.reviewDate ? reviewHeadline(when.daysUntilReview) : 'No review date yet'}
      </Text>
      {ends && <Text>{` \u00b7 ${ends}`}</Text>}
    </p>
  );
}
