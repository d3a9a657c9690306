// What every CLI run must look like, whatever the input: exit code 0, 1 or 2; no stack trace; each
// unreadable file one line on stderr; and JSON whose findings point exactly into their paragraphs.

interface Report {
  file: string;
  paragraphs: string[];
  findings: Array<{ paragraph: number; start: number; end: number; excerpt: string; severity: string }>;
  findingsOmitted?: number;
}

export function outputProblems(code: number | null, stdout: string, stderr: string): string[] {
  const problems: string[] = [];
  if (code !== 0 && code !== 1 && code !== 2) problems.push(`exit code ${code}`);
  if (/\n\s+at |Error:|TypeError|RangeError/.test(stderr)) problems.push('stack trace or raw error on stderr');
  const lines = stderr.split('\n').filter(Boolean);
  if (lines.some((line) => !line.startsWith('agreement-check: '))) problems.push('stderr line not in the one-line form');
  if (code === 2 && lines.length === 0) problems.push('exit 2 without a reason');
  if (stdout.trim() === '') {
    if (code !== 2) problems.push('no report and no reason');
    return problems;
  }
  let parsed: Report | Report[];
  try {
    parsed = JSON.parse(stdout) as Report | Report[];
  } catch {
    problems.push('stdout is not JSON');
    return problems;
  }
  for (const report of Array.isArray(parsed) ? parsed : [parsed]) {
    if (report.paragraphs.length === 0) problems.push('a report with no paragraph');
    for (const f of report.findings) {
      const text = report.paragraphs[f.paragraph];
      if (text === undefined || !(f.start >= 0 && f.start <= f.end && f.end <= text.length) || text.slice(f.start, f.end) !== f.excerpt) {
        problems.push(`finding outside its paragraph or excerpt not its slice (paragraph ${f.paragraph}, ${f.start}-${f.end})`);
        break;
      }
    }
    if (report.findings.length > 500) problems.push(`${report.findings.length} findings: over the cap`);
    // A blank document must fail loudly.
    if (report.paragraphs.every((t) => t.trim() === '') && code === 0) problems.push('a blank document passed');
  }
  return problems;
}
