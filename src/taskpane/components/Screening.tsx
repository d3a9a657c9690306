import { Button, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { SCREENING_QUESTIONS, type Action, type State } from '../state';

/** Is a written agreement right here? Drawn from the guidance's "bad reasons" and "when not to use". */
export function Screening({ state, dispatch, onInsert }: { state: State; dispatch: (a: Action) => void; onInsert: () => void }) {
  const answered = SCREENING_QUESTIONS.every((q) => state.screening[q.id] !== undefined);
  const concerns = SCREENING_QUESTIONS.filter((q) => state.screening[q.id] === true);
  return (
    <section aria-labelledby="screening-title">
      <Text as="h2" id="screening-title" weight="semibold" size={400} block>
        Is a written agreement right here?
      </Text>
      <Text size={200} block style={{ marginBottom: 8 }}>
        Guidance says written agreements work only for short periods, when everyone agrees and is likely to keep to it.
      </Text>
      {SCREENING_QUESTIONS.map((question) => (
        <fieldset key={question.id} style={{ border: 'none', padding: 0, margin: '8px 0' }}>
          <legend>
            <Text size={300}>{question.text}</Text>
          </legend>
          <RadioGroup
            layout="horizontal"
            aria-label={question.text}
            value={state.screening[question.id] === undefined ? '' : state.screening[question.id] ? 'yes' : 'no'}
            onChange={(_e, data) => dispatch({ type: 'answer', question: question.id, value: data.value === 'yes' })}
          >
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </fieldset>
      ))}
      {concerns.length > 0 && (
        <MessageBar intent="warning" layout="multiline" style={{ margin: '8px 0' }}>
          <MessageBarBody>
            <MessageBarTitle>A written agreement may not be right here</MessageBarTitle>
            Guidance says agreements should not be used in these situations: it is only a piece of paper, and it can give a dangerous illusion of compliance. Talk to your team manager first, and think about getting legal advice. You can still go on.
          </MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <Button
          appearance="primary"
          disabled={!answered}
          onClick={() => {
            dispatch({ type: 'screening-finished' });
            onInsert();
          }}
        >
          Insert template
        </Button>
        <Button onClick={() => dispatch({ type: 'screening-finished' })}>Check my document</Button>
      </div>
    </section>
  );
}
