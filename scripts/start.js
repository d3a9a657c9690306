#!/usr/bin/env node
// npm start: serve the add-in on https://localhost:3000 and, on Windows or macOS, sideload it into
// desktop Word. office-addin-debugging runs through npx only here, because its native keytar
// dependency does not build on machines where Word does not run.
const { spawn } = require('node:child_process');

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { ...process.env };

const server = spawn(npx, ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));

if (process.platform === 'win32' || process.platform === 'darwin') {
  setTimeout(() => {
    spawn(npx, ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--no-debug'], { stdio: 'inherit', env });
  }, 8000);
} else {
  process.stdout.write(
    [
      '',
      'Clear Agreements is being served on https://localhost:3000 (see docs/add-in.md).',
      'Desktop Word does not run on this system. To try the add-in in Word on the web:',
      '  1. Open a document at https://www.office.com in Word.',
      '  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.',
      '  3. Choose manifest.xml from this folder, then select "Check agreement" on the Home tab.',
      'Word on the web needs https: run "npx office-addin-dev-certs install" once and trust its certificate.',
      'Microsoft\'s add-in developer tools can send usage data; turn that off with "npx office-addin-usage-data off".',
      '',
    ].join('\n'),
  );
}
