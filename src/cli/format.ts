import { getProfile, STATUS_TEXT, templateSection, type Finding, type SectionId, type Severity } from '../core';
import { sectionOfParagraph, type FileReport } from './report';

const COLOURS = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };
type Paint = (colour: keyof typeof COLOURS, text: string) => string;

export function painter(enabled: boolean): Paint {
  return (colour, text) => (enabled ? `${COLOURS[colour]}${text}${COLOURS.reset}` : text);
}

const SEVERITY_COLOUR: Record<Severity, keyof typeof COLOURS> = { error: 'red', warning: 'yellow', info: 'cyan' };
const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

function sectionTitle(id: SectionId | 'other', profileId: string): string {
  if (id === 'other') return 'Elsewhere in the agreement';
  return templateSection(getProfile(profileId), id)?.heading ?? id;
}

/** Human-readable report for one file, grouped by section. */
export function formatReport(report: FileReport, paint: Paint): string {
  const lines: string[] = [];
  lines.push(paint('bold', `${report.file}`) + paint('dim', `  (profile: ${report.profile})`));
  if (report.paragraphs.every((paragraph) => paragraph.trim() === '')) {
    lines.push(paint('red', '  This document has no text: it is empty, or not a Word document this checker can read. Check it is the right file.'));
  }
  if (report.missingSections.length) {
    lines.push(paint('red', `  Missing: ${report.missingSections.map((id) => sectionTitle(id, report.profile).toLowerCase()).join('; ')}`));
  }
  const sections = sectionOfParagraph(report);
  const groups = new Map<SectionId | 'other', Finding[]>();
  for (const finding of report.findings) {
    const key = finding.section ?? sections.get(finding.paragraph) ?? 'other';
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  for (const [section, findings] of groups) {
    lines.push('');
    lines.push(paint('bold', `  ${sectionTitle(section, report.profile)}`) + paint('dim', ` (${findings.length})`));
    for (const finding of findings) {
      const tag = paint(SEVERITY_COLOUR[finding.severity], SEVERITY_WORD[finding.severity].padEnd(7));
      // A finding about the whole document (a missing section) points at the start of the first paragraph.
      const where = finding.section && finding.start === finding.end ? 'whole agreement' : `paragraph ${finding.paragraph + 1}`;
      lines.push(`    ${tag} ${paint('dim', finding.category)}  ${where}`);
      if (finding.excerpt) lines.push(`      ${context(report.paragraphs[finding.paragraph], finding, paint)}`);
      lines.push(`      ${finding.message}`);
      if (finding.suggestions.length) lines.push(paint('green', `      Try: ${finding.suggestions.slice(0, 3).join(' | ')}`));
      lines.push(paint('dim', `      Guidance: ${finding.source}`));
    }
  }
  if (report.checklist) {
    lines.push('');
    lines.push(paint('bold', '  Sign-off checklist'));
    for (const item of report.checklist) {
      const ok = item.status === 'pass' || item.status === 'confirmed';
      const mark = ok ? paint('green', '[x]') : paint(item.kind === 'automatic' ? 'red' : 'yellow', '[ ]');
      const who = item.confirmedBy ? paint('dim', ` (${item.confirmedBy}, ${item.confirmedOn})`) : '';
      lines.push(`    ${mark} ${item.label}: ${STATUS_TEXT[item.status]}${who}${item.reason ? ` - reason: ${item.reason}` : ''}`);
    }
  }
  if (report.trackedChanges?.length) {
    lines.push('');
    lines.push(paint('bold', `  Tracked changes (${report.trackedChanges.length}); checked as if all were accepted`));
    for (const change of report.trackedChanges) {
      lines.push(`    ${change.type} by ${change.author || 'unknown'}${change.date ? ` on ${change.date.slice(0, 10)}` : ''} in ${change.section}${change.text ? `: "${change.text}"` : ''}`);
    }
  }
  for (const change of report.checklistChanges ?? []) {
    lines.push(paint(change.effect === 'fixes' ? 'green' : 'red', `    ${change.label}: ${change.effect === 'fixes' ? 'now passes with the changes' : 'the changes make this fail'} (${STATUS_TEXT[change.before as 'pass']} → ${STATUS_TEXT[change.after as 'pass']})`));
  }
  for (const note of report.notes ?? []) lines.push(paint('yellow', `  ${note}`));
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  lines.push('');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`  ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`);
  if (report.findingsOmitted) {
    lines.push(paint('yellow', `  ${plural(report.findingsOmitted, 'more finding')} not shown: at most ${report.findings.length} are listed per file, errors first. Fix these and check again.`));
  }
  return lines.join('\n');
}

function context(paragraph: string, finding: Finding, paint: Paint): string {
  const before = paragraph.slice(Math.max(0, finding.start - 40), finding.start);
  const after = paragraph.slice(finding.end, finding.end + 40);
  return `${finding.start > 40 ? '\u2026' : ''}${before}${paint('bold', `[${finding.excerpt}]`)}${after}${finding.end + 40 < paragraph.length ? '\u2026' : ''}`.replace(/\s+/g, ' ');
}
