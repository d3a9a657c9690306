import fc from 'fast-check';
import { THREAT_PATTERNS } from '../../src/core/rules/threatening';
import { CONDITION_STEMS, CONDITION_WORDS, DRASTIC_OUTCOME_WORDS, DRASTIC_OUTCOMES } from '../../src/core/breach-consequence';
import { KIN_PATTERN, KIN_STEMS } from '../../src/core/rules/contact-parties';
import { readContact } from '../../src/core/rules/contact-topic';
import { ANY_CONTACT_ALTERNATIVES, ANY_CONTACT_WORD, CONTACT_GATE } from '../../src/core/rules/contact-gate';
import { GateScan } from '../../src/core/rule-gate';
import { contactArrangementsRule } from '../../src/core/rules/contact-arrangements';
import { ANY_PATTERN_START, VICTIM_PATTERNS } from '../../src/core/rules/victim-responsibility';
import { hasSpaceSeparatedWords, spaceSeparatedWords } from '../../src/core/measure';
import { isSeparator, termSearch } from '../../src/core/term-search';
import { anyAtWordStart, trieSource } from '../../src/core/word-trie';
import { DOCUMENT_FACTS, FACT_WORDS, REVIEW_FACT, REVIEW_OTHERWISE, type DocumentFact } from '../../src/core/section-evidence';
import { CHILD_DETAILS_CONTENT, HARM_TOLD } from '../../src/core/section-content';
import { MIXED_CODE } from '../../src/core/rules/acronyms';
import type { GuardedPattern } from '../../src/core/guarded-pattern';
import { WordGate } from '../../src/core/word-gate';
import { FRAGMENT_ALTERNATIVES } from '../../src/core/rules/contact-fragments';
import { GatedAlternation } from '../../src/core/guarded-pattern';
import { HOW_WELL, VAGUE_ACTION } from '../../src/core/rules/vague-actions';
import { EVENT_ANCHORED, hasTimeExpression, holdsTimeExpression, STANDING_RULE, TIME_EXPRESSION } from '../../src/core/timing';
import { KEPT_RULE, OCCASION } from '../../src/core/rules/vague-when';
import { withoutLookarounds } from '../support/pattern-source';

// The engine skips expensive patterns after cheap tests that every match must pass. A cheap test
// that missed some match would silently drop a finding, so each is checked against strings drawn
// from the pattern itself: fast-check generates strings matching the pattern with its \b
// assertions left out, and those the real pattern matches must all pass the cheap test.

/** Strings the pattern matches, drawn from its own structure (non-empty, or the check is vacuous). */
function matchesOf(pattern: RegExp, runs: number, seed: number): string[] {
  // Lookaheads and lookbehinds are left out as well (fast-check cannot draw from them).
  const loose = new RegExp(withoutLookarounds(pattern.source).replace(/\\b/g, ''), pattern.flags.replace('g', ''));
  const exact = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return fc.sample(fc.stringMatching(loose), { numRuns: runs, seed }).filter((s) => exact.test(s));
}

/** The word starts a word of the text (as WordGate with wordStart finds it). */
function atWordStart(text: string, word: string): boolean {
  return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
}

describe('threat patterns: the words each pattern needs', () => {
  THREAT_PATTERNS.forEach(({ pattern, messageId, needs }, k) => {
    it(`pattern ${k} (${messageId}): every match contains the words its cheap test looks for`, () => {
      expect(needs).toBeDefined();
      const matches = matchesOf(pattern, 1500, 100 + k);
      expect(matches.length).toBeGreaterThan(50);
      // The gate looks for the words at word starts (WordGate's wordStart).
      expect(matches.filter((s) => !needs.some((word) => atWordStart(s, word)))).toEqual([]);
    });
  });

  it('a cheap test that misses a match is caught', () => {
    // The check itself can fail: a needed-words test without "chance" misses "last chance".
    const [ultimatum] = THREAT_PATTERNS.filter(({ messageId }) => messageId === 'ultimatum');
    const tooNarrow = ['warning', 'tolerance'];
    expect(matchesOf(ultimatum.pattern, 1500, 7).some((s) => !tooNarrow.some((word) => s.includes(word)))).toBe(true);
  });
});

