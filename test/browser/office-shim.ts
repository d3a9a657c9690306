// Stands in for Office.js in the browser test: the page asks Microsoft's CDN for office.js and the
// test answers with this bundle, which provides Office.onReady and a Word test double. The test
// sets window.__setup first: the document's paragraphs and saved settings, and the Office theme.
import { SettingsDouble, WordDouble } from '../word/word-double';

type Setup = { paragraphs?: ConstructorParameters<typeof WordDouble>[0]; settings?: Record<string, string>; dark?: boolean };
const globals = window as unknown as Record<string, unknown>;
const setup = (globals.__setup ?? {}) as Setup;
const word = new WordDouble(setup.paragraphs ?? []);
const settings = new SettingsDouble(setup.settings ?? {});
globals.__word = word;
globals.__settings = settings;
globals.Word = { run: word.run };
globals.Office = {
  HostType: { Word: 'Word' },
  EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Word', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    requirements: { isSetSupported: (name: string, version: string) => name === 'WordApi' && Number(version) <= 1.7 },
    document: { settings, addHandlerAsync: () => undefined },
    officeTheme: setup.dark
      ? { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#2b2b2b', controlForegroundColor: '#ffffff' }
      : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000', controlBackgroundColor: '#ffffff', controlForegroundColor: '#000000' },
  },
};
