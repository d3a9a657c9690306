import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from './real-layouts/ooxml';
import { IN_SAMPLE } from './real-layouts/in-sample';
import { REAL_LAYOUT_SETS } from './real-layouts/sets';
import { scoreLayoutSet } from './score';

// The real-layout corpus (npm run score prints its figures). These tests guard the corpus itself:
// the committed .docx files are what the generator writes, and every finding's offsets are exact.
const dir = join(__dirname, 'real-layouts', 'in-sample');

test('there are at least 20 real-layout agreements, each with labels', () => {
  const labelled = readdirSync(dir).filter((n) => n.endsWith('.expected.json'));
  expect(labelled.length).toBeGreaterThanOrEqual(20);
  expect(IN_SAMPLE.length).toBe(labelled.length);
});

test.each(REAL_LAYOUT_SETS.flatMap((set) => set.specs.map((spec) => [set.name, spec.name, spec] as const)))('%s/%s.docx is what the generator writes', (set, _name, spec) => {
  expect(Buffer.from(buildDocx(spec.doc).bytes).equals(readFileSync(join(__dirname, 'real-layouts', set, `${spec.name}.docx`)))).toBe(true);
});

// The held-out set was written after the rules were frozen (3286630) and scored once, with no rule
// changed for it. Measured then (npm run score): sections 105/120 (87.5%); vague-task recall 0.50
// with 3 of 29 specific tasks flagged; jargon 0.80, acronyms 1.0, threats 0.67 (no fair consequence
// flagged); victim responsibility 0/2; contact arrangements 0/2; no false flags outside vague tasks.
test('the held-out set has at least 8 agreements and its offsets are exact', () => {
  const heldOut = join(__dirname, 'real-layouts', 'held-out');
  expect(readdirSync(heldOut).filter((n) => n.endsWith('.expected.json')).length).toBeGreaterThanOrEqual(8);
  expect(scoreLayoutSet(heldOut).offsetErrors).toEqual([]);
});

test('every finding on the real-layout set has its excerpt at its offsets', () => {
  expect(scoreLayoutSet(dir).offsetErrors).toEqual([]);
});

