import fc from 'fast-check';
import { needOf, type Need } from '../../src/core/literal-needs';
import { LiteralGates, LiteralScan } from '../../src/core/literal-gates';
import { ASKED_OF_CUE, DECISIVE_CUES, EXACT_CUES, KIND_CUES, PLAN_CUE } from '../../src/core/section-wordings';
import { NEGATIVE_CUES, WORD_CUES } from '../../src/core/section-cue-words';
import { withoutLookarounds } from '../support/pattern-source';

// A pattern is skipped on a text lacking the literals read from its source (literal-needs.ts). A
// reading that asked for a literal some match lacks would silently drop a section cue, so the
// reading is checked on written cases and on strings drawn from every section cue.

function meets(need: Need | null, text: string): boolean {
  if (!need) return true;
  if ('literal' in need) return text.includes(need.literal);
  if ('all' in need) return need.all.every((part) => meets(part, text));
  return need.any.some((part) => meets(part, text));
}

/** Strings the pattern matches, drawn from its own structure (as in prefilters.test.ts). */
function matchesOf(pattern: RegExp, runs: number, seed: number): string[] {
  const loose = new RegExp(withoutLookarounds(pattern.source).replace(/\\b/g, ''), pattern.flags.replace('g', ''));
  return fc.sample(fc.stringMatching(loose), { numRuns: runs, seed }).filter((s) => pattern.test(s));
}

describe('the literals a pattern needs', () => {
  it.each([
    [/\bwho (?:we|i) share\b/, ['who we share', 'who i share it'], ['we share', 'who we send']],
    [/^copies\b|\bcop(?:y|ies) to\b/, ['copies', 'copy to', 'copies to'], ['cop to', 'copie']],
    [/\bsigns?\b/, ['sign', 'signs'], ['sig']],
    [/\bnext (?:[a-z-]+ ){0,2}meeting\b/, ['next meeting', 'next core group meeting'], ['next', 'meeting']],
    [/\bwhat (?:has )?happened\b/, ['what happened', 'what has happened'], ['what', 'happened']],
    [/\bfollow(?:ing)?[- ]?ups?\b/, ['follow up', 'followup', 'following-ups'], ['follow', 'up']],
    [/^date (?!of)\w+ made$/, ['date we made'], ['date', 'made']],
  ])('%s is met by its matches and not by texts lacking its literals', (pattern, matching, lacking) => {
    const need = needOf(pattern);
    expect(need).not.toBeNull();
    for (const text of matching) expect([text, pattern.test(text), meets(need, text)]).toEqual([text, true, true]);
    for (const text of lacking) expect([text, meets(need, text)]).toEqual([text, false]);
  });

  it.each([
    /(?:a|b)?/,
    /\w+/,
    /a|[bc]/,
    /x{2/,
    /\d+ (?:days|weeks)/i,
    /\p{L}/u,
    /(a)\1/,
  ])('%s gives no need it cannot vouch for (the pattern is always run)', (pattern) => {
    const need = needOf(pattern);
    if (need) expect(['a', 'b', 'c', 'x{2', 'aa'].filter((text) => pattern.test(text) && !meets(need, text))).toEqual([]);
  });

  it('reads escapes as the characters they match', () => {
    expect(needOf(/a\.b\u2019c/)).toEqual({ literal: 'a.b\u2019c' });
    expect(needOf(/no\s+way/)).toEqual({ all: [{ literal: 'way' }, { literal: 'no' }] });
  });
});

describe('the scan for literals', () => {
  it('finds every literal a text holds, overlapping ones included', () => {
    const scan = new LiteralScan(['he', 'she', 'his', 'hers', 'e', 'sh']);
    const held: number[] = [];
    const found = scan.found('ushers', held);
    expect([...found]).toEqual([1, 1, 0, 1, 1, 1]);
    expect(held.sort()).toEqual([0, 1, 3, 4, 5]);
  });

  it('answers for patterns it could not read', () => {
    const unread = /\p{L}/u;
    const gates = new LiteralGates([/\bwho else\b/, unread]);
    const mayMatch = gates.forText('who gets a copy');
    expect(mayMatch(/\bwho else\b/)).toBe(true); // a different object: not gated
    expect(mayMatch(unread)).toBe(true);
  });
});

describe('section cues: every match holds what the gate asks for', () => {
  const cues = [...DECISIVE_CUES, ...EXACT_CUES, ...KIND_CUES, ASKED_OF_CUE, PLAN_CUE, ...WORD_CUES, ...NEGATIVE_CUES];
  const gates = new LiteralGates(cues.map((cue) => cue.pattern));

  it('reads a need from nearly every cue', () => {
    expect(cues.filter((cue) => needOf(cue.pattern) === null).length).toBeLessThanOrEqual(cues.length / 10);
  });

  cues.forEach((cue, k) => {
    it(`cue ${k} (${cue.section}, ${cue.tier})`, () => {
      const matches = matchesOf(cue.pattern, 300, 500 + k);
      expect(matches.filter((text) => !gates.forText(text)(cue.pattern))).toEqual([]);
    });
  });
});
