// The words a threatened consequence is built from, kept as data so they read as guidance: a
// consequence is a threat when its result is the child moved away from the parent, the parent
// losing the child or their time or rights with them, or the court put as the result. The logic
// that joins them to a family's failure is in breach-consequence.ts and rules/threatening.ts.

/** Verbs that move a child away from a parent, whoever does it: "taken from her", "moved out of the home". */
export const MOVING_VERBS = ['taken', 'removed', 'moved', 'sent', 'placed', 'taking', 'removing', 'moving'];

/** Verbs that keep a child somewhere else: "kept away from home", "looked after away from you". */
export const KEEPING_VERBS = ['kept', 'looked after', 'cared for', 'brought up', 'raised', 'living', 'live', 'staying', 'stay'];

/** Words that say "away from": a child moved out of or away from the parent or home. */
export const AWAY_MARKERS = ['away from', 'out of', 'from'];

/** The parent, their care or their home, as what a child is moved away from. */
export const PARENT_OR_HOME = [
  'you', 'your care', 'mum', 'dad', 'mummy', 'daddy', 'home', 'the home', 'the family home', 'your home',
  "(?:his|her|their) (?:mum|dad|mother|father|parents|family|home|care)", "[a-z]+'s (?:care|home)",
];
/** Pronouns a child is taken from: only after a moving verb ("kept away from him" is a safety step). */
export const PARENT_PRONOUNS = ['her', 'him', 'them'];

/** What a parent can lose with a child: "the right to see", "their time with". */
export const RIGHTS_TO_SEE = ['see', 'visit', 'have contact', 'contact', 'spend time', 'be with', 'care for', 'look after'];

/** The council's route said to be the only one left: "no other route than", "no alternative but", "no other course open to us except". */
export const NO_OTHER_WAY_NOUNS = ['choice', 'options?', 'alternatives?', 'routes?', 'paths?', 'courses? of action', 'courses?', 'way', 'avenues?', 'recourse'];

/** What the only way left is said to be, after the noun and a few words: "no other course open to us except". */
export const ONLY_EXCEPT = ['but', 'except', 'other than', 'apart from', 'save', 'than'];

/** The council's hand said to be forced: "would be forced to act", "our hands will be tied". */
export const HAND_FORCED = [
  '(?:forced|compelled|obliged|duty[- ]bound|bound) to (?:act|take|apply|start|begin|issue|remove|go|consider|escalate|involve|seek|step in|intervene|use)',
  '(?:our|its|the council\'s|the local authority\'s) hands (?:are|will be|would be|may be|could be) tied',
  'nothing (?:else|more|other) (?:[a-z\']+ ){0,4}?(?:but|except|other than|apart from|than)',
  '(?:only|last) (?:option|choice|course|route|way|avenue) (?:left|open|available|remaining)',
];

/** The court or a legal escalation put as the result, in any verb form: "apply for an order", "prepared to go to court". */
export const LEGAL_ESCALATIONS = [
  'apply (?:to (?:the )?court|for an? (?:\\w+ ){0,3}order)',
  'applying (?:to (?:the )?court|for an? (?:\\w+ ){0,3}order)',
  'ask(?:ing)? (?:a|the) (?:judge|court|magistrates?)',
];

/** Stances that state an outcome without a modal verb: "is prepared to go to court", "the next step would be". */
export const OUTCOME_STANCES = ['prepared to', 'reserves? the right to', 'ready to', 'intends? to', 'planning to', 'plans? to', 'next step', 'final step', 'last step', 'no other', 'risks?', 'at risk of'];

/** Words that open a consequence without "if": "otherwise", "or else", "failing that", "keep to this or we will …". */
export const CONSEQUENCE_OPENERS = [
  'otherwise', 'or else', 'failing that', 'if not', 'without (?:\\w+ )?(?:changes?|improvements?|progress)',
  // Not "Mum or Dad will": the subject after "or" is the council, the court or the children, never a name.
  "or (?:we|i|the (?:council|local authority|court|children|child|baby|kids)|children's (?:services|social care)|social care|your (?:children|child|baby|kids|contact|family time|time)) (?:will|would|may|might|could|shall)",
];

