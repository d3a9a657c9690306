// The word classes the contact rule reads a clause's parts by (src/core/rules/contact-parts.ts): ways of being
// together or in touch, the words before and after them that make them a worker's visit or a thing, and the words
// around a family member or child. Classes of meaning, not wordings; folded (lower-case) words, looked up one at a time.

/** Nouns of being together or in touch (the statutory "contact" and the councils' "family time" alike). */
export const TOGETHER_NOUNS = new Set([
  'contact', 'visits', 'visit', 'visitation', 'sessions', 'session', 'calls', 'call', 'letters', 'letter', 'cards', 'card', 'postcards', 'messages', 'texts', 'emails',
  'overnights', 'overnight', 'sleepovers', 'sleepover', 'outings', 'outing', 'trips', 'trip', 'meet-ups', 'meet-up', 'get-togethers', 'catch-ups', 'reunion', 'facetime',
  'videocalls', 'stays', 'weekends', 'holidays',
]);

/** Verbs of being together or in touch, whose object (if any) must be family or a child. */
export const TOGETHER_VERBS = new Set([
  'see', 'sees', 'seeing', 'visit', 'visits', 'visiting', 'phone', 'phones', 'phoning', 'ring', 'rings', 'ringing', 'call', 'calls', 'calling',
  'text', 'texts', 'texting', 'message', 'messages', 'messaging', 'email', 'emails', 'emailing', 'facetime', 'facetiming', 'write', 'writes', 'writing', 'spend', 'spends', 'spending',
  'contact', 'contacting', 'skype', 'video-call', 'videocall',
]);

/** The first words of every way of being together below: any other word is passed over at once. */
export const MAY_START = new Set([
  ...TOGETHER_NOUNS, ...TOGETHER_VERBS, 'family', 'day', 'days', 'in', 'meet', 'meets', 'meeting', 'catch', 'catches', 'catching', 'video', 'telephone', 'zoom', 'whatsapp', 'teams',
  'stay', 'staying', 'sleep', 'sleeps', 'sleeping', 'time', 'have', 'has', 'having', 'go', 'goes', 'going',
]);

/** Before "time": not time together ("make time", "bed time", "on time"). */
export const TIME_NOT_TOGETHER = new Set(['make', 'makes', 'making', 'on', 'in', 'bed', 'screen', 'free', 'spare', 'quiet', 'same', 'any', 'what', 'alone', 'me', 'nap', 'tea', 'lunch', 'dinner', 'play', 'story', 'bath', 'school', 'home', 'first', 'long', 'hard', 'difficult']);

/** Only with a family member or child right after: "stays with Nan", "weekends at Dad's", "holidays with his aunt". */
export const NEEDS_PARTY_AFTER = new Set(['stays', 'weekends', 'holidays', 'write', 'writes', 'writing']);

/** A verb of being together followed by a noun that is neither family nor a child sees or calls someone or something else. */
export const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'his', 'her', 'their', 'your', 'my', 'our', 'its']);

/** Just before a noun of visiting: a worker's or a service's visit ("home visits", "unannounced visits"). */
export const WORK_BEFORE = new Set([
  'home', 'statutory', 'unannounced', 'announced', 'welfare', 'monitoring', 'school', 'professional', 'hospital', 'clinic', 'gp', 'dental', 'review', 'joint', 'duty', 'safe', 'emergency',
  'contact', 'house', 'health', 'check', 'assessment', 'therapy', 'counselling', 'parenting', 'course', 'group', 'programme', 'work', 'mediation', 'support', 'keywork', 'key-work',
  'intervention', 'treatment', 'training', 'advice', 'information', 'drop-in', 'team', 'network', 'mentoring', 'tutoring', 'revision', 'coaching', 'worker', 'nurse',
]);

/** Before a noun of contact: contact arranged elsewhere, being supervised, attended or recorded ("supervise every visit", "during contact"). */
export const REFERS_BEFORE = new Set(['for', 'about', 'every', 'each', 'any', 'all', 'during', 'before', 'after', 'at', 'of', 'missed', 'supervise', 'supervises', 'supervising', 'attend', 'attends', 'attending', 'observe', 'observes', 'record', 'records', 'first', 'last', 'next']);

/** After a noun of contact, its clause's verb: "visits will", "calls are". */
export const VERB_AFTER_NOUN = new Set(['will', 'can', 'may', 'could', 'should', 'must', 'shall', 'are', 'is', 'to', 'would', 'might', 'continue', 'start', 'happen', 'take', 'stay', 'go', 'move', 'need']);

/** Before a verb: it is a noun ("my phone", "a spare phone", "the old phone"). */
export const NOUN_BEFORE = new Set(['spare', 'old', 'new', 'own', 'mobile', 'charged', 'first', 'next', 'last', 'work', 'landline']);

