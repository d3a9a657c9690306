import { Badge, Button, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDate, getProfile, STATUS_TEXT, templateSection, type SectionId } from '../../core';
import type { Controller } from '../controller';
import type { Action, State } from '../state';

/** The team manager's review: tracked changes by section, what they fix or break, and the countersignature. */
export function ReviewView({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const [notes, setNotes] = useState<Record<number, string>>({});
  useEffect(() => {
    void controller.loadReview();
  }, [controller]);
  const review = state.review;
  const sections = new Map<string, NonNullable<typeof review>['changes']>();
  for (const change of review?.changes ?? []) sections.set(change.section, [...(sections.get(change.section) ?? []), change]);
  return (
    <section aria-label="Manager review">
      <Text as="h2" weight="semibold" size={400} block>
        Review the worker’s changes
      </Text>
      <label>
        <Text size={200} block>
          Your name
        </Text>
        <Input value={state.reviewerName} onChange={(_e, data) => dispatch({ type: 'reviewer', name: data.value })} aria-label="Reviewer name" />
      </label>
      {review && !review.available && (
        <MessageBar intent="info" style={{ marginTop: 8 }}>
          <MessageBarBody>Reviewing tracked changes here needs a newer version of Word (WordApi 1.6). The checklist is still on the Sign-off tab.</MessageBarBody>
        </MessageBar>
      )}
      {review?.available && review.changes.length === 0 && <Text block style={{ marginTop: 8 }}>There are no tracked changes.</Text>}
      {[...sections].map(([section, changes]) => (
        <section key={section} aria-label={`Changes in ${section}`} style={{ marginTop: 10 }}>
          <Text weight="semibold" block>
            {templateSection(getProfile(state.profileId), section as SectionId)?.heading ?? 'Elsewhere'} ({changes.length})
          </Text>
          {changes.map((change) => (
            <div key={change.index} data-testid="tracked-change" style={{ margin: '6px 0', padding: 6, border: '1px solid var(--colorNeutralStroke2)', borderRadius: 4 }}>
              <Text size={200} block>
                {change.type} by {change.author || 'unknown'}
                {change.date ? ` on ${formatDate(new Date(change.date))}` : ''}
              </Text>
              <Text block>“{change.text}”</Text>
              <Input
                size="small"
                placeholder="Note about this decision (kept in the document)"
                aria-label="Note about this decision"
                value={notes[change.index] ?? ''}
                onChange={(_e, data) => setNotes({ ...notes, [change.index]: data.value })}
              />
              <div style={{ display: 'flex', gap: 6, marginTop: 4 }}>
                <Button size="small" onClick={() => void controller.jumpTo(change.index)}>
                  Show
                </Button>
                <Button size="small" appearance="primary" onClick={() => void controller.decide(change.index, true, notes[change.index] ?? '')}>
                  Accept
                </Button>
                <Button size="small" onClick={() => void controller.decide(change.index, false, notes[change.index] ?? '')}>
                  Reject
                </Button>
              </div>
            </div>
          ))}
        </section>
      ))}
      {review?.available && (
        <section aria-label="Checklist before and after the changes" style={{ marginTop: 12 }}>
          <Text weight="semibold" block>
            Checklist with the changes accepted
          </Text>
          {review.comparison.map((item) => (
            <div key={item.id} data-testid={`compare-${item.id}`} style={{ margin: '4px 0' }}>
              <Badge appearance="filled" color={item.after === 'pass' || item.after === 'confirmed' ? 'success' : 'danger'}>
                {STATUS_TEXT[item.after]}
              </Badge>{' '}
              <Text size={300}>{item.label}</Text>
              {item.effect !== 'same' && <Text size={200}>{item.effect === 'fixes' ? ' (the changes fix this)' : ' (the changes break this)'}</Text>}
            </div>
          ))}
        </section>
      )}
      <div style={{ marginTop: 12 }}>
        <Button appearance="primary" onClick={() => void controller.countersign()}>
          Countersign
        </Button>
        {state.signOff.countersignature && (
          <Text size={200} block>
            Countersigned by {state.signOff.countersignature.by} on {formatDate(new Date(state.signOff.countersignature.on))}
          </Text>
        )}
      </div>
    </section>
  );
}
