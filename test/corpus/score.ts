import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyse, type AnalysisResult, type Block, type Category, type SectionId } from '../../src/core';
import { readAgreementBytes } from '../../src/io/read-agreement';

// Scores the engine against the labelled corpus: per-category precision and recall on single
// lines, and section decisions, expected flags and clean lines on whole agreements.

const CORPUS = __dirname;
const SECTION_HEADINGS: Record<string, string> = {
  family: 'What the family will do',
  professional: 'What the social worker and other professionals will do',
  contingency: 'If things go wrong',
  concerns: 'What we are worried about',
  purpose: 'Why we are making this agreement',
  review: 'When we will review this agreement',
};
export const LINE_CATEGORIES: Category[] = ['vague-task', 'jargon', 'acronym', 'threatening', 'victim-responsibility', 'contact-arrangements', 'readability'];

export interface LabelledLine {
  line: number;
  section: string;
  labels: string[];
  text: string;
}

export function readLines(file = 'lines.txt'): LabelledLine[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .map((raw, index) => ({ raw, index }))
    .filter(({ raw }) => raw.trim() && !raw.startsWith('#'))
    .map(({ raw, index }) => {
      const [section, labels, ...text] = raw.split(' | ');
      return { line: index + 1, section: section.trim(), labels: labels.trim() === '-' ? [] : labels.trim().split(','), text: text.join(' | ').trim() };
    });
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LineError {
  kind: 'false positive' | 'false negative';
  category: string;
  line: LabelledLine;
}

export function scoreLines(file = 'lines.txt'): { scores: CategoryScore[]; errors: LineError[] } {
  const errors: LineError[] = [];
  const counts = new Map(LINE_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  for (const line of readLines(file)) {
    const heading = SECTION_HEADINGS[line.section];
    if (!heading) throw new Error(`lines.txt:${line.line}: unknown section ${line.section}`);
    const result = analyse([
      { kind: 'heading', level: 2, text: heading },
      { kind: 'list-item', text: line.text },
    ]);
    const flagged = new Set(result.findings.filter((f) => f.paragraph === 1).map((f) => f.category));
    for (const category of LINE_CATEGORIES) {
      const c = counts.get(category)!;
      const expected = line.labels.includes(category);
      const got = flagged.has(category);
      if (expected && got) c.tp++;
      else if (!expected && got) {
        c.fp++;
        errors.push({ kind: 'false positive', category, line });
      } else if (expected && !got) {
        c.fn++;
        errors.push({ kind: 'false negative', category, line });
      }
    }
  }
  const scores = [...counts].map(([category, { tp, fp, fn }]) => {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { category, tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  return { scores, errors };
}

interface Expected {
  file?: string;
  profile: string;
  missing: SectionId[];
  present: SectionId[];
  flags: Array<{ category: string; contains: string }>;
  clean: string[];
}

export interface AgreementScore {
  name: string;
  decisions: number;
  wrongDecisions: string[];
  flagsFound: number;
  flagsMissed: string[];
  cleanLines: number;
  falseFlags: string[];
}

function loadBlocks(path: string): Block[] {
  if (extname(path) === '.json') return (JSON.parse(readFileSync(path, 'utf8')) as { blocks: Block[] }).blocks;
  return readAgreementBytes(readFileSync(path), extname(path)).blocks;
}

export function scoreAgreements(): AgreementScore[] {
  const dir = join(CORPUS, 'agreements');
  const scores: AgreementScore[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected;
    const base = name.replace('.expected.json', '');
    const source = expected.file ? join(dir, expected.file) : join(dir, readdirSync(dir).find((n) => n.startsWith(`${base}.`) && !n.endsWith('.expected.json'))!);
    const result = analyse(loadBlocks(source), { profile: expected.profile });
    scores.push(scoreAgreement(base, result, expected));
  }
  return scores;
}

function scoreAgreement(name: string, result: AnalysisResult, expected: Expected): AgreementScore {
  const wrongDecisions: string[] = [];
  for (const id of expected.missing) {
    if (!(result.missingSections.includes(id) || result.sections[id]?.present === false)) wrongDecisions.push(`${id} should be missing`);
  }
  for (const id of expected.present) {
    if (result.missingSections.includes(id) || result.sections[id]?.present !== true) wrongDecisions.push(`${id} should be present`);
  }
  const paragraphsWith = (snippet: string) => result.paragraphs.map((p, i) => (p.includes(snippet) ? i : -1)).filter((i) => i >= 0);
  const flagsMissed: string[] = [];
  for (const flag of expected.flags) {
    const where = paragraphsWith(flag.contains);
    if (where.length === 0) throw new Error(`${name}: no paragraph contains "${flag.contains}"`);
    if (!result.findings.some((f) => f.category === flag.category && where.includes(f.paragraph))) flagsMissed.push(`${flag.category}: ${flag.contains}`);
  }
  const falseFlags: string[] = [];
  for (const snippet of expected.clean) {
    const where = paragraphsWith(snippet);
    if (where.length === 0) throw new Error(`${name}: no paragraph contains "${snippet}"`);
    for (const f of result.findings.filter((x) => where.includes(x.paragraph))) falseFlags.push(`${f.category} on "${snippet}": ${f.excerpt}`);
  }
  return {
    name,
    decisions: expected.missing.length + expected.present.length,
    wrongDecisions,
    flagsFound: expected.flags.length - flagsMissed.length,
    flagsMissed,
    cleanLines: expected.clean.length,
    falseFlags,
  };
}

// ---- The real-layout set (test/corpus/real-layouts): whole .docx agreements with per-line labels. ----

/** Label tokens in the real-layout files and the finding category each one expects. */
export const LAYOUT_CATEGORIES: Array<{ label: string; category: Category }> = [
  { label: 'vague', category: 'vague-task' },
  { label: 'jargon', category: 'jargon' },
  { label: 'acronym', category: 'acronym' },
  { label: 'threat', category: 'threatening' },
  { label: 'victim', category: 'victim-responsibility' },
  { label: 'contact', category: 'contact-arrangements' },
];

interface LayoutExpected {
  file: string;
  profile: string;
  missing: SectionId[];
  present: SectionId[];
  lines: Array<{ text: string; labels: string[] }>;
}

export interface LayoutCategoryScore {
  category: Category;
  /** Lines labelled with the category, and how many of them were flagged. */
  positives: number;
  found: number;
  /** Lines the false-flag rate is taken over (for vague tasks: specific tasks only), and how many were flagged. */
  negatives: number;
  falseFlags: number;
  recall: number;
  falseFlagRate: number;
  /** Findings of this category on labelled lines that are right (1 - share of flags that are false). */
  precision: number;
  missed: string[];
  wronglyFlagged: string[];
}

export interface LayoutScore {
  agreements: number;
  decisions: number;
  wrongDecisions: string[];
  lines: number;
  /** Labelled lines whose text the reader did not produce (header text not read, for example). */
  unread: string[];
  categories: LayoutCategoryScore[];
  /** Fair consequences (label "fair") flagged as threats, and fair safety steps ("step") flagged as victim responsibility. */
  fairConsequencesFlagged: string[];
  fairStepsFlagged: string[];
  /** Findings whose excerpt is not exactly its slice of the paragraph. */
  offsetErrors: string[];
}

/** Scores every agreement in a real-layout folder (its .expected.json files and their .docx). */
export function scoreLayoutSet(dir: string): LayoutScore {
  const score: LayoutScore = { agreements: 0, decisions: 0, wrongDecisions: [], lines: 0, unread: [], categories: [], fairConsequencesFlagged: [], fairStepsFlagged: [], offsetErrors: [] };
  const tallies = new Map(LAYOUT_CATEGORIES.map(({ category }) => [category, { positives: 0, found: 0, negatives: 0, falseFlags: 0, flagsOnLines: 0, rightFlags: 0, missed: [] as string[], wronglyFlagged: [] as string[] }]));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LayoutExpected;
    const base = name.replace('.expected.json', '');
    const result = analyse(readAgreementBytes(readFileSync(join(dir, expected.file)), extname(expected.file)).blocks, { profile: expected.profile });
    score.agreements++;
    for (const f of result.findings) {
      if (result.paragraphs[f.paragraph]?.slice(f.start, f.end) !== f.excerpt) score.offsetErrors.push(`${base}: ${f.ruleId} at ${f.paragraph}:${f.start}-${f.end}`);
    }
    for (const id of expected.missing) {
      score.decisions++;
      if (!(result.missingSections.includes(id) || result.sections[id]?.present === false)) score.wrongDecisions.push(`${base}: ${id} should be missing`);
    }
    for (const id of expected.present) {
      score.decisions++;
      if (result.missingSections.includes(id) || result.sections[id]?.present !== true) score.wrongDecisions.push(`${base}: ${id} should be present`);
    }
    for (const line of expected.lines) {
      score.lines++;
      const paragraph = result.paragraphs.findIndex((text) => text.includes(line.text));
      const flagged = new Set<Category>();
      if (paragraph < 0) score.unread.push(`${base}: ${line.text}`);
      else {
        const start = result.paragraphs[paragraph].indexOf(line.text);
        const end = start + line.text.length;
        for (const f of result.findings) if (f.paragraph === paragraph && f.start < end && f.end > start) flagged.add(f.category);
      }
      const where = `${base}: ${line.text}`;
      if (line.labels.includes('fair') && flagged.has('threatening')) score.fairConsequencesFlagged.push(where);
      if (line.labels.includes('step') && flagged.has('victim-responsibility')) score.fairStepsFlagged.push(where);
      for (const { label, category } of LAYOUT_CATEGORIES) {
        const t = tallies.get(category)!;
        const expectedFlag = line.labels.includes(label);
        // A contact line missing its details gets one prompt, the contact one, which says what is
        // missing (how often, where…); it answers a vague contact line too (the rule hides vague-task).
        const got = flagged.has(category) || (category === 'vague-task' && expectedFlag && flagged.has('contact-arrangements'));
        if (got) {
          t.flagsOnLines++;
          if (expectedFlag) t.rightFlags++;
        }
        if (expectedFlag) {
          t.positives++;
          if (got) t.found++;
          else t.missed.push(where);
        } else if (category !== 'vague-task' || line.labels.includes('task')) {
          t.negatives++;
          if (got) {
            t.falseFlags++;
            t.wronglyFlagged.push(where);
          }
        } else if (got) t.wronglyFlagged.push(`${where} (not a labelled task)`);
      }
    }
  }
  score.categories = [...tallies].map(([category, t]) => ({
    category,
    positives: t.positives,
    found: t.found,
    negatives: t.negatives,
    falseFlags: t.falseFlags,
    recall: t.positives ? t.found / t.positives : 1,
    falseFlagRate: t.negatives ? t.falseFlags / t.negatives : 0,
    precision: t.flagsOnLines ? t.rightFlags / t.flagsOnLines : 1,
    missed: t.missed,
    wronglyFlagged: t.wronglyFlagged,
  }));
  return score;
}
