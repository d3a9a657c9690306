// Writes the real-layout corpus: one .docx and one .expected.json per agreement, into one folder per
// set of sets.ts (test/corpus/real-layouts/in-sample/, held-out/, held-out-2/ …).
// Run: npx tsx test/corpus/real-layouts/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from './ooxml';
import { REAL_LAYOUT_SETS } from './sets';
import type { AgreementSpec } from './spec';

/** Label tokens: categories a line should be flagged for, and kinds of clean line. */
export const CATEGORY_OF: Record<string, string> = {
  vague: 'vague-task',
  jargon: 'jargon',
  acronym: 'acronym',
  threat: 'threatening',
  victim: 'victim-responsibility',
  contact: 'contact-arrangements',
};
const KINDS = new Set(['task', 'fair', 'step']);

export function writeSet(dir: string, specs: AgreementSpec[]): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (/\.(docx|expected\.json)$/.test(name)) rmSync(join(dir, name));
  const names = new Set<string>();
  for (const spec of specs) {
    if (names.has(spec.name)) throw new Error(`duplicate agreement name ${spec.name}`);
    names.add(spec.name);
    const overlap = spec.present.filter((id) => spec.missing.includes(id));
    if (overlap.length) throw new Error(`${spec.name}: ${overlap.join(', ')} both present and missing`);
    const { bytes, lines } = buildDocx(spec.doc);
    for (const line of lines) {
      for (const label of line.labels) if (!CATEGORY_OF[label] && !KINDS.has(label)) throw new Error(`${spec.name}: unknown label "${label}" on "${line.text}"`);
    }
    writeFileSync(join(dir, `${spec.name}.docx`), bytes);
    const expected = {
      file: `${spec.name}.docx`,
      source: spec.source,
      profile: spec.profile,
      missing: spec.missing,
      present: spec.present,
      lines: lines.map((l) => ({ text: l.text, labels: l.labels })),
    };
    // One labelled line per row, so a reviewer can read the labels against the document.
    const json = JSON.stringify({ ...expected, lines: [] }, null, 1).replace('"lines": []', `"lines": [\n${expected.lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n ]`);
    writeFileSync(join(dir, `${spec.name}.expected.json`), `${json}\n`);
  }
}

if (require.main === module) {
  for (const set of REAL_LAYOUT_SETS) writeSet(join(__dirname, set.name), set.specs);
  process.stdout.write(`Wrote ${REAL_LAYOUT_SETS.map((set) => `${set.specs.length} ${set.name}`).join(', ')} agreements\n`);
}
