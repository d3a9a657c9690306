import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type AnalysisResult } from '../../src/core';
import { readAgreementBytes } from '../../src/io/read-agreement';
import { toolPath, withTools } from '../support/system-tools';
import { tempDir } from '../support/temp-dir';

// Our corpus .docx files are written by our own generator, so the reader could be tuned to its
// habits without anyone noticing. Here a second writer, LibreOffice, saves the same agreements
// again in its own XML (its own run splits, styles, namespaces, list and table markup), and every
// section decision and every finding must come out the same. Page-number fields are left out of the
// comparison: LibreOffice updates them when it saves. Agreements that rely on a content control's
// tag are left out too: LibreOffice keeps a control's title but drops its tag (ho2-05 then reads
// differently, as it would after any such save).
const { test, beforeAll } = withTools('soffice');

const SAMPLES: ReadonlyArray<readonly [set: string, name: string]> = [
  ['in-sample', '01-sos-three-columns'],
  ['in-sample', '10-header-carries-number'],
  ['in-sample', '22-letter-expect-you-to'],
  ['held-out', 'h01-you-will-we-will-columns'],
  ['held-out-2', 'ho2-01-change-and-evidence-table'],
  ['held-out-2', 'ho2-03-derby-form-reworded-labels'],
  ['held-out-2', 'ho2-09-kinship-numbered-clauses'],
  ['held-out-2', 'ho2-12-header-only-merged-who-rows'],
  ['held-out-3', 'x04-school-attendance-three-way'],
  ['held-out-3', 'x07-numbered-list-headings'],
  ['held-out-3', 'x08-single-table-side-labels'],
  ['held-out-3', 'x10-manager-tracked-changes-placeholders'],
];

const outDir = tempDir('lo-roundtrip-');

function analyseFile(path: string, profile: string): AnalysisResult {
  return analyse(readAgreementBytes(readFileSync(path), '.docx').blocks, { profile });
}

function profileOf(set: string, name: string): string {
  return JSON.parse(readFileSync(join(__dirname, 'real-layouts', set, `${name}.expected.json`), 'utf8')).profile;
}

/** What a reader of the report sees: which sections are present, and each finding by rule, message and words. */
function summary(result: AnalysisResult): { present: string[]; findings: string[] } {
  const present = Object.entries(result.sections)
    .filter(([, info]) => info?.present)
    .map(([id]) => id)
    .sort();
  const findings = result.findings
    .filter((f) => !/\bpage\b/i.test(result.paragraphs[f.paragraph] ?? ''))
    .map((f) => `${f.ruleId}/${f.messageId}: ${f.excerpt}`)
    .sort();
  return { present, findings };
}

beforeAll(() => {
  const inDir = join(outDir, 'in');
  mkdirSync(inDir);
  for (const [set, name] of SAMPLES) copyFileSync(join(__dirname, 'real-layouts', set, `${name}.docx`), join(inDir, `${name}.docx`));
  const profileDir = tempDir('lo-profile-');
  execFileSync(
    toolPath('soffice')!,
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(outDir, 'out'), ...SAMPLES.map(([, name]) => join(inDir, `${name}.docx`))],
    { stdio: 'pipe', timeout: 240_000 },
  );
}, 300_000);

test.each(SAMPLES.map(([set, name]) => [`${set}/${name}`, set, name] as const))('%s reads the same after LibreOffice saves it', (_label, set, name) => {
  const profile = profileOf(set, name);
  const ours = analyseFile(join(__dirname, 'real-layouts', set, `${name}.docx`), profile);
  const theirs = analyseFile(join(outDir, 'out', `${name}.docx`), profile);
  // The file really was rewritten, not copied.
  expect(readFileSync(join(outDir, 'out', `${name}.docx`)).equals(readFileSync(join(__dirname, 'real-layouts', set, `${name}.docx`)))).toBe(false);
  expect(theirs.paragraphs.length).toBe(ours.paragraphs.length);
  expect(summary(theirs)).toEqual(summary(ours));
  expect(theirs.missingSections).toEqual(ours.missingSections);
});
