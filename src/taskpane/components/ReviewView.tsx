import { Badge, Button, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDate, getProfile, STATUS_TEXT, templateSection, type SectionId } from '../../core';
import type { Controller } from '../controller';
import type { TrackedChangeKey } from '../../word/tracked-change-key';
import { countersignBlocker, failingChecks, type Action, type ReviewChange, type State } from '../state';
import { NameField } from './NameField';
import { Feedback, focusSoon, headingId } from './feedback';

const useStyles = makeStyles({
  heading: { margin: 0, ':focus': { outline: 'none' } },
  subheading: { marginTop: tokens.spacingVerticalM, marginBottom: 0 },
  field: { display: 'flex', flexDirection: 'column', minWidth: 0, marginTop: tokens.spacingVerticalS },
  bulk: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  change: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  effects: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  compare: { marginBlock: tokens.spacingVerticalXS },
  countersign: { marginTop: tokens.spacingVerticalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  full: { width: '100%' },
});

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}\u2026` : text);

/** The team manager's review: tracked changes by section, what each fixes or breaks, and the countersignature. */
export function ReviewView({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const styles = useStyles();
  // Notes are kept against the change itself (its key), never its place in the list.
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  useEffect(() => {
    void controller.loadReview();
  }, [controller]);
  const review = state.review;
  const changes = review?.changes ?? [];
  const sections = new Map<string, ReviewChange[]>();
  for (const change of changes) sections.set(change.section, [...(sections.get(change.section) ?? []), change]);
  const ordered = [...sections.values()].flat();
  const failing = failingChecks(state);
  const blocker = countersignBlocker(state, reason);
  const cardId = (key: string) => `change-${ordered.findIndex((c) => c.key === key)}`;

  const decide = async (keys: TrackedChangeKey[], accept: boolean) => {
    const position = ordered.findIndex((c) => c.key === keys[0]);
    const decided = await controller.decide(keys, accept, notes);
    if (decided.length) {
      const rest = { ...notes };
      for (const key of decided) delete rest[key];
      setNotes(rest);
    }
    // The next change now sits where this one was; with none left, the countersignature.
    focusSoon(() => document.querySelector<HTMLElement>(`[data-change-position="${Math.max(0, position)}"]`) ?? document.querySelector<HTMLElement>('[data-change-position]') ?? document.getElementById('countersign-title'));
  };
  const showNext = (from: number) => {
    const next = ordered[(from + 1) % ordered.length];
    if (!next) return;
    focusSoon(() => document.getElementById(cardId(next.key)));
    void controller.showChange(next.key);
  };

  return (
    <section aria-labelledby={headingId('review')}>
      <Text as="h2" id={headingId('review')} tabIndex={-1} weight="semibold" size={400} block className={styles.heading}>
        Review the worker’s changes
      </Text>
      <NameField role="manager" state={state} dispatch={dispatch} />
      {review && !review.available && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Reviewing tracked changes here needs a newer version of Word (WordApi 1.6). The checklist is still on the Sign-off tab.</MessageBarBody>
        </MessageBar>
      )}
      {review?.available && changes.length === 0 && (
        <Text block size={300} data-testid="no-changes">
          There are no tracked changes.
        </Text>
      )}
      {changes.length > 1 && (
        <div className={styles.bulk} role="group" aria-label="All changes">
          <Button onClick={() => void decide(ordered.map((c) => c.key), true)}>Accept all ({changes.length})</Button>
          <Button onClick={() => void decide(ordered.map((c) => c.key), false)}>Reject all ({changes.length})</Button>
        </div>
      )}
      <Feedback state={state} dispatch={dispatch} at="review" />
      {[...sections].map(([section, list]) => {
        const heading = templateSection(getProfile(state.profileId), section as SectionId)?.heading ?? 'Elsewhere';
        return (
          <section key={section} aria-labelledby={`changes-${section}`}>
            <Text as="h3" id={`changes-${section}`} weight="semibold" size={300} block className={styles.subheading}>
              {heading} ({list.length})
            </Text>
            {list.map((change) => {
              const position = ordered.indexOf(change);
              const what = `${change.type.toLowerCase()} \u201c${short(change.text)}\u201d`;
              return (
                <article key={change.key} id={cardId(change.key)} tabIndex={-1} data-change-position={position} data-testid="tracked-change" className={styles.change} aria-label={`Change ${position + 1} of ${ordered.length}: ${what}`}>
                  <Text size={300} block>
                    {change.type} by {change.author || 'unknown'}
                    {change.date ? ` on ${formatDate(new Date(change.date))}` : ''}
                  </Text>
                  <Text block>“{change.text}”</Text>
                  {change.effects.length > 0 && (
                    <ul className={styles.effects} aria-label="What this change does to the checklist">
                      {change.effects.map((e) => (
                        <li key={e.label}>
                          <Text size={300}>
                            {e.effect === 'fixes' ? 'Fixes' : 'Breaks'}: {e.label}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  )}
                  <Input
                    size="small"
                    placeholder="Note about this decision (kept in the document)"
                    aria-label={`Note about ${what}`}
                    value={notes[change.key] ?? ''}
                    onChange={(_e, data) => setNotes({ ...notes, [change.key]: data.value })}
                  />
                  <div className={styles.actions}>
                    <Button size="small" aria-label={`Show ${what} in the document`} onClick={() => void controller.showChange(change.key)}>
                      Show
                    </Button>
                    <Button size="small" appearance="primary" aria-label={`Accept ${what}`} onClick={() => void decide([change.key], true)}>
                      Accept
                    </Button>
                    <Button size="small" aria-label={`Reject ${what}`} onClick={() => void decide([change.key], false)}>
                      Reject
                    </Button>
                    {ordered.length > 1 && (
                      <Button size="small" appearance="subtle" onClick={() => showNext(position)}>
                        Next change
                      </Button>
                    )}
                  </div>
                </article>
              );
            })}
          </section>
        );
      })}
      {review?.available && (
        <section aria-labelledby="compare-title">
          <Text as="h3" id="compare-title" weight="semibold" size={300} block className={styles.subheading}>
            Checklist with the changes accepted
          </Text>
          {review.comparison.map((item) => (
            <div key={item.id} data-testid={`compare-${item.id}`} className={styles.compare}>
              <Badge appearance="filled" color={item.after === 'pass' || item.after === 'confirmed' ? 'success' : 'danger'}>
                {STATUS_TEXT[item.after]}
              </Badge>{' '}
              <Text size={300}>{item.label}</Text>
              {item.effect !== 'same' && <Text size={300}>{item.effect === 'fixes' ? ' (the changes fix this)' : ' (the changes break this)'}</Text>}
            </div>
          ))}
        </section>
      )}
      <section className={styles.countersign} aria-labelledby="countersign-title">
        <Text as="h3" id="countersign-title" tabIndex={-1} weight="semibold" size={300} className={styles.subheading}>
          Countersignature
        </Text>
        {failing.length > 0 && (
          <div className={`${styles.field} ${styles.full}`}>
            <label htmlFor="countersign-reason">
              <Text size={300}>
                {failing.length === 1 ? '1 check still needs' : `${failing.length} checks still need`} attention. Why are you countersigning anyway? (kept in the document)
              </Text>
            </label>
            <Textarea id="countersign-reason" className={styles.full} value={reason} onChange={(_e, data) => setReason(data.value)} />
          </div>
        )}
        <Button appearance="primary" disabledFocusable={!!blocker} aria-describedby={blocker ? 'countersign-why' : undefined} onClick={() => void controller.countersign(reason)}>
          Countersign
        </Button>
        {blocker && (
          <Text size={300} id="countersign-why" data-testid="countersign-why">
            {blocker}
          </Text>
        )}
        {state.signOff.countersignature && (
          <Text size={300} block data-testid="countersigned">
            Countersigned by {state.signOff.countersignature.by} on {formatDate(new Date(state.signOff.countersignature.on))}
            {state.signOff.reasons.countersignature ? `. Reason: ${state.signOff.reasons.countersignature}` : ''}
          </Text>
        )}
      </section>
    </section>
  );
}
