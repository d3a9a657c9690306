import { analysisSteps, type Analyser, type Block, type SlicedAnalysis } from '../core';

/** Longest the pane's thread is held by analysis before the page gets a turn (typing, painting). */
export const SLICE_BUDGET_MS = 30;

/** Let the browser handle input and paint before the next slice. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Analyse without blocking the pane: slices of work run back to back until the budget is spent,
 * then the page gets a turn. A short document runs in one go, as before.
 */
export async function analyseInSlices(analyser: Analyser, blocks: readonly Block[], budgetMs = SLICE_BUDGET_MS, pause: () => Promise<void> = nextTurn): Promise<SlicedAnalysis> {
  const steps = analysisSteps(analyser, blocks);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** What the pane says about paragraphs too long to check ("Paragraph 12 is ..."), or null. */
export function skippedNote(skipped: readonly number[]): string | null {
  if (skipped.length === 0) return null;
  const which = skipped.length === 1 ? `Paragraph ${skipped[0] + 1} is` : `${skipped.length} paragraphs (${skipped.slice(0, 5).map((i) => i + 1).join(', ')}${skipped.length > 5 ? ', …' : ''}) are`;
  return `${which} too long to check (over 100,000 characters with no paragraph break) and ${skipped.length === 1 ? 'was' : 'were'} skipped. Break long text into paragraphs to have it checked.`;
}
