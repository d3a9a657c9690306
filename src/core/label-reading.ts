import type { WalkContext } from './block-role';
import { classifyLabel, cleanLabel, type SectionKey } from './section-labels';
import { spaceSeparatedWords } from './measure';

// How the section walk reads a label: where a "Label: value" line's value starts, whether a short
// cell or line is only a label, and which section or party a label names.

/** "Label: value" (or "Label; value"): the label is group 1; the match runs to the value. */
export const LABEL_SEPARATOR = /^\s*([^:;\n]{1,70}?)\s*[:;]\s*/;
/** The cheap test LABEL_SEPARATOR needs: a line without ':' or ';' is not "Label: value". */
export function hasLabelSeparator(text: string): boolean {
  return text.indexOf(':') >= 0 || text.indexOf(';') >= 0;
}
export const LIST_MARKER = /^\s*(?:[-*\u2022\u25AA\u25CF\u2013]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s+/;

/** Labels that name a party to the agreement in a "Label: name" line. */
export const PARTY_LABEL = /^(?:family|family name|parents?|mother|father|mum|dad|carers?|step-?(?:mother|father|parent)|grand(?:mother|father|parents?)|social worker|sw|team manager|line manager|manager|family members?|other family members?|other adults?|partner|names?|parties|people involved|professionals?( involved)?|key worker|agency|agencies|local authority|health visitor|school|nursery|guardian)$/;
export function cleanPartyLabel(label: string): string {
  return label.replace(/\(.*?\)/g, '').replace(/['’]s\b/g, '').trim();
}

/** The section a council policy's own heading names, if the label is one of them. */
export function policyLabel(folded: string, context: WalkContext): SectionKey | null {
  return (context.policyLabels?.size && context.policyLabels.get(cleanLabel(folded))) || null;
}

/** The section a folded label names: the policy's own headings first, then the general cues. */
export function labelKey(folded: string, context: WalkContext): SectionKey | null {
  return policyLabel(folded, context) ?? classifyLabel(folded);
}

/** The part a label cell names; a cell naming a party ("Parent / carer", "Social worker") is the participants. */
export function labelCellSection(folded: string): SectionKey | null {
  const key = classifyLabel(folded);
  if (key) return key;
  const label = cleanPartyLabel(folded.replace(/[:.]\s*$/, '').replace(/\s*\/\s*/g, ' or ').trim());
  return label.split(' or ').every((part) => PARTY_LABEL.test(part.trim())) ? 'participants' : null;
}

/** A label cell: "Written agreement number:", or a few words with no sentence in them. */
export function isLabelOnlyWithColonOrShort(text: string): boolean {
  return isLabelOnlyWithColon(text) || (spaceSeparatedWords(text) <= 5 && !/[.!?]$/.test(text));
}

export function isLabelOnlyWithColon(text: string): boolean {
  const m = LABEL_SEPARATOR.exec(text);
  return !!m && m[0].length >= text.length;
}

/** Where the value of a "Label: value" line starts (after a list marker and the separator); 0 if it is not one. */
export function labelContentStart(text: string): number {
  const lead = text.length - text.replace(LIST_MARKER, '').length;
  const m = LABEL_SEPARATOR.exec(text.slice(lead));
  return m ? lead + m[0].length : 0;
}
