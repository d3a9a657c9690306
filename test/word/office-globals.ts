import { HOST_PROFILES, SettingsDouble, WordDouble, type HostProfile } from './word-double';

// The Office and Word globals a page (or a test) needs to run the add-in on the strict Word double,
// for one host profile. test/browser's Office.js stand-in can install these instead of its own
// shim: `installWordDouble(window, new URLSearchParams(location.search).get('host'))`.

export interface InstalledDouble {
  word: WordDouble;
  settings: SettingsDouble;
  profile: HostProfile;
}

export function installWordDouble(target: Record<string, unknown>, profileId?: string | null, platform = 'OfficeOnline'): InstalledDouble {
  const profile = (profileId && (HOST_PROFILES as Record<string, HostProfile>)[profileId]) || HOST_PROFILES.m365;
  const word = new WordDouble([], profile);
  const settings = new SettingsDouble();
  const office = word.office(settings);
  target.__word = word;
  target.__settings = settings;
  target.Word = { run: word.run };
  target.Office = {
    ...office,
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Word', platform };
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: office.context.requirements,
      document: { settings, addHandlerAsync: (_type: string, handler: () => void) => office.selection.watch(handler) },
    },
  };
  return { word, settings, profile };
}
