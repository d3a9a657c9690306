import { Button, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { getProfile, templateSection, type Category, type Finding, type SectionId, type Severity } from '../../core';
import type { Controller } from '../controller';
import { peopleNamed } from '../rewording';
import { CATEGORY_NAMES, findingId, groupBySection, ignoredEntries, isIgnoredIn, listedFindings, SEVERITY_NAMES, type Action, type State } from '../state';
import { Feedback, focusSoon, headingId } from './feedback';
import { FindingCard } from './FindingCard';
import { PolicyPicker } from './PolicyPicker';

const useStyles = makeStyles({
  heading: { margin: 0, ':focus': { outline: 'none' } },
  subhead: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', marginBottom: tokens.spacingVerticalS },
  grow: { flex: '1 1 160px', minWidth: 0 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  filter: { flex: '1 1 120px', minWidth: 0, display: 'flex', flexDirection: 'column' },
  stepper: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  // Drawn as Fluent's outline card is (its Card component brought 24 KB of code for a box).
  missing: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // The card drew its border inside its padding.
    padding: `calc(${tokens.spacingHorizontalM} - ${tokens.strokeWidthThin})`,
    marginBlock: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  missingRow: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  group: { marginTop: tokens.spacingVerticalM },
  groupHeading: { margin: 0 },
  ignored: { marginTop: tokens.spacingVerticalL },
  ignoredRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none' },
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Findings: one headline, filters, stepping, then cards grouped by section; what is missing first. */
export function FindingsView({ state, dispatch, controller }: { state: State; dispatch: (a: Action) => void; controller: Controller }) {
  const styles = useStyles();
  const profile = getProfile(state.profileId);
  const listed = listedFindings(state);
  const allInText = listedFindings({ ...state, filter: { category: 'all', severity: 'all' } });
  const groups = groupBySection(state, listed);
  const missing = state.result?.missingSections ?? [];
  const total = missing.length + allInText.length;
  const people = peopleNamed(state.result);
  const title = (id: SectionId | 'other') => (id === 'other' ? 'Elsewhere' : (templateSection(profile, id)?.heading ?? id));
  const bySeverity = (s: Severity) => allInText.filter((f) => f.severity === s).length;
  const severities = (['error', 'warning', 'info'] as Severity[]).filter((s) => bySeverity(s) > 0).map((s) => plural(bySeverity(s), SEVERITY_NAMES[s].toLowerCase()));
  const categories = [...new Set(allInText.map((f) => f.category))];
  const activeIndex = listed.findIndex((f) => findingId(f) === state.active);

  const activate = (finding: Finding, focus = true) => {
    dispatch({ type: 'activate', id: findingId(finding) });
    if (focus) focusSoon(() => document.getElementById(`finding-${findingId(finding)}`));
    if (finding.excerpt) void controller.select(finding);
  };
  const step = (by: number) => {
    if (!listed.length) return;
    const next = activeIndex < 0 ? (by > 0 ? 0 : listed.length - 1) : (activeIndex + by + listed.length) % listed.length;
    activate(listed[next]);
  };
  /** After a finding is dealt with, focus the one that now follows it (or the headline when none is left). */
  const afterwards = (finding: Finding) => {
    focusSoon(() => nextCard(finding) ?? document.getElementById(headingId('check')));
  };

  return (
    <section aria-labelledby={headingId('check')}>
      <Text as="h2" id={headingId('check')} tabIndex={-1} weight="semibold" size={400} block className={styles.heading} data-testid="finding-count">
        {state.result ? (total === 0 ? 'Nothing to look at' : `${plural(total, 'thing')} to look at`) : 'Checking the document'}
      </Text>
      {state.result && total > 0 && (
        <Text size={300} className={styles.subhead} data-testid="finding-summary">
          {[missing.length ? `${missing.length} missing or not filled in` : '', allInText.length ? `${allInText.length} in the text${severities.length ? ` (${severities.join(', ')})` : ''}` : '']
            .filter(Boolean)
            .join('; ')}
        </Text>
      )}
      <div className={styles.toolbar}>
        <div className={styles.grow}>
          <PolicyPicker state={state} controller={controller} />
        </div>
        <Button onClick={() => void controller.analyse()}>Check again</Button>
      </div>
      {state.busy && <Spinner size="tiny" label="Checking" />}
      <Feedback state={state} dispatch={dispatch} at="check" />
      {state.lastIgnored && (
        <div className={styles.stepper} role="group" aria-label="Last ignored">
          <Text size={300}>{state.lastIgnored.label}.</Text>
          <Button
            size="small"
            onClick={() => {
              const key = state.lastIgnored?.key;
              if (key) void controller.restore(key).then(() => focusSoon(() => document.getElementById(headingId('check'))));
            }}
          >
            Undo
          </Button>
        </div>
      )}
      {missing.length > 0 && (
        <section className={styles.missing} aria-labelledby="missing-title">
          <Text as="h3" id="missing-title" weight="semibold" size={300} className={styles.groupHeading}>
            Missing or not filled in ({missing.length})
          </Text>
          {missing.map((id) => {
            // A section whose heading is already in the document only needs filling in:
            // offering to insert it again would do nothing and confuse the worker.
            const inDocument = (state.result?.sections[id]?.paragraphs.length ?? 0) > 0;
            const where = inDocument ? state.result?.findings.find((f) => f.section === id && f.category === 'missing-section') : undefined;
            return (
              <div key={id} className={styles.missingRow}>
                <Text size={300}>
                  {title(id)}
                  {inDocument && (
                    <Text size={200} block>
                      There, but not filled in yet
                    </Text>
                  )}
                </Text>
                {inDocument ? (
                  where && (
                    <Button size="small" aria-label={`Show ${title(id)} in document`} onClick={() => void controller.select(where)}>
                      Show
                    </Button>
                  )
                ) : (
                  <Button size="small" aria-label={`Insert section: ${title(id)}`} onClick={() => void controller.insertSection(id)}>
                    Insert section
                  </Button>
                )}
              </div>
            );
          })}
        </section>
      )}
      {allInText.length > 0 && (
        <div className={styles.filters} role="group" aria-label="Filter findings">
          <label className={styles.filter}>
            <Text size={200}>Kind of finding</Text>
            <Select value={state.filter.category} onChange={(_e, data) => dispatch({ type: 'filter', filter: { category: data.value as Category | 'all' } })}>
              <option value="all">All kinds</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_NAMES[c]}
                </option>
              ))}
            </Select>
          </label>
          <label className={styles.filter}>
            <Text size={200}>Severity</Text>
            <Select value={state.filter.severity} onChange={(_e, data) => dispatch({ type: 'filter', filter: { severity: data.value as Severity | 'all' } })}>
              <option value="all">All severities</option>
              {(['error', 'warning', 'info'] as Severity[]).map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_NAMES[s]}
                </option>
              ))}
            </Select>
          </label>
        </div>
      )}
      {listed.length > 0 && (
        <div className={styles.stepper} role="group" aria-label="Step through findings">
          <Button size="small" onClick={() => step(-1)}>
            Previous
          </Button>
          <Button size="small" onClick={() => step(1)}>
            Next
          </Button>
          <Text size={300} data-testid="finding-position">
            {activeIndex >= 0 ? `${activeIndex + 1} of ${listed.length}` : `${listed.length} shown`}
            {listed.length < allInText.length ? ` (filtered from ${allInText.length})` : ''}
          </Text>
        </div>
      )}
      {groups.map((group) => (
        <section key={group.section} aria-labelledby={`group-${group.section}`} className={styles.group}>
          <Text as="h3" id={`group-${group.section}`} weight="semibold" size={300} block className={styles.groupHeading}>
            {title(group.section)} ({group.findings.length})
          </Text>
          {group.findings.map((finding) => (
            <FindingCard
              key={findingId(finding)}
              finding={finding}
              paragraph={state.result?.paragraphs[finding.paragraph] ?? ''}
              active={findingId(finding) === state.active}
              people={people}
              controller={controller}
              onActivate={() => activate(finding, false)}
              onDone={() => afterwards(finding)}
            />
          ))}
        </section>
      ))}
      <IgnoredList state={state} controller={controller} />
    </section>
  );
}

