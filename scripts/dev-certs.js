// The development certificate that office-addin-dev-certs installs for https://localhost, shared by
// webpack.config.js (the dev server) and scripts/start.js (what npm start says and does).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Pinned: npm start and npm stop fetch exactly these through npx (never a moving "latest"). */
const DEV_CERTS_PACKAGE = 'office-addin-dev-certs@3.0.0';
const DEBUGGING_PACKAGE = 'office-addin-debugging@7.0.0';

function certificateDir(home = os.homedir()) {
  return path.join(home, '.office-addin-dev-certs');
}

/** The key and certificate files for https://localhost, or undefined when they are not installed. */
function devCertificates(home = os.homedir()) {
  const dir = certificateDir(home);
  const files = { key: path.join(dir, 'localhost.key'), cert: path.join(dir, 'localhost.crt'), ca: path.join(dir, 'ca.crt') };
  if (!fs.existsSync(files.key) || !fs.existsSync(files.cert)) return undefined;
  return files;
}

module.exports = { DEV_CERTS_PACKAGE, DEBUGGING_PACKAGE, certificateDir, devCertificates };
