import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, mergeClasses, Select, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useSyncExternalStore } from 'react';
import { OUTCOME_TEXT, OUTCOMES, outcomeSummary, type Outcome } from '../../core';
import type { MeetingController } from '../meeting-controller';
import { meetingRows, type MeetingRow } from '../meeting-state';

const useStyles = makeStyles({
  message: { marginBlock: tokens.spacingVerticalS },
  spaced: { marginTop: tokens.spacingVerticalS },
  groupHeading: { marginTop: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  plainList: { listStyleType: 'none', padding: 0, margin: 0 },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
  // Warm, like a note in the margin: it quotes what the agreement itself says happens next.
  contingency: {
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  contingencyLines: { marginBlock: tokens.spacingVerticalXS },
});

/**
 * The review meeting (issue 16), not the manager's tracked-change review: every task of the
 * agreement, family's and professionals' alike, with its outcome, a note and who reported it. A
 * task not done shows what the agreement itself says happens next and asks who will do it and when.
 */
export function MeetingView({ meeting }: { meeting: MeetingController }) {
  const state = useSyncExternalStore(meeting.subscribe, meeting.getState);
  const styles = useStyles();
  useEffect(() => {
    void meeting.load();
    // Leaving the view saves anything still waiting.
    return () => void meeting.flush();
  }, [meeting]);

  if (state.status === 'idle' || state.status === 'loading') return <Spinner size="small" label={'Reading the agreement\u2026'} />;
  const message = state.message && (
    <MessageBar intent={state.message.intent} className={styles.message}>
      <MessageBarBody>{state.message.text}</MessageBarBody>
    </MessageBar>
  );
  if (state.status === 'unavailable' || !state.record) return <section aria-label="Review meeting">{message}</section>;

  const rows = meetingRows(state);
  const family = rows.filter((row) => row.task.party === 'family');
  const professionals = rows.filter((row) => row.task.party === 'professional');
  const discussed = rows.filter((row) => row.outcome.outcome).length;
  const number = state.facts?.number;
  return (
    <section aria-label="Review meeting">
      <Text as="h2" weight="semibold" size={400} block>
        Review meeting{number ? ` for agreement ${number}` : ''}
        {state.facts?.childFirstName ? ` (${state.facts.childFirstName})` : ''}
      </Text>
      <Text size={200} block>
        Go through every task with everyone at the meeting. Professionals&rsquo; tasks count as much as the family&rsquo;s.
      </Text>
      <Field label="Date of the meeting" className={styles.spaced}>
        <Input type="date" value={state.record.meetingDate} onChange={(_e, data) => meeting.setMeetingDate(data.value)} />
      </Field>
      {message}
      {rows.length === 0 && <Text block>No tasks were found in this agreement. Tasks are lines such as &ldquo;Kerry will walk Liam to school by 8.45am every school day&rdquo; under &ldquo;What the family will do&rdquo; or &ldquo;What the social worker and other professionals will do&rdquo;.</Text>}
      <TaskGroup title={'The family\u2019s tasks'} rows={family} meeting={meeting} offset={0} />
      <TaskGroup title={'Professionals\u2019 tasks'} rows={professionals} meeting={meeting} offset={family.length} />
      <Text block size={200} data-testid="meeting-summary" className={styles.spaced}>
        {`${discussed} of ${rows.length} task${rows.length === 1 ? '' : 's'} discussed${discussed ? `: ${outcomeSummary(rows.map((r) => r.outcome))}` : ''}.`}
      </Text>
      <div className={styles.actions}>
        <Button disabled={state.busy || rows.length === 0} onClick={() => void meeting.insertRecord()}>
          Insert review record
        </Button>
        <Button appearance="primary" disabled={state.busy} onClick={() => void meeting.startNext()}>
          Start the next agreement
        </Button>
      </div>
    </section>
  );
}

function TaskGroup({ title, rows, meeting, offset }: { title: string; rows: MeetingRow[]; meeting: MeetingController; offset: number }) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <>
      <Text as="h3" weight="semibold" size={300} block className={styles.groupHeading}>
        {title}
      </Text>
      <ol className={styles.plainList}>
        {rows.map((row, k) => (
          <TaskOutcomeCard key={row.task.key} row={row} index={offset + k} meeting={meeting} />
        ))}
      </ol>
    </>
  );
}

function TaskOutcomeCard({ row, index, meeting }: { row: MeetingRow; index: number; meeting: MeetingController }) {
  const { task, outcome, contingency } = row;
  const styles = useStyles();
  const update = (patch: Partial<typeof outcome>) => meeting.record({ ...outcome, task: task.text, party: task.party, ...patch });
  const headingId = `meeting-task-${index}-text`;
  return (
    <li data-testid={`meeting-task-${index}`} aria-labelledby={headingId} className={styles.card}>
      <Text id={headingId} block weight="semibold">
        {task.text}
      </Text>
      {task.who && <Text size={200} block>{`Who: ${task.who}`}</Text>}
      <Field label="Outcome">
        <Select value={outcome.outcome ?? ''} onChange={(_e, data) => update({ outcome: (data.value || null) as Outcome | null })}>
          <option value="">Not discussed yet</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_TEXT[o]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Note">
        <Textarea value={outcome.note} resize="vertical" onChange={(_e, data) => update({ note: data.value })} />
      </Field>
      <Field label="Reported by">
        <Input value={outcome.reportedBy} onChange={(_e, data) => update({ reportedBy: data.value })} />
      </Field>
      {contingency && (
        <div data-testid="contingency" role="group" aria-label="What the agreement says happens next" className={styles.contingency}>
          <Text block weight="semibold">What the agreement says happens next</Text>
          {contingency.lines.length === 0 ? (
            <Text block>This agreement does not say what happens if things go wrong. Agree now what will happen, and put it in the next agreement.</Text>
          ) : (
            <>
              {!contingency.matched && <Text block size={200}>No line of &ldquo;If things go wrong&rdquo; is about this task in particular, so all of it is shown.</Text>}
              <ul className={mergeClasses(styles.plainList, styles.contingencyLines)}>
                {contingency.lines.map((line) => (
                  <li key={line}>
                    <Text>{line}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Field label="Who will do it">
            <Input value={outcome.followUp?.who ?? ''} onChange={(_e, data) => update({ followUp: { who: data.value, byWhen: outcome.followUp?.byWhen ?? '' } })} />
          </Field>
          <Field label="By when">
            <Input value={outcome.followUp?.byWhen ?? ''} placeholder="For example 17 December 2026" onChange={(_e, data) => update({ followUp: { who: outcome.followUp?.who ?? '', byWhen: data.value } })} />
          </Field>
        </div>
      )}
    </li>
  );
}
