import { Badge, Button, Checkbox, Input, Text, Textarea } from '@fluentui/react-components';
import { formatDate, STATUS_TEXT } from '../../core';
import type { Controller } from '../controller';
import { checklistOf, type Action, type State } from '../state';

/** The compliance checklist before printing for signature: automatic checks and confirmations. */
export function SignOffView({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const { items, ready } = checklistOf(state);
  return (
    <section aria-label="Sign-off checklist">
      <Text as="h2" weight="semibold" size={400} block>
        Prepare for signature
      </Text>
      <label>
        <Text size={200} block>
          Your name (recorded with each confirmation)
        </Text>
        <Input value={state.reviewerName} onChange={(_e, data) => dispatch({ type: 'reviewer', name: data.value })} aria-label="Your name" />
      </label>
      <Text as="h3" weight="semibold" size={300} block style={{ marginTop: 12 }}>
        Automatic checks
      </Text>
      {items
        .filter((item) => item.kind === 'automatic')
        .map((item) => (
          <div key={item.id} data-testid={`check-${item.id}`} style={{ margin: '6px 0' }}>
            <Badge appearance="filled" color={item.status === 'pass' ? 'success' : 'danger'}>
              {STATUS_TEXT[item.status]}
            </Badge>{' '}
            <Text size={300}>{item.label}</Text>
            {item.status === 'fail' && item.findings.length > 0 && <Text size={200}> ({item.findings.length} findings)</Text>}
            {item.blocking && (
              <Textarea
                aria-label={`Reason for going ahead: ${item.label}`}
                placeholder="If you go ahead anyway, say why (this goes on the checklist)"
                value={item.reason ?? ''}
                onChange={(_e, data) => void controller.recordReason(item.id, data.value)}
                style={{ width: '100%', marginTop: 4 }}
              />
            )}
          </div>
        ))}
      <Text as="h3" weight="semibold" size={300} block style={{ marginTop: 12 }}>
        Confirm with the family
      </Text>
      {items
        .filter((item) => item.kind === 'confirmation')
        .map((item) => (
          <div key={item.id}>
            <Checkbox
              checked={item.status === 'confirmed'}
              label={item.confirmedBy ? `${item.label} (${item.confirmedBy}, ${formatDate(new Date(item.confirmedOn ?? ''))})` : item.label}
              onChange={(_e, data) => void controller.confirm(item.id, !!data.checked)}
            />
          </div>
        ))}
      <div style={{ marginTop: 12, display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={() => void controller.insertChecklist()}>Insert checklist</Button>
        <Button appearance="primary" disabled={!ready} onClick={() => void controller.readyForSignature()}>
          Ready for signature
        </Button>
        <Button onClick={() => void controller.startAmended()}>Start amended agreement</Button>
      </div>
      <div>
        {state.signOff.readyForSignature && (
          <Text size={200} block style={{ marginTop: 6 }} data-testid="ready">
            Marked ready for signature by {state.signOff.readyForSignature.by} on {formatDate(new Date(state.signOff.readyForSignature.on))}.
          </Text>
        )}
        <Text size={200} block style={{ marginTop: 6 }}>
          {ready
            ? 'Print from Word (File, Print). Turn off “Print markup” so tracked changes are not printed.'
            : 'Fix or give a reason for each failing check, and tick every confirmation, before the agreement is signed.'}
        </Text>
      </div>
    </section>
  );
}
