// Sections recognised from what their sentences say, when no heading or label names them: who
// the agreement is between, the child's details, why it is made, what has happened, and a
// contingency step someone will take. Each pattern runs on folded (lower-case) paragraph text and
// becomes a document fact (section-evidence.ts), so each paragraph is tested once per edit.

import { IMPERATIVE_LINE } from './commitment-runs';
import { tellsTroubleAsEvent } from './events-told';
import type { BlockRole } from './block-role';
import { guarded } from './guarded-pattern';
import { cleanLabel } from './section-labels';

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/** "This plan is between …", "Between Chloe Ward and …", "Made on 5 December by Jade, Sophie and …", "We, Marta and Piotr, and … have made this". */
const PARTICIPANTS_SENTENCE =
  /(?:^|\n)\s*from:[^\n]*\n\s*to:\s*[a-z]|^(?:this (?:plan|agreement|letter|contract|document) is )?between\s+[a-z]|\b(?:plan|agreement|letter|contract) is (?:made )?between\b|\bmade\b[^.]{0,40}\bby\s+[a-z'-]+\s+[a-z'-]+,[^.]*\band\b|\bwe,\s[^.]{3,100}\bhave (?:made|agreed|written|signed)\b|^(?:i|we),\s+[a-z'-]+(?: [a-z'-]+){0,5}\s*(?:\([^)]{1,40}\))?,\s*(?:of\b|am\b|are\b|agree|consent|give|undertake|understand|confirm|the (?:mother|father|parents?|carers?|grand))|(?:^|[.!?]\s+)(?:(?:this (?:plan|agreement|letter|contract|document)|it) (?:was|is|has been) )?(?:made|written|agreed|drawn up|put together)\b[^.]{0,40}?\b(?:by|with|between)\s+[a-z][^.]{0,160}?\band\b|\b(?:letter|plan|agreement|document) (?:records|sets out|says|writes down) what (?:you|we|[a-z]+) and\b[^.]{2,80}\b(?:agreed|decided)\b|^dear (?:(?:mr|mrs|ms|miss|mx|dr)\.? )?[a-z]|\bhelped (?:to )?(?:make|write|put together|draw up) (?:it|this|the (?:plan|agreement))\b[^.]{0,10}?\s[a-z][^.]{0,120}?\band\b|\b(?:agreed|decided|arranged|made) between (?:you|us|me|[a-z'-]+) and\s+[a-z]|\b(?:made|wrote|written|agreed|drew up|drawn up|put together) (?:(?:this|the|our|my) (?:plan|agreement|letter|deal|contract)\b[^.]{0,40}?|(?:this|it) )\bwith\s+(?!the (?:help|support)\b)[a-z]|\b(?:plan|agreement|letter),? (?:made|written|agreed|drawn up|put together)\b[^.]{0,30}?\bwith\s+(?!the (?:help|support)\b)[a-z]|^[a-z'-]+(?: [a-z'-]+)?,[^.]{1,80}?\band\b[^.]{1,60}?\b(?:put|made|wrote|drew up|worked out|agreed) (?:this|the|our) (?:written )?(?:plan|agreement|letter|contract)(?: together| up| out)?\b/;

export const PARTICIPANTS_CONTENT = guarded(/^(?:i|we),|between|put (?:this|the|our)|worked out|helped|from:|made|wrote|written|agreed|drew up|drawn up|put together|records|sets out|says|writes down|we,|^dear /, PARTICIPANTS_SENTENCE);

/** People's roles in a family or a service, as a list of the people in a plan gives them. */
const ROLE = "(?:mum|mother|dad|father|parent|carer|foster carer|kinship carer|grand(?:mother|father|ma|pa|ad|mum|parent)|nan|nana|gran|aunt|auntie|uncle|brother|sister|son|daughter|partner|step-?(?:mum|dad|mother|father|parent)|friend|neighbour|social worker|family support worker|family worker|support worker|youth worker|key worker|health visitor|school nurse|midwife|teacher|head teacher|class teacher|designated safeguarding lead|team manager|gp|doctor|[a-z]+ worker|[a-z]+ officer)";
/** "Amy Ward (mother)", "Sam Lee (Sam's dad)". */
const PERSON_WITH_ROLE = `(?:[a-z'-]+ ){1,2}\\((?:his |her |their |[a-z]+'s )?${ROLE}\\)`;
/** A service that is a party: "Westmoor Children's Services", "the family hub", "Leeside council". */
const AGENCY = "(?:children's (?:services|social care)|social care|council|local authority|family hub|early help(?: service| team)?|youth service)\\b";
const PEOPLE_LISTED = guarded(
  /[(,:\u2013\u2014-]/,
  new RegExp(`(?:[a-z'-]+ ){1,2}\\((?:his |her |their |[a-z]+'s )?${ROLE}\\)[^().]{0,60}?(?:[a-z'-]+ ){1,2}\\((?:his |her |their |[a-z]+'s )?${ROLE}\\)|^[a-z'-]+(?: [a-z'-]+)? ?[-\u2013\u2014:,(] ?(?:his |her |their )?${ROLE}\\)?\\.?$`),
);
const COMMITS_OR_SIGNS = /\b(?:will|must|agrees? to|is to|are to)\b|_{3,}|\.{4,}|\u2026{2,}|^\s*sign/;

/** "Amy Ward (mother) and Westmoor Children's Services": a person and a service as the parties (read only where a service is named). */
const PERSON_AND_SERVICE = guarded(/children's|social care|council|local authority|family hub|early help|youth service/, new RegExp(`${PERSON_WITH_ROLE}[^.]{0,40}\\band (?:the )?(?:[a-z'-]+ ){0,3}${AGENCY}`));
/** "The Hughes family: Kirsty Hughes (mum), …". */
const FAMILY_LISTED = new RegExp(`^(?:the )?[a-z'-]+ family ?[:\u2013\u2014-] ?${PERSON_WITH_ROLE}`);

/** One entry of a list split at semicolons, slashes or line breaks: "Oliver Grant, social worker", "Mrs Haines, attendance officer, Fellside", "Agnieszka Nowak (mum)". */
const LIST_ENTRY = new RegExp(`^\\s*(?:(?:mr|mrs|ms|miss|dr)\\.? )?[a-z'-]+(?: [a-z'-]+)?(?: \\((?:his |her |their |[a-z]+'s )?${ROLE}\\)|, (?:[a-z'-]+ ){0,2}?${ROLE}\\b)`);
/** Two entries or more of people with their roles, one an entry: how a form lists who came. */
function listsPeople(folded: string): boolean {
  if (!/[;/\n]/.test(folded)) return false;
  let entries = 0;
  for (const part of folded.split(/[;/\n]/)) if (LIST_ENTRY.test(part) && ++entries >= 2) return true;
  return false;
}

/** A list of people with their roles ("Kim Mills (mother), Lewis Mills (father) and …", a line "Zara Khan \u2013 health visitor"), committing nobody to anything. */
export const PEOPLE_WITH_ROLES = { test: (folded: string): boolean => (PEOPLE_LISTED.test(folded) || FAMILY_LISTED.test(folded) || PERSON_AND_SERVICE.test(folded) || listsPeople(folded)) && !COMMITS_OR_SIGNS.test(folded) };

/** An age in words: "who is six", "aged eleven", "a seven-year-old". */
const AGE_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
const AGE_IN_WORDS = `\\b(?:who(?: is|'s)|aged?|turn(?:s|ed)|(?:he|she) is only) ${AGE_WORD}\\b(?! (?:times|weeks?|days?|months?|hours?|o'clock)\\b)|\\b${AGE_WORD}[- ]years?[- ]old\\b|^[a-z'-]+(?: [a-z'-]+)? is ${AGE_WORD}(?:[.,]| and\\b| years)`;

/** "Tyler Corcoran, 9, and Maisie, 4": an age set after a name between commas (not after a weekday: "on Tuesday, 4, 11 and 18 May"). */
/** (It starts at a letter, not with a look back: a look back over a run of letters is tried at every position of the text.) */
const NAME_THEN_AGE = "[a-z'-] [a-z'-]+(?<!day), \\d{1,2}(?=, | and |\\s*\\()";
/** "your baby due on 19 February 2027", "the baby is due in March", "EDD 3 April": an unborn child's details. */
const BABY_DUE = `\\b(?:bab(?:y|ies)|twins|pregnan\\w*)\\b[^.]{0,30}?\\bdue (?:on |in |around |by |at the end of )?(?:early |late |mid-?)?(?:\\d|${MONTH})|\\bedd\\b|\\bexpected date of (?:delivery|birth)\\b`;

/** "born 12 October 2014", "Date of birth", "aged 9", "who is 11", "Mason (6)", "who is six". */
const CHILD_DETAILS_SENTENCE = new RegExp(
  `\\b(?:mum|mother|dad|father|parent|carer|grandparent|nan|gran) of [a-z'-]+,? (?:aged? )?\\d{1,2}\\b|\\bborn (?:on )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})\\b|\\bdate of birth\\b|\\bd\\.?o\\.?b\\b|\\baged? \\d{1,2}\\b|\\bage: ?\\d{1,2}\\b|\\bbirthday(?: is)?:? (?:on )?\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b|\\b(?:who|he|she) is \\d{1,2}\\b|\\bis \\d{1,2} (?:years old|and)\\b|^[a-z'-]+(?: [a-z'-]+)? is \\d{1,2}(?:\\.|,| and\\b|$)|\\b(?:i'm|i am|you're|you are) \\d{1,2}(?:\\.|,| and\\b| years|$)|(?<=[a-z]), year \\d{1,2}\\b|\\b\\d{1,2}[- ]years?[- ]old\\b|[a-z] \\(\\d{1,2}\\)(?=[\\s,.;]|$)|\\(\\d{1,2} (?:years?|yrs?|months?)(?: old)?\\)|\\bturn(?:s|ed) \\d{1,2}\\b|(?<=[a-z]),? (?:who is )?now \\d{1,2}\\b(?! ?(?:am|pm|weeks?|days?|months?|times?|hours?|minutes?|o'clock|%))|${AGE_IN_WORDS}|${NAME_THEN_AGE}|${BABY_DUE}`,
);

/** What comes straight before an age in figures: "aged 6", "age: 6", "is 6", "(6", "mum of Jo, 6", "I'm 14", ", Year 2". */
const BEFORE_AN_AGE = ["[a-z'-], ", 'ged? ', 'age: ?', 'is ', '\\(', "of [a-z'-]+,? ", "(?:i'm|i am|you're|you are) ", ', year ', 'turn(?:s|ed) ', 'now '];
/**
 * Every way of giving a child's age or birth has one of these: a birth ("born", "date of birth",
 * "DOB"), or a figure with what comes before an age before it, or "year" after it. Most paragraphs
 * have none; a figure alone is in most tasks (times and dates). The test is tried at figures (the
 * engine skips from one to the next), not at every letter.
 */
export const CHILD_DETAILS_CONTENT = guarded(new RegExp(`\\d(?:(?<=(?:${BEFORE_AN_AGE.join('|')})\\d)|(?=[- ]year))|born|birth|d\\.?o\\.?b|[- ]year|due |edd|expected date|(?:who is|who's|age|aged|turns|turned|is only) ${AGE_WORD}|is ${AGE_WORD}(?:[.,]| and| years)`), CHILD_DETAILS_SENTENCE);

/** A sentence that states why: "The purpose of this letter is…", "To make sure…", "So that…", "We want…", "I am writing to set out…". */
export const PURPOSE_CONTENT =
  /\bwe(?:'re| are)? (?:making|writing|doing) (?:this|it)(?: (?:plan|agreement|letter))? (?:because|so|to make sure)\b|\bso (?:that )?(?:we|you|everyone|everybody|both of us|all of us)(?: both| all)? (?:have it (?:in writing|written down)|know (?:where we stand|what (?:was|has been|we) agreed)|are clear (?:about|on) what)\b|\b(?:i am|i'm|we are|we're) writing (?:to you )?because\b|(?:^|[.!?]\s+)(?:family time|contact|visits?|time together|these (?:visits|calls|meetings|letters)|letterbox(?: contact)?) (?:is|are) (?:a chance|an opportunity|a way|meant|there) (?:for|to)\b|(?:^|[.!?]\s+)(?:family time|contact|visits?|time together|it|this) (?:is|are|will be) (?:supervised|arranged|set up|in place) so (?:that )?[a-z]|\b(?:the )?(?:main )?reasons? for (?:this|the|our) (?:written )?(?:plan|agreement|letter|undertaking|contract) (?:is|are) (?:to|that|so)\b|\bpurpose of (?:this|the|our) (?:letter|plan|document|meeting|agreement)\b|^(?:\d+[.)]\s*)?to (?:make sure|make clear|be clear|keep|help|plan|set out|agree|protect|ensure|support)\b|^so (?!(?:far|much|many|long|often|too|now)\b)(?:that )?(?:[a-z'’]+,? ){1,8}?(?:is|are|can|will|has|have|gets?|feels?|knows?|know|understands?)\b|(?:^|[.!?;]\s+)(?:we|everyone|everybody)(?: all)? (?:want|wants|hope|hopes|would like)\b|\bwe have made this (?:plan|agreement) (?:so|to|because)\b|^it (?:sets out|sets down|explains|describes|spells out|lays out|writes down|records) (?:clearly )?(?:how|what|when|who|where|why)\b|\b(?:i am|i'm|we are|we're) writing\b[^.]{0,60}?\bso (?:that\b|[a-z'’]+ (?:can|is|are|will|has|have|knows?)\b)|\b(?:i am|i'm|we are|we're) writing,? (?:[^.]{1,60}? )?to (?:set out|set down|put down|confirm|explain|make clear|write down|record|let you know|tell you|remind you)\b|\bthis (?:written )?(?:letter|plan|agreement|undertaking|document) (?:(?:sets out|sets down|makes clear|explains|describes|says|spells out|lays out|writes down|shows|outlines|records|puts down) (?:clearly )?(?:how|what|when|who|where|why|the)|is to|is about)\b|^(?:it|this) is (?:all )?about (?:keeping|making sure|helping|how)\b|\bwe(?:'ve| have)? (?:agreed|made|written|wrote|put together|drawn up) (?:this|the|it)(?: (?:plan|agreement|letter))?(?: down| up| together)? (?:so that|so|to (?:make sure|help|keep|show|set out)|because|in order to)\b|(?:^|[.!?]\s+)(?:the |our )?(?:main )?(?:aims?|purpose|goals?|hopes?)(?: (?:today|here|now|for today|of today|of (?:the|this|today's) (?:meeting|visit)))? (?:is|are|was|were) (?:for|to|that)\b|^it (?:says|sets out|explains|records|tells (?:us|you|everyone))\b[^.]{0,160}?\bso (?:that\b|everyone\b)|^this (?:plan |agreement |letter )?is (?:so that|so|to make sure|because|(?:here|there|meant|designed|intended) to)\b|\b(?:its|their) (?:main )?(?:purpose|aim|goal)s? (?:is|are) (?:to|that|for)\b|\b(?:we|i)(?:'ve| have)? (?:written|wrote|set|put|noted|typed) (?:(?:this|it|these|everything) )?(?:down|out|up|in writing|on paper)\b[^.]{0,80}?\b(?:so that|so (?:everyone|everybody|we|you|all|both)|in order to)\b|\bwe (?:have )?(?:agreed|made|written|wrote|put together|drawn up) (?:the following|these (?:things|steps|rules|arrangements))\b[^.]{0,40}?\b(?:so that|to make sure|to keep|in order to)\b|^(?:\d+[.)]\s*)?to [a-z]+\b[^.]{0,100}?\bso (?:that )?[a-z]|^(?:\d+[.)]\s*)?to [a-z]+\b[^.]{0,120}?\band (?:to )?(?:agree|decide|plan|make sure|set out)\b|^(?:this|the|our) (?:plan|agreement|letter|schedule|contract|undertaking|arrangement|document)\b[^.]{0,160}?\bso that\b|\b(?:the )?(?:main |whole )?(?:point (?:of|behind) (?:this|it|(?:the|our) [a-z]+)|idea(?: (?:of|behind) (?:this|it|(?:the|our) [a-z]+))?) is (?:so|for|to|that)\b|\b(?:want|wants|would like|hope|hopes|are hoping|is hoping) (?:him|her|them|[a-z'-]+(?: and [a-z'-]+)?) (?:to (?:come|be|go|move) )?(?:back )?home\b|^i (?:consent|agree|give (?:my )?consent) (?:to|for) [a-z'-]+(?: [a-z'-]+)? (?:being|to be) (?:looked after|accommodated|cared for|placed|living|staying)\b|\b(?:putting|put|writing) (?:this|it|these(?: [a-z]+)?|the (?:plan|agreement|arrangements?)) (?:down )?(?:in writing|on paper) (?:so|to|because)\b|\bto (?:set out|set down|write down|put down|record|put (?:down )?in writing|confirm|make clear|remind (?:you|everyone|everybody) of) what (?:we|you|everyone|everybody|all of us|both of you|was|has been|had been|[a-z'-]+ and [a-z'-]+)(?: all| both| together)? (?:have |has |had )?(?:been )?(?:agreed|decided)\b/;

/**
 * The change wanted for a child told as what they need ("Zara and Leo need to live somewhere they are not
 * frightened", "Mia deserves to grow up in a calm home"): the aim, under whatever heading it stands.
 */
export const OUTCOME_NEEDED = guarded(
  /needs? to|deserves? to/,
  /\b(?:needs?|deserves?) to (?:live|grow up|be brought up|be|feel|stay|sleep) (?:somewhere|in (?:a|an) (?:[a-z]+ ){0,2}(?:home|house|place|family)|(?:safe|safely|happy|settled|calm|loved|cared for|free from|protected)\b)/,
);

/** What has happened or what people are worried about, told as facts. */
const CONCERNS_TOLD =
  /\b(?:is|are|were|was|am|have been|has been) (?:\w+ )?(?:worried|concerned)\b|\b(?:called|rang|phoned) (?:the )?police\b|\bworried (?:that|about|because)\b|\bpolice (?:were|was|have been|had been) called\b|\bhas (?:told|said to)\b|\b(?:told|tells) (?:his|her|their|the) (?:teacher|school|nurse|social worker|doctor)\b|\b(?:was|were) (?:found|left|seen|taken|hurt|hit|admitted|arrested|injured|struggling)\b|\b(?:has|have|had) (?:\w+ )?(?:gone|been|run) missing\b|\b(?:went|been) missing\b|\b(?:was|were) reported missing\b|\bconvict(?:ed|ions?)\b|\bassaulting\b|\bpolice (?:found|picked up|stopped)\b|\b(?:arrived|came|turned up|got|(?:has|have) been (?:arriving|coming|turning up|getting)) (?:at |into |in |to )?(?:school|nursery|college)\b[^.]{0,30}?\b(?:hungry|late|dirty|unwashed|smelly|tired|upset|without)\b|\b(?:has|have|had) been struggling\b|\bhas been (?:found|hurt|hit|admitted|left|seen|missing|coming home|drinking|sleeping|late|without)\b|\bhas (?:missed|got worse|become worse)\b|\b(?:hit|pushed|grabbed|hurt|injured|shouts? at|shouted at)\b|\bha(?:s|ve|d) had (?:\w+ ){0,2}(?:falls?|injur\w*|bruis\w*|accidents?|incidents?|burns?|marks?|fractures?)\b|\bfound (?:\w+ ){1,4}(?:broken|unsafe|dirty|alone|unattended|without)\b|\b(?:assaulted|attacked|abused|neglected|stabbed|threatened (?:to|him|her|them|with)|came into care|was (?:removed|placed|accommodated)|kicked (?:[a-z]+ ){0,2}(?:door|doors|him|her|them|me|us)|there (?:was|were|has been|have been) no (?:food|heating|electricity|gas|hot water|beds?|clean (?:clothes|bedding))|(?:the )?(?:school|nursery|police|hospital|gp|health visitor|neighbours?|midwife) (?:told|reported|said|rang|phoned|contacted|raised))\b|\b(?:is|are) (?:\w+ )?(?:supervised|needed|in place)\b[^.]{0,30}?\bbecause\b|\bin (?:early )?recovery from\b|\bthreatened (?:[a-z'-]+ ){1,2}(?:with|to)\b|\b(?:the )?police (?:removed|arrested|escorted|detained)\b|\bbreach(?:ed|ing)? (?:of )?(?:his|her|their|your|my) (?:licence|bail|order|conditions)\b|\b(?:frightened|scared|terrified) (?:him|her|them|the (?:children|child|boys|girls))\b|\b(?:has|have|had) stopped (?:going to|attending|eating|sleeping|taking)\b|\b(?:for|asked for|ask for) (?:help|support) because\b|\b(?:been off|missed|missing|absent for|off for) \d+ (?:school )?(?:days|sessions|mornings)\b|\b(?:is|are|was|were|has been|have been) (?:often|always|regularly|sometimes|frequently|usually) (?:hungry|dirty|late|tired|absent|unwashed|smelly|cold)\b|\b(?:found|finds|detected|tested positive for|positive (?:test )?for|traces? of)\b[^.]{0,40}?\b(?:cannabis|cocaine|heroin|crack|spice|ketamine|amphetamines?|drugs|alcohol in (?:his|her|their|the) (?:blood|urine|hair))\b|\b(?:saw|seen|heard) (?:him|her|them|mum|dad|[a-z]+) (?:\w+ )?(?:unwell|drunk|high|hurt|fighting|being hit)\b|\b(?:arrested|charged with|cautioned for|remanded|released on bail)\b|\breported (?:by|to) (?:the )?(?:police|school|nursery|hospital|gp|neighbours?|health visitor)\b|\b(?:da|dv|domestic abuse|domestic violence) incidents?\b/;

/**
 * Harm told as what someone did or what is being done about it: "after hitting Sasha" (not "if there is hitting at home"), "Mia was contacted by a man",
 * "assessed as at risk of exploitation", "the police are investigating", "Lee was drunk", "Mia told a teacher".
 */
export const HARM_TOLD = guarded(
  /hitting|hurting|punching|slapping|kicking|strangling|choking|assaulting|attacking|beating|risk of|investigat|police|contacted|groomed|exploited|targeted|approached|bullied|drunk|intoxicated|under the influence|told a |tells a |disclos/,
  /\b(?:after|for|was|were|been|of|admitted|admits|started|kept|caught|saw (?:him|her|them|[a-z'-]+)) (?:hitting|hurting|punching|slapping|kicking|strangling|choking|assaulting|attacking|beating) (?!(?:at|in|or|and|out|up|the (?:road|books|targets?|gym))\b)[a-z]|\b(?:is|are|was|were|been|being|as|at|remains?) (?:at )?(?:high |significant |serious |real |some |increased )?risk of\b|\b(?:the )?police (?:are|were|have been|had been) (?:investigating|involved|informed)\b|\b(?:is|are|was|were|has been|have been) (?:being )?investigated\b|\b(?:was|were|has been|have been|had been) (?:contacted|groomed|exploited|targeted|approached|bullied) (?:by|online|on|at|in)\b|\b(?:was|were|has been|have been|had been|came home|turned up|arrived) (?:very |too )?(?:drunk|intoxicated|under the influence)\b|\b(?:told|tells) a (?:teacher|friend|nurse|doctor|neighbour|worker|police officer)\b|\bdisclosed (?:that|to)\b/,
);

/**
 * What happened told as figures or injuries: things getting worse, days late or off school, an
 * attendance percentage, bruises or marks, a child grabbed or slapped. Behind a cheap test of its words.
 */
const CONCERNS_SHOWN = guarded(/worse|mornings|school days|sessions|% |bruis|mark|burn|cut|injur|scratch|swelling|black eye|grabs|grabbed|kicked|smacked|slapped|punch|strangled|choked/, /\b(?:got|gets|getting|has got|have got|became|has become) worse\b|\b(?:late|absent|off school|out of school|away from school|at home|missed school)\b[^.]{0,20}?\b(?:on|for) \d+ (?:school )?(?:days|mornings|sessions|nights|times|occasions)\b|\b\d+(?:\.\d+)?% (?:of (?:the )?(?:sessions|days|time)|attendance)\b|\b(?:with|has|had|have|got|showed|shows|found|noticed|saw|spotted) (?:\w+ ){0,2}(?:bruises?|bruising|marks?|burns?|cuts?|injur(?:y|ies)|scratch(?:es)?|swelling|black eye)\b|\b(?:grabs|grabbed|kicked|smacked|slapped|punched|punches|strangled|choked) (?:him|her|them|me|us)(?= by| round| around| when| if|[.,;]|$)/);

/** "If you are worried about the girls, ring …", "If anyone has concerns, …": advice for a worry that may come, not a worry. */
const IF_WORRIED = /\bif (?:(?:the |a |any )?[a-z'-]+) (?:are|is|am|feel|feels|get|gets|become|becomes|have|has)(?: (?:ever|at all|any|very|really|still|more))? (?:worried|concerned|worries|concerns)\b[^.;,]*/g;

/** The text without its "if … worried" clauses (unchanged, and not copied, when it has no "if "). */
export function withoutConditionalWorries(folded: string): string {
  return folded.includes('if ') ? folded.replace(IF_WORRIED, '') : folded;
}

/** What has happened or what people are worried about: said in words, or shown by figures and injuries. */
export const CONCERNS_CONTENT = {
  test: (folded: string): boolean => {
    const text = withoutConditionalWorries(folded);
    return CONCERNS_TOLD.test(text) || CONCERNS_SHOWN.test(text) || HARM_TOLD.test(text) || tellsTroubleAsEvent(text);
  },
};

/** The sentence of a contingency step: "If <something happens>, <someone> will <arrange, meet, call, …>". */
const CONTINGENCY_STEP_SENTENCE =
  /^(?:\d+[.)]\s*)?(?:if|should|in the event (?:that|of)|in case|where (?=[^,.]{0,80}\b(?:not|no longer|fails?|misses|missed|stops?|broken|cancelled)\b))\b[^.]{3,160}?(?:,\s*|\s)(?:then\s+)?(?:[a-z'’]+\s+){1,3}(?:will|may|would|is going to|are going to)\s+(?:be (?:held|arranged|called|booked|convened|offered|made|asked|told|contacted|reviewed)|(?:\w+\s+)?(?:arrange|hold|call|meet|talk|speak|ask|review|discuss|contact|ring|phone|visit|make|tell|refer|convene|organise|look|see|get in touch|set up|book|agree|come (?:out|round|over|and see)|remind|inform|let|explain|chase|email|e-mail|text|write|rearrange|warn|follow up|collect|pick (?:up )?(?:the children|him|her|them|[a-z'-]+)|take (?:the children|him|her|them)|look after|step in|care for|have (?:the children|him|her|them)|invite|offer|increase|start|send|put in|consider|escalate|bring forward|seek|notify|alert|reconvene|pause|come back|try again|take [a-z'-]+(?: and [a-z'-]+)? to))\b|^(?:\d+[.)]\s*)?(?:if|should)\b[^.]{3,160}?,\s*then\s+(?:[a-z'’]+\s+){1,3}(?:collects|picks|takes|looks after|steps in|calls|rings|phones|contacts|tells|arranges|comes|texts|visits|meets|holds|asks)\b/;
/** A condition of things going well ("If things settle, …", "Should school go well, …"): a next step, not what happens if it goes wrong. */
const GOING_WELL = /^(?:\d+[.)]\s*)?(?:if|should)\b(?![^,.]*(?:\b(?:not|no longer|stops?|stopped|fails?|worse|again)\b|n't\b))[^,.]*\b(?:settles?|settled|calms? down|improves?|improved|gets? better|goes well|go well|going well|progress(?:es)?|stays? (?:stable|settled|well)|works? (?:well|out))\b/;

/** A contingency step: "If <something happens>, <someone> will <arrange, meet, call, …>" (not when the something is going well). */
/** "If you are struggling with any of this, tell Tom straight away. We can hold a meeting to change the plan.": who to tell, then the step. */
const TELL_THEN_STEP = /^(?:\d+[.)]\s*)?if\b[^.]{3,160}?,\s*(?:please )?(?:tell|ring|call|phone|contact|speak to|talk to|let)\s[^.]{1,80}\.\s+(?:we|they|[a-z'-]+)\s+(?:will|can|could|may)\s+(?:\w+\s+)?(?:arrange|hold|call|meet|talk|review|discuss|set up|book|look|change|agree|visit|help)\b/;
/** "Failing that, Bev will have Noah …", "Otherwise Gran will collect them": the step after a first one fails. */
const FAILING_THAT = /(?:^(?:\d+[.)]\s*)?|[.!?;]\s+)(?:failing (?:that|this)|otherwise|if not|if that (?:fails|does not work|doesn't work)|(?:and )?if (?:she|he|they|[a-z'-]+) (?:can't|cannot|isn't able to|is not able to|can not)(?: (?:do (?:it|that)|manage(?: it)?|make it))?)\b,?\s+(?:[a-z'\u2019]+\s+){1,3}(?:will|may|would|is going to|are going to|can)\s+[a-z]/;
/** "Gran will take over on any day Ms Smith cannot manage it": a step for each time the first plan fails, with no condition word. */
const ANY_TIME_FAILS = /\b(?:will|is going to|are going to)\s+(?:[a-z'-]+\s+){1,6}?(?:on |for |at )?(?:any|each|every) (?:day|night|morning|evening|afternoon|weekend|time|occasion|week)s? (?:that |when )?(?:[a-z'-]+ ){1,2}(?:cannot|can't|isn't able to|is not able to|is unable to|is too (?:ill|unwell|tired)|is ill|is unwell|(?:does not|doesn't) (?:turn up|come|answer))\b/;
/** "Any sign that Ben is using again will mean the social worker calls a meeting", "A further incident will lead to a strategy discussion": a failure that sets off a step. */
const FAILURE_SETS_OFF = /^(?:\d+[.)]\s*)?(?:any|a|another|further|one more) (?:further |new |more )?(?:sign|signs|evidence|report|reports|incident|incidents|breach|lapse|relapse|missed (?:visit|appointment|session)s?|concern|concerns|worry|worries)\b[^.]{0,100}?\bwill (?:mean|lead to|result in|trigger|prompt)\b/;
export const CONTINGENCY_STEP = { test: (folded: string): boolean => (CONTINGENCY_STEP_SENTENCE.test(folded) || TELL_THEN_STEP.test(folded) || FAILURE_SETS_OFF.test(folded) || FAILING_THAT.test(folded) || ANY_TIME_FAILS.test(folded)) && !GOING_WELL.test(folded) };

/**
 * A title that says what the document is for: "Agreement for Lily to be looked after by the council",
 * "Plan to keep Tia safe online" (not "A plan for Ellie", "Written agreement – 3 December 2026").
 */
export const PURPOSE_TITLE = guarded(/(?:agreement|plan|letter|contract) /, /\b(?:agreement|plan|letter|contract) (?:for (?:[a-z'-]+ ){1,4})?(?:to|so that) (?!\d)[a-z]/);

/** "Written Agreement 2", "Working agreement 4", "Safety plan number 2", "Working Agreement v2" (not "agreement 1 December"). */
export const AGREEMENT_TITLE_NUMBER = new RegExp(`\\b(?:agreement|plan)\\s*(?:no\\.?\\s*|number\\s*|#\\s*|v\\.?\\s*|version\\s*)?\\d{1,3}\\b(?!\\s*(?:st|nd|rd|th|${MONTH}))`);

/**
 * A label that says the agreement's date is next: "Date:", "dated", "agreed on", "made on", any "…ed on:"
 * that is not a review, a booking or an end ("Mapped on:", "Completed on:") (not "date of birth"), also with who made it between: "written with Kat on", "agreed by Mum, Dad and Jo on", and the
 * party giving it: "I give this undertaking to the council on".
 */
export const DATE_CUE = /(?<!\b(?:review|reviewing|end|expiry|finish|next|meeting|birth|appointment|start|court|hearing|conference)\s)\b(?:(?:made|written|agreed|drawn up|put together|signed) (?:with|by|between|at) [a-z'\u2019, &]{2,60}? on|(?:give|gives|make|makes|sign|signs) (?:this|my|our|the) (?:written )?(?:undertaking|agreement|plan|promise)(?: (?:to|with) [a-z'\u2019 &-]{2,60}?)? on|(?:present|held) at the (?:home visit|visit|meeting|family meeting|conference) on|(?:meeting|conference|visit|core group) held(?: on)?|date of (?:the )?(?:meeting|visit|home visit|family meeting|conference)|we (?:made|wrote|agreed|sorted|put together|drew up|worked out) (?:this|it)(?: out| up| together)?(?: [a-z'\u2019 ]{1,40}?)? on|(?:today's|todays|the) date (?:today )?is|today is|date(?! of birth)(?: of (?:the |this )?agreement)?|dated|agreed(?: on)?|made(?: on)?|signed(?: on)?|written(?: on)?|typed up(?: on)?|(?!(?:review|book|start|end|plann|schedul|arrang|expir|finish|born|due|postpon|cancell?|adjourn|list)\w*\s)[a-z]{3,}ed on(?=\s*:))\b\s*[:;]?\s*/g;

/** A number of days, weeks or months in words or figures. */
const SPAN = '(?:(?:few|couple of) |(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|a) ?)(?:days?|weeks?|months?)';
/**
 * How long, said of what the document sets out or what was agreed: "this sets out what we have agreed
 * for the next three months", "This plan covers the coming six weeks", "what we agreed until the review on 3 March",
 * "We have agreed to this for the next three months", and the span opening a sentence about the plan itself: "For the next three months, this is how things will work".
 */
const DURATION_SENTENCE = new RegExp(`\\b(?:what (?:[a-z'-]+ (?:and [a-z'-]+ )?)?(?:have |has )?(?:agreed|decided)|(?:we|everyone|you|[a-z'-]+ and [a-z'-]+)(?: all| both)?(?: have| has|'ve)? agreed (?:to )?(?:this|these|it|(?:the|this|our) (?:plan|rules|arrangements?|agreement))|what (?:each of us|we|everyone|you) will do|(?:this|it) (?:plan |agreement |letter )?(?:sets out|says|records|covers)|(?:this|the|our) (?:plan|agreement|letter) is for)\\b[^.]{0,60}?\\b(?:(?:for|over|during) the (?:next|coming|following|first) ${SPAN}\\b|until (?:the )?(?:review|next meeting)\\b[^.]{0,20}?\\d)|^(?:for|over) the (?:next|coming|following|first) ${SPAN},? (?:this is (?:how|what)|these are|here is|here's|this (?:plan|agreement|letter)|the (?:plan|agreement|letter)|(?:this|it) is what|we (?:have|all|will all)|everyone (?:has|will))\\b`);
/** (Every match holds one of these words: most paragraphs are passed over with a substring test.) */
export const DURATION_CONTENT = { test: (folded: string): boolean => (folded.includes('next') || folded.includes('coming') || folded.includes('following') || folded.includes('first') || folded.includes('until')) && DURATION_SENTENCE.test(folded) };

/**
 * "This plan is so Ruby knows who she can tell", "This written agreement explains when …": the document
 * speaking of itself commits nobody; nor does consent to a child being looked after ("I agree to Toby being …").
 */
const ABOUT_ITSELF = /^\W*(?:(?:the|our|my) (?:main |whole )?(?:hope|aim|goal|purpose|idea|wish)s? (?:is|are) (?:that|to|for)\b|(?:this|the|our|my) (?:[a-z-]+ )?(?:plan|agreement|letter|document)\b(?! will\b)|i (?:consent|agree|give (?:my )?consent) (?:to|for) [a-z'-]+(?: [a-z'-]+)? (?:being|to be)\b)/;
const MODAL = /\b(?:will|won't|must|shall|should|can|could|may|agrees?|going to|needs? to|has to|have to)\b|'ll\b/;
/**
 * A line read as a task that commits nobody: no modal and no instruction ("Maisie and Alfie were left
 * alone on 21 October" listed under "You will:"); what it tells may be the worries or the purpose.
 */
export function commitsNobody(folded: string): boolean {
  return (!MODAL.test(folded) && !IMPERATIVE_LINE.test(folded)) || ABOUT_ITSELF.test(folded);
}

/** Labels that say only where a part sits, or why it is needed, not what it aims at: its sentences decide (see backgroundTold). */
const BACKGROUND_LABEL = /^(?:the )?(?:background|context|history|what led (?:to|up to) (?:this|the agreement|the plan))$|^why\b.*\b(?:needed|necessary|need)\b/;

/** The paragraph facts, as far as backgroundTold asks them (paragraph-facts.ts). */
interface FactsAsked {
  has(i: number, fact: 'purposeContent' | 'purpose' | 'concernsContent' | 'concerns'): boolean;
}

/** The lines under a background label among the purpose's paragraphs that tell what happened and state no aim: the worries. */
export function backgroundTold(view: { roles: readonly BlockRole[]; folded: readonly string[]; facts: FactsAsked }, purpose: readonly number[]): number[] {
  const { roles, folded, facts } = view;
  const moved: number[] = [];
  let run: number[] = [];
  const flush = () => {
    const content = run.filter((i) => !roles[i].labelOnly && !roles[i].placeholder);
    const statesAim = content.some((i) => facts.has(i, 'purposeContent') || facts.has(i, 'purpose'));
    if (!statesAim && content.some((i) => facts.has(i, 'concernsContent') || facts.has(i, 'concerns'))) moved.push(...run);
    run = [];
  };
  let inBackground = false;
  for (const i of purpose) {
    const role = roles[i];
    if (role.labelOnly || role.contentStart > 0) {
      flush();
      inBackground = BACKGROUND_LABEL.test(cleanLabel(role.labelOnly ? folded[i] : folded[i].slice(0, role.contentStart)));
    }
    if (inBackground) run.push(i);
  }
  flush();
  return moved;
}
