import {
  analyse,
  buildChecklist,
  compareChecklists,
  findStoredSignOff,
  getProfile,
  parseSignOffRecord,
  type AnalysisResult,
  type ChecklistItem,
  type RuleTimes,
  type SectionId,
} from '../core';
import type { AgreementFile } from '../io/read-agreement';
import { ENGINE_TIME } from './timing';

export interface FileReport extends AnalysisResult {
  file: string;
  checklist?: Array<Pick<ChecklistItem, 'id' | 'label' | 'kind' | 'status' | 'findings'> & { confirmedBy?: string; confirmedOn?: string; reason?: string }>;
  trackedChanges?: Array<{ type: string; author: string; date: string; section: string; text: string }>;
  /** With tracked changes: how each checklist item reads before and after the changes. */
  checklistChanges?: Array<{ id: string; label: string; before: string; after: string; effect: string }>;
  /** A problem reading stored sign-off details (never fatal). */
  notes?: string[];
  /** How many findings were left out of `findings` by the per-file cap (see check-file.ts). */
  findingsOmitted?: number;
}

/** Which section each paragraph belongs to (first match), for grouping output. */
export function sectionOfParagraph(result: AnalysisResult): Map<number, SectionId> {
  const map = new Map<number, SectionId>();
  for (const [id, info] of Object.entries(result.sections) as Array<[SectionId, { paragraphs: number[] }]>) {
    for (const paragraph of info.paragraphs) if (!map.has(paragraph)) map.set(paragraph, id);
  }
  return map;
}

export function buildReport(file: string, content: AgreementFile, options: { profile?: string; checklist: boolean; ruleTimes?: RuleTimes }): FileReport {
  const profile = getProfile(options.profile);
  // A document always has a paragraph, as in Word: an empty file is one empty paragraph, so what a
  // blank document is missing has somewhere to point (paragraph 0, offset 0, an empty excerpt).
  if (content.blocks.length === 0) content = { ...content, blocks: [{ kind: 'paragraph', text: '' }] };
  const result = timedAnalysis(content.blocks, profile.id, options.ruleTimes);
  const report: FileReport = {
    file,
    profile: result.profile,
    paragraphs: result.paragraphs,
    findings: result.findings,
    sections: result.sections,
    missingSections: result.missingSections,
  };
  if (!options.checklist) return report;

  const stored = parseSignOffRecord(findStoredSignOff(content.addinSettings, content.customXmlParts));
  if (stored.problem) report.notes = [stored.problem];
  report.checklist = buildChecklist(result, profile, stored.record).map((item) => ({
    id: item.id,
    label: item.label,
    kind: item.kind,
    status: item.status,
    findings: item.findings,
    ...(item.confirmedBy ? { confirmedBy: item.confirmedBy, confirmedOn: item.confirmedOn } : {}),
    ...(item.reason ? { reason: item.reason } : {}),
  }));
  if (content.trackedChanges.length) {
    // The original text: deleted words back in, inserted words out.
    const originalBlocks = content.blocks.map((block) => (block.originalText !== undefined ? { ...block, text: block.originalText } : block));
    const original = buildChecklist(analyse(originalBlocks, { profile: profile.id }), profile, stored.record);
    const accepted = buildChecklist(result, profile, stored.record);
    report.checklistChanges = compareChecklists(original, accepted).filter((change) => change.effect !== 'same');
  }
  const sections = sectionOfParagraph(result);
  report.trackedChanges = content.trackedChanges.map((change) => ({
    type: change.type,
    author: change.author,
    date: change.date,
    section: change.block >= 0 ? sectionBefore(sections, change.block) : 'deleted paragraph',
    text: change.text,
  }));
  return report;
}

/** The section a block is in, or the nearest section above it. */
function sectionBefore(sections: Map<number, SectionId>, block: number): string {
  for (let i = block; i >= 0; i--) {
    const id = sections.get(i);
    if (id) return id;
  }
  return 'none';
}

/** The analysis; with `ruleTimes`, each check's milliseconds are added to it, and the rest of the analysis under ENGINE_TIME. */
function timedAnalysis(blocks: AgreementFile['blocks'], profile: string, ruleTimes: RuleTimes | undefined) {
  if (!ruleTimes) return analyse(blocks, { profile });
  const inChecks = () => [...ruleTimes.entries()].reduce((sum, [id, ms]) => (id === ENGINE_TIME ? sum : sum + ms), 0);
  const before = inChecks();
  const started = performance.now();
  const result = analyse(blocks, { profile, ruleTimes });
  const elapsed = performance.now() - started;
  ruleTimes.set(ENGINE_TIME, (ruleTimes.get(ENGINE_TIME) ?? 0) + elapsed - (inChecks() - before));
  return result;
}