/** A bad state of the home or the children's care, as a failure in a condition: "if the home is dirty". */
export const BAD_STATES = [
  'dirty', 'unclean', 'unsafe', 'unhygienic', 'messy', 'chaotic', 'cluttered', 'filthy', 'hungry', 'unfed', 'unwashed', 'bruis\\w*',
  'injur\\w*', 'hurt', 'harmed', 'alone', 'on (?:their|his|her) own', 'unsupervised', 'late', 'absent', 'empty', 'no food',
];

/** What a parent is said to lose a child by: "could cost her the children", "never have Skye home again". */
export const LOSING_THE_CHILD = [
  "cost (?:[a-z']+ )?(?:(?:the|your|her|his|their|all) )?(?:care of (?:the |her |his |their |your )?)?(?:children|child|kids|baby|son|daughter|boys|girls|twins)",
  "never (?:[a-z']+ ){0,3}?(?:home|back) again",
  "(?:somewhere|someone|somebody) else (?:for (?:[a-z']+ ){1,3}?)?to (?:live|stay|care for|look after|bring|grow up|be brought up|be raised)",
  // The parent told to give up the children or time with them: "you can forget about having them at weekends".
  "forget (?:about )?(?:having|seeing|keeping|getting|taking) (?:(?:the|your|her|his|their) )?(?:children|child|kids|baby|boys|girls|twins|them|him|her)",
  '(?:another|a new|a different) (?:home|family|place) to (?:live|grow up)',
  '(?:grow|grows|growing) up (?:with|in) (?:another|a different|a new|foster)',
  "(?:find|finds|found|finding) (?:[a-z']+ ){0,2}?(?:another|(?:an? )?(?:new|different|other|alternative|permanent|adoptive|forever)) (?:homes?|famil(?:y|ies)|carers?|parents)",
];

/** The children's time with a parent, as what a breach ends: "his weekends with Rio will be stopped". */
export const TIME_TOGETHER = ['contact', 'family time', 'visits?', 'time with [a-z]+', 'weekends?', 'overnights?', 'overnight stays?', '(?:phone |video )?calls', 'sessions'];

/** The children's time with a parent as something that goes on (not one visit or session, which may end that day as a safety step). */
export const ONGOING_TIME = ['contact', 'family time', 'visits', 'time (?:with|together)', 'weekends', 'overnights', 'overnight stays', '(?:phone |video )?calls', 'sessions', 'meet-?ups'];

/** A parent's time or care, owned, as what a breach takes away: "his time with", "her Saturdays with Mum", "your care of". */
export const OWNED_TIME = [
  'time', 'contact', 'family time', 'visits?', 'weekends?', 'overnights?', 'overnight stays?', 'stays', 'sessions', 'calls', 'days', 'evenings', 'afternoons', 'mornings', 'holidays',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)days?', 'care', 'placement',
];

/** What happens to that time or care: ended, cut or lost, in any form ("will end his time with", "she'll lose her Saturdays"). */
export const ENDING_VERBS = [
  'end', 'ends', 'ending', 'ended', 'stop', 'stops', 'stopping', 'stopped', 'cut', 'cuts', 'cutting', 'lose', 'loses', 'losing', 'lost', 'forfeit\\w*',
  'withdraw\\w*', 'suspend\\w*', 'cancel\\w*', 'terminat\\w*', 'restrict\\w*', 'reduc\\w*', 'limit\\w*', 'take away', 'taking away', 'bring to an end', 'put an end to',
];

/** People other than the parent a child would live with: "another carer", "foster carers", "a new family". */
export const OTHER_CARERS = [
  '(?:another|other|different|new|alternative|foster|temporary|permanent) (?:carers?|famil(?:y|ies)|parents?|adults?|people|households?|homes?)',
  // Carers with no family named: "staying with carers we choose" (not "their carers", read where it is used).
  'carers',
  'strangers',
];

