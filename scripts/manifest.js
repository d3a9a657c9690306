// The add-in manifest at build time: point it at the origin that will host dist/, stamp the
// version from package.json, and check it without Microsoft's schemas (those checks run always;
// the schema check needs xmllint and the schema files, see scripts/validate-manifest.sh).
// CommonJS so webpack.config.js can use it directly; the tests import it through manifest.d.ts.
'use strict';
const { SaxesParser } = require('saxes');

/** The origin manifest.xml is written for: the dev server that `npm start` runs. */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The base URL the add-in is served from, from ADDIN_ORIGIN (or the dev origin). It must be https,
 * with no query or fragment; a path is allowed (a council may host under https://host/clear-agreements).
 * Throws an Error with a one-line message when it is not usable.
 */
function addinOrigin(value) {
  const raw = (value ?? '').trim() || DEV_ORIGIN;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_ORIGIN is not a URL: "${raw}" (expected something like https://addins.example.gov.uk)`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_ORIGIN must start with https:// (Office loads add-ins only over https): "${raw}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_ORIGIN must be a plain https address with no query, fragment or credentials: "${raw}"`);
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** package.json's "1.2.3" (or "1.2.3-beta.1") as the manifest's four-part "1.2.3.0". */
function manifestVersion(packageVersion) {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:[-+].*)?$/.exec(packageVersion);
  if (!match) throw new Error(`package.json version "${packageVersion}" is not major.minor.patch`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** manifest.xml rewritten to be served from `base` (see addinOrigin) with the package's version. */
function rewriteManifest(xml, { base, version }) {
  const origin = new URL(base).origin;
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  // AppDomain holds an origin, never a path; every other address is under the base.
  out = out.replace(/(<AppDomain>)\s*https:\/\/localhost:3000\/?\s*(<\/AppDomain>)/g, `$1${origin}$2`);
  out = out.split(`${DEV_ORIGIN}/`).join(`${base}/`);
  return out;
}

/** Every element with its attributes and text, in document order; throws on XML that is not well-formed. */
function parseElements(xml) {
  const elements = [];
  const stack = [];
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (node) => {
    const element = { name: node.name, attributes: { ...node.attributes }, text: '', path: [...stack.map((e) => e.name), node.name].join('/') };
    elements.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length) stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  return elements;
}

const localName = (name) => name.slice(name.indexOf(':') + 1);

/**
 * Problems with a manifest that need no schema, as one-line messages (empty when it is fine):
 * well-formed; element ids unique; every resid names a resource; every address https and under
 * `base`; the Word host and its requirement sets declared.
 */
function checkManifest(xml, { base }) {
  let elements;
  try {
    elements = parseElements(xml);
  } catch (error) {
    return [`not well-formed XML: ${String(error.message).split('\n')[0]}`];
  }
  const problems = [];
  const origin = new URL(base).origin;

  const ids = new Map();
  const resources = new Set();
  for (const element of elements) {
    const id = element.attributes.id;
    if (id === undefined) continue;
    ids.set(id, (ids.get(id) ?? 0) + 1);
    if (/\/(bt:)?Resources\//.test(element.path)) resources.add(id);
  }
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);

  for (const element of elements) {
    const resid = element.attributes.resid;
    if (resid !== undefined && !resources.has(resid)) problems.push(`<${element.name} resid="${resid}"> names no resource in <Resources>`);
  }

  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) checkAddress(`<${element.name} ${name}>`, value);
    }
    const text = element.text.trim();
    if (localName(element.name) === 'AppDomain') {
      if (text !== origin) problems.push(`<AppDomain> is "${text}", expected "${origin}"`);
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      checkAddress(`<${element.name}>`, text);
    }
  }
  function checkAddress(where, value) {
    if (!value.startsWith('https://')) problems.push(`${where} is not https: ${value}`);
    else if (!value.startsWith(`${base}/`)) problems.push(`${where} is not under ${base}: ${value}`);
  }

  const hosts = elements.filter((e) => e.path === 'OfficeApp/Hosts/Host').map((e) => e.attributes.Name);
  if (!hosts.includes('Document')) problems.push('no <Host Name="Document"/> (Word) in <Hosts>');
  const sets = elements.filter((e) => e.path === 'OfficeApp/Requirements/Sets/Set');
  if (!sets.some((e) => e.attributes.Name === 'WordApi' && e.attributes.MinVersion)) problems.push('no <Set Name="WordApi" MinVersion="..."/> in <Requirements><Sets>');
  const overrideSets = elements.filter((e) => /^OfficeApp\/VersionOverrides\/Requirements\/bt:Sets\/bt:Set$/.test(e.path));
  if (elements.some((e) => e.path === 'OfficeApp/VersionOverrides') && !overrideSets.some((e) => e.attributes.Name === 'WordApi')) {
    problems.push('no <bt:Set Name="WordApi"/> in <VersionOverrides><Requirements>');
  }
  for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'SupportUrl']) {
    if (!elements.some((e) => e.path === `OfficeApp/${required}`)) problems.push(`no <${required}> in <OfficeApp>`);
  }
  return problems;
}

module.exports = { DEV_ORIGIN, addinOrigin, manifestVersion, rewriteManifest, checkManifest };
