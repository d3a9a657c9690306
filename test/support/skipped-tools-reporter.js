// Jest reporter: after a run, list the tests skipped because a system tool is missing, with the
// command that installs it (test/support/system-tools.ts puts the reason in the skipped title).
const MARK = '[skipped, needs a system tool]';

class SkippedToolsReporter {
  onRunComplete(_contexts, results) {
    const reasons = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status !== 'pending' || !test.title.includes(MARK)) continue;
        const [name, reason] = test.title.split(MARK).map((part) => part.trim());
        if (!reasons.has(reason)) reasons.set(reason, []);
        reasons.get(reason).push(name);
      }
    }
    if (reasons.size === 0) return;
    const count = [...reasons.values()].reduce((sum, names) => sum + names.length, 0);
    const lines = ['', `${count} test${count === 1 ? '' : 's'} skipped because a system tool is missing (under CI=true they fail instead):`];
    for (const [reason, names] of reasons) {
      lines.push(`  ${reason}`);
      for (const name of names) lines.push(`    - ${name}`);
    }
    process.stderr.write(lines.join('\n') + '\n\n');
  }
}

module.exports = SkippedToolsReporter;
