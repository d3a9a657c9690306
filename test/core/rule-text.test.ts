import { analyse, type Block } from '../../src/core';
import { ruleText } from '../../src/core/text';

describe('ruleText', () => {
  it('straightens a curly apostrophe inside a word, keeping the length', () => {
    const text = 'Kai\u2019s mum won\u2019t smoke in the children\u2019s room.';
    expect(ruleText(text)).toBe("Kai's mum won't smoke in the children's room.");
    expect(ruleText(text)).toHaveLength(text.length);
  });

  it('leaves a text alone when any other mark beyond one byte is in it', () => {
    for (const text of ['Kai\u2019s \u201Csafe\u201D plan', 'the plan\u2019 ends', '\u2018Kai\u2019s\u2019', 'Kai\u2019s plan \u2013 weekly', 'Kai\u2019s caf\u00E9 \u{1F600}']) {
      expect(ruleText(text)).toBe(text);
    }
    expect(ruleText('caf\u00E9 only')).toBe('caf\u00E9 only');
  });
});

describe('findings in lines with curly apostrophes', () => {
  const lines = [
    'Mum will support the children\u2019s emotional wellbeing.',
    'Dad will work with the family\u2019s support worker when he can.',
    'Mum won\u2019t let Kai\u2019s dad look after him or else we\u2019ll start care proceedings.',
  ];
  const document = (items: string[]): Block[] => [
    { kind: 'heading', text: 'What Mum and Dad will do', level: 2 },
    ...items.map((text): Block => ({ kind: 'list-item', text })),
  ];

  it('keeps offsets, and each excerpt is its slice of the paragraph as written', () => {
    const curly = document(lines);
    const found = analyse(curly).findings.filter((finding) => finding.paragraph !== undefined && finding.paragraph >= 1);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) expect(finding.excerpt).toBe(curly[finding.paragraph!].text.slice(finding.start, finding.end));
    // At least one excerpt spans a curly apostrophe, kept as written.
    expect(found.some((finding) => finding.excerpt.includes('\u2019'))).toBe(true);
    // The same findings, at the same places, as for the lines written with straight apostrophes.
    const straight = analyse(document(lines.map((line) => line.replace(/\u2019/g, "'")))).findings.filter((finding) => finding.paragraph !== undefined && finding.paragraph >= 1);
    const place = (finding: (typeof found)[number]) => [finding.ruleId, finding.messageId, finding.paragraph, finding.start, finding.end].join(' ');
    expect(found.map(place)).toEqual(straight.map(place));
  });
});
