// Writes the real-layout corpus: one .docx and one .expected.json per agreement, into
// test/corpus/real-layouts/in-sample/ and held-out/ (written after the rules were frozen, scored once).
// Run: npx tsx test/corpus/real-layouts/build.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from './ooxml';
import { HELD_OUT } from './held-out';
import { HELD_OUT_2 } from './held-out-2';
import { HELD_OUT_3 } from './held-out-3';
import { HELD_OUT_4 } from './held-out-4';
import { HELD_OUT_5 } from './held-out-5';
import { HELD_OUT_6 } from './held-out-6';
import { HELD_OUT_7 } from './held-out-7';
import { HELD_OUT_8 } from './held-out-8';
import { HELD_OUT_9 } from './held-out-9';
import { HELD_OUT_10 } from './held-out-10';
import { HELD_OUT_11 } from './held-out-11';
import { HELD_OUT_12 } from './held-out-12';
import { IN_SAMPLE } from './in-sample';
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
  writeSet(join(__dirname, 'in-sample'), IN_SAMPLE);
  writeSet(join(__dirname, 'held-out'), HELD_OUT);
  writeSet(join(__dirname, 'held-out-2'), HELD_OUT_2);
  writeSet(join(__dirname, 'held-out-3'), HELD_OUT_3);
  writeSet(join(__dirname, 'held-out-4'), HELD_OUT_4);
  writeSet(join(__dirname, 'held-out-5'), HELD_OUT_5);
  writeSet(join(__dirname, 'held-out-6'), HELD_OUT_6);
  writeSet(join(__dirname, 'held-out-7'), HELD_OUT_7);
  writeSet(join(__dirname, 'held-out-8'), HELD_OUT_8);
  writeSet(join(__dirname, 'held-out-9'), HELD_OUT_9);
  writeSet(join(__dirname, 'held-out-10'), HELD_OUT_10);
  writeSet(join(__dirname, 'held-out-11'), HELD_OUT_11);
  writeSet(join(__dirname, 'held-out-12'), HELD_OUT_12);
  process.stdout.write(`Wrote ${IN_SAMPLE.length} in-sample and ${HELD_OUT.length} + ${HELD_OUT_2.length} + ${HELD_OUT_3.length} + ${HELD_OUT_4.length} + ${HELD_OUT_5.length} + ${HELD_OUT_6.length} + ${HELD_OUT_7.length} + ${HELD_OUT_8.length} + ${HELD_OUT_9.length} + ${HELD_OUT_10.length} + ${HELD_OUT_11.length} + ${HELD_OUT_12.length} held-out agreements\n`);
}
