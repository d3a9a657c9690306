// When a task happens, for the vague-task rule: beyond the dates and frequencies of `timing.ts`, a task says when
// by the occasion it goes with ("for every sleep", "at drop-off", "while Mason is staying", "the same week") or by
// being a rule that holds all the time ("keep the shed padlocked", "give Calpol only as the GP directed").
// All patterns see folded (lower-case) text; each sits behind a cheap test of the words every match holds.
import { guarded, guardedAny } from '../guarded-pattern';
import { EVENT_ANCHORED, hasTimeExpression, VAGUE_STATE } from '../timing';
import type { DocumentView } from '../document-view';

/**
 * A standing rule holds all the time ("will only leave Oscar with…", "will not drink before…"):
 * "will not …", "and not come to …", "will stay at his brother's flat", a line that opens "Not bring …",
 * "Never leave …", "Nobody will …" or "Neither parent will …", "(will) keep no knives in the car", where someone sleeps or lives ("Jay sleeps in his own cot"), and a role someone takes on
 * for as long as the plan lasts ("Janet will be Chloe's birth partner"), and things kept safe or rules kept
 * ("keep the medication in the locked cupboard", "keep the stair gate shut", "keep to his curfew"), and one person
 * or thing instead of another ("talk to the foster carer, not the children, about court").
 */
