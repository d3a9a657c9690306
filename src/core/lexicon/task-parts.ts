// The word classes the vague-task rule reads a task's parts by (src/core/rules/vague-parts.ts): kinds of verb (attitudes,
// states, outcomes aimed at, help of a kind), kinds of object (a class of things rather than one), and the small words
// around them. Classes of meaning, grown from the guidance and from how agreements are written, not wordings of any one.
// All are folded (lower-case) words, looked up one word at a time.

/** Attitudes, hopes and efforts: nothing anyone can see happen, whatever follows ("respect his sister", "try to be calmer"). */
export const ATTITUDE = new Set([
  'try', 'tries', 'aim', 'aims', 'hope', 'hopes', 'strive', 'strives', 'endeavour', 'endeavours', 'want', 'wants', 'wish', 'wishes',
  'intend', 'intends', 'respect', 'respects', 'value', 'values', 'appreciate', 'appreciates', 'trust', 'trusts', 'believe', 'believes',
  'cherish', 'cherishes', 'love', 'loves', 'embrace', 'embraces', 'commit', 'commits', 'care', 'cares', 'consider',
  'considers', 'reflect', 'reflects', 'recognise', 'recognises', 'acknowledge', 'acknowledges', 'understand', 'understands', 'realise',
  'realises', 'prioritise', 'prioritises', 'empathise', 'empathises', 'bond', 'bonds',
]);

/** Of those, the words that are as often nouns ("with love and respect", "her wishes"): read as verbs only where a verb must stand. */
export const ALSO_NOUNS = new Set(['respect', 'value', 'values', 'trust', 'love', 'care', 'wish', 'wishes', 'aim', 'aims', 'hope', 'hopes', 'bond', 'bonds', 'support', 'help', 'change', 'progress', 'work', 'focus', 'control', 'guide', 'check', 'watch', 'limit', 'address', 'sort', 'deal', 'look', 'keep', 'build', 'review', 'monitor']);

/** Verbs of being, becoming and feeling: vague when what follows is a state nobody can check ("be calmer", "stay positive"). */
export const STATE_VERB = new Set(['be', 'become', 'becomes', 'feel', 'feels', 'seem', 'seems', 'appear', 'appears', 'get', 'gets', 'stay', 'stays', 'remain', 'remains', 'keep', 'keeps', 'grow', 'grows', 'act', 'acts', 'behave', 'behaves']);

/** States, moods and manners, as words after "be", "stay" or "feel" (not the checkable ones: sober, home, ready, on time, available). */
export const STATE = new Set([
  'better', 'good', 'great', 'nice', 'nicer', 'kind', 'kinder', 'calm', 'calmer', 'happy', 'happier', 'positive', 'patient', 'understanding',
  'supportive', 'honest', 'open', 'truthful', 'respectful', 'polite', 'responsible', 'reliable', 'consistent', 'mature', 'sensible',
  'careful', 'cautious', 'aware', 'mindful', 'vigilant', 'alert', 'protective', 'attentive', 'nurturing', 'loving', 'caring', 'warm',
  'warmer', 'gentle', 'gentler', 'firm', 'firmer', 'strong', 'stronger', 'strict', 'stricter', 'involved', 'engaged', 'committed', 'motivated',
  'focused', 'child-focused', 'child-centred', 'proactive', 'cooperative', 'co-operative', 'compliant', 'approachable', 'settled', 'stable',
  'safe', 'safer', 'healthy', 'healthier', 'okay', 'ok', 'fine', 'alright', 'confident', 'independent', 'organised', 'tidier',
  'quieter', 'friendlier', 'friendly', 'helpful', 'considerate', 'thoughtful', 'tolerant', 'fair', 'fairer', 'flexible', 'realistic',
  'accountable', 'transparent', 'receptive', 'willing', 'resilient', 'assertive', 'relaxed', 'content', 'comfortable', 'secure', 'loved',
  'valued', 'heard', 'included', 'welcome', 'welcoming', 'reassured', 'supported', 'empowered', 'encouraging', 'encouraged', 'hopeful',
  'optimistic', 'cheerful', 'closer', 'appropriate', 'suitable',
  'sensitive', 'responsive', 'reasonable', 'civil', 'courteous', 'considerate', 'tolerant', 'forgiving', 'trusting', 'trustworthy',
  'dependable', 'genuine', 'sincere', 'passionate', 'dedicated', 'determined', 'invested', 'interested', 'connected',
  'grounded', 'composed', 'collected', 'level-headed', 'upbeat', 'steady', 'steadier', 'clearer', 'easier',
]);

/** States a thing or person is kept in, beyond the moods above: "keep Harvey happy", "keep the house safe", "keep Nan updated". */
export const KEPT_IN = new Set(['clean', 'tidy', 'warm', 'fed', 'occupied', 'entertained', 'busy', 'presentable', 'sorted', 'straight', 'updated', 'informed', 'posted', 'involved', 'happy', 'safe', 'healthy', 'settled', 'calm', 'content', 'comfortable', 'nice', 'stable', 'secure', 'safer', 'happier', 'cleaner', 'tidier']);

