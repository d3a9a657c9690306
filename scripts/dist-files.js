// The files of dist/ that are not bundles: the manifest for the origin that will host the add-in,
// the support page with the council's contact, and the council's policy files (checked). webpack.config.js emits them, and
// the tests call distFiles() directly, so what they check is what the build writes.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { addinOrigin, checkManifest, rewriteManifest } = require('./manifest.js');

const root = path.join(__dirname, '..');

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The support contact as HTML: the council's own words (ADDIN_SUPPORT_CONTACT), with any email
 * address or https link made a link; without one, a sentence telling IT where to set it.
 */
function supportContactHtml(contact) {
  const text = (contact ?? '').trim();
  if (!text) return '<p>For help, contact your council\u2019s IT service desk.</p>';
  const linked = escapeHtml(text).replace(/(https:\/\/[^\s,;]+)|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g, (match, url, email) =>
    url ? `<a href="${url}">${url}</a>` : `<a href="mailto:${email}">${email}</a>`,
  );
  return `<p>For help: <span id="support-contact">${linked}</span></p>`;
}

/** The TypeScript policy reader (src/io/policy-file.ts), loaded through tsx at build time. */
function defaultPolicyReader() {
  // eslint-disable-next-line global-require
  return require('tsx/cjs/api').require('../src/io/policy-file.ts', __filename).readPolicyFile;
}

/**
 * Every policies/*.json, checked against the schema and resolved as the CLI does, as
 * dist/policies/<file> plus dist/policies/index.json (all of them, for the pane to load in one
 * request). Throws with the reader's one-line message for a bad file or a repeated id.
 */
function policyFiles(files, { policiesDir = path.join(root, 'policies'), readPolicy } = {}) {
  if (!fs.existsSync(policiesDir)) {
    files.set('policies/index.json', '[]\n');
    return;
  }
  const names = fs.readdirSync(policiesDir).filter((name) => name.endsWith('.json')).sort();
  const read = readPolicy ?? (names.length ? defaultPolicyReader() : undefined);
  const seen = new Map();
  const policies = [];
  for (const name of names) {
    const file = path.join(policiesDir, name);
    const profile = read(file);
    if (seen.has(profile.id)) throw new Error(`policies/${name}: id: "${profile.id}" is also the id in policies/${seen.get(profile.id)}`);
    seen.set(profile.id, name);
    const text = fs.readFileSync(file, 'utf8');
    files.set(`policies/${name}`, text);
    const { $schema, ...policy } = JSON.parse(text.replace(/^\uFEFF/, ''));
    policies.push(policy);
  }
  files.set('policies/index.json', `${JSON.stringify(policies, null, 2)}\n`);
}

/**
 * Every non-bundle file of dist/, by path relative to dist/.
 * options: origin (ADDIN_ORIGIN; default the dev origin), supportContact (ADDIN_SUPPORT_CONTACT),
 * version (default package.json's). Throws an Error with a one-line message when the origin is not
 * usable or the manifest would be wrong.
 */
function distFiles(options = {}) {
  const base = addinOrigin(options.origin);
  const version = options.version ?? JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const files = new Map();

  const manifest = rewriteManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), { base, version });
  const problems = checkManifest(manifest, { base });
  if (problems.length) throw new Error(`dist/manifest.xml would be wrong: ${problems.join('; ')}`);
  files.set('manifest.xml', manifest);

  const support = fs.readFileSync(path.join(root, 'src', 'taskpane', 'support.html'), 'utf8');
  if (!support.includes('<!-- support-contact -->')) throw new Error('src/taskpane/support.html has no <!-- support-contact --> marker');
  files.set('support.html', support.replace('<!-- support-contact -->', supportContactHtml(options.supportContact)));

  policyFiles(files, options);
  return files;
}

/** A webpack plugin that emits distFiles() (so the dev server serves them too). */
class DistFilesPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('DistFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'DistFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        let files;
        try {
          files = distFiles(this.options);
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(error.message));
          return;
        }
        for (const [name, content] of files) compilation.emitAsset(name, new sources.RawSource(content));
      });
      // Rebuild when the council edits these while the dev server runs.
      compilation.hooks.finishModules.tap('DistFilesPlugin', () => {
        for (const file of ['manifest.xml', 'package.json', 'src/taskpane/support.html']) compilation.fileDependencies.add(path.join(root, file));
        compilation.contextDependencies.add(path.join(root, 'policies'));
      });
    });
  }
}

module.exports = { distFiles, supportContactHtml, DistFilesPlugin };