describe('drastic outcomes: the cheap test before a line is split into clauses', () => {
  DRASTIC_OUTCOMES.forEach(({ outcome, pattern }, k) => {
    it(`${outcome}: every match contains one of the outcome words`, () => {
      const matches = matchesOf(pattern, 5000, 300 + k);
      expect(matches.length).toBeGreaterThan(50);
      expect(matches.filter((s) => !DRASTIC_OUTCOME_WORDS.test(s))).toEqual([]);
    });
  });
});

describe('gate words read from a pattern (the rules\' gates, rule-gate.ts)', () => {
  it.each([
    ['a condition of failure (the threatening rule)', CONDITION_WORDS, CONDITION_STEMS, 21],
    ['a member of the family (the contact rule)', KIN_PATTERN, KIN_STEMS, 22],
  ] as const)('every match of %s starts with one of the words', (_name, pattern, stems, seed) => {
    const matches = matchesOf(pattern, 3000, seed);
    expect(matches.length).toBeGreaterThan(50);
    expect(matches.filter((s) => !stems.some((word) => atWordStart(s, word)))).toEqual([]);
  });
});

describe('word lists merged by shared beginnings (anyAtWordStart)', () => {
  it.each([
    ['contact words', ANY_CONTACT_ALTERNATIVES],
    ['contact fragment words', FRAGMENT_ALTERNATIVES],
  ] as const)('%s: the merged pattern matches exactly where the flat list does', (_name, alternatives) => {
    const flat = new RegExp(`\\b(?:${alternatives.join('|')})`);
    const merged = anyAtWordStart(alternatives);
    const drawn = [...matchesOf(flat, 2000, 31), ...fc.sample(fc.array(fc.constantFrom(...alternatives.map((a) => a.replace(/\\s\+/g, ' ')), 'x', ' ', 'ab', '-', "'"), { maxLength: 6 }).map((p) => p.join('')), { numRuns: 3000, seed: 32 })];
    expect(drawn.filter((text) => merged.test(text) !== flat.test(text))).toEqual([]);
    expect(drawn.filter((text) => flat.test(text)).length).toBeGreaterThan(1000);
  });
});

