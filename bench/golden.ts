// Golden outputs for refactoring the engine for speed: `node --import tsx bench/golden.ts write|check [dir]`.
// Writes (or compares against) the full analysis of every corpus agreement and line, the guidance
// fixtures and the generated benchmark documents, under every profile. Any difference is a change
// in behaviour, which a speed-up must not make.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyse, Analyser, PROFILES, type Block } from '../src/core';
import { readAgreementBytes } from '../src/io/read-agreement';
import fc from 'fast-check';
import { generateAgreement } from './generate';

const root = join(__dirname, '..');
const mode = process.argv[2] ?? 'check';
const dir = process.argv[3] ?? join(root, '.golden');
const today = new Date(2026, 10, 22);

function documents(): Array<[string, Block[]]> {
  const out: Array<[string, Block[]]> = [];
  const agreements = join(root, 'test/corpus/agreements');
  for (const name of readdirSync(agreements).filter((n) => !n.endsWith('.expected.json')).sort()) {
    const path = join(agreements, name);
    const blocks = extname(name) === '.json' ? (JSON.parse(readFileSync(path, 'utf8')) as { blocks: Block[] }).blocks : readAgreementBytes(readFileSync(path), extname(name)).blocks;
    out.push([name, blocks]);
  }
  const fixtures = join(root, 'test/fixtures');
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.docx')).sort()) out.push([name, readAgreementBytes(readFileSync(join(fixtures, name)), '.docx').blocks]);
  for (const file of ['lines.txt', 'holdout.txt']) {
    const lines = readFileSync(join(root, 'test/corpus', file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    lines.forEach((raw, i) => {
      const text = raw.split(' | ').slice(2).join(' | ');
      for (const heading of ['What the family will do', 'What the social worker and other professionals will do', 'If things go wrong', 'What we are worried about']) {
        out.push([`${file}:${i}:${heading}`, [{ kind: 'heading', level: 2, text: heading }, { kind: 'list-item', text }, { kind: 'paragraph', text }]]);
      }
    });
  }
  for (const size of [1_000, 10_000, 50_000]) out.push([`generated-${size}`, generateAgreement(size, size)]);
  // More of the benchmark's realistic documents, and seeded random ones mixing agreement wording
  // with layout oddities and hostile characters, so a speed-up is compared on text nobody tuned it on.
  for (let seed = 1; seed <= 40; seed++) out.push([`generated-3000-seed-${seed}`, generateAgreement(3_000, seed)]);
  fc.sample(randomDocument, { seed: 2026, numRuns: 400 }).forEach((blocks, i) => out.push([`random-${i}`, blocks]));
  return out;
}

const PHRASES = [
  'Ms Smith will', 'Mr Jones will not', 'Mum agrees to', 'Professionals will', 'Hannah Okafor (social worker) will', 'The family will', 'We will', 'If Dad has been drinking',
  'attend every appointment', 'engage with services', 'take Jo to school by 8.45am', 'every Tuesday at 4pm', 'by 7 December 2026', 'on 07/12/2026', 'twice a week', 'as appropriate',
  'regularly', 'where possible', 'the core group', 'ICPC', 'CAMHS', 'CP plan', 'DV', 'SW', 'PLO meeting', 'section 47', 'parenting capacity', 'disguised compliance',
  'the children will be removed', 'care proceedings will follow', 'this is your last chance', 'used as evidence in court', 'failure to comply will result in', 'or else',
  'not allow him in the home', 'make sure her partner does not drink', 'supervised contact', 'contact with dad', 'review', 'Review date: 9 March 2027', 'reviewed on 14 January 2027',
  'Contingency:', 'What the family will do', 'If things go wrong', 'This agreement is not legally binding', 'team manager', 'Signed ______ Date ____', 'Agreement number: 2',
  '(', ')', ':', ';', '.', ',', '1.', '-', '\u2019', '\u201C', '\u2013', '\u00A0', '\t', '\u{1F600}', '\u0130', '\uD800',
];
const randomBlock: fc.Arbitrary<Block> = fc
  .record({
    kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'list-item', 'table-cell'),
    text: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 14 }).map((parts) => parts.join(' ')),
    level: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    tag: fc.option(fc.constantFrom('contingency', 'review-date', 'family-commitments', 'professional-commitments'), { nil: undefined }),
    table: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    row: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    column: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    boldPrefix: fc.option(fc.constantFrom('Review date:', 'Contingency:', 'Sophie will:'), { nil: undefined }),
  })
  .map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)) as unknown as Block);
const randomDocument = fc.array(randomBlock, { minLength: 1, maxLength: 40 });

function outputsFor(name: string, blocks: Block[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const profile of Object.keys(PROFILES)) result[profile] = analyse(blocks, { profile, today });
  // The live path: an Analyser fed edits one paragraph at a time must agree with a fresh analysis.
  if (!name.includes(':')) {
    const analyser = new Analyser({ today });
    analyser.analyse(blocks);
    const edited = blocks.slice();
    const live: unknown[] = [];
    for (let k = 0; k < Math.min(edited.length, 25); k++) {
      const i = Math.floor((k * 7919) % edited.length);
      edited[i] = { ...edited[i], text: k % 3 === 0 ? '' : `${edited[i].text} extra words ${k}` };
      live.push(analyser.analyse(edited));
    }
    result.live = live;
  }
  return result;
}

let differences = 0;
if (mode === 'write') mkdirSync(dir, { recursive: true });
for (const [name, blocks] of documents()) {
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.json`);
  const json = JSON.stringify(outputsFor(name, blocks));
  if (mode === 'write') writeFileSync(file, json);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    differences++;
    if (differences <= 20) process.stdout.write(`differs: ${name}\n`);
  }
}
process.stdout.write(mode === 'write' ? `golden outputs written to ${dir}\n` : `${differences} document(s) differ\n`);
process.exitCode = differences ? 1 : 0;
