import { Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { rememberName } from '../identity';
import type { Action, Role, State } from '../state';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', minWidth: 0, marginTop: tokens.spacingVerticalS },
});

const LABEL: Record<Role, string> = {
  worker: 'Your name (social worker; recorded with each confirmation)',
  manager: 'Your name (team manager; recorded with each decision)',
};

/** The name a role's records are made under, remembered for this role in this browser when left. */
export function NameField({ role, state, dispatch }: { role: Role; state: State; dispatch: (action: Action) => void }) {
  const styles = useStyles();
  const id = `${role}-name`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <Text size={300}>{LABEL[role]}</Text>
      </label>
      <Input
        id={id}
        value={state.names[role]}
        onChange={(_e, data) => dispatch({ type: 'name', role, name: data.value })}
        onBlur={() => rememberName(role, state.names[role])}
        autoComplete="name"
      />
    </div>
  );
}
