import type { DocumentView } from '../document-view';
import { cite, DERBY } from '../guidance';
import type { Finding } from '../model';
import { findActor, isBareName } from '../actors';
import { NO_FINDINGS, type ParagraphRule } from '../rule';

// Ofsted and serious case reviews criticised agreements that make a parent (often a victim of
// domestic abuse) responsible for keeping another adult away or for controlling that adult.
// The rule softens this to a prompt when the other adult has tasks of their own and the parent is
// offered support, which only the whole agreement shows (reviewWithAgreement below).
const OTHER_ADULT = "(?:him|her|them|he|she|they|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(?:her|his|their|the children's|the child's|jo's|sam's)\\s+(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|father|mother|dad|mum|stepfather|stepdad)|(?:the\\s+)?(?:partner|ex-partner|boyfriend|girlfriend|dad|father|stepfather|stepdad|mum|mother)|[A-Za-z]+)";
const HOME_OR_CHILDREN = "(?:(?:in|into|to|at|near|inside)\\s+(?:the\\s+)?(?:family\\s+)?(?:home|house|flat|property|address)|(?:in|into)\\s+the\\s+house|(?:any\\s+)?contact\\s+with\\s+(?:the\\s+)?(?:children|child|kids|baby|jo|sam|them|[a-z]+)|near\\s+(?:the\\s+)?(?:children|child|jo|sam)|around\\s+(?:the\\s+)?(?:children|child)|(?:look\\s+after|care\\s+for|be\\s+alone\\s+with|babysit|mind|have)\\s+(?:the\\s+)?(?:children|child|baby|kids|jo|sam)|babysit\\b|(?:pick|collect)\\s+(?:the\\s+)?(?:children|child|baby|kids)(?:\\s+up)?)";

