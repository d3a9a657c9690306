// A paragraph with line breaks (Word's Shift+Enter, kept as '\n' by the readers) holds one task per
// line, as a person reads it: "Natalie will only leave Oscar with…\nNatalie will be honest…". Each
// rule sees each line on its own, and its findings are moved back to offsets in the one paragraph
// that Word's annotations need.
import { findActor, type ActorKind } from './actors';
import type { ParagraphContext, ParagraphRule, RawFinding } from './rule';

const PRONOUN = /^(?:he|she|they)$/;

export function checkByLine(rule: ParagraphRule, context: ParagraphContext): readonly RawFinding[] {
  const { text, folded, role } = context;
  const out: RawFinding[] = [];
  // Whose the line before was: "She will …" on the next line is the same person.
  let before: ActorKind | null = null;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const lineText = text.slice(start, end);
      const lineFolded = folded.slice(start, end);
      const contentStart = Math.max(0, role.contentStart - start);
      // The line's own subject, else the paragraph's (from its heading or table row) without offsets.
      let actor = context.actor;
      if (context.isTask) {
        const own = findActor(lineText, lineFolded);
        const pronoun = own.kind === 'generic' && PRONOUN.test(lineFolded.slice(own.start, own.end));
        actor = pronoun && before ? { ...own, kind: before } : own.kind !== 'none' || !context.actor ? own : { ...context.actor, start: 0, end: 0, verbAt: own.verbAt };
        before = actor.kind === 'family' || actor.kind === 'professional' ? actor.kind : null;
      }
      // (The paragraph's definitions are not the line's: the rule finds the line's own.)
      const found = rule.check({ ...context, text: lineText, folded: lineFolded, role: contentStart === role.contentStart ? role : { ...role, contentStart }, actor, definitions: undefined });
      for (const f of found) out.push({ ...f, start: f.start + start, end: f.end + start });
    }
    start = end + 1;
  }
  return out;
}
