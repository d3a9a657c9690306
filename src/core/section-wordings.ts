import type { SectionId } from './model';

// The wordings that name a section, as data for section-scoring.ts. Each cue is a pattern on the
// cleaned, folded label (a heading, bold label, label cell or the words before a colon) and what it
// is worth to one section. A label takes the section its cues score highest, at THRESHOLD or above;
// a tie goes to the section listed first in SECTION_PRIORITY. The weights come in tiers:
// - decisive: a label that cannot be anything else ("If the plan is not kept", "Aim of the agreement");
// - exact: a council form's own wording for the section ("Review date", "Copies to", "Signed");
// - cue: a kind of thing a label says about its part ("next meeting", "team around", "house rules");
// - word: the cue families of section-cue-words.ts, which a label adds up.
// A section's score is its strongest decisive, exact or kind cue plus every word cue it carries.

/**
 * 'tasks' is an internal section for agreements that list everyone's actions together
 * ("Action plan", "Who will do what"); each task is then sorted by who does it.
 */
export type SectionKey = SectionId | 'tasks';

export type CueTier = 'decisive' | 'exact' | 'cue' | 'word';

export interface SectionCue {
  section: SectionKey;
  tier: CueTier;
  weight: number;
  pattern: RegExp;
}

/** What a tier is worth: an exact wording outweighs a kind cue and a word; a decisive cue outweighs everything. */
export const TIER_WEIGHT: Record<CueTier, number> = { decisive: 30, exact: 10, cue: 6, word: 2 };
/** The score a label needs to name a section: a kind cue, or two words of a family (or one strong word). */
export const THRESHOLD = 4;

export function cueOf(tier: CueTier) {
  return (section: SectionKey, pattern: RegExp, weight = TIER_WEIGHT[tier]): SectionCue => ({ section, tier, weight, pattern });
}
const decisive = cueOf('decisive');
const exact = cueOf('exact');
const cue = cueOf('cue');

/** Ties go to the section listed first (the order the wordings were once tried in, specific labels first). */
export const SECTION_PRIORITY: readonly SectionKey[] = [
  'team-manager-signature', 'agreement-number', 'date', 'review-date', 'duration', 'contingency', 'copies', 'legal-notice', 'signatures',
  'participants', 'concerns', 'professional-commitments', 'family-commitments', 'tasks', 'purpose', 'child-details',
];

/**
 * Decisive cues, strongest first: an "If …" heading naming something failing; any other condition
 * heading unless it is about questions, complaints or getting in touch ("If Mark drinks", "If I am struggling"); a label
 * that starts with its purpose ("Aim of the agreement", which the exact wordings would read as the
 * tasks); a heading about coming back to the plan ("Talking again", "When we'll next sit down").
 */
