import { classifySubject } from './actors';
import type { SectionId } from './model';

/** The same as section-labels.ts's SectionKey (not imported from there: that module uses this one). */
type SectionKey = SectionId | 'tasks';

// Sections by what a label says, not by its exact wording: each cue below is a kind of thing a
// heading, bold label or label cell says about the part it opens ("if … not working" is a
// contingency, "look again" or "next meeting" is a review, "our part" is what the professionals
// do). The section patterns in section-labels.ts are tried first; these decide the labels they
// do not know, and two kinds of label they would get wrong (an "If …" heading that mentions the
// plan, an "Aim of the agreement" label). Run on cleaned, folded label text.

/** A heading that opens with "if" and names something failing is always the contingency. */
const CONTINGENCY_IF =
  /^(?:and |but |what (?:happens|will happen|we will do|to do) )?(?:if|in case)\b.*(?:\b(?:not|no longer|stops?|stopped|goes? wrong|went wrong|breaks?(?: down)?|broken|fails?|failed|worse|cancelled|missed|problems?|trouble|worried|concerns?|unsafe|happens again)\b|n't\b)/;
/**
 * Any other heading that is a condition ("If Mark drinks", "If Kai goes missing", "If I am struggling")
 * says what happens when something goes wrong: a contingency, unless it is about questions or complaints.
 */
const CONDITION_HEADING = /^(?:what happens |what we will do |what to do )?(?:if|in case|should)\s+(?!.*\b(?:will|must|shall|questions?|complain\w*|disagree|unhappy with|want to (?:talk|know)|would like|need (?:more )?(?:information|a copy))\b)[a-z]/;

const CUES: Array<[SectionKey, RegExp]> = [
  ['contingency', /\bcontingenc|\bback-?up plan\b|\bplan b\b|\bif (?:something|anything) (?:goes|happens)\b|\bwhen things go wrong\b/],
  ['review-date', /\bnext (?:[a-z-]+ ){0,2}(?:meeting|core group|conference|get-together|catch-up)\b|\bnext (?:taf|tac|cin|rcpc)\b|^(?:monitoring(?: arrangements| progress| the plan)?|how (?:this|the) (?:plan|agreement) will be monitored)$|\breview|\b(?:get|getting|come|coming) (?:back )?together\b|\bcheck(?:ing)?[ -](?:how|on|in|progress)\b|\bcatch[ -]up (?:date|meeting|visit)\b|\blook(?:ing)? (?:at (?:this|it|the (?:plan|agreement|letter)|things) )?again\b|\bmeet(?:ing)? again\b|\bnext time we (?:talk|meet|look|check|sit down|get together)\b|\bnext (?:meeting|time we meet|visit together)\b|\bhow (?:are )?(?:we|we're|things are|it's|it is) (?:doing|going)\b|\bfollow[- ]?up\b|\bprogress (?:check|meeting)\b|\bwhen (?:will )?we (?:will )?(?:check|look|meet)\b|\bnext (?:check|look|catch[- ]up|get[- ]together)\b/],
  ['professional-commitments', /\b(?:need|want|asked for|ask for|get) (?:from|of) (?:the )?(?:professionals|workers|agencies|services|social worker|council)\b|\bteam around\b|\bour (?:part|side|bit)\b|\bhelp from\b|\b(?:early help|family support|youth|social care) (?:will|offer|team)\b|\bwhat we(?: will| are going to|'re going to) do\b|\bwhat you can (?:expect|count on|rely on|get) from (?:us|me|the [a-z' ]+)\b|\bwhat we (?:can )?offer\b|\bour (?:promises|jobs?|tasks|actions)\b|\bwho(?:'s| is| will| will be| are)? help(?:s|ing)?\b|\bpeople (?:who are )?helping\b|\bhelp (?:you will get|for you|we will give|on offer)\b|\b(?:tasks|actions|jobs) for (?:the )?(?:professionals|workers|social worker|services|agencies)\b|\bthe (?:council|service|workers)'s part\b|\b(?:what )?(?:the )?[a-z' ]*(?:service|team|centre|project|workers?) will do\b/],
  ['family-commitments', /\bbottom lines?\b|\bnon-?negotiables?\b|^(?:the )?rules$|\byour (?:part|side|bit)\b|\bwhat (?:we|i)(?:'re| are|'m| am)? ?(?:asking|expect(?:ing)?|need|needing|would like|'d like|want|wanting) (?:of )?you to do\b|\bwhat (?:is|we) expect(?:ed)? (?:of|from) you\b|\bwhat you (?:will|are going to) do\b|\b(?:house|home|family|our|safety|centre|visit|session|family time|ground) rules\b|\brules for\b|\brules (?:(?:that )?(?:you|we|everyone|parents|mum and dad) (?:have |has )?(?:agreed|signed up|promised)|to (?:follow|keep))\b|\bmy part\b|\b(?:tasks|actions|jobs) for (?:the )?(?:family|parents?|carers?|mum|dad)\b|\bwhat (?:i|we as a family) will do\b/],
  ['concerns', /\bwhat led (?:up )?to\b|\bhow we got here\b|\bwhat brought (?:us|you|this|[a-z]+ family)\b|^why [a-z'-]+(?: [a-z'-]+)? (?:needs?|has to|have to|must|is being|can't|cannot|is not able)\b|\bworr|\bnot (?:going|working) (?:so )?well\b|\bconcern|\bwhat (?:has )?happened\b|\bwhat(?:'s| is| has)? (?:been )?(?:happening|going on)\b|\bdanger\b|\bharm\b|\brisks?\b|\bthe problems?\b|\bwhy (?:we are|we're|are we|children's services (?:are|is)|the council is) (?:involved|here|worried)\b|\breasons? for (?:the |this )?(?:agreement|plan|letter|involvement)\b|\bgrounds\b/],
  ['purpose', /^why\b(?!.*\b(?:worr|concern|involved)).*\b(?:agreement|plan|letter|this)\b|^(?:why|what for|reasons?|the reasons?|what this is about|what it is about|what this (?:plan|agreement|letter) is for)$|\bpurpose\b|\baims?\b|\bgoals?\b|\bwhy we (?:are|have) (?:doing|made|making|written|writing)\b|\bwhat we(?:'re| are)? (?:want|hope|hoping|aiming|aim)\b|\bwhat (?:we|you|i|everyone)(?:'re| are| am| is)? (?:trying|hoping|wanting|working) to (?:achieve|get to|change)\b|^what (?:i|you|everyone|[a-z]+) (?:want|wants|would like|hope|hopes)(?: to see| for)?$|\bwhat good (?:looks|will look) like\b|\bbest hopes\b|\bwhat (?:will|should) be different\b/],
  ['participants', /^who(?:'s| is| are) (?:in|part of|involved in|signing) (?:this|the plan|the agreement|our plan|my plan)$|^(?:who (?:came|was there|were there|attended|took part|was at the (?:meeting|conference))|(?:people|those|everyone) (?:at|present at|who came to|who were at|who was at) (?:the |our |this )?(?:meeting|conference|visit|family group conference)|present|attendees|in attendance)$|\bpeople involved\b|\bwho is involved\b|\bparties\b|\bwho (?:this|the) (?:agreement|plan|letter) is (?:between|with|for)\b|^between\b|\bpeople in this (?:agreement|plan)\b/],
  ['duration', /\btime ?(?:scales?|frames?|limits?)\b|\bstart (?:and|&) end\b|\bend date\b|\bhow long\b|\bwhen (?:this|it|the (?:agreement|plan|letter)) (?:ends?|finish(?:es)?|stops?)\b|\buntil when\b/],
  ['signatures', /\bsign(?:ed|atures?)\b/],
  // "What happens next" (a column beside the worries, a letter's closing part) is the steps, not a contingency: nothing in it fails.
  ['tasks', /\bwho (?:will )?do(?:es)? what\b|\bwhat needs to (?:happen|change)\b|\bnext steps\b|\bwhat (?:happens|will happen|is going to happen) (?:next|now)\b|\baction plan\b|\bsafety plan\b/],
];

/**
 * A heading about coming back to the plan ("Talking again", "When we'll next sit down", "Checking
 * the plan"): the review, even when it names the plan (which the label patterns read as the tasks).
 */
const REVIEW_HEADING =
  /\b(?:meet|meeting|sit(?:ting)? down|get(?:ting)? together|come together|talk(?:ing)?|catch(?:ing)? up|look(?:ing)?(?: at [a-z' ]{1,30})?|check(?:ing)?(?: [a-z' ]{1,30})?|think(?:ing)? about (?:it|this|the plan))(?: (?:it|this|things|the plan)(?: over| through)?)?(?: together)? again\b|^when (?:will )?we(?:'ll| will| are going to)? (?:next )?(?:meet|sit|get together|come together|check|look|talk|go (?:over|through)|review)\b|^check(?:ing)? (?:on )?(?:the|this|our|my|your) (?:plan|agreement|letter|progress)$|^(?!.*\b(?:happens?|happened|never|if|should|stops?)\b)[a-z' ]{2,40} again$/;

/** "Aim of the agreement", "Purpose of this letter": the patterns would read "agreement" as the task list. */
const LEADING_PURPOSE = /^(?:the )?(?:aims?|purpose|goals?|objectives?|reasons? (?:for|why)(?! (?:our |the |children's services' |social care )?involvement))\b|^why (?:we|i)(?:'ve| have| are| am|'re|'m)? (?:wrote|write|writing|written|made|make|making|drew up|drawn up|put (?:it|this) together)\b|^why (?:family time|contact|visits?|time together|letterbox(?: contact)?|the (?:visits|calls|letters|meetings))\b(?!.*\b(?:worr|concern|stop|stopped|ended|suspended|cancelled|reduced)\b)|^why\b(?!.*\b(?:worr|concern|involved|help)).*\b(?:agreement|plan|letter|this)\b|^what (?:this|the) (?:plan|agreement|letter) is (?:for|about)$|^what (?:this|the|our) (?:agreement|plan|letter|work) (?:should|will|is (?:meant|going|trying|hoping) to|needs to|aims? to|hopes? to) (?:achieve|change)\b|^(?:desired|hoped[- ]for|intended) outcomes?$/;

/** "Mum's jobs", "The social worker's part", "Your promises": whose the tasks are is the owner's. */
const OWNED_TASKS = /^(?:the )?(.+?)'s? (?:jobs?|part|bit|side|tasks?|promises?|actions?|responsibilities|commitments?)$|^(your|our|my) (?:jobs?|tasks?|promises?|actions?|responsibilities|commitments?)$/;

/**
 * A section decided by cue before the label patterns run, or undefined to let them decide: an "If …"
 * heading about something failing, or a label that starts with its purpose.
 */
export function leadingCue(label: string): SectionKey | undefined {
  if (CONTINGENCY_IF.test(label) || CONDITION_HEADING.test(label)) return 'contingency';
  if (LEADING_PURPOSE.test(label)) return 'purpose';
  if (REVIEW_HEADING.test(label)) return 'review-date';
  const owned = OWNED_TASKS.exec(label);
  if (owned) return ownerSection(owned[1] ?? owned[2]);
  return undefined;
}

function ownerSection(owner: string): SectionKey | undefined {
  if (owner === 'our' || PROFESSIONAL_LABEL.test(owner) || /\b(?:social worker|worker|team|service|school|nurse|health visitor|early help|council|police|doctor|gp)$/.test(owner)) return 'professional-commitments';
  if (owner === 'your' || owner === 'my' || FAMILY_LABEL.test(owner)) return 'family-commitments';
  return undefined;
}

/** The section a label's cues point to, for labels the section patterns do not know; null when none does. */
export function cueSection(label: string): SectionKey | null {
  for (const [key, pattern] of CUES) if (pattern.test(label)) return key;
  return null;
}

const PROFESSIONAL_LABEL = /^(?:the )?(?:professionals?|workers?|agenc(?:y|ies)|services?|practitioners?|social workers?|children's (?:social care|services)|the council|council|local authority|school|health|police|we|us|our (?:team|workers))(?:\s+(?:and|&)\s+(?:professionals?|workers?|agenc(?:y|ies)|services?|school|health|police))*$/;
const FAMILY_LABEL = /^(?:(?:mum|dad|mother|father|parents?|carers?|grand(?:parents?|mother|father|ma|pa)|nan|gran|aunt|uncle|the family|family|you|i)|(?:(?:mr|mrs|ms|miss) )?[a-z'-]+(?:\s+(?:and|&)\s+(?:(?:mr|mrs|ms|miss) )?[a-z'-]+)*)$/;

/**
 * A bold label that starts a commitment on the same line ("Sadia and Imran: Imran will …",
 * "Professionals: Ruth Carr will …") names whose tasks follow. Null when it names neither.
 */
export function commitmentLabel(label: string, rest: string): SectionKey | null {
  if (!/\b(?:will|agrees? to|must|is to|are to|to)\b/.test(rest)) return null;
  if (PROFESSIONAL_LABEL.test(label)) return 'professional-commitments';
  if (FAMILY_LABEL.test(label) && label.split(/\s+/).length <= 6) return 'family-commitments';
  return null;
}

/** The value of a row opens with a commitment: "Leah will …", "Will ring Erin …", "To take Jo …", "Not to …". */
const COMMITMENT_OPENING = /^[^.?!]{0,60}?\b(?:will|must|agrees? to|is to|are to|is going to|are going to|promises? to)\b|^\s*(?:to|not to|never)\s+[a-z]/;

/** The noun a professional's role ends in: "family worker", "health visitor", "school nurse". */
const ROLE_NOUN = /\b(?:worker|visitor|nurse|teacher|officer|school|team|service|police|gp|doctor|midwife|manager|practitioner|mentor|lead|therapist|counsell?or|advis[eo]r)s?$/;
const NAME_WORD = /^(?:[A-Z][\p{L}'\u2019-]*[:.]?|and|&|of|the)$/u;
const FAMILY_LABEL_ROLE = /^(?:(?:mum|dad|mother|father|parents?|carers?|grand(?:parents?|mother|father|ma|pa|ad|mum)|nan|gran|granny|aunt(?:ie)?|uncle|brother|sister|partner|foster carers?|kinship carers?|the family|family)(?:\s*(?:and|&|,)\s*|\s*$))+$/;

/**
 * A label cell naming a person or a party ("Leah", "Mum", "Grandad", "Erin Cole (social worker)",
 * "Professionals") whose row holds commitments: the row is that person's tasks. Null when the label
 * is not a person, or the row does not commit anyone to anything (then it only names a party).
 */
export function personRowSection(label: string, folded: string, value: string): SectionKey | null {
  return COMMITMENT_OPENING.test(value) ? personColumnSection(label, folded) : null;
}

/** The commitments of the person or party a header or label cell names ("Mum", "Erin Cole (social worker)", "Professionals"), or null. */
export function personColumnSection(label: string, folded: string): SectionKey | null {
  // "Lorna (Gran)", "Sam Reid (family worker)": the role in brackets says whose side the person is on.
  const role = /\(([^()]{2,40})\)\s*$/.exec(folded)?.[1];
  if (role && role !== folded) {
    const byRole = personColumnSection(role, role);
    if (byRole) return byRole;
  }
  // "Mark Shaw and others": the named person stands for the rest.
  const others = /\s+(?:and|&) (?:others|other (?:professionals|agencies|workers|services)|partners|the team|colleagues)$/i.exec(label);
  if (others) return /\b(?:professionals|agencies|workers|services|team|colleagues|partners)$/.test(folded) ? 'professional-commitments' : personColumnSection(label.slice(0, others.index), folded.slice(0, others.index));
  const words = label.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  if (words.length > 6 || /[.!?]$/.test(label)) return null;
  // A name is capitalised words ("Leah", "Jake and Carla"); a role is a party word ("Mum", "Professionals").
  const name = folded.replace(/[:.]\s*$/, '').trim();
  const kind = classifySubject(label.replace(/[:.]\s*$/, ''));
  // A professional's role in a few words ("Family worker", "Health visitor") names a party as much as a name does.
  if (!words.every((word) => NAME_WORD.test(word)) && !PROFESSIONAL_LABEL.test(name) && !FAMILY_LABEL_ROLE.test(name) && !(kind === 'professional' && words.length <= 4 && ROLE_NOUN.test(name))) return null;
  if (kind === 'professional' || (kind === 'generic' && PROFESSIONAL_LABEL.test(name))) return 'professional-commitments';
  if (kind === 'family' || (kind === 'generic' && FAMILY_LABEL.test(name))) return 'family-commitments';
  return null;
}