/** Leaving or coming out of a parent's care or home, as what happens to a child: "Poppy leaving her care", "Noah will come out of your care". */
export const LEAVING_VERBS = ['leave', 'leaves', 'leaving', 'left', 'come out of', 'coming out of', 'taken out of', 'move out of', 'moving out of', 'moved out of', 'removed from'];

/** What a breach is read as against the parent: "take this as Gemma not putting the children first", "regard it as a refusal". */
export const JUDGED_AS_VERBS = ['see', 'sees', 'seen', 'view', 'viewed', 'treat', 'treated', 'regard', 'regarded', 'take', 'taken', 'count', 'counted', 'record', 'recorded', 'consider', 'considered', 'interpret', 'interpreted', 'read'];
export const FAILINGS = [
  'fail\\w*', 'refus\\w*', 'unable', 'positive (?:result|test|sample)', 'inability', 'unwilling\\w*', 'lack of', 'neglect\\w*', 'non-\\w+', 'non(?:compliance|attendance|engagement|cooperation)', 'disengag\\w*', 'breach\\w*', 'proof', 'evidence',
  '(?:not|never) (?:putting|protecting|caring|keeping|working|engaging|co-?operating|willing|able|committed|serious|taking)', 'choosing', 'putting (?:\\w+ ){0,3}?(?:before|ahead of|over)',
];

/** An alternation of cue words (each may hold its own pattern), spaces read as any run of white space. */
export function anyOf(cues: readonly string[]): string {
  return `(?:${cues.map((cue) => cue.replace(/ /g, '\\s+')).join('|')})`;
}

/** Punishments in law held over the family: "could be prosecuted", "a penalty notice", "a criminal offence", "lose the tenancy". */
export const PUNISHMENTS = [
  'prosecut\\w*', 'fined', '(?:be|been|get|gets|getting) punished', 'penalis\\w*', 'fines? (?:of|up to)', '(?:fixed )?penalty notices?', 'criminal (?:offence|record|charges?)', '(?:an|the) offence',
  '(?:be|been|get|gets|getting) (?:charged|arrested|locked up)', '(?:youth )?custody', 'sent to prison', 'report(?:ed)? you to the police', 'report(?:ed)? (?:this |it |you )?to the police as (?!soon|quickly|fast|early|possible)', "prohibit\\w* (?:[a-z'.]+ ){0,3}?from",
  // Prison as where someone is sent, not as the name of a service or a visit ("the prison family worker").
  '(?:to|in|into|back in|behind) prison', 'prison (?:sentence|term|time)', 'imprison\\w*', 'jail\\w*',
  "(?:lose|losing|lost|end|ending|ended|terminat\\w*) (?:(?:the|your|her|his|their) )?(?:tenancy|home|flat|house|placement)", 'evict\\w*', 'notice to quit', '(?:seek\\w*|apply\\w* for) possession',
  "approval\\b[^.;]{0,40}?\\b(?:withdrawn|ended|terminated|revoked)", "(?:press\\w*|bring\\w*) charges|charges? (?:being |to be )?(?:pressed|brought)",
  "tenancy (?:[a-z']+ ){0,3}?(?:at risk|ended|ending|terminated|in jeopardy)",
  'no longer (?:be )?approved',
  // A carer's placement ended as the price: "the placement with you will be brought to an end".
  "placements? (?:with [a-z']+ )?(?:will|would|could|may|might) (?:have to )?(?:be )?(?:end|ended|brought to an end|terminated|stopped|come to an end)",
  "(?:end|ending) (?:of|to) (?:the |your |this |[a-z]+'s )?placement", "(?:stay|remain|continue) (?:as|to be) (?:[a-z']+ )?carers?",
  '(?:issu\\w*(?: you| both| each)?(?: with)?|incur\\w*|for|get|receive) (?:an? )?(?:fixed )?(?:fine|penalty)',
];

