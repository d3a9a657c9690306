// npm run bench: timings of the engine against the prose linters people reach for today, on the
// same generated text in the same run. Prints a table, then one JSON line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Analyser, analyse, clearCaches, type Block } from '../src/core';
import { generateAgreement, wordCount } from './generate';
import { countSyncsPerCycle } from './syncs';

interface Stats {
  median: number;
  p95: number;
}

function measure(fn: () => void, { warmup = 5, iterations = 50 } = {}): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

async function peers(blocks: Block[]): Promise<() => Promise<void>> {
  const text = blocks.map((b) => b.text).join('\n\n');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const writeGood = require('write-good') as (text: string) => unknown[];
  const { retext } = await import('retext');
  const english = (await import('retext-english')).default;
  const simplify = (await import('retext-simplify')).default;
  const readability = (await import('retext-readability')).default;
  const processor = retext().use(english).use(simplify).use(readability, { age: 16 });
  return async () => {
    writeGood(text);
    await processor.process(text);
  };
}

async function measureAsync(fn: () => Promise<void>, iterations: number): Promise<Stats> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

function paneGzipKB(): number | null {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(dist)) return null;
  const scripts = readdirSync(dist).filter((f) => f.endsWith('.js') && !f.startsWith('commands'));
  if (!scripts.length) return null;
  const bytes = scripts.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

async function syncsPerCycle(): Promise<Record<string, number>> {
  // One live-analysis cycle through the real adapter against the Word test double.
  return { '10': await countSyncsPerCycle(10), '100': await countSyncsPerCycle(100), '1000': await countSyncsPerCycle(1000) };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const row = (...cells: Array<string | number>) => rows.push(cells.map((c, i) => String(c).padEnd(i === 0 ? 44 : 14)).join(''));
  row('measurement', 'median ms', 'p95 ms');
  const results: Record<string, Stats> = {};
  for (const size of [1_000, 10_000, 50_000]) {
    const blocks = generateAgreement(size, size);
    const words = wordCount(blocks);
    const iterations = size >= 50_000 ? 15 : 50;
    // Cold: a document never seen before (every memo cleared), as when a file is opened.
    const cold = measure(() => {
      clearCaches();
      analyse(blocks);
    }, { warmup: 3, iterations });
    // Warm: the same text again through a fresh analyser (memoised folding and dates kept).
    const warm = measure(() => analyse(blocks), { warmup: 3, iterations });
    results[`cold${size}`] = cold;
    results[`warm${size}`] = warm;
    row(`full analysis, ${words} words, cold`, cold.median.toFixed(2), cold.p95.toFixed(2));
    row(`full analysis, ${words} words, warm`, warm.median.toFixed(2), warm.p95.toFixed(2));
    // Incremental: one paragraph edited, the live pane's cycle.
    const analyser = new Analyser();
    analyser.analyse(blocks);
    let n = 0;
    const target = blocks.findIndex((b) => b.kind === 'list-item');
    const incremental = measure(() => {
      blocks[target] = { ...blocks[target], text: `Ms Smith will take Jo to school every day ${n++}.` };
      analyser.analyse(blocks);
    }, { warmup: 5, iterations: 100 });
    results[`incremental${size}`] = incremental;
    row(`one paragraph edited, ${words} words`, incremental.median.toFixed(3), incremental.p95.toFixed(3));
  }

  const tenK = generateAgreement(10_000, 10_000);
  const peer = await measureAsync(await peers(tenK), 10);
  row(`write-good + retext (simplify, readability), 10k`, peer.median.toFixed(1), peer.p95.toFixed(1));

  const gc = (globalThis as { gc?: () => void }).gc;
  let heapMB: number | null = null;
  if (gc) {
    const big = generateAgreement(50_000, 7);
    clearCaches();
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = analyse(big);
    gc();
    heapMB = Math.round(((process.memoryUsage().heapUsed - before) / 1024 / 1024) * 10) / 10;
    void kept;
    row('heap growth analysing 50k words (MB)', heapMB, '');
  }

  const syncs = await syncsPerCycle();
  const gz = paneGzipKB();
  row('task pane JavaScript, gzipped (KB)', gz ?? 'not built', '');
  row('context.sync per live cycle (10/100/1000 paragraphs)', syncs ? `${syncs['10']}/${syncs['100']}/${syncs['1000']}` : 'no adapter', '');

  const tenKWords = wordCount(tenK);
  const full = results.cold10000.median * (10_000 / tenKWords);
  const summary = {
    fullMsPer10kWords: +full.toFixed(2),
    fullWarmMsPer10kWords: +(results.warm10000.median * (10_000 / tenKWords)).toFixed(2),
    incrementalMsPerParagraph: +results.incremental10000.median.toFixed(3),
    speedupVsPeers: +(peer.median / results.cold10000.median).toFixed(1),
    syncsPerCycle: syncs,
    paneGzipKB: gz,
    heapGrowthMB50kWords: heapMB,
  };
  const budgets = [
    ['full analysis of 10,000 words <= 5 ms', summary.fullMsPer10kWords <= 5],
    ['incremental re-analysis <= 0.2 ms', summary.incrementalMsPerParagraph <= 0.2],
    ['>= 20x faster than write-good + retext', summary.speedupVsPeers >= 20],
    ['<= 2 context.sync per cycle', syncs ? Object.values(syncs).every((n) => n <= 2) : null],
    ['pane <= 350 KB gzipped', gz === null ? null : gz <= 350],
    ['heap growth < 50 MB for 50k words', heapMB === null ? null : heapMB < 50],
  ] as const;
  process.stdout.write(`${rows.join('\n')}\n\nBudgets\n`);
  for (const [name, ok] of budgets) process.stdout.write(`  ${ok === null ? 'not measured' : ok ? 'met   ' : 'MISSED'}  ${name}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

void main();
