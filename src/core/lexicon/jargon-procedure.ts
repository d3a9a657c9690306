// Jargon of child protection and family court procedure, meetings, plans and assessments, and the
// duties the law puts on a council, as classes (issue 11), with plain alternatives. Drawn from the
// three guidance documents and from jargon busters and family court glossaries councils, courts and
// children's rights services publish for parents and children in care. The plans, meetings and assessments the
// product's definition names ("child protection plan", "child in need plan", "parenting assessment") are jargon
// though earlier labellers often read them as plain; tests and network meetings are left out.
import type { JargonEntry } from './jargon-entry';

/** A consequence put as what may happen ("may be made subject to a child protection plan"): the threatening rule speaks to it. */
const MADE_SUBJECT_IN_FUTURE = /\b(?:may|might|could|will|would|can)\s+(?:be\s+made|be|become)\s+$|\bbeing\s+made\s+$/i;
/** What "subject to" names when it is a legal status: a plan, an order, a procedure or conditions within four words. */
const NOT_A_STATUS_AFTER = /^(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:plans?|orders?|procedures|proceedings|conditions|planning|a\s+section)\b)/i;
/** A referral, made, passed on, sent or screened: "a new referral to the front door", "made to the front door", "screened by the front door", not "the front door lock". */
const SENT_TO = /\b(?:referral|referrals|refer|refers|referred|contact|contacted|contacts|passed|sent|back|screened|accepted|received|triaged|made)\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:on\s+|back\s+)?(?:to|via|through|by|at)\s+the\s+$/i;

/** The term inside a condition with no will or would of its own: "if care proceedings are started", "if the council ever starts". */
const PROCEEDINGS_AS_CONDITION = /\b(?:if|once|unless|should)\b(?:(?!\b(?:will|would|shall)\b)[^.,;:!?]){0,60}$/i;

