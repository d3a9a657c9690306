import type { Block, TextSpan } from './model';
import { memoise } from './memo';

// Placeholder and form-filler text: what a template shows before anyone fills it in. A section that
// holds only this is empty. Shared by every reader (files and Word) so they agree on what is empty.

/** Word's own placeholder sentences, wherever they appear. */
const WORD_PLACEHOLDER = /\b(?:click or tap here to enter text|click here to enter text|click or tap to enter a date|click here to enter a date|choose an item|enter text here|type here)\.?/gi;

/** A bracketed instruction to the person filling the form in: "(insert detail)", "[name of child]", "<date>". */
const BRACKETED = /[([<{]([^()[\]<>{}\n]{1,80})[)\]>}]/g;
const INSTRUCTION =
  /^(?:please\s+)?(?:insert|enter|add|type|include|state|describe|list|give|write|record|complete|fill in|detail|details|name of|names of|date of|dates of|address of|details of)\b|^(?:(?:child|parent|carer|mother|father|social worker|worker|person)(?:'s|\u2019s|s)?\s+)?(?:full\s+)?(?:name|names|dob|d\.o\.b\.?|date of birth|address|signature|date|details)$/i;

/** Whole values that mean "nothing here yet". */
const EMPTY_VALUE = /^(?:n\/a|n\.a\.|tbc|tba|tbd|to be agreed|to be confirmed|to be arranged|to be decided|none|nil|not applicable|not known|unknown|pending|xx+|dd\/mm\/yy(?:yy)?|[-\u2013\u2014?.]+)\.?$/i;

/** Fill-in lines: "________" or "........". */
const FILL_IN = /_{3,}|\.{4,}|\u2026{2,}/g;

/**
 * The placeholder spans of a text, in order and without overlaps. A whole value such as "TBC"
 * counts when it is the whole text, or all that follows a label ("Review date: TBC").
 */
export function placeholderSpans(text: string): TextSpan[] {
  if (text.length > 10_000) return [];
  const spans: TextSpan[] = [];
  // Cheap look-ups first: most text has none of this, and every paragraph passes through here.
  if (/lick|hoose an|nter text|ype here/i.test(text)) for (const match of text.matchAll(WORD_PLACEHOLDER)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (/[([<{]/.test(text)) for (const match of text.matchAll(BRACKETED)) if (INSTRUCTION.test(match[1].trim())) spans.push({ start: match.index, end: match.index + match[0].length });
  if (text.includes('___') || text.includes('....') || text.includes('\u2026\u2026')) for (const match of text.matchAll(FILL_IN)) spans.push({ start: match.index, end: match.index + match[0].length });
  const colon = text.indexOf(':');
  const valueStart = colon >= 0 && colon < 60 ? colon + 1 : 0;
  const value = text.length - valueStart <= 40 ? text.slice(valueStart).trim() : '';
  if (value && EMPTY_VALUE.test(value)) {
    const start = text.indexOf(value, valueStart);
    spans.push({ start, end: start + value.length });
  }
  return mergeSpans(spans);
}

/** Merge a list of spans into sorted spans without overlaps. */
export function mergeSpans(spans: TextSpan[]): TextSpan[] {
  if (spans.length < 2) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextSpan[] = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i++) {
    const last = out[out.length - 1];
    if (sorted[i].start <= last.end) last.end = Math.max(last.end, sorted[i].end);
    else out.push({ ...sorted[i] });
  }
  return out;
}

/** True when nothing but spaces and punctuation is left once the spans are taken out. */
export function onlyPlaceholders(text: string, spans: TextSpan[]): boolean {
  if (!spans.length) return false;
  let rest = '';
  let from = 0;
  for (const span of spans) {
    rest += text.slice(from, span.start);
    from = span.end;
  }
  rest += text.slice(from);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Record a block's placeholder spans: those a reader saw shown as placeholders (content controls
 * showing theirs) and form-filler text found in the words.
 */
export function markPlaceholders(block: Block, shown: TextSpan[] = []): void {
  if (block.text === '') return;
  const spans = mergeSpans([...shown, ...placeholderSpans(block.text)]);
  if (!spans.length) return;
  block.placeholders = spans;
  if (onlyPlaceholders(block.text, spans)) block.placeholder = true;
}

/** Placeholder shapes: "1.", "____", "(This section should ...)", "[name]", "Date ..........". */
export function isPlaceholderText(text: string): boolean {
  // Most lines have a character outside any bracket that nothing below can strip: answer at once.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 60) {
      // "(...)", "[...]", "<...>" are stripped up to the first closing bracket; an unclosed one stays.
      const close = text.indexOf(c === 40 ? ')' : c === 91 ? ']' : '>', i + 1);
      if (close < 0) return false;
      i = close;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || !MAYBE_STRIPPED.test(text[i])) {
      return false;
    }
  }
  return isPlaceholderShape(text);
}
/** Characters the stripping below may remove (digits and ")" only in list numbers such as "2)"). */
const MAYBE_STRIPPED = /[\s._\u2026\-:;,*#\u2022\d)]/;

const isPlaceholderShape = memoise((text: string): boolean => {
  // Bracketed prompts, list numbers ("1.", "2)"), dotted lines and underscores; a bare number ("3") is a value.
  const stripped = text.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, '').replace(/\b\d{1,2}[.)]/g, '').replace(/[\s._\u2026\-:;,*#\u2022]/g, '');
  return stripped.length === 0;
});

/**
 * Form-filler left in a field: "TBC", "N/A", "To be agreed", Word's "Click or tap here to enter
 * text.", or a label whose value is still a prompt ("… support to you: (insert detail)").
 */
const FORM_FILLER = /^(?:tbc|tba|n\/?a|none|nil|not applicable|to be (?:agreed|confirmed|decided|arranged|completed)|click or tap (?:here )?to enter (?:text|a date)|enter text here|insert (?:text|date|details?) here)[.!]?$/i;
export function isFormFiller(text: string): boolean {
  if (text.length <= 45 && FORM_FILLER.test(text)) return true;
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || colon >= text.length - 1) return false;
  const rest = text.slice(colon + 1).trim();
  return rest.length > 0 && rest.length <= 45 && (FORM_FILLER.test(rest) || (/^[([<]/.test(rest) && isPlaceholderText(rest)));
}

/** The text with its placeholder spans blanked (same length): "Agreement No. Enter number." has no number. */
export function withoutPlaceholders(text: string, spans: readonly TextSpan[] | undefined): string {
  if (!spans?.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}
