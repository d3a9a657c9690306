// Where the compiled code is: node --expose-gc --import tsx bench/pattern-code.ts [how many patterns to list]
// Runs the engine as npm run bench does before it reads compiled code (cold, warm and edited analyses of
// the 1,000, 10,000 and 50,000-word documents), then reads a heap snapshot: the machine code V8 holds for
// each regular expression (one copy for one-byte texts, one for two-byte texts), largest first.
// The snapshot is written to a temporary folder and removed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { Analyser, analyse, clearCaches } from '../src/core';
import { generateAgreement } from './generate';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function runEngine(): void {
  for (const size of [1_000, 10_000, 50_000]) {
    const blocks = generateAgreement(size, size);
    for (let i = 0; i < 20; i++) {
      clearCaches();
      analyse(blocks);
    }
    const analyser = new Analyser();
    analyser.analyse(blocks);
    const target = blocks.findIndex((b, i) => i >= blocks.length / 2 && b.kind === 'list-item');
    const edited = blocks.slice();
    for (let i = 0; i < 100; i++) {
      edited[target] = { ...edited[target], text: `${blocks[target].text} ${i}` };
      analyser.analyse(edited);
    }
  }
}

/** Code bytes reached from each pattern's data: the compiled code objects and the code objects they hold. */
function codeByPattern(snap: Snapshot): Array<{ bytes: number; twoByte: boolean; source: string }> {
  const { meta } = snap.snapshot;
  const [nodeWidth, edgeWidth] = [meta.node_fields.length, meta.edge_fields.length];
  const [typeAt, nameAt, sizeAt, edgesAt] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field));
  const toAt = meta.edge_fields.indexOf('to_node');
  const nodeType = (n: number) => meta.node_types[0][snap.nodes[n * nodeWidth + typeAt]];
  const firstEdge: number[] = [];
  for (let n = 0, e = 0; n * nodeWidth < snap.nodes.length; n++, e += snap.nodes[(n - 1) * nodeWidth + edgesAt] * edgeWidth) firstEdge.push(e);
  const children = (n: number) => {
    const out: number[] = [];
    const end = n + 1 < firstEdge.length ? firstEdge[n + 1] : snap.edges.length;
    for (let e = firstEdge[n]; e < end; e += edgeWidth) out.push(snap.edges[e + toAt] / nodeWidth);
    return out;
  };
  const counted = new Set<number>();
  const rows: Array<{ bytes: number; twoByte: boolean; source: string }> = [];
  for (let n = 0; n < firstEdge.length; n++) {
    if (nodeType(n) !== 'regexp') continue;
    let bytes = 0;
    let copies = 0;
    for (const data of children(n).filter((c) => nodeType(c) === 'array')) {
      for (const code of children(data).filter((c) => nodeType(c) === 'code' && !counted.has(c))) {
        copies++;
        for (const part of [code, ...children(code).filter((c) => nodeType(c) === 'code' && !counted.has(c))]) {
          counted.add(part);
          bytes += snap.nodes[part * nodeWidth + sizeAt];
        }
      }
    }
    if (bytes > 0) rows.push({ bytes, twoByte: copies > 1, source: snap.strings[snap.nodes[n * nodeWidth + nameAt]] });
  }
  return rows.sort((a, b) => b.bytes - a.bytes);
}

runEngine();
const codeSpaces = getHeapSpaceStatistics().filter((space) => space.space_name.startsWith('code')).reduce((sum, space) => sum + space.physical_space_size, 0);
const folder = mkdtempSync(join(tmpdir(), 'pattern-code-'));
try {
  const rows = codeByPattern(JSON.parse(readFileSync(writeHeapSnapshot(join(folder, 'engine.heapsnapshot')), 'utf8')) as Snapshot);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  process.stdout.write(`code spaces ${(codeSpaces / 1024 / 1024).toFixed(2)} MB; pattern code ${(total / 1024 / 1024).toFixed(2)} MB in ${rows.length} patterns (${rows.filter((row) => row.twoByte).length} also compiled for two-byte text)\n`);
  for (const row of rows.slice(0, Number(process.argv[2] ?? 40))) process.stdout.write(`${kb(row.bytes).padStart(9)}${row.twoByte ? ' (2)' : '    '} ${row.source.slice(0, 110)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