/** The card after this finding in document order, or the one before it when it was the last. */
function nextCard(finding: Finding): HTMLElement | null {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-finding-order]')];
  const order = (el: HTMLElement) => (el.dataset.findingOrder ?? '0:0').split(':').map(Number);
  const after = cards.find((el) => {
    const [p, s] = order(el);
    return p > finding.paragraph || (p === finding.paragraph && s > finding.start);
  });
  return after ?? cards.filter((el) => order(el)[0] < finding.paragraph || (order(el)[0] === finding.paragraph && order(el)[1] < finding.start)).pop() ?? null;
}

/** "Show ignored (n)": everything ignored in this document, to bring back one at a time. */
function IgnoredList({ state, controller }: { state: State; controller: Controller }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const entries = ignoredEntries(state);
  if (!entries.length) return null;
  const hiddenNow = (state.result?.findings ?? []).filter(isIgnoredIn(state)).length;
  return (
    <section className={styles.ignored} aria-labelledby="ignored-title">
      <Text as="h3" id="ignored-title" size={300} weight="semibold" className={styles.groupHeading}>
        <Button appearance="subtle" aria-expanded={open} aria-controls="ignored-list" onClick={() => setOpen(!open)}>
          Show ignored ({entries.length})
        </Button>
      </Text>
      {open && (
        <ul id="ignored-list" className={styles.list}>
          {entries.map((entry) => {
            const what = entry.kind === 'off' ? `${entry.label} checks (turned off)` : `\u201c${entry.label}\u201d${entry.kind === 'once' ? ' (here only)' : ' (everywhere)'}`;
            return (
              <li key={entry.key} className={styles.ignoredRow}>
                <Text size={300}>{what}</Text>
                <Button size="small" aria-label={entry.kind === 'off' ? `Turn on ${entry.label} checks again` : `Bring back ${what}`} onClick={() => void controller.restore(entry.key)}>
                  {entry.kind === 'off' ? 'Turn on' : 'Bring back'}
                </Button>
              </li>
            );
          })}
          <li>
            <Text size={200}>{plural(hiddenNow, 'finding')} hidden in the document now.</Text>
          </li>
        </ul>
      )}
    </section>
  );
}
