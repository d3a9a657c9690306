import type { RequirementsLike, SettingsLike, WordContextLike, WordRun } from '../../src/word/word-types';

// Compile-only: the real Office.js types must fit the adapter's narrowed interfaces without a
// cast. `npm run typecheck` (part of npm test) fails if a member the adapter uses is missing from
// @types/office-js or has another type; the runtime assertion below only keeps Jest content.

export function realContextFits(context: Word.RequestContext): WordContextLike {
  return context;
}

export function realSettingsFit(settings: Office.Settings): SettingsLike {
  return settings;
}

export function realRequirementsFit(requirements: Office.RequirementSetSupport): RequirementsLike {
  return requirements;
}

export const realRunFits: WordRun = (batch) => Word.run((context) => batch(context));

test('the narrowed Word interfaces are checked against @types/office-js by the type check', () => {
  expect(typeof realContextFits).toBe('function');
});
