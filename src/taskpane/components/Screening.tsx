import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { Controller } from '../controller';
import { SCREENING_QUESTIONS, type Action, type State } from '../state';
import { Feedback, focusSoon, headingId } from './feedback';

const useStyles = makeStyles({
  heading: { margin: 0, ':focus': { outline: 'none' } },
  intro: { marginBlock: tokens.spacingVerticalS },
  question: { border: 'none', padding: 0, marginInline: 0, marginBlock: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  why: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** Is a written agreement right here? Drawn from the guidance's "bad reasons" and "when not to use". */
export function Screening({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const styles = useStyles();
  const unanswered = SCREENING_QUESTIONS.filter((q) => state.screening[q.id] === undefined).length;
  const concerns = SCREENING_QUESTIONS.filter((q) => state.screening[q.id] === true);
  const insert = async () => {
    dispatch({ type: 'screening-finished' });
    focusSoon(() => document.getElementById(headingId('check')));
    await controller.insertTemplate();
  };
  return (
    <section aria-labelledby={headingId('screening')}>
      <Text as="h2" id={headingId('screening')} tabIndex={-1} weight="semibold" size={400} block className={styles.heading}>
        Is a written agreement right here?
      </Text>
      <Text size={300} block className={styles.intro}>
        Guidance says written agreements work only for short periods, when everyone agrees and is likely to keep to it.
      </Text>
      {SCREENING_QUESTIONS.map((question) => (
        <fieldset key={question.id} className={styles.question}>
          <legend>
            <Text size={300}>{question.text}</Text>
          </legend>
          <RadioGroup
            layout="horizontal"
            value={state.screening[question.id] === undefined ? '' : state.screening[question.id] ? 'yes' : 'no'}
            onChange={(_e, data) => dispatch({ type: 'answer', question: question.id, value: data.value === 'yes' })}
          >
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </RadioGroup>
        </fieldset>
      ))}
      {concerns.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>A written agreement may not be right here</MessageBarTitle>
            Guidance says agreements should not be used in these situations: it is only a piece of paper, and it can give a dangerous illusion of compliance. Talk to your team manager first, and think about getting legal advice. You can still go on.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={unanswered > 0} aria-describedby={unanswered > 0 ? 'insert-why' : undefined} onClick={() => void insert()}>
          Insert template
        </Button>
        <Button
          onClick={() => {
            dispatch({ type: 'screening-finished' });
            focusSoon(() => document.getElementById(headingId('check')));
          }}
        >
          Check my document
        </Button>
      </div>
      {unanswered > 0 && (
        <Text id="insert-why" size={300} className={styles.why}>
          Answer {unanswered === 1 ? 'the last question' : `the ${unanswered} questions left`} to insert the template.
        </Text>
      )}
      <Feedback state={state} dispatch={dispatch} at="screening" />
    </section>
  );
}
