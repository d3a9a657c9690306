import type { WalkContext } from './block-role';
import { classifyLabel, cleanLabel, type SectionKey } from './section-labels';
import { spaceSeparatedWords } from './measure';
import { mayMatch } from './literal-needs';
import { NUMBER_VALUE } from './section-evidence';

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
export const PARTY_LABEL = /^(?:(?:birth|adoptive|foster|kinship|maternal|paternal|lead|allocated|named|supervising) )?(?:relatives|birth family|(?:[a-z]+ ){1,2}(?:co-?ordinator|worker)|family|family name|parents?|mother|father|mum|dad|carers?|step-?(?:mother|father|parent)|grand(?:mother|father|parents?)|social worker|sw|team manager|line manager|manager|family members?|other family members?|other adults?|partner|names?|parties|people involved|professionals?( involved)?|key worker|agency|agencies|local authority|health visitor|school|nursery|guardian)$/;
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
  // "Mum or Dad", "Parent / carer", "Adoptive parents and birth relatives": every part a party.
  return label.split(/ (?:or|and|&) /).every((part) => mayMatch(PARTY_LABEL, part.trim()) && PARTY_LABEL.test(part.trim())) ? 'participants' : null;
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

/** A number label inside a line: "No.", "Number:", "Ref", "Version", "#". */
const NUMBER_LABEL_IN_LINE = /\b(?:number|no|num|ref|reference|version|sequence)\b\.?\s*[:;.#]?\s*|#\s*/g;
/** What a number label's value starts with: a number or a short code ("3", "two", "WA/2026/14"). */
const NUMBER_START = /^(?:[a-z]{0,4}[/-]?\d[\w/.-]*|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)\b/;

/**
 * The agreement number's line or cell holds a number: straight after its own number label when it
 * has one ("Agreement No. 3", "Sequence no.: 2"; a blank after the label is no number, whatever
 * follows: "Agreement No. ____ Date: 9 December"), else in the value after the label.
 */
export function hasNumberValue(folded: string, contentStart: number): boolean {
  let labelled = false;
  for (const m of folded.matchAll(NUMBER_LABEL_IN_LINE)) {
    if (NUMBER_START.test(folded.slice(m.index + m[0].length))) return true;
    labelled = true;
  }
  return !labelled && NUMBER_VALUE.test(folded.slice(Math.max(0, contentStart)));
}

/** A label cell naming the document itself ("Agreement", "Plan", "Safety plan"). */
const DOCUMENT_LABEL = /^(?:(?:written|working|safety|family) )?(?:agreement|plan)$/;
/** A value that is only a number ("3", "No. 2"). */
const BARE_NUMBER = /^\s*(?:no\.?\s*)?\d{1,3}\s*$/;

/** "Agreement | 3": a label cell naming the document beside a bare number is its number. */
export function documentNumberRow(folded: string, value: string | undefined): 'agreement-number' | null {
  return value !== undefined && BARE_NUMBER.test(value) && DOCUMENT_LABEL.test(cleanLabel(folded)) ? 'agreement-number' : null;
}
