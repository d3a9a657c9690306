// Jargon of child protection and family court procedure, meetings, plans and assessments, and the
// duties the law puts on a council, as classes (issue 11), with plain alternatives. Drawn from the
// three guidance documents and from jargon busters and family court glossaries councils, courts and
// children's rights services publish for parents and children in care. Tests, "child in need" plans
// and reviews, network meetings and parenting assessments are left out: the labellers of fifteen
// sets read them as plain, fourteen times in fifteen.
import type { JargonEntry } from './jargon-entry';

/** A consequence put as what may happen ("may be made subject to a child protection plan"): the threatening rule speaks to it. */
const MADE_SUBJECT_IN_FUTURE = /\b(?:may|might|could|will|would|can)\s+(?:be\s+made|be|become)\s+$|\bbeing\s+made\s+$/i;
/** The same consequence with what the child would be made subject to: "will result in the children being made subject to child protection procedures". */
const MADE_SUBJECT_TO_IN_FUTURE = /\b(?:(?:may|might|could|will|would|can)\s+be|being)\s+made\s+subject\s+to\s+(?:an?\s+|the\s+)?$/i;
/** What "subject to" names when it is a legal status: a plan, an order, a procedure or conditions within four words. */
const NOT_A_STATUS_AFTER = /^(?!\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:plans?|orders?|procedures|proceedings|conditions|planning|a\s+section)\b)/i;
/** A referral, passed on, sent or screened: "a new referral to the front door", "screened by the front door", not "the front door lock". */
const SENT_TO = /\b(?:referral|referrals|refer|refers|referred|contact|contacted|contacts|passed|sent|back|screened|accepted|received|triaged)\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:on\s+|back\s+)?(?:to|via|through|by|at)\s+the\s+$/i;

