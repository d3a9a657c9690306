// The victim-responsibility rule reads a line as the asked party's commitment: an infinitive ("to ring …")
// or a bare instruction ("Not allow …") with a "you will" before it, and the negations its relations
// read put in one order ("is to not", "not" for "don't" and "no longer"), every change keeping the
// text's length so offsets hold.

/** A commitment put as an infinitive, as under "Sarah agrees": "to ring …", "not to let …". */
const INFINITIVE = /^\s*(not\s+)?to\s+(?=[a-z])/;
/** A line that is a bare instruction to the parent: "Not allow…", "Tell your social worker…", "Make sure…". */
const IMPERATIVE = /^\s*(?:not|never|ensure|make\s+sure|keep|stop|prevent|tell|report|inform|let|ask|end|leave|show|give|send|forward|separate|protect|ring|phone|call|text|message|contact|email|supervise|demonstrate|prove|put|prioriti[sz]e|choose|stay|manage|monitor|move|separate|cut|block|take|go|pack|dial|get|hang|lock|close|shut|walk|be\s+(?:fully\s+|solely\s+)?(?:responsible|accountable)|take\s+(?:full\s+)?responsibility|watch|oversee|check)\b/;

/** The line as the asked party's commitment: an infinitive or a bare instruction is read with a "you will" before it. */
export interface AskedLine {
  asking: string;
  /** asking's offsets minus shift are the text's. */
  shift: number;
  imperative: boolean;
}

/** "is not to", "agrees not to": put as "is to not", "agrees to not" (the same length, so offsets hold), the order the relations read. */
const NOT_BEFORE_TO = /\b(is|are|am|agrees?|agreed)\s(not|never)\sto\b/g;

/** A bare "Don't …", "Do not …": put as "not" (padded to the same length), the imperative the relations read. */
const DONT = /^(\s*)(?:don't|do\s+not)(?=\s)/;

/** "will no longer", "agrees to no longer": put as "not" (padded to the same length), the negation the relations read. */
const NO_LONGER = /\b(will|must|shall|should|to)\s+no\s+longer\b/g;

/** The original text with "is not to" put as "is to not", as readAsAsked puts the folded text. */
export function negationAfterTo(text: string): string {
  return text.includes(' to') ? text.replace(NOT_BEFORE_TO, '$1 to $2') : text;
}

export function readAsAsked(original: string): AskedLine {
  const ended = original.includes('no longer') ? original.replace(NO_LONGER, (m, modal: string) => `${modal} not${' '.repeat(m.length - modal.length - 4)}`) : original;
  const unto = ended.includes(' to') ? ended.replace(NOT_BEFORE_TO, '$1 to $2') : ended;
  const folded = unto.replace(DONT, (m, space: string) => `${space}${' '.repeat(m.length - space.length - 3)}not`);
  const infinitive = INFINITIVE.exec(folded);
  const imperative = !!infinitive || IMPERATIVE.test(folded);
  if (!imperative) return { asking: folded, shift: 0, imperative };
  const lead = infinitive ? `you will ${infinitive[1] ? 'not ' : ''}` : 'you will ';
  const cut = infinitive ? infinitive[0].length : 0;
  return { asking: lead + folded.slice(cut), shift: lead.length - cut, imperative };
}
