import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

test('manifest.xml validates offline against Microsoft\u2019s schemas', () => {
  const output = execFileSync('sh', [join(root, 'scripts', 'validate-manifest.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(output).toBe('');
});

test('the manifest declares the Word host, en-GB, the requirement set and the Home tab button', () => {
  const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
  expect(manifest).toMatch(/<Host Name="Document"\/>/);
  expect(manifest).toMatch(/<DefaultLocale>en-GB<\/DefaultLocale>/);
  expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
  expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  for (const size of [16, 32, 80]) expect(manifest).toContain(`assets/icon-${size}.png`);
  for (const id of ['Annotation.Title', 'Annotation.Branding', 'Annotation.Subtitle.Jargon']) expect(manifest).toContain(`id="${id}"`);
});
