import { needOf, type Need } from './literal-needs';

// Many patterns, each run on a text only when the text holds the literals it needs (literal-needs.ts):
// one pass over the text finds every literal any of them needs (an Aho-Corasick automaton), and each
// pattern's need is then answered from what was found. A pattern whose need cannot be read is always run.

/** A need by the literals' numbers in the scan. */
type Check = number | { all: Check[] } | { any: Check[] };

export class LiteralGates {
  private built: { gates: Map<RegExp, number>; checks: Check[]; triggers: number[][]; scan: LiteralScan } | null = null;

  constructor(private readonly patterns: readonly RegExp[]) {}

  /** For one text: whether each pattern may match it (false only when it lacks what the pattern needs). */
  forText(text: string): (pattern: RegExp) => boolean {
    const { gates, checks, triggers, scan } = (this.built ??= build(this.patterns));
    const held: number[] = [];
    const found = scan.found(text, held);
    const candidate = new Uint8Array(checks.length);
    for (const literal of held) for (const gate of triggers[literal]) candidate[gate] = 1;
    return (pattern) => {
      const gate = gates.get(pattern);
      return gate === undefined || (candidate[gate] === 1 && met(checks[gate], found));
    };
  }
}

/** Read once, on first use: the reading takes a few milliseconds, and a module that never scores a label never pays it. */
function build(patterns: readonly RegExp[]) {
  const numbers = new Map<string, number>();
  const lengths: number[] = [];
  const numbered = (need: Need): Check => {
    if ('all' in need) return { all: need.all.map(numbered) };
    if ('any' in need) return { any: need.any.map(numbered) };
    if (!numbers.has(need.literal)) {
      numbers.set(need.literal, numbers.size);
      lengths.push(need.literal.length);
    }
    return numbers.get(need.literal)!;
  };
  const gates = new Map<RegExp, number>();
  const checks: Check[] = [];
  const triggers: number[][] = [];
  for (const pattern of patterns) {
    const need = needOf(pattern);
    if (!need || gates.has(pattern)) continue;
    const check = numbered(need);
    gates.set(pattern, checks.length);
    for (const literal of anchorsOf(check, lengths)) (triggers[literal] ??= []).push(checks.length);
    checks.push(check);
  }
  for (let n = 0; n < numbers.size; n++) triggers[n] ??= [];
  return { gates, checks, triggers, scan: new LiteralScan([...numbers.keys()]) };
}

/** One of these literals is in every text meeting the check: for all of several needs, those of the one whose shortest literal is longest. */
function anchorsOf(check: Check, lengths: readonly number[]): number[] {
  if (typeof check === 'number') return [check];
  if ('any' in check) return [...new Set(check.any.flatMap((part) => anchorsOf(part, lengths)))];
  let best: number[] = [];
  let bestShortest = -1;
  for (const part of check.all) {
    const anchors = anchorsOf(part, lengths);
    const shortest = Math.min(...anchors.map((n) => lengths[n]));
    if (shortest > bestShortest) [best, bestShortest] = [anchors, shortest];
  }
  return best;
}

function met(check: Check, found: Uint8Array): boolean {
  if (typeof check === 'number') return found[check] === 1;
  if ('all' in check) {
    for (const part of check.all) if (!met(part, found)) return false;
    return true;
  }
  for (const part of check.any) if (met(part, found)) return true;
  return false;
}

/** Which of a fixed list of literals a text holds, anywhere, in one pass (Aho-Corasick). */
export class LiteralScan {
  /** Each state's moves by character code; state 0 is the start. */
  private readonly moves: Array<Map<number, number>> = [new Map()];
  /** The state to fall back to when no move fits: the longest proper suffix that is a state. */
  private readonly fallback: number[] = [0];
  /** The literals that end at each state, its fallbacks' included. */
  private readonly ending: number[][] = [[]];

  constructor(readonly literals: readonly string[]) {
    literals.forEach((literal, number) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) state = this.moveOrAdd(state, literal.charCodeAt(i));
      this.ending[state].push(number);
    });
    // Breadth first, so a state's fallback (shorter) is finished before the state.
    const queue = [...this.moves[0].values()];
    for (let k = 0; k < queue.length; k++) {
      const state = queue[k];
      for (const [code, to] of this.moves[state]) {
        let back = this.fallback[state];
        while (back !== 0 && !this.moves[back].has(code)) back = this.fallback[back];
        const target = this.moves[back].get(code);
        this.fallback[to] = target !== undefined && target !== to ? target : 0;
        this.ending[to] = [...this.ending[to], ...this.ending[this.fallback[to]]];
        queue.push(to);
      }
    }
  }

  /** found[n] is 1 when the text holds literal n; each literal held is also added to `held`, once. */
  found(text: string, held: number[] = []): Uint8Array {
    const found = new Uint8Array(this.literals.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.moves[state].get(code);
      while (to === undefined && state !== 0) {
        state = this.fallback[state];
        to = this.moves[state].get(code);
      }
      state = to ?? 0;
      for (const number of this.ending[state]) {
        if (found[number] === 1) continue;
        found[number] = 1;
        held.push(number);
      }
    }
    return found;
  }

  private moveOrAdd(state: number, code: number): number {
    let to = this.moves[state].get(code);
    if (to === undefined) {
      to = this.moves.length;
      this.moves.push(new Map());
      this.fallback.push(0);
      this.ending.push([]);
      this.moves[state].set(code, to);
    }
    return to;
  }
}
