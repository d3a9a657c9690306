// Stands in for Office.js in the browser test: the page asks Microsoft's CDN for office.js and the
// test answers with this bundle, which provides Office.onReady and a Word test double.
import { SettingsDouble, WordDouble } from '../word/word-double';

const word = new WordDouble();
const settings = new SettingsDouble();
const globals = window as unknown as Record<string, unknown>;
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
  },
};
