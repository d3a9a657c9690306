// What text a pattern needs before it can match, read from its source: every match holds the
// literal runs it passes through ("who ", "share"), so a text lacking them cannot match, and the
// pattern need never be run on it. V8 compiles a pattern to machine code once it has run, and the
// section cues, run only on labels, are over 2 MB of it: a text that cannot match need not cost a
// run, nor the pattern its code. The reading is cautious: whatever it does not follow (flags that
// change what a literal matches, escapes it does not know) gives no need, and the pattern is run.

/** Text a match must hold: a literal, all of several needs, or any one of several. */
export type Need = { literal: string } | { all: Need[] } | { any: Need[] };

/** The need every match of the pattern meets, or null when none can be read (the pattern is always run). */
export function needOf(pattern: RegExp): Need | null {
  if (/[iuv]/.test(pattern.flags)) return null;
  try {
    const reader = { source: pattern.source, at: 0 };
    const need = alternation(reader);
    return reader.at === pattern.source.length ? need : null;
  } catch {
    return null;
  }
}

interface Reader {
  source: string;
  at: number;
}

/** Alternatives up to a closing bracket or the end: one of them matched, so one of their needs is met. */
function alternation(reader: Reader): Need | null {
  const needs: Need[] = [];
  let always = false;
  for (;;) {
    const need = sequence(reader);
    if (need) needs.push(need);
    else always = true;
    if (reader.source[reader.at] !== '|') break;
    reader.at++;
  }
  if (always) return null;
  return needs.length === 1 ? needs[0] : { any: needs };
}

/** One alternative: every literal run it passes through, and the needs of the groups it must enter. */
function sequence(reader: Reader): Need | null {
  const needs: Need[] = [];
  let run = '';
  const { source } = reader;
  while (reader.at < source.length && source[reader.at] !== '|' && source[reader.at] !== ')') {
    const atom = readAtom(reader);
    const least = leastRepeats(reader);
    if (atom.char !== undefined && least === null) {
      run += atom.char;
      continue;
    }
    // A repeated character is held once; anything else ends the run (what follows need not adjoin it).
    if (atom.char !== undefined && least !== null && least > 0) run += atom.char;
    if (run) needs.push({ literal: run });
    run = '';
    if (atom.need && (least === null || least > 0)) needs.push(atom.need);
  }
  if (run) needs.push({ literal: run });
  if (needs.length === 0) return null;
  // The longest literals first: the rarest, so a text lacking one is turned away soonest.
  needs.sort((a, b) => weight(b) - weight(a));
  return needs.length === 1 ? needs[0] : { all: needs };
}

function weight(need: Need): number {
  return 'literal' in need ? need.literal.length : 0;
}

/** A character matched as itself, or a group's need, or neither (a class, an assertion). */
interface Atom {
  char?: string;
  need?: Need | null;
}

const ZERO_WIDTH_GROUP = /^\(\?(?:=|!|<=|<!)/;
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

function readAtom(reader: Reader): Atom {
  const { source } = reader;
  const c = source[reader.at];
  if (c === '(') return readGroup(reader);
  if (c === '[') {
    skipClass(reader);
    return {};
  }
  if (c === '\\') return readEscape(reader);
  if ('*+?{'.includes(c)) throw new Error('a quantifier with nothing before it');
  reader.at++;
  return c === '.' || c === '^' || c === '$' ? {} : { char: c };
}

function readGroup(reader: Reader): Atom {
  const { source } = reader;
  const zeroWidth = ZERO_WIDTH_GROUP.exec(source.slice(reader.at, reader.at + 4));
  if (zeroWidth) reader.at += zeroWidth[0].length;
  else if (source.startsWith('(?:', reader.at)) reader.at += 3;
  else if (source.startsWith('(?<', reader.at)) reader.at = source.indexOf('>', reader.at) + 1;
  else if (source.startsWith('(?', reader.at)) throw new Error('an unknown group');
  else reader.at++;
  const need = alternation(reader);
  if (source[reader.at] !== ')') throw new Error('an unclosed group');
  reader.at++;
  // A lookaround matches no text of its own.
  return zeroWidth ? {} : { need };
}

function skipClass(reader: Reader): void {
  const { source } = reader;
  reader.at++;
  if (source[reader.at] === '^') reader.at++;
  if (source[reader.at] === ']') reader.at++;
  while (source[reader.at] !== ']') {
    if (reader.at >= source.length) throw new Error('an unclosed class');
    reader.at += source[reader.at] === '\\' ? 2 : 1;
  }
  reader.at++;
}

function readEscape(reader: Reader): Atom {
  const { source } = reader;
  const e = source[reader.at + 1];
  reader.at += 2;
  if ('bBsSwWdD'.includes(e)) return {};
  if (e in CONTROL) return { char: CONTROL[e] };
  if (e === 'u' || e === 'x') {
    const digits = e === 'u' ? 4 : 2;
    const hex = source.slice(reader.at, reader.at + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new Error('an unread escape');
    reader.at += digits;
    return { char: String.fromCharCode(parseInt(hex, 16)) };
  }
  if (/[\w]/.test(e)) throw new Error('an unread escape');
  return { char: e };
}

/** The fewest times the atom just read must match, or null when it is not repeated. */
function leastRepeats(reader: Reader): number | null {
  const { source } = reader;
  const q = source[reader.at];
  let least: number;
  if (q === '?' || q === '*') least = 0;
  else if (q === '+') least = 1;
  else if (q === '{') {
    const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(reader.at, reader.at + 12));
    if (!bounds) throw new Error('a brace that is not a quantifier');
    least = Number(bounds[1]);
    reader.at += bounds[0].length - 1;
  } else return null;
  reader.at++;
  if (source[reader.at] === '?') reader.at++;
  return least;
}

/**
 * A cheap test every text the pattern matches passes (always true when no need can be read), for a
 * pattern run on its own: the need's literals looked for in the text, the longest of each sequence first.
 */
export function literalTest(pattern: RegExp): (text: string) => boolean {
  // Read on first use, so loading a module costs no reading.
  let need: Need | null | undefined;
  return (text) => {
    if (need === undefined) need = needOf(pattern);
    return need === null || meets(need, text);
  };
}

function meets(need: Need, text: string): boolean {
  if ('literal' in need) return text.includes(need.literal);
  if ('all' in need) {
    for (const part of need.all) if (!meets(part, text)) return false;
    return true;
  }
  for (const part of need.any) if (meets(part, text)) return true;
  return false;
}

const READ = new WeakMap<RegExp, Need | null>();

/** False only when the text lacks a literal every match of the pattern holds: ask it before running a long pattern on its own. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let need = READ.get(pattern);
  if (need === undefined) READ.set(pattern, (need = needOf(pattern)));
  return need === null || meets(need, text);
}
