// Prints precision and recall per category on the labelled corpus (test/corpus). Run: npm run score [-- --verbose]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_LAYOUT_SETS } from '../test/corpus/real-layouts/sets';
import { scoreAgreements, scoreLayoutSet, scoreLines } from '../test/corpus/score';

const verbose = process.argv.includes('--verbose');
const { scores, errors } = scoreLines();
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
process.stdout.write('Labelled lines\n');
process.stdout.write(`${'category'.padEnd(24)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}\n`);
for (const s of scores) process.stdout.write(`${s.category.padEnd(24)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(9)}\n`);
if (verbose) for (const e of errors) process.stdout.write(`  ${e.kind} ${e.category} (lines.txt:${e.line.line}): ${e.line.text}\n`);

const agreements = scoreAgreements();
const decisions = agreements.reduce((n, a) => n + a.decisions, 0);
const wrong = agreements.reduce((n, a) => n + a.wrongDecisions.length, 0);
const flags = agreements.reduce((n, a) => n + a.flagsFound + a.flagsMissed.length, 0);
const found = agreements.reduce((n, a) => n + a.flagsFound, 0);
const clean = agreements.reduce((n, a) => n + a.cleanLines, 0);
const falseFlags = agreements.reduce((n, a) => n + a.falseFlags.length, 0);
process.stdout.write(`\nWhole agreements: ${agreements.length}\n`);
process.stdout.write(`  section decisions right: ${decisions - wrong} of ${decisions}\n  expected flags found: ${found} of ${flags}\n  findings on lines that should be clean: ${falseFlags} (${clean} clean lines)\n`);
for (const a of agreements) {
  for (const w of a.wrongDecisions) process.stdout.write(`  ${a.name}: ${w}\n`);
  for (const m of a.flagsMissed) process.stdout.write(`  ${a.name}: missed ${m}\n`);
  for (const f of a.falseFlags) process.stdout.write(`  ${a.name}: false flag ${f}\n`);
}
const summary = {
  lines: Object.fromEntries(scores.map((s) => [s.category, { precision: +s.precision.toFixed(3), recall: +s.recall.toFixed(3) }])),
  agreements: agreements.length,
  sectionDecisions: { right: decisions - wrong, total: decisions },
  expectedFlags: { found, total: flags },
  falseFlagsOnCleanLines: falseFlags,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);

// The real-layout set: whole .docx agreements in councils' own layouts (test/corpus/real-layouts).
for (const { name: set } of REAL_LAYOUT_SETS) {
  const dir = join(__dirname, '..', 'test', 'corpus', 'real-layouts', set);
  if (!existsSync(dir)) continue;
  const s = scoreLayoutSet(dir);
  const right = s.decisions - s.wrongDecisions.length;
  process.stdout.write(`\nReal layouts, ${set}: ${s.agreements} agreements, ${s.lines} labelled lines (${s.unread.length} not read)\n`);
  process.stdout.write(`  section decisions right: ${right} of ${s.decisions} (${pct(s.decisions ? right / s.decisions : 1)})\n`);
  process.stdout.write(`${'  category'.padEnd(26)}${'found'.padStart(8)}${'recall'.padStart(9)}${'false flags'.padStart(13)}${'rate'.padStart(8)}${'precision'.padStart(11)}\n`);
  for (const c of s.categories) {
    process.stdout.write(`  ${c.category.padEnd(24)}${`${c.found}/${c.positives}`.padStart(8)}${pct(c.recall).padStart(9)}${`${c.falseFlags}/${c.negatives}`.padStart(13)}${pct(c.falseFlagRate).padStart(8)}${pct(c.precision).padStart(11)}\n`);
  }
  process.stdout.write(`  (vague-task false flags are counted over specific tasks; the others over every labelled line without the label)\n`);
  process.stdout.write(`  fair consequences flagged as threats: ${s.fairConsequencesFlagged.length}; fair safety steps flagged as victim responsibility: ${s.fairStepsFlagged.length}; offset errors: ${s.offsetErrors.length}\n`);
  if (verbose) {
    for (const w of s.wrongDecisions) process.stdout.write(`  wrong: ${w}\n`);
    for (const c of s.categories) {
      for (const m of c.missed) process.stdout.write(`  missed ${c.category}: ${m}\n`);
      for (const f of c.wronglyFlagged) process.stdout.write(`  false ${c.category}: ${f}\n`);
    }
    for (const f of [...s.fairConsequencesFlagged, ...s.fairStepsFlagged, ...s.offsetErrors, ...s.unread.map((u) => `not read: ${u}`)]) process.stdout.write(`  ${f}\n`);
  }
  process.stdout.write(
    `${JSON.stringify({ set, sections: { right, total: s.decisions }, categories: Object.fromEntries(s.categories.map((c) => [c.category, { recall: +c.recall.toFixed(3), falseFlagRate: +c.falseFlagRate.toFixed(3), precision: +c.precision.toFixed(3) }])) })}\n`,
  );
}