// Two more held-out sets, each written by a helper who never read src/, never ran the checker on
// them and never saw the other set; scored once with the rules frozen at f3c0234 (npm run score):
// held-out-2 (14 agreements): sections 182/210 (86.7%); vague recall 0.52 with 6/75 specific tasks
//   flagged; jargon 0.65 (1.2% of clean lines flagged); acronyms 1.0; threats 0.54 (no fair
//   consequence flagged); victim responsibility 0.14; contact 0.25.
// held-out-3 (13 agreements): sections 172/195 (88.2%); vague recall 0.79 with 3/72 flagged; jargon
//   0.65 (1.5%); acronyms 1.0; threats 0.38 (none fair flagged); victim 0.67; contact 0.17.
// Anything changed after that was seen against them.
// held-out-4 (12 agreements, 6 December 2026, by a third helper who never read src/): scored once with
//   the rules as they stood at a49b6a2: sections 168/180 (93.3%); vague recall 0.70 (32/46) with 4/78
//   specific tasks flagged (5.1%); jargon 0.44 (7/16) with 10/314 clean lines flagged (3.2%);
//   acronyms 0.70 (7/10, 4 false); threats 0.91 (10/11, no fair consequence flagged); victim 0.30
//   (3/10, 2 false); contact 0.56 (5/9, none false). Seen from then on.
// held-out-6 (10 agreements, by a fourth helper who never read src/), scored once at 758c544 (rules
//   partly changed for held-out-4 that morning; the a49b6a2 figures in brackets): sections 135/150
//   (133/150); vague recall 0.80 (36/45) with 1/63 specific tasks flagged; jargon 0.875 (14/16) with
//   22/241 clean lines flagged, most of them assessment, meeting and court-procedure terms the set
//   labels clean ('pre-proceedings meeting', 'pre-birth assessment', 'engage with'); acronyms 1.0
//   (2 false); threats 0.78 (7/9, 1 false, no fair consequence flagged); victim 0.56 (5/9); contact
//   0.67 (6/9); the same in both. Seen from then on.
// held-out-7 (10 agreements, a fifth helper, written to be unlike typical agreements: run-on
//   sentences, no headings, parties as columns, placeholders left in), scored once at 3b059b1 (a49b6a2
//   in brackets): sections 124/150 (120/150); vague recall 0.77 (0.69) with 1/47 specific flagged;
//   jargon 0.92 with 5/194 clean flagged; acronyms 1.0 (2 false); threats 0.33 (3/9; no fair
//   consequence flagged); victim 0.56 (0.44); contact 0.56 (0.44), 2 false. Seen from then on.
// held-out-5 (12 agreements, written at 03:45 by a helper who never read src/, then sealed outside the
//   repository until every rule change of the day had landed): scored once at c5e8320, the day's final
//   engine (a49b6a2, the day's starting engine, in brackets, also scored once): sections 167/180, 92.8%
//   (161/180); vague recall 0.85 with 1/83 specific tasks flagged (0.88 with 3/83); jargon 1.0 with
//   15/360 clean lines flagged, 4.2% (0.78 with 2.2%); acronyms 1.0, 5 false (0.8, 5 false); threats
//   0.82, no fair consequence flagged (0.64); victim 0.44, 0 false (0.44, 1 false); contact 0.33,
//   2 false (0.33, 2 false).
// held-out-9 (10 agreements, 6 December 2026, by a helper who never read src/; emphasis on domestic
//   abuse and family time), scored once at 0cccc77, the engine at the start of the day: sections
//   128/150 (85.3%); vague recall 0.82 (18/22) with 5/64 specific tasks flagged (7.8%); jargon 0.67
//   (6/9) with 7/252 clean lines flagged (2.8%); acronyms 1.0, none false; threats 0.38 (3/8), no
//   fair consequence flagged; victim 0.44 (11/25), none false, no chosen step flagged; contact 0.45
//   (10/22), 2 false. At 9b51f21 (threats read by their parts) threats were 0.50 (4/8), the rest the
//   same. Seen from then on.
// held-out-8 (12 agreements, 6 December 2026, by a helper who never read src/; sealed outside the
//   repository until every change of the day had landed): scored once at 0cccc77 (the day's starting
//   engine) and once at d7f2809 (the day's final engine), each before anyone looked at it. At d7f2809
//   (0cccc77 in brackets): sections 168/180, 93.3% (160/180, 88.9%); vague recall 0.90 (47/52) with
//   0/58 specific tasks flagged (0.71, 0/58); jargon 0.73 (16/22) with 4/195 clean lines flagged, 2.1%
//   (the same); acronyms 0.95 (18/19), none false (the same); threats 0.64 (7/11), no fair consequence
//   flagged (the same); victim 0.55 (6/11), none false, no chosen step flagged (0.36, 4/11); contact
//   0.36 (5/14), 2 false (0.29, 4/14, 1 false). Seen from then on.
// held-out-11 (10 agreements, 7 December 2026, by a helper who never read src/; emphasis on domestic
//   abuse, family time of every kind, pre-proceedings letters, and jargon and acronyms beside plain
//   writing), scored once at b54e74f, the engine at the start of the day: sections 130/150 (86.7%);
//   vague recall 0.77 (20/26) with 4/84 specific tasks flagged (4.8%); jargon 0.69 (25/36) with
//   13/275 clean lines flagged (4.7%); acronyms 0.89 (41/46), none false; threats 0.65 (11/17), one
//   fair consequence flagged; victim 0.50 (11/22), none false, no chosen step flagged; contact 0.52
//   (14/27), 8 false (2.8%). Seen from then on. (held-out-10, written the same morning, stays sealed.)
// held-out-10 (12 agreements) and held-out-12 (8), 7 December 2026, by helpers who never read src/, sealed
//   outside the repository until every change of the day had landed; each scored once at b54e74f (the
//   day's starting engine, in brackets) and once at 7504e2b (the day's final engine). held-out-10:
//   sections 161/180, 89.4% (158/180); vague 0.85 with 2/75 specific flagged (the same); jargon 0.81
//   with 10/324 clean flagged (0.74, the same); acronyms 1.0 (1.0); threats 0.88, 1 false, no fair
//   consequence flagged (0.75); victim 0.71, 1 false (0.65); contact 0.67, 5 false (the same).
//   held-out-12: sections 114/120, 95.0% (113/120); vague 0.89 with 4/43 specific flagged (0.89 with
//   5/43); jargon 0.75 with 11/181 clean flagged (0.69 with 12); acronyms 1.0; threats 0.88, none
//   false (the same); victim 0.63 (0.50); contact 0.78, 1 false (the same). Seen from then on.
// held-out-13, -14 and -15 (10 agreements each), 6 December 2026, by helpers who never read src/, sealed
//   outside the repository; each scored once at the day's starting engine (5a28c44, in brackets; for
//   held-out-15 at d2c769a, the same engine) and once at its final engine (c781232).
//   held-out-13: sections 139/150, 92.7% (138/150, 92.0%); vague 0.94 with 1/52 specific flagged (the
//   same); jargon 0.80 with 5/269 clean flagged (0.80 with 11/269); acronyms 1.0, 1 false (the same);
//   threats 1.0, 1 false, 1 fair consequence flagged (0.88, the same false and fair); victim 1.0 (0.90);
//   contact 0.91, 1 false (the same).
//   held-out-14: sections 141/150, 94.0% (139/150, 92.7%); vague 0.95 with 1/59 flagged (0.95 with 2);
//   jargon 0.89 with 10/297 clean flagged (0.89 with 13); acronyms 0.94, 1 false (the same); threats
//   1.0, 2 false, no fair flagged (the same); victim 0.83, 1 false, 1 chosen step flagged (0.75, the
//   same false and step); contact 0.91, 2 false (0.91, 1 false).
//   held-out-15: sections 127/150, 84.7% (119/150, 79.3%); vague 0.76 with 0/44 flagged (the same);
//   jargon 0.67 with 6/189 clean flagged (0.72 with 7); acronyms 1.0, 3 false (the same); threats 0.50,
//   1 false (the same); victim 0.67, 2 false (the same); contact 1.0, 2 false (the same). Seen from then on.
// held-out-16, -17 and -18 (10 agreements each, the afternoon of 6 December 2026, by three helpers who
//   never read src/; -16 on sections, -17 on the line rules, -18 on kinds of agreement not covered
//   before), sealed outside the repository, scored once at the afternoon's start (0d95028) and once
//   at its end (250249f, in brackets):
//   held-out-16: sections 135/150, 90.0% (138/150, 92.0%); vague 0.94 with 1/53 specific flagged (the
//   same); jargon 0.90 with 2/147 clean flagged (1.0 with 4/147); acronyms 1.0, none false (the same);
//   threats 0.67, 2 false, 1 fair consequence flagged (1.0, 1 false, 1 fair flagged); victim 1.0,
//   1 false, 1 chosen step flagged (the same); contact 1.0, none false (the same).
//   held-out-17: sections 148/150, 98.7% (the same); vague 0.81 with 4/78 flagged (0.84, the same);
//   jargon 0.80 with 5/233 clean flagged (0.90, the same); acronyms 1.0, 1 false (the same); threats
//   0.70, 2 false, 1 fair flagged (0.80, the same); victim 0.80, 1 false (the same); contact 0.73,
//   2 false (0.73, 1 false).
//   held-out-18: sections 137/150, 91.3% (141/150, 94.0%); vague 0.94 with 4/76 flagged (the same);
//   jargon 0.75 with 14/290 clean flagged (0.75 with 15/290); acronyms 0.92, 5 false (the same);
//   threats 1.0, 1 false (the same); victim 0.50, none false (the same); contact 0.40, 1 false (the
//   same). Seen from then on.
// held-out-19, -20 and -21 (10 agreements each, the evening of 6 December 2026, by three helpers who
//   never read src/; -19 on sections in councils' own layouts, -20 on the line rules, -21 on ordinary
//   agreements across situations and layouts), sealed outside the repository, scored once at the
//   evening's start (1e05ab2) and once at its end (d9e6edb, in brackets):
//   held-out-19: sections 140/150, 93.3% (the same); vague 0.94 with 3/67 specific flagged (the same);
//   jargon 0.86 with 6/344 clean flagged (the same); acronyms 0.90, 2 false (the same); threats 1.0,
//   1 false, no fair consequence flagged (the same); victim 1.0, 1 false (the same); contact 0.67,
//   1 false (the same).
//   held-out-20: sections 148/150, 98.7% (the same); vague 0.86 with 2/71 flagged (0.90 with 1/71);
//   jargon 0.95 with 11/288 clean flagged (0.95 with 10/288); acronyms 1.0, 2 false (the same);
//   threats 0.88, none false (the same); victim 0.63, 1 false (the same); contact 0.38, 2 false (the same).
//   held-out-21: sections 148/150, 98.7% (the same); vague 0.90 with 14/82 flagged (the same); jargon
//   0.90 with 12/321 clean flagged (0.90 with 11/321); acronyms 1.0, 3 false (the same); threats 0.88,
//   none false (the same); victim 0.67, 2 false (0.67, 3 false); contact 1.0, 1 false (the same).
//   Seen from then on.
// held-out-22, -23 and -24 (10 agreements each, the night of 6 December 2026, by three helpers who
//   never read src/; -22 on sections in councils' own layouts, -23 on the line rules, -24 on ordinary
//   agreements across ten further situations), sealed outside the repository, scored once at the
//   shift's start (a1a555a) and once at its end (d89debd, in brackets):
//   held-out-22: sections 150/150 (the same); vague 1.0 with 1/77 specific flagged (the same); jargon
//   0.82 with 1/273 clean flagged (the same); acronyms 1.0, 1 false (the same); threats 1.0, none false
//   (the same); victim 0.86, 2 false (0.86, 1 false); contact 0.83, 2 false (the same).
//   held-out-23: sections 147/150, 98.0% (the same); vague 0.93 with 2/60 flagged (0.93 with 1/60);
//   jargon 0.85 with 4/300 clean flagged (the same); acronyms 1.0, none false (the same); threats 0.82,
//   1 false, 1 fair consequence flagged (the same); victim 0.58, 3 false (0.75, 3 false); contact 0.92,
//   1 false (the same).
//   held-out-24: sections 145/150, 96.7% (the same); vague 0.95 with 5/87 flagged (1.0 with 2/87);
//   jargon 0.47 with 3/220 clean flagged (the same); acronyms 0.94, 1 false (the same); threats 0.71,
//   1 false (0.86, 1 false); victim 0/1, 1 false (the same); contact 0.67, none false (the same).
//   Seen from then on.
// held-out-25, -26 and -27 (10 agreements each, the late shift of 6 December 2026, by three helpers who
//   never read src/; -25 on sections in layouts earlier sets did not use, -26 on the line rules, -27 on
//   ten further situations), sealed outside the repository, scored once at the shift's start (977f501)
//   and once at its end (90875ae, in brackets):
//   held-out-25: sections 145/150, 96.7% (the same); vague 0.77 with 3/73 specific flagged (the same);
//   jargon 1.0 with 12/208 clean flagged (the same); acronyms 1.0, 1 false (the same); threats 1.0, 1
//   false (the same); victim 1.0, 1 false (the same); contact 0.75, 2 false (the same).
//   held-out-26: sections 148/150, 98.7% (the same); vague 0.93 with 2/72 flagged (the same); jargon
//   0.64 with 2/250 clean flagged (0.80 with 3/250); acronyms 1.0, 3 false (the same); threats 0.79,
//   none false (the same); victim 0.92, 1 false (the same); contact 0.62, 1 false (the same).
//   held-out-27: sections 147/150, 98.0% (the same); vague 0.88 with 4/90 flagged (the same); jargon
//   0.47 with 7/316 clean flagged (0.76 with 17/316); acronyms 0.95, 4 false (1.0, 4 false); threats
//   1.0, 1 false, 1 fair consequence flagged (the same); victim 0.40, 1 false (0.40, none false);
//   contact 0.75, 3 false (the same).
//   Seen from then on.
// held-out-28, -29 and -30 (10 agreements each, the night of 7 December 2026, by three helpers who
//   never read src/; -28 on the line rules, with many family-time lines, -29 on ten further situations,
//   -30 on sections in hard layouts and plain or question headings), written to the jargon definition
//   of issue 11 as WRITER.md now states it, sealed outside the repository, scored once at the shift's
//   start (54283d7) and once at its end (56b9dd4, in brackets):
//   held-out-28: sections 146/150, 97.3% (147/150, 98.0%); vague 20/21 with 2/76 specific flagged
//   (21/21, 2/76); jargon 17/25 with 4/241 clean flagged (21/25, 4/241); acronyms 18/18, 1 false (the
//   same); threats 12/12, 1 false, 1 fair consequence flagged (the same); victim 10/10, none false (the
//   same); contact 13/23, 2 false (the same).
//   held-out-29: sections 144/150, 96.0% (145/150, 96.7%); vague 27/30, none flagged (the same); jargon
//   20/28 with 6/333 (26/28 with 7/333); acronyms 23/24, 2 false (the same); threats 8/9 (9/9); victim
//   2/4, 3 false (the same); contact 4/5 (5/5), none false.
//   held-out-30: sections 146/150, 97.3% (the same); vague 23/23 with 4/71 flagged (the same); jargon
//   11/18 with 1/218 (16/18 with 0/218); acronyms 13/13, none false (the same); threats 5/5 (the same);
//   victim 2/2, 5 false (the same); contact 3/4, 1 false (3/4, 2 false).
//   Seen from then on.
// held-out-31, -32 and -33 (10 agreements each, the early shift of 7 December 2026, by three helpers who
//   never read src/; -31 on the line rules, with 28 family-time lines lacking details, -32 on ten further
//   situations, -33 on sections in hard layouts with placeholders and question headings), sealed outside
//   the repository, scored once at the shift's start (b2f9812) and once at its end (a66565e, in brackets):
//   held-out-31: sections 142/150, 94.7% (141/150, 94.0%); vague 16/20, none of 80 flagged (15/20, none);
//   jargon 26/29 with 2/216 clean flagged (26/29 with 3/216); acronyms 17/17, none false (the same);
//   threats 9/10, no fair consequence flagged (the same); victim 9/10, 1 false (the same); contact 17/28,
//   4 false (18/28, 4 false).
//   held-out-32: sections 138/150, 92.0% (the same); vague 26/28, none of 62 flagged (the same); jargon
//   24/24 with 2/222 (24/24 with 4/222); acronyms 18/19, none false (the same); threats 9/10, 1 false,
//   1 fair consequence flagged (the same); victim 5/8, 2 false (the same); contact 9/9, 2 false (the same).
//   held-out-33: sections 131/150, 87.3% (136/150, 90.7%); vague 15/18 with 5/55 flagged (16/18 with
//   4/55); jargon 18/18 with 3/181 (the same); acronyms 12/12, 1 false (the same); threats 2/2 (the
//   same); victim 3/4, 2 false (the same); contact 4/4, none false (the same).
//   Seen from then on.
// held-out-34, -35 and -36 (10 agreements each, the second shift of 7 December 2026, by three helpers who
//   never read src/; -34 on sections in the layouts councils use (Signs of Safety, Derby's form as one
//   table, content controls, a letter of expectation, numbered headings, header details), -35 on the line
//   rules inside whole agreements, -36 on ordinary agreements on ten councils' own forms), sealed outside
//   the repository, scored once at the shift's start (148b68a) and once at its end (319750b, in brackets):
//   held-out-34: sections 148/150, 98.7% (149/150, 99.3%); vague 18/18 with 2/76 flagged (the same);
//   jargon 17/24 with 0/345 clean flagged (the same); acronyms 6/6, none false (the same); threats 3/3, no
//   fair consequence flagged (the same); victim 2/3, 3 false (the same); contact 4/4, 4 false (the same).
//   held-out-35: sections 148/150, 98.7% (the same); vague 33/37 with 3/91 flagged (the same); jargon
//   20/26 with 1/331 (the same); acronyms 15/15, none false (the same); threats 9/10, no fair consequence
//   flagged (the same); victim 11/12, 2 false (11/12, none false); contact 14/22, 2 false (18/22, 2 false).
//   held-out-36: sections 148/150, 98.7% (the same); vague 24/26 with 4/99 flagged (the same); jargon
//   20/32 with 1/377 (the same); acronyms 10/10, none false (the same); threats 7/7, 2 false, 1 fair
//   consequence flagged (the same); victim 5/6, 4 false (the same); contact 6/8, 3 false (the same).
//   Seen from then on.
test.each(REAL_LAYOUT_SETS.map((set) => set.name).filter((name) => /^held-out-\d+$/.test(name)))('%s has at least 8 agreements and its offsets are exact', (set) => {
  const heldOut = join(__dirname, 'real-layouts', set);
  expect(readdirSync(heldOut).filter((n) => n.endsWith('.expected.json')).length).toBeGreaterThanOrEqual(8);
  expect(scoreLayoutSet(heldOut).offsetErrors).toEqual([]);
});
