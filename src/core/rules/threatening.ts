import { cite, CIN_CP } from '../guidance';
import { type ParagraphRule, type RawFinding } from '../rule';
import { WordGate, type NeedsWords } from '../word-gate';
import { mayMatch } from '../literal-needs';
import { anyOf, NO_OTHER_WAY_NOUNS } from '../lexicon/consequence-cues';
import { CONSEQUENCES_FOLLOW, FUTURE_HELD_OVER, NO_CHOICE_LEFT, NO_MORE_CHANCES, NOT_GOOD_FOR_YOU, ONE_MORE_AND_GONE, PUNISHED_BY_COUNCIL } from './threat-ultimatums';
import { CONDITION_STEMS, decidedByOthers, findDrasticConsequence, legalMeetingPutFairly, type DrasticOutcome } from '../breach-consequence';

// Consequences must be set out, but case law says not as a threat (CIN/CP guidance §4).
// Threat wording states a drastic outcome as certain or automatic, or talks of using the
// agreement as evidence, or puts the court or the loss of the children as the price of a breach,
// whatever the verb, voice or modal ("could result in the children being removed"). A fair
// consequence names a step people can expect: a meeting, a review, legal advice.
const DRASTIC = "(?:removed|taken (?:away|into care|off you|from you)|put (?:in|into) care|placed (?:in (?:foster )?care|with foster carers|elsewhere)|(?:go|come|be taken) into (?:foster )?care|accommodated|adopted|(?:become |be )?looked after by (?:the )?(?:local authority|council)|not (?:be )?(?:returned|allowed (?:to )?(?:come )?home)|lose (?:your|their|his|her) (?:children|child|kids|baby))";
const PROCEEDINGS = '(?:(?:care|court|legal) (?:proceedings|action|order)|proceedings|legal action|court(?: action)?|an? (?:care|court|emergency protection|supervision) order|the court|removal|police action|prosecution|arrest)';
/** Every alternative of DRASTIC holds one of these at a word start. */
const DRASTIC_STEMS = ['removed', 'taken', 'in care', 'into care', 'into foster', 'placed', 'accommodated', 'adopted', 'looked after', 'returned', 'allowed', 'lose'];

// Modals that state an outcome; "may" and "could" make a threat no kinder.
const MODAL = '(?:will|shall|would|could|may|might|can|is going to|are going to|is likely to|are likely to)';
const COUNCIL = "(?:we|i|the (?:local authority|council)|children's (?:social care|services)|social care|social services|the la|the social worker|your social worker)";
const CHILDREN = "(?:(?:your|the|their|his|her|both|all)\\s+)?(?:children|child|kids|baby|son|daughter|boys|girls)";

/** "will be reported to the court", "we will tell the judge", "will be shared with the court". */
const REPORTED_TO_COURT = new RegExp(`\\b${MODAL}\\s+(?:also\\s+)?be\\s+(?:reported|passed|shared|given|sent|disclosed|put|brought|told|shown|presented)\\s+(?:on\\s+)?(?:to|before|with)\\s+(?:the\\s+)?(?:family\\s+)?(?:court|judge|magistrates?)\\b|\\b${COUNCIL}\\s+${MODAL}\\s+(?:have\\s+to\\s+|need\\s+to\\s+)?(?:tell|inform|report\\s+(?:this|it|them|that)\\s+to|let)\\s+the\\s+(?:family\\s+)?(?:court|judge)\\b`);

/** "may affect the outcome of the case", "could harm your chances in court". */
const AFFECTS_THE_CASE = new RegExp(`\\b${MODAL}\\s+(?:\\w+\\s+)?(?:affect|harm|damage|jeopardi[sz]e|influence|impact(?:\\s+on)?|change)\\s+(?:the\\s+|your\\s+|any\\s+)?(?:final\\s+)?(?:outcome|result|court'?s?\\s+decision|judge'?s?\\s+decision|decision\\s+(?:about|on)\\s+(?:the\\s+|your\\s+)?(?:children|child|baby)|case\\b(?!\\s+(?:plan|worker|notes?|file|records?|summary))|hearing|chances)`);

/** "will reflect badly on you", "will be seen as a refusal to work with us". */
const REFLECTS_BADLY = /\b(?:reflect|reflects|look|looks)\s+(?:very\s+)?(?:badly|bad|poorly|negatively)\s+(?:on|for)\s+(?:you|them|him|her|the\s+parents?|your\s+case)\b|\bwill\s+(?:be\s+)?(?:seen|viewed|treated|taken) as\s+(?:a\s+|an\s+|your\s+)?(?:sign\s+(?:that|of)|evidence|proof|refusal|failure|lack|non-?\w+|not\s+\w+ing)/;

