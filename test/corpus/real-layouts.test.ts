import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from './real-layouts/ooxml';
import { IN_SAMPLE } from './real-layouts/in-sample';
import { scoreLayoutSet } from './score';

// The real-layout corpus (npm run score prints its figures). These tests guard the corpus itself:
// the committed .docx files are what the generator writes, and every finding's offsets are exact.
const dir = join(__dirname, 'real-layouts', 'in-sample');

test('there are at least 20 real-layout agreements, each with labels', () => {
  const labelled = readdirSync(dir).filter((n) => n.endsWith('.expected.json'));
  expect(labelled.length).toBeGreaterThanOrEqual(20);
  expect(IN_SAMPLE.length).toBe(labelled.length);
});

test.each(IN_SAMPLE.map((spec) => [spec.name, spec] as const))('%s.docx is what the generator writes', (name, spec) => {
  expect(Buffer.from(buildDocx(spec.doc).bytes).equals(readFileSync(join(dir, `${name}.docx`)))).toBe(true);
});

test('every finding on the real-layout set has its excerpt at its offsets', () => {
  expect(scoreLayoutSet(dir).offsetErrors).toEqual([]);
});
