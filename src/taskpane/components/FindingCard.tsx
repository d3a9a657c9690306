import { Badge, Button, Input, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding } from '../../core';
import type { Controller } from '../controller';
import { actionOf, fairConsequence, FREQUENCIES, taskSentence, taskSpan, type TaskParts } from '../rewording';
import { CATEGORY_NAMES, findingId, SEVERITY_NAMES } from '../state';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlock: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  active: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  labels: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  excerpt: { fontWeight: tokens.fontWeightSemibold },
  why: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  source: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  builder: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  field: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  fieldset: { border: 'none', padding: 0, margin: 0, minWidth: 0 },
});

const SEVERITY_COLOURS = { error: 'danger', warning: 'warning', info: 'informative' } as const;
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}\u2026` : text);

export interface FindingCardProps {
  finding: Finding;
  paragraph: string;
  active: boolean;
  people: string[];
  controller: Controller;
  onActivate: () => void;
  /** Called once the finding has been dealt with, to move focus on. */
  onDone: () => void;
}

/** A compact finding: severity and kind in words, the words found, and what can be done; "Why?" explains. */
export function FindingCard({ finding, paragraph, active, people, controller, onActivate, onDone }: FindingCardProps) {
  const styles = useStyles();
  const [why, setWhy] = useState(false);
  const [building, setBuilding] = useState(false);
  const id = findingId(finding);
  const whyId = useId();
  const quoted = finding.excerpt ? `\u201c${short(finding.excerpt)}\u201d` : CATEGORY_NAMES[finding.category];
  const fair = finding.category === 'threatening' && finding.excerpt ? fairConsequence(paragraph, finding) : null;
  const act = (work: Promise<unknown>) => void work.then(onDone);
  return (
    <article
      id={`finding-${id}`}
      tabIndex={-1}
      className={`${styles.card} ${active ? styles.active : ''}`}
      aria-labelledby={`${id}-title`}
      aria-current={active ? 'true' : undefined}
      data-testid="finding"
      data-finding-order={`${finding.paragraph}:${finding.start}`}
    >
      <div className={styles.labels} id={`${id}-title`}>
        <Badge appearance="filled" color={SEVERITY_COLOURS[finding.severity]}>
          {SEVERITY_NAMES[finding.severity]}
        </Badge>
        <Badge appearance="outline" color="informative">
          {CATEGORY_NAMES[finding.category]}
        </Badge>
        {finding.excerpt && <Text className={styles.excerpt}>{quoted}</Text>}
      </div>
      {(why || active) && (
        <div className={styles.why} id={whyId}>
          <Text size={300}>{finding.message}</Text>
          {finding.category === 'vague-task' && finding.suggestions.length > 0 && <Text size={300}>{finding.suggestions[0]}</Text>}
          <Text size={200} className={styles.source}>
            Guidance: {finding.source}
          </Text>
        </div>
      )}
      {fair && (
        <Text size={300}>
          Fairer wording: <q>{fair.text}</q>
        </Text>
      )}
      <div className={styles.actions}>
        {finding.excerpt && (
          <Button size="small" aria-label={`Show ${quoted} in document`} onClick={() => { onActivate(); void controller.select(finding); }}>
            Show
          </Button>
        )}
        {finding.excerpt &&
          (finding.category === 'jargon' || finding.category === 'acronym') &&
          finding.suggestions.slice(0, 2).map((s) => (
            <Button key={s} size="small" appearance="primary" aria-label={`Use \u201c${s}\u201d instead of ${quoted}`} onClick={() => act(controller.accept(finding, s))}>
              Use “{s}”
            </Button>
          ))}
        {fair && (
          <Button size="small" appearance="primary" aria-label={`Use fairer wording instead of ${quoted}`} onClick={() => act(controller.rewrite(finding, fair.start, fair.end, fair.text))}>
            Use fairer wording
          </Button>
        )}
        {finding.category === 'vague-task' && (
          <Button size="small" appearance="primary" aria-expanded={building} aria-label={`Make it specific: ${quoted}`} onClick={() => setBuilding(!building)}>
            Make it specific
          </Button>
        )}
        {!active && (
          <Button size="small" appearance="subtle" aria-expanded={why} aria-controls={why ? whyId : undefined} aria-label={`Why? ${quoted}`} onClick={() => setWhy(!why)}>
            Why?
          </Button>
        )}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" aria-label={`Ignore ${quoted}`}>
              Ignore…
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => act(controller.ignore(finding, 'once'))}>Ignore here only</MenuItem>
              {finding.excerpt && <MenuItem onClick={() => act(controller.ignore(finding, 'everywhere'))}>Ignore {quoted} everywhere</MenuItem>}
              <MenuItem onClick={() => act(controller.ignore(finding, 'check'))}>Turn off {CATEGORY_NAMES[finding.category]} checks for this document</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {building && <TaskBuilder paragraph={paragraph} people={people} onWrite={(sentence) => {
        const span = taskSpan(paragraph);
        act(controller.rewrite(finding, span.start, span.end, sentence));
      }} />}
    </article>
  );
}

/** Who (from the people named in the agreement), what (something anyone can see done), when (a date or how often). */
function TaskBuilder({ paragraph, people, onWrite }: { paragraph: string; people: string[]; onWrite: (sentence: string) => void }) {
  const styles = useStyles();
  const base = useId();
  const [parts, setParts] = useState<TaskParts>({ who: people[0] ?? '', what: actionOf(paragraph), when: { kind: 'often', frequency: FREQUENCIES[2] } });
  const [other, setOther] = useState(people.length === 0);
  const sentence = taskSentence(parts);
  return (
    <div className={styles.builder} role="group" aria-label="Make the task specific">
      <div className={styles.field}>
        <label htmlFor={`${base}-who`}>
          <Text size={300}>Who will do it</Text>
        </label>
        {!other ? (
          <Select
            id={`${base}-who`}
            value={parts.who}
            onChange={(_e, data) => (data.value === '' ? (setOther(true), setParts((p) => ({ ...p, who: '' }))) : setParts((p) => ({ ...p, who: data.value })))}
          >
            {people.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            <option value="">Someone else…</option>
          </Select>
        ) : (
          <Input id={`${base}-who`} value={parts.who} placeholder="Name and role, for example Kerry Walsh (mother)" onChange={(_e, data) => setParts((p) => ({ ...p, who: data.value }))} />
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${base}-what`}>
          <Text size={300}>What they will do (something anyone could see done)</Text>
        </label>
        <Input id={`${base}-what`} value={parts.what} onChange={(_e, data) => setParts((p) => ({ ...p, what: data.value }))} />
      </div>
      <fieldset className={styles.fieldset}>
        <legend>
          <Text size={300}>When</Text>
        </legend>
        <RadioGroup
          layout="horizontal"
          value={parts.when.kind}
          onChange={(_e, data) => setParts((p) => ({ ...p, when: data.value === 'by' ? { kind: 'by', date: '' } : { kind: 'often', frequency: FREQUENCIES[2] } }))}
        >
          <Radio value="often" label="How often" />
          <Radio value="by" label="By a date" />
        </RadioGroup>
        {parts.when.kind === 'by' ? (
          <Input type="date" aria-label="By this date" value={parts.when.date} onChange={(_e, data) => setParts((p) => ({ ...p, when: { kind: 'by', date: data.value } }))} />
        ) : (
          <Select aria-label="How often" value={parts.when.frequency} onChange={(_e, data) => setParts((p) => ({ ...p, when: { kind: 'often', frequency: data.value } }))}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </Select>
        )}
      </fieldset>
      <Text size={300} aria-live="polite">
        {sentence ? <>The task will read: <q>{sentence}</q></> : 'Say who and what to see the task.'}
      </Text>
      <div>
        <Button size="small" appearance="primary" disabledFocusable={!sentence} onClick={() => sentence && onWrite(sentence)}>
          Write it into the agreement
        </Button>
      </div>
    </div>
  );
}
