// --timing: how long each check took, as ESLint's TIMING=1 prints it. Only check names and
// milliseconds reach the output, never a document's text.

/** Milliseconds by check id, as plain data (it crosses from the worker threads). */
export type RuleTimeRows = Array<[string, number]>;

/** Everything in an analysis outside the checks' own code: the walk, tasks, finding assembly. */
export const ENGINE_TIME = '(engine: walk, tasks, assembly)';

/** A table of the checks, slowest first, with each one's share of the whole. */
export function formatTiming(times: ReadonlyMap<string, number>): string {
  const rows = [...times].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max('Rule'.length, ...rows.map(([id]) => id.length));
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`];
  for (const [id, ms] of rows) lines.push(`${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${(total > 0 ? (100 * ms) / total : 0).toFixed(1).padStart(7)}%`);
  return `${lines.join('\n')}\n`;
}