/** Unnamed further steps held over the family: "we will step things up", "take matters further", "whatever action we need". */
export const UNNAMED_STEPS = [
  'step (?:things|it|this|matters) up', 'step(?:s|ping)? up (?:our|the) (?:involvement|response|action|intervention)',
  'tak(?:e|es|ing) (?:things|this|it|matters|the matter|the case) (?:a lot |much )?further', 'whatever (?:action|steps)', 'without (?:further |more |any )?warning',
  "(?:things|matters|this) (?:will|would|could|'ll) (?:get|become) (?:a lot |much )?(?:more )?serious", 'take a (?:harder|tougher|firmer|stronger) (?:line|approach|stance)',
  // The council's hand forced to act, with nothing said of how or why (not "act on it", "act quickly to find him").
  "(?:we|the council|the local authority|children's services|social care)(?: will| would| may| might|'ll|'d) (?:then )?(?:have|need|be forced|be obliged) to (?:act|intervene)(?=\\s*(?:[.;,!]|$))",
  '(?:dealt with|handled|deal with (?:it|this|that)) accordingly',
  "(?:we|the council|the local authority|children's services)(?: will| would| may|'ll) (?:have to |need to )?step in", "out of (?:our|my|your|the council's|the local authority's) hands", 'act accordingly',
  "(?:we|the council|the local authority|children's services|social care)(?: will| would| may|'ll) (?:have to |need to |then )?(?:take (?:immediate |swift |decisive )?action|(?:review|consider|look at) (?:all )?(?:of )?(?:our|its) options)",
  'move (?:on )?to the next (?:stage|level)', '(?:viewed|treated|regarded|dealt with) (?:very |extremely |most )?(?:seriously|firmly|robustly|strictly)',
  'draw (?:our own |the obvious |our )?conclusions?', 'assume the worst',
];

/** A family turning down or walking away from what is asked, as a failure in a condition: "if you turn down the offer", "skip another session". */
export const REFUSALS = [
  'turn\\w* (?:it |them |this |that )?down', 'declin\\w*', 'say\\w* no', 'said no', 'ignor\\w*', 'avoid\\w*', 'walk\\w* (?:out|away|off)', 'storm\\w* (?:out|off)',
  '(?:drop|pull)\\w* out', 'give\\w* up', 'gave up', 'lie', 'lies', 'lied', 'lying', 'hid', 'hidden', 'hid(?:e|es|ing)', 'conceal\\w*', 'withh(?:o|e)ld\\w*', 'skip\\w*',
  'once more', 'one more', 'another', 'more', 'abandon\\w*', 'cancel\\w*',
  // Leaving treatment, a placement or a visit before its end: "leaves rehab early", "discharges herself", "runs off".
  "leav\\w* (?:[a-z']+ ){0,3}?early", 'discharg\\w* (?:herself|himself|themselves|yourself|myself)', 'r[au]n\\w* off', 'abscond\\w*', 'quit\\w*',
];

/** Help or a service taken away or not offered, as the price of a failure: "support will be withdrawn", "you will not be offered anywhere else". */
export const HELP_NOUNS = ['help', 'support', 'services?', 'offers?', 'places?', 'funding', 'payments?', 'accommodation', 'housing', 'tenancy offers?', 'appointments?', 'sessions', 'course', 'scheme', 'programme', 'allowance'];
export const NOT_OFFERED_VERBS = ['offer\\w*', 'give', 'given', 'provid\\w*', 'find', 'found', 'arrang\\w*', 'fund\\w*', 'help\\w*', 'support\\w*', 'house', 'housed', 'rehous\\w*', 'accommodat\\w*'];

/** Orders that stop one act to keep a child safe, not orders about where the child lives: asking for one is a named safety step. */
export const PROTECTIVE_ORDERS = [
  '(?:fgm|female genital mutilation|forced marriage) protection', 'prohibited steps', 'non-molestation', 'occupation', 'specific issue', 'restraining',
];
