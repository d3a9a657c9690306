import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearPolicies, getProfile, PROFILES, SECTION_IDS } from '../../src/core';
import { readPolicyFile } from '../../src/io/policy-file';
import { distFiles } from '../../scripts/dist-files';
import { loadPolicies } from '../../src/taskpane/load-policies';
import schema from '../../schemas/policy.schema.json';
import { tempDir } from '../support/temp-dir';

const root = join(__dirname, '..', '..');
const example = join(root, 'policies', 'examples', 'northshire.json');
afterEach(() => clearPolicies());

test('the schema lists exactly the section ids and built-in profiles the core knows', () => {
  expect(schema.properties.requiredSections.items.enum).toEqual([...SECTION_IDS]);
  expect(Object.keys(schema.properties.sectionHeadings.properties)).toEqual([...SECTION_IDS]);
  expect(schema.properties.extends.enum).toEqual(Object.keys(PROFILES));
});

test('every policy in policies/ (and the example) is valid', () => {
  const files = [example, ...readdirSync(join(root, 'policies')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'policies', f))];
  for (const file of files) expect(() => readPolicyFile(file)).not.toThrow();
});

test('the build copies every policies/*.json, checked, with an index for the pane', () => {
  const dir = tempDir('policies-');
  writeFileSync(join(dir, 'northshire.json'), readFileSync(example, 'utf8'));
  writeFileSync(join(dir, 'westshire.json'), JSON.stringify({ id: 'westshire', name: 'Westshire', extends: 'rutland', reviewWithinWeeks: 10 }));
  writeFileSync(join(dir, 'notes.txt'), 'not a policy');
  const files = distFiles({ policiesDir: dir, readPolicy: readPolicyFile });
  expect([...files.keys()].filter((k) => k.startsWith('policies/')).sort()).toEqual(['policies/index.json', 'policies/northshire.json', 'policies/westshire.json']);
  const index = JSON.parse(files.get('policies/index.json')!);
  expect(index.map((p: { id: string }) => p.id)).toEqual(['northshire', 'westshire']);
  expect(index[0].$schema).toBeUndefined();
});

test('a bad policy file or a repeated id stops the build with one line', () => {
  const dir = tempDir('policies-');
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'same', name: 'A', extends: 'default' }));
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'same', name: 'B', extends: 'default' }));
  expect(() => distFiles({ policiesDir: dir, readPolicy: readPolicyFile })).toThrow(/^policies\/b\.json: id: "same" is also the id in policies\/a\.json$/);
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ id: 'other', name: 'B', extends: 'default', reviewWithinWeeks: 0 }));
  expect(() => distFiles({ policiesDir: dir, readPolicy: readPolicyFile })).toThrow(/b\.json: reviewWithinWeeks: must be from 1 to 52$/);
});

test('the pane registers the built policies, and leaves out one it cannot use with a message', async () => {
  const example = JSON.parse(readFileSync(join(root, 'policies', 'examples', 'northshire.json'), 'utf8'));
  const { policies, problems } = await loadPolicies(async () => [example, { id: 'broken', name: 'B', extends: 'nowhere' }]);
  expect(policies.map((p) => p.id)).toEqual(['northshire']);
  expect(getProfile('northshire').maxReviewDays).toBe(42);
  expect(problems).toEqual(['Policy broken was left out: extends: "nowhere" is not a built-in profile (one of default, rutland, cin-cp, derby-derbyshire)']);
  const failed = await loadPolicies(async () => {
    throw new Error('offline');
  });
  expect(failed.policies).toEqual([]);
  expect(() => getProfile('northshire')).toThrow();
});
