import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Dropdown, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { allProfiles, getProfile } from '../../core';
import type { Controller } from '../controller';
import type { State } from '../state';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  // Fluent's drop-down is 250 px wide by default: wider than a 320 px pane with its padding.
  dropdown: { minWidth: 0, width: '100%', maxWidth: '100%' },
  listbox: { maxWidth: 'calc(100vw - 24px)' },
  option: { overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The policy this document is checked against. The list comes from the installed profiles; the
 * choice is stored in the document, and changing it asks first (it changes the checklist too).
 * A drop-down (not a native select) so an arrow key on the closed control opens the list instead
 * of changing the policy.
 */
export function PolicyPicker({ state, controller }: { state: State; controller: Controller }) {
  const styles = useStyles();
  const [pending, setPending] = useState<string | null>(null);
  const current = getProfile(state.profileId);
  return (
    <div className={styles.field}>
      <label id="policy-label" htmlFor="policy">
        <Text size={200}>Local policy (saved in this document)</Text>
      </label>
      <Dropdown
        id="policy"
        aria-labelledby="policy-label"
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        value={current.name}
        selectedOptions={[current.id]}
        onOptionSelect={(_e, data) => {
          if (data.optionValue && data.optionValue !== current.id) setPending(data.optionValue);
        }}
      >
        {allProfiles().map((p) => (
          <Option key={p.id} value={p.id} text={p.name} className={styles.option}>
            {p.name}
          </Option>
        ))}
      </Dropdown>
      <Dialog open={pending !== null} onOpenChange={(_e, data) => !data.open && setPending(null)}>
        <DialogSurface aria-describedby="policy-change-text">
          <DialogBody>
            <DialogTitle>Change the policy for this document?</DialogTitle>
            <DialogContent id="policy-change-text">
              The checks and the sign-off checklist will follow {pending ? allProfiles().find((p) => p.id === pending)?.name : ''} instead of {current.name}. The choice is saved in the document, so whoever opens it next
              sees the same policy.
            </DialogContent>
            <DialogActions fluid>
              <Button
                appearance="primary"
                onClick={() => {
                  const id = pending;
                  setPending(null);
                  if (id) void controller.setProfile(id);
                }}
              >
                Change policy
              </Button>
              <Button onClick={() => setPending(null)}>Keep {current.name}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
