import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addinOrigin, checkManifest, DEV_ORIGIN, manifestVersion, rewriteManifest } from '../../scripts/manifest';
import { toolPath, withTools } from '../support/system-tools';
import { tempDir } from '../support/temp-dir';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const packageVersion: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const schemaChecked = withTools('xmllint', 'manifest-schemas');

schemaChecked.test('manifest.xml validates offline against Microsoft\u2019s schemas', () => {
  const output = execFileSync('sh', [join(toolPath('manifest-schemas')!, 'validate.sh'), join(root, 'manifest.xml')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(output).toBe('');
});

schemaChecked.test('a production manifest validates offline against Microsoft\u2019s schemas', () => {
  const production = rewriteManifest(manifest, { base: 'https://addins.example.gov.uk', version: '3.14.15' });
  const dir = tempDir('manifest-');
  writeFileSync(join(dir, 'manifest.xml'), production);
  const output = execFileSync('sh', [join(toolPath('manifest-schemas')!, 'validate.sh'), join(dir, 'manifest.xml')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(output).toBe('');
});

test('manifest.xml passes the checks that need no schema', () => {
  expect(checkManifest(manifest, { base: DEV_ORIGIN })).toEqual([]);
});

test('the manifest declares the Word host, en-GB, the requirement set and the Home tab button', () => {
  expect(manifest).toMatch(/<Host Name="Document"\/>/);
  expect(manifest).toMatch(/<DefaultLocale>en-GB<\/DefaultLocale>/);
  expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
  expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  for (const size of [16, 32, 80]) expect(manifest).toContain(`assets/icon-${size}.png`);
  for (const id of ['Annotation.Title', 'Annotation.Branding', 'Annotation.Subtitle.Jargon']) expect(manifest).toContain(`id="${id}"`);
});

test('manifest.xml carries the package version', () => {
  expect(manifest).toContain(`<Version>${manifestVersion(packageVersion)}</Version>`);
});

describe('schema-free checks find what they look for', () => {
  const check = (xml: string) => checkManifest(xml, { base: DEV_ORIGIN });
  test.each([
    ['not well-formed', manifest.replace('</DefaultLocale>', ''), /not well-formed/],
    ['a duplicate id', manifest.replace('id="Annotation.Branding"', 'id="Annotation.Title"'), /id "Annotation.Title" is used 2 times/],
    ['a resid naming no resource', manifest.replace('resid="Group.Label"', 'resid="Group.Lable"'), /resid="Group.Lable"> names no resource/],
    ['an http address', manifest.replace('https://localhost:3000/support.html"/>\n  <AppDomains>', 'http://localhost:3000/support.html"/>\n  <AppDomains>'), /SupportUrl DefaultValue> is not https/],
    ['an address on another origin', manifest.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'https://elsewhere.example/taskpane.html"/>\n  </DefaultSettings>'), /SourceLocation DefaultValue> is not under https:\/\/localhost:3000/],
    ['an AppDomain for another origin', manifest.replace('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>https://elsewhere.example</AppDomain>'), /<AppDomain> is "https:\/\/elsewhere.example"/],
    ['no requirement set', manifest.replace('<Set Name="WordApi" MinVersion="1.3"/>', ''), /no <Set Name="WordApi"/],
    ['no Word host', manifest.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /no <Host Name="Document"\/>/],
  ])('%s', (_name, xml, problem) => {
    expect(xml).not.toBe(manifest);
    expect(check(xml).join('\n')).toMatch(problem);
  });
});

describe('production manifest', () => {
  const base = 'https://addins.example.gov.uk';
  const production = rewriteManifest(manifest, { base, version: '2.5.0' });

  test('every address, AppDomain and SupportUrl use the origin; no localhost; version from the package', () => {
    expect(production).not.toMatch(/localhost/);
    expect(checkManifest(production, { base })).toEqual([]);
    expect(production).toContain(`<SupportUrl DefaultValue="${base}/support.html"/>`);
    expect(production).toContain(`<AppDomain>${base}</AppDomain>`);
    expect(production).toContain('<Version>2.5.0.0</Version>');
    expect(production.match(new RegExp(base.replace(/\./g, '\\.'), 'g'))!.length).toBe(manifest.match(/https:\/\/localhost:3000/g)!.length);
  });

  test('hosting under a path keeps the AppDomain an origin', () => {
    const under = rewriteManifest(manifest, { base: 'https://www.example.gov.uk/clear-agreements', version: '1.0.0' });
    expect(under).toContain('<AppDomain>https://www.example.gov.uk</AppDomain>');
    expect(under).toContain('<SourceLocation DefaultValue="https://www.example.gov.uk/clear-agreements/taskpane.html"/>');
    expect(checkManifest(under, { base: 'https://www.example.gov.uk/clear-agreements' })).toEqual([]);
  });

  test('ADDIN_ORIGIN must be https, and defaults to the dev origin', () => {
    expect(addinOrigin(undefined)).toBe(DEV_ORIGIN);
    expect(addinOrigin('https://addins.example.gov.uk/')).toBe('https://addins.example.gov.uk');
    expect(() => addinOrigin('http://addins.example.gov.uk')).toThrow(/must start with https/);
    expect(() => addinOrigin('addins.example.gov.uk')).toThrow(/not a URL/);
    expect(() => addinOrigin('https://addins.example.gov.uk/?x=1')).toThrow(/no query/);
  });

  test('versions become four parts', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('1.2.3-beta.1')).toBe('1.2.3.0');
    expect(() => manifestVersion('1.2')).toThrow(/not major.minor.patch/);
  });
});
