import { cueOf, type SectionCue } from './section-wordings';

// Cue families: the words and phrases that say what a part of an agreement is about, whatever its
// heading's exact wording ("Coming back to it", "Where it breaks down", "Round the table"). Each adds
// its weight to one section: a strong phrase (4) names a section on its own, a weak word (2) needs
// a second one beside it (THRESHOLD in section-wordings.ts), and a negative cue takes weight away from
// a section a label only seems to name. A family's words are read as guidance: what a person looks
// for in a heading. Run on cleaned, folded label text of at most MAX_WORDS words: in a longer text
// the words are content, not cues.

const word = cueOf('word');
const STRONG = 4;
const WEAK = 2;
/** The most words a label's cue words are read in ("Why we are putting this on paper" is seven). */
export const MAX_WORDS = 10;

/**
 * How progress will be known: over a part of its own, the review ("How will we know it's working?"); over a
 * table's column, each row's measure (table-layout.ts reads it so).
 */
export const PROGRESS_KNOWN = /\bhow (?:will|would|do|can|could|are|shall) (?:we|you|i|everyone|people|they|the (?:court|council|professionals)) (?:be able to |going to )?(?:know|tell|see|measure|judge|show)\b|\bhow (?:we|you|i|everyone)(?:'ll| will| can| are going to| would)? (?:know|tell|measure|judge)\b|\bwhat will (?:tell|show) (?:us|you|everyone|people)\b|\b(?:we|you|everyone)(?:'ll| will) know\b|\bmeasur\w* (?:of )?(?:progress|success|change|how)\b|\bsigns of (?:progress|change|improvement)\b|\bknow (?:it|this|the plan|things)(?:'s| is| are)? working\b/;

/** Coming back to the plan: review, check, look again, meet again, the next meeting, catching up, progress. */
const REVIEW: SectionCue[] = [
  word('review-date', /\b(?:review\w*|revisit\w*|re-?assess\w*|re-?look|check(?:ing)?[- ]ins?|check(?:ing)? back(?: in)?|catch(?:ing)?[- ]ups?|stock ?take|taking stock|sit[- ]downs?|get[- ]togethers?|follow(?:ing)?[- ]?ups?|progress (?:checks?|meetings?|reviews?)|com(?:e|ing) back to|go(?:ing)? back over|look(?:ing)? back (?:at|over)|dates? in the diary|next (?:dates|meetings|sessions|get[- ]togethers|catch[- ]ups|checks)|keep(?:ing)? track|see(?:ing)? how (?:things|it|we|everyone)(?:'s|'re| are| is)? (?:go|goes|going|get on|getting on|doing)|next (?:date|time|meeting|session|sit[- ]down|get[- ]together|catch[- ]up|check|look))\b/, STRONG),
  word('review-date', /\bkeep(?:ing)? (?:an eye on|track of)\b/, WEAK),
  // How progress will be known or measured, asked or stated: "How will we know it's working?", "How we'll tell things are better", "Signs of progress".
  word('review-date', PROGRESS_KNOWN, STRONG),
  word('review-date', /\bfresh look\b|\blook(?:ed|ing)? at (?:it |this |things )?afresh\b/, STRONG),
  word('review-date', /\b(?:again|next|check\w*|progress|monitor\w*)\b|\bhow (?:it|things|we|this|everything|everyone)(?:'s|'re| is| are| has| have)? (?:been )?(?:going|doing|getting on|working)\b/, WEAK),
];

/** Something failing and what happens then: goes wrong, breaks down, not kept, not getting better, a back-up. */
const CONTINGENCY: SectionCue[] = [
  word('contingency', /\b(?:go(?:es)?|going|gets?|getting|heads?|heading) (?:wrong|badly|off (?:track|course|the rails)|pear[- ]shaped|worse|downhill)\b|\bbreak(?:s|ing)? down\b|\bfall(?:s|ing)? (?:apart|through)\b|\bwobbl\w*|\bslip(?:s|ping)?(?: back)?\b|\bset-?backs?\b|\brelapse\w*|\bget(?:s|ting)? stuck\b|\bsafety net\b|\bfall-?back\b|\bcrisis\b|\bslid(?:e|es|ing)\b|\bcollaps\w*|\b(?:is|are|gets?|been) broken\b|\b(?:bad|hard|difficult|tough) (?:day|days|times?|patch|spell)\b|\b(?:get|gets|getting|become|becomes|becoming) (?:too )?(?:difficult|hard|tough|too much|out of hand|on top of (?:you|her|him|them|us))\b|\bgo(?:es|ing)? backwards\b|\bback-?up (?:plans?|arrangements?|options?)\b|\bnot (?:kept|followed|met|stuck to|working|improving|getting better|changing|enough|going to plan|going (?:right|well)|working out)\b|\b(?:isn't|aren't|is not|are not|wasn't|weren't) (?:followed|kept|stuck to|working|happening|met|going (?:right|well|to plan)|working out)\b|\b(?:doesn't|don't|isn't|aren't|won't) (?:work|improv|change|get better|go to plan|happen|stick|help)/, STRONG),
  // A question asking what follows a failure, with the failure left out: "And if not?", "What then?", "What if it doesn't?".
  word('contingency', /^(?:and |but |what )?if not$|^(?:and )?what then$|^what if (?:it|this|that|they|we|you|he|she) (?:doesn't|don't|isn't|aren't|can't|won't|does not|do not|is not|are not)$/, STRONG),
  word('contingency', /\bstall(?:s|ed|ing)?\b|\b(?:happens?|starts?|begins?) again\b/, WEAK),
  word('contingency', /^(?:if|when|whenever|should|in case|unless)\b/, WEAK),
  word('contingency', /\b(?:wrong|fail\w*|stop(?:s|ped)?|worse|struggl\w*|problems?|trouble|breach\w*)\b/, WEAK),
];

/** Who does the tasks beneath it when they are the professionals: the team around, our part, help from, support. */
const PROFESSIONALS: SectionCue[] = [
  word('professional-commitments', /\b(?:team|support|help) around\b|\bwho(?:'s| is| are| will be)? (?:support|help)(?:s|ing)\b|\b(?:help|support) (?:we|i)(?:'ll| will| can)? (?:offer|give|provide)\b|\bin (?:your|the family's|[a-z]+'s) corner\b|\b(?:help|support|backing) (?:from|for (?:you|the family|mum|dad|parents))\b|\bon (?:your|the family's) side\b|\bfrom (?:our|the council's|the workers'|the professionals') side\b|\b(?:people|those|everyone|the adults|the workers) (?:on our side|helping|supporting|working with|who (?:can|will|are) (?:help|support|working with))\b|\bhow we(?:'ll| will| can| are going to)? (?:help|support)\b|\bhow (?:will|can|are|do|could) we (?:going to )?(?:help|support)\b|\b(?:help|support) (?:you|the family|mum|dad|parents)(?:'ll| will| can| are going to| may) (?:get|receive|have|be (?:given|offered))\b|\b(?:help|support) (?:will|can|do|does|is|are|might) (?:you|the family|mum|dad|parents|[a-z'-]+) (?:get|have|be (?:given|offered))\b|\bour (?:part|side|bit|role|jobs?|tasks|promises|commitments?)\b/, STRONG),
  word('professional-commitments', /\b(?:professionals?|agenc(?:y|ies)|services?|workers?|practitioners?|council|local authority|school|nursery|health visitor|gp|doctor|police|midwife|nurse|team|hub|centre|project|charity)\b/, WEAK),
  word('professional-commitments', /\b(?:help\w*|support\w*|offer\w*|provid\w*|role|jobs?)\b(?! (?:worker|officer|team|service|practitioner))/, WEAK),
];

/** Who does the tasks beneath it when they are the family: family members, "you", house rules, their side. */
const FAMILY: SectionCue[] = [
  word('family-commitments', /\b(?:house|home|family|ground|safety) rules\b|\brules (?:for|at|in)\b|\b(?:your|my|mum's|dad's|the family's|parents') (?:part|side|bit|jobs?|tasks|promises|commitments?)\b|\b(?:what|things|stuff) (?:we|i)(?:'re| are|'m| am)? (?:asking|need|want|expect|would like)\w* (?:of |from )?(?:the )?(?:you|mum|dad|family|parents?|carers?|grandparents?)\b|\bwhat (?:you|i|mum|dad|the family|parents?|we as a family) (?:will|can|are going to|'ll|need to|have to|must) (?:do|try|work on|change)\b/, STRONG),
  // "Our promises as Mia's kinship carers": the family's part, though said as "our".
  word('family-commitments', /\b(?:our|my) (?:promises|part|jobs?|tasks|commitments?|responsibilities|rules) as (?:[a-z'-]+ ){0,2}(?:carers?|parents?|grandparents?|mum|dad|family|guardians?|residents?)\b/, 6),
  // "Changes I'll make", "Things I'm going to try": the first person's own changes (a parent's voice; a letter's writer is sorted in letter-writer.ts).
  word('family-commitments', /\b(?:changes|things|steps) i(?:'ll| will|'m going to| am going to| promise to| can)? (?:make|change|try|take|work on|do differently)\b|\bwhat i(?:'ll| will|'m going to| am going to)? (?:change|try|do differently|work on|stop doing)\b/, STRONG),
  word('family-commitments', /\b(?:mum|dad|mother|father|parents?|carers?|nan|nana|gran|grandad|grandma|grandparents?|aunt|auntie|uncle|family|grown-?ups|you|your|i|my)\b/, WEAK),
  word('family-commitments', /\b(?:promise\w*|undertakings?|jobs?|tasks?|part|expect\w*|responsib\w*|commit\w*|will do|(?:is|are) going to do)\b/, WEAK),
];

/** Why the agreement is needed: worries, concerns, what happened, how it came about, why we are involved. */
const CONCERNS: SectionCue[] = [
  word('concerns', /\b(?:worr\w*|concern\w*|what (?:has )?happened|things that (?:have )?happened|what (?:went on|took place)|what(?:'s| has) been (?:happening|going on|going wrong|hard|difficult|tough)|(?:became|become|got|getting) involved|how (?:it|this|we|things) (?:came about|got (?:here|to this|this way)|started)|came about|raised (?:the alarm|concerns?|a concern)|alarm bells|what (?:started|sparked|set off|triggered) (?:this|it|all this|things)|what (?:set|kicked|started|sparked) (?:this|it|all this|things) off|led (?:up )?to|went wrong|the trouble|difficult(?:ies|y)|what (?:we|the assessment|the conference|people|everyone|professionals) (?:know|found|saw|noticed|heard|picked up|are seeing)|what (?:could|might|may) happen to|picked up|why (?:are we|is the council|(?:we|children's services|the council|social care)(?:'re| are| is| got| became| have been)?) (?:involved|here|worried|concerned|stepped in)|reasons? (?:why )?(?:we|children's services|the council|social care|social workers?)(?:'re| are| is| got| became| have been)? (?:involved|worried|concerned|stepped in)|what (?:the )?(?:police|school|nursery|hospital|doctors?|gp|neighbours?|health visitor|midwife|teachers?) (?:told|said|reported|saw|found|noticed)|harm|danger\w*|risks?|category(?: of| and)?|not (?:okay|ok|safe|going well)|unsafe|grey areas?|reasons? for (?:the )?referral|referral reasons?|incidents?|(?:has|have|had) gone wrong|what (?:got|brought) us (?:here|to this point|to where we are|to this)|how we got to (?:this point|where we are))\b/, STRONG),
  word('concerns', /^why (?:are|is|were|was|have|has|did) (?:[a-z'-]+ ){1,4}(?:involved|here|worried|concerned|stepped in|got involved|working with|been called)\b/, 6),
  // Why the child lives away from home, or with whom: "Why Daniela is living with Olena", "Why Jayden lives with you", "Why the children came into care".
  word('concerns', /^why (?:[a-z'-]+ ){1,3}(?:(?:is|are) (?:living|staying|being looked after|being cared for|not living|not at home|away from home|in care|looked after|accommodated)|lives?|stays?|came (?:to (?:live|stay)|into care)|moved|went to (?:live|stay)|(?:has|have) (?:moved|gone|come))\b/, 6),
  // What everyone must watch: "What we need to keep an eye on", "Things to watch out for", "What to look out for".
  word('concerns', /^(?:what|things|stuff)(?: (?:we|you|everyone|i)(?: all)?)?(?: (?:need|have|want) to| must| should| to)? (?:keep an eye on|watch(?: out)? for|look out for|be careful (?:about|of)|be aware of|keep watching)$/, 6),
];

/** Which child the agreement is about: a child word and a detail word (name, age, birth, household), or a baby's due date. */
const CHILD: SectionCue[] = [
  word('child-details', /^(?:which|what) (?:child(?:ren)?|young (?:person|people)|bab(?:y|ies)|kids?)\b|\bhow old\b|\bwhen (?:was|were|is|are) (?:[a-z'-]+ ){0,2}(?:born|due)\b|\b(?:child(?:ren)?|young (?:person|people)|bab(?:y|ies))\b[a-z ]{0,12}\b(?:covered by|named in) (?:this|the) (?:plan|agreement)\b/, 6),
  // "Who we're keeping safe", "Who this is about" (whom everyone is "worried about" is left to the worries), "The children this is for", "Children this plan covers".
  word('child-details', /^who (?:we|we're|we are|everyone is|everyone's|this plan is|the plan is)(?: all)? (?:keeping safe|trying to keep safe|protecting|looking out for|here for)$|^who(?:'s| is)? (?:this|it) (?:for|about)$|^who (?:this|it) is (?:for|about)$|^(?:the |our )?(?:child(?:ren)?|young (?:person|people)|bab(?:y|ies)|kids?|little ones?) (?:this|the|our) (?:[a-z]+ )?(?:plan |agreement |letter )?(?:is (?:for|about)|covers|protects)$/, 6),
  // "About the baby", "About our children": the child named by what they are.
  word('child-details', /^about (?:the |our |my |your )?(?:bab(?:y|ies)|child(?:ren)?|kids?|young (?:person|people)|little ones?|twins|unborn (?:baby|child))$/, 6),
  word('child-details', /\bsubject (?:child(?:ren)?|of (?:this|the) (?:plan|agreement))\b|\bchild(?:\(ren\)|ren)? subject\b|\b(?:baby|babies) (?:is )?due\b|\bexpected (?:date of )?(?:delivery|birth)\b|\bedd\b/, STRONG),
  word('child-details', /\b(?:child(?:ren)?'?s?|young (?:person|people)'?s?|bab(?:y|ies)'?s?|little ones?'?s?|infants?'?s?|toddlers?'?s?|newborn'?s?|unborn|sons?|daughters?|siblings?|kids?)\b/, WEAK),
  word('child-details', /\b(?:names?|ages?|aged|born|birth|due|details|dob|(?:living|who live|who lives|in (?:the|this|our)) (?:household|home|family)|household|covered|covers)\b/, WEAK),
];

/** What the agreement is for: why, the aim, goal, hope, what it should achieve, the point of it. */
const PURPOSE: SectionCue[] = [
  word('purpose', /^about (?:this|the|our|my) (?:written )?(?:plan|agreement|letter|contract|undertaking)$|\b(?:the point of|what (?:today|this|it|the meeting|this meeting|this plan|the plan|this agreement|the agreement|this letter|the letter|all this)(?:'s| is| are)? (?:for|meant to (?:achieve|do)|trying to (?:achieve|do))|what (?:[a-z'-]+ ){0,3}(?:looks|will look|would look|should look|could look|might look|needs to look|has to look) like|what (?:does|do|will|would|should) (?:[a-z'-]+ ){1,3}look like|what (?:it|this)(?:'s| is) (?:all )?about|where (?:we|you|i|everyone)(?:'d| would)? (?:want|hope|like) to (?:be|get)|why (?:we(?:'re| are)?|i(?:'m| am)?) (?:putting|writing|making|doing|agreeing|drawing up|setting out)|(?:the )?reasons? (?:we|i) (?:wrote|write|made|make|put|drew|are (?:writing|making|doing)))\b/, 6),
  word('purpose', /\b(?:(?:want|like|love|hope)s? (?:[a-z'-]+ ){0,2}to (?:be|look|feel) different|purpose|aim(?:s|ing)?|goals?|outcomes? (?:we|you|i|everyone|the family)(?:'d| would)? (?:want|hope|like)|objectives?|hopes?|hoping|achieve\w*|vision|working towards|want(?:s|ed)? to (?:see|happen|change|be different)|what (?:we|everyone|i|you|they)(?: all| both)? (?:want|wish|hope)s? for\b|(?:would|'d) (?:like|love) to see|want to see)\b/, STRONG),
  // What everyone needs to see (the safety goal of a Signs of Safety plan): the aim, not anyone's task.
  word('purpose', /\bwhat (?:we|everyone|the (?:council|professionals|social workers?|court|school))(?: all)? (?:would |will )?(?:need|needs|want|wants|like|hope|expect|expects) to see\b|\b(?:safety|well-?being) goals?\b/, 6),
  word('purpose', /^why\b/, WEAK),
];

/** Who the agreement is between and who took part: between, present, round the table, the people in it. */
const PARTICIPANTS: SectionCue[] = [
  // "Family and workers named in this agreement", "Everyone who has a say", "People who care about Jo" (a safety network).
  // "Who this plan involves", "Those who helped write this plan": whom it involves, who made it.
  word('participants', /\b(?:this|the|our) (?:[a-z]+ )?(?:plan|agreement|letter) (?:involves|includes)\b|\b(?:who|those who|people who|everyone who) (?:helped|has helped|have helped) (?:to )?(?:write|make|put together|draw up|plan)\b/, 6),
  word('participants', /\bnamed (?:in|on) (?:this|the|our) (?:[a-z]+ )?(?:plan|agreement|letter)\b|\b(?:has|have|gets?|get) a say\b|^(?:the )?(?:people|adults|grown-?ups|family and friends|friends and family) who (?:care about|love|look out for|are close to|know) [a-z'-]+$/, STRONG),
  word('participants', /\b(?:between|took part|taking part|(?:people|those|who (?:was|were)) present|^present$|attend(?:ed|ees|ance|ing)|apologies|invited|(?:round|around) the table|who(?:'s| is)? who|who (?:came|sat|was there|were there|joined|met)|sat down together|(?<!young )people (?:in|at|involved|present|here)|(?:grown-?ups|adults|everyone|those) (?:in (?:this|the|our) (?:plan|agreement)|at (?:the|this|today's|[a-z]+'s) (?:[a-z]+ )?meeting|involved|present)\b|the people|who(?:'s| is| are) (?:in|part of|involved|included|named) (?:this|the|our|my)|part of this (?:agreement|plan)|also (?:involved|part)|^(?:who (?:was|were) |people |those )?(?:at|present at) (?:the |this |today's )?(?:meeting|visit|conference|core group))\b|^(?:the )?(?:family(?: members)?|parents?|carers?) (?:and|&) (?:the )?(?:professionals|workers|agencies|services)$|^(?:the )?(?:professionals|workers|agencies|services) (?:and|&) (?:the )?(?:family(?: members)?|parents?|carers?)$|who(?:'s| has| have)? been (?:part of|involved in)|people who (?:helped )?(?:make|made|wrote|agreed|put together)|\b(?:people|family|friends|relatives|professionals|agencies|services|workers|adults|everyone|those|others) involved$|^who (?:agreed|made|wrote|drew up|put together)(?: (?:this|it|the plan|the agreement))?$|\bwho(?:'s| is| are| has| have)? (?:signed|signing) up\b|^(?:people |those |everyone )?(?:who )?(?:we|i) (?:talked|spoke|met|worked|sat down) (?:with|to)$|\bnames? of (?:everyone|everybody|all|each|those|the people)\b|\b(?:everyone|everybody|people|those|adults|professionals|workers|agencies) (?:involved|working) (?:with|in)\b|^(?:(?:this|the) )?(?:agreement|plan) (?:is )?(?:made|agreed|drawn up|written) by$/, STRONG),
];

/** How long it lasts: how long, until, time scale, when it ends. */
const DURATION: SectionCue[] = [
  // "For the next three months", "Start and finish dates", "Length of time", "Finish date", "Lasting until".
  word('duration', /^(?:for|over|during|in) the (?:next|coming|first) (?:[a-z0-9-]+ ){0,2}(?:days?|weeks?|months?|years?|term|school term|holidays)$|\bstart(?:ing)? (?:and|&|to) (?:finish|end|stop)(?:ing)?\b|^length(?: of time)?$|\b(?:finish|finishing|stop|expiry|closing|last) date\b|^(?:lasting|running|valid)(?: until| till| for)?$|\bhow long (?:for|is (?:this|it))\b/, STRONG),
  word('duration', /\b(?:(?:plan|agreement) (?:length|period)|(?:period|dates?|time) covered|length of (?:the |this )?(?:[a-z]+ )?(?:plan|agreement|arrangements?|placement|stay|undertaking)|how long|lasts|lasting|(?:will|to) last|last(?:s)? (?:for|until|till)|until|till|expir\w*|time ?scales?|time ?frames?|duration|runs? (?:for|until|till|out)|in place (?:for|until|till)|(?:valid|in force|good) (?:through|until|till|to)|(?:end|finish|stop)(?:s|ing)? (?:date|on|when)|^(?:the )?end of (?:this|the|our) (?:agreement|plan|letter)$|when (?:it|this|the plan|the agreement) (?:ends?|finish\w*|stops?|runs out)|when (?:will|does) (?:it|this|the plan|the agreement) (?:end|finish|stop|run out))\b/, STRONG),
  // One word for the end, or the plan said to run: "Ends", "Expires", "Plan runs", "Agreement in place".
  word('duration', /^(?:ends?|ending|finish(?:es)?|expires?|expiry|lasts?|runs? (?:until|till|to))(?: on)?$|^(?:the )?(?:plan|agreement|letter|arrangements?) (?:runs|lasts|(?:is )?in place|(?:is )?valid|ends|finishes|expires)(?: (?:for|until|till|from))?$/, STRONG),
  // ("When this plan finishes" names the plan, which alone reads as the tasks: the end outweighs it.)
  word('duration', /\bwhen (?:will |does )?(?:this|our|the) (?:plan|agreement|letter) (?:ends?|finish\w*|stops?|runs? out|comes? to an end)\b/, 6),
];

/** When it was made: worked out on, drawn up, held (a meeting's date). */
const DATE: SectionCue[] = [
  // "Plan started on", "Agreement made on", "Date we wrote this together", "Date I put this together".
  word('date', /^(?:(?:this |the |our )?(?:[a-z]+ )?(?:plan|agreement|letter) (?:was |were |has been )?(?:started|begun|began|starts|begins|commenced|written|made|agreed|put together|drawn up|completed)(?: on| from)?|(?:started|begun|began|starts|begins|commenced|written|made|agreed|put together|drawn up|completed) (?:on|from))$|^(?:the )?date (?:we|you and i|everyone|they|i|you) (?:[a-z']+ ){0,2}(?:met|sat down|talked|agreed|wrote|made|drew up|put|started)\b/, 6),
  word('date', /^when (?:was|were|did) (?:this|it|we|you|they|the (?:plan|agreement|letter)|[a-z'-]+)(?: [a-z'-]+)? (?:agreed|made|written|signed|drawn up|put together|make|write|agree|sign|draw up|put)\b/, 6),
  // The same as a statement, and the day the people met to make it: "When this was agreed", "When we wrote it", "We sat down on", "We met on".
  word('date', /^when (?:this|it|the (?:plan|agreement|letter)) (?:was|were) (?:agreed|made|written|signed|drawn up|put together)$|^when (?:we|you and i|everyone) (?:agreed|made|wrote|signed|drew up|put together) (?:this|it|the (?:plan|agreement|letter))$|^(?:we|you and i|everyone)(?: all)? (?:met|sat down|got together|talked|wrote (?:this|it)|made (?:this|it)|agreed (?:this|it))(?: together)? on$/, 6),
  word('date', /^(?:worked out|drawn up|put together|written|made|done|completed|dated|held)(?: on| at)?$|^(?:agreed|made|written|signed|drawn up) at (?:the |a |this |today's )?(?:[a-z]+ )?(?:meeting|visit|conference|core group) on$|\b(?:meeting|core group|conference|visit) held(?: on)?$|^(?:effective|made|written|started) (?:date|on|from)$/, STRONG),
];

/** Who gets a copy, where it is shared. */
const COPIES: SectionCue[] = [
  // "Where this plan goes", "Where copies are kept", "Who else gets this?".
  word('copies', /\bwhere (?:this|the|a|our|each) (?:plan|agreement|letter|cop(?:y|ies))(?:'s| is| are| will be| will)? (?:goes|go|going|sent|kept|shared)\b|\bwho else (?:sees|will see|gets|will get|has|can see|is sent|gets sent)\b/, STRONG),
  word('copies', /^sharing$|\bwho (?:we|i|you)(?:'ll| will| can| may)? (?:share|send|give|pass) (?:this|it|copies|a copy|the (?:plan|agreement|letter))(?: with| to)?$|^(?:copies|copy)\b|\bcop(?:y|ies) (?:to|for|go(?:es)?|sent|given|of (?:this|the|our))\b|\bdistribut\w*|\bcirculat\w*|\bshar(?:ed|ing) (?:with|this|the plan|the agreement)\b|^keep(?:ing)? (?:a |your |their )?cop(?:y|ies)(?: of (?:this|the) (?:agreement|plan|letter))?$|\bwho(?:'s got| (?:gets|receives|holds|keeps|has got|has|(?:will|can) (?:have|get|see|receive|keep))) (?:a |this|the|it|copies)|\bwho (?:will be|is|are|gets|has been|have been|was|were) (?:sent|given|emailed|posted|handed) (?:this|it|a copy|copies|the (?:plan|agreement|letter))\b|\bcop(?:y|ies) (?:are|is|will be) (?:going|sent|given|shared)\b|\bwho (?:sees|will see|gets to see|can see|is shown|are shown) (?:this|it|a copy|copies|the (?:plan|agreement|letter|paperwork|document))\b/, STRONG),
];

/** The agreement's standing in law, and what else a parent should know: legal, rights, advice, the small print. */
const LEGAL_NOTICE: SectionCue[] = [
  word('legal-notice', /\blegal(?:ly)? (?:status|standing|position|bit|side|stuff|notice|information|advice|help|binding)\b|\bbinding\b|\byour rights\b|\b(?:small|fine) print\b|\bworth knowing\b|\b(?:important|useful) (?:for you )?to know$|^things (?:you (?:should|need to|must) know|to know)$|\bgood to know\b|\bthe law\b|\blegal (?:document|agreement|paper|contract)\b|\b(?:my|your|our|their|parents'?|mum's|dad's) (?:legal )?rights\b|\bused (?:in|by|against (?:you|me|us|them) in) (?:a |the )?(?:courts?|proceedings)\b|\b(?:the |this |our )?(?:plan|agreement|letter) and (?:the )?(?:courts?|law)\b|\bin law\b|\b(?:getting|get|seeking|seek|taking|take|independent|free) (?:legal |independent )?advice$|\bcourt order\b|\bright to (?:advice|a solicitor|legal|an advocate|complain)|\bright to (?:[a-z]+ ){1,3}(?:solicitor|lawyer|legal advice|advocate)\b|\b(?:advice|help) from (?:a |your |their |an )?(?:solicitor|lawyer|advocate)\b|\b(?:seeing|talking to|speaking to|asking|contacting) (?:a |your |their )?(?:solicitor|lawyer)\b/, STRONG),
  // "What does this mean legally?", "Will a judge see this?": the law, or who decides in it.
  word('legal-notice', /\blegally\b|\b(?:judges?|magistrates?|family court)\b/, STRONG),
  word('legal-notice', /\b(?:legal|solicitors?|lawyers?|advice|advoca\w*|rights|courts?)\b/, WEAK),
];

/** Where people sign, and where the manager approves it. */
const SIGNING: SectionCue[] = [
  word('signatures', /\b(?:put|write|print|add) (?:your|their|our) names?\b/, 6),
  // "Agreed and accepted by", "Confirmed by", "Do you agree?": the place where people put their names to it.
  word('signatures', /^(?:[a-z]+ (?:and|&) )?(?:accepted|confirmed|understood|witnessed) by$|^(?:do|does) (?:you|we|everyone|mum|dad|[a-z'-]+) (?:all |both )?agree(?: (?:with|to) (?:this|the|our) (?:plan|agreement|letter))?$/, 6),
  word('signatures', /\b(?:sign|signed|signing|signatures?|signator(?:y|ies)|initials)\b|\bour names\b|\bagreed by\b/, STRONG),
  word('team-manager-signature', /\bmanagers?'?s?\b|\bmanagement\b|\bteam leader'?s?\b|\b(?:practice )?supervisor'?s?\b/, WEAK),
  word('team-manager-signature', /\bmanager(?:'s)? (?:review(?:ing)?|oversight|comments?|decision|check)\b|\bmanagement (?:review|oversight|decision)\b/, 6),
  word('team-manager-signature', /\b(?:approv\w*|authori[sz]\w*|sign\w*|counter\w*|ok'?d|checked|checks?|endorse\w*|agreed|seen|oversight)\b/, WEAK),
];

/** Everyone's tasks together: who does what, getting there, what has to change. */
const TASKS: SectionCue[] = [
  word('tasks', /\b(?:to-?dos?|things (?:we|you|i|everyone)(?:'ll| will|'re going to| are going to)? (?:try|do|work on|change)|who(?:'s| is)? doing what|getting there|^what [a-z' &-]+ (?:needs?|has|have) to do$|who does which|things that (?:need|have) to (?:happen|change)|what (?:has|must) (?:to )?change|how (?:we|you)(?:'ll| will)? get there|making (?:it|this|things) (?:work|happen|better))\b|^what (?:we|everyone|people) (?:all )?(?:agreed|decided|promised)(?: together| today| to)?$/, STRONG),
];

export const WORD_CUES: SectionCue[] = [...REVIEW, ...CONTINGENCY, ...PROFESSIONALS, ...FAMILY, ...CONCERNS, ...PURPOSE, ...PARTICIPANTS, ...DURATION, ...DATE, ...COPIES, ...CHILD, ...LEGAL_NOTICE, ...SIGNING, ...TASKS];

/**
 * Wordings that look like a section's cue but are not: "What happens next" is the steps, not a
 * contingency (nothing in it fails); "If you have questions" or "If you want to complain" is help,
 * not a plan for failure; what "has been going wrong" is a worry; "What you've signed up to" is the family's part, not the signatures; "What you can expect"
 * is what others will give the family, not the family's part; a "Child protection plan" or "Child's safety plan" is the plan, not the child's details.
 */
export const NEGATIVE_CUES: SectionCue[] = [
  // "How long the bus takes", "How long does the course take?": the time something else takes, not the agreement's length.
  word('duration', /\bhow long (?:the (?!(?:plan|agreement|letter|arrangements?)\b)[a-z' ]{1,30}|(?!(?:it|this|the)\b)[a-z'-]+) (?:takes?|will take|took)\b|\bhow long (?:does|will|did|do) (?:the (?!(?:plan|agreement|letter|arrangements?)\b)[a-z' ]{1,30}|(?!(?:it|this|the)\b)[a-z'-]+) take\b/, -20),
  // "What kind of contact, where, how often and how long?": how long each visit lasts, asked beside how often, not the agreement's length.
  word('duration', /\bhow often\b[^?]{0,20}\bhow long\b|\bhow long\b[^?]{0,20}\bhow often\b/, -20),
  // "Copies of school reports", "Copy of birth certificate": copies of other papers, not of the agreement.
  word('copies', /^cop(?:y|ies) of (?!(?:(?:this|the|our|my|your|each) )?(?:written |signed |safety |working |family |care |support )?(?:plan|agreement|letter|undertaking|document|contract)\b)/, -20),
  // "School attendance", "Attendance at appointments": a task's subject, not who came to the meeting.
  word('participants', /\b(?:school|nursery|college|education|class|lessons?|appointments?|clinic|sessions?|health|gp|dental|dentist|course|group) attendance\b|\battend(?:ance|ing) (?:at |to |of )?(?!(?:the |this |today's |our )?(?:[a-z]+ )?(?:meeting|conference|core group|review|visit)\b)[a-z]/, -10),
  // "Everyone who has a say": a voice in it, not a copy of it.
  word('copies', /\b(?:has|have|gets?|get) a say\b/, -20),
  // "What we'll do if worries come back": a worry inside the condition is what may go wrong, not the worries part.
  word('concerns', /\b(?:if|should|in case) (?:the |any |new |more |our |your )?(?:worries|concerns|problems)\b/, -20),
  word('contingency', /\b(?:has|have|'s|had) been going wrong\b|\bwent wrong\b/, -4),
  word('contingency', /\bwhat (?:happens|will happen|is going to happen) (?:next|now)\b|\bif you (?:have|want|need|would like|are unhappy|disagree)\b/, -6),
  word('signatures', /\bsign(?:ed|ing)? up\b/, -10),
  word('child-details', /\b(?:protection|safety|in need|care|pathway|support|keeping safe|family) plan\b/, -10),
  // "Child and family details": the whole household's box, not the child's alone.
  word('child-details', /\b(?:and|&) (?:the )?(?:family|parents?|carers?|adults|household)\b|\b(?:family|parents?|carers?|adults)(?:'s?)? (?:and|&)\b/, -4),
  word('family-commitments', /\bwhat (?:you|the family|parents?|mum|dad) (?:can|will|should) expect\b/, -4),
  // "Our promises as Gran and Grandad", "Our part as foster carers": whom "our" means is said after "as".
  word('professional-commitments', /\bas (?:[a-z'-]+ ){0,2}(?:carers?|parents?|grandparents?|mum|dad|nan|gran|grandad|family|guardians?|residents?)$/, -10),
  // "Manager reviewing", "Management review": the manager's oversight of the plan, not the plan's review.
  word('review-date', /\bmanager(?:'s)? review(?:ing|ed)?\b|\bmanagement review\b/, -30),
  // "Help from a lawyer" is the parent's right to advice, not the professionals' part.
  word('professional-commitments', /\b(?:help|advice|support|backing) from (?:a |your |their |an )?(?:solicitor|lawyer|advocate)\b/, -10),
];
