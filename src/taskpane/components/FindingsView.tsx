import { Badge, Button, Card, Select, Spinner, Text } from '@fluentui/react-components';
import { allProfiles, getProfile, templateSection, type Category, type Finding, type SectionId } from '../../core';
import type { Controller } from '../controller';
import { visibleFindings, type State } from '../state';

const CATEGORY_NAMES: Record<Category, string> = {
  jargon: 'Jargon',
  acronym: 'Abbreviation',
  'vague-task': 'Vague task',
  threatening: 'Threat',
  'missing-section': 'Missing',
  date: 'Date',
  readability: 'Long sentence',
  'victim-responsibility': 'Responsibility',
  'contact-arrangements': 'Contact details',
  numbering: 'Number and date',
};
const CATEGORY_COLOURS: Partial<Record<Category, 'danger' | 'warning' | 'brand' | 'informative' | 'important'>> = {
  threatening: 'danger',
  'victim-responsibility': 'danger',
  'vague-task': 'warning',
  'contact-arrangements': 'warning',
  jargon: 'brand',
  acronym: 'brand',
};

/** Findings grouped by section, with what is missing at the top. */
export function FindingsView({ state, controller }: { state: State; controller: Controller }) {
  const profile = getProfile(state.profileId);
  const groups = visibleFindings(state);
  const missing = state.result?.missingSections ?? [];
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const title = (id: SectionId | 'other') => (id === 'other' ? 'Elsewhere' : templateSection(profile, id)?.heading ?? id);
  return (
    <section aria-label="Findings">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end', marginBottom: 8 }}>
        <label style={{ flex: '1 1 200px' }}>
          <Text size={200} block>
            Local policy
          </Text>
          <Select value={state.profileId} onChange={(_e, data) => void controller.setProfile(data.value)} aria-label="Local policy">
            {allProfiles().map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </label>
        <Button onClick={() => void controller.analyse()}>Check again</Button>
      </div>
      {state.busy && <Spinner size="tiny" label="Checking" />}
      <Text as="h2" weight="semibold" size={400} block data-testid="finding-count">
        {total === 1 ? '1 thing to look at' : `${total} things to look at`}
      </Text>
      {missing.length > 0 && (
        <Card appearance="outline" style={{ margin: '8px 0' }} aria-label="Missing sections">
          <Text weight="semibold">Missing or not filled in ({missing.length})</Text>
          {missing.map((id) => {
            // A section whose heading is already in the document only needs filling in:
            // offering to insert it again would do nothing and confuse the worker.
            const inDocument = (state.result?.sections[id]?.paragraphs.length ?? 0) > 0;
            const where = inDocument ? state.result?.findings.find((f) => f.section === id && f.category === 'missing-section') : undefined;
            return (
              <div key={id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
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
                  <Button size="small" onClick={() => void controller.insertSection(id)}>
                    Insert section
                  </Button>
                )}
              </div>
            );
          })}
        </Card>
      )}
      {groups.map((group) => (
        <section key={group.section} aria-label={title(group.section)} style={{ marginTop: 12 }}>
          <Text as="h3" weight="semibold" size={300} block>
            {title(group.section)} ({group.findings.length})
          </Text>
          {group.findings.map(({ finding, index }) => (
            <FindingCard key={`${index}-${finding.ruleId}-${finding.start}`} finding={finding} controller={controller} />
          ))}
        </section>
      ))}
    </section>
  );
}

function FindingCard({ finding, controller }: { finding: Finding; controller: Controller }) {
  return (
    <Card size="small" style={{ margin: '6px 0' }} data-testid="finding">
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <Badge appearance="tint" color={CATEGORY_COLOURS[finding.category] ?? 'informative'}>
          {CATEGORY_NAMES[finding.category]}
        </Badge>
        {finding.excerpt && <Text weight="semibold">“{finding.excerpt.length > 60 ? `${finding.excerpt.slice(0, 57)}…` : finding.excerpt}”</Text>}
      </div>
      <Text size={300}>{finding.message}</Text>
      <Text size={100} style={{ color: 'var(--colorNeutralForeground3)' }}>
        Guidance: {finding.source}
      </Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {finding.excerpt && (
          <Button size="small" onClick={() => void controller.select(finding)}>
            Show in document
          </Button>
        )}
        {finding.excerpt &&
          (finding.category === 'jargon' || finding.category === 'acronym') &&
          finding.suggestions.slice(0, 2).map((s) => (
            <Button key={s} size="small" appearance="primary" onClick={() => void controller.accept(finding, s)}>
              Use “{s}”
            </Button>
          ))}
        <Button size="small" appearance="subtle" onClick={() => void controller.ignore(finding)}>
          Ignore
        </Button>
      </div>
    </Card>
  );
}
