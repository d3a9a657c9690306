#!/usr/bin/env node
// npm stop: close the development server that npm start left running and, on Windows or macOS,
// remove the sideloaded add-in from Word (office-addin-debugging at the same pinned version).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const { DEBUGGING_PACKAGE } = require('./dev-certs.js');
const { isRunning, npx, readState, stateFile } = require('./start.js');

function main() {
  const state = readState();
  let stopped = false;
  if (state) {
    for (const pid of [state.pid, state.server]) {
      if (!pid || !isRunning(pid)) continue;
      if (process.platform === 'win32') {
        // The server runs under a shell on Windows: end the whole tree.
        spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
      } else {
        process.kill(pid, 'SIGTERM');
      }
      stopped = true;
    }
    fs.rmSync(stateFile(), { force: true });
  }
  process.stdout.write(stopped ? 'Stopped the development server.\n' : 'No development server from npm start was running.\n');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const unload = npx(['--yes', DEBUGGING_PACKAGE, 'stop', 'manifest.xml']);
    const result = spawnSync(unload.command, unload.args, unload.options);
    process.exit(result.status ?? 0);
  }
}

main();