/** Verbs that keep or make something so: "keep X happy", "make the flat nicer", "get the house sorted". */
export const KEEPING = new Set(['keep', 'keeps', 'make', 'makes', 'get', 'gets', 'leave', 'leaves']);

/** Manners nobody measures, of what someone else does: "make sure Maja eats healthily". */
export const MANNER = new Set(['healthily', 'well', 'properly', 'safely', 'appropriately', 'sensibly', 'responsibly', 'nicely', 'happily', 'enough', 'better', 'more', 'less']);

/** Provision of a kind: "provide a stable home", "give good enough care", "offer appropriate support". */
export const PROVIDING = new Set(['provide', 'provides', 'give', 'gives', 'offer', 'offers', 'create', 'creates', 'offer', 'ensure', 'ensures']);

/** Qualities nobody measures, before what is provided ("a stable and nurturing home", "good enough care"). */
export const QUALITY = new Set(['good', 'better', 'stable', 'nurturing', 'safe', 'safer', 'secure', 'appropriate', 'suitable', 'adequate', 'proper', 'positive', 'loving', 'warm', 'consistent', 'healthy', 'healthier', 'clean', 'calm', 'happy', 'settled', 'enough', 'sufficient', 'decent', 'reasonable', 'acceptable', 'high', 'quality', 'nice', 'caring', 'structured', 'predictable']);

/** Degree words before a state ("be a lot calmer", "feel much more settled"), and "more"/"less" that make any word a state. */
export const DEGREE = new Set(['a', 'bit', 'lot', 'little', 'much', 'even', 'really', 'very', 'quite', 'far', 'generally', 'always', 'emotionally', 'so', 'as']);

export const COMPARING = new Set(['more', 'less']);

/** What "more" or "less" may be followed by and still be a quantity that can be counted ("be less than ten minutes late"). */
export const COUNTED = new Set(['than', 'time', 'often', 'days', 'hours', 'nights', 'visits', 'money']);

/** Outcomes aimed at: vague on a class of things whenever they happen ("improve home conditions", "maintain the routines"). */
export const OUTCOME = new Set([
  'improve', 'improves', 'maintain', 'maintains', 'manage', 'manages', 'address', 'addresses', 'tackle', 'tackles', 'sustain', 'sustains',
  'enhance', 'enhances', 'strengthen', 'strengthens', 'promote', 'promotes', 'nurture', 'nurtures', 'develop', 'develops', 'build', 'builds',
  'resolve', 'resolves', 'sort', 'sorts', 'deal', 'deals', 'work', 'works', 'focus', 'focuses', 'concentrate', 'concentrates', 'oversee',
  'oversees', 'handle', 'handles', 'change', 'changes', 'progress', 'prioritise', 'prioritises', 'uphold', 'upholds', 'adhere', 'adheres',
  'fulfil', 'fulfils', 'honour', 'honours', 'rebuild', 'rebuilds', 'repair', 'repairs', 'transform', 'transforms', 'stabilise', 'stabilises',
]);

/** Outcome verbs that are one only with their particle: "work on" (not "work with"), "deal with", "sort out", "focus on". */
export const OUTCOME_PARTICLE: Record<string, readonly string[]> = {
  work: ['on', 'towards'], works: ['on', 'towards'], deal: ['with'], deals: ['with'], sort: ['out'], sorts: ['out'],
  focus: ['on'], focuses: ['on'], concentrate: ['on'], concentrates: ['on'], adhere: ['to'], adheres: ['to'],
};

/** The particle an outcome verb takes before its object ("work on", "deal with", "look into", "keep on top of"). */
export const PARTICLE = new Set(['on', 'with', 'into', 'out', 'towards', 'after', 'at', 'up', 'to', 'over', 'top', 'of', 'an', 'eye']);

/** Help of a kind: vague on a class of things, or on anyone with no time but "always" ("always support Ayaan"). */
export const HELP = new Set(['monitor', 'monitors', 'liaise', 'liaises', 'communicate', 'communicates', 'support', 'supports', 'help', 'helps', 'assist', 'assists', 'encourage', 'encourages', 'reassure', 'reassures', 'guide', 'guides', 'empower', 'empowers', 'motivate', 'motivates', 'care', 'cares', 'look', 'looks', 'safeguard', 'safeguards', 'nurture', 'nurtures']);

/** Help nobody can see given, whoever gets it ("support Jayden", "encourage Mum"), unlike "help Dad with the shopping". */
export const ABSTRACT_HELP = new Set(['support', 'supports', 'encourage', 'encourages', 'reassure', 'reassures', 'empower', 'empowers', 'motivate', 'motivates', 'guide', 'guides', 'nurture', 'nurtures', 'safeguard', 'safeguards', 'monitor', 'monitors']);

/** "Look" and "care" are help only with their particle: "look after", "care for". */
export const HELP_PARTICLE: Record<string, string> = { look: 'after', looks: 'after', care: 'for', cares: 'for' };

/** A class noun followed by one of these is said which ("the appointments at the Royal", "the sessions run by Hope House"). */
export const SAYS_WHICH = new Set(['at', 'in', 'on', 'run', 'called', 'named', 'from', 'about', 'set', 'listed', 'below', 'above', 'agreed', 'booked', 'arranged', 'offered', 'given', 'with']);

