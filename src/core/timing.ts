// These patterns only ever see folded (lower-case) text and are written in lower case, so they carry
// no case-insensitive flag, which would make every character comparison slower.
// A small grammar for "when or how often" in a task: dates, deadlines, frequencies, durations and
// standing rules ("at all times", "will not"). The date reader (dates.ts) finds the dates of the
// agreement itself; these regexes also take frequencies like "twice a week" or "each Thursday at 2pm",
// and run in microseconds, which matters because every task line is checked on every keystroke burst.

import { guarded } from './guarded-pattern';

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|a|an|a couple of|a few)';
const UNIT = '(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|working days?|school days?|sessions?|visits?)';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?s?';
const EVENT = '(?:appointments?|visits?|sessions?|meetings?|classes|class|groups?|contacts?|reviews?|core group|school days?|school mornings?|mornings?|evenings?|nights?|weekends?|weekdays?|days?|weeks?|months?|times?|occasions?|drug tests?|tests?|home visits?|contact sessions?|term|meals?|mealtimes?|feeds?|bath ?times?|baths?|nappy changes?|(?:phone |video )?calls?|hand-?overs?|pick-?ups?|drop-?offs?|collections?|lessons?|sleepovers?|overnight stays?|stays?|fortnights?|paydays?|pay days?)';

/** A state nobody can point to the day of: "once things are settled", "when it is safe to do so", "when she is well enough". */
export const VAGUE_STATE = '(?:things|everything|it|matters|the situation|circumstances|life|he|she|they)\\s+(?:(?:are|is|have|has|get|gets|feel|feels|seem|seems)\\s+)?(?:(?:more|a bit|a little|got)\\s+)?(?:settled|settle|calmer|calm|better|improved|improve|sorted|right|stable|ready|easier|back to normal|safe|appropriate|well enough)\\b';

// Every alternative but the last starts at a word boundary: one \b in front of the group, rather
// than one per alternative, lets the engine reject most positions at once (about twice as fast;
// the same alternatives are tried in the same order, so matches are unchanged).
const TIME_ALTERNATIVES = [
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
  `${MONTH}\\s+\\d{4}\\b`,
  `\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`,
  `${WEEKDAY}\\b`,
  `(?:every|each|all|any|at every|at each|at all|before every|after every|before each|after each)\\s+(?:(?:other|single|school|working|\\w+'s|of (?:the|his|her|their|\\w+'s) )\\s*)?(?:\\w+\\s+)?${EVENT}`,
  // A count of a kind of day or week: "every 10 working days", "every two school weeks".
  `every\\s+${NUMBER}(?:\\s*(?:to|or|-|\u2013)\\s*${NUMBER})?\\s+(?:(?:calendar|clear|full|school|working)\\s+)?${UNIT}`,
  `(?:daily|weekly|fortnightly|monthly|nightly|hourly|annually|termly)\\b`,
  `(?:once|twice|three times|four times|five times|\\d+ times|${NUMBER} times)\\s+(?:a|per|each|every)\\s+\\w+`,
  `(?:once|twice)\\b(?!\\s+${VAGUE_STATE})`,
  `(?:per|a) (?:day|week|month|fortnight)\\b`,
  `(?:by|before|within|no later than|until|till|from|after|starting|for|during|over|in|over the next|in the next|for the next)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER}\\s+${UNIT}`,
  `(?:by|before|until|till|from|starting|no later than|on or before)\\s+(?:the\\s+)?(?:end of|start of|beginning of|next|this|${WEEKDAY}|${MONTH}|\\d|tomorrow|today|tonight|half[- ]term|christmas|easter|the (?:next|review|date|core group|meeting|conference|first|second|end))`,
  // An occasion in the family's or the case's calendar: "before the RCPC", "by the final hearing", "on Ava's birthday".
  `(?:by|before|until|ahead of|in time for)\\s+(?:the\\s+)?(?:(?:next|first|final|initial)\\s+)?(?:rcpc|icpc|(?:child protection |review |cp )?conference|(?:court )?hearing|irh|court date|(?:lac|cla|looked[- ]after) review|pep|strategy meeting|birth|due date|baby is born|baby's birth|discharge|(?:summer|school|christmas|easter) holidays|new term|start of (?:the )?(?:new )?term)\\b`,
  `on (?:(?:his|her|their|[a-z]+'s) )?birthdays?\\b|on (?:christmas|new year's) (?:day|eve)\\b|on boxing day\\b|(?:morning|night|evening)s? and (?:morning|night|evening)s?\\b`,
  // Notice counted back from an event: "at least four weeks beforehand", "two hours before", "a day in advance".
  `${NUMBER}\\s+${UNIT}\\s+(?:before(?:hand)?|in advance|ahead)\\b`,
  `\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)`,
  `\\d{1,2}[:.]\\d{2}\\b`,
  `(?:noon|midday|midnight|o'clock|bedtime|bath ?time|mealtimes?|breakfast time|teatime|school run)\\b`,
  `(?:always|never|at all times|at any time|any time|anytime|24 hours a day|day or night|day and night|night and day|(?:in|during|outside|out of) (?:working|office|school) hours|out of hours|immediately|straight away|right away|at once|today|tomorrow|tonight|this week|next week|this month|next month|on time)\\b`,
  `(?:from now on|from today|from the date|from the start|from this|for the (?:duration|length|whole|life|rest|period) of|for as long as|throughout|while this agreement|whilst this agreement|while the agreement|whilst the agreement|until the (?:review|agreement|end))`,
  `(?:during|at the start of|at the end of|at the beginning of)\\s+(?:each|every|all|any|the)?\\s*\\w+`,
  `(?:whenever|each time|every time|any time|on arrival|on the day|within 24 hours)\\b`,
  // A day fixed by an event the line or its row names: "text the code word and take the children to school that day".
  `(?:that|the same|the next|the following) (?:day|night|evening|morning|afternoon)\\b`,
  // The length of an event: "phones stay in the lockers for the whole session".
  `(?:for|during|throughout) (?:the )?(?:whole|entire|full) (?:session|visit|contact|meeting|time|day|night|weekend|stay)\\b`,
  // Parts of every day or week, and while a standing situation lasts: "after school", "at weekends", "while Mia is in her care".
  `(?:(?:after|before) school|on school (?:days|nights|mornings)|at (?:weekends?|the weekends?|night|nights|half[- ]term)|in the (?:mornings|evenings|afternoons|school holidays)|over the (?:school holidays|holidays|weekends?)|while (?:the children|the baby|[a-z]+) (?:is|are) (?:in (?:his|her|their) care|with (?:him|her|them)))\\b`,
  `(?:if|when|as soon as)\\s+(?!${VAGUE_STATE})(?:he|she|they|mr|mrs|ms|miss|mum|dad|jo|sam|the|there|anyone|either|any|[a-z]+)\\s+(?:\\w+\\s+){0,6}?(?:is|are|has|have|was|were|feels?|becomes?|does|do|arrives?|comes?|asks?|calls?|phones?|misses|drinks?|uses?|gets?|needs?|happens?|returns?|wants?|visits?)\\b`,
];
/**
 * Every time expression, with the g flag for the contact rule's scan of them all (contact-details.ts). One
 * pattern, not a copy with other flags: V8 compiles each on its own (313 KB of machine code). Ask
 * `holdsTimeExpression`, which starts from the text's beginning, rather than its own `test`.
 */