export const PROCEDURE_JARGON: JargonEntry[] = [
  // A child's legal status in the words of the conference or the court ("subject to a child protection plan").
  { terms: ['subject to'], plain: ['on a child protection plan', 'under a court order (say which)'], notBefore: NOT_A_STATUS_AFTER, notAfter: MADE_SUBJECT_IN_FUTURE },
  { terms: ['outline child protection plan', 'outline cp plan', 'child protection planning', 'cp planning', 'child protection procedures', 'safeguarding procedures', 'child protection processes', 'safeguarding processes'], plain: ['the child protection plan (say what it asks of whom)'], notAfter: MADE_SUBJECT_TO_IN_FUTURE },
  // "Assessed as a child in need": the status the law gives; a child in need plan, review or meeting is named as the family knows it.
  { terms: ['child in need'], plain: ['a child who needs extra help from the council'], onlyAfter: /\b(?:a|as)\s+$/i, notBefore: /^\s+(?:plans?|reviews?|meetings?|team|worker|social\s+worker|paperwork)\b/i },
  { terms: ['significant risk', 'at significant risk'], plain: ['in real danger (say of what)'] },
  { terms: ['category of concern', 'categories of abuse', 'category of harm', 'child protection category', 'category of significant harm'], plain: ['the kind of harm the conference is worried about (say it in everyday words)'] },
  { terms: ['likely to suffer', 'likelihood of significant harm', 'likelihood of harm', 'is suffering, or is likely to suffer'], plain: ['could be seriously hurt or harmed (say how)'] },
  { terms: ['meets the criteria', 'meet the criteria', 'met the criteria', 'meeting the criteria', 'eligibility criteria', 'criteria for'], plain: ['is serious enough for', 'can get'] },
  // Panels that decide, named by their work or in workers' shorthand without an article ("taken to panel").
  { terms: ['complex case panel', 'placement panel', 'resources panel', 'access to resources panel', 'funding panel', 'joint funding panel'], plain: ['the managers who decide (say what they will decide and when)'], event: true },
  { terms: ['panel'], plain: ['the managers who decide (say which meeting)'], onlyAfter: /\b(?:to|at|by|from|through|before)\s+$/i },
  { terms: ['transfer-in conference', 'transfer in conference', 'transfer conference', 'pre-birth child protection conference'], plain: ['the meeting that decides whether the child protection plan carries on (say where and when)'], event: true },
  { terms: ['placement planning meeting', 'placement agreement meeting', 'placement stability meeting', 'stability meeting', 'care planning meeting', 'matching panel', 'permanence planning meeting'], plain: ['a meeting about where the child lives (say who comes and what it decides)'], event: true },
  { terms: ['team around the family', 'team around the child', 'team around the family meeting', 'team around the child meeting'], plain: ['a meeting of the family and the workers helping them'], event: true },
  { terms: ['exploitation panel', 'contextual safeguarding panel', 'complex safeguarding', 'vulnerable adolescents panel', 'risk management panel', 'high risk panel', 'missing and exploitation panel', 'missing panel'], plain: ['a meeting of workers about young people at risk outside the home (say who goes and what it decides)'], event: true },
  { terms: ["clare's law", "clare's law disclosure", 'domestic violence disclosure scheme', 'domestic abuse disclosure scheme', "sarah's law", 'child sex offender disclosure scheme'], plain: ['the police telling a person about a partner\u2019s past violence or offences'] },
  { terms: ['joint investigation', 'joint working', 'single agency investigation', 'single-agency', 'joint agency'], plain: ['say who is checking what, together'] },
  // Family court procedure (family court glossaries written for parents).
  { terms: ['case management conference', 'further case management hearing', "advocates' meeting", 'advocates meeting', "experts' meeting", 'experts meeting', 'interim threshold', 'final threshold', 'threshold findings'], plain: ['a court hearing or lawyers\u2019 meeting (say what it will decide)'], event: true },
  { terms: ['court directions', 'directions of the court', 'leave of the court', 'directed by the court', 'litigation friend', 'non-means tested', 'non means tested', 'intermediary', 'intermediary assessment'], plain: ['say what the court asked for, or who will help, in everyday words'] },
  { terms: ['placement with parents', 'placement with parents regulations', 'care planning regulations', 'placement regulations'], plain: ['the child living at home while in the council\u2019s care'] },
  { terms: ['placement breakdown', 'placement disruption', 'placement stability', 'placement moves', 'placement move', 'placement plan'], plain: ['say what is happening about where the child lives'] },
  { terms: ['duty to investigate', 'duty to safeguard', 'duty to make enquiries', 'statutory responsibilities', 'statutory responsibility', 'legal framework'], plain: ['what the law says the council must do (say it in everyday words)'] },
  // Plans, targets and assessments named as professionals name them.
  { terms: ['smart targets', 'smart goals', 'smart outcomes', 'smart actions', 'outcome measures', 'outcomes framework', 'baseline assessment'], plain: ['say what will change, by when, and how everyone will know'] },
  { terms: ['behaviour management', 'positive behaviour support', 'therapeutic parenting', 'pro-social modelling', 'pro-social', 'psychoeducation', 'psycho-education'], plain: ['say what the help is and who gives it, in everyday words'] },
  { terms: ['section 76', 'section 135', 'section 136', 'mental health act assessment'], plain: ['say what the law allows, in everyday words'] },
  // "A story in words and pictures" describes the work; the tool's name is jargon only as a name.
  { terms: ['skeletal survey', 'words and pictures', 'words and pictures explanation', 'staying put arrangement', 'later life letter', 'later life letters'], plain: ['say what it is and who will do it, in everyday words'], event: true, notAfter: /\b(?:in|own)\s+$/i },
  // Exploitation and how workers disrupt it, as the teams that do it name them.
  { terms: ['cuckooing', 'target hardening', 'push and pull factors', 'pull factors', 'reachable moment', 'teachable moment', 'disruption activity', 'disruption tactics', 'disruption plan', 'disruption plans', 'abduction warning notice', 'child abduction warning notice'], plain: ['say what is happening or what will be done, in everyday words'] },
  // Statutory references by number: "the Regulation 8 panel", "reg 25". The word alone is a rule, not a reference.
  { terms: ['regulation', 'reg', 'regulations'], plain: ['say what the rule means for the family, in everyday words'], notBefore: /^(?!\s+\d{1,3}\b)/ },
  // Signs of Safety words a family hears in meetings but is rarely told the meaning of (the family's own safety plan
  // and safety network are named by the family and left plain, as the labellers of three sets read them).
  { terms: ['scaling', 'safety scaling', 'safety scale', 'safety network review', 'safety network meeting', 'danger scaling'], plain: ['asking everyone to give a score from 0 to 10 for how safe things are'], event: true, notBefore: /^\s+(?:back|up|down)\b/i },
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
  { terms: ['released under investigation', 'achieving best evidence', 'abe interview', 'video-recorded interview', 'visually recorded interview', 'safe and well check', 'safe and well checks'], plain: ['say what the police did or will do, in everyday words'], event: true, plainBesideAcronym: true },
  { terms: ['case recording', 'case recordings', 'case holder', 'case-holder', 'case holding', 'case-holding', 'unallocated', 'closed to children\'s social care', 'closed to social care', 'closed to children\'s services', 'step-down plan', 'step down plan'], plain: ['say what it means for the family (for example, \u201cwe will stop working with you\u201d)'] },
  { terms: ['non-negotiables', 'non-negotiable', 'non negotiable', 'non negotiables'], plain: ['the things that must happen (list them)'] },
  // Teams named by the stage or group of cases they hold, as workers name them among themselves.
  { terms: ['long-term team', 'long term team', 'children with disabilities team', "disabled children's team", 'child in need team', 'children in care team', 'leaving care team', 'care leavers team'], plain: ['the team (give its name and what it will do for the family)'] },
  { terms: ['home conditions audit', 'home conditions assessment', 'home conditions checklist', 'home conditions tool', 'sleeping environment', 'sleep environment'], plain: ['say what will be checked at home, in everyday words'], event: true },
  { terms: ['twin tracking', 'twin-tracking', 'twin tracked'], plain: ['say what the plan is for the children, in everyday words'] },
  { terms: ['parent and child placement', 'mother and baby placement', 'parent and child foster placement', 'mother and baby foster placement', 'parent and baby unit', 'residential parenting assessment', 'form c assessment', 'form f assessment'], plain: ['say where you and the child would live and who would be checking how things go'], event: true },
  { terms: ['paediatric assessment', 'paediatric review', 'paediatric examination', 'paediatric medical'], plain: ['a check by a children\u2019s doctor'], event: true },
  { terms: ['care programme approach', 'perpetrator behaviour', 'perpetrator behaviours', 'perpetrator pattern', 'perpetrator patterns', 'perpetrator work', 'emotional warmth', 'guidance and boundaries', 'case law'], plain: ['say what you mean, in everyday words'] },
];
