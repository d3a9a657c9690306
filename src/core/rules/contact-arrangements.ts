import type { DocumentView } from '../document-view';
import { cite, CIN_CP } from '../guidance';
import type { Finding } from '../model';
import { NO_FINDINGS, type ParagraphRule } from '../rule';
import { TIME_EXPRESSION } from '../timing';

// CIN/CP guidance §2.4 lists what a supervised-contact task must state. We check the parts a
// reader can see in one line; missing two or more is worth a prompt.
const CONTACT_PATTERN = /\b(?:supervised|unsupervised)\s+(?:contact|visits?|time|family time|sessions?)\b|(?<!\bno\s|\bno\s+(?:direct\s+or\s+)?(?:in)?direct\s|\bno\s+further\s|\bnot have\s|\bany\s|\bin\s|\bkeep in\s|\bstay in\s)\bcontact\s+(?:with|between)\s+(?!(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)\w+|\bcontact(?: sessions?| visits?)? (?:will|is to|should) (?:take place|happen|be)\b|(?<!\b(?:missed|during|each|every|before|after|of|for)\s)\bfamily time(?= (?:will|is to|should|with|between)\b)|(?<=\b(?:have|has|having|get|gets|attend|attends|arrange|arranges|offer|offers)\s+(?:some\s+|regular\s+|weekly\s+|daily\s+|more\s+|supervised\s+|unsupervised\s+|direct\s+|indirect\s+|face[- ]to[- ]face\s+|telephone\s+|phone\s+|video\s+)?)(?:contact|family time)\b(?!\s+(?:with|between)\s+(?:the\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\b)|\b(?:see|sees|seeing|visit|visits|spend time with|spends time with)\s+(?:his|her|their)\s+(?:dad|mum|father|mother|parents?|birth (?:mum|dad|mother|father|parents?)|grand\w+|nan|nana|gran|granny|grandad|brothers?|sisters?|siblings?)\b/;

/**
 * A contact arrangement, and the words every match of it contains (each alternative above needs
 * "supervised", "contact", "family time", "see…", "visit…" or "spend(s) time with"): most
 * paragraphs have none of them, and the cheap test spares them the lookbehinds.
 */
export const CONTACT = { pattern: CONTACT_PATTERN, needs: /supervised|contact|family\s+time|\bsee|\bvisit|\bspends? time with/ };

/**
 * Every match of the contact pattern starts at a word start with one of these words, so it is tried
 * (sticky) only there, instead of at every position with its lookbehinds: the first place it
 * matches is the match exec() would find.
 */
const CONTACT_STARTS = /\b(?:unsupervised|supervised|contact|family\s+time|see|visit|spends?\s+time\s+with)/g;
const CONTACT_AT = new RegExp(CONTACT_PATTERN.source, 'y');

/** As CONTACT.pattern.exec(folded). */
export function firstContact(folded: string): RegExpExecArray | null {
  CONTACT_STARTS.lastIndex = 0;
  for (let start = CONTACT_STARTS.exec(folded); start; start = CONTACT_STARTS.exec(folded)) {
    CONTACT_AT.lastIndex = start.index;
    const found = CONTACT_AT.exec(folded);
    if (found) return found;
    CONTACT_STARTS.lastIndex = start.index + 1;
  }
  return null;
}

/** A member of the child's family, as contact lines name them ("her grandparents", "dad", "Mia's mum", a child's own "my dad"), not a family service. */
const FAMILY_MEMBER = "(?:(?:his|her|their|my|your|the children's|the child's|[a-z]+'s)\\s+)?(?:birth\\s+)?(?:dad|daddy|mum|mummy|mother|father|parents?|grand\\w+|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|brothers?|sisters?|siblings?|aunt|auntie|aunty|uncle|cousins?|family)\\b(?!\\s+(?:support|worker|hub|centre|center|group|time|court|network|meeting|home))";


/** Not a service or professional ("phone calls with the school"): the rest of "phone calls with …" is a person in the child's life. */
const NOT_A_SERVICE = '(?!(?:the\\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me|him|her|them)\\b)';
const FAMILY_WORD = new RegExp(FAMILY_MEMBER);

/** Calls, video calls, letters: contact at a distance, whose details are when and how often, not where. */
export const REMOTE_CONTACT = {
  pattern: new RegExp(`\\b(?:phone|telephone|video|facetime|skype|zoom|whatsapp)\\s+(?:calls?|contact|chats?)\\s+(?:with|to|from|between)\\s+(?:the\\s+children\\s+and\\s+|[a-z]+\\s+and\\s+)?(?:${FAMILY_MEMBER}|${NOT_A_SERVICE}[a-z]+\\b)|\\b(?:video[- ]?call|facetime|skype)s?\\s+${FAMILY_MEMBER}|\\bletters?\\s+(?:and\\s+cards\\s+)?(?:to|from)\\s+${FAMILY_MEMBER}|\\b(?:ring|rings|phone|phones|call|calls|text|texts|facetime|video\\s+call)\\s+(?:his|her|their)\\s+${FAMILY_MEMBER}|\\b(?<!\\bno\\s+(?:direct\\s+or\\s+)?)(?:indirect|letterbox|letter[- ]box|telephone|phone|video|virtual)\\s+contact\\b(?!\\s+(?:with|between)\\s+(?:the\\s+)?(?:social worker|school|nursery|office|police|service|services|team|gp|worker|health visitor|professionals?|agency|agencies|council|duty|us|me)\\b)`),
  /** Every match says call, contact, chat or letter, or names FaceTime or Skype. */
  needs: /call|contact|chat|facetime|skype|letter|\b(?:ring|phone|text)s?\s+(?:his|her|their)\b/,
};

/** Seeing, visiting or spending time with a family member, in any voice: "Mia will see Dad", "visits with mum will be arranged". */
export const TIME_WITH_FAMILY = {
  pattern: new RegExp(`\\b(?:see|sees|seeing|visit|visits|visiting|meet|meets|spend\\s+(?:the\\s+day|time|the\\s+weekend|weekends)\\s+with|spends\\s+(?:the\\s+day|time|the\\s+weekend|weekends)\\s+with|have\\s+time\\s+with|has\\s+time\\s+with|having\\s+time\\s+with)\\s+(?:both\\s+)?${FAMILY_MEMBER}|\\b(?:visits?|time|sessions?|meetings?)\\s+with\\s+${FAMILY_MEMBER}(?=\\s+(?:will|is\\s+to|are\\s+to|should|can|may)\\b)|\\b(?:overnight|weekend)\\s+stays?\\s+with\\s+${FAMILY_MEMBER}`),
  /** Its verb, then later in the sentence a family member: every match has both. */
  needs: /\b(?:see|visit|meet|spend|time|session|overnight|weekend)[^.]*?\b(?:dad|mum|mother|father|parent|grand|nan|gran|brother|sister|sibling|aunt|uncle|cousin|family)/,
};

/** A relative outside the home, or a parent named as the child's ("Poppy's dad", matched from "dad"): who contact is with when they are the subject. */
const RELATIVE = "(?:grand\\w+|nan|nana|nanna|gran|granny|grandad|(?<=\\b[a-z]+'s\\s+(?:(?:big|little|older|younger)\\s+)?)(?:dad|mum|mother|father|family)|(?:big\\s+|little\\s+|older\\s+|younger\\s+)?(?:brother|sister|sibling)s?|aunt|auntie|aunty|uncle|cousins?)";
/** A child as the object of a visit or a call: a pronoun, "the baby", or a name (not a service or a professional's title). */
const CHILD_OBJECT = `(?:her|him|them|you|(?:the\\s+)?(?:children|child|baby|boys|girls|kids)|${NOT_A_SERVICE}(?!(?:mr|mrs|ms|miss|dr|as|too|again|on|at|in|every|each|when|whenever|once|if|the|a|an|and|or|with|to|for|from|soon|sometimes|weekly|regularly|there|here|after|before|during|until|while)\\b)[a-z]+)\\b`;
const MODAL_VISIT = '(?:will|can|may|could|is\\s+going\\s+to|are\\s+going\\s+to|will\\s+be\\s+able\\s+to|(?:is|are)\\s+allowed\\s+to)\\s+(?:keep\\s+|still\\s+|also\\s+|now\\s+|then\\s+)?';
/** Seeing someone names them; a call to a name may be to a worker ("Nan will phone Tom"), so a call needs a child word or pronoun. */
const VISIT = '(?:see|visit|video\\s+call|facetime|meet|spend\\s+time\\s+with)';
const CALL = '(?:phone|ring|call)';
const CHILD_WORD = '(?:her|him|them|you|(?:the\\s+)?(?:children|child|baby|boys|girls|kids))\\b';

/**
 * Anyone outside the home seeing the children, by name or as a bare instruction to a parent: "Kyle can
 * see the children when things settle down", "Harley may visit the baby", "See the kids in the week"
 * (the line's actor, checked by the rule, must not be a professional).
 */
const ANYONE_SEES_THE_CHILDREN = `\\b(?<!\\b(?:stop|stops|stopping|prevent|prevents|ban|bans|bar|bars|keep|keeps)\\s+[a-z]+\\s+(?:from\\s+)?)(?:seeing|visiting|spending\\s+time\\s+with)\\s+(?:the\\s+)?(?:children|kids|baby|boys|girls|twins)\\b|\\b(?:any|all)\\s+(?:future\\s+|further\\s+)?contact\\s+(?:with|between)\\s+[^.]{1,60}?\\s+(?:will|would|must|can|is\\s+to)\\s+(?:only\\s+)?(?:be\\s+)?(?:arranged|agreed|organised|supervised|set\\s+up|through|via|take\\s+place)\\b|(?:\\b(?!(?:we|i|you|staff|nurses?|midwi\\w+|workers?|school|nursery|police|team|visitor|officer|who|which|that|and|or|it|this|there|they)\\s)[a-z]+\\s+${MODAL_VISIT}|^\\s*)(?:see|visit|spend\\s+time\\s+with|have\\s+time\\s+with)\\s+(?:the\\s+)?(?:children|kids|baby|boys|girls|twins)\\b`;

/**
 * Contact put with the relative as the subject, or as permission, in any voice: "Grandma Bell can see
 * Oscar", "Tyler will see her when it can be arranged", "Dad will phone you", "her mother may visit as well",
 * "Mum can video call Kacey", "visits from the maternal grandmother", "staying at Dad's every other weekend".
 */
export const RELATIVE_CONTACT = {
  pattern: new RegExp(`\\b${RELATIVE}(?:\\s+[a-z]+){0,2}\\s+${MODAL_VISIT}(?:${VISIT}\\s+${CHILD_OBJECT}|${CALL}\\s+${CHILD_WORD})|\\b${RELATIVE}(?:\\s+[a-z]+){0,2}\\s+(?:can|may)\\s+(?:also\\s+)?visit\\b|\\b(?:dad|mum|mother|father|parents?|daddy|mummy)\\s+${MODAL_VISIT}(?:phone|ring|call|video\\s+call|facetime|see|visit)\\s+(?:you|the\\s+(?:children|baby|boys|girls|kids))\\b|\\b(?:can|may)\\s+(?:also\\s+)?(?:video\\s+call|facetime|skype)\\s+${CHILD_OBJECT}|\\b(?:can|may)\\s+(?:also\\s+)?come\\s+(?:round\\s+|over\\s+)?(?:to|and)\\s+(?:see|meet|visit)\\s+${CHILD_OBJECT}|\\bvisits?\\s+from\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:maternal\\s+|paternal\\s+)?${FAMILY_MEMBER}|\\b(?:stay|stays|staying)\\s+(?:at|with)\\s+(?:dad|mum|daddy|mummy|nan|nana|gran|granny|grandma|grandad|grandparents|[a-z]+'s\\s+(?:dad|mum|nan|gran|grandma|grandad))(?:'s)?\\s+(?:every|each|on|at\\s+weekends|for\\s+(?:the\\s+)?(?:weekend|night))`),
  /** A modal then a call or visit, a visit from someone, or a stay: every match has one. */
  needs: /\b(?:will|can|may|could|going\s+to|able\s+to|allowed\s+to)\s+(?:keep\s+|still\s+|also\s+|now\s+|then\s+)?(?:see|visit|phone|ring|call|video|facetime|meet|spend|skype|come|have\s+time)\b|\bvisits?\s+from\b|\bstay(?:s|ing)?\s+(?:at|with)\b/,
};

/** Family (a relative, or a parent who lives apart) having the children, keeping on seeing them, or the children staying with them. */
const KIN = "(?:dad|daddy|mum|mummy|father|mother|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|grandparents|auntie|aunty|aunt|uncle|cousins?|godparents?)";
const RELATIVE_HAS_THE_CHILDREN = `\\b(?:go|goes|going|come|comes|coming)\\s+(?:round\\s+|over\\s+)?to\\s+(?:their|his|her|[a-z]+'s)\\s+${KIN}'s\\b|\\bspends?\\s+(?:the\\s+night|the\\s+day|the\\s+weekend|weekends|nights|time)\\s+(?:at|with)\\s+(?:their|his|her|[a-z]+'s)\\s+${KIN}\\b|\\b${KIN}(?:\\s+[a-z]+)?\\s+(?:can|may|will|could)\\s+(?:still\\s+|also\\s+)?take\\s+(?:the\\s+)?(?:children|kids|baby|boys|girls|twins|her|him|them)\\s+out\\b|\\bvisits\\s+to\\s+(?:(?:their|his|her|[a-z]+'s)\\s+)?${KIN}\\b|\\b${KIN}(?:\\s+[a-z]+)?\\s+(?:can|may|will|could)\\s+(?:still\\s+|also\\s+)?have\\s+(?:the\\s+)?(?:children|kids|baby|boys|girls|twins|her|him|them)\\s+(?:for|over|to\\s+stay|at|on|every|each|some|most|when|whenever|after|before|during)\\b|\\b(?:${KIN}|[a-z]+)(?:\\s+[a-z]+)?\\s+(?:will|can|may|should)\\s+(?:keep|carry\\s+on|continue|go\\s+on)\\s+(?:seeing|visiting)\\s+${CHILD_OBJECT}|\\bstay(?:s|ing)?\\s+(?:the\\s+night\\s+|overnight\\s+)?(?:at|with)\\s+(?:(?:their|his|her|[a-z]+'s)\\s+)?${KIN}(?:'s)?\\s+(?:every|each|on|at|for|some|most|alternate|other|during|over|in\\s+(?:the\\s+)?(?:school\\s+)?holidays)\\b|\\band\\s+(?:his|her|their)\\s+(?:brothers?|sisters?|siblings?|half-\\w+)\\s+(?:will|can|may)\\s+(?:spend\\s+time\\s+together|see\\s+each\\s+other|meet(?:\\s+up)?)\\b`;

/**
 * Contact with the children put some other way, each behind its own cheap test: anyone seeing them ("Kyle can see
 * the children", "See the kids in the week", "help with seeing the kids"), a child's time with a parent as the
 * subject ("Bailey's time with his father"), visits or any contact arranged in the passive ("visits will be arranged",
 * "any contact between Dean and the children will be arranged").
 */
export const OTHER_CONTACT = {
  pattern: new RegExp(`${ANYONE_SEES_THE_CHILDREN}|${RELATIVE_HAS_THE_CHILDREN}|\\b[a-z]+'s\\s+(?:time|visits?|contact|sessions?|weekends?)\\s+with\\s+(?:his|her|their)\\s+${FAMILY_MEMBER}|\\bvisits(?<!\\b(?:home|our|my|her|his|their|worker's|nurse's)\\s+visits)\\s+(?:will|would|can|should|are\\s+to)\\s+be\\s+(?:arranged|agreed|set\\s+up|offered|organised|sorted|planned)\\b`),
  /** The children after a visit verb, a child's time or visits with someone, visits in the passive, or any contact. */
  needs: /\b(?:see|visit|spend\s+time\s+with|have\s+time\s+with|seeing|visiting|spending\s+time\s+with)\s+(?:the\s+)?(?:children|kids|baby|boys|girls|twins)\b|\b(?:can|may|will|could)\s+(?:still\s+|also\s+)?have\s+(?:the\s+)?(?:children|kids|baby|boys|girls|twins|her|him|them)\b|\b(?:keep|carry\s+on|continue|go\s+on)\s+(?:seeing|visiting)\b|\b(?:go|goes|going|come|comes|coming)\s+(?:round\s+|over\s+)?to\s+\S+\s+\S+'s|\bspends?\s+(?:the\s+night|the\s+day|the\s+weekend|weekends|nights|time)\s+(?:at|with)\b|\btake\s+(?:the\s+)?\w+\s+out\b|\bvisits\s+to\b|\bstay(?:s|ing)?\s+(?:the\s+night\s+|overnight\s+)?(?:at|with)\b|\b(?:brothers?|sisters?|siblings?|half-\w+)\s+(?:will|can|may)\s+(?:spend|see|meet)\b|'s\s+(?:time|visits?|contact|sessions?|weekends?)\s+with\b|\bvisits\s+(?:will|would|can|should|are)\b|\b(?:any|all)\s+(?:future\s+|further\s+)?contact\b/,
};

/** "as set out below:", "in the table below": the details follow in a table of their own. */
const DETAILS_BELOW = /\b(?:set out|shown|listed|given|as)\s+below\b|\bin the (?:table|schedule|plan) below\b|:\s*$/;

const SUPERVISOR = 'who supervises it';
const HOW_OFTEN = 'how often and for how long';

/** The details a contact task should give, each with the pattern that shows it is there. */
/** A time that is only a condition ("when he is in the area", "when Nan feels it is OK") is no timetable. */
const ONLY_A_CONDITION = /^\s*(?:if|when|whenever|as soon as)\b/;
const ANY_TIME = new RegExp(TIME_EXPRESSION.source, 'g');

/** How often contact happens: a time that is more than a condition. */
const SCHEDULE = {
  test(folded: string): boolean {
    ANY_TIME.lastIndex = 0;
    for (let m = ANY_TIME.exec(folded); m; m = ANY_TIME.exec(folded)) {
      if (!ONLY_A_CONDITION.test(m[0])) return true;
      ANY_TIME.lastIndex = m.index + 1;
    }
    return false;
  },
};

const DETAILS: Array<{ part: string; pattern: { test(folded: string): boolean } }> = [
  { part: HOW_OFTEN, pattern: SCHEDULE },
  { part: 'where it takes place', pattern: /\b(?:at|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:centre|center|home|house|office|park|library|venue|room|school|nursery|caf[eé]|hall|flat|contact centre|community|hospital|ward|clinic|prison|church|club|hub)\b|\bvenue\b|\bwhere\b|\b[a-z]+'s\s+(?:home|house|flat)\b/ },
  { part: SUPERVISOR, pattern: /\bsupervised by\b|\bsupervis(?:e|es|or|ing)\b.*\b(?:by|will)\b|\b(?:will|to) supervise\b|\bunsupervised\b/ },
  { part: 'who takes and collects the children', pattern: /\b(?:take(?!\s+place)(?!\s+(?:the\s+)?[a-z]+\s+out\b)|takes(?!\s+place)|bring|brings|collect|collects|drop|drops|pick(?:s)? up|transport|drive|drives|fetch|fetches|escort)\b/ },
];
/** A call or a letter has no venue and nobody to take the children: when (and who listens in) is what it needs. */
// A call made when something happens ("if she feels unsafe") is a safety step, so any time counts for calls.
const REMOTE_DETAILS = [{ part: HOW_OFTEN, pattern: TIME_EXPRESSION }, ...DETAILS.filter((detail) => detail.part === SUPERVISOR)];

/** A prompt needs two or more details missing: one gap alone is often given elsewhere. A call missing when it happens needs only that one. */
const MOST_MISSING_WITHOUT_PROMPT = 1;
const MOST_MISSING_FROM_A_CALL = 0;

/** A purpose line says why ("So that Mia's time with her parents is safe"); one with "will" is an arrangement in the wrong place. */
/** Holds a word from each kind's needs (CONTACT, REMOTE_CONTACT, TIME_WITH_FAMILY, RELATIVE_CONTACT): a line without one cannot match any. */
export const ANY_CONTACT_WORD = /supervis|contact|call|chat|facetime|skype|letter|\b(?:see|visit|spend|meet|phone|ring|stay|come|time|session|overnight|weekend)|\b(?:go|goes|going|coming)\s+(?:round\s+|over\s+)?to\b|\btake\s+(?:the\s+)?\w+\s+out\b|\btexts?\s+(?:his|her|their)\b|\bhave\s+(?:the\s+)?(?:children|kids|baby|boys|girls|twins|her|him|them)\b/;
/** An "if" or "unless" opening the clause the match sits in. */
const CONDITION_BEFORE = /\b(?:if|unless)\b[^,;.]*$/;
const ARRANGES = /\b(?:will|shall|is to|are to)\b/;
/** "This agreement sets out how Amelia will see her dad": about the arrangements, not one of them. */
const ABOUT_ARRANGEMENTS = /\b(?:sets?\s+out|to\s+be\s+clear(?:\s+about)?|make\s+clear|explains?|describes?)\s+(?:how|when|where|what)\b|\bthis\s+(?:agreement|plan)\s+is\s+(?:so\s+that|about|here\s+to|to\s+make\s+sure)\b/;

const SUGGESTION =
  'Mr Smith will see Jo and Sam every Saturday from 10am to 12pm at Oak Tree Family Centre, supervised by Sue Lee (family support worker). Rita Dilley will take the children and collect them.';

export const contactArrangementsRule: ParagraphRule = {
  id: 'contact-arrangements',
  scope: 'paragraph',
  category: 'contact-arrangements',
  severity: 'warning',
  description:
    'A task about supervised contact should say how often and how long, who it is with, who cannot be there, where, who supervises, who takes and collects the children, and the contact numbers.',
  source: cite(CIN_CP, '§2.4 Specific tasks (supervised contact)'),
  messages: {
    missingDetails: 'This contact arrangement does not say {{missing}}. Guidance asks for these details, plus who cannot attend and emergency contact numbers.',
  },
  // A contact arrangement missing its details already asks how often: no vague-task prompt as well.
  hides: ['vague-task'],
  reviewWithAgreement: detailsInTableBelow,
  check({ folded, section, actor }) {
    if (section === 'concerns' || section === 'contingency') return NO_FINDINGS;
    // A purpose paragraph is read only when it arranges something ("will"), before any costly pattern.
    if (section === 'purpose' && !ARRANGES.test(folded)) return NO_FINDINGS;
    // One test for the words any of the four kinds needs: most lines have none and stop here.
    if (!ANY_CONTACT_WORD.test(folded)) return NO_FINDINGS;
    // Under the purpose heading only the cheaper kinds are looked for (the first pattern is costly on long aims).
    let match = section !== 'purpose' && CONTACT.needs.test(folded) ? firstContact(folded) : null;
    let remote = false;
    if (!match && REMOTE_CONTACT.needs.test(folded)) {
      match = REMOTE_CONTACT.pattern.exec(folded);
      // A professional's calls with a parent are their work; with a family member, an arrangement.
      if (match && actor?.kind === 'professional' && !FAMILY_WORD.test(match[0])) match = null;
      remote = !!match;
    }
    // A professional who sees a parent is visiting, not contact.
    if (!match && actor?.kind !== 'professional' && TIME_WITH_FAMILY.needs.test(folded)) match = TIME_WITH_FAMILY.pattern.exec(folded);
    if (!match && actor?.kind !== 'professional' && RELATIVE_CONTACT.needs.test(folded)) match = RELATIVE_CONTACT.pattern.exec(folded);
    if (!match && actor?.kind !== 'professional' && OTHER_CONTACT.needs.test(folded)) match = OTHER_CONTACT.pattern.exec(folded);
    if (!match) return NO_FINDINGS;
    // "If Mum allows Dean unsupervised contact, …": a condition, not an arrangement.
    if (CONDITION_BEFORE.test(folded.slice(0, match.index))) return NO_FINDINGS;
    if (DETAILS_BELOW.test(folded) || ABOUT_ARRANGEMENTS.test(folded)) return NO_FINDINGS;
    // Who supervises is asked of supervised contact; time with a parent nobody supervises does not need it.
    const supervised = /\bsupervis/.test(folded) && !/\bunsupervised\b/.test(folded);
    const missing = (remote ? REMOTE_DETAILS : DETAILS).filter((detail) => (supervised || detail.part !== SUPERVISOR) && !detail.pattern.test(folded)).map((detail) => detail.part);
    if (missing.length <= (remote ? MOST_MISSING_FROM_A_CALL : MOST_MISSING_WITHOUT_PROMPT)) return NO_FINDINGS;
    return [{ start: match.index, end: match.index + match[0].length, messageId: 'missingDetails', data: { missing: missing.join(', ') }, suggestions: [SUGGESTION] }];
  },
};

/** The first cell of a table of tasks or actions, not of a contact timetable. */
const TASK_TABLE_HEADER = /^(?:tasks?|actions?|jobs?|steps?|goals?|outcomes?|who|what|what needs to|what will|worr)/;
/** How far below a contact line its timetable may start (blank paragraphs between). */
const TABLE_WITHIN = 3;

/**
 * "Family time with mum" followed by a timetable: the details are in the table just below, as the
 * guidance's own examples set them out. A table whose cells give a time counts.
 */
function detailsInTableBelow(findings: Finding[], view: DocumentView): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const finding = findings[k];
    if (finding.ruleId !== contactArrangementsRule.id) continue;
    const at = finding.paragraph;
    if (view.blocks[at]?.kind === 'table-cell') continue;
    let next = at + 1;
    while (next < view.blocks.length && next <= at + TABLE_WITHIN && view.blocks[next].kind !== 'table-cell' && !view.texts[next].trim()) next++;
    const table = view.blocks[next];
    if (!table || table.kind !== 'table-cell') continue;
    // A table of everyone's tasks ("Task | When | How we'll check") is not this contact's timetable.
    if (TASK_TABLE_HEADER.test(view.folded[next].trim())) continue;
    let timed = false;
    for (let i = next; i < view.blocks.length && i < next + 40 && view.blocks[i].kind === 'table-cell' && view.blocks[i].table === table.table; i++) {
      if (TIME_EXPRESSION.test(view.folded[i])) {
        timed = true;
        break;
      }
    }
    if (timed) findings.splice(k, 1);
  }
}