export const TIME_EXPRESSION = new RegExp(`\\b(?:${TIME_ALTERNATIVES.join('|')})|^\\s*(?:if|when|whenever)\\b`, 'g');

/** Whether the text holds a time expression (`TIME_EXPRESSION` from the start, left at the start). */
export function holdsTimeExpression(text: string): boolean {
  TIME_EXPRESSION.lastIndex = 0;
  const found = TIME_EXPRESSION.test(text);
  TIME_EXPRESSION.lastIndex = 0;
  return found;
}

/**
 * The alternatives that start with a digit ("4 March", "3:30pm"), on their own. The engine can skip
 * straight to the digits of a text, so this finds the commonest kind of time far more cheaply than
 * the whole list; since it is part of the list, trying it first never changes the answer.
 */
const DIGIT_TIME = new RegExp(`\\b(?:${TIME_ALTERNATIVES.filter((alternative) => alternative.startsWith('\\d')).join('|')})`);

/** "Will not", "stop", "never": a standing rule that applies at all times, so it needs no date. */
export const STANDING_RULE = /\b(?:will not|won't|will never|must not|mustn't|shall not|is not to|are not to|not to|no longer|will stop|to stop|stop (?:\w+ing)|refrain|abstain|will keep (?:away|out)|will stay away|will (?:remain|stay) (?:away|sober|abstinent|alcohol[- ]free|drug[- ]free|off (?:drugs|alcohol|the drink))|(?:does|do|did) not|doesn't|don't|is not|isn't|are not|aren't|will not allow|will not let|will not leave|keep (?:\w+ ){1,3}away|stays? away|(?:has|have) no contact|no contact)\b/;

/**
 * Words that make an otherwise specific task optional or unmeasurable; not in a term of art ("reasonable grounds",
 * "reasonable adjustments", "appropriate adult") nor for times someone else has chosen ("at times Jade has chosen"); an offer
 * the family may take up or not ("if she wants him to") leaves the choice to them, not the task open.
 */
