import type { BlockRole } from '../block-role';
import { TIME_EXPRESSION } from '../timing';
import type { ContactCue } from './contact-fragments';

// The details CIN/CP guidance §2.4 asks of a contact task: how often and how long, where, who
// supervises (when it is supervised) and who takes and collects the children. A line is read with
// the other cells of its table row, which often hold the when and the where.

export const HOW_OFTEN = 'how often and for how long';
export const WHERE = 'where it takes place';
export const SUPERVISOR = 'who supervises it';
export const HANDOVER = 'who takes and collects the children';

/** A time that is only a condition ("when he is in the area", "whenever") is no timetable. */
const ONLY_A_CONDITION = /^\s*(?:if|when|whenever|as soon as|once(?!\s+(?:a|per|each|every)\b))\b/;
/** A time left to someone's wish ("whenever the children want"): open-ended, not a safety step. */
const AT_WILL = /\b(?:whenever|when|if|any\s*time)\s+(?:[a-z']+\s+){0,3}?(?:wants?|likes?|wish(?:es)?|chooses?|asks?|feels?\s+like\s+it)\b/;
const SAFETY = /\b(?:unsafe|angry|drinking|drunk|hurt|worried|worries|scared|frightened|afraid|upset|emergency|danger|trouble|help|wrong|happens|concerned|turns\s+up)\b/;
/** Every time expression (the g flag): the one shared pattern, compiled once. */
const ANY_TIME = TIME_EXPRESSION;
/** How long: a clock time, a length, a span from one time to another, a night. */
const HOW_LONG = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midday|teatime|bedtime)\b|\bfor\s+(?:up\s+to\s+|about\s+|around\s+)?(?:\d+|an?|one|two|three|four|half\s+an?)\s+(?:minutes?|hours?|days?|nights?)\b|\b(?:\d+|one|two|three|four)[- ]hours?\b|\bfrom\s+\S+(?:\s+\S+)?\s+(?:to|until|till)\s+\S+|\ball\s+day\b|\bfor\s+the\s+(?:day|afternoon|morning)\b|\b(?:after|before|at\s+the\s+end\s+of)\s+(?:each|every)\s+[a-z]+/;
/** A whole break spent together ("spend half term with Nan", "for the weekend"): says both when and for how long. */
const WHOLE_BREAK = /\b(?:spend|spends|spending|for|over)\s+(?:the\s+|a\s+|this\s+|next\s+)?(?:half[- ]terms?|weekends?|(?:school\s+|summer\s+|easter\s+|christmas\s+)?holidays?|christmas\s+day|boxing\s+day)\b/;

/**
 * A time left open or to someone else ("sometimes", "when her carers can fit it in", "during the week",
 * "if things settle down", "as agreed", "to be confirmed"): it does not say how often.
 */
export const LOOSE_TIMING =
  /\b(?:sometimes|occasionally|now\s+and\s+(?:then|again)|from\s+time\s+to\s+time|every\s+so\s+often|once\s+in\s+a\s+while|the\s+odd\s+(?:weekend|day|night|visit|call|afternoon)|at\s+some\s+(?:point|stage)|regularly|more\s+often|as\s+and\s+when|when(?:ever)?\s+(?:possible|appropriate|convenient|practical|suitable)|where\s+possible|if\s+possible|as\s+(?:agreed|arranged|needed|required)|by\s+arrangement|to\s+be\s+(?:arranged|agreed|confirmed|decided|discussed|sorted|reviewed|worked\s+out)|tb[ca]|during\s+the\s+week|in\s+the\s+week|(?:when|once|if|whenever)\s+(?:[a-z'-]+\s+){0,4}?(?:can|could|is\s+able|are\s+able|(?:has|have|gets?)\s+(?:the\s+)?(?:time|chance|signal)|fit\s+(?:it|them|this)\s+in|settles?|settled|things|allows?|permits?)|(?:when|if|whenever)\s+(?:[a-z'-]+\s+){0,4}?(?:is|are)\s+(?:free|around|available|about|home|up\s+to\s+it|well\s+enough))\b/;
/** A frequency that holds whatever else the line leaves open: "every Saturday", "weekly", "twice a month", "on Sundays". */
const FIRM_FREQUENCY =
  /\b(?:every|each)\s+(?:other\s+|second\s+|third\s+|\d+\s+|two\s+|three\s+|four\s+)?(?:days?|weeks?|fortnights?|months?|weekends?|mornings?|afternoons?|evenings?|nights?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|school\s+holidays?|half[- ]terms?)\b|\b(?:daily|weekly|fortnightly|monthly)\b|\b(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|each|every)\b|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/;

/** A night away is a length of its own, for a stay (not for a call "on Thursday nights"). */
const A_NIGHT = /\bovernight\b|\b(?:the|a)\s+night\b|\bnights?\b/;

/** Letters, cards and presents, which have no length. */
const WRITTEN = /\b(?:letters?|letterbox|cards?|presents?|gifts?|writes?|writing)\b/;

/** How far the line (and its row) answers "how often and for how long": 1 not at all, 0.5 only how often, 0 both. */
export function timetableGap(folded: string, remote: boolean): number {
  if (LOOSE_TIMING.test(folded) && !FIRM_FREQUENCY.test(folded)) return howLong(folded, remote) ? 0.5 : 1;
  if (!remote && WHOLE_BREAK.test(folded)) return 0;
  ANY_TIME.lastIndex = 0;
  let condition = false;
  let onlyIf = true;
  for (let m = ANY_TIME.exec(folded); m; m = ANY_TIME.exec(folded)) {
    // (A letter or card given how often needs no length.)
    if (!ONLY_A_CONDITION.test(m[0])) return howLong(folded, remote) || (remote && WRITTEN.test(folded)) ? 0 : 0.5;
    condition = true;
    onlyIf &&= /^\s*if\b/.test(m[0]);
    ANY_TIME.lastIndex = m.index + 1;
  }
  // A call made if something happens ("if she feels unsafe", "if Dad has been drinking") is a safety step, not a timetable to give;
  // a call while something lasts or once it is so ("when he is working away", "once Nathan has a phone") leaves when the calls are open.
  if (remote && condition && !AT_WILL.test(folded) && (SAFETY.test(folded) || onlyIf)) return 0;
  return howLong(folded, remote) ? 0.5 : 1;
}

function howLong(folded: string, remote: boolean): boolean {
  return HOW_LONG.test(folded) || (!remote && A_NIGHT.test(folded));
}

/** A venue: a kind of place, an address, someone's home. "To be agreed" is none. */
const VENUE = /\b(?:at|in|on)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}(?:centre|center|home|house|office|park|library|venue|room|school|nursery|caf[eé]|hall|flat|community|hospital|ward|clinic|prison|church|club|hub|address|place|farm|service|cafe|mcdonald's|soft play|restaurant)\b|\bvenue\b|\bat\s+(?:[a-z]+\s+)?[a-z]+'s\b|\b[a-z]+'s\s+(?:home|house|flat|place|address)\b|\b\d+[a-z]?\s+[a-z]+\s+(?:road|street|close|lane|drive|avenue|way|court|row|view|crescent|grove|terrace|place|gardens)\b/;
/** Who supervises: a name or role with the verb, or someone there the whole time. */
const SUPERVISED_BY = /\bsupervised\s+by\b|\bsupervis(?:e|es|or|ing)\b.*\b(?:by|will)\b|\b(?:will|to|can)\s+supervise\b|\bsupervisor\b|\b(?:present|throughout|the\s+whole\s+time|in\s+the\s+room|stays?\s+(?:in|with)|there\s+(?:all|the\s+whole)\s+(?:the\s+)?time)\b|\bwith\s+[a-z]+\s+there\b/;
/** Who takes and collects: any verb of taking, bringing or handing over (not "take place", not an outing's "take them out"). */
const HANDED_OVER = /\b(?:take(?!\s+place)(?!\s+(?:the\s+)?[a-z]+\s+out\b)|takes(?!\s+place)|taking(?!\s+place)|bring|brings|bringing|collect|collects|collecting|drop|drops|dropping|pick(?:s)?\s+up|picking\s+up|transport|drive|drives|fetch|fetches|escort|walk|walks|handovers?|by\s+bus|by\s+taxi|by\s+train|gets?\s+(?:the\s+)?[a-z]+\s+there)\b/;
/** Supervised, and not unsupervised. */
const SUPERVISED = /\bsupervis/;

/**
 * How much of the contact's details a line leaves out, and which. `venueImplied`: the wording says
 * where ("have the kids", "stay at Nan's"); `remote`: a call or letter, whose details are when and
 * who listens in.
 */
export function missingDetails(folded: string, remote: boolean, venueImplied: boolean): { gap: number; missing: string[] } {
  const missing: string[] = [];
  let gap = timetableGap(folded, remote);
  if (gap > 0) missing.push(HOW_OFTEN);
  const add = (part: string) => {
    missing.push(part);
    gap += 1;
  };
  if (!remote && !venueImplied && !VENUE.test(folded)) add(WHERE);
  if (SUPERVISED.test(folded) && !/\bunsupervised\b/.test(folded) && !SUPERVISED_BY.test(folded)) add(SUPERVISOR);
  if (!remote && !HANDED_OVER.test(folded)) add(HANDOVER);
  return { gap, missing };
}

/**
 * A prompt needs two details missing (one gap alone is often given elsewhere). A call only needs its
 * timetable: all of it for a call in to the child, how often for the child's own call to family.
 */
export function worthAPrompt(gap: number, remote: boolean, toFamily = false): boolean {
  if (remote) return gap >= (toFamily ? 1 : 0.5);
  return gap >= 1.5;
}

/** "as set out below:", "in the table below": the details follow in a table of their own. */
const DETAILS_BELOW = /\b(?:set out|shown|listed|given|as)\s+below\b|\bin the (?:table|schedule|plan) below\b|:\s*$/;
/** A place given by its name ("in Croydon", "at Brackenfold Library"), not a day, month or festival: the line says where. */
const NAMED_PLACE = /\b(?:in|at)\s+(?!(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Eid|Diwali|Half|Term|Year|Reception|Dad|Mum|Nan|Gran)\b)[A-Z][\p{Ll}]+(?!['\u2019])\b/u;
/** A purpose line says why ("So that Mia's time with her parents is safe"); one with "will" is an arrangement in the wrong place. */
const ARRANGES = /\b(?:will|shall|is to|are to)\b/;
/** Sections whose lines say what happened or what will happen if it goes wrong: never a contact task. (A list of who took part is read without its bracketed roles.) */
const NOT_TASK_SECTIONS = new Set(['concerns', 'contingency']);
/** Under a contingency heading, contact held out for later with no condition ("Overnights may be considered in future") is still an arrangement put off. */
const FUTURE_CONTACT = /\b(?:considered|in\s+(?:the\s+)?future|at\s+a\s+later\s+(?:date|stage)|to\s+be\s+(?:arranged|agreed|discussed|decided|considered))\b/;
const CONDITION = /\b(?:if|unless|should|when|whenever|where|miss|misses|missed|late|breach|breaks?|result|fails?|again|stop|stopped|reduced|cancel\w*)\b/;

/** A line that arranges nothing whatever it says: a heading or label ("Seeing family") names a part of the agreement; what happened, or what will if it goes wrong; a purpose without "will". */
export function arrangesNothing(role: BlockRole, folded: string): boolean {
  const { section } = role;
  if (role.labelOnly || (section && NOT_TASK_SECTIONS.has(section) && !(section === 'contingency' && FUTURE_CONTACT.test(folded) && !CONDITION.test(folded)))) return true;
  return section === 'purpose' && !ARRANGES.test(folded);
}

/** The details the contact found in a line leaves unsaid, read with the other cells of its row; null when the line says enough or its details follow below. */
export function detailsUnsaid(found: ContactCue, text: string, folded: string, rowContext: string | undefined): string[] | null {
  if (DETAILS_BELOW.test(folded)) return null;
  const details = rowContext ? `${folded} | ${rowContext}` : folded;
  const { gap, missing } = found.joining ? joiningGap(details) : missingDetails(details, found.remote, found.venueImplied || NAMED_PLACE.test(text));
  return worthAPrompt(gap, found.remote, found.toFamily) ? missing : null;
}

/** Joining sessions already arranged leaves only when unsaid: a prompt when nothing says when. */
function joiningGap(details: string): { gap: number; missing: string[] } {
  return timetableGap(details, false) === 1 ? { gap: 1.5, missing: [HOW_OFTEN] } : { gap: 0, missing: [] };
}
