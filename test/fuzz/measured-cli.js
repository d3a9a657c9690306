// Runs the built CLI in this process and, as the process exits, writes its peak resident memory
// (all threads, in kilobytes) and processor time (user and system, all threads, in microseconds) to
// the file named first: `node measured-cli.js <out> <cli args...>`.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const out = process.argv[2];
process.argv.splice(2, 1);
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(out, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
require(join(__dirname, '..', '..', 'build', 'src', 'cli', 'entry.js')).cliMain();