/** The council's hand said to be forced, however softened: "no choice but", "little option other than", "few alternatives except". */
const NO_CHOICE = new RegExp(String.raw`\b(?:(?:have|has|be\s+left\s+with|left\s+with|leave\s+(?:us|the\s+council|the\s+local\s+authority))\s+)?(?:no|little|few|limited|not\s+(?:much|many))\s+(?:other\s+|real\s+|further\s+)?${anyOf(NO_OTHER_WAY_NOUNS)}\s+(?:left\s+)?(?:but|other\s+than|except|than)\b`);
/** The agreement put as the last stop before court: "the final step before we apply for an order" (not pre-proceedings explained as a stage). */
const FINAL_STEP_BEFORE_COURT = /(?<!\b(?:pre-?proceedings|plo|public\s+law\s+outline)\s+(?:is|are|means)\s+(?:the\s+|a\s+)?)\b(?:final|last)\s+(?:step|stage|stop)\s+before\s+(?:[a-z']+\s+){0,5}?(?:court|order|proceedings|apply|application|judge|(?:formal|legal|further)\s+action)\b/;
/** The council removing the children, whatever stands between modal and verb: "we would have little option but to remove Kacey" (not from a register or plan). */
const COUNCIL_REMOVES = new RegExp(`\\b${COUNCIL}\\s+${MODAL}\\s+(?:[a-z']+\\s+){0,6}?(?:remove|removing)\\s+(?:${CHILDREN}|[a-z]+(?:\\s+and\\s+[a-z]+)?)\\b(?!\\s+from\\s+(?:the\\s+|a\\s+)?(?:register|plan|list|child\\s+protection|cp\\b))`);

/** The children's place at home made to hang on the parent: "their future at home depends on …", "can only stay with you if …". */
const HOME_HANGS_ON = /\b(?:future|place|staying|remaining|living|stay|remain|live)\s+(?:[a-z']+\s+){0,3}?(?:at\s+home|with\s+(?:you|her|him|them|mum|dad)|in\s+(?:your|her|his|their)\s+care|in\s+(?:the\s+|your\s+|their\s+)?(?:children's|[a-z]+'s)\s+li(?:fe|ves))\s+(?:depends|depend|rests|hinges|relies|is\s+(?:conditional|dependent))\s+(?:up)?on\b|\b(?:can|will|may|could)\s+only\s+(?:stay|remain|live|return|go\s+home|come\s+home)\s+(?:[a-z']+\s+){0,4}?(?:if|as\s+long\s+as|provided)\b/;
/** "you could lose the children", "at risk of losing Mia". */
const LOSE_THE_CHILDREN = new RegExp(`\\b(?:${MODAL}|risk|risks|at\\s+risk\\s+of|end\\s+up)\\s+(?:then\\s+)?(?:lose|losing|forfeit|forfeiting)\\s+(?:${CHILDREN}|(?:(?:the|all|your|her|his|their)\\s+)?(?:care|custody|residence)\\s+of|custody)\\b|\\b(?:mean|means)\\s+(?:that\\s+)?(?:you|they|mum|dad|the\\s+parents)\\s+(?:will\\s+|could\\s+|may\\s+)?lose\\s+${CHILDREN}\\b|\\b${MODAL}\\s+(?:then\\s+)?lose\\s+(?!(?:your|their|his|her|the|a|an|any|all|some|it|this|that|weight|money|interest|touch|track|sleep|heart|out|time|control|faith|hope)\\b)[a-z]+(?=\\s*(?:[.,;!]|$))|\\bat\\s+risk\\s+of\\s+losing\\s+(?!(?:your\\s+|their\\s+|his\\s+|her\\s+|the\\s+|a\\s+)?(?:tenancy|job|home|house|flat|benefits?|place|temper|money|car|licence|weight|interest|track|touch)\\b)[a-z]+`);

/** "could result in the children being removed", "may lead to removal". */
const RESULT_IN_REMOVAL = new RegExp(`\\b(?:${MODAL}\\s+(?:\\w+\\s+)?)?(?:(?:result|resulting|lead|leading|end)\\s+(?:in|to)|mean|means)\\s+(?:(?:the\\s+|your\\s+|their\\s+)?(?:children|child|kids|baby|son|daughter|[a-z]+(?:\\s+and\\s+[a-z]+)?)\\s+being (?:removed|taken|placed|accommodated|put|looked after by)|(?:the\\s+|their\\s+|an?\\s+)?(?:removal|care (?:proceedings|order)|court\\s+(?:proceedings|action|order)|(?:an\\s+)?application\\s+(?:to\\s+(?:the\\s+)?court|for\\s+an?\\s+(?:\\w+\\s+){0,2}order)|legal\\s+(?:proceedings|action))\\b)`);

/** "the children could be removed", "Mia may be taken into care". */
const CHILDREN_COULD_BE_REMOVED = new RegExp(`\\b(?:${CHILDREN}|[a-z]+(?:\\s+and\\s+[a-z]+)?)\\s+(?:could|may|might|can|(?:are|is)\\s+(?:likely|liable)\\s+to|will\\s+(?:probably|likely))\\s+(?:then\\s+|well\\s+|be\\s+)?${DRASTIC}`);

/** "we will go to court", "the council may apply for a care order", "we will take further action". */
const COUNCIL_TO_COURT = new RegExp(`\\b${COUNCIL}\\s+${MODAL}\\s+(?:have\\s+to\\s+|need\\s+to\\s+|then\\s+|immediately\\s+|be\\s+forced\\s+to\\s+)*(?:(?:be\\s+)?go(?:ing)?\\s+(?:back\\s+)?to\\s+court|apply\\s+(?:to\\s+(?:the\\s+)?court|for\\s+an?\\s+(?:\\w+\\s+){0,2}order)|ask\\s+(?:the\\s+)?court(?!\\s+to\\s+(?:make\\s+(?:a\\s+|the\\s+|any\\s+)?decisions?|decide)\\b)|seek\\s+an?\\s+(?:\\w+\\s+){0,2}order|take\\s+(?:further|stronger|formal|firmer|legal)\\s+action|start\\s+(?:the\\s+)?(?:court|legal|care)\\s+process)`);

/** "care proceedings will be started", "an application will be made to the court", "further action will be taken". */
const PROCEEDINGS_PASSIVE = new RegExp(`\\b(?:(?:care|court|legal)\\s+(?:proceedings|action)|proceedings|an?\\s+application\\s+(?:to\\s+(?:the\\s+)?court|for\\s+an?\\s+(?:\\w+\\s+)?order)|(?:further|formal|legal|stronger)\\s+action)\\s+${MODAL}\\s+(?:then\\s+|immediately\\s+|have\\s+to\\s+)?(?:be\\s+(?:started|issued|initiated|commenced|taken|brought|made|considered|begun)|follow|happen|be\\s+(?:the\\s+)?next)|\\ban?\\s+application\\s+${MODAL}\\s+be\\s+made\\s+to\\s+(?:the\\s+)?court|\\b(?:this|it|the\\s+matter|the\\s+case|things|your\\s+case)\\s+${MODAL}\\s+(?:have\\s+to\\s+)?(?:go|end\\s+up|be\\s+taken)\\s+(?:back\\s+)?(?:(?:to|in)\\s+court|before\\s+(?:a|the)\\s+(?:judge|court|magistrates?))\\b`);

/** "the case will be passed to our legal team", "we will send this to legal" (not "you can take it to a solicitor": that is advice). */
const CASE_TO_LEGAL = new RegExp(`\\b(?:refer|pass|send|hand|escalate|take|present|bring)\\s+(?:the\\s+matter|this|the\\s+case|it|you|your\\s+case|the\\s+family|the\\s+children)\\s+(?:back\\s+)?(?:on\\s+)?(?:to|at|before)\\s+(?:(?:our|the|the council's|the local authority's)\\s+(?:legal(?:\\s+(?:team|department|services|section))?|solicitors?|lawyers?)\\b|legal\\b|(?:the\\s+|a\\s+)?court\\b)|\\b(?:the\\s+matter|this|the\\s+case|it|your\\s+case|the\\s+family)\\s+${MODAL}\\s+(?:then\\s+)?be\\s+(?:referred|passed|sent|handed|escalated|taken|presented|brought)\\s+(?:back\\s+)?(?:on\\s+)?(?:to|at|before)\\s+(?:(?:our|the|the council's|the local authority's)\\s+(?:legal(?:\\s+(?:team|department|services|section))?|solicitors?|lawyers?)\\b|legal\\b|(?:the\\s+|a\\s+)?court\\b)|\\b(?:the\\s+matter|this|the\\s+case|it|your\\s+case|things)\\s+(?:goes|go|passes|gets\\s+passed|gets\\s+sent)\\s+(?:straight\\s+|directly\\s+|back\\s+)?(?:on\\s+)?to\\s+(?:our|the|the\\s+council's|the\\s+local\\s+authority's)\\s+(?:legal(?:\\s+(?:team|department|services|section))?|solicitors?|lawyers?)\\b`);

/** "will be kept as evidence", "will form part of the evidence", "evidence for any future court case". */
const KEPT_AS_EVIDENCE = /\b(?:used|kept|recorded|noted|presented|gathered|collected|logged|shared)\s+(?:\w+\s+){0,3}?(?:as|for)\s+evidence\b|\bpart\s+of\s+(?:the|our|any)\s+evidence\b|\bevidence\s+(?:for|in|to|at)\s+(?:any\s+)?(?:future\s+|later\s+)?(?:court|care\s+proceedings|proceedings|a\s+hearing|the\s+judge)/;

/** A breach as the route to a placement or custody: "will lead to the children being moved to foster carers", "could end up in a secure unit". */
const PLACED_AWAY = "(?:moved|sent)\\s+(?:in)?to\\s+(?:foster\\s+(?:carers?|care|placements?)|(?:a\\s+)?(?:foster|children's|residential)\\s+(?:home|placement|unit)|care)";
const MEANS_REMOVAL = new RegExp(`\\b(?:result|resulting|lead|leading)\\s+(?:in|to)\\s+(?:the\\s+|your\\s+|their\\s+)?(?:children|child|kids|baby|son|daughter|boys|girls|[a-z]+(?:\\s+and\\s+[a-z]+)?)\\s+being\\s+${PLACED_AWAY}|\\b(?:mean|means)\\s+(?:that\\s+)?(?:${CHILDREN}|[a-z]+)\\s+(?:are|is|will\\s+be|would\\s+be|have\\s+to\\s+be|has\\s+to\\s+be)\\s+(?:removed|taken\\s+(?:away|into\\s+care)|accommodated|placed\\s+(?:in|with)|${PLACED_AWAY})`);
/** "will mean the end of the children living at home": a breach as the end of home life. */
const END_OF_HOME = /\b(?:mean|means|lead\s+to|leads\s+to|result\s+in|results\s+in)\s+(?:the\s+)?end\s+of\s+(?:the\s+children|the\s+child|the\s+baby|your\s+children|[a-z]+)\s+(?:living|staying|being)\s+(?:at\s+home|with\s+you|in\s+your\s+care)\b/;
const MOVED_INTO_CARE = new RegExp(`\\b(?:will|would|shall|could|may|might)\\s+(?:have\\s+to\\s+|then\\s+|need\\s+to\\s+)?be\\s+${PLACED_AWAY}\\b`);
/** "if Dad breaks this agreement, Amber will be accommodated": accommodation put as the price of a breach (an agreed section 20 plan has no "if"). */
const BREACH_THEN_ACCOMMODATED = /\bif\s+(?:[^.;\s]+\s+){0,20}?(?:break|breaks|breach|breaches|broken|does\s+not|doesn't|do\s+not|don't|fail|fails|allow|allows|let|lets|turn|turns|use|uses|miss|misses)\s+(?:[^.;\s]+\s+){0,20}?(?:will|would|shall)\s+(?:then\s+|immediately\s+|automatically\s+)?be\s+(?:accommodated|removed)\b/;
/** Going into care put as what a breach brings, whoever is named: "she will have to go into care", "if it happens again they would go into foster care". */
const MADE_TO_GO_INTO_CARE = /\b(?:will|would|shall|could|may|might)\s+(?:have\s+to|need\s+to|then|be\s+made\s+to)\s+(?:go|come|move|be\s+(?:taken|put|placed|moved))\s+(?:in)?to\s+(?:foster\s+)?care\b|\bif\b[^.;]{0,120}?\b(?:will|would|shall|could|may|might)\s+(?:go|come)\s+into\s+(?:foster\s+)?care\b/;
/** "could end up in care", "will end up in a secure unit". */
const END_UP_IN_CARE = /\bend\s+up\s+(?:being\s+(?:put|placed|taken)\s+)?(?:in(?:to)?)\s+(?:foster\s+care|care|custody|prison|(?:a\s+)?secure\s+(?:unit|children's\s+home|accommodation)|a\s+children's\s+home)\b/;
/** "will be taken to court", "could be prosecuted", "may result in a fixed penalty notice or prosecution". */
const PUNISHED_IN_LAW = /\b(?:will|would|shall|could|may|might)\s+(?:then\s+)?be\s+(?:taken|brought|summoned)\s+(?:back\s+)?to\s+court\b|\b(?:will|would|shall|could|may|might)\s+(?:then\s+)?be\s+(?:prosecuted|fined|arrested)\b|\b(?:result|resulting|lead|leading)\s+(?:in|to)\s+(?:a\s+|an\s+)?(?:fixed\s+penalty(?:\s+notice)?|penalty\s+notice|fine|prosecution|arrest)\b/;
/** "family time at Nan's will end for good", "Nathan will lose all contact with his son". */
const CONTACT_ENDS = /(?<=\b(?:contact|family\s+time|visits?|time\s+(?:with|at)|seeing)\b[^.;]{0,60})\b(?:will|would|shall|could|may)\s+(?:be\s+)?(?:end|ended|stop|stopped|cease|ceased|cancelled|withdrawn)\s+(?:for\s+good|permanently|altogether|completely|forever|indefinitely)\b|\b(?:lose|losing)\s+(?:all\s+contact\b|contact\s+with\s+(?:his|her|their|your|the)\s+(?:children|child|kids|son|daughter|baby|boys|girls)\b)|\b(?:lose|losing|end|ends|stop|stops|cancel|withdraw)\s+(?:all\s+)?(?:(?:your|his|her|their|the)\s+)?(?:contact|family\s+time|visits|sessions|time\s+with\s+[a-z]+)\b[^.;]{0,30}?\b(?:for\s+good|permanently|altogether|completely|forever|indefinitely)\b/;
/** "your place will be given to another family": the family's contact place handed to others as the price of missed sessions. */
const PLACE_GIVEN_AWAY = /\b(?:place|slot|space|booking|spot|sessions?)\b[^.;]{0,40}?\b(?:given|offered|passed|allocated|handed)\s+(?:on\s+)?to\s+(?:another|other|someone|a\s+different|a\s+new)\b|\b(?:give|offer|pass|allocate|hand)\s+(?:your|the|their|his|her)\s+(?:place|slot|space|booking|spot|sessions?)\s+(?:on\s+)?to\s+(?:another|other|someone|a\s+different|a\s+new)\b/;
/** "breaking the rules will show that the children cannot safely stay at home": a breach as proof against the family. */
const BREACH_AS_PROOF = /\b(?:will|would)\s+(?:show|prove|demonstrate|mean)\s+(?:that\s+)?(?:the\s+|your\s+)?(?:children|child|kids|baby|you|parents?|mum|dad|[a-z]+)\s+(?:cannot|can't|is\s+not\s+able\s+to|are\s+not\s+able\s+to)\s+(?:safely\s+)?(?:stay|live|remain|return|be\s+(?:cared|looked)\s+for|keep\s+(?:the\s+|your\s+)?(?:children|child|kids|baby)\s+safe|care\s+for|look\s+after)\b/;

/** Unnamed consequences held over the family: "there will be serious consequences", "you will face consequences" (not harm to a child: "serious consequences for Mia's health"). */
const CONSEQUENCES_HELD_OVER = /\b(?:there\s+(?:will|would|could|may|might)\s+be|(?:will|would|could|may|might)\s+(?:have|face|bring|carry)|fac(?:e|es|ing)|result\s+in|lead\s+to)\s+(?:very\s+|real\s+)?(?:(?:serious|severe|grave|significant|further|major)\s+)?(?:consequences|repercussions|implications)\b(?!\s+for\s+(?!you\b|your\s+family\b|the\s+family\b|the\s+parents\b|both\s+of\s+you\b))/;

/** The council's legal powers held over the family: "the local authority holds the right to apply for an order at any time". */
const RIGHT_TO_GO_TO_COURT = /\b(?:reserves?|holds?|keeps?|retains?|has)\s+the\s+(?:right|power)s?\s+to\s+(?:[a-z]+\s+){0,3}?(?:apply|court|remov\w*|proceedings|legal|order|issue|take\s+(?:this|it|things|matters)\s+further)\b/;

/** What opens a breach or a failure: the condition a consequence is the price of. */
const BREACH_OPENING = "\\b(?:if|should|unless|any\\s+breach|failure\\s+to|failing\\s+to)\\b[^.;]{0,160}?";
/** A modal stating the outcome, "'ll" included ("I'll be moved"). */
const OUTCOME_MODAL = "(?:\\b(?:will|would|shall|could|may|might)|'ll)\\s+(?:have\\s+to\\s+|then\\s+|need\\s+to\\s+|also\\s+)?";
/**
 * A move away from home as what a breach brings, whoever is named and whoever speaks: "if Harvey
 * keeps going missing he will be placed in secure accommodation", "I'll be moved to a placement out
 * of the area", "I might have to go and live somewhere else", "may be made subject to a strategy
 * discussion and removed from the home". Staying with a named relative is a plan, not this.
 */
const BREACH_THEN_MOVED_AWAY = new RegExp(
  `${BREACH_OPENING}${OUTCOME_MODAL}(?:(?:be\\s+)?(?:placed|moved|sent|put)\\s+(?:in|into|to)\\s+(?:a\\s+|an\\s+)?(?:secure\\s+(?:accommodation|unit|children's\\s+home)|(?:foster\\s+|residential\\s+)?placement|foster\\s+care|residential\\s+care|care|children's\\s+home)\\b|go\\s+(?:and\\s+)?(?:live|stay)\\s+(?:somewhere\\s+else|elsewhere)\\b|be\\s+(?:[a-z]+\\s+){0,6}?(?:and\\s+)?removed\\s+from\\s+(?:the|your|their|his|her|[a-z]+'s)\\s+(?:home|care|family)\\b)`,
);
/** A formal process as the price of a breach: "failure to improve will result in the case being escalated to child protection", "the matter will be escalated to an ICPC", or just "will be escalated". */
const BREACH_THEN_ESCALATED = new RegExp(
  `${BREACH_OPENING}${OUTCOME_MODAL}(?:be\\s+|result\\s+in\\s+(?:[a-z]+\\s+){0,3}?being\\s+|lead\\s+to\\s+(?:[a-z]+\\s+){0,3}?being\\s+)?escalated(?:\\s+(?:up\\s+)?to\\s+(?:an?\\s+|the\\s+)?(?:child\\s+protection|icpc|initial\\s+child\\s+protection|court|legal|care\\s+proceedings|pre-?proceedings|public\\s+law\\s+outline|plo)\\b|(?=\\s*(?:[.;!]|$)))`,
);

/** The children's time with a parent stopped as the automatic result of a failure: "missed sessions will result in family time being stopped" (a pause "until we have met" is a fair step, and says so). */
const CONTACT_STOPPED_AS_RESULT = /\b(?:result|results|resulting|lead|leads|leading)\s+(?:in|to)\s+(?:[a-z'\u2019]+\s+){0,3}?(?:contact|family\s+time|visits?|sessions?|time\s+with\s+(?:[a-z'\u2019]+\s+){1,3}?)\s*being\s+(?:stopped|suspended|cancelled|ended|withdrawn|reduced)\b(?![^.;]{0,40}\buntil\b)/;

/** The agreement's legal standing explained: it is not binding, or the family can get legal advice. */
const LEGAL_NOTICE = /\bnot\s+(?:legally\s+binding|a\s+court\s+order)\b|\blegal\s+advice\b|\bsolicitors?\b/;
/** "may be shown to the court": that records can reach a court, said as a fact of the process… */
const DISCLOSURE = /^(?:may|might|could|can)\s+(?:also\s+)?be\s+(?:shown|shared|given|seen)\b/;
/** …unless the paragraph ties it to the family's breach ("if you break it", "any breach … may be shown"). */
const BREACH_TIE = /\b(?:if|unless|breach\w*|break\w*|fail\w*|broken|not\s+(?:kept|followed|keep|follow))\b/;

/** A condition that is the case reaching court, not the family's breach: "if the matter goes to court", "if proceedings are issued". */
const COURT_CONDITION = /\bif\s+(?:(?:the\s+)?(?:matter|case|this|it|things)\s+(?:goes|go|went|comes|come|ends\s+up|is\s+taken|gets)\b|(?:care\s+|court\s+|legal\s+)?proceedings\s+(?:are|were|is|start|begin)\b|(?:we|the\s+(?:local\s+authority|council)|children's\s+(?:services|social\s+care)|social\s+care)\s+(?:ever\s+)?(?:(?:has|have|needs?|decides?)\s+to\s+)?(?:go(?:es)?\s+to\s+(?:the\s+|a\s+)?(?:family\s+)?court|appl(?:y|ies)\s+(?:to\s+(?:the\s+|a\s+)?(?:family\s+)?court|for\s+an?\s+(?:[a-z]+\s+){0,2}order)|(?:start|issue|begin|bring)s?\s+(?:care\s+|court\s+|legal\s+)?proceedings)\b)/g;

/** The sentence of `text` holding `index`. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('; ', index)) + 1;
  const end = text.slice(index).search(/[.;!?](?:\s|$)/);
  return text.slice(start, end < 0 ? text.length : index + end);
}

/** Records that may reach a court, said in a legal notice ("It may be shown to a court in future"): a fact of the process. */
const DISCLOSED_TO_COURT = /\b(?:shown|shared|seen|given|read|sent)\s+(?:to|with|by)\s+(?:a|the)\s+(?:family\s+)?court\b/;
function disclosedInNotice(outcome: DrasticOutcome, excerpt: string): boolean {
  return outcome === 'evidence' || (outcome === 'court' && DISCLOSED_TO_COURT.test(excerpt));
}

type ThreatMessage = keyof typeof MESSAGES;

const WHY = 'Case law says consequences must not be worded as a threat. Say calmly what would happen next and who would decide.';
const MESSAGES = {
  childrenRemoved: `This states that the children will be removed. ${WHY}`,
  councilTakesChildren: `This says the council will take the children. ${WHY}`,
  proceedingsFollow: `This says proceedings will follow automatically. ${WHY}`,
  councilGoesToCourt: `This says the council will go to court. ${WHY}`,
  courtOrLoss: `This threatens court or the loss of the children. ${WHY}`,
  usedAsEvidence: `This says the agreement will be used as evidence in court. ${WHY}`,
  evidenceForCourt: `This says the agreement is evidence for court. ${WHY}`,
  ultimatum: `This is worded as an ultimatum. ${WHY}`,
  fixedPunishment: `This says failing to comply will have a fixed punishment. ${WHY}`,
  automaticResult: `This makes removal or court the automatic result of a breach. ${WHY}`,
  heldAgainst: `This says not keeping the agreement will be held against the parent. ${WHY}`,
  reportedToCourt: `This says what happens under the agreement will be reported to the court, as if the agreement were a way of gathering evidence. ${WHY}`,
  contactEnds: `This puts the loss of the children's time with a parent as a punishment. ${WHY}`,
  noChoice: `This says the council will have no choice, which reads as a threat. ${WHY}`,
  escalated: `This puts a child protection plan or court as the price of a breach. ${WHY}`,
  fetchedBack: `This puts the police fetching the child back as the price of a breach. ${WHY}`,
  helpWithdrawn: `This puts help being taken away or not offered as the price of a breach. ${WHY}`,
};

const SUGGESTIONS = [
  'If this agreement is not kept, we will meet with you to talk about what has happened and what needs to change.',
  'If the worries continue, the social worker will talk to their manager and may ask for legal advice about how best to keep the children safe.',
];

/** A threat pattern, the message it gives, and a cheap test: words every match contains (one of them at least), so a paragraph without them skips the pattern. */
export interface ThreatPattern extends NeedsWords {
  messageId: ThreatMessage;
  pattern: RegExp;
}

function threat(messageId: ThreatMessage, pattern: RegExp, needs: readonly string[]): ThreatPattern {
  return { messageId, pattern, needs };
}

export const THREAT_PATTERNS: ThreatPattern[] = [
  threat('childrenRemoved', new RegExp(`\\b(?:your|the|their|his|her|both|all)?\\s*(?:children|child|kids|baby|son|daughter|[a-z]+ and [a-z]+)\\s+(?:will|shall|must|are going to|is going to|would)\\s+(?:then\\s+|immediately\\s+|automatically\\s+|definitely\\s+)?(?:be\\s+)?${DRASTIC}`), DRASTIC_STEMS),
  threat('councilTakesChildren', new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social services|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:have to |immediately |automatically |then |have no choice but to |seek to |look to |move to )?(?:remove|take) (?:your|the|their|his|her)\\s+(?:children|child|kids|baby)`), ['remove', 'take your', 'take the', 'take their', 'take his', 'take her']),
  threat('proceedingsFollow', new RegExp(`\\b(?:will|shall|is going to)\\s+(?:automatically |immediately |then |definitely |directly )?(?:result in|lead to|mean|trigger|end in)\\s+(?:an?\\s+|the\\s+|immediate\\s+|us\\s+(?:starting|issuing)\\s+)*(?:immediate\\s+)?${PROCEEDINGS}`), ['proceeding', 'action', 'order', 'court', 'removal', 'prosecut', 'arrest']),
  threat('councilGoesToCourt', new RegExp(`\\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social care|the la)\\s+(?:will|shall|are going to)\\s+(?:immediately |automatically |then |have no choice but to |have to )?(?:issue|start|begin|instigate|initiate|commence|take)\\s+(?:care |court |legal )?(?:proceedings|legal action|you to court|the matter to court|this to court)`), ['proceeding', 'action', 'court']),
  threat('courtOrLoss', new RegExp(`\\b(?:you|they|parents?|mum|dad|ms \\w+|mr \\w+|mrs \\w+)\\s+(?:will|shall|are going to|is going to)\\s+(?:be taken to court|end up in court|lose (?:your|their|his|her) (?:children|child|kids|baby))`), ['court', 'lose']),
  threat('usedAsEvidence', /\b(?:this|the|these|your|any)\s+(?:agreement|breach(?:es)?|failures?|information|behaviour|records?)\s+(?:will|can|may|could)\s+(?:be\s+)?(?:used|presented|shown|produced)\s+(?:as\s+evidence|in\s+court|to\s+the\s+court|in\s+(?:care|court|any)\s+proceedings)/, ['evidence', 'court', 'proceeding']),
  threat('evidenceForCourt', /\bused\s+as\s+evidence\b|\bevidence\s+(?:for|in)\s+(?:court|care proceedings|any proceedings)\b/, ['evidence']),
  threat('ultimatum', /\b(?:last|final|only)\s+chance\b|\bfinal\s+warning\b|\bno\s+(?:more|further)\s+chances\b|\bzero\s+tolerance\b|\bthere\s+will\s+be\s+no\s+(?:more|further)\s+warnings?\b/, ['chance', 'warning', 'tolerance']),
  threat('ultimatum', /\b(?:must|will)\s+comply\s+or\b|\bor\s+else\b|\bor\s+face\b/, ['comply', 'else', 'face']),
  threat('ultimatum', /\b(?:last|final|only)\s+opportunity\b|\bnot\s+hesitate\s+to\b/, ['opportunit', 'hesitat']),
  threat('fixedPunishment', /\b(?:failure|failing|refusal|refusing)\s+to\s+(?:comply|co-?operate|engage|keep to|stick to|follow|adhere)[^.]{0,80}?\b(?:will|shall)\s+(?:result|lead|mean|be)\b/, ['fail', 'refus']),
  threat('automaticResult', /\bif\s+(?:you|ms \w+|mr \w+|mum|dad|the parents|parents|they)\s+(?:do not|don't|does not|doesn't|fail to|fails to|break|breaks|breach|breaches)\b[^.]{0,120}?\b(?:will|shall)\s+(?:be\s+)?(?:immediately\s+|automatically\s+)?(?:remove|removed|taken into care|take (?:the |your )?(?:children|child)|go to court|start (?:care )?proceedings|issue (?:care )?proceedings)/, ['remov', 'taken into', 'take the', 'take your', 'take child', 'court', 'proceeding']),
  // The same threats whoever is named and whatever the verb: "Ben will be taken into care if…",
  // "we will have to take Lily into care", "we will refer the matter to our legal team",
  // "this will count against you".
  threat('childrenRemoved', /\b(?:will|would|shall|could|may|might)\s+(?:have to\s+|then\s+|need to\s+)?be\s+(?:taken|removed|placed|put|accommodated)\s+(?:away\s+)?(?:into|in|from)\s+(?:foster\s+)?(?:care|your care|the family home|your home|home|(?:her|his|their|the\s+family's|[a-z]+'s)\s+care)\b/, ['taken', 'remov', 'plac', 'put', 'accommodat']),
  threat('councilTakesChildren', /\b(?:we|the (?:local authority|council)|children's (?:social care|services)|social care|social services|the la)\s+(?:will|would|shall|may|might|could)\s+(?:have to\s+|need to\s+|be forced to\s+|have no choice but to\s+|then\s+)*(?:take|place|put|remove)\s+(?:[a-z'’]+\s+){0,3}?(?:into|in) (?:foster )?care\b|\b(?:we|the (?:local authority|council))\s+(?:will|would|may|might)\s+(?:have to\s+)?consider\s+(?:removing|taking|care proceedings|court)/, ['into care', 'in care', 'into foster', 'in foster', 'consider']),
  threat('councilGoesToCourt', /\brefer\s+(?:the\s+matter|this|the\s+case|it|you|your\s+case|the\s+family)\s+(?:to|on\s+to)\s+(?:our|the|a)\s+(?:legal\s+(?:team|department|services)|solicitors?|lawyers?|court)\b|\b(?:take|taken|bring|brought)\s+(?:you|the\s+matter|this|the\s+case)\s+(?:back\s+)?to\s+court\b/, ['legal', 'solicitor', 'lawyer', 'court']),
  threat('heldAgainst', /(?<!\b(?:not|never)\s+(?:be\s+)?|n't\s+(?:be\s+)?)\b(?:count|counts|be\s+held|(?:be\s+)?used|go|goes|weigh)\s+against\s+(?:you|them|him|her|the\s+parents?|your\s+case)\b/, ['against']),
  // The classes below hold whatever the verb, voice or modal: the agreement as a route to court,
  // the court as an audience for the family's failures, and outcomes put as certain punishments.
  threat('reportedToCourt', REPORTED_TO_COURT, ['court', 'judge', 'magistrate']),
  threat('heldAgainst', AFFECTS_THE_CASE, ['outcome', 'result', 'court', 'judge', 'decision', 'case', 'hearing', 'chance']),
  threat('heldAgainst', REFLECTS_BADLY, ['bad', 'poorly', 'negatively', 'seen as', 'viewed as', 'treated as', 'taken as']),
  threat('noChoice', NO_CHOICE, ['choice', 'option', 'alternative', 'route', 'path', 'course', 'way', 'avenue', 'recourse']),
  threat('ultimatum', FINAL_STEP_BEFORE_COURT, ['final', 'last']),
  threat('childrenRemoved', /\bat\s+risk\s+of\s+(?:being\s+)?(?:removed|taken\s+(?:away|into\s+care)|placed\s+in\s+(?:foster\s+)?care|going into care|coming into care)/, ['removed', 'taken', 'placed', 'going into', 'coming into']),
  threat('courtOrLoss', LOSE_THE_CHILDREN, ['lose', 'losing', 'forfeit']),
  threat('councilTakesChildren', COUNCIL_REMOVES, ['remov']),
  threat('ultimatum', HOME_HANGS_ON, ['depend', 'rests', 'hinges', 'relies', 'conditional', 'only']),
  threat('automaticResult', RESULT_IN_REMOVAL, ['being removed', 'being taken', 'being placed', 'being accommodated', 'being put', 'being looked', 'removal', 'care proceedings', 'care order', 'court', 'application', 'legal']),
  threat('childrenRemoved', CHILDREN_COULD_BE_REMOVED, DRASTIC_STEMS),
  threat('councilGoesToCourt', COUNCIL_TO_COURT, ['court', 'order', 'action', 'process']),
  threat('councilGoesToCourt', PROCEEDINGS_PASSIVE, ['proceeding', 'application', 'action', 'court', 'judge', 'magistrate']),
  threat('councilGoesToCourt', CASE_TO_LEGAL, ['legal', 'solicitor', 'lawyer', 'court']),
  threat('evidenceForCourt', KEPT_AS_EVIDENCE, ['evidence']),
  // A placement, custody, the court or the end of contact put as the price of a breach, whatever the verb.
  threat('automaticResult', MEANS_REMOVAL, ['moved', 'sent', 'removed', 'taken', 'accommodated', 'placed']),
  threat('childrenRemoved', MOVED_INTO_CARE, ['moved', 'sent']),
  threat('automaticResult', END_OF_HOME, ['end']),
  threat('childrenRemoved', BREACH_THEN_ACCOMMODATED, ['accommodated', 'removed']),
  threat('childrenRemoved', END_UP_IN_CARE, ['end']),
  threat('childrenRemoved', MADE_TO_GO_INTO_CARE, ['care']),
  threat('fixedPunishment', PUNISHED_IN_LAW, ['court', 'prosecut', 'arrest', 'penalty', 'fine']),
  threat('contactEnds', CONTACT_ENDS, ['good', 'permanently', 'altogether', 'completely', 'forever', 'indefinitely', 'lose', 'losing']),
  threat('heldAgainst', BREACH_AS_PROOF, ['cannot', "can't", 'able']),
  threat('automaticResult', BREACH_THEN_MOVED_AWAY, ['placed', 'moved', 'sent', 'put', 'somewhere', 'elsewhere', 'removed']),
  threat('escalated', BREACH_THEN_ESCALATED, ['escalated']),
  threat('contactEnds', CONTACT_STOPPED_AS_RESULT, ['result', 'lead']),
  threat('ultimatum', CONSEQUENCES_HELD_OVER, ['consequence', 'repercussion', 'implication']),
  threat('councilGoesToCourt', RIGHT_TO_GO_TO_COURT, ['right', 'power']),
  threat('contactEnds', PLACE_GIVEN_AWAY, ['give', 'offer', 'pass', 'allocat', 'hand']),
  threat('noChoice', NO_CHOICE_LEFT, ['choice', 'option', 'alternative']),
  threat('ultimatum', NO_MORE_CHANCES, ['chance', 'opportunit', 'warning', 'voluntar', 'option', 'tolerat']),
  threat('ultimatum', CONSEQUENCES_FOLLOW, ['consequence', 'repercussion']),
  threat('ultimatum', FUTURE_HELD_OVER, ['future', 'happens', 'part']),
  threat('heldAgainst', NOT_GOOD_FOR_YOU, ['good', 'well']),
  threat('fixedPunishment', PUNISHED_BY_COUNCIL, ['prosecute', 'fine', 'police']),
  threat('ultimatum', ONE_MORE_AND_GONE, ['more', 'another']),
];

/** The message for a drastic outcome found by its parts (breach-consequence.ts) rather than by a fixed wording. */
const OUTCOME_MESSAGE: Record<DrasticOutcome, ThreatMessage> = {
  livingElsewhere: 'automaticResult',
  court: 'automaticResult',
  contactEnds: 'contactEnds',
  evidence: 'evidenceForCourt',
  formalProcess: 'escalated',
  judgedUnable: 'heldAgainst',
  fetchedBack: 'fetchedBack',
  noChoice: 'noChoice',
  punished: 'fixedPunishment',
  unnamedSteps: 'ultimatum',
  helpWithdrawn: 'helpWithdrawn',
};

/** Which threat patterns a paragraph can match, from one scan for the words they need. */
const THREAT_GATE = new WordGate(THREAT_PATTERNS);

export const threateningRule: ParagraphRule = {
  id: 'threatening',
  scope: 'paragraph',
  category: 'threatening',
  severity: 'error',
  description:
    'Consequences must be set out clearly but not as a threat: say what will happen next (a meeting, a review, legal advice), not that the children will be removed.',
  source: cite(CIN_CP, '§4 Case Law (consequences "should not be worded in terms of a threat")'),
  messages: MESSAGES,
  // A pattern's words, or the failure a drastic outcome is the price of (findDrasticConsequence needs one).
  gate: { words: [...THREAT_PATTERNS.flatMap((threat) => threat.needs), ...CONDITION_STEMS] },
  check({ folded }) {
    const passing = THREAT_GATE.passing(folded);
    const findings: RawFinding[] = [];
    for (const { messageId, pattern } of passing) {
      const match = mayMatch(pattern, folded) ? pattern.exec(folded) : null;
      if (!match) continue;
      // "This agreement is not legally binding, but it may be shown to the court…": a legal notice, said plainly.
      if ((messageId === 'usedAsEvidence' || messageId === 'reportedToCourt') && LEGAL_NOTICE.test(folded)) continue;
      if (messageId === 'reportedToCourt' && DISCLOSURE.test(match[0].trimStart()) && !BREACH_TIE.test(folded)) continue;
      // "… may be used as evidence if the matter goes to court": the notice's own condition is the court, not a breach.
      if (messageId === 'evidenceForCourt' && LEGAL_NOTICE.test(folded) && !BREACH_TIE.test(sentenceAt(folded, match.index).replace(COURT_CONDITION, ''))) continue;
      const end = match.index + match[0].length;
      const start = match.index + (match[0].length - match[0].trimStart().length);
      // "… and take it to legal gateway panel", "… may be escalated to a legal planning meeting": a meeting.
      const sentenceStart = Math.max(folded.lastIndexOf('. ', start), folded.lastIndexOf('; ', start)) + 1;
      if (legalMeetingPutFairly(sentenceAt(folded, start), Math.max(0, end - 12 - sentenceStart), 32)) continue;
      // "… the court will decide whether …": the outcome is someone else's decision, not the council's price.
      if (decidedByOthers(sentenceAt(folded, start), start - sentenceStart)) continue;
      // One finding per stretch of text: a later pattern matching the same words adds nothing.
      if (findings.some((found) => start < found.end && end > found.start)) continue;
      findings.push({ start, end, messageId, suggestions: SUGGESTIONS });
    }
    // Wordings no pattern above knows: a drastic outcome put as the price of a breach, read by its parts.
    const consequence = findings.length === 0 ? findDrasticConsequence(folded) : null;
    if (consequence && !(LEGAL_NOTICE.test(folded) && disclosedInNotice(consequence.outcome, folded.slice(consequence.start, consequence.end)))) {
      findings.push({ start: consequence.start, end: consequence.end, messageId: OUTCOME_MESSAGE[consequence.outcome], suggestions: SUGGESTIONS });
    }
    return findings;
  },
};