const STANDING_RULE = guarded(
  /\b(?:not|only|never|no|nobody|nothing|none|neither|don't|stay|stays|live|lives|sleep|sleeps|remain|remains|be|keep|keeps|keeping)\b/,
  /\b(?:will|must|is to|agrees? to|are to)\s+(?:only|not|never)\b|\b(?:and|but|or) (?:will |must )?(?:not|never) [a-z]|\b(?:will|must|is to|are to) (?:stay|live|sleep|remain) (?:at|with|in|on)\b|^\W*(?:not|never|do not|don't|no|nobody|no one|no-one|none of|neither) [a-z]|(?:\b(?:will|must|is to|are to) |^\W*)(?:keep|have|bring|let|allow|carry|take|leave|give|post|share|say) (?:no|nothing|nobody|no one)\b|\b(?:sleeps|stays|lives|remains) (?:at|with|in|on)\b|\b(?:will|is to) be (?:[a-z]+'s|the|his|her|their) (?:[a-z-]+ ){0,2}(?:partner|carer|contact|person|worker|professional|adult|supporter|guardian|link|lead)\b|\bkeep(?:s|ing)? (?:all |the |his |her |their |any |every )?(?:[a-z'-]+,? ){0,10}(?:locked|shut|closed|out of (?:reach|sight)|in (?:a |the )?(?:locked|high)\b|switched (?:on|off)|charged)|\bkeep(?:s|ing)? to (?:his|her|their|the) (?:curfew|bail conditions|bail|rules|conditions|licence|licence conditions)\b|, not (?!(?:just|only|always|yet|even|least)\b)[a-z]/,
);

/** Verbs after "when" that are no event: a wish, a feeling, a state ("when he wants", "when she feels ready"). */
const NOT_AN_EVENT = '(?:is|was|has|does|needs|wants|wishes|feels|seems|thinks|likes|suits|needed|wanted|asked)\\b';
/** A condition says when: "if Josh smells of alcohol", "on days she cannot", "when Martin offers him a place". */
export const CONDITION_AS_WHEN = new RegExp(`\\b(?:(?:if|whenever)(?!\\s+(?:needed|required|necessary|appropriate|possible|need be|they can|he can|she can|able)\\b)|each time|every time|as soon as(?!\\s+(?:possible|practicable|able|they can|he can|she can)\\b)|on (?:the )?days?(?: when)?|when (?!${VAGUE_STATE})(?:he|she|they|[a-z]+) (?:is|are|has|have|comes?|goes?|visits?)|when (?!${VAGUE_STATE})(?:(?:the|his|her|their|[a-z]+'s) )?[a-z]+ (?!${NOT_AN_EVENT})[a-z]{2,}(?:s|ed))\\b`);

/** Taking a child to or from family time says when: every session the agreement sets ("will bring Ava to the centre and collect her"). */
const SESSION_ERRAND = /\b(?:bring|brings|take|takes|drop|drops|collect|collects|pick up|picks up|drive|drives)\b[^.;]{0,50}\b(?:to|from|at) (?:the )?(?:contact |family time )?(?:centre|session|family time)\b/;

/** Moments of a child's day or week a task goes with: "at drop-off", "before PE lessons", "for tea". */
const ROUTINE_MOMENT = "(?:drop-?offs?|pick-?ups?|lights[- ]out|wake-?up|hand-?overs?|changeovers?|collections?|bed ?times?|bath ?times?|nap ?times?|naps|sleeps|feeds?|bottles?|lunch ?times?|tea ?times?|dinner ?times?|meal ?times?|meals|breakfast|lunch|tea|dinner|registration|home time|school gates?|school runs?|lessons|classes|clubs|matches|practices|training|shifts|exams|sleepovers|overnights|weekends|journeys|days out|outings|trips|half[- ]terms?)";
const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
/** Words after "until" or "while" that make a state nobody can date ("until there are no concerns"). */
const OPEN_ENDED = '(?:there|concerns?|risks?|worries|the (?:concerns?|risks?|worries|situation|need)|(?:a|any) need)\\b';

/**
 * An occasion a task goes with (tasks only, after the dates and frequencies of `timing.ts` have failed): each of a kind
 * ("for every sleep", "after each overnight"), a moment of the day's routine ("at drop-off"), before or after something
 * ("before the children come downstairs", "after half-term"), while or until something holds ("while Mason is staying",
 * "until Kyle has left"), once something happens, the next time, a week or month named ("the same week", "in March",
 * "on the 14th"), overnight, and each of a kind of thing that turns up ("any cars that drop him off").
 */
export const OCCASION = guardedAny(
  /\b(?:for|after|before|at|on|during|with|in|from|over|following|by|throughout|ahead|while|whilst|until|till|whenever|long|once|next|first|last|time|overnight|this|that|same|following|coming|week|early|mid|late|end|start|beginning|middle|any|anyone|anybody|whoever|all|every|each|apart|feeds|naps|bedtimes|bathtimes|times|runs|dropoffs|offs|pickups|ups|handovers|mealtimes|day|days)\b/,
  [
      '\\b(?:for|after|before|at|on|during|with|in|from|following|by|throughout|ahead of) (?:every|each)(?: single)? (?!(?:other|way|one|aspect|area|part|thing|respect|sense|opportunity|chance|effort)\\b)[a-z]',
      `\\b(?:at|before|after|during|by|until|till|for|on|from|with|following|throughout|ahead of) (?:the |his |her |their |each |every |any |[a-z]+'s )?(?:[a-z-]+ ){0,2}?(?=${ROUTINE_MOMENT}\\b)`,
      `(?<!\\b(?:look|looks|looked|looking|take|takes|took|taking|ask|asks|asked|asking|run|runs|go|goes|named|called|up|care|cares|cared|caring)[ -])\\b(?:after|before) (?!${VAGUE_STATE})(?!(?:all|him|her|them|himself|herself|themselves|anything|everything|anyone|everyone|others)\\b)[a-z]`,
      `\\b(?:while|whilst|until|till|whenever|by the time|as long as|so long as) (?!${VAGUE_STATE})(?!${OPEN_ENDED})[a-z]`,
      `\\bonce (?!${VAGUE_STATE})(?!(?:a|an|more|again|or|and|every)\\b)(?:[a-z'\u2019-]+ ){1,3}?(?:is|are|has|have|had|was|were|can|does|do|[a-z]+s|[a-z]+ed)\\b`,
      '\\b(?:the )?(?:next|first|last) time\\b',
      // Doses or visits spaced by a gap: "no sooner than four hours apart".
      '\\b(?:\\d+|one|two|three|four|five|six|seven|eight|ten|twelve|a few) (?:minutes?|hours?|days?|weeks?|months?) apart\\b',
      "\\b(?:on|at|during|by|before|after|in|from) (?:our|your|the|his|her|their|my|[a-z]+'s) (?:next|first|following) [a-z]",
      // Every one of a routine's occasions, as the thing done ("take turns to do the night feeds"), and a day of a kind ("on bin day").
      '\\bthe (?:[a-z-]+ ){0,2}(?:feeds|naps|bedtimes|bath ?times|school runs|drop-?offs|pick-?ups|handovers|mealtimes)\\b',
      "\\bon (?:the |his |her |their |[a-z]+'s )?(?!(?:a|some|most|many|few|nice|good|bad|better|hard|difficult|busy|certain|other|sunny|warm|dry|wet|rainy|quiet|free|odd)\\b)(?:[a-z-]+ )?days?\\b",
      '\\b(?:(?:this|next|that|the same|the following|the next|the coming) (?:week(?:end)?|fortnight|month|term|half[- ]term|school holidays)|the (?:week|weekend|month|fortnight|day) after (?:next|that)|overnight|first thing|last thing at night)\\b',
      `\\b(?:in|by|before|after|during|from|until|till|over|throughout|early|mid|late|for) (?:early |mid-|mid |late |the end of |the start of |the beginning of |the middle of )?${MONTH_NAME}\\b`,
      '\\bon (?:the )?\\d{1,2}(?:st|nd|rd|th)\\b',
      // Each appointment of a kind, with whom or where: "all her antenatal appointments with the specialist midwife".
      "\\b(?:all|every|each|any) (?:of )?(?:[a-z]+'s |his |her |their |the )?(?:[a-z-]+ ){0,2}appointments? (?:with|at) [a-z]",
      // Each time a thing of a kind turns up, whatever the verb: "the number plates of any cars that drop Jayden off".
      '\\bany (?:(?!(?:concerns?|issues?|worries|problems?|difficulties|support|help|services?|needs?|questions?|changes?|things?|matters?)\\b)[a-z-]+ ){1,2}(?:that|who|which) [a-z]+\\b',
      // The same of anyone at all: "the number plate of anyone who drops Jordan off", "whoever collects him".
      '\\b(?:anyone|anybody|whoever) (?:(?:who|that) )?(?!(?:is|has|needs|wants|can)\\b)[a-z]+s\\b',
  ],
);

/** Where things are kept, for a rule that holds all the time: "in the kitchen cupboard", "out of the house". */
const STORE_PLACE = '(?:lock ?box(?:es)?|key ?safe|medicine box|cupboards?|drawers?|box|boxes|safe|cabinets?|shelf|shelves|tin|case|bag|lockers?|fridge|freezer|car|boot|garage|shed|loft|attic|kitchen|hall|hallway|bedroom|bathroom|lounge|porch|wardrobe|house|flat|home|property|garden|room|pocket|purse|holder|container|pouch|glovebox)';
/** A state things are kept in: locked, switched off, out of reach. */
const KEPT_STATE = "(?:locked(?: away| up)?|padlocked|bolted|chained|latched|shut|closed|fastened|secured|restricted|guarded|covered|packed|at (?!arm's)[a-z]+'s\\b|switched (?:on|off)|turned (?:on|off)|unplugged|charged|on charge|on the chain|high up|up high|out of (?:[a-z'\u2019]+ ){0,2}(?:reach|sight)|clear(?: of| from)?|free of|on (?:the|a) (?:top|high) shelf|between \\d+ and \\d+|(?:at|below|above|under|over) \\d+)";

/** "Keep in touch with…", "keep up with…", "keep working with…": keeping on, no rule about a thing. */
const NOT_KEPT = '(?:in touch|in contact|up|on|going|calm|quiet|safe|well|an eye|a check|tabs|track|[a-z]+ing)\\b';

// Asked only whether they match, so a place or moment that ends an alternative is looked for ahead, not matched:
// the answer is the same, and a long list in a lookahead is compiled once rather than once for each way of reaching it.
/**
 * Rules that hold all the time, beyond those of the line's own verbs: things kept in a state or a place ("keep the shed
 * padlocked", "keep the cannabis out of the house", "the tablets are kept in the locked tin"), one way only ("give Calpol only
 * as the GP directed"), a consent given ("Lee agrees that Recovery Steps can tell Ryan…"), and never at all ("altogether").
 */
export const KEPT_RULE = guardedAny(
  /\b(?:keep|keeps|keeping|kept|stored|store|stores|lock|locks|locked|padlocked|bolted|is|are|be|stays?|remains?|only|agrees?|agreed|consents?|consented|permission|consent|altogether|point|time|stage|as|date)\b/,
  [
      `\\b(?:keep(?:s|ing)?|stores?|lock(?:s)?) (?!${NOT_KEPT})(?:[a-z'\u2019-]+,? ){1,10}?(?:${KEPT_STATE}\\b|(?:in|inside|on|under|behind|at|out of|away from|up in|on top of) (?:the |a |an |his |her |their |my |your |its |[a-z]+'s )?(?:[a-z-]+ ){0,2}(?=${STORE_PLACE}\\b))`,
      // Kept with someone: "keep the spare key with her neighbour Doreen", "keep her phone with her".
      `\\bkeep(?:s|ing)? (?!${NOT_KEPT})(?:[a-z'\u2019-]+ ){1,4}?with (?:her|him|them|me|you|(?:his|her|their|my|your) [a-z]+|[a-z]+'s|a [a-z]+)\\b`,
      `\\b(?:is|are|be|stays?|remains?|kept|stored) (?:kept |stored )?(?:${KEPT_STATE}\\b|(?:locked |kept |stored )?(?:in|inside|on|under|behind|out of) (?:the |a |an |his |her |their |my |your |[a-z]+'s )?(?:[a-z-]+ ){0,2}(?=${STORE_PLACE}\\b))`,
      '\\bonly (?:as|when|if|with|at|in|under|after|while|whilst|to|from|through|by|on|once|between|before|until)\\b',
      // As someone qualified set it out, and records or payments kept current: "as prescribed", "keep his jabs up to date".
      "\\bas (?:(?:the|her|his|their|[a-z]+'s) )?(?:[a-z-]+ ){0,3}?(?:prescribed|directed|instructed|set out|sets? (?:it|them) out)\\b",
      '\\b(?:immunisations|vaccinations|jabs|injections|rent|payments|bills|prescriptions?|red book|records?|diary|log|chart) (?:are |is )?(?:kept )?up to date\\b',
      "\\b(?:agrees?|agreed|consents?|consented) (?:that|for) (?:[a-z'\u2019-]+ ){1,5}?(?:can|may|could|will be able to|to)\\b|\\b(?:gives?|given|giving|signs?|signed) (?:[a-z'\u2019-]+ ){0,3}?(?:permission|consent)\\b|\\bconsents? to\\b",
      '\\b(?:altogether|at no (?:point|time|stage)|at any (?:point|stage))\\b',
  ],
);

/** A cell of the row that opens with a time word ("Every journey", "Before PE", "Next visit"); not "At home" or "By phone", which say where or how. */
const ROW_WHEN_CELL = /(?:^|\| )\W*(?:every|each|before|after|during|whenever|when|while|whilst|until|once|(?:at |by |on )?(?:the |our |your )?next) [a-z]/;
/**
 * A "by when" cell saying the task is already done ("Done", "Completed", "In place"): it needs no time. A question is a
 * column's header read into an empty cell ("Done?"), not an answer.
 */
const ROW_DONE_CELL = /(?:^|\| )\W*(?:done|completed?|achieved|finished|in place|already (?:done|in place|completed?|happened|booked|made|sent))[^\w?]*(?:$|\|)/;

/** Whether a task's body (and the other cells of its row) says when, by a date, a frequency, a condition, an occasion or a standing rule. */
export function saysWhen(body: string, rowContext: string | undefined): boolean {
  return (
    hasTimeExpression(body) ||
    CONDITION_AS_WHEN.test(body) ||
    STANDING_RULE.test(body) ||
    SESSION_ERRAND.test(body) ||
    EVENT_ANCHORED.test(body) ||
    (rowContext !== undefined && hasTimeExpression(rowContext)) ||
    OCCASION.test(body) ||
    KEPT_RULE.test(body) ||
    (rowContext !== undefined && (OCCASION.test(rowContext) || ROW_WHEN_CELL.test(rowContext) || ROW_DONE_CELL.test(rowContext)))
  );
}

/** A course, group or programme by its name: capitalised words before the kind of thing ("the Calmer Parents course", "the Little Steps parenting group"). */
const NAMED_THING = /\b(?:[A-Z][\p{L}'\u2019-]+ ){1,3}(?:[a-z]+ )?(?:[Cc]ourse|[Gg]roup|[Pp]rogramme|[Cc]lub|[Pp]roject|[Ss]essions|[Cc]lass(?:es)?|[Cc]linic)\b/gu;

/**
 * "Go to the Calmer Parents course with Sean", where another task of the agreement gives the course's day and time: the
 * named thing's time is said there, once for everyone who goes.
 */
export function namedThingTimedElsewhere(paragraph: number, view: Pick<DocumentView, 'texts' | 'tasks'>): boolean {
  const names = view.texts[paragraph]?.match(NAMED_THING);
  if (!names) return false;
  for (const name of names) {
    const key = name.toLowerCase().replace(/^the /, '');
    for (const task of view.tasks) if (task.index !== paragraph && task.folded.includes(key) && saysWhen(task.folded, undefined)) return true;
  }
  return false;
}