export const DECISIVE_CUES: SectionCue[] = [
  decisive('contingency', /^(?:and |but |what (?:happens|will happen|could happen|might happen|we will do|to do|will we do|would we do|do we do|should we do|will you do|should you do|do i do|should i do|will happen next|happens next) |(?:the |our )?(?:next steps?|steps|plan|actions?|what (?:we|everyone)(?:'ll| will) do) )?(?:if|in case)\b.*(?:\b(?:not|no longer|nothing (?:changes?|improves?|gets? better|works?|is different)|stops?|stopped|goes? wrong|went wrong|breaks?(?: down)?|broken|fails?|failed|worse|cancelled|missed|problems?|trouble|worried|concerns?|unsafe|happens again)\b|n't\b)/, 33),
  decisive('contingency', /^(?:what (?:happens|we will do|to do|will we do|would we do|do we do|should we do|will you do|should you do|do i do|should i do) )?(?:if|in case|should|unless)\s+(?!.*\b(?:will|must|shall|questions?|complain\w*|disagree|unhappy with|want to (?:talk|know)|would like|need (?:more )?(?:information|a copy)|(?:contact|reach|ring|call|phone|email) (?:us|me|your social worker)|get in touch|speak to (?:us|me|someone)|interpret\w*|translat\w*|another language|large print|easy read|braille|(?:help|support) (?:with )?reading)\b)[a-z]/, 33),
  // A failure named anywhere in the label, whoever acts on it: "What we'll do if worries come back", "Next steps if progress stalls", "Mum's part if the drinking starts again".
  decisive('contingency', /\b(?:if|should|in case|in the event(?: that)?|unless|where|when|whenever) (?:[a-z'-]+ ){1,4}?(?:comes? back|returns?|stalls?|slips?|(?:starts?|happens?|begins?) again|fails?|breaks? down|goes wrong|go wrong|(?:is|are|was|were) not (?:kept|followed|working|improving|getting better|happening|met|done|safe)|(?:isn't|aren't|doesn't|don't|can't|cannot|won't) (?:work|improve|change|get better|happen|keep|follow|stick|manage|cope))\b(?! to\b)/, 31),
  decisive('purpose', /^(?:the )?(?:aims?|purpose|goals?|objectives?|reasons? (?:for|why)(?! (?:our |the |this |children's services' |social care )?(?:involvement|referral|concerns?|worr)))\b|^why (?:we|i)(?:'ve| have| are| am|'re|'m)? (?:wrote|write|writing|written|made|make|making|drew up|drawn up|put (?:it|this) together)\b|^why (?:family time|contact|visits?|time together|letterbox(?: contact)?|the (?:visits|calls|letters|meetings))\b(?!.*\b(?:worr|concern|stop|stopped|ended|suspended|cancelled|reduced)\b)|^why\b(?!.*\b(?:worr|concern|involved|help)).*\b(?:agreement|plan|letter|this)\b|^what (?:this|the) (?:plan|agreement|letter) is (?:for|about)$|^what (?:this|the|our) (?:agreement|plan|letter|work) (?:should|will|is (?:meant|going|trying|hoping) to|needs to|aims? to|hopes? to) (?:achieve|change)\b|^(?:desired|hoped[- ]for|intended) outcomes?$|^why (?:we|i)(?:'ve|'re|'m| have| are| am| all| both)? (?!.*\b(?:worr|concern|involved|here|stepped in|step in)\w*)[a-z]/, 32),
  decisive('review-date', /\b(?:meet|meeting|sit(?:ting)? down|get(?:ting)? together|come together|talk(?:ing)?|catch(?:ing)? up|look(?:ing)?(?: at [a-z' ]{1,30})?|check(?:ing)?(?: [a-z' ]{1,30})?|think(?:ing)? about (?:it|this|the plan))(?: (?:it|this|things|the plan)(?: over| through)?)?(?: together)? again\b|^when (?:will |do |shall |can |should |are )?we(?:'ll| will| are going to)? (?:next )?(?:meet|sit|get together|come together|check|look|talk|go (?:over|through)|review)\b|^check(?:ing)? (?:on )?(?:the|this|our|my|your) (?:plan|agreement|letter|progress)$|^(?!.*\b(?:happens?|happened|never|if|should|stops?)\b)[a-z' ]{2,40} again$/, 31),
];

/**
 * Council forms' own wordings. A label these give to the tasks or to one side's commitments is then
 * sorted by whose tasks it names (section-labels.ts).
 */
export const EXACT_CUES: SectionCue[] = [
  // (Authorised by a head of service or a director is a senior officer's sign-off, not the team manager's.)
  // "Authorised by:", "Plan approved by:": the manager's sign-off, whatever the document is called.
  exact('team-manager-signature', /\b(?:agreed|signed|checked|seen|read) by (?:the |my |our |a )?(?:team |service |practice |line |senior )?manager\b/, 12),
  exact('team-manager-signature', /^(?:(?:the |this )?(?:[a-z]+ )?(?:plan|agreement|letter|document) )?(?:authori[sz]ed|approved|countersigned|signed off)(?: by\b|$)(?!.*\b(?:head of|director)\b)|\bmanager'?s?\b[a-z ,&]{0,30}\b(?:authori[sz]ation|approval|sign-?off|signature|countersignature)\b|\bmanagement (?:oversight|sign-?off|approval|authori[sz]ation|decision)\b|\b(team manager'?s? (counter)?signature|counter-?sign|countersigned)/),
  // The agreement's place in its series, however the form words it: "Sequence no.", "Plan no.", "Version",
  // "Agreement ref" (a case's or a letter's own reference, "Case ref", "Our ref", is not the agreement's).
  exact('agreement-number', /\b(agreement|agreement no\.?|agreement number|version) ?(number|no\.?|ref(erence)?|id)\b|^(written )?agreement (no\.?|number)|^number$|^wa (?:no\.?|number|ref)$|^(?:(?:written |working )?(?:agreement|plan|letter) )?(?:sequence|issue|version|plan|ref(?:erence)?) ?(?:no\.?|number)$|^(?:(?:written |working )?(?:agreement|plan) )?(?:version|ref(?:erence)?)$|^(?:our|case|cin|cp|file|plan|letter) ref(?:erence)?(?: no\.?| number)?$|^(?:[a-z'-]+ ){0,3}(?:agreement|plan|contract) (?:no\.?|number|ref(?:erence)?|id)$|^(?:the )?(?:agreement|plan|contract|document)(?: [a-z]+){1,2} (?:no\.?|number|id)$|^(?:document|form|record|case|file|reference|ref\.?|unique|id) (?:no\.?|number|id|ref(?:erence)?)$|^(?:the )?(?:ref(?:erence)?|number|no\.?|id)(?: (?:no\.?|number))? (?:for|of|on) (?:this|the|our|your) (?:[a-z]+ )?(?:plan|agreement|letter)$/),
  // "Date this plan was made": the date, though it names the plan (which reads as the task list below).
  exact('date', /^date (?:this|the) (?:plan|agreement|letter) was (?:made|agreed|written|signed|drawn up|completed)$/),
  exact('review-date', /\breview(ing|ed)?\b|\bwhen will (this|it|the agreement) be (checked|looked at)\b|\blook at (this|it|the agreement) again\b|\bcheck (how|on) (this|it|things) (is|are)? ?going\b|\bnext meeting\b/),
  exact('duration', /\bhow long\b|\btime ?(scales?|frame|period)\b|\bduration\b|\bend date\b|\bstart (and|&) end\b|\blength of (the )?agreement\b|\bwill (last|run|go on)\b|\bwhen (does|will) (this|the agreement) (end|finish)\b|\bperiod of (the )?agreement\b|^valid (until|from)\b|\b(?:is|are|stays?|remains?) valid (?:until|till|for|from)$|^lasts?(?: for| until)?$|^how long it (?:lasts|runs)$|^(?:this )?(?:plan |agreement |it )?(?:lasts|runs|is in place|applies|ends|finishes|stays in place) (?:until|till|to|for|on|from)$|^(?:plan|agreement) ends$|^until$|^(?:the )?end of (?:this|the|our) (?:agreement|plan|letter)$/),
  exact('contingency', /\bif things (go wrong|do not go|don't go|are not|change|do not work|don't work|do not improve|don't improve|get worse)|^breach(es)?$|\bcontingenc|\bconsequences?\b|^escalation(?: plan| process)?$|\bif (this|the) agreement (is|isn't|is not) (not )?(kept|followed|stuck|broken|breached|met)|\bwhat (will )?happens? if\b|\bwhat if\b|\bif (the|this) agreement (breaks|breaks down)|\b(?:back-?up|fall-?back|emergency) plan\b|\bbreach(es)? of\b|\bif (we|you|anyone) (do not|don't|cannot|can't) keep\b|\bplan b\b|\bnot (kept|followed|stuck to)\b|\bif this does not work\b/),
  // A label about who gets copies, not any line that mentions a copy ("… and send Shannon a copy", a heading "shared with Jade's agreement");
  // also where the document goes, said as a label: "Plan sent to:", "Letter given to:".
  exact('copies', /^(?:copies|copy|copied)\b|\bcop(?:y|ies) (?:of (?:this|the|our) (?:written )?(?:plan|agreement|letter|undertaking)|to|given|sent|for|go(?:es)?)\b|^(?:who|people who) (?:will )?(?:gets?|receives?|has|have|is given|are given)\b(?! (?:signed|agreed|made|written|helped|been|taken|put|drawn|promised|said))|^c\.?c$|^bcc$|^distribution\b|^circulat(?:ion|ed)\b|^shared with\b|^(?:(?:this |the |a )?(?:plan|agreement|letter|record|minutes|undertaking) )?(?:sent|given|circulated|shared|emailed|e-mailed|posted|handed|copied) (?:out )?(?:to|with)$/),
  exact('legal-notice', /\bnot (a )?legal(ly binding)?\b|\blegal (status|notice|advice)\b|\byour rights\b|\badvocacy\b/),
  exact('signatures', /\bplease sign\b|^sign(?: here| below| (?:here |below )?to (?:show|say|confirm|agree)\b.*)?$|^(?:by )?signing (?:this|below|here|the (?:plan|agreement|letter))\b|\bsign (?:and|&) (?:return|date)\b|\bsign(?:ed)? below\b|^(?!sign(?:ed|ing)? up\b)(signed|signatures?|signed by|sign(ed)? and dated?|agreed and signed|agreed by|signing|sign here|sign-off)\b|\bsignatures?\b/),
  exact('participants', /^(?:agreement|plan) (?:made )?with$|\b(?:core group|network|group) members(?:hip)?\b|\bmembers of the (?:core group|network|group)\b|\bnames? of (?:those|the people|everyone) (?:involved|present|taking part)\b|^those (?:involved|present)$|\bparticipants\b|\bparties\b|^between$|^(?:agreement|plan|agreed|made|written) between\b|^(?:the )?family(?: members| details)?(?: involved)?$|^details of (?:the )?family\b|^(?:parents?|carers?|parents?\/carers?|parents? (?:and|or) carers?)(?: details)?$|^people$|^names?(?: and (?:relationships|contact details))?$|\bwho (is|are) (this agreement|involved|in this agreement)|\bwho this (agreement|plan|letter) is (between|for|with|about)|^(?:the |our |family |safety |support )?network(?: members)?$|\bnetwork members\b|\bagreement (is )?between\b|\bpeople (involved|in this (agreement|plan))\b|\bcontact details\b|\bwho'?s? involved\b|\bnames? of (the )?(parents|carers|people)\b|\bkey (people|contacts)\b|\bsocial worker'?s? (details|name)\b|\bwho (made|wrote|agreed|signed|took part in|was involved in|is in|are in) (this|the) (plan|agreement|letter)\b/),
  exact('concerns', /\breasons? for (?:our |the |children's services' |social care )?(?:involvement|referral)\b|\breferral reasons?\b|\bpresenting (?:issues|concerns|needs)\b|\bcomplicating factors\b|\bworr(y|ied|ies)\b|\bconcern(s|ed)?\b|\bwhy (are|is) (we|children's (social care|services)|the (local authority|council)) involved\b|\bwhat has happened\b|\bthe problems?\b|\brisks?\b|\bdanger statement\b|\bharm\b/),
  exact('professional-commitments', /\bprofessionals?\b|\bagenc(y|ies)\b|\bsocial worker\b|\bpractitioners?\b|\bchildren's (social care|services)\b|\b(local authority|council)\b|\bservices? will\b|\bsupport (offered|provided|available|from)\b|\bhelp (offered|available|you will get|we will give|the family will get)\b|\bwhat (we|i) will (do|offer|provide)\b|\bour commitments?\b|\bwhat support\b|\bsupport (for|to) the family\b/),
  exact('family-commitments', /\bparents?\b|\bcarers?\b|\bfamily\b|\bmum\b|\bdad\b|\bmother\b|\bfather\b|\bgrand(parents?|mother|father|ma|pa)\b|\bwhat (i|you) will do\b|\bwhat (mr|mrs|ms|miss)\b|\b(?:what|things) [a-z' -]+ (?:has|have) (?:agreed|promised|committed|signed up|offered|volunteered)\b|^what [a-z' -]+ (?:promises|agrees|commits)(?: to(?: do)?)?$|\b(?:what|things|stuff|jobs) [a-z' &-]+? ?(?:will|'ll|(?:is|are|am) going to|'s going to|'re going to|'m going to) do\b|\bwhat (?:[a-z' &]+ )?agreed to(?: do)?$|\byour (tasks|actions|commitments)\b/),
  // "Date of plan", "Date of this safety plan", "Agreement date": the document's own date, before 'plan' alone marks the tasks.
  // The meeting that made the plan, in a form's details table: "Core group date", "Conference date" (not the next or a review one).
  exact('date', /^(?!.*\b(?:next|review|reviewing|follow-up)\b)(?:(?:initial |first )?(?:core group|strategy|planning|network|family group|pre-proceedings|child protection)(?: meeting| conference)?|meeting|conference) date$/),
  // The plan's own meeting by its initials: "Date of ICPC", "PPM date" (not the review conference, RCPC).
  exact('date', /^(?:date of (?:the )?(?:icpc|cpc|ppm|fgc|initial (?:child protection )?conference)|(?:icpc|cpc|ppm|fgc) date)$/),
  exact('date', /^date of (?:the |this )?(?!(?:next|review|birth|cp|child protection|care|pathway)\b)(?:[a-z']+ ){0,3}?(?:agreement|plan|letter|undertaking)$|^(?:plan|agreement|letter) date$/),
  exact('tasks', /\bexpectations?\b|\bactions?\b|\btasks?\b|\bwho (will do|does) what\b|\bwhat (needs|has) to (happen|change)\b|\bwhat (will|is going to) happen\b|\bagreed actions\b|\bcommitments?\b|\bthe agreement\b$|\bwhat we have agreed\b|\bwhat everyone will do\b|\bresponsibilit(y|ies)\b/),
  // (Asked of someone as a lead-in too: "Chelsea will be expected to:", "Dad is asked to:".)
  exact('tasks', /^[a-z' ()&-]{2,60}? (?:will|agrees?(?: to)?|agree to|must|should|is going to|are going to|(?:will be|is|are) (?:expected|asked|required) to)$/),
  // A lead-in to a list: "You agreed to the following", "In return we will do the following".
  exact('tasks', /\b(?:agreed|agree|agrees|promised|promise|promises|will|undertake|undertakes) (?:to )?(?:do )?(?:the following|these things)(?: things)?$/),
  // "What we expect", "What is expected": a heading over what the family are asked to do, whose table may name them.
  exact('tasks', /^what (?:we|i) (?:expect|are expecting|need to see)$|^what is expected$/),
  // A letter's lead-in to what the reader will do, after a greeting or a reason: "Mr and Mrs Cole, we have agreed that you
  // will", "To keep Ruby safe, you will", "Kerry, you have agreed to", "Sam, I am asking you to" (not "If …, we will").
  exact('tasks', /^(?!(?:if|when|where|should|unless|once|in case)\b)[a-z0-9' ()&,.-]{0,80}?(?:^|[,.] )(?:[a-z' ]{0,40} )?(?:you(?: have| had)? (?:will|would(?: like to)?|want to|agreed|agree|promised|said you would|need to|must)(?: that you (?:will|would)| to)?|(?:we|i)(?: am| are)? (?:asking|ask|expect|need|want|would like) you to|(?:it is (?:important|vital|essential)|(?:please )?make sure) (?:that )?you)(?: do)?(?: the following(?: things)?)?$/),
  // A lead-in to a list: "We expect you to", "We would like Mum to", "You need to".
  exact('tasks', /^(?!(?:where|how|why|when)\b)[a-z' ()&-]{1,40}? (?:expects?|expected|asks?|would like|wants?|needs?)(?: that)? [a-z' &]{1,40}? (?:to|will)$|^(?:you|we) (?:need|have|agree|promise) to$/),
  exact('purpose', /\bpurpose\b|\baims?\b|\bgoals?\b|\bobjectives?\b|\bwhy (we are|are we|this agreement|do we need|is there|we need|is (this|the|a) (written )?agreement)\b|\bwhat (this|the) (agreement|plan|letter) is (for|about)\b|\breasons? for\b|\bbackground\b|\bcontext\b|\bintroduction\b|\bwhat we want to (happen|achieve)\b|\bwhat will (be different|change)\b/),
  // "Who is this plan about?", "Who the plan is for", "Whose plan is this?": the child (outweighing the exact wording for the parties; a letter is for its reader).
  exact('child-details', /^who(?:'s| is)? (?:this|the|our|my) (?:safety )?(?:plan|agreement) (?:is )?(?:for|about)$|^whose (?:safety )?(?:plan|agreement) is (?:this|it)$|^(?:the )?(?:child(?:ren)?|young (?:person|people)|bab(?:y|ies)) (?:this|the) (?:plan|agreement|letter) is (?:for|about)$/, 12),
  exact('child-details', /\bnames?(?:\(s\))? of (?:the )?child(?:ren|\(ren\))?\b|^(?:the )?unborn (?:baby|child)\b|^baby(?:'s (?:name|details))?$|\bchild(ren)?'?s? (name|details|date of birth)|\bname of (the )?child|\babout the child|^the child(ren)?$|^child(ren)?$|^child(ren)?( or (children|young person))?\b.{0,20}$|\byoung person\b|\bdate of birth\b|\bd\.?o\.?b\b/),
  // "Date agreement made", "Date of CIN meeting" (not "Date of next meeting", "Date of review").
  exact('date', /^date (?:the |this )?(?:agreement|plan|letter|it was|we)? ?(?:was |were )?(?:made|agreed|written|signed|drawn up|started|completed)$|^(?:effective|in place) from$|^(?:(?:this |the |our )?(?:agreement|plan|letter) )?(?:agreed|made|written|signed|drawn up) (?:at|in)$|^(?:this |the |our )?(?:agreement|plan|letter) (?:agreed|made|written|signed|drawn up) on$|^date of (?:the )?(?!next\b|review\b)(?:[a-z']+ ){0,2}(?:meeting|conference|visit|home visit|session|discussion)$|^date (?:we|you and i|everyone|they) (?:met|sat down|talked|agreed(?: it)?|wrote (?:it|this))$|^date (?:set up|started|begun|opened|created|put in place)$|^date (?:this|it) was (?:made|agreed|written|signed|drawn up|put together|set up|done|created|finished|completed)$|^(date|dated|date of (the )?(agreement|meeting|this agreement)|agreement date|date agreed|today's date|start date|date started|date written|date made|(?:made|agreed|done|written|signed|drawn up|completed|filled in|finished) on|when (?:we )?(?:made|agreed|wrote) (?:this|it))$/),
];

// Kinds of heading, by what they say about their part: "if … not working" is a contingency, "look
// again" or "next meeting" a review, "our part" what the professionals do.
export const KIND_CUES: SectionCue[] = [
  cue('contingency', /\bcontingenc|\bback-?up plan\b|\bplan b\b|\bif (?:something|anything) (?:goes|happens)\b|\bwhen things go wrong\b/),
  cue('review-date', /\bnext (?:[a-z-]+ ){0,2}(?:meeting|core group|conference|get-together|catch-up)\b|\bnext (?:taf|tac|cin|rcpc)\b|^(?:monitoring(?: arrangements| progress| the plan)?|how (?:this|the) (?:plan|agreement) will be monitored)$|\breview|\b(?:get|getting|come|coming) (?:back )?together\b|\bcheck(?:ing)?[ -](?:how|on|in|progress)\b|\bcatch[ -]up (?:date|meeting|visit)\b|\blook(?:ing)? (?:at (?:this|it|the (?:plan|agreement|letter)|things) )?again\b|\bmeet(?:ing)? again\b|\bnext time we (?:talk|meet|look|check|sit down|get together)\b|\bnext (?:meeting|time we meet|visit together)\b|\bhow (?:are )?(?:we|we're|things are|it's|it is) (?:doing|going)\b|\bfollow[- ]?up\b|\bprogress (?:check|meeting)\b|\bwhen (?:will )?we (?:will )?(?:check|look|meet)\b|\bnext (?:check|look|catch[- ]up|get[- ]together)\b/),
  cue('professional-commitments', /\b(?:need|want|asked for|ask for|get) (?:from|of) (?:the )?(?:professionals|workers|agencies|services|social worker|council)\b|\bteam around\b|\bour (?:part|side|bit)\b|\bhelp from\b|\b(?:early help|family support|youth|social care) (?:will|offer|team)\b|\bwhat we(?: will| are going to|'re going to) do\b|\bwhat you can (?:expect|count on|rely on|get) from (?:us|me|the [a-z' ]+)\b|\bwhat we (?:can )?offer\b|\bour (?:promises|jobs?|tasks|actions)\b|\bwho(?:'s| is| will| will be| are)? help(?:s|ing)?\b|\bpeople (?:who are )?helping\b|\bhelp (?:you will get|for you|we will give|on offer)\b|\b(?:tasks|actions|jobs) for (?:the )?(?:professionals|workers|social worker|services|agencies)\b|\bthe (?:council|service|workers)'s part\b|\b(?:what )?(?:the )?[a-z' ]*(?:service|team|centre|project|workers?) will do\b/),
  cue('family-commitments', /\bbottom lines?\b|\bnon-?negotiables?\b|^(?:the )?rules$|\byour (?:part|side|bit)\b|\bwhat (?:we|i)(?:'re| are|'m| am)? ?(?:asking|expect(?:ing)?|need|needing|would like|'d like|want|wanting) (?:of )?you to do\b|\bwhat (?:is|we) expect(?:ed)? (?:of|from) you\b|\bwhat you (?:will|are going to) do\b|\b(?:house|home|family|our|safety|centre|visit|session|family time|ground) rules\b|\brules for\b|\brules (?:(?:that )?(?:you|we|everyone|parents|mum and dad) (?:have |has )?(?:agreed|signed up|promised)|to (?:follow|keep))\b|\bmy part\b|\b(?:tasks|actions|jobs) for (?:the )?(?:family|parents?|carers?|mum|dad)\b|\bwhat (?:i|we as a family) will do\b/),
  cue('concerns', /\bwhat led (?:up )?to\b|\bhow we got here\b|\bwhat brought (?:us|you|this|[a-z]+ family)\b|^why [a-z'-]+(?: [a-z'-]+)? (?:needs?|has to|have to|must|is being|can't|cannot|is not able)\b|\bworr|\bnot (?:going|working) (?:so )?well\b|\bconcern|\bwhat (?:has )?happened\b|\bwhat(?:'s| is| has)? (?:been )?(?:happening|going on)\b|\bdanger\b|\bharm\b|\brisks?\b|\bthe problems?\b|\bwhy (?:we are|we're|are we|children's services (?:are|is)|the council is) (?:involved|here|worried)\b|\breasons? for (?:the |this )?(?:agreement|plan|letter|involvement)\b|\bgrounds\b/),
  cue('purpose', /^why\b(?!.*\b(?:worr|concern|involved)).*\b(?:agreement|plan|letter|this)\b|^(?:why|what for|reasons?|the reasons?|what this is about|what it is about|what this (?:plan|agreement|letter) is for)$|\bpurpose\b|\baims?\b|\bgoals?\b|\bwhy we (?:are|have) (?:doing|made|making|written|writing)\b|\bwhat we(?:'re| are)? (?:want|hope|hoping|aiming|aim)\b|\bwhat (?:we|you|i|everyone)(?:'re| are| am| is)? (?:trying|hoping|wanting|working) to (?:achieve|get to|change)\b|^what (?:we|i|you|everyone|[a-z]+)(?: all| both)? (?:want|wants|would like|hope|hopes)(?: to see| for)?$|\bwhat good (?:looks|will look) like\b|\bbest hopes\b|\bwhat (?:will|should|would|could) be different\b/),
  // "Who we are", "Our family", "Who is in Ava's life": the people the plan is between.
  cue('participants', /^who (?:we|i) am$|^who we are$|^(?:our|my) family$|^who(?:'s| is| are) in (?:[a-z'-]+'s?|our|my|the) (?:life|lives|family|network|circle|world)$|^(?:the )?(?:grown-?ups|adults|people) (?:in|around) (?:[a-z'-]+'s?|our|my) (?:life|lives|world|circle)$|^who (?:was|were|sat) (?:at|round|around) the (?:[a-z]+ )?table$/),
  // "Ava's details", "About Ava": the child's details (a parent's or worker's details name a party, "About the family" nobody).
  cue('child-details', /^(?!(?:mum|dad|mother|father|parents?|carers?|gran|nan|nana|grand\w*|family|social worker|worker|your|our|my|the)'?s?\b)[a-z'-]+'s? (?:details|information|info|birthday|age|name and (?:age|birthday|date of birth|details))$|^about (?!(?:the|us|me|this|that|you|mum|dad|our|your|my|it|them|him|her)\b)[a-z'-]+$/),
  // "Who helped write it", "Who helped us make this plan": the people who made it, though it names the plan.
  cue('participants', /^who (?:(?:has |have )?helped(?: (?:us|me|mum|dad|[a-z'-]+))?(?: to)? )?(?:make|made|write|wrote|written|put (?:it|this|the plan) together|draw up|drew up|plan|planned)\b/),
  cue('participants', /^who(?:'s| is| are) (?:in|part of|involved in|signing) (?:this|the plan|the agreement|our plan|my plan)$|^(?:who (?:came|was there|were there|attended|took part|was at the (?:meeting|conference))|(?:people|those|everyone) (?:at|present at|who came to|who were at|who was at) (?:the |our |this )?(?:meeting|conference|visit|family group conference)|present|attendees|in attendance)$|\bpeople involved\b|\bwho is involved\b|\bparties\b|\bwho (?:this|the) (?:agreement|plan|letter) is (?:between|with|for)\b|^between\b|\bpeople in this (?:agreement|plan)\b/),
  cue('duration', /\btime ?(?:scales?|frames?|limits?)\b|\bstart (?:and|&) end\b|\bend date\b|\bhow long\b|\bwhen (?:this|it|the (?:agreement|plan|letter)) (?:ends?|finish(?:es)?|stops?)\b|\buntil when\b/),
  cue('signatures', /\bsign(?:ed|atures?)\b/),
  // "What happens next" (a column beside the worries, a letter's closing part) is the steps, not a contingency: nothing in it fails.
  cue('tasks', /\bwho (?:will )?do(?:es)? what\b|\bwhat needs to (?:happen|change)\b|\bnext steps\b|\bwhat (?:happens|will happen|is going to happen) (?:next|now)\b|\baction plan\b|\bsafety plan\b/),
];

/**
 * "Plan", "Sharing this plan", "Plan if things slide": the plan on its own is the tasks, and anything
 * more telling outweighs it. Not a kind of heading: "Family time plan" is not the tasks because no
 * family member is named as doing them.
 */
/**
 * "What we want from Ellie and school", "What I need from the youth service": what others are asked to do,
 * whoever "we" are (a family writing its own plan, or a worker): tasks, each sorted by who does it. Outweighs
 * the purpose's "what we want"; what is asked of "you" or of the parents stays the family's part.
 */
export const ASKED_OF_CUE: SectionCue = cue('tasks', /^what (?:[a-z'-]+ ){1,3}(?:want|wants|need|needs|would like|like|are asking(?: for)?|is asking(?: for)?|ask|asks|expect|expects) (?:from|of) (?!(?:you|your|mum|dad|(?:the )?(?:family|parents?|carers?))\b)[a-z]/, 8);

export const PLAN_CUE: SectionCue = cue('tasks', /\bplan\b/, 4);