export const PROCEDURE_JARGON: JargonEntry[] = [
  // A child's legal status in the words of the conference or the court ("subject to a child protection plan").
  { terms: ['subject to'], plain: ['on a child protection plan', 'under a court order (say which)'], notBefore: NOT_A_STATUS_AFTER, notAfter: MADE_SUBJECT_IN_FUTURE },
  // The plans and assessments the council makes with a family, by the names workers give them (the definition's own examples).
  { terms: ['child protection plan', 'child protection plans', 'cp plan', 'cp plans', 'child in need plan', 'child in need plans', 'child in need review', 'child in need reviews', 'child in need meeting', 'child in need meetings', 'child in need planning meeting', 'child in need planning'], plain: ['the plan the council makes with you when it is worried about the children (say what it asks of whom)'] },
  { terms: ['parenting assessment', 'parenting assessments', 'parenting capacity assessment', 'pams assessment', 'pams parenting assessment', 'kinship assessment', 'kinship assessments', 'family and friends assessment', 'connected carer assessment', 'connected carers assessment', 'fostering assessment', 'pre-birth assessment', 'pre birth assessment', 'reunification assessment', 'age assessment', 'carer\u2019s assessment', "carer's assessment", "carers' assessment", 'carers assessment', "young carer's assessment", "young carers' assessment", 'young carers assessment', "young carer's needs assessment", 'young carers needs assessment'], plain: ['say who will look at what, how and by when (for example, \u201cRuth will meet you six times to see how you care for the baby\u201d)'] },
  { terms: ['early help hub', 'front door team', 'front door service', 'children\u2019s front door', "children's front door", 'duty and assessment team', 'duty and assessment', 'intake team', 'referral and assessment team', 'first contact team', 'family safeguarding team', 'safeguarding team', 'proceedings team', 'family placement team', 'edge of care team', 'contextual safeguarding team', 'exploitation team', 'adolescent team', 'adolescent support team'], plain: ['the team (give its name, what it does and how to reach it)'] },
  { terms: ['outline child protection plan', 'outline cp plan', 'child protection planning', 'cp planning', 'child protection procedures', 'safeguarding procedures', 'child protection processes', 'safeguarding processes'], plain: ['the child protection plan (say what it asks of whom)'] },
  // "Assessed as a child in need": the status the law gives; a child in need plan, review or meeting is named as the family knows it.
  { terms: ['child in need'], plain: ['a child who needs extra help from the council'], onlyAfter: /\b(?:a|as)\s+$/i, notBefore: /^\s+(?:plans?|reviews?|meetings?|team|worker|social\s+worker|paperwork)\b/i },
  { terms: ['significant risk', 'at significant risk'], plain: ['in real danger (say of what)'] },
  { terms: ['category of concern', 'categories of abuse', 'category of harm', 'child protection category', 'category of significant harm'], plain: ['the kind of harm the conference is worried about (say it in everyday words)'] },
  { terms: ['likely to suffer', 'likelihood of significant harm', 'likelihood of harm', 'is suffering, or is likely to suffer'], plain: ['could be seriously hurt or harmed (say how)'] },
  { terms: ['meets the criteria', 'meet the criteria', 'met the criteria', 'meeting the criteria', 'eligibility criteria', 'criteria for'], plain: ['is serious enough for', 'can get'] },
  // Panels that decide, named by their work, by capitals ("at the MACE panel") or in workers' shorthand without an article ("taken to panel").
  { terms: ['complex case panel', 'placement panel', 'resources panel', 'access to resources panel', 'funding panel', 'joint funding panel'], plain: ['the managers who decide (say what they will decide and when)'] },
  { terms: ['panel'], plain: ['the managers who decide (say which meeting)'], onlyAfter: /\b(?:[Tt]o|[Aa]t|[Bb]y|[Ff]rom|[Tt]hrough|[Bb]efore)\s+(?:the\s+)?(?:[A-Z]{2,}\s+)?$/ },
  { terms: ['transfer-in conference', 'transfer in conference', 'transfer conference', 'pre-birth child protection conference'], plain: ['the meeting that decides whether the child protection plan carries on (say where and when)'] },
  { terms: ['placement planning meeting', 'placement agreement meeting', 'placement stability meeting', 'stability meeting', 'care planning meeting', 'matching panel', 'permanence planning meeting'], plain: ['a meeting about where the child lives (say who comes and what it decides)'] },
  { terms: ['team around the family', 'team around the child', 'team around the family meeting', 'team around the child meeting'], plain: ['a meeting of the family and the workers helping them'] },
  { terms: ['exploitation panel', 'contextual safeguarding panel', 'complex safeguarding', 'vulnerable adolescents panel', 'risk management panel', 'high risk panel', 'missing and exploitation panel', 'missing panel'], plain: ['a meeting of workers about young people at risk outside the home (say who goes and what it decides)'] },
  { terms: ["clare's law", "clare's law disclosure", 'domestic violence disclosure scheme', 'domestic abuse disclosure scheme', "sarah's law", 'child sex offender disclosure scheme'], plain: ['the police telling a person about a partner\u2019s past violence or offences'] },
  { terms: ['joint investigation', 'joint working', 'single agency investigation', 'single-agency', 'joint agency'], plain: ['say who is checking what, together'] },
  // Family court procedure (family court glossaries written for parents).
  { terms: ['case management conference', 'further case management hearing', "advocates' meeting", 'advocates meeting', "experts' meeting", 'experts meeting', 'interim threshold', 'final threshold', 'threshold findings'], plain: ['a court hearing or lawyers\u2019 meeting (say what it will decide)'] },
  { terms: ['court directions', 'directions of the court', 'leave of the court', 'directed by the court', 'litigation friend', 'non-means tested', 'non means tested', 'intermediary', 'intermediary assessment'], plain: ['say what the court asked for, or who will help, in everyday words'] },
  { terms: ['placement with parents', 'placement with parents regulations', 'care planning regulations', 'placement regulations'], plain: ['the child living at home while in the council\u2019s care'] },
  { terms: ['placement breakdown', 'placement disruption', 'placement stability', 'placement moves', 'placement move', 'placement plan'], plain: ['say what is happening about where the child lives'] },
  { terms: ['duty to investigate', 'duty to safeguard', 'duty to make enquiries', 'statutory responsibilities', 'statutory responsibility', 'legal framework'], plain: ['what the law says the council must do (say it in everyday words)'] },
  // Plans, targets and assessments named as professionals name them.
  { terms: ['smart targets', 'smart goals', 'smart outcomes', 'smart actions', 'outcome measures', 'outcomes framework', 'baseline assessment'], plain: ['say what will change, by when, and how everyone will know'] },
  { terms: ['behaviour management', 'positive behaviour support', 'therapeutic parenting', 'pro-social modelling', 'pro-social', 'psychoeducation', 'psycho-education'], plain: ['say what the help is and who gives it, in everyday words'] },
  { terms: ['section 76', 'section 135', 'section 136', 'mental health act assessment'], plain: ['say what the law allows, in everyday words'] },
  { terms: ['skeletal survey', 'staying put arrangement', 'later life letter', 'later life letters'], plain: ['say what it is and who will do it, in everyday words'] },
  // "Short words and pictures", "a story in words and pictures" are plain English; the Signs of Safety tool is named
  // by the work done with it ("words and pictures work", "a words and pictures explanation").
  { terms: ['words and pictures'], tail: /^[\s-]+(?:work|explanations?|sessions?|approach|method|process|tool)\b/i, plain: ['say what it is and who will do it, in everyday words'] },
  // Exploitation and how workers disrupt it, as the teams that do it name them.
  { terms: ['cuckooing', 'target hardening', 'push and pull factors', 'pull factors', 'reachable moment', 'teachable moment', 'disruption activity', 'disruption tactics', 'disruption plan', 'disruption plans', 'abduction warning notice', 'child abduction warning notice'], plain: ['say what is happening or what will be done, in everyday words'] },
  // Statutory references by number: "the Regulation 8 panel", "reg 25". The word alone is a rule, not a reference.
  { terms: ['regulation', 'reg', 'regulations'], plain: ['say what the rule means for the family, in everyday words'], notBefore: /^(?!\s+\d{1,3}\b)/ },
  // Signs of Safety words a family hears in meetings but is rarely told the meaning of (the family's own safety plan
  // and safety network are named by the family and left plain, as the labellers of three sets read them).
  { terms: ['scaling', 'safety scaling', 'safety scale', 'safety network review', 'safety network meeting', 'danger scaling'], plain: ['asking everyone to give a score from 0 to 10 for how safe things are'], notBefore: /^\s+(?:back|up|down)\b/i },
  // Team and service names used as common nouns for where a worry is sent.
  { terms: ['front door'], plain: ['the council\u2019s team that takes new worries about children (give its name and number)'], onlyAfter: SENT_TO },
  { terms: ['integrated front door', 'single point of access', 'single point of contact', 'targeted youth support', 'first response team', 'education welfare service', 'education welfare team'], plain: ['the team (give its name and number)'] },
  // Night shift (6 December), classes social workers write and parents are rarely told the meaning of: the
  // council's protocols, risk graded as it grows, the Home Office's exploitation decisions, police outcomes and
  // interviews, how a case is held, closed or passed on, Signs of Safety "non-negotiables", where a parent and baby are
  // assessed together, children's doctors' checks, the domains an assessment scores, and case law.
  { terms: ['protocol', 'protocols'], plain: ['the council\u2019s rules for this (say what they mean for the family)'] },
  { terms: ['escalating risk', 'escalating risks', 'risk is escalating', 'risks are escalating', 'risk has escalated', 'risks have escalated', 'significant and escalating', 'risk of escalation'], plain: ['the danger is growing (say what is happening)'] },
  { terms: ['national referral mechanism', 'reasonable grounds decision', 'conclusive grounds decision', 'conclusive grounds'], plain: ['the Home Office\u2019s check of whether a young person has been exploited'], plainBesideAcronym: true },
  { terms: ['released under investigation', 'achieving best evidence', 'abe interview', 'video-recorded interview', 'visually recorded interview', 'safe and well check', 'safe and well checks'], plain: ['say what the police did or will do, in everyday words'], plainBesideAcronym: true },
  { terms: ['case recording', 'case recordings', 'case holder', 'case-holder', 'case holding', 'case-holding', 'unallocated', 'closed to children\'s social care', 'closed to social care', 'closed to children\'s services', 'step-down plan', 'step down plan'], plain: ['say what it means for the family (for example, \u201cwe will stop working with you\u201d)'] },
  { terms: ['non-negotiables', 'non-negotiable', 'non negotiable', 'non negotiables'], plain: ['the things that must happen (list them)'] },
  // Teams named by the stage or group of cases they hold, as workers name them among themselves.
  { terms: ['long-term team', 'long term team', 'children with disabilities team', "disabled children's team", 'child in need team', 'children in care team', 'leaving care team', 'care leavers team'], plain: ['the team (give its name and what it will do for the family)'] },
  { terms: ['home conditions audit', 'home conditions assessment', 'home conditions checklist', 'home conditions tool', 'sleeping environment', 'sleep environment'], plain: ['say what will be checked at home, in everyday words'] },
  { terms: ['twin tracking', 'twin-tracking', 'twin tracked'], plain: ['say what the plan is for the children, in everyday words'] },
  { terms: ['parent and child placement', 'mother and baby placement', 'parent and child foster placement', 'mother and baby foster placement', 'parent and baby unit', 'residential parenting assessment', 'form c assessment', 'form f assessment'], plain: ['say where you and the child would live and who would be checking how things go'] },
  { terms: ['paediatric assessment', 'paediatric review', 'paediatric examination', 'paediatric medical'], plain: ['a check by a children\u2019s doctor'] },
  { terms: ['care programme approach', 'perpetrator behaviour', 'perpetrator behaviours', 'perpetrator pattern', 'perpetrator patterns', 'perpetrator work', 'emotional warmth', 'guidance and boundaries', 'case law'], plain: ['say what you mean, in everyday words'] },
  // From the three guidance documents, read line by line, and from published safeguarding glossaries, family court
  // glossaries and jargon busters written for parents and children in care (issue 11, by class): meetings by name,
  // the steps a council takes towards court, plans and assessments by name.
  { terms: ['strategy discussions', 'strategy meetings', 'strat meeting', 'strat discussion', 'review child protection conference', 'review child protection conferences', 'pre-birth conference', 'pre birth conference', 'pre-birth planning meeting', 'multi-agency risk assessment conference', 'risk assessment conference', 'multi-agency public protection arrangements', 'public protection arrangements', 'legal strategy meeting', 'child action meeting', 'team around the school', 'placement review meeting', 'serious case review', 'child safeguarding practice review', 'local child safeguarding practice review', 'rapid review', 'learning review', 'child death review'], plain: ['a meeting (say who comes, what it decides, and whether the family can take part)'] },
  // The court case itself, as the council threatens or starts it ("we will start care proceedings", "care proceedings
  // will be started"): a term of family court procedure (the definition), as the labellers of the later sets read it.
  // The legal notice's condition ("it could be shown to a court if care proceedings are started") says what the
  // agreement may be used for and was left plain in every set.
  { terms: ['care proceedings'], notAfter: PROCEEDINGS_AS_CONDITION, plain: ['a court case where the council asks a judge to decide whether the children should be taken into care'] },
  { terms: ['issue proceedings', 'issues proceedings', 'issue care proceedings', 'issuing proceedings', 'issuing care proceedings', 'issued proceedings', 'issued care proceedings', 'issue court proceedings', 'issuing court proceedings', 'initiate proceedings', 'initiate care proceedings', 'initiating proceedings', 'initiating care proceedings', 'instigate proceedings', 'instigate care proceedings', 'letter before issue', 'immediate issue', 'issue an application'], plain: ['ask the family court to decide (say what the council would ask the court for)'] },
  { terms: ['pathway plans', 'pathway assessment', 'personal education plans', 'plan for permanence', 'permanence plan', 'permanency plan', 'education, health and care plan', 'education, health and care plans', 'education health and care plan', 'education, health and care needs assessment', 'positive handling plan', 'discharge plan', 'transition plan', 'transition planning', 'safe care plan', 'safe caring plan', 'safer caring plan', 'safe care arrangements', 'pre-birth plan', 'pre birth plan', 'pre-birth planning', 'risk management plan', 'safety and support plan'], plain: ['the plan (say what it is for, who writes it and what it asks of whom)'] },
  { terms: ['child protection assessment', 'common assessment framework', 'assessment framework', 'framework for assessment', 'assessment triangle', 'psychosexual assessment', 'specialist risk assessment', 'risk of harm assessment', 'strengths-based assessment', 'addendum assessment', 'addendum report', 'addendum'], plain: ['say what is being looked at, by whom and by when, in everyday words'] },
  // The definition's own examples written as workers write them: the Public Law Outline by its letters (not inside a
  // letter's reference, "PLO/26/0412"), and the Multi-Agency Safeguarding Hub as "the MASH" (in capitals: "mash" is food).
  { terms: ['plo', 'plo process', 'plo meeting', 'plo letter', 'plo stage'], plain: ['the stage before the council may go to court, when you can get free legal advice'], notBefore: /^\s*\// },
  { terms: ['mash', 'mash screening'], plain: ['the council\u2019s team that takes new worries about children (give its name and number)'], writtenAs: /^MASH/ },
  // The parent workers rely on to keep a child safe from the other, named by that role, and Working Together 2023's
  // words for a level of help and for families making the plan.
  { terms: ['protective parent', 'protective parents', 'protective carer', 'non-abusing parent', 'non abusing parent', 'non-offending parent', 'non offending parent', 'targeted family help', 'family group decision making', 'family group decision-making'], plain: ['say who will do what to keep the children safe, or what help is offered, in everyday words'] },
  // Meetings, risk checklists and statuses named by their initials, as workers write them: a conference by its
  // letters is as much a meeting's name as spelled out (the definition's "MASH" and "PLO"), and the later sets'
  // labellers marked them so (earlier labels of the acronym alone were corrected). In capitals only ("dash" is a
  // word); spelled out in the agreement, they are its terms (the acronym rule's definitions cover them).
  { terms: ['icpc', 'icpcs', 'rcpc', 'rcpcs', 'cpc', 'marac', 'maracs', 'mappa'], plain: ['say what the meeting is, who goes and what it decides, in everyday words'], writtenAs: /^[A-Z]{2}/ },
  { terms: ['dash', 'chc', 'cpa', 'pprc'], plain: ['say what the check or label is and what it means for the family, in everyday words'], writtenAs: /^[A-Z]{2}/ },
  // Practice models and the words of their tools, named as the workers who use them name them.
  { terms: ['signs of safety', 'signs of safety approach', 'signs of safety model', 'good lives', 'good lives model', 'good lives approach', 'think family', 'think family approach', 'family safeguarding model', 'complicating factors', 'existing safety', 'ideological mentoring', 'theological mentoring', 'channel intervention', 'prevent duty'], plain: ['say what the worker will do with the family, in everyday words'] },
  // Kinds of neglect and harm as assessments grade them.
  { terms: ['supervisory neglect', 'educational neglect', 'emotional neglect', 'physical neglect', 'nutritional neglect', 'risk outside the home', 'risks outside the home', 'harm outside the home', 'extra-familial risk', 'extra familial risk', 'extra-familial risks'], plain: ['say what has happened or what the worry is, in everyday words'] },
  { terms: ['mediation information and assessment meeting', 'safeguarding letter', 'psychiatric liaison', 'risk indicator checklist', 'audit-c'], plain: ['say what it is and who will do it, in everyday words'] },
];