// One \b in front of the group instead of one per alternative: same attempts in the same order, fewer of them.
export const WEAK_QUALIFIER = /\b(?:(?:as|where|when|if|whenever) (?:appropriate|needed|required|necessary|possible|able|and when|(?:they|he|she) can\b(?!')|they are able|he is able|she is able)\b|(?:when|if|whenever) (?:she|he|they|you|i|we) (?:needs? (?:it|them|help|support|us|me|him|her)\b|wants? (?:it|them|help|support|us|me|him|her)\b(?! to\b))|as (?:much|often|soon) as (?:possible|they can|he can|she can|needed)\b|(?:regularly|regular|from time to time|occasionally|periodically|at times(?! (?:that |when )?[a-z]+ (?:(?:has|have) )?(?:chooses|choose|chosen|picks|pick|picked|agrees|agree|agreed|prefers|prefer|suits|suit|sets|set|asks for|ask for|asked for|wants|want)\b)|sometimes|more often|when convenient|if convenient|where practicable|as far as possible|hopefully|ideally|try to|try and|attempt to|aim to|endeavour to|do (?:their|his|her) best to)\b|(?:appropriate|appropriately|adequate|adequately|suitable|suitably|sufficient|proper|properly|reasonable)\b(?! (?:grounds|adjustments?|adult)\b)|at (?:a|the) (?:decent|sensible|normal|good) (?:hour|time)\b)/g;

export function hasTimeExpression(folded: string): boolean {
  return DIGIT_TIME.test(folded) || holdsTimeExpression(folded) || STANDING_RULE.test(folded);
}

/** Weak qualifiers, with a fix-it message for each, as spans in the folded text. */
export function weakQualifiers(folded: string): Array<{ start: number; end: number; phrase: string }> {
  const out: Array<{ start: number; end: number; phrase: string }> = [];
  WEAK_QUALIFIER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WEAK_QUALIFIER.exec(folded))) {
    out.push({ start: match.index, end: match.index + match[0].length, phrase: match[0] });
  }
  return out;
}

/**
 * When told by the event a task goes with rather than by a date (for tasks only: the contact rules still ask
 * a contact line for its date or frequency): a step of a routine ("before leaving the house", "after cooking"),
 * occasions of a kind ("on unannounced visits", "at handovers", "any car that drops him off"), holidays ("over Christmas"), a person's
 * comings and goings ("on discharge", "on his return"), something that happens ("straight after it meets",
 * "once Kit starts school"), a day fixed by another ("the day before"), and paying for a thing the agreement
 * arranges, which is due when the thing is.
 */
export const EVENT_ANCHORED = guarded(
  /\b(?:before|after|when|while|whilst|on|at|during|in|over|for|through|once|until|till|the|pay|pays|fund|funds|any)\b/,
  new RegExp(
    [
      '\\b(?:before|after|when|while|whilst|on) (?!(?:morning|evening|nothing|something|anything|everything|thing|spring|string|ring|king|during|ceiling|wedding|building|ping)\\b)[a-z]+ing\\b',
      "\\b(?:on|at|during|in) (?:[a-z'\u2019-]+ ){0,2}(?:visits|trips|outings|days out|sessions|handovers|hand-overs|pick-ups|drop-offs|journeys)\\b",
      '\\b(?:over|at|during|through) (?:the )?(?:christmas|easter|half[- ]term|new year|eid|diwali|summer holidays|summer|holidays)\\b',
      "\\bon (?:(?:his|her|their|[a-z]+'s) )?(?:discharge|release|return|arrival|admission)\\b",
      `\\b(?:after|before|once|until|till) (?!${VAGUE_STATE})(?:it|he|she|they|we|you|(?:the|his|her|their|[a-z]+'s) [a-z-]+|[a-z]+) (?:is|are|has|have|meets|ends|starts|finishes|leaves|arrives|gets|comes|goes|happens|[a-z]+ed)\\b`,
      '\\bthe (?:day|night|evening|morning|afternoon|week) (?:before|after|of)\\b',
      // Each time a thing of a kind turns up: "note the registration of any car that drops him off".
      '\\bany (?!(?:concerns?|issues?|worries|problems?|difficulties|support|help|services?)\\b)(?:[a-z-]+ ){1,2}(?:that|who|which) [a-z]+s\\b',
      "\\b(?:pays? for|funds? the cost of|covers? the cost of|funds?) (?:the|his|her|their|a|an|[a-z]+'s)\\b",
    ].join('|'),
  ),
);
