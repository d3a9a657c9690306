import { registerPolicy, type RuleTimes, type Severity } from '../core';
import type { RuleTimeRows } from './timing';
import { readAgreementFile, UnreadableFileError, type AgreementFile } from '../io/read-agreement';
import type { CheckOptions } from './args';
import { formatReport, painter } from './format';
import { buildReport, type FileReport } from './report';

/**
 * At most this many findings are reported per file. A real agreement has tens; a file with
 * thousands is a flood (one phrase pasted over and over), and reporting them all would only bury the
 * useful ones and, over a batch, exhaust memory. The rest are counted in `findingsOmitted`.
 */
export const MAX_FINDINGS_PER_FILE = 500;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** What checking one file gives: its report already formatted, or a one-line reason it was not checked. */
export type FileOutcome =
  | { ok: true; file: string; text: string | Uint8Array; failing: boolean; ruleTimes?: RuleTimeRows }
  | { ok: false; file: string; reason: string };

export type FileCheckOptions = Pick<CheckOptions, 'profile' | 'policyProfile' | 'json' | 'failOn' | 'checklist'> & { colour: boolean; verbose?: boolean; timing?: boolean };

/**
 * Read, check and format one file. Never throws: an unreadable file or a fault in the checker is an
 * outcome with a one-line reason (our own words, never document text or a stack trace).
 * `indent` prefixes every line of JSON output (for an element of the array of several files).
 */
export function checkFile(file: string, options: FileCheckOptions, indent = ''): FileOutcome {
  let content;
  try {
    content = readAgreementFile(file);
  } catch (error) {
    return { ok: false, file, reason: error instanceof UnreadableFileError ? error.message : 'could not be read' };
  }
  return checkContent(file, content, options, indent);
}

/** Check and format an agreement already read (checkFile, and the worker's warm-up on its own sample). */
export function checkContent(file: string, content: AgreementFile, options: FileCheckOptions, indent = ''): FileOutcome {
  try {
    // A council policy read by the main thread: registered here too (this may be a worker thread).
    if (options.policyProfile) registerPolicy(options.policyProfile);
    const ruleTimes: RuleTimes | undefined = options.timing ? new Map() : undefined;
    const report = buildReport(file, content, { ...options, ruleTimes });
    const failing = options.failOn !== 'none' && report.findings.some((f) => RANK[f.severity] >= RANK[options.failOn as Severity]);
    const capped = capFindings(report, MAX_FINDINGS_PER_FILE);
    const text = options.json ? indentLines(JSON.stringify(capped, null, 2), indent) : formatReport(capped, painter(options.colour), { verbose: options.verbose });
    return { ok: true, file, text, failing, ...(ruleTimes ? { ruleTimes: [...ruleTimes] } : {}) };
  } catch {
    return { ok: false, file, reason: 'the checker failed on this file (an internal error; please report it)' };
  }
}

/**
 * The report with at most `limit` findings, still in document order: errors are kept first, then
 * warnings, then notes, so a flood of notes never hides a missing section. `findingsOmitted` says
 * how many were left out (0 when none), and checklist items point only at findings still listed.
 */
export function capFindings(report: FileReport, limit: number): FileReport {
  const findings = report.findings;
  if (findings.length <= limit) return { ...report, findingsOmitted: 0 };
  const keep = new Uint8Array(findings.length);
  let kept = 0;
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (let i = 0; i < findings.length && kept < limit; i++) {
      if (findings[i].severity === severity) {
        keep[i] = 1;
        kept++;
      }
    }
  }
  const newIndex = new Int32Array(findings.length).fill(-1);
  const capped = [];
  for (let i = 0; i < findings.length; i++) {
    if (!keep[i]) continue;
    newIndex[i] = capped.length;
    capped.push(findings[i]);
  }
  const checklist = report.checklist?.map((item) => ({ ...item, findings: item.findings.map((i) => newIndex[i]).filter((i) => i >= 0) }));
  return { ...report, findings: capped, findingsOmitted: findings.length - capped.length, ...(checklist ? { checklist } : {}) };
}

function indentLines(text: string, indent: string): string {
  return indent ? indent + text.replace(/\n/g, `\n${indent}`) : text;
}
