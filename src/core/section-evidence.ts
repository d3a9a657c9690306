import { OUTCOME_NEEDED, PURPOSE_TITLE, AGREEMENT_TITLE_NUMBER, CHILD_DETAILS_CONTENT, DURATION_CONTENT, PEOPLE_WITH_ROLES, CONCERNS_CONTENT, CONTINGENCY_STEP, PARTICIPANTS_CONTENT, PURPOSE_CONTENT, withoutConditionalWorries } from './section-content';

// What shows a part of the agreement by its wording rather than a heading, and the other
// whole-paragraph patterns the document checks test. Only ever run on folded (lower-case) text.

import { ifBreaksAgreement } from './linear-scans';
import { guarded, type GuardedPattern } from './guarded-pattern';

export const PARTICIPANTS_TEXT = /\bagreement (?:is )?(?:made )?between\s+[^\s?:]|\b(?:this|a) (?:document|agreement) is (?:a formal record of )?an? (?:written )?agreement (?:between|with)\b|\bformal record of an agreement between\b/;
export const LEGAL_NOTICE_TEXT = /\b(?:not|isn't|is not|it's not|it isn't) (?:a )?legal(?:ly)? (?:binding|document|paper)\b|\b(?:not|isn't|is not) (?:a )?court (?:paper|document)\b|\b(?:can|may|could|is free to|is entitled to|has the right to) (?:also )?(?:talk to|speak to|speak with|see|contact|go to|ask|get advice from) (?:a|her|his|their) (?:own )?(?:solicitor|lawyer)\b|\bnot legally binding\b|\bnot (?:legally )?enforceable\b|\bnothing in (?:this|the) (?:plan|agreement|letter) is (?:legally )?(?:binding|enforceable)\b|\bno legal (?:force|status)\b|\b(?:carr(?:y|ies)|has|have|holds?) no (?:legal )?(?:force|weight|standing|status) in law\b|\b(?:carr(?:y|ies)|has|have|holds?) no legal (?:weight|standing|power)\b|\b(?:does not|doesn't|do not|don't) (?:have|carry) the (?:legal )?(?:force|weight|status|power) of (?:a |an )?(?:court order|law|legal (?:document|contract|order))\b|\b(?:may|could|might|can) be (?:referred to|relied (?:up)?on|mentioned|looked at|considered)\b[^.]{0,80}?\b(?:court|proceedings)\b|\bnot a court order\b|\b(?:this|the) (?:written )?(?:agreement|plan|letter|document|contract|undertaking)\b[^.]{0,80}?\b(?:may|could|can|might|will) be (?:shown|given|used|shared|produced|provided|put|filed) (?:to|in|with|before|as evidence in) (?:the |a |any )?(?:family )?(?:court|legal (?:action|proceedings)|proceedings)\b|\byou (?:can|may|could|should|are entitled to|have the right to)\b[^.]{0,40}?\b(?:legal advice|advice from a solicitor|(?:show|take) (?:it|(?:this|the) (?:letter|plan|agreement)) to a solicitor|(?:ask|talk to|speak to|speak with|contact|see|get|consult|go to) (?:your|a) (?:own )?(?:solicitor|lawyer))\b|\b(?:free|independent) legal advice\b|\blegal advice before (?:you |they |i |anyone )?sign|(?<!\b(?:we|council|authority|department|service|team) )\b(?:can|may|could|should|might want to|may want to|(?:are|is) free to|(?:are|is) entitled to|ha(?:ve|s) the right to) (?:(?:also|still|always) )?(?:get|take|seek|ask for|have|obtain) (?:some )?(?:(?:their|your|his|her|my|our) own |independent |free )?(?:legal advice|advice from a solicitor)\b/;
/** Also the family not keeping to what the document asks, by any name for it: "If you do not follow these expectations", "If the rules are not kept". */
const CONTINGENCY_OPENING = /\b(?:any|a) (?:breach|breaking) of (?:this|the) (?:written )?(?:agreement|plan)\b|^\s*(?:\d+[.)]\s*)?if (?:this|the) (?:written )?agreement (?:is not|isn't|is|breaks|does not|doesn't)\b|^\s*if (?:things|this) (?:go|goes|do not|don't|does not|doesn't)\b|\bif (?:the|this) agreement (?:is )?(?:not )?(?:kept|followed|stuck to|broken|breached)\b|\bif (?:[a-z'-]+ ){1,3}(?:do not|don't|does not|doesn't|cannot|can't|fail to|fails to|refuse to|refuses to) (?:follow|keep(?: to)?|stick to|meet|comply with|do) (?:these|this|the|my|our|your|what is in (?:this|the)) (?:written )?(?:expectations|agreement|plan|rules|undertaking|letter|bottom lines|conditions|changes)\b|\bif (?:these|the|this|our|your) (?:written )?(?:expectations|agreement|plan|rules|undertaking|bottom lines|conditions) (?:are|is) (?:not|no longer) (?:met|followed|kept|kept to|stuck to)\b/;
/**
 * Also "if [anyone ...] breaks this agreement". As one regular expression (`\bif (?:[a-z' ]+ )?breaks? ...`)
 * every "if" rescanned the rest of its run of letters, quadratic in "if if if ..."; that alternative
 * is tested in one pass instead (see `ifBreaksAgreement`).
 */
export const CONTINGENCY_TEXT = { test: (folded: string): boolean => CONTINGENCY_OPENING.test(folded) || ifBreaksAgreement(folded) };
export const CONCERNS_TEXT = /\b(?:we are|we're|we have been|professionals are|the school is|school are|the school are|police are|everyone is|i am|i'm)\s+(?:very\s+|really\s+|still\s+|also\s+)?(?:worried|concerned)\b|\b(?:there (?:are|is|have been|has been)\s+(?:\w+\s+){0,2}concerns?)\b|\bconcerns? (?:about|regarding|around|that|have been raised)\b|\bworr(?:y|ies) (?:about|that|is|are)\b/;
export const PURPOSE_TEXT = /\b(?:the )?(?:purpose|aims?|goals?) of (?:this|the) (?:written )?agreement\b|\bthis (?:written )?agreement (?:is|has been) (?:being )?(?:made|written|proposed|put in place|drawn up|agreed) (?:to|so that|because|in order to)\b|\bthis agreement is (?:to|about|so that)\b|\bwe are making this agreement\b/;
/** "A copy of this plan will be given to …", "Everyone who signs will get a copy". */
export const COPIES_TEXT = /(?:^|\n)\s*cc:\s*[a-z]|\b(?:this|the|our) (?:written )?(?:plan|agreement|letter|minutes|record)(?: of (?:the|this) meeting)? (?:will be|is being|has been|is|are) (?:sent|given|emailed|e-mailed|posted|circulated|handed|shared) (?:out )?(?:to|with) (?!(?:her|his|their|your|my|our) (?:agreement|consent|permission)\b|(?:the )?(?:court|judge)\b)[a-z]|\ba copy (?:of (?:this|the) (?:written )?(?:plan|agreement|letter|undertaking|form) )?(?:has been|have been|will be|is being) (?:given|sent|handed|posted|emailed) to\b|\ba copy (?:of (?:this|the) (?:written )?(?:plan|agreement|letter|undertaking|form) )?(?:is|will be|has been) (?:left|kept) with\s+[a-z]|\bcop(?:y|ies) of (?:this|the) (?:written )?(?:plan|agreement|letter|contract|undertaking) (?:will be|is|are|is being|are being|has been|have been) (?:given|sent|shared|emailed|posted)\b|(?:^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?|[.!?]\s+)copies (?:(?:will )?also )?(?:for|to|go to|will go to)\s+[a-z]|\bcop(?:y|ies) of (?:this|the) (?:written )?(?:plan|agreement|letter|contract|undertaking) (?:will )?go(?:es)? to\b|\b(?:give|gives|send|sends|post|email|e-mail|hand) (?:[a-z'-]+ ){1,8}?a copy of (?:this|the) (?:written )?(?:plan|agreement|letter|contract|undertaking)\b|\b(?:gets?|receives?) a copy of (?:this|the) (?:written )?(?:plan|agreement|letter|contract|undertaking)\b|\b(?:will|to) (?:each )?(?:get|receive|be given|be sent|have) a copy\b(?! of (?!(?:this|the) (?:written )?(?:plan|agreement|letter|contract|undertaking)\b))|\b(?:gets?|receives?|will (?:get|receive|be given|have)|(?:is|are) given) (?:a |their own )?cop(?:y|ies)(?=\s*(?:[.!;]|$))|\b(?:i|we|you|[a-z]+) (?:keeps?|will keep|hold|holds|will hold|has|have) (?:one|a|(?:their|my|her|his|our|your)(?: own)?) copy\b(?! of (?!(?:this|the) (?:written )?(?:plan|agreement|letter|deal)\b))/;
/** What is sent to whom, by any name for the record: "Minutes and the updated plan will be sent to everyone listed", "These notes are sent within five working days to all who came". */
const RECORD = '(?:(?:this|the|these|our) )?(?:updated |written |signed |meeting )?(?:plan|agreement|letter|minutes|record|contract|undertaking|notes)';
const COPIES_SENT = new RegExp(`\\b${RECORD}(?: and ${RECORD})? (?:will be|is being|are being|has been|have been|is|are) (?:sent|given|emailed|e-mailed|posted|circulated|handed|shared|distributed)(?: out)?\\b[^.]{0,40}?\\bto (?:everyone|everybody|all\\b|each\\b|both\\b|you\\b|the (?:family|parents|people|school)\\b|[a-z'-]+,)`);
/** What a copy is of, when the copy names it: this agreement by any name (not "a copy of her tenancy"). */
const OF_THIS = '(?! of (?!(?:this|the|our|your) (?:written |signed )?(?:plan|agreement|letter|contract|undertaking|minutes|notes)\\b))';
/**
 * A copy received or handed on, in any tense or voice: "Everyone at the meeting got a copy", "Carol was
 * posted one", "I have sent a copy to your solicitor"; a record sent, said as a note ("Notes sent to everyone
 * above"); and a copy's destination after an aside ("Copies of this letter, in English and Polish, go to you").
 */
const COPIES_HANDED = new RegExp([
  `\\b(?:got|gets?|getting|received|receives?|(?:was|were|has been|have been|will be|is being|are being) (?:given|sent|handed|posted|emailed|e-mailed)) (?:a |one |their own |her own |his own |an )?(?:paper |printed |signed |written |electronic )?cop(?:y|ies)\\b${OF_THIS}`,
  `\\b(?:was|were|has been|have been|will be) (?:given|sent|handed|posted|emailed|e-mailed) one\\b`,
  `(?:^|[.!?]\\s+)(?:a|one) (?:signed |paper |printed )?copy (?:will go|goes|is going|will be going|will be passed) to\\s+[a-z]`,
  `\\bwill (?:each|all|both) (?:keep|get|have|receive|be given|be sent) (?:a |one |their own )?(?:signed |paper |printed )?cop(?:y|ies)\\b${OF_THIS}`,
  `\\b(?:sent|given|posted|emailed|e-mailed|handed|passed) (?:a |one |their |the )?cop(?:y|ies)${OF_THIS}(?: of (?:this|the|our) [a-z]+)? (?:on )?to\\s+[a-z]`,
  `(?:^\\s*(?:\\d+(?:\\.\\d+)*[.)]?\\s+)?|[.!?]\\s+)(?:the |our |these |meeting )?(?:notes|minutes|plan|agreement|letter|record)(?: of (?:the|this|today's) meeting)? (?:sent|given|emailed|e-mailed|posted|circulated|handed out|shared|distributed) (?:to|with)\\s+[a-z]`,
  `\\bcop(?:y|ies) of (?:this|the|our) (?:written )?(?:plan|agreement|letter|contract|undertaking),[^,.]{1,60},? (?:will )?(?:go(?:es)?|(?:are|is|will be) (?:sent|given|posted|emailed|shared)) (?:out )?to\\b`,
].join('|'));
export const SUPPORT_WORDS = /\b(?:support|help|refuge|domestic abuse|idva|freedom programme|safety plan|advice)\b/;
/** A blank to sign on: a rule of underscores, a run of dots, or of ellipsis characters ("……"). */
export const SIGNATURE_TEXT = /^\s*(?:signed|signature|sign here)\b.*(?:_{3,}|\.{5,}|\u2026{2,})|(?:_{4,}|\.{8,}|\u2026{3,})\s*(?:date\b|\()/;
/**
 * Signature lines without the word: two people or more, each named before a blank line ("Mum ______
 * Dad ______", "Kim Lee ........ Jo Lee ........"); a form's fields (phone, address, time) are not signatures.
 */
const NAMES_WITH_BLANKS = guarded(
  /_{3}|\.{5}|\u2026{2}/,
  /[a-z)]:?\s*(?:_{3,}|\.{5,}|\u2026{2,})\s+(?:[a-z'()-]+ ){0,3}[a-z'()-]+:?\s*(?:_{3,}|\.{5,}|\u2026{2,})/,
);
const FORM_FIELDS = /\b(?:phone|mobile|tel|telephone|address|e-?mail|postcode|time|number|no)\b/;
/**
 * Signature lines signed: a name beside its initial and surname ("Jade Lambert: J Lambert"), or signed
 * names and the day alone ("P. Oduya   F. Oduya   27/11/2026", "R. Pryce (signed electronically) 27/11/2026").
 */
const SIGNED_NAMES = guarded(
  /:\s*[a-z]\.?\s*[a-z]|^\s*[a-z]\.\s?[a-z]/,
  /\b[a-z'-]+ ([a-z'-]{2,}):\s*[a-z]\.?\s*\1\b|^\s*(?:[a-z]\.\s?[a-z'-]{2,}\s+(?:\(signed[^)]{0,30}\)\s*)?){1,3}\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/,
);
export const SIGNATURE_LINE = { test: (folded: string): boolean => SIGNATURE_TEXT.test(folded) || (NAMES_WITH_BLANKS.test(folded) && !FORM_FIELDS.test(folded)) || SIGNED_NAMES.test(folded) };
/**
 * How long the agreement or what it arranges lasts: "This agreement lasts until …", "The arrangements
 * in it end on …", "These rules apply until …", "We expect this arrangement to last until …", "The
 * letter arrangement continues until …", "The pre-proceedings period will last …".
 */
/** What a duration is said of: the agreement by any name, or what it arranges (shared by DURATION_TEXT and its cheap test, so they cannot drift apart). */
const LASTING_THING = '(?:agreement|plan|letter|contract|undertaking|arrangements?|rules|expectations|stage|process|phase|period)';
/** A clause between commas after what lasts: "This stage, before any court application, is expected to last …". */
const ASIDE = '(?:,[^,.]{1,60},)?';
/** How it usually goes: "The pre-proceedings period normally lasts …". */
const USUALLY = '(?: (?:normally|usually|generally|typically|ordinarily))?';
/** The first way of saying it: "this plan", a few words before what lasts ("The arrangements in it, for now, normally run …"). */
const DURATION_OPENING = '\\b(?:this|the|these|our) (?:[a-z-]+ ){0,2}?';
const DURATION_SUBJECT = `${LASTING_THING}(?: in (?:it|this (?:letter|plan|agreement))| below| above| of expectations?)?${ASIDE}${USUALLY}`;
const DURATION_VERB = ' (?:will |are to |is to |(?:is|are) (?:expected|planned|intended|meant|likely|set|due|going) to )?(?:last|lasts|run|runs|stands?|holds?|continues?(?! to\\b)|goes on|go on|remain in place|remains in place|is in place|are in place|will be in place|ends?|will end|expires?|is valid|are valid|will stay in place|stays? in place|appl(?:y|ies) (?:until|till|for)|(?:is|are) for (?:the (?:next|coming|first) )?(?:\\w+ )?(?:weeks|months|days))\\b';
/** The other ways: "we expect this to last", "this lasts", "we will try this for", "we will work to this plan until", "the work is expected to last", "it ends on 4 May". */
const DURATION_OTHERS = `\\bexpect (?:this|it|the ${LASTING_THING})(?: ${LASTING_THING})? to (?:last|run|end|stay in place|continue)\\b|(?:^|[.!?;:]\\s+)(?:this|it) (?:(?:will|should|is (?:expected|likely|going) to) (?:last|run|stay in place|remain in place|be in place|apply)|lasts|runs|stays in place|remains in place|is in place|applies)\\b|\\bwe(?:'ll| will| are going to)?(?: all)? (?:try|use|run|work to|stick to) (?:this|these|the) (?:${LASTING_THING} )?(?=(?:for|until|till)\\b)|\\b(?:agreement|plan|arrangements?|period|placement|support|help|involvement|work) (?:is|are) expected to (?:last|run|end|finish|continue)\\b|(?:^|[.!?;:]\\s+)(?:this|it) (?:ends|will end|finishes|will finish|expires|will expire) on (?=\\d|[a-z]+ \\d)|\\b(?:this|the|our) ${LASTING_THING} (?:starts|begins|started|began) [^.;]{1,40}? and (?:ends|will end|finishes|will finish|expires|will expire)\\b`;
export const DURATION_TEXT = new RegExp(`${DURATION_OPENING}${DURATION_SUBJECT}${DURATION_VERB}|${DURATION_OTHERS}`);
/**
 * DURATION_TEXT as it is run, with the g flag: what follows the words before what lasts is read in a
 * lookahead and taken by a backreference. The matches are the same (it ends the first alternative, so
 * the lookahead takes the way the pattern would), and V8 compiles it once rather than once for each
 * number of words before it: 227 -> 157 KB of machine code (V8 stops optimising patterns past 16 MB).
 */
export const EVERY_DURATION = new RegExp(`${DURATION_OPENING}(?=(${DURATION_SUBJECT}(?=(${DURATION_VERB}))\\2))\\1|${DURATION_OTHERS}`, 'g');
/** A length or an end in the rest of the sentence: "until 2 March", "for six weeks", "16 weeks", "on 31 January", "when Leo starts school". */
const LENGTH_OR_END_AFTER = /^[^.;!?]*?(?:\b(?:until|till|up to|when|after|at the (?:next )?(?:review|meeting))\b|\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|sixteen|eighteen|twenty|few|couple of) (?:more )?(?:days?|weeks?|months?|years?)\b|\bthe end of\b)/;
/** "While this plan is in place, …": the plan's life as a condition of something else, not how long it lasts. */
const CONDITION_BEFORE = /\b(?:while|whilst|as long as|during|once|until|when|if)\s+$/;

/** How long the agreement lasts, said with a length or an end (not "while this plan is in place"). */
function durationStated(folded: string): boolean {
  EVERY_DURATION.lastIndex = 0;
  for (let m = EVERY_DURATION.exec(folded); m; m = EVERY_DURATION.exec(folded)) {
    const stated = /\b(?:is|are) for\b/.test(m[0]) || LENGTH_OR_END_AFTER.test(folded.slice(m.index + m[0].length));
    if (stated && !CONDITION_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))) return true;
  }
  return false;
}
export const REVIEW_WORD =
  /\breview(?:ed|ing|s)?\b|\brevisit(?:ed|ing|s)?\b|\bnext (?:[a-z-]+ ){0,3}(?:meeting|core group|conference|get-together|catch-up)\b|\bnext (?:taf|tac|cin|rcpc)\b|\b(?:go through|go over|look over|talk (?:about|through)|read through|check) (?:the|this) (?:agreement|plan|letter) (?:with you |together |with everyone )?again\b|\bwe(?:'ll| will| are going to| shall)? (?:all )?(?:go through|go over|look over|talk (?:about|through)|read through|check) (?:it|this|everything) (?:with you |together |with everyone )?again\b|\blook at (?:this|it|the (?:agreement|plan|letter)|this (?:agreement|plan|letter)) again\b|\blook again at (?:this|it|the|our)\b|\b(?:meet|sit down|get together|come together|talk|catch up) (?:together )?again\b|\bnext (?:meeting|core group)\b|\b(?:be|been|being) (?:looked at|looked over|gone through|gone over|talked about|talked through|checked|read through) again\b|\b(?:at|in) (?:each|every) (?:core group|meeting|review)\b|\b(?:check|see|look at) how (?:things|it|this|everyone|we|[a-z]+) ?(?:is|are|'s|'re|has|have)? ?(?:going|getting on|been going)\b(?! to\b)|\b(?:go through|go over|look at|look over|talk about|talk through) (?:this|the|our) (?:plan|agreement|letter)\b|\bwe(?:'ll| will| are going to| shall) (?:all )?(?:look at|talk about|go over|go through|check on)\b[^.]{1,50}?\btogether\b|\bcome back\b[^.]{0,60}?\bto (?:go through|go over|look at|talk about|check on) (?:all (?:of )?)?(?:this|it|the plan|the agreement|how)\b|\b(?:meet|get together|sit down)(?: up)?(?: again)? to (?:check|look at|look over|go over|go through|talk about|talk through) (?:the|this|our|how)\b|\b(?:first|next) (?:team around the (?:family|child)|taf|tac|core group|safety network|family network|network|child in need|cin|progress|planning) (?:\((?:taf|tac|cin)\) )?(?:meeting|review|get-together)s?\b[^.]{0,80}?\b(?:and )?then (?:every|each|once a)\b/;
/**
 * A review said in other words, kept apart from REVIEW_WORD (which is also copied as a global pattern,
 * so every alternative there is compiled twice): "we will next get together on …", "looked at once more",
 * "come back together … to see whether …", "to check if the plan is working".
 */
export const REVIEW_OTHERWISE = guarded(
  /once more|afresh|together|whether|if the|if this|if our|how well|next/,
  /\b(?:looked at|look at|go over|gone over|checked|talked about|talked through|gone through|go through) (?:[a-z]+ ){0,2}(?:once more|afresh)\b|\b(?:come|get|meet) (?:back )?together\b[^.]{0,60}?\bto (?:see|check|decide|look at|talk about) (?:whether|if|how)\b|\bto (?:see|check) (?:whether|if|how well) (?:the|this|our) (?:plan|agreement|arrangements?) (?:is|are|has|have) (?:been )?(?:working|helping|going)\b|\b(?:will|'ll|shall|when (?:we|you and i|everyone)) next (?:all )?(?:meet|sit down|get together|come together|catch up|see each other)\b|\bnext time (?:we|everyone) (?:all )?(?:meet|sit down|get together|catch up)\b/,
);
/** The manager who countersigns, whatever the council calls the post: team, service or practice manager, practice supervisor, team leader. */
/** Also "TM" as a signature row's role cell, or in brackets after a name ("Jo Keyes (TM)"). */
export const TEAM_MANAGER = /\b(?:(?:deputy |assistant )?team|service|practice|unit) manager\b|\bpractice supervisor\b|\bteam leader\b|\bcounter-?sign|\bmanager(?:'s)? (?:sign-?off|approval|authori[sz]ation|signature)\b|^\s*tm\s*:?\s*$|\(tm\)|\((?:[a-z'-]+'s |her |his |their |my |your |our )(?:line )?manager\)/;
export const AGREEMENT_NUMBER_TEXT = /\bagreement\s*[(:,\u2013\u2014-]?\s*(?:no\.?|number|num\.?|#|ref(?:erence)?\.?)\s*[:.]?\s*(?:[a-z]{1,5}[/-])*\d+/;
/** A reference code a page header or footer carries: "WA/26/0417", "Ref PLO/0093", "ref CB-S20-0412" (letters and figures mixed after "ref"), "ref. CS/PPM/26/211", "Referral 2026/118" (not "v3", not a phone number). */
export const REFERENCE_CODE = /\bref(?:erence)?\.?(?: no\.?| number)?\s*[:.]?\s+(?=[a-z0-9/-]*\d[a-z0-9/-]*\d)[a-z0-9]{1,8}(?:[/-][a-z0-9]{1,8}){1,4}\b|\b[a-z]{1,5}(?:\/[a-z]{1,5})*\/\d{2,}(?:\/\d+)*\b|\b[a-z]{1,5}-\d{2,4}-\d{2,6}\b|\b[a-z]{2,5}-\d{3,6}\b(?!-)|\bref(?:erence)?\.?\s*(?:no\.?\s*)?[:.]?\s*[a-z]{0,5}[/-]?\d{2,}\b|\b(?:referral|case|file|ref(?:erence)?)(?: no\.?| number)?\s*[:.]?\s*\d{2,}(?:[/-]\d+)+\b|\b(?:document|form|plan|record|letter) (?:no\.?|number|#)\s*[:.]?\s*[a-z]{0,4}[/-]?\d{2,}(?:[/-][a-z0-9]+)*\b|\b(?:agreement|plan|letter|undertaking|contract) (?!(?:on|of|dated|date|from|to|at|by|for|in|until|till)\b)[a-z]{1,5} ?\d{2,}(?:[/-]\d+)+\b/;
/** A code in capitals and figures that a page header carries as the document's number: "WA 0093", "EH-20417", "WA No. 2026/1177" (not an NHS number). Unfolded text. */
export const HEADER_CODE = /(?<![\p{L}\d])(?!(?:NHS|TEL|FAX|MOB|PO|BOX)\b)[A-Z]{2,4}(?:[ -]|\s+No\.?\s*)?\d{3,6}(?![\p{L}\d])/u;
export const NUMBER_VALUE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)\b/;

export const CP_REVIEW_TEXT = /\bchild protection review conference\b/;

/**
 * The patterns each paragraph's facts are tested against (see paragraph-facts.ts), by name. A
 * paragraph's answer for each is worked out at most once and kept for the next run.
 */
/** The wording behind its cheap test, then a length or an end after it. */
function durationFact(wording: GuardedPattern): GuardedPattern {
  return { ...wording, test: (folded) => wording.needs.test(folded) && durationStated(folded) };
}

export const REVIEW_FACT = guarded(/review|revisit|again|next |going|getting on|go through|go over|look|talk about|talk through|(?:each|every) (?:core|meeting|review)|together|come back|meet|sit down|first /, REVIEW_WORD);

export const DOCUMENT_FACTS = {
  participants: PARTICIPANTS_TEXT,
  legalNotice: guarded(/legal|enforceable|binding|(?:force|weight|status|power) of|court order|in law|of law|power of|be (?:referred|relied|mentioned|looked at|considered)|court paper|court document|solicitor|lawyer|be (?:shown|given|used|shared|produced|provided|put|filed) (?:to|in|with|before|as evidence)/, LEGAL_NOTICE_TEXT),
  contingency: CONTINGENCY_TEXT,
  concerns: { test: (folded: string): boolean => CONCERNS_TEXT.test(withoutConditionalWorries(folded)) },
  purpose: PURPOSE_TEXT,
  signature: SIGNATURE_LINE,
  duration: durationFact(guarded(new RegExp(`${LASTING_THING}(?: in (?:it|this [a-z]+)| below| above| of expectations?)?${ASIDE}${USUALLY} (?:will|are to|is to|last|run|remain|is|are|end|expire|stay|appl|contin|go|stand|hold)|expect (?:this|it|the) |expected to (?:last|run|end|finish|continue)|(?:this|it) (?:will (?:last|run|stay|remain|be in|apply)|should (?:last|run|stay|remain|be in|apply)|is (?:expected|likely|going) to|lasts|runs|stays in|remains in|is in place|applies|ends on|will end on|finishes on|will finish on|expires on|will expire on)|we(?:'ll| will| are going to)?(?: all)? (?:try|use|run|work to|stick to) (?:this|these|the) |${LASTING_THING} (?:starts|begins|started|began) `), DURATION_TEXT)),
  review: { test: (folded: string): boolean => REVIEW_FACT.test(folded) || REVIEW_OTHERWISE.test(folded) },
  copies: guarded(/cop(?:y|ies)|cc:|(?:sent|given|emailed|e-mailed|posted|circulated|handed|shared|distributed|passed)\b/, new RegExp(`${COPIES_TEXT.source}|${COPIES_SENT.source}|${COPIES_HANDED.source}`)),
  teamManager: guarded(/manager|supervisor|leader|counter|\btm\b/, TEAM_MANAGER),
  agreementNumber: AGREEMENT_NUMBER_TEXT,
  referenceCode: guarded(/\/|ref|-\d|(?:no\.?|number|#)\s*[:.]?\s*[a-z]{0,4}[/-]?\d/, REFERENCE_CODE),
  support: SUPPORT_WORDS,
  childProtectionReview: CP_REVIEW_TEXT,
  // Sections recognised from content only (section-content.ts).
  participantsContent: PARTICIPANTS_CONTENT,
  peopleWithRoles: PEOPLE_WITH_ROLES,
  childDetailsContent: CHILD_DETAILS_CONTENT,
  purposeContent: guarded(/decided|on paper|making (?:this|it)|writing (?:this|it)|doing (?:this|it)|in writing|written down|where we stand|agreed|are clear|purpose|reason|aim|goal|hope|chance|opportunit|a way|meant (?:for|to)|there (?:for|to)|(?:supervised|arranged|set up|in place) so|point (?:of|behind)|idea |(?:want|wants|like|hoping) (?:him|her|them|[a-z'-]+(?: and [a-z'-]+)?) (?:to (?:come|be|go|move) )?(?:back )?home|^i (?:consent|agree|give)|^(?:\d+[.)]\s*)?(?:to|so|we|this|it) |(?:^|[.!?;]\s+)(?:we|everyone|everybody)(?: all)? (?:want|wants|hope|hopes|would like)|writing|this (?:written )?(?:letter|plan|agreement|undertaking|document)|^(?:the|our) (?:plan|agreement|letter)|we(?:'ve| have)? (?:agreed|made|written|wrote|put|drawn)|(?:we|i)(?:'ve| have)? (?:written|wrote|set|put|noted|typed)\b/, PURPOSE_CONTENT),
  concernsContent: CONCERNS_CONTENT,
  contingencyStep: CONTINGENCY_STEP,
  durationContent: DURATION_CONTENT,
  purposeTitle: PURPOSE_TITLE,
  outcomeNeeded: OUTCOME_NEEDED,
  agreementTitleNumber: AGREEMENT_TITLE_NUMBER,
} as const;

export type DocumentFact = keyof typeof DOCUMENT_FACTS;

/**
 * For the facts asked of most paragraphs, words every paragraph holding the fact has where a word
 * starts (read from the fact's pattern: each alternative needs one). One scan of all the paragraphs
 * for these words rules out, for all these facts at once, the paragraphs without any of a fact's
 * words (paragraph-facts.ts), where each fact's cheap test searched them all again.
 */
export const FACT_WORDS: Partial<Record<DocumentFact, readonly string[]>> = {
  teamManager: ['manager', 'supervisor', 'leader', 'counter', 'tm'],
  legalNotice: ['legal', 'court', 'solicitor', 'lawyer', 'enforceable', 'binding', 'law', 'proceedings'],
  copies: ['cop', 'cc', 'sent', 'given', 'emailed', 'e-mailed', 'posted', 'circulated', 'handed', 'shared', 'distributed'],
  // An age or a birth in figures (a figure where a word starts), in words, or by its own words; an unborn baby's due date.
  childDetailsContent: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'born', 'birth', 'dob', 'd.o.b', 'd.ob', 'do.b', 'bab', 'twins', 'pregnan', 'edd', 'expected', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'],
  // What lasts (this plan, the arrangements …), or the other ways' verbs: "expect it to", "it ends on", "we will try this for", "we will work to these until".
  duration: ['agreement', 'plan', 'letter', 'contract', 'undertaking', 'arrangement', 'rules', 'expectations', 'stage', 'process', 'phase', 'period', 'expect', 'last', 'run', 'stay', 'remain', 'place', 'appl', 'try', 'use', 'work', 'stick', 'end', 'finish', 'expir'],
};
