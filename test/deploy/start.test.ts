import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// What npm start says and runs, per system, without starting anything.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plan } = require('../../scripts/start.js') as { plan: (o: { platform: string; certificates: boolean }) => Plan };
interface Command { command: string; args: string[]; options: { shell?: boolean } }
interface Plan { url: string; https: boolean; steps: Command[]; server: Command; sideload?: Command; say: string[] }

const root = join(__dirname, '..', '..');

test('without a certificate on Linux it says http, says Word will not load it, and explains the certificate', () => {
  const p = plan({ platform: 'linux', certificates: false });
  expect(p.url).toBe('http://localhost:3000');
  expect(p.say.join('\n')).toMatch(/served on http:\/\/localhost:3000 .*\n.*plain http, which Word will not load/);
  expect(p.say.join('\n')).toContain('npx office-addin-dev-certs@3.0.0 install');
  expect(p.say.join('\n')).not.toMatch(/https:\/\/localhost/);
  expect(p.sideload).toBeUndefined();
  expect(p.steps).toEqual([]);
});

test('with the certificate it says https', () => {
  const p = plan({ platform: 'linux', certificates: true });
  expect(p.url).toBe('https://localhost:3000');
  expect(p.say[0]).toContain('served on https://localhost:3000');
});

test('on Windows it installs the certificate first and runs the pinned Office tools through a shell', () => {
  const p = plan({ platform: 'win32', certificates: false });
  expect(p.https).toBe(true);
  expect(p.steps.map((s) => s.args.join(' '))).toEqual(['--yes office-addin-dev-certs@3.0.0 install']);
  for (const command of [...p.steps, p.sideload!]) {
    expect(command.command).toBe('npx');
    expect(command.options.shell).toBe(process.platform === 'win32');
  }
  expect(p.sideload!.args.slice(0, 2)).toEqual(['--yes', 'office-addin-debugging@7.0.0']);
  // The server is Node running webpack-cli: no shell, so npm stop's signal reaches it.
  expect(p.server.command).toBe(process.execPath);
});

test('npm start and npm stop exist, and no script fetches an unpinned package through npx', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
  expect(scripts.start).toBe('node scripts/start.js');
  expect(scripts.stop).toBe('node scripts/stop.js');
  for (const file of ['scripts/start.js', 'scripts/stop.js', 'scripts/dev-certs.js']) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const match of source.matchAll(/'(office-addin-[a-z-]+)(@[^']*)?'/g)) expect(match[2]).toMatch(/^@\d+\.\d+\.\d+$/);
  }
});
