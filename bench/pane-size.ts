// The task pane's JavaScript, as the bench reports it: what the pane's first screen needs (the
// budget), then each view's chunks, fetched later. `node --import tsx bench/pane-size.ts` prints it alone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..');

export interface Size {
  minKB: number;
  gzipKB: number;
}

export interface PaneSize extends Size {
  /** The scripts taskpane.html loads: everything the first screen ("Before you start") needs. */
  files: string[];
  /** Each view loaded later, with the shared chunks it needs (so a shared chunk counts in every view that needs it). */
  views: Array<Size & { view: string; files: string[] }>;
  /** Every chunk loaded later, each counted once. */
  later: Size & { files: string[] };
}

/** The latest modification time of any file below a folder. */
function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function sizeOf(dist: string, files: string[]): Size {
  let min = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    min += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { minKB: kb(min), gzipKB: kb(gz) };
}

export function paneSize(): PaneSize | null {
  const dist = join(root, 'dist');
  const built = join(dist, 'taskpane.html');
  // A dist/ older than the source measured a pane that no longer exists (6 December: 343.8 KB
  // reported from a stale build while the source gave 358 KB), so build whenever src/ is newer.
  const stale = existsSync(built) && newestIn(join(root, 'src')) > statSync(built).mtimeMs;
  if (!existsSync(built) || stale) {
    process.stderr.write(`dist/ is ${stale ? 'older than src/' : 'missing'}: running npm run build first\n`);
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  if (!existsSync(dist)) return null;
  // The first screen: every script the pane page loads from dist (the ribbon's commands page is a separate page).
  const html = readFileSync(built, 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src)).map((src) => src.replace(/^\.?\//, ''));
  if (!files.length) throw new Error('dist/taskpane.html loads no script from dist: the pane size cannot be measured');
  // Chunks are named '<view>.<hash>.js', or '<view>+<view>….<hash>.js' for code several views share
  // (webpack.config.js names them so); any other script is counted as loaded later too.
  const later = readdirSync(dist).filter((f) => f.endsWith('.js') && !files.includes(f) && !f.startsWith('commands.')).sort();
  const viewsOf = (file: string) => file.replace(/\.[0-9a-f]{8}\.js$|\.js$/, '').split('+');
  const names = [...new Set(later.flatMap(viewsOf))].filter((name) => !/^\d+$/.test(name));
  const views = names.map((view) => {
    const own = later.filter((f) => viewsOf(f).includes(view));
    return { view, files: own, ...sizeOf(dist, own) };
  });
  return { files, ...sizeOf(dist, files), views, later: { files: later, ...sizeOf(dist, later) } };
}

if (require.main === module) {
  const pane = paneSize();
  if (!pane) process.exit(1);
  process.stdout.write(`first screen (${pane.files.join(', ')}): ${pane.minKB} KB / ${pane.gzipKB} KB\n`);
  for (const v of pane.views) process.stdout.write(`  ${v.view} (${v.files.join(', ')}): ${v.minKB} KB / ${v.gzipKB} KB\n`);
  process.stdout.write(`loaded later, each chunk once: ${pane.later.minKB} KB / ${pane.later.gzipKB} KB\n`);
}
