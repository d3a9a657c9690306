import { Dropdown, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { allProfiles, getProfile } from '../../core';
import type { Controller } from '../controller';
import type { State } from '../state';

const PolicyChangeDialog = lazy(() => import(/* webpackChunkName: "policy-dialog" */ './PolicyChangeDialog.js').then((m) => ({ default: m.PolicyChangeDialog })));

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
  // The dialog is loaded the first time a change is asked for, then stays mounted (opened and closed) as before.
  const [asked, setAsked] = useState(false);
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
          if (data.optionValue && data.optionValue !== current.id) {
            setAsked(true);
            setPending(data.optionValue);
          }
        }}
      >
        {allProfiles().map((p) => (
          <Option key={p.id} value={p.id} text={p.name} className={styles.option}>
            {p.name}
          </Option>
        ))}
      </Dropdown>
      {asked && (
        // It opens over the pane, so nothing moves while it loads.
        <Suspense fallback={null}>
          <PolicyChangeDialog
            open={pending !== null}
            current={current}
            next={allProfiles().find((p) => p.id === pending)}
            onChange={() => {
              const id = pending;
              setPending(null);
              if (id) void controller.setProfile(id);
            }}
            onKeep={() => setPending(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
