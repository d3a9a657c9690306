// The document-level checks: which sections are present (section-presence.ts, from the section
// table), then each document rule over the whole agreement.
import type { DateAt } from './paragraph-dates';
import type { DocumentView } from './document-view';
import type { AgreementDates, DateMention, Finding, SectionId, SectionInfo } from './model';
import { SECTION_IDS } from './model';
import { formatMessage, type Anchor, type DocumentContext, type DocumentRule } from './rule';
import type { RuleTimes } from './rule-runner';
import { DOCUMENT_RULES } from './rules';
import { findSections, type SectionsFound } from './section-presence';
import { trimSpan } from './text';

export interface DocumentCheckResult {
  findings: Finding[];
  sections: Partial<Record<SectionId, SectionInfo>>;
  missingSections: SectionId[];
  dates: AgreementDates;
}

/** Where `times` counts the section presence and date finding that every document rule shares. */
export const SECTIONS_TIMING = '(sections and dates)';

export function checkDocument(view: DocumentView, times?: RuleTimes): DocumentCheckResult {
  const started = times ? performance.now() : 0;
  const found = findSections(view);
  if (times) times.set(SECTIONS_TIMING, (times.get(SECTIONS_TIMING) ?? 0) + performance.now() - started);
  const missingSections = view.profile.requiredSections.filter((id) => !found.present.get(id));
  const context: DocumentContext = { view, sections: found, missingSections, anchor: anchoring(view.texts) };
  const findings: Finding[] = [];
  for (const rule of DOCUMENT_RULES) {
    const started = times ? performance.now() : 0;
    for (const raw of rule.check(context)) findings.push(toFinding(rule, raw, view.texts));
    if (times) times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - started);
  }
  const dates = { agreement: mention(found.agreementDate), review: mention(found.review.date), end: mention(found.endDate) };
  return { findings, sections: sectionInfo(found, view), missingSections, dates };
}

/** A found date as the result reports it: where it is, and the calendar day (local, yyyy-mm-dd). */
function mention(found: DateAt | null): DateMention | null {
  if (!found) return null;
  const d = found.date;
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { paragraph: found.paragraph, start: found.start, end: found.end, iso };
}

function sectionInfo(found: SectionsFound, view: DocumentView): Partial<Record<SectionId, SectionInfo>> {
  const sections: Partial<Record<SectionId, SectionInfo>> = {};
  for (const id of SECTION_IDS) {
    const list = found.paragraphs.get(id) ?? [];
    const present = found.present.get(id) ?? false;
    // (Results are read-only: a list kept between runs is handed out as it is.)
    sections[id] = { present, paragraphs: found.extended.has(id) ? view.scans.ascending(id, list) : list, ...(present && found.byContent.has(id) ? { via: 'content' as const } : {}) };
  }
  return sections;
}

/** Anchors findings about the whole agreement: see DocumentContext.anchor. */
function anchoring(texts: readonly string[]): DocumentContext['anchor'] {
  const firstContent = texts.findIndex((t) => t.trim().length > 0);
  return (paragraphs) => {
    const i = paragraphs?.find((x) => texts[x].trim().length > 0);
    // A blank document must still report what it is missing: with no paragraph of text, point at
    // the start of its first paragraph.
    if (i === undefined) return firstContent >= 0 ? { paragraph: firstContent, start: 0, end: 0 } : texts.length > 0 ? { paragraph: 0, start: 0, end: 0 } : null;
    return { paragraph: i, ...trimSpan(texts[i], 0, texts[i].length) };
  };
}

function toFinding(rule: DocumentRule, raw: { at: Anchor; messageId: string; data?: Record<string, string | number>; suggestions: string[]; severity?: Finding['severity']; section?: SectionId }, texts: readonly string[]): Finding {
  const template = rule.messages[raw.messageId];
  if (template === undefined) throw new Error(`Rule ${rule.id} has no message ${raw.messageId}`);
  const { at } = raw;
  return {
    ruleId: rule.id,
    messageId: raw.messageId,
    category: rule.category,
    severity: raw.severity ?? rule.severity,
    message: formatMessage(template, raw.data),
    paragraph: at.paragraph,
    start: at.start,
    end: at.end,
    excerpt: texts[at.paragraph].slice(at.start, at.end),
    suggestions: raw.suggestions,
    source: rule.source,
    ...(raw.section ? { section: raw.section } : {}),
  };
}
