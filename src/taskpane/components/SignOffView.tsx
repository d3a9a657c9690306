import { Badge, Button, Checkbox, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { formatDate, readiness, STATUS_TEXT } from '../../core';
import type { Controller } from '../controller';
import { checklistOf, type Action, type State } from '../state';
import { NameField } from './NameField';
import { Feedback, headingId } from './feedback';

const useStyles = makeStyles({
  heading: { margin: 0, ':focus': { outline: 'none' } },
  subheading: { marginTop: tokens.spacingVerticalM, marginBottom: 0 },
  item: { marginBlock: tokens.spacingVerticalS },
  reason: { width: '100%', marginTop: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  note: { display: 'block', marginTop: tokens.spacingVerticalS },
});

/** The compliance checklist before printing for signature: automatic checks and confirmations. */
export function SignOffView({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const styles = useStyles();
  const { items, ready } = checklistOf(state);
  const name = state.names.worker.trim();
  const open = readiness(items);
  const readyWhy = !name
    ? 'Enter your name above: the sign-off records who prepared it.'
    : open.blockedBy.length || open.unconfirmed.length
      ? `Still to do: ${[open.blockedBy.length ? `${open.blockedBy.length} failing ${open.blockedBy.length === 1 ? 'check needs' : 'checks need'} fixing or a reason` : '', open.unconfirmed.length ? `${open.unconfirmed.length} ${open.unconfirmed.length === 1 ? 'confirmation' : 'confirmations'} to tick` : ''].filter(Boolean).join(', and ')}.`
      : '';
  return (
    <section aria-labelledby={headingId('sign-off')}>
      <Text as="h2" id={headingId('sign-off')} tabIndex={-1} weight="semibold" size={400} block className={styles.heading}>
        Prepare for signature
      </Text>
      <NameField role="worker" state={state} dispatch={dispatch} />
      <Text as="h3" weight="semibold" size={300} block className={styles.subheading}>
        Automatic checks
      </Text>
      {items
        .filter((item) => item.kind === 'automatic')
        .map((item) => (
          <div key={item.id} data-testid={`check-${item.id}`} className={styles.item}>
            <Badge appearance="filled" color={item.status === 'pass' ? 'success' : 'danger'}>
              {STATUS_TEXT[item.status]}
            </Badge>{' '}
            <Text size={300}>{item.label}</Text>
            {item.status === 'fail' && item.findings.length > 0 && <Text size={300}> ({item.findings.length} {item.findings.length === 1 ? 'finding' : 'findings'})</Text>}
            {item.blocking && (
              <Textarea
                aria-label={`Reason for going ahead: ${item.label}`}
                placeholder="If you go ahead anyway, say why (this goes on the checklist)"
                value={item.reason ?? ''}
                onChange={(_e, data) => void controller.recordReason(item.id, data.value)}
                className={styles.reason}
              />
            )}
          </div>
        ))}
      <Text as="h3" weight="semibold" size={300} block className={styles.subheading}>
        Confirm with the family
      </Text>
      {!name && (
        <Text size={300} block id="confirm-why">
          Enter your name above to confirm these: each confirmation records who made it.
        </Text>
      )}
      {items
        .filter((item) => item.kind === 'confirmation')
        .map((item) => (
          <div key={item.id}>
            <Checkbox
              checked={item.status === 'confirmed'}
              disabled={!name && item.status !== 'confirmed'}
              aria-describedby={!name ? 'confirm-why' : undefined}
              label={item.confirmedBy ? `${item.label} (${item.confirmedBy}, ${formatDate(new Date(item.confirmedOn ?? ''))})` : item.label}
              onChange={(_e, data) => void controller.confirm(item.id, !!data.checked)}
            />
          </div>
        ))}
      <div className={styles.actions}>
        <Button onClick={() => void controller.insertChecklist()}>Insert checklist</Button>
        <Button appearance="primary" disabledFocusable={!ready || !name} aria-describedby={readyWhy ? 'ready-why' : undefined} onClick={() => void controller.readyForSignature()}>
          Ready for signature
        </Button>
        <Button onClick={() => void controller.startAmended()}>Start amended agreement</Button>
      </div>
      {readyWhy && (
        <Text size={300} id="ready-why" className={styles.note}>
          {readyWhy}
        </Text>
      )}
      <Feedback state={state} dispatch={dispatch} at="sign-off" />
      {state.signOff.readyForSignature && (
        <Text size={300} className={styles.note} data-testid="ready">
          Marked ready for signature by {state.signOff.readyForSignature.by} on {formatDate(new Date(state.signOff.readyForSignature.on))}.
        </Text>
      )}
      {ready && (
        <Text size={300} className={styles.note}>
          Print from Word (File, Print). Turn off “Print markup” so tracked changes are not printed.
        </Text>
      )}
    </section>
  );
}