describe('WordGate', () => {
  // Words that start one another ("tak", "taken"), sit inside another word ("lose" in "close", "else"
  // in "or else"), hold a space, or share beginnings ("care", "career").
  const items = [{ needs: ['taken', 'care'] }, { needs: ['tak'] }, { needs: ['lose'] }, { needs: ['career', 'or else'] }, { needs: ['else'] }, { needs: ['x'] }];
  const gate = new WordGate(items);
  const text = fc.array(fc.constantFrom('tak', 'en', ' ', 'ca', 're', 'er', 'c', 'lose', 'or', 'else', 'x', 'y', '-'), { maxLength: 12 }).map((parts) => parts.join(''));
  const startsAWord = (t: string, word: string) => new RegExp(`\\b${word}`).test(t);

  it('passes exactly the items one of whose words starts a word of the text, in their order', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(gate.passing(t)).toEqual(items.filter((item) => item.needs.some((word) => startsAWord(t, word))));
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});

describe('document facts behind a cheap test', () => {
  const guardedFacts = Object.entries(DOCUMENT_FACTS).filter((entry): entry is [string, GuardedPattern] => 'needs' in entry[1]);

  it('some facts are guarded', () => {
    expect(guardedFacts.map(([name]) => name)).toEqual(expect.arrayContaining(['childDetailsContent', 'participantsContent', 'legalNotice', 'duration']));
  });

  guardedFacts.forEach(([name, { needs, pattern }], k) => {
    it(`${name}: every match passes the cheap test`, () => {
      // (2500 draws: the modal joined by "and" is a lookbehind, and most draws of it fail the exact pattern.)
      const matches = matchesOf(pattern, 2500, 200 + k);
      expect(matches.length).toBeGreaterThan(50);
      expect(matches.filter((s) => !needs.test(s))).toEqual([]);
    });
  });

  // Guarded patterns a fact tests inside a test() of its own: the review in either wording, harm told as events.
  ([['review', REVIEW_FACT], ['review said otherwise', REVIEW_OTHERWISE], ['harm told', HARM_TOLD]] as Array<[string, GuardedPattern]>).forEach(([name, { needs, pattern }], k) => {
    it(`${name}: every match passes the cheap test`, () => {
      const matches = matchesOf(pattern, 2500, 400 + k);
      expect(matches.length).toBeGreaterThan(50);
      expect(matches.filter((s) => !needs.test(s))).toEqual([]);
    });
  });

  it('a cheap test that misses a match is caught', () => {
    // Without "(\d", "Mason (6)" would be missed.
    const tooNarrow = /born|birth|d\.?o\.?b|ged? \d|is \d|\d[- ]year|of [a-z'-]+,? \d/;
    expect(matchesOf(CHILD_DETAILS_CONTENT.pattern, 1500, 9).some((s) => !tooNarrow.test(s))).toBe(true);
  });
});

describe('document facts: the words every paragraph holding one has (paragraph-facts.ts)', () => {
  it.each(Object.entries(FACT_WORDS) as Array<[DocumentFact, readonly string[]]>)('%s: every match of its pattern holds one of its words where a word starts', (fact, words) => {
    const { pattern } = DOCUMENT_FACTS[fact] as GuardedPattern;
    const matches = matchesOf(pattern, 4000, 400 + Object.keys(FACT_WORDS).indexOf(fact));
    expect(matches.length).toBeGreaterThan(50);
    expect(matches.filter((s) => !words.some((word) => atWordStart(s, word)))).toEqual([]);
  });

  it('a word list that misses a match is caught', () => {
    const tooNarrow = ['manager', 'supervisor', 'leader', 'counter'];
    expect(matchesOf((DOCUMENT_FACTS.teamManager as GuardedPattern).pattern, 4000, 400).some((s) => !tooNarrow.some((word) => atWordStart(s, word)))).toBe(true);
  });
});

describe('vague actions: the words each alternative needs', () => {
  const whole = new RegExp(`\\b(?:${VAGUE_ACTION.alternatives.map(({ source }) => source).join('|')})`, 'g');
  const all = (text: string) => [...text.matchAll(whole)].map((m) => [m.index, m.index + m[0].length]);
  const gated = (text: string) => {
    const found: number[][] = [];
    for (let m = VAGUE_ACTION.exec(text, 0); m; m = VAGUE_ACTION.exec(text, m.end)) found.push([m.index, m.end]);
    return found;
  };

  VAGUE_ACTION.alternatives.forEach(({ source, needs }, k) => {
    it(`alternative ${k} (${needs.join(', ')}): every match holds one of its words where a word starts`, () => {
      const matches = matchesOf(new RegExp(`\\b(?:${source})`), 400, 300 + k);
      expect(matches.length).toBeGreaterThan(10);
      expect(matches.filter((s) => !needs.some((word) => atWordStart(s, word)))).toEqual([]);
    });
  });

  it('a cheap test that misses a match is caught', () => {
    const tooNarrow = ['more', 'better', 'properly'];
    expect(matchesOf(new RegExp(`\\b(?:${HOW_WELL.source})`), 3000, 41).some((s) => !tooNarrow.some((word) => atWordStart(s, word)))).toBe(true);
  });

  it('finds the same matches as the whole list as one alternation, in task lines', () => {
    const words = ['mum', 'will', 'listen to', 'ava', 'more', 'better', 'properly', 'harder', 'engage with', 'services', 'every day', 'and', 'or', 'a bit', 'work on', 'her drinking', '.', ',', 'at all times', 'be more', 'patient', 'supervise the children', 'not', 'keep', 'safe', 'the', 'to an acceptable standard', 'support', 'social worker'];
    const lines = fc.sample(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((picked) => picked.join(' ')), { numRuns: 4000, seed: 42 });
    expect(lines.filter((line) => JSON.stringify(gated(line)) !== JSON.stringify(all(line)))).toEqual([]);
    // Lines with several matches, overlapping candidates and none are all drawn.
    expect(lines.filter((line) => all(line).length > 1).length).toBeGreaterThan(100);
    expect(lines.filter((line) => all(line).length === 0).length).toBeGreaterThan(100);
  });

  it('finds the same matches as the whole list in drawn matches of every alternative', () => {
    const drawn = VAGUE_ACTION.alternatives.flatMap(({ source }, k) => matchesOf(new RegExp(`\\b(?:${source})`), 40, 600 + k));
    const texts = drawn.map((match, i) => `${drawn[(i * 7) % drawn.length]} and ${match}, ${drawn[(i * 13) % drawn.length]}`);
    expect(texts.filter((text) => JSON.stringify(gated(text)) !== JSON.stringify(all(text)))).toEqual([]);
  });
});

describe('when told by an event: the pattern behind its cheap test', () => {
  it('every match contains one of the cheap test\'s words', () => {
    const matches = matchesOf(EVENT_ANCHORED.pattern, 3000, 47);
    expect(matches.length).toBeGreaterThan(50);
    expect(matches.filter((s) => !EVENT_ANCHORED.needs.test(s))).toEqual([]);
  });

  it('a cheap test that misses a match is caught', () => {
    const tooNarrow = /\b(?:before|after|on)\b/;
    expect(matchesOf(EVENT_ANCHORED.pattern, 3000, 47).some((s) => !tooNarrow.test(s))).toBe(true);
  });
});

describe('when told by an occasion or a rule kept: the patterns behind their cheap tests', () => {
  for (const [name, guard, seed] of [['an occasion', OCCASION, 71], ['a rule kept', KEPT_RULE, 73]] as const) {
    it(`${name}: every match contains one of the cheap test's words`, () => {
      const matches = matchesOf(guard.pattern, 3000, seed);
      expect(matches.length).toBeGreaterThan(50);
      expect(matches.filter((s) => !guard.needs.test(s))).toEqual([]);
    });
  }

  it('a cheap test that misses a match is caught', () => {
    const tooNarrow = /\b(?:before|after|every)\b/;
    expect(matchesOf(OCCASION.pattern, 3000, 71).some((s) => !tooNarrow.test(s))).toBe(true);
  });
});

describe('GatedAlternation', () => {
  const alternation = new GatedAlternation([
    { source: 'ab', needs: ['ab'] },
    { source: 'a\\w*c', needs: ['a'] },
    { source: 'b', needs: ['b'] },
    { source: '\\w+ y', needs: ['y'] },
  ]);
  const whole = /\b(?:ab|a\w*c|b|\w+ y)/g;
  const text = fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'y', ' '), { maxLength: 12 }).map((parts) => parts.join(''));

  it("gives the whole alternation's matches for every text, from every place", () => {
    fc.assert(
      fc.property(text, fc.nat(12), (t, from) => {
        whole.lastIndex = from;
        const m = whole.exec(t);
        expect(alternation.exec(t, from)).toEqual(m ? { index: m.index, end: m.index + m[0].length } : null);
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});

describe('acronyms: codes of letters and figures mixed', () => {
  it('every code passes the cheap test (a capital and a figure in one run)', () => {
    const matches = matchesOf(MIXED_CODE.pattern, 3000, 31);
    expect(matches.length).toBeGreaterThan(50);
    expect(matches.filter((s) => !MIXED_CODE.needs.test(s))).toEqual([]);
  });

  it('a cheap test that misses a code is caught', () => {
    // Without the capital after the figure, "a1BC" and "x9YZ" would be missed.
    const tooNarrow = /\d(?<=[A-Z][A-Za-z\d]*\d)/;
    expect(matchesOf(MIXED_CODE.pattern, 3000, 31).some((s) => !tooNarrow.test(s))).toBe(true);
  });

  it('a line with a time and a name apart is not searched', () => {
    expect(MIXED_CODE.needs.test('Mum will collect Jo at 9:30am on 4 March.')).toBe(false);
    expect(MIXED_CODE.needs.test('Her HbA1c will be checked.')).toBe(true);
  });
});

describe('victim-responsibility patterns: the words each pattern needs', () => {
  VICTIM_PATTERNS.forEach(({ pattern, name, needs, words }, k) => {
    it(`pattern ${k} (${name}): every match contains its needed words and the modal-and-verb start`, () => {
      // (2500 draws: the modal joined by "and" is a lookbehind, and most draws of it fail the exact pattern.)
      const matches = matchesOf(pattern, 2500, 200 + k);
      expect(matches.length).toBeGreaterThan(50);
      expect(matches.filter((s) => !needs.test(s))).toEqual([]);
      expect(matches.filter((s) => !ANY_PATTERN_START.test(s))).toEqual([]);
      // The one scan for every relation's words (RELATION_GATE) finds one of them.
      expect(matches.filter((s) => !words.some((word) => atWordStart(s, word)))).toEqual([]);
    });
  });
});

describe('time expressions', () => {
  const before = (folded: string) => holdsTimeExpression(folded) || STANDING_RULE.test(folded);

  it('trying the digit-led patterns first gives the same answer as the whole list', () => {
    const drawn = matchesOf(TIME_EXPRESSION, 3000, 11);
    expect(drawn.length).toBeGreaterThan(500);
    const sentences = fc.sample(
      fc.array(fc.constantFrom('ms smith will', 'take jo to school', 'by', 'at', '4', '12', 'march', '3:30pm', '9.15', 'every', 'tuesday', 'twice a week', 'not', 'drink', 'the review', 'as needed', '07/12/2026', '1st', 'of'), { maxLength: 10 }).map((words) => words.join(' ')),
      { numRuns: 3000, seed: 12 },
    );
    const disagreements = [...drawn, ...sentences].filter((text) => hasTimeExpression(text) !== before(text));
    expect(disagreements).toEqual([]);
    // Both kinds of input occur: with and without a time.
    expect(sentences.filter(before).length).toBeGreaterThan(100);
    expect(sentences.filter((text) => !before(text)).length).toBeGreaterThan(100);
  });
});

describe('space-separated words', () => {
  it('counts the pieces of the trimmed slice split at white space, and stops at the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n', '\u00A0', '-', '.'), maxLength: 30 }), fc.nat(32), fc.nat(32), fc.integer({ min: 0, max: 5 }), (text, a, b, count) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const slice = text.slice(start, end).trim();
        const pieces = slice === '' ? 0 : slice.split(/\s+/).length;
        expect(spaceSeparatedWords(text, start, end)).toBe(pieces);
        expect(hasSpaceSeparatedWords(text, start, end, count)).toBe(pieces >= count);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe('termSearch', () => {
  // Terms with shared beginnings, a term that is the start of another, separators that are runs,
  // a run at the end (given back one separator at a time), a literal space, punctuation after the
  // first word, letters beyond ASCII and beyond the first plane.
  const alternatives = ['core[\\s-]+group[\\s-]+meeting', 'core[\\s-]+groups', 'core[\\s-]+group', 'court', 'cp\\)', 'cp', 'cpp', 'icpc', 's\\.47', 's47', 's 47', 'section[\\s-]+47', 'engage', 'engagement', 'pre[\\s-]+', 'child\'s', 'café[\\s-]+a', 'a\u{1F600}x', 'a\u{10400}'];
  const words = ['core', 'group', 'groups', 'meeting', 'court', 'cp', 'cpp', 'icpc', 's.47', 's47', 's', '47', 'section', 'engage', 'engagement', 'pre', '(cp)', '(', ')', "child's", 'x', 'é', 'a', '\u{1F600}', '\u{10400}', '\uD800', 'core group meeting', 'section  47', 'café\u00A0a', 'a\u{1F600}x', 'pre-a', 'cp)'];
  const separators = ['', ' ', ' ', ' ', '-', '  ', ' -', '\u00A0', '\u2003', '\t', '_', '/'];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 10 }).map((parts) => parts.flat().join(''));

  it.each([['[\\p{L}\\p{N}]'], ['[\\p{L}\\p{N}/]']])('finds what a global search with the exact pattern finds, from any place (beside %s)', (beside) => {
    const next = termSearch(alternatives, new RegExp(beside, 'u'));
    const exact = new RegExp(`(?<!${beside})(?:${alternatives.join('|')})(?!${beside})`, 'gu');
    let found = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(text, fc.nat(), (t, start) => {
        // Any place but the middle of a surrogate pair (the u flag would start from the pair's first half).
        let from = start % (t.length + 1);
        if (/[\uDC00-\uDFFF]/.test(t[from] ?? '') && /[\uD800-\uDBFF]/.test(t[from - 1] ?? '')) from += 1;
        const ours: Array<[number, string]> = [];
        for (let m = next(t, from); m; m = next(t, m.index + m.text.length)) ours.push([m.index, m.text]);
        const theirs: Array<[number, string]> = [];
        exact.lastIndex = from;
        for (let m = exact.exec(t); m; m = exact.exec(t)) theirs.push([m.index, m[0]]);
        found += theirs.length;
        for (const [, matched] of theirs) kinds.add(matched.replace(/[\s-]+/g, ' '));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 4000, seed: 5 },
    );
    expect(found).toBeGreaterThan(400);
    // Every kind of term above was met, the run at the end given back too ("pre-" before a letter).
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['cp)', "child's", 'core group meeting', 'engagement', 'pre ', 's 47', 's.47', 'section 47', 'café a', 'a\u{1F600}x', 'a\u{10400}']));
  });

  it('reads a separator as [\\s-] does, for every UTF-16 code unit', () => {
    const pattern = /[\s-]/;
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSeparator(code) !== pattern.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('refuses a term it would not read as the pattern does', () => {
    expect(() => termSearch(['car(e)'], /[\p{L}\p{N}]/u)).toThrow();
    expect(() => termSearch(['care'], /[\p{L}\p{N}\s]/u)).toThrow();
    expect(() => termSearch(['(cp)'], /[\p{L}\p{N}]/u)).toThrow();
  });

  it('merges shared beginnings into one pattern of the same strings', () => {
    expect(trieSource(['court', 'core', 'core[\\s-]+group'])).toBe('co(?:urt|re(?:[\\s-]+group)?)');
  });
});

describe('contact arrangements: the cheap test before reading a line', () => {
  // Lines built from the words contact lines and their look-alikes use, in every order: any line the
  // full reading finds contact in passes the cheap test, so the cheap test never changes an answer.
  const words = [
    'Mum', 'Dad', 'Nan', 'the children', 'Kian', 'his', 'her', 'will', 'can', 'may', 'not', 'see', 'seeing', 'visit', 'visits', 'have', 'having',
    'stay', 'staying', 'at', 'with', 'to', "Nan's", 'every', 'Saturday', 'phone', 'ring', 'talk', 'contact', 'family time', 'time', 'weekends',
    'supervised', 'by', 'the social worker', 'school', 'go', 'take', 'out', 'seen', 'each other', 'and', 'when', 'if', '.', ',', '–',
    // The fragments' words: occasions, labels, weekends at home, a relative's time, things put off.
    'Christmas', 'birthdays', 'will be sorted', 'extra time', 'in the holidays', ':', 'some weekends at home', 'sibling', 'as agreed', 'so', 'keep in touch with', 'whenever', 'days out with', 'once', 'video calls', 'alone',
    // Joining sessions or coming to the children's home; details put off.
    'join', 'attend', 'sit in on', 'sessions', 'some', 'pop round to', 'the house', 'frequency and venue', 'to be confirmed', 'suspended pending',
    'trips out with', 'outings with', 'overnights at', "Nan's", 'visiting arrangements',
    // Two of the family together, going round when allowed, contact held back until agreed.
    'they', 'Kian and his sister', 'meet up', 'get together', 'go out together', 'pop over to', 'come and visit', 'unless agreed', 'on alternate weekends',
  ];
  const lines = fc.sample(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 10 }).map((picked) => picked.join(' ')), { numRuns: 4000, seed: 11 });
  // Read as any line, under a heading naming a family member, and in a row naming a relative.
  const found = lines.filter((line) => readContact(line, line.toLowerCase(), false) !== null || readContact(line, line.toLowerCase(), false, false, true) !== null || readContact(line, line.toLowerCase(), false, false, false, true) !== null);

  it('every line found to be about contact passes the cheap test', () => {
    expect(found.filter((line) => !ANY_CONTACT_WORD.test(line.toLowerCase()))).toEqual([]);
  });

  it("every line found to be about contact passes the rule's gate (the runner's one search for its words)", () => {
    const masks = new GateScan([contactArrangementsRule]).passing(found.map((line) => line.toLowerCase()));
    expect(found.filter((_, k) => masks[k] === 0)).toEqual([]);
    expect(contactArrangementsRule.gate).toBe(CONTACT_GATE);
  });

  it('draws both kinds of line', () => {
    expect(found.length).toBeGreaterThan(300);
    expect(lines.length - found.length).toBeGreaterThan(300);
  });
});