/** Before a family word: the adults who care for the child instead of family ("adoptive parents", "foster mum"). */
export const CARER_BEFORE = new Set(['adoptive', 'foster', 'host', 'prospective', 'kinship']);

/** After "family": a word it qualifies ("family session", "Family Mediation"), so it names no one; these words leave it a party. */
export const FAMILY_AS_PARTY_BEFORE = new Set(['and', 'or', 'will', 'can', 'to', 'at', 'in', 'on', 'for', 'who', 'members', 'member', 'is', 'are', 'may', 'should', 'must', 'could', 'would', 'has', 'have', 'with', 'from', 'as', 'but', 'again', 'more', 'too', 'regularly', 'every', 'each', 'when', 'while', 'once']);

/** After "contact": the word names a thing, not an arrangement ("contact details", "contact the school"). */
export const CONTACT_THING = new Set(['details', 'number', 'numbers', 'centre', 'center', 'person', 'point', 'form', 'sheet', 'card', 'list', 'log', 'notes', 'record', 'records', 'report', 'worker', 'workers', 'supervisor', 'team', 'service', 'officer', 'room', 'us', 'me']);

/** Owners before a family word that make it a child's relative: "his dad", "their nan", "your mum", "my gran". */
export const CHILD_OWNERS = new Set(['his', 'her', 'their', 'your', 'my']);

/** Between an owner and a family word: "his birth parents", "her older sister". */
export const KIN_QUALIFIERS = new Set(['birth', 'own', 'real', 'older', 'younger', 'little', 'big', 'baby', 'maternal', 'paternal', 'biological', 'twin', 'eldest', 'youngest']);

/** After a child's name as the subject of contact: "Leah and Mum", "Reece keep in touch", "Kairo spending time". */
export const SUBJECT_NEXT = new Set(['and', 'will', 'can', 'to', 'may', 'should', 'must', 'is', 'has', 'could', 'needs', 'would', 'keep', 'keeps', 'keeping', 'spend', 'spends', 'spending', 'see', 'sees', 'seeing', 'visit', 'visits', 'visiting', 'stay', 'stays', 'staying', 'go', 'goes', 'going', 'get', 'gets', 'getting', 'have', 'having', 'continue', 'continues', 'start', 'starts']);

/** An arrangement: a modal, or a verb of arranging or changing contact. */
export const ARRANGEMENT = new Set([
  'will', 'can', 'may', 'could', 'should', 'must', 'shall', 'to', 'allowed', 'arranged', 'arrange', 'continue', 'continues', 'keep', 'keeps', 'start', 'starts', 'begin', 'resume',
  'increase', 'increased', 'offered', 'offer', 'explore', 'explored', 'build', 'planned', 'happen', "'ll", 'going', 'move', 'set', 'agreed', 'organised', 'organise', 'book', 'booked',
]);

/** Calls, letters and messages: remote contact, with no venue and nobody to take the children. */
export const REMOTE = /^(?:calls?|letters?|cards?|postcards|messages?|texts?|emails?|facetim\w*|phon\w*|ring\w*|call\w*|text\w*|messag\w*|email\w*|writ\w*|skype|video[\w-]*|touch|contact\w*)$/;
/** Verbs of calling or writing: their other party is named right after them, as family or a child ("ring his nan"), never a number or a service. */
export const REMOTE_VERB = /^(?:phon|ring|call|text|messag|email|facetim|skype|video|writ|contact)/;
/** A call or message for help ("text her sister if she needs help", "ring 999"): a safety step, not contact to timetable. */
export const SAFETY_CALL = /\b(?:999|police|(?:needs?|for|get|gets)\s+help|unsafe|emergency|danger|scared|frightened|worried|code|signal|(?:the|a|our|agreed|safe|secret|special)\s+word)\b/;
/** Two-word ways of being together: "family time", "days out", "in touch", "meeting up", "phone calls". */
export const PAIRS = /^(?:family\s+time|days?\s+out|in\s+touch|(?:meet|meets|meeting|catch|catches|catching)\s+up|(?:phone|video|telephone|zoom|whatsapp|teams|skype)\s+(?:calls?|chats?|contact)|(?:stay|stays|staying|sleep|sleeps|sleeping)\s+over|time\s+(?:with|together|between|at\s+home|alone\s+with|out\s+with))\b/;
/** Time with someone, with a few words between: "some time for the boys with their grandparents", "time on Saturdays with Dad". */
export const TIME_WITH =
  /^time\s+(?:(?:for|at|on|alone|out|back|home|each|every|the|his|her|their|some|a|both|all|children|kids|boys|girls|twins|baby|[a-z]+days|weekends)\s+){1,4}?(with|together|between)\b/;