/** Verbs that send someone or something somewhere: a "to" after them leads to a place, not to a verb. */
export const SENDS_TO = new Set(['go', 'goes', 'take', 'takes', 'bring', 'brings', 'come', 'comes', 'get', 'gets', 'talk', 'talks', 'speak', 'speaks', 'refer', 'refers', 'send', 'sends', 'write', 'writes', 'give', 'gives', 'return', 'returns', 'move', 'moves', 'listen', 'listens', 'explain', 'explains', 'say', 'says', 'show', 'shows', 'report', 'reports', 'apply', 'applies', 'tell', 'tells', 'drive', 'drives', 'walk', 'walks', 'point', 'points', 'signpost', 'signposts', 'introduce', 'introduces', 'link', 'links', 'invite', 'invites', 'lift', 'turn', 'up', 'back', 'next', 'due', 'close', 'near', 'used', 'used']);

/** Nouns that name a class of things, not one ("appointments", "the house", "their needs", "home conditions", "routines"). */
export const CLASS_NOUN = new Set([
  'things', 'everything', 'anything', 'stuff', 'matters', 'issues', 'problems', 'concerns', 'worries', 'difficulties', 'needs', 'support',
  'help', 'services', 'agencies', 'professionals', 'appointments', 'meetings', 'sessions', 'commitments', 'arrangements', 'routines',
  'routine', 'behaviour', 'behaviours', 'behavior', 'conditions', 'home', 'house', 'household', 'environment', 'situation', 'circumstances',
  'relationship', 'relationships', 'family', 'wellbeing', 'well-being', 'welfare', 'health', 'development', 'progress', 'education',
  'learning', 'care', 'parenting', 'skills', 'boundaries', 'hygiene', 'diet', 'nutrition', 'lifestyle', 'finances', 'money', 'budget',
  'budgeting', 'debts', 'housing', 'housework', 'chores', 'responsibilities', 'risks', 'risk', 'safety', 'presentation', 'appearance',
  'emotions', 'feelings', 'mood', 'moods', 'stress', 'anger', 'temper', 'confidence', 'self-esteem', 'independence', 'communication',
  'attitude', 'attitudes', 'choices', 'decisions', 'life', 'lives', 'future', 'recovery', 'standards', 'standard', 'changes',
  'improvements', 'goals', 'targets', 'outcomes', 'expectations', 'plan', 'agreement', 'tasks', 'areas', 'aspects', 'bond', 'attachment',
  'interactions', 'engagement', 'attendance', 'sleep', 'sleeping', 'eating', 'drinking', 'use', 'mental', 'emotional', 'physical',
  'wishes', 'views', 'rules', 'order', 'state', 'upkeep', 'cleanliness', 'tidiness', 'parenting', 'insight', 'capacity', 'ability',
  'input', 'advice', 'guidance', 'recommendations', 'work', 'way', 'ways', 'world', 'day-to-day', 'everyday', 'daily', 'basic',
]);

/** Words that open a detail saying which, when or how much, so a class noun after them is not the object ("at", "by", "every"). */
export const OBJECT_ENDS = new Set(['by', 'every', 'each', 'before', 'after', 'at', 'on', 'in', 'from', 'until', 'till', 'so', 'to', 'when', 'whenever', 'if', 'while', 'whilst', 'and', 'or', 'but', 'through', 'using', 'including', 'within', 'during', 'for', 'than', 'as', 'such', 'like', 'who', 'which', 'that', 'where', 'because', 'unless', 'once', 'between']);

/** Words that take "to" before a commitment's verb ("agrees to", "is going to", "needs to"). */
export const TAKES_TO = new Set(['agree', 'agrees', 'agreed', 'need', 'needs', 'going', 'has', 'have', 'had', 'is', 'are', 'am', 'continue', 'continues', 'promise', 'promises', 'expected', 'asked', 'able', 'start', 'starts', 'begin', 'begins', 'ought', 'got', 'undertake', 'undertakes', 'also', 'always', 'then', 'and']);

/** Words between a modal and its verb that say nothing of the action ("will always", "will continue to", "will need to"). */
export const FILLER = new Set(['always', 'also', 'just', 'really', 'still', 'now', 'then', 'generally', 'actively', 'genuinely', 'fully', 'both', 'all', 'each', 'continue', 'continues', 'start', 'starts', 'begin', 'begins', 'need', 'needs', 'have', 'has', 'to', 'definitely', 'certainly', 'further', 'again', 'not', 'never']);

/** Line openings that are a subject, not an instruction ("Support worker will …"). */
export const SUBJECT_AFTER = new Set(['worker', 'workers', 'plan', 'group', 'groups', 'team', 'service', 'services', 'staff', 'network', 'package', 'fund', 'sessions', 'session', 'officer', 'needs', 'and']);

export const TIME_AFTER = new Set(['all', 'any', 'least', 'times', 'once', 'home']);

/** Words that join qualities or things within one object ("a safe and loving home", "clean or tidy"). */
export const JOINS = new Set(['and', 'or']);
