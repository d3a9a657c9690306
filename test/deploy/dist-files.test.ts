import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, DEV_ORIGIN } from '../../scripts/manifest';
import { distFiles, supportContactHtml } from '../../scripts/dist-files';

// What `ADDIN_ORIGIN=... npm run build` writes besides the bundles (webpack emits exactly distFiles()).
const packageVersion: string = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;

test('a production build for a council origin has no localhost and that origin everywhere', () => {
  const base = 'https://addins.example.gov.uk';
  const manifest = distFiles({ origin: base }).get('manifest.xml')!;
  expect(manifest).not.toMatch(/localhost/i);
  expect(checkManifest(manifest, { base })).toEqual([]);
  const addresses = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
  expect(addresses.length).toBeGreaterThanOrEqual(10);
  for (const address of addresses) expect(address.startsWith(base)).toBe(true);
  expect(manifest).toContain(`<SupportUrl DefaultValue="${base}/support.html"/>`);
  expect(manifest).toContain(`<Version>${packageVersion}.0</Version>`);
});

test('the default build stays on the local development origin', () => {
  const manifest = distFiles({}).get('manifest.xml')!;
  expect(checkManifest(manifest, { base: DEV_ORIGIN })).toEqual([]);
  expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
});

test('the version comes from the package', () => {
  expect(distFiles({ version: '4.2.7' }).get('manifest.xml')).toContain('<Version>4.2.7.0</Version>');
});

test('a bad origin stops the build with one line', () => {
  expect(() => distFiles({ origin: 'http://addins.example.gov.uk' })).toThrow(/^ADDIN_ORIGIN must start with https:\/\//);
});

test('the support page shows the contact the council sets, escaped, with its email linked', () => {
  const page = distFiles({ supportContact: 'Northshire IT <Service Desk>, 01234 567890, servicedesk@northshire.gov.uk' }).get('support.html')!;
  expect(page).toContain('Northshire IT &lt;Service Desk&gt;, 01234 567890, <a href="mailto:servicedesk@northshire.gov.uk">servicedesk@northshire.gov.uk</a>');
  expect(page).not.toContain('<!-- support-contact -->');
  expect(supportContactHtml('')).toMatch(/IT service desk/);
  expect(supportContactHtml('See https://intranet.example.gov.uk/help')).toContain('<a href="https://intranet.example.gov.uk/help">');
});