const MADE_TO = '(?:will|must|is to|agrees? to|should|needs? to|has to|have to|is expected to|is asked to)';
/** The same, in a child's words or a family's own plan: "Mum is going to keep Dad away". */
const MADE_OR_GOING_TO = `(?:${MADE_TO}|is going to|are going to)`;
/** What the other adult is not to do, when the parent is made to see to it: be there, get in touch, drink, shout... */
const ADULT_DOINGS = "(?:does not|doesn't|do not|don't|will not|won't|never|cannot|can't|is not|isn't|stays|keeps|has no|have no)\\s+(?:\\w+\\s+)??(?:come|go|visit|stay|live|sleep|enter|return|move|call|turn|contact|phone|text|message|see|have|has|get|drink|use|take|smoke|shout|swear|hit|hurt|argue|fight|threaten|look|care|babysit|pick|collect|drive|bring|find|know|learn|follow|track|away|near|at|in|around|anywhere|alone|any|contact)\\b";
/** The other adult by role, pronoun, title or a name that ends the clause (not "the park", "a friend's house"). */
const NAMED_ADULT = `(?:(?:her|his|their|the children's|the child's)\\s+(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|father|mother|dad|mum|stepfather|stepdad)|him|her|them|mr \\w+|mrs \\w+|ms \\w+|miss \\w+|(?:the\\s+)?(?:partner|ex-partner|boyfriend|girlfriend|stepfather|stepdad)|(?!(?:the|a|an|school|nursery|park|town|bed|friends?|church|clubs?)\\b)[a-z]+(?=\\s*(?:[.,;]|$|\\s(?:or|and|unless|until|without|when|while|if|at|on|again|alone)\\b)))`;
/** A report to the police or a domestic abuse service is the parent's own safety step, not reporting on the other adult. */
const TO_POLICE_OR_HELP = /\b(?:police|999|101|refuge|idva|helpline|domestic abuse (?:service|worker|team)|women's aid)\b/;

/** A named way of making one parent responsible for another adult, with the words every match needs. */
export interface VictimPattern {
  name: string;
  pattern: RegExp;
  needs: RegExp;
}

const REPORT = 'report them';
const KEEP_CHILDREN_FROM = 'keep the children from them';
const REPORT_ANY = 'report their breaches or contact';
const KEEP_AWAY_NAMED = 'keep the children from them, or send them away';
/** The other adult as the owner of contact or a breach: "from Shane", "of Kyle's bail conditions", "with her ex-partner". */
const POSSESSOR = "(?:(?:her|his|their)\\s+(?:partner|ex-partner|boyfriend|girlfriend|husband|wife|ex)|mr \\w+|mrs \\w+|ms \\w+|him|(?!(?:the|a|an|your|my|our|them|me|us|you|anyone|anybody|everyone|people|school|nursery|services?|workers?|professionals?|agencies|family|friends?|children|child|kids|baby)\\b)[a-z]+)\\b";

export const VICTIM_PATTERNS: VictimPattern[] = [
  { name: 'not let them into the home or near the children', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:allow|let|permit)\\s+${OTHER_ADULT}(?:\\s+\\w+){0,3}?\\s+${HOME_OR_CHILDREN}`), needs: /(?:not|never)\s+(?:allow|let|permit)/ },
  // "must not let him in", "will not have Jason in the house", "will not let him stay over".
  { name: 'refuse them entry', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:allow|let|permit|have|invite)\\s+${OTHER_ADULT}\\s+(?:to\\s+)?(?:in|inside|into|round|over|back|stay|visit|live|sleep|come|move|enter|return)\\b|\\b${MADE_TO}\\s+(?:not|never)\\s+(?:open|answer)\\s+the\\s+door\\s+to\\s+${OTHER_ADULT}\\b`), needs: /(?:not|never)\s+(?:allow|let|permit|have|invite|open|answer)\b(?=[^.]*\b(?:in|inside|into|round|over|back|stay|visit|live|sleep|come|move|enter|return|door)\b)/ },
  { name: 'make sure they stay away or behave', pattern: new RegExp(`\\b${MADE_OR_GOING_TO}\\s+(?:ensure|make sure|see to it)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+${ADULT_DOINGS}`), needs: /(?:ensure|make\s+sure|see\s+to)\b[^.]*?(?:\bnot\b|\bcannot\b|n't\b|\bnever\b|\bstays\b|\bkeeps\b|\bno\b)/ },
  { name: 'keep them away or out', pattern: new RegExp(`\\b${MADE_OR_GOING_TO}\\s+(?:keep|stop|prevent|ban|bar)\\s+${OTHER_ADULT}\\s+(?:away|from|out|coming|visiting|seeing|contacting|having\\s+contact|going\\s+near)\\b`), needs: /keep|stop|prevent|ban|bar/ },
  { name: 'make them leave', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:make|ask|tell|get)\\s+${OTHER_ADULT}\\s+(?:to\\s+)?(?:leave|go|get out|not\\s+(?:to\\s+)?(?:come|visit|contact|call))\\b`), needs: /make|ask|tell|get/ },
  // Made to report the other adult: "will report to the social worker any time Ryan contacts her".
  { name: REPORT, pattern: new RegExp(`\\b${MADE_TO}\\s+(?:report|tell|inform|let|ring|phone|call|text|message|contact)\\b[^.]{0,60}?\\b(?:if|when|whenever|any time|anytime|every time|each time)\\s+${OTHER_ADULT}\\s+(?:contacts?|calls?|phones?|rings?|texts?|messages?|comes?\\s+(?:to|round|near|over|back|by|to)\\b|turns?\\s+up|visits?|tries|gets\\s+in\\s+touch|has\\s+been\\s+in\\s+touch|is\\s+in\\s+(?:contact|touch)|arrives?)|\\b${MADE_TO}\\s+(?:report|tell\\s+\\w+(?:\\s+\\w+)?\\s+about|let\\s+\\w+(?:\\s+\\w+)?\\s+know\\s+about)\\s+(?:any|all|every)\\s+(?:contact|calls?|messages?|texts?|visits?)\\s+(?:from|with|by)\\s+${OTHER_ADULT}\\b|\\b${MADE_TO}\\s+(?:show|give|send|forward|pass\\s+on)\\s+(?:the\\s+|any\\s+|all\\s+|his\\s+|her\\s+|their\\s+|those\\s+)?(?:messages|texts|emails)\\s+to\\s+(?:the\\s+social\\s+worker|[a-z]+)\\b`), needs: /\b(?:if|when|whenever|time|anytime)\b[^.]*?\b(?:contact|call|phone|ring|text|message|come|turn|visit|tries|gets|has|arriv|is\s+in)|\b(?:any|all|every)\s+(?:contact|call|message|text|visit)|messages|texts|emails/ },
  { name: 'control their behaviour', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:ensure|make sure)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+(?:stops|stop|reduces|reduce|controls|control|manages|manage)\\s+(?:his|her|their)\\s+(?:drinking|drug use|temper|anger|behaviour)`), needs: /(?:ensure|make\s+sure)\b[^.]*?\b(?:stop|reduce|control|manage)/ },
  // Made to keep the children from the other adult: "will make sure the children have no contact with Jason".
  { name: KEEP_CHILDREN_FROM, pattern: new RegExp(`\\b${MADE_TO}\\s+(?:ensure|make sure|see to it)\\s+(?:that\\s+)?(?:the\\s+)?(?:children|child|kids|baby|boys|girls|[a-z]+(?:\\s+and\\s+[a-z]+)?)\\s+(?:(?:have|has|will\\s+have|get|gets)\\s+no\\s+(?:unsupervised\\s+)?contact\\s+with|(?:do not|don't|does not|doesn't|never|will not|won't)\\s+(?:see\\s+or\\s+speak\\s+to|see|meet|visit|have\\s+(?:any\\s+)?contact\\s+with|speak\\s+to|talk\\s+to|stay\\s+with|spend\\s+time\\s+with|go\\s+to|be\\s+(?:left\\s+)?alone\\s+with)|(?:are|is)\\s+(?:never|not)\\s+(?:left\\s+)?alone\\s+with)\\s+${NAMED_ADULT}`), needs: /(?:ensure|make\s+sure|see\s+to)\b[^.]*?(?:\bnot\b|n't\b|\bnever\b|\bno\b)/ },
  // Made to leave the other adult: "will end the relationship", "will separate from Jason".
  { name: 'end the relationship', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:end|stop|finish|break\\s+off)\\s+(?:her|his|their|the|this)\\s+relationship\\b|\\b${MADE_TO}\\s+not\\s+(?:resume|restart|continue|start|rekindle|be\\s+in|get\\s+back\\s+into|go\\s+back\\s+to)\\s+(?:her|his|their|the|a|any)\\s+relationship\\b|\\b${MADE_TO}\\s+(?:separate|split\\s+up|break\\s+up|end\\s+things|finish(?:\\s+things)?)\\s+(?:from|with)\\s+${OTHER_ADULT}\\b|\\b${MADE_TO}\\s+(?:stop|not\\s+start)\\s+seeing\\s+${OTHER_ADULT}\\b(?!\\s+(?:friends?|mates|family|children|kids|boys|girls|son|daughter)\\b)|\\b${MADE_TO}\\s+leave\\s+${OTHER_ADULT}(?=\\s*(?:[.,;]|$|and\\b|by\\b|before\\b|if\\b|within\\b|now\\b))`), needs: /relationship|separate|split|break|things|finish|seeing|leave/ },
  // Made to answer for the other adult's harm: "will be held responsible if he comes back", "will prevent any further incidents".
  { name: 'held responsible for their harm', pattern: new RegExp(`\\b${MADE_TO}\\s+be\\s+held\\s+(?:responsible|accountable)\\b|\\b${MADE_TO}\\s+prevent\\s+(?:any\\s+)?(?:further\\s+|more\\s+|future\\s+|other\\s+)?(?:incidents?|violence|abuse|assaults?|domestic\\s+(?:abuse|violence|incidents?)|call-?outs?)\\b`), needs: /held|prevent/ },
  // Made to report the other adult's drinking or drug use: "will tell the social worker if she thinks Dean has used".
  { name: 'report their drinking or drug use', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:report|tell|inform|let|ring|phone|call|text|message|contact)\\s+(?:[^.\\s]+\\s+){0,8}?(?:if|when|whenever|as\\s+soon\\s+as)\\s+(?:(?:she|he|they)\\s+(?:thinks?|knows?|suspects?|believes?|sees?|finds?\\s+out)\\s+(?:that\\s+)?)?(?!(?:she|he|they|i|you|we)\\b)${OTHER_ADULT}\\s+(?:has\\s+(?:used|been\\s+(?:drinking|using)|drunk|taken\\s+drugs)|is\\s+(?:drunk|high|using|drinking)|uses|drinks)\\b`), needs: /\b(?:has\s+(?:used|been\s+(?:drinking|using)|drunk|taken\s+drugs)|is\s+(?:drunk|high|using|drinking)|uses|drinks)\b/ },
  // Made to report the other adult's breaches or contact to a worker: "tell your social worker within 24
  // hours about any contact you have with Shane", "report any breach of Kyle's bail conditions".
  { name: REPORT_ANY, pattern: new RegExp(`\\b${MADE_TO}\\s+(?:report|tell|inform|let)\\b[^.]{0,50}?\\b(?:any|all|every)\\s+(?:further\\s+)?(?:contact|calls?|messages?|texts?|visits?|breach(?:es)?|sightings?)(?:,?\\s+(?:or|and)\\s+(?:contact|calls?|messages?|texts?|visits?|emails?))?\\s+(?:(?:you|she|he|they|i)\\s+(?:have|has|get|gets|receive|receives)\\s+)?(?:from|with|by|of)\\s+${POSSESSOR}`), needs: /\b(?:any|all|every)\s+(?:further\s+)?(?:contact|call|message|text|visit|breach|sighting)/ },
  // Made to keep the children from him, send him away, or answer for keeping him out: "keep the children away from Lee",
  // "send him away", "is responsible for keeping Lee out of the house" (the adult by name or role: see namesAnAdult).
  { name: KEEP_AWAY_NAMED, pattern: new RegExp(`\\b${MADE_TO}\\s+keep\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:children|child|kids|baby|boys|girls|twins)\\s+(?:away|apart|safe)\\s+from\\s+${POSSESSOR}|\\b${MADE_TO}\\s+(?:send|turn|move)\\s+${POSSESSOR}\\s+(?:away|out|off)\\b|\\b(?:${MADE_TO}\\s+be|is|are)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:keeping|getting|stopping|sending)\\s+${POSSESSOR}\\s+(?:away|out|from|off)\\b`), needs: /\b(?:keep|send|turn|move|keeping|getting|stopping|sending)\b[^.]*?\b(?:away|apart|safe|out|off|from)\b/ },
  // Made to keep things from the other adult: "will not let Connor know when she has gone into labour".
  { name: 'keep things from them', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:not|never)\\s+(?:let\\s+${POSSESSOR}\\s+(?:know|find\\s+out)|tell\\s+${POSSESSOR})\\s+(?:when|where|which|what|about|her|his|their|the\\s+(?:address|name|school|nursery|ward|hospital))\\b`), needs: /\bnot\s+(?:let|tell)\b|\bnever\s+(?:let|tell)\b/ },
  // Made answerable for the children's protection from the other adult's abuse: "is responsible for making sure
  // the children are not exposed to further domestic abuse", "must protect the children from Kyle".
  { name: 'protect the children from them', pattern: new RegExp(`\\b(?:${MADE_TO}\\s+be|is|are)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:making\\s+sure|ensuring|keeping|protecting|stopping|preventing)\\b[^.]{0,80}?\\b(?:(?:domestic\\s+)?(?:abuse|violence)|exposed|witness\\w*|from\\s+${NAMED_ADULT})|\\b(?:${MADE_TO}\\s+be|is|are)\\s+(?:(?:fully|solely)\\s+)?responsible\\s+for\\s+(?:making\\s+sure|ensuring)\\s+(?:that\\s+)?${OTHER_ADULT}\\s+${ADULT_DOINGS}|\\b${MADE_TO}\\s+(?:protect|shield|keep)\\s+(?:the\\s+)?(?:children|child|kids|baby|boys|girls|[a-z]+)\\s+(?:safe\\s+)?from\\s+(?:${NAMED_ADULT}|(?:(?:his|her|their)|${POSSESSOR}'s)\\s+(?:violence|abuse|behaviour|drinking|drug\\s+use|temper|anger|moods?)|(?:any\\s+)?(?:further\\s+)?(?:domestic\\s+)?(?:abuse|violence))(?=\\s*(?:[.,;]|$|\\s))|\\b${MADE_TO}\\s+(?:ensure|make\\s+sure)\\s+(?:that\\s+)?(?:the\\s+)?(?:children|child|kids|baby|boys|girls|[a-z]+)\\s+(?:are|is)\\s+(?:not|never)\\s+(?:exposed\\s+to|witness(?:es)?|around)\\s+(?:any\\s+)?(?:further\\s+|more\\s+)?(?:domestic\\s+)?(?:abuse|violence|arguments|fighting|${NAMED_ADULT})`), needs: /responsible\s+for|\bprotect|\bshield|\bkeep\s+[^.]*?\bfrom\b|\bexposed\b|\bwitness|\baround\b/ },
  // Made to keep herself apart from the other adult: "is to ensure there is no direct or indirect contact between herself and Mr Dyce".
  { name: 'keep herself apart from them', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:ensure|make\\s+sure)\\s+(?:that\\s+)?there\\s+is\\s+no\\s+(?:(?:direct|indirect|further|face-to-face)\\s+(?:or\\s+(?:direct|indirect)\\s+)?)?contact\\s+between\\s+(?:herself|himself|themselves|her|him|them|[a-z]+)\\s+and\\s+${OTHER_ADULT}`), needs: /\bthere\s+is\s+no\b[^.]*\bcontact\s+between\b/ },
  // Made to take the other adult to court, as an expectation rather than her choice: "will apply for a non-molestation order by 8 January".
  { name: 'take out an order against them', pattern: new RegExp(`\\b${MADE_TO}\\s+(?:apply\\s+for|take\\s+out|obtain|seek)\\s+(?:a\\s+|an\\s+)?(?:non-molestation|occupation|restraining|prohibited\\s+steps)\\s+order\\b`), needs: /molestation|occupation|restraining|prohibited/ },
  // The parent judged by the other adult's next incident: "any further incident will be taken as evidence that
  // you cannot protect Bailey", "a failure to protect".
  { name: 'blamed for failing to protect', pattern: /\b(?:you|she|he|they|mum|mother|[a-z]+)\s+(?:cannot|can't|can\s+not|(?:is|are)\s+(?:unable|not\s+able)\s+to|(?:has|have)\s+failed\s+to|failed\s+to|fails?\s+to)\s+protect\s+(?!(?:yourself|herself|himself|themselves)\b)[a-z]+|\bfail(?:ure|ing)\s+to\s+protect\b/, needs: /protect/ },
];

/**
 * Every pattern above starts with one of these modal phrases followed by one of these words, so a
 * line without any such pair cannot match any of them (one cheap test instead of eight).
 */
const MODAL_START = /\b(?:will|must|is to|agrees? to|should|needs? to|has to|have to|is expected to|is asked to|is going to|are going to)\s+(?:be\s+held|be\s+(?:fully\s+|solely\s+)?responsible|not|never|ensure|make|see|keep|stop|prevent|ban|bar|ask|tell|get|report|inform|let|ring|phone|call|text|message|contact|end|finish|break|separate|split|leave|show|give|send|forward|pass|protect|shield|turn|move|apply|take\s+out|obtain|seek)/;
/** The patterns that need no modal: "is responsible for…", "cannot protect…". */
const OTHER_START = /responsible\s+for|protect/;
export const ANY_PATTERN_START = { test: (text: string): boolean => MODAL_START.test(text) || OTHER_START.test(text) };

/** A line that is a bare instruction to the parent: "Not allow…", "Tell your social worker…", "Make sure…". */
/** A commitment put as an infinitive, as under "Sarah agrees": "to ring …", "not to let …". */
const INFINITIVE = /^\s*(not\s+)?to\s+(?=[a-z])/;
const IMPERATIVE = /^\s*(?:not|never|ensure|make\s+sure|keep|stop|prevent|tell|report|inform|let|ask|end|leave|show|give|send|forward|separate|protect|ring|phone|call|text|message|contact)\b/;
/** The clause before the match names a worker as its subject: "ward staff", "the school", "nursery staff", "the police". */
const PROFESSIONAL_SUBJECT = /(?:^|[.;:!?]\s*|,\s*(?:and\s+)?|\band\s+)(?:the\s+|all\s+|our\s+)?(?:[a-z]+\s+)?(?:staff|nurses?|midwi(?:fe|ves)|doctors?|teachers?|school|nursery|police|officers?|security|social\s+workers?|workers?|hospital|ward|team|service|council|professionals?|carers?\s+at|practitioners?|we)\s*$/;
/** The sentence opens with a worker as its subject ("Ward staff will not let him in and will ring security…"). */
const PROFESSIONAL_OPENS = /^\s*(?:the\s+|all\s+|our\s+)?(?:[a-z]+\s+)?(?:staff|nurses?|midwi(?:fe|ves)|doctors?|teachers?|school|nursery|police|officers?|security|social\s+workers?|workers?|hospital|ward|team|service|council|professionals?|practitioners?|we)\s+(?:will|must|should|are|is|can|may)\b/;

/** Where the last sentence of `text` starts: after its last '.', ';', '!' or '?' followed by a space. */
function sentenceStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) {
    if ('.;!?'.includes(text[i]) && /\s/.test(text[i + 1])) return i + 1;
  }
  return 0;
}

/** A grandparent as the clause's subject (the children's carer in a family network plan). */
const CARER_SUBJECT = /(?:^|[.;:!?]\s*|,\s*(?:and\s+)?|\band\s+)(?:grandad|grandpa|grandma|granny|gran|nan|nana|nanna|grandparents?|great-\w+)\s*$/;
/** …unless the one kept away is the grandparent's own partner ("Nana is going to keep Grandad out"). */
const CARER_PARTNER = /\b(?:grandad|grandpa|grandma|granny|gran|nan|nana|nanna|husband|wife|partner)\b/;
/** Each time the other adult gets in touch, as a thing to report ("any time Dean contacts her", "every call from him"). */
const EVERY_CONTACT = /\b(?:report|tell|inform)\b[^.]*\b(?:any\s+time|anytime|every\s+time|each\s+time|whenever|any|all|every)\s+(?:\w+\s+)?(?:contacts?|calls?|messages?|texts?|visits?|breach(?:es)?)\b/;
/** Reporting to the police alone is the parent's own safety step; to the police and a worker, it is reporting on the other adult. */
const ALSO_TO_A_WORKER = /\b(?:police|999|101)\s+and\s+(?:to\s+)?(?:the\s+|her\s+|his\s+|their\s+|your\s+)?(?:social\s+worker|worker|[a-z]+(?=\s*(?:[.,;]|$)))/;

/** Where the other adult's name ends in a keep-away match: before its last word ("away", "out") or at its end ("from Lee"). */
function adultEnd(matched: string): number {
  const last = /\s+(?:away|apart|out|off|from)$/.exec(matched);
  return last ? last.index : matched.length;
}

/** The word ending at `end` (the other adult, by a name written with a capital, or a role or title). */
function namesAnAdult(text: string, end: number): boolean {
  const word = /([\p{L}'-]+)$/u.exec(text.slice(Math.max(0, end - 30), end))?.[1] ?? '';
  return /^\p{Lu}/u.test(word) || /^(?:him|partner|ex-partner|boyfriend|girlfriend|husband|wife|ex)$/i.test(word) || /\b(?:mr|mrs|ms|miss)\s+\S+$/i.test(text.slice(Math.max(0, end - 30), end));
}

/** A safety step the parent chose ("Leah has chosen to…", "has asked for…") with support named in the same line. */
const CHOSEN_STEP = /\b(?:has|have|had)\s+(?:chosen|decided|asked|applied)\b|\b(?:chose|decided|wants|would like|asked for|applied for)\b/;
const WITH_SUPPORT = /\bwill\s+(?:help|support|arrange|fit|go\s+with|pay|provide|visit|apply|ring|check)\b|\bwith\s+(?:the\s+)?(?:help|support)\s+(?:of|from)\b|\bsupported\s+by\b/;

/** Sections whose lines describe rather than ask: the worries and the agreement's purpose. */
const NOT_ASKING = new Set<string>(['concerns', 'purpose']);

/** Objects that are not another adult: the children themselves, and professionals (a parent who will not let the social worker in is another worry). */
const NOT_ANOTHER_ADULT = /^(?:(?:the|her|his|their|both|all)\s+(?:children|child|baby|kids|boys|girls|son|daughter|sons|daughters)(?:\s+\w+)?|them|he|she|they|you|we|i|the (?:social worker|worker|health visitor|family support worker|police|professionals?|school|nurse|doctor))$/;

/** Who is asked to do something: the verb's object in a matched phrase. */
const OBJECT = /\b(?:allow|let|permit|have|invite|ensure|make sure|see to it|see|keep|stop|prevent|ban|bar|make|ask|tell|get)\s+(?:that\s+)?([a-z' -]+?)\s+(?:in|into|to|at|near|inside|round|over|back|stay|visit|live|sleep|come|move|enter|return|does|doesn't|do|don't|will|won't|never|cannot|can't|stays|keeps|has|have|is|isn't|away|from|out|coming|visiting|leave|go|get|not|stops?|reduces?|controls?|manages?)\b/;

/** The other adult named in a finding ("Mr Jones", "her partner"). */
const OTHER_ADULT_NAME = /\b(mr|mrs|ms|miss) ([a-z'-]+)|\b(partner|boyfriend|girlfriend|husband|wife|dad|father|mum|mother|stepdad|stepfather)\b/;

type VictimMessage = 'parentMadeResponsible' | 'otherAdultHasTasks' | 'parentSupported' | 'sharedAndSupported';

const ASK =
  'This asks one parent to keep another adult away or control what they do. Does that adult have tasks of their own in this agreement, and is this parent offered support (for example from a domestic abuse service)?';

const SUGGESTIONS = [
  'Give the other adult their own task, for example "Mr Smith will not come to the family home while he has been drinking."',
  'Add what support this parent will get, and what they can do if the other adult comes to the home (for example phone the police on 999).',
];

export const victimResponsibilityRule: ParagraphRule & { messages: Record<VictimMessage, string> } = {
  id: 'victim-responsibility',
  scope: 'paragraph',
  category: 'victim-responsibility',
  severity: 'warning',
  description:
    'This task makes one parent responsible for keeping another adult away or controlling their behaviour. That adult should have tasks of their own, and the parent should be offered support.',
  source: `${cite(DERBY, '§4 Inappropriate use (a coercive relationship prioritised over the child)')}; Ofsted on agreements that place responsibility on victims of domestic abuse`,
  messages: {
    parentMadeResponsible: ASK,
    otherAdultHasTasks: `${ASK} (The other adult does have tasks of their own; is this parent offered support?)`,
    parentSupported: `${ASK} (This parent is offered support; does the other adult have tasks of their own?)`,
    sharedAndSupported:
      'This asks one parent to keep another adult away. That adult has tasks of their own and this parent is offered support, which is right; check the parent has agreed and knows what to do if the other adult comes to the home.',
  },
  reviewWithAgreement: softenWithAgreement,
  check({ text, folded, actor, isTask, section }) {
    if (section && NOT_ASKING.has(section)) return NO_FINDINGS;
    // A first name alone under a heading such as "What Children's Services expect" is the parent the
    // heading's service asks, not a professional: the patterns below still decide.
    // "Not allow Shane into your home": a bare instruction under "We expect that you will:" is read with its "you will".
    // "To ring the police if Mo comes" under "Sarah agrees": an infinitive is read with its "agrees", as "you will ring …".
    const infinitive = INFINITIVE.exec(folded);
    const imperative = !!infinitive || IMPERATIVE.test(folded);
    const lead = infinitive ? `you will ${infinitive[1] ? 'not ' : ''}` : 'you will ';
    const asking = infinitive ? lead + folded.slice(infinitive[0].length) : imperative ? lead + folded : folded;
    const shift = infinitive ? lead.length - infinitive[0].length : imperative ? lead.length : 0;
    if (!ANY_PATTERN_START.test(asking)) return NO_FINDINGS;
    const professional = actor?.kind === 'professional' && !(actor.end > actor.start && isBareName(text.slice(actor.start, actor.end)));
    if (isTask && professional) return NO_FINDINGS;
    // Tasks and contingency lines ("If Dean comes to the flat, Jade will make him leave"); elsewhere
    // (a layout whose sections were not read) a line whose own subject is a family member.
    const asked = isTask || section === 'contingency' ? actor : findActor(text, folded);
    if (asked?.kind === 'professional' && (asked !== actor || professional)) return NO_FINDINGS;
    if (!isTask && section !== 'contingency' && asked?.kind !== 'family' && !imperative) return NO_FINDINGS;
    for (const { name, pattern, needs } of VICTIM_PATTERNS) {
      if (!needs.test(asking)) continue;
      const match = pattern.exec(asking);
      if (!match) continue;
      // The clause before the match, as far back as a subject can be (the tests below look only at its end).
      const before = asking.slice(Math.max(0, match.index - 120), match.index);
      // "Connor Pryce. Ward staff will not let him onto the unit": a worker's step, whoever the line opens with.
      if (PROFESSIONAL_SUBJECT.test(before) || PROFESSIONAL_OPENS.test(before.slice(sentenceStart(before)))) continue;
      // "Grandad will ask her to leave": a grandparent caring for the children, not a partner made to manage the other adult.
      if (CARER_SUBJECT.test(before) && !CARER_PARTNER.test(match[0])) continue;
      if (name === REPORT_ANY && !namesAnAdult(text, match.index - shift + match[0].length)) continue;
      if (name === KEEP_AWAY_NAMED && !namesAnAdult(text, adultEnd(match[0]) + match.index - shift)) continue;
      const object = OBJECT.exec(match[0]);
      // (Keeping the children from the other adult names the children first, by design.)
      if (name !== KEEP_CHILDREN_FROM && name !== KEEP_AWAY_NAMED && object && NOT_ANOTHER_ADULT.test(object[1].trim())) continue;
      // Ringing the police when he comes is her safety step; reporting each contact he makes, to anyone, is watching him for us.
      if ((name === REPORT || name === REPORT_ANY) && TO_POLICE_OR_HELP.test(asking.slice(match.index)) && !ALSO_TO_A_WORKER.test(asking) && !EVERY_CONTACT.test(match[0])) continue;
      // "Leah has chosen to…, and Willow Refuge will help her": her own safety step, with support.
      if (CHOSEN_STEP.test(folded) && WITH_SUPPORT.test(folded)) return NO_FINDINGS;
      const start = Math.max(0, match.index - shift + (match[0].length - match[0].trimStart().length));
      return [{ start, end: match.index - shift + match[0].length, messageId: 'parentMadeResponsible', suggestions: SUGGESTIONS }];
    }
    return NO_FINDINGS;
  },

};

/**
 * The prompt is milder when the other adult has tasks of their own and the parent is offered
 * support; both are only visible with the whole agreement in view.
 */
function softenWithAgreement(findings: Finding[], view: DocumentView): void {
  if (!findings.some((f) => f.ruleId === victimResponsibilityRule.id)) return;
  // The same few names recur ("her partner", "Mr Jones"): each is looked up once per run in one string
  // of every family task's subject, and parents in one string of every support task.
  const familySubjects = view.scans.joinedTasks('family-subjects', view.taskAt, (t) => (t.actor.kind !== 'professional' ? t.subject : null));
  const supportTexts = view.scans.joinedTasks('support', view.taskAt, (t) => (t.actor.kind === 'professional' && view.facts.has(t.index, 'support') ? t.folded : null));
  const tasksNaming = new Map<string, number[]>();
  const supported = new Map<string, boolean>();
  findings.forEach((finding, k) => {
    if (finding.ruleId !== victimResponsibilityRule.id) return;
    const folded = view.folded[finding.paragraph];
    const task = view.taskAt[finding.paragraph];
    const parent = task ? folded.slice(task.actor.start, task.actor.end).trim() : '';
    const otherName = OTHER_ADULT_NAME.exec(folded.slice(finding.start, finding.end))?.[0] ?? '';
    let naming = otherName ? tasksNaming.get(otherName) : undefined;
    if (otherName && !naming) {
      // Two are enough to know whether a task other than this one names them.
      naming = familySubjects.tasksContaining(otherName, 2);
      tasksNaming.set(otherName, naming);
    }
    const otherHasTasks = !!naming && naming.some((index) => index !== finding.paragraph);
    let parentSupported = supported.get(parent);
    if (parentSupported === undefined) {
      const parentWords = parent.split(/\s+(?:and|&)\s+/).map((p) => p.trim()).filter((p) => p.length > 1);
      parentSupported = parentWords.some((p) => supportTexts.tasksContaining(p, 1).length > 0);
      supported.set(parent, parentSupported);
    }
    const messageId: VictimMessage | null = otherHasTasks && parentSupported ? 'sharedAndSupported' : otherHasTasks ? 'otherAdultHasTasks' : parentSupported ? 'parentSupported' : null;
    if (!messageId) return;
    // Findings may be shared with the analyser's cache: replace, never mutate.
    findings[k] = { ...finding, messageId, message: victimResponsibilityRule.messages[messageId], ...(messageId === 'sharedAndSupported' ? { severity: 'info' as const } : {}) };
  });
}
