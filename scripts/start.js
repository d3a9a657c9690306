#!/usr/bin/env node
// npm start: serve the add-in on this computer (https://localhost:3000 when the development
// certificate is installed, otherwise http, and it says which) and, on Windows or macOS, sideload
// it into desktop Word. The Office tools run through npx at pinned versions, only here: their
// native keytar dependency does not build where Word does not run. `npm stop` undoes it.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { DEBUGGING_PACKAGE, DEV_CERTS_PACKAGE, certificateDir, devCertificates } = require('./dev-certs.js');

const root = path.join(__dirname, '..');
const PORT = 3000;

/** Where npm start records the running server for npm stop (one file per checkout). */
function stateFile() {
  const id = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `clear-agreements-dev-${id}.json`);
}

/** npx on every system: on Windows it is npx.cmd, which current Node runs only through a shell. */
function npx(args, options = {}) {
  return { command: 'npx', args, options: { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options } };
}

/**
 * What npm start will do, as data (the tests read it): the messages, whether it installs the
 * certificate first, the server command and the sideload command.
 */
function plan({ platform = process.platform, certificates = devCertificates() !== undefined } = {}) {
  const sideloads = platform === 'win32' || platform === 'darwin';
  const steps = [];
  const say = [];
  let https = certificates;
  if (!certificates && sideloads) {
    // Desktop Word loads add-ins only over https from a trusted certificate: make and trust one.
    steps.push(npx(['--yes', DEV_CERTS_PACKAGE, 'install']));
    say.push(`Installing a development certificate for https://localhost (${DEV_CERTS_PACKAGE}); your system may ask you to trust it.`);
    https = true;
  }
  const url = `${https ? 'https' : 'http'}://localhost:${PORT}`;
  say.push(`Clear Agreements is being served on ${url} (this computer only).`);
  if (!https) {
    say.push(
      'No development certificate was found, so this is plain http, which Word will not load.',
      `For https run "npx ${DEV_CERTS_PACKAGE} install" (it writes ${certificateDir()}; trusting its CA may need administrator rights), then npm start again.`,
    );
  }
  const sideload = sideloads ? npx(['--yes', DEBUGGING_PACKAGE, 'start', 'manifest.xml', 'desktop', '--no-debug']) : undefined;
  if (sideloads) {
    say.push(`Word will open with the add-in (${DEBUGGING_PACKAGE}); choose Home > Check agreement. npm stop closes the server and removes the add-in.`);
  } else {
    say.push(
      'Desktop Word does not run on this system. To try the add-in in Word on the web (needs the https certificate, trusted by your browser):',
      '  1. Open a document at https://www.office.com in Word.',
      '  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.',
      '  3. Choose manifest.xml from this folder, then select "Check agreement" on the Home tab.',
      'npm stop closes the server.',
    );
  }
  say.push('Microsoft\u2019s add-in tools can send usage data; turn that off with "npx office-addin-usage-data off".');
  // webpack-cli run by this Node directly (no npx, no shell), so npm stop's signal reaches the server.
  const server = { command: process.execPath, args: [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], options: { cwd: root, stdio: 'inherit' } };
  return { url, https, steps, server, sideload, say };
}

function main() {
  const previous = readState();
  if (previous && isRunning(previous.pid)) {
    process.stderr.write(`A development server is already running (process ${previous.pid}); run npm stop first.\n`);
    process.exit(1);
  }
  const { steps, server, sideload, say } = plan();
  for (const step of steps) {
    const result = spawnSync(step.command, step.args, step.options);
    if (result.status !== 0 || devCertificates() === undefined) {
      process.stderr.write(`The development certificate could not be installed (${DEV_CERTS_PACKAGE} exited ${result.status}). Run "npx ${DEV_CERTS_PACKAGE} install" yourself, then npm start again.\n`);
      process.exit(1);
    }
  }
  const child = spawn(server.command, server.args, server.options);
  fs.writeFileSync(stateFile(), JSON.stringify({ pid: process.pid, server: child.pid, sideloaded: sideload !== undefined }));
  const forget = () => {
    try {
      fs.rmSync(stateFile(), { force: true });
    } catch {
      // Nothing to clean up.
    }
  };
  const stop = () => {
    child.kill();
    forget();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', (code) => {
    forget();
    process.exit(code ?? 0);
  });
  process.stdout.write(['', ...say, ''].join('\n') + '\n');
  if (sideload) setTimeout(() => spawn(sideload.command, sideload.args, sideload.options), 8000);
}

function readState() {
  try {
    return JSON.parse(fs.readFileSync(stateFile(), 'utf8'));
  } catch {
    return undefined;
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

module.exports = { plan, stateFile, readState, isRunning, npx };

if (require.main === module) main();
