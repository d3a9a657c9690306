import { getProfile, STATUS_TEXT, templateSection, type Finding, type RuleMeta, type SectionId, type Severity } from '../core';
import { sectionOfParagraph, type FileReport } from './report';

const COLOURS = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };
type Paint = (colour: keyof typeof COLOURS, text: string) => string;

export function painter(enabled: boolean): Paint {
  return (colour, text) => (enabled ? `${COLOURS[colour]}${text}${COLOURS.reset}` : text);
}

const SEVERITY_COLOUR: Record<Severity, keyof typeof COLOURS> = { error: 'red', warning: 'yellow', info: 'cyan' };
/** The words a reader sees for severities, the same in the report, the summary and --rules. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** One line of --rules: the rule, its category and severity in the report's words, and its guidance. */
export function formatRule(rule: Pick<RuleMeta, 'id' | 'category' | 'severity' | 'description' | 'source'>): string {
  return `${rule.id} (${rule.category}, ${SEVERITY_WORD[rule.severity]}): ${rule.description}\n    Guidance: ${rule.source}\n`;
}

/** Short names for the guidance documents, in the order their full titles are recognised. */
const SHORT_NAMES: Array<[RegExp, string]> = [
  [/^Derby and Derbyshire/, 'Derby'],
  [/^Written Agreements . Child in Need and Child Protection/, 'CIN/CP'],
  [/^Rutland/, 'Rutland'],
  [/^Plain English/i, 'Plain English'],
];

/**
 * One short citation for a finding ("Derby §6", "CIN/CP §2.3", "Derby Appendix 1"): the part of
 * its guidance from the profile's own document when it cites it, otherwise the first part.
 */
export function shortCitation(source: string, profileGuidance: string): string {
  const parts = source.split(/;\s+(?=[A-Z])/);
  const own = profileGuidance ? parts.find((part) => part.startsWith(profileGuidance)) : undefined;
  // A general source that names the profile's document in passing ("... Derby and Derbyshire §6").
  const ownName = SHORT_NAMES.find(([pattern]) => pattern.test(profileGuidance))?.[1];
  const mention = !own && ownName ? new RegExp(`${ownName === 'Derby' ? 'Derby and Derbyshire' : ownName.replace('/', '\\/')}(?: [\\d.]+)? (§[\\d.]*\\d)`).exec(source) : null;
  if (mention) return `${ownName} ${mention[1]}`;
  const part = own ?? parts[0] ?? source;
  const name = SHORT_NAMES.find(([pattern]) => pattern.test(part))?.[1];
  if (!name) return part.length > 40 ? `${part.slice(0, 39)}\u2026` : part;
  if (name === 'Plain English') return 'Plain English';
  const where = /§\s?[\d.]*\d|Appendix \d+/.exec(part.slice(part.indexOf(',') + 1))?.[0];
  return where ? `${name} ${where.replace(/§\s/, '§')}` : name;
}

function sectionTitle(id: SectionId | 'other', profileId: string): string {
  if (id === 'other') return 'Elsewhere in the agreement';
  return templateSection(getProfile(profileId), id)?.heading ?? id;
}

export interface FormatOptions {
  /** Full guidance citations and paragraph numbers. */
  verbose?: boolean;
}

/** What a missing-section finding says about its part, in a few words after the part's name. */
function partState(finding: Finding | undefined): string {
  if (!finding || finding.messageId === 'missingSection') return 'not in this agreement';
  return finding.message;
}

/** Human-readable report for one file: the missing parts once each, then findings grouped by section. */
export function formatReport(report: FileReport, paint: Paint, options: FormatOptions = {}): string {
  const guidance = getProfile(report.profile).guidance;
  const lines: string[] = [];
  lines.push(paint('bold', `${report.file}`) + paint('dim', `  (profile: ${report.profile})`));
  if (report.paragraphs.every((paragraph) => paragraph.trim() === '')) {
    lines.push(paint('red', '  This document has no text: it is empty, or not a Word document this checker can read. Check it is the right file.'));
  }
  // Each part the policy asks for that is absent, empty or undated: listed once, here, and not
  // again below. A part that is there but has no date says so rather than being called missing.
  const partFindings = new Map<SectionId, Finding>();
  for (const finding of report.findings) if (finding.category === 'missing-section' && finding.section && !partFindings.has(finding.section)) partFindings.set(finding.section, finding);
  const parts = [...new Set([...report.missingSections, ...partFindings.keys()])];
  if (parts.length) {
    const absent = parts.filter((id) => partState(partFindings.get(id)) === 'not in this agreement');
    lines.push(paint('red', `  Missing (${absent.length}): ${absent.map((id) => sectionTitle(id, report.profile)).join('; ') || 'nothing'}`));
    for (const id of parts) {
      const finding = partFindings.get(id);
      if (partState(finding) === 'not in this agreement') continue;
      lines.push(paint('yellow', `  ${sectionTitle(id, report.profile)}: ${finding!.message}`));
    }
    const cited = [...new Set(parts.map((id) => partFindings.get(id)).filter((f): f is Finding => !!f).map((f) => (options.verbose ? f.source : shortCitation(f.source, guidance))))];
    if (cited.length) lines.push(paint('dim', `  Guidance: ${cited.join('; ')}`));
  }
  const sections = sectionOfParagraph(report);
  const groups = new Map<SectionId | 'other', Finding[]>();
  for (const finding of report.findings) {
    if (finding.section && partFindings.get(finding.section) === finding) continue;
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
      // Where it is: the section (the heading above) and a quotation; the paragraph number only with --verbose.
      const whole = finding.section !== undefined && finding.start === finding.end;
      const where = whole ? '  whole agreement' : options.verbose ? `  paragraph ${finding.paragraph + 1}` : '';
      lines.push(`    ${tag} ${paint('dim', finding.category)}${where}  ${paint('dim', `(${shortCitation(finding.source, guidance)})`)}`);
      if (finding.excerpt) lines.push(`      ${context(report.paragraphs[finding.paragraph], finding, paint)}`);
      else if (!whole && report.paragraphs[finding.paragraph]?.trim()) lines.push(`      ${quote(report.paragraphs[finding.paragraph])}`);
      lines.push(`      ${finding.message}`);
      if (finding.suggestions.length) lines.push(paint('green', `      Try: ${finding.suggestions.slice(0, 3).join(' | ')}`));
      if (options.verbose) lines.push(paint('dim', `      Guidance: ${finding.source}`));
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

/** The start of a paragraph, quoted, for a finding about the whole paragraph. */
function quote(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  return `\u201c${text.length > 80 ? `${text.slice(0, 79)}\u2026` : text}\u201d`;
}

function context(paragraph: string, finding: Finding, paint: Paint): string {
  const before = paragraph.slice(Math.max(0, finding.start - 40), finding.start);
  const after = paragraph.slice(finding.end, finding.end + 40);
  return `${finding.start > 40 ? '\u2026' : ''}${before}${paint('bold', `[${finding.excerpt}]`)}${after}${finding.end + 40 < paragraph.length ? '\u2026' : ''}`.replace(/\s+/g, ' ');
}
