import { getProfile, SECTION_IDS } from '../../src/core';
import { openSession } from './session';
import { HOST_PROFILES, inLanguage, type HostProfile } from './word-double';

// The worker's and the manager's whole session on every host profile: insert the template, type,
// see marks (where annotations work), accept a suggestion, ignore a finding, review a tracked
// change (WordApi 1.6), insert the checklist. Nothing may show an error; where a feature needs a
// newer Word the pane says so.
const profiles: HostProfile[] = [...Object.values(HOST_PROFILES), inLanguage(HOST_PROFILES.m365, 'cy'), inLanguage(HOST_PROFILES.word2016, 'pl')];

describe.each(profiles.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test('the live scenario runs without an error and degrades as the host says', async () => {
    const session = await openSession({ profile });
    const { word, controller } = session;
    try {
      await controller.insertTemplate();
      expect(new Set(word.paragraphs.map((p) => p.tag).filter(Boolean)).size).toBe(SECTION_IDS.length);

      // The worker types a vague task with jargon in "What the family will do".
      const index = word.paragraphs.findIndex((p) => p.tag === 'family-commitments' && p.text.startsWith('1.'));
      word.type(index, 'Mum will engage with the core group.');
      word.moveSelection(index);
      await session.settle();
      const result = session.state().result!;
      // Headings are found in any language: the sections the template inserted are present.
      expect(result.missingSections).not.toContain('family-commitments');
      const jargon = result.findings.find((f) => f.paragraph === index && f.excerpt === 'core group')!;
      expect(jargon).toBeDefined();
      const marks = [...word.annotations.values()].filter((a) => a.paragraphId === word.paragraphs[index].id);
      if (profile.annotations) {
        expect(marks.map((m) => m.covered)).toContain('core group');
        expect(session.state().marksAvailable).toBe(true);
      } else {
        expect(marks).toEqual([]);
        expect(session.state().marksAvailable).toBe(false);
      }

      // Accept the plain-English suggestion from the pane.
      await controller.accept(jargon, jargon.suggestions[0]);
      expect(word.paragraphs[index].text).not.toContain('core group');
      await session.settle();
      expect(session.state().result!.findings.some((f) => f.paragraph === index && f.excerpt === 'core group')).toBe(false);

      // Ignore the vague task: it goes from the list and the choice is saved in the document.
      const vague = session.state().result!.findings.find((f) => f.paragraph === index && f.category === 'vague-task')!;
      expect(vague).toBeDefined();
      await controller.ignore(vague);
      expect(session.settings.reopen().get('clearAgreements.ignored')).toEqual([`${vague.ruleId}|${vague.excerpt}`]);

      // The manager reviews a tracked change that adds the review date.
      const review = word.paragraphs.findIndex((p) => p.tag === 'review-date' && p.text.startsWith('Review date'));
      word.trackInsertion(review, '12 January 2027', 'Paul Graham');
      await session.settle();
      await controller.loadReview();
      const listed = session.state().review!;
      if (profile.wordApi >= 6) {
        expect(listed.available).toBe(true);
        expect(listed.changes).toHaveLength(1);
        session.dispatch({ type: 'name', role: 'manager', name: 'Asha Patel' });
        const key = listed.changes[0].key;
        await controller.decide([key], true, { [key]: 'Date agreed at the meeting' });
        expect(word.changes).toEqual([]);
        expect(session.state().signOff.reviewDecisions).toHaveLength(1);
      } else {
        // The Review tab says review needs a newer Word.
        expect(listed.available).toBe(false);
      }

      await controller.insertChecklist();
      expect(word.paragraphs.some((p) => p.tag === 'clear-agreements-checklist')).toBe(true);
      expect(session.messages().filter((m) => m.intent === 'error')).toEqual([]);
    } finally {
      session.close();
    }
  }, 30_000);
});

test('a profile for every host the issue names', () => {
  expect(Object.keys(HOST_PROFILES)).toEqual(['word2016', 'office2021', 'm365', 'web', 'mac']);
  expect(getProfile('default').id).toBe('default');
});
