// Prints precision and recall per category on the labelled corpus (test/corpus). Run: npm run score [-- --verbose]
import { scoreAgreements, scoreLines } from '../test/corpus/score';

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
