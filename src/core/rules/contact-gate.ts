// The contact rule's cheap tests, read from what its cue patterns (contact-topic.ts, contact-fragments.ts,
// contact-joining.ts) require: the words any cue needs, and the rule's gate for the runner.
import { anyAtWordStart } from '../word-trie';
import { KIN_STEMS } from './contact-parties';

/** The words any cue needs: most lines have none and stop here. */
export const ANY_CONTACT_ALTERNATIVES = ['contact', 'family\\s+time', 'see', 'visit', 'meet', 'spend', 'time', 'catch', 'come', 'tak', 'phone', 'ring', 'call', 'text', 'video', 'facetime', 'skype', 'speak', 'talk', 'writ', 'send', 'messag', 'email', 'whatsapp', 'stay', 'sleep', 'go', 'com', 'hav', 'has', 'session', 'weekend', 'overnight', 'letter', 'card', 'extra', 'more', 'additional', 'longer', 'holiday', 'christmas', 'easter', 'half', 'birthday', 'summer', 'new\\s+year', 'boxing', "mother's", "father's", 'eid', 'diwali', 'together', 'day', 'nights', 'touch', 'join', 'attend', 'pop', 'frequen', 'supervision', 'trip', 'outing', 'pick', 'collect', 'trip', 'outing', 'postcard', 'reunion', 'zoom', 'get-together'];
export const ANY_CONTACT_WORD = anyAtWordStart(ANY_CONTACT_ALTERNATIVES);

/**
 * The words every cue needs, read from the patterns above and in contact-fragments.ts and
 * contact-joining.ts (the contact rule's gate): a verb of togetherness ("see", "phone", "write to",
 * "have time with"), a noun of contact ("contact", "visits", "family time", "calls", "letters",
 * "sessions", "trips", "weekends"), a fragment's own words (an occasion, "how often", "supervised"),
 * joining ("join", "attend"), or being together ("get together"). The rest need two words: going or staying with family, having the
 * children over or on a recurring day ("every", "at weekends", "on Saturdays", "for tea"), taking
 * them out, days out, and coming or popping round to the children's home.
 */
export const CONTACT_GATE = {
  words: [
    'see', 'visit', 'meet', 'spend', 'time', 'catch', 'touch', 'phon', 'ring', 'rung', 'call', 'text', 'video', 'facetime', 'skype', 'whatsapp', 'contact', 'speak', 'talk',
    'writ', 'send', 'supervis', 'unsupervis', 'sleepover', 'overnight', 'telephone', 'trip', 'outing', 'session', 'weekend', 'holiday', 'night', 'letter', 'card', 'frequen',
    'often', 'messag', 'email', 'christmas', 'boxing', 'year', 'easter', 'birthday', "mother's", "father's", 'eid', 'diwali', 'join', 'attend', 'together', 'pick', 'collect',
    'postcard', 'reunion', 'zoom', 'get-together',
  ],
  groups: [
    [['stay', 'sleep', 'go', 'com', 'pop', 'nip'], KIN_STEMS],
    [['hav', 'has'], ['over', 'round', 'stay', 'every', 'each', 'most', 'some', 'alternate', 'other', 'weekend', 'on', 'night', 'day', 'tea', 'overnight', 'holiday', 'after', 'when', 'sometimes', 'occasionally', 'now']],
    [['tak'], ['out', 'swimming', 'fishing', 'shopping', 'bowling', 'skating', 'camping', 'park', 'cinema', 'pictures', 'beach', 'seaside', 'zoo', 'football', 'funfair', 'meal', 'lunch', 'tea', 'dinner', 'breakfast', 'burger', 'pizza', 'trip', 'outing', 'holiday']],
    [['day'], ['out']],
    [['com', 'pop'], ['flat', 'house', 'home', 'placement']],
  ],
};
