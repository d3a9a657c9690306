// npm run screenshots: rebuild the pane and run the browser tests with their pictures written to
// docs/screenshots (a normal test run writes them to .test-output/ and leaves tracked files alone).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, SCREENSHOTS_DIR: 'docs/screenshots' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run([require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production']);
// jest's package exports do not include its bin file: find it next to its package.json.
run([path.join(path.dirname(require.resolve('jest/package.json')), 'bin', 'jest.js'), 'test/browser', '--maxWorkers=1']);
