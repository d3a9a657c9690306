// From cached rule hits to the public, ordered list of findings.
import type { Finding } from './model';
import type { CachedParagraph, RuleHit } from './paragraph-cache';
import { formatMessage } from './rule';
import { DEFINED_TERMS } from './rules';
import { firstAt, mergeSorted } from './sorted';

/** Findings in document order; ties by rule id, so the order never depends on the run. */
export function byPosition(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const byParagraph = (finding: Finding): number => finding.paragraph;

/** Every term defined anywhere in the agreement. */
export function collectDefinitions(perParagraph: ReadonlyArray<CachedParagraph | null>): Set<string> {
  const definitions = new Set<string>();
  for (const cached of perParagraph) if (cached) for (const term of cached.definitions) definitions.add(term);
  return definitions;
}

/** The findings of every paragraph, in order. */
export function assembleFindings(perParagraph: ReadonlyArray<CachedParagraph | null>, texts: readonly string[], definitions: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  perParagraph.forEach((cached, i) => {
    if (cached) appendFindings(findings, cached, i, texts[i], definitions);
  });
  return findings;
}

/** The previous list with the changed paragraphs' findings replaced (the list is in paragraph order). */
export function spliceFindings(
  previous: Finding[],
  changed: readonly number[],
  perParagraph: ReadonlyArray<CachedParagraph | null>,
  texts: readonly string[],
  definitions: ReadonlySet<string>,
): Finding[] {
  let findings = previous;
  for (const i of changed) {
    const from = firstAt(findings, i, byParagraph);
    const to = firstAt(findings, i + 1, byParagraph);
    const replacement: Finding[] = [];
    const cached = perParagraph[i];
    if (cached) appendFindings(replacement, cached, i, texts[i], definitions);
    findings = findings.slice(0, from).concat(replacement, findings.slice(to));
  }
  return findings;
}

/** Paragraph findings (in order) with the few document-level ones merged in, rather than re-sorting everything. */
export function withDocumentFindings(paragraphFindings: Finding[], documentFindings: Finding[]): Finding[] {
  return mergeSorted(paragraphFindings, documentFindings.sort(byPosition), byPosition);
}

function appendFindings(out: Finding[], cached: CachedParagraph, i: number, text: string, definitions: ReadonlySet<string>): void {
  // Most paragraphs have no findings: nothing to build.
  if (cached.hits.length === 0) return;
  // Unchanged paragraphs at the same place reuse their finding objects (results are read-only).
  if (!cached.built || cached.built.paragraph !== i) {
    cached.built = { paragraph: i, findings: cached.hits.map((hit) => toFinding(hit, i, text)).sort(byPosition) };
  }
  for (const finding of cached.built.findings) {
    // A term explained anywhere in the agreement ("Child and Adolescent Mental Health Services (CAMHS)") is fine elsewhere.
    if (definitions.size > 0 && DEFINED_TERMS.get(finding.ruleId)?.covers(finding.excerpt, definitions)) continue;
    out.push(finding);
  }
}

function toFinding(hit: RuleHit, paragraph: number, text: string): Finding {
  const template = hit.rule.messages[hit.messageId];
  if (template === undefined) throw new Error(`Rule ${hit.rule.id} has no message ${hit.messageId}`);
  return {
    ruleId: hit.rule.id,
    messageId: hit.messageId,
    category: hit.rule.category,
    severity: hit.severity ?? hit.rule.severity,
    message: formatMessage(template, hit.data),
    paragraph,
    start: hit.start,
    end: hit.end,
    excerpt: text.slice(hit.start, hit.end),
    suggestions: hit.suggestions,
    source: hit.rule.source,
  };
}
