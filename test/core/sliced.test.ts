import { analyse, Analyser, analysisSteps, PARAGRAPH_CHAR_LIMIT, type Block } from '../../src/core';
import { analyseInSlices, skippedNote } from '../../src/taskpane/sliced-analysis';
import { generateAgreement } from '../../bench/generate';

// The pane analyses a long document in slices (issue 17: never block the page for more than 50 ms).
// Slices are counted, not timed: each does a bounded amount of new text, and the result is the one
// a single analyse() gives.

const today = new Date(2026, 10, 22);

function runSteps(analyser: Analyser, blocks: Block[]) {
  const steps = analysisSteps(analyser, blocks);
  let count = 0;
  for (let step = steps.next(); ; step = steps.next(), count++) if (step.done) return { ...step.value, steps: count };
}

test('a long document is analysed in many slices, with the result of one analyse()', () => {
  const blocks = generateAgreement(20_000, 7);
  const sliced = runSteps(new Analyser({ today }), blocks);
  const characters = blocks.reduce((n, b) => n + b.text.length, 0);
  // About one slice per 20,000 characters of new text.
  expect(sliced.steps).toBeGreaterThanOrEqual(Math.floor(characters / 20_000) - 1);
  expect(sliced.result).toEqual(analyse(blocks, { today }));
  expect(sliced.skipped).toEqual([]);
});

test('stopping between slices leaves the analyser sound', () => {
  const blocks = generateAgreement(10_000, 8);
  const analyser = new Analyser({ today });
  const steps = analysisSteps(analyser, blocks);
  steps.next();
  steps.next();
  // Abandoned half way (a newer cycle started): the next analysis is still exact.
  expect(analyser.analyse(blocks)).toEqual(analyse(blocks, { today }));
});

test('a small edit after a full analysis needs no slicing', () => {
  const blocks = generateAgreement(10_000, 9);
  const analyser = new Analyser({ today });
  runSteps(analyser, blocks);
  const edited = blocks.map((b, i) => (i === 5 ? { ...b, text: `${b.text} every Tuesday` } : b));
  const again = runSteps(analyser, edited);
  expect(again.steps).toBe(0);
  expect(again.result).toEqual(analyse(edited, { today }));
});

test('a paragraph over the limit is skipped, keeps its text, and has no findings', () => {
  const long = 'If if if CAMHS SW as appropriate. '.repeat(Math.ceil((PARAGRAPH_CHAR_LIMIT + 10) / 34));
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'What the family will do' }, { kind: 'list-item', text: long }, { kind: 'list-item', text: 'Mum will engage with CAMHS as appropriate.' }];
  const { result, skipped } = runSteps(new Analyser({ today }), blocks);
  expect(skipped).toEqual([1]);
  expect(result.paragraphs[1]).toBe(long);
  expect(result.findings.filter((f) => f.paragraph === 1 && f.end > f.start)).toEqual([]);
  expect(result.findings.some((f) => f.paragraph === 2)).toBe(true);
  for (const f of result.findings) expect(result.paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
  expect(skippedNote(skipped)).toBe('Paragraph 2 is too long to check (over 100,000 characters with no paragraph break) and was skipped. Break long text into paragraphs to have it checked.');
  expect(skippedNote([])).toBeNull();
});

test('the pane gives the page a turn between slices once its budget is spent', async () => {
  const blocks = generateAgreement(20_000, 10);
  let pauses = 0;
  const pause = async () => {
    pauses++;
  };
  const { result } = await analyseInSlices(new Analyser({ today }), blocks, 0, pause);
  expect(result).toEqual(analyse(blocks, { today }));
  // With no budget, every slice but the last is followed by a turn.
  const { steps } = runSteps(new Analyser({ today }), blocks);
  expect(pauses).toBe(steps);
});
