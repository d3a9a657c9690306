// Jargon of the situations a children's social worker meets beyond neglect and domestic abuse, by area, with
// plain alternatives (issue 11: classes across areas the lexicon lacked). Drawn from the three guidance documents
// and from published safeguarding procedures and glossaries for England: female genital mutilation, radicalisation,
// forced marriage, fabricated illness, violence from a teenager to a parent, harmful sexual behaviour, children out
// of school, health and medical neglect, babies before and after birth, young carers, private fostering and online
// harm. Words the labellers of the real-layout sets read as plain stay out: "home conditions",
// "private fostering assessment", "the adult social care worker", "police intelligence suggests", the pre-birth
// conference and a "C&F assessment" (whose capitals the acronym rule asks about). Named assessments (pre-birth,
// carer's) are in jargon-procedure.ts, as the product's definition of jargon names assessments.
import type { JargonEntry } from './jargon-entry';

/**
 * The nouns a professional qualifier names: "Care Act" is plain alone, "a Care Act assessment" is a procedure
 * the family is rarely told the meaning of.
 */
const PROCEDURE_NOUN = /^[\s-]+(?:(?:needs|support|planning|case\s+management)\s+)?(?:assessments?|plans?|planning|conferences?|panels?|referrals?|meetings?|reviews?|decisions?|programmes?|interventions?|duty|process)\b/i;
/** Only an assessment: "an AIM3 assessment", "a rehabilitation assessment". */
const ASSESSMENT_NOUN = /^\s+(?:needs\s+)?assessments?\b/i;
/** The duty to promote a child's welfare, with or without the child named: "promote Ruby's welfare", "promoting the welfare of". */
const WELFARE_AFTER = /^\s+(?:[\p{L}'\u2019-]+\s+){0,2}welfare\b/iu;
/** What exploitation teams disrupt: "disrupt the network", "disrupting the adults exploiting him". */
const EXPLOITERS_AFTER = /^\s+(?:(?:the|any|this|that|their|his|her|these|those)\s+)?(?:[\p{L}'\u2019-]+\s+)?(?:networks?|exploitation|exploiters?|perpetrators?|offenders?|offending|activity|gangs?|groups?|adults|associations?|lines?|supply|dealers?)\b/iu;

export const SITUATION_JARGON: JargonEntry[] = [
  // Qualifiers that are professional only before the procedure they name.
  { terms: ['care act', 'prevent', 'channel', 'best interests', 'human rights', 'return home', 'section 42', 's42'], tail: PROCEDURE_NOUN, plain: ['say what the assessment, plan or meeting is, who does it and what it decides, in everyday words'] },
  { terms: ['aim', 'aim2', 'aim3', 'aim 3', 'rehabilitation'], tail: ASSESSMENT_NOUN, plain: ['say what the assessment is, who does it and what it decides, in everyday words'] },
  // Statutory duties named in the words of the law.
  { terms: ['promote', 'promotes', 'promoting', 'promotion of'], tail: WELFARE_AFTER, plain: ['keep the child safe and well and help them do well'] },
  { terms: ['duty to refer', 'duty to co-operate', 'duty to cooperate', 'duty to assess', 'duty to promote', 'duty to share', 'mandatory reporting', 'mandatory reporting duty', 'sufficiency duty', 'welfare duty', 'general duty', 'statutory guidance', 'working together to safeguard children'], plain: ['what the law says workers must do (say it in everyday words)'] },
  // Female genital mutilation, radicalisation, forced marriage and abuse in the name of honour.
  { terms: ['fgm protection order', 'female genital mutilation protection order', 'forced marriage protection order', 'forced marriage unit', 'one chance rule', 'honour-based abuse', 'honour based abuse', 'honour-based violence', 'honour based violence', 'so-called honour', 'deinfibulation', 'infibulation', 'vulnerability assessment framework', 'port alert', 'all ports warning', 'passport order'], plain: ['say what the worry is and what will be done, in everyday words'] },
  { terms: ['vulnerable to radicalisation', 'vulnerability to radicalisation', 'susceptibility to radicalisation', 'susceptible to radicalisation', 'extremist ideology', 'extremist ideologies', 'extremist narratives', 'unclear ideology', 'mixed ideology', 'intervention provider', 'desistance and disengagement', 'channel panel', 'prevent referral'], plain: ['say what the worry is and who will help, in everyday words'] },
  // Illness a carer makes up or causes, and health neglected.
  { terms: ['fabricated or induced illness', 'fabricated illness', 'induced illness', 'perplexing presentation', 'perplexing presentations', 'medically unexplained symptoms', 'medically unexplained', 'health chronology', 'single health chronology', 'illness-related behaviour', 'alerting signs', 'iatrogenic', 'weight faltering'], plain: ['say what the doctors are worried about, in everyday words'] },
  { terms: ['medical neglect', 'dental neglect', 'health neglect', 'was not brought', 'were not brought', 'not brought policy', 'medication regime', 'medication regimen', 'treatment regime', 'treatment regimen', 'care regime', 'non-adherence', 'non adherence', 'concordance', 'clinical oversight', 'caries', 'sleep hygiene', 'opt-in letter', 'opt in letter'], plain: ['say what health care the child is missing and what must happen, in everyday words'] },
  // Violence from a teenager to a parent, and sexual behaviour that harms.
  { terms: ['adolescent to parent violence', 'adolescent-to-parent violence', 'adolescent to parent violence and abuse', 'child to parent violence', 'child-to-parent violence', 'child on parent violence', 'child-on-parent violence', 'non-violent resistance', 'non violent resistance'], plain: ['say what the child does to the parent, and what the help is, in everyday words'] },
  { terms: ['harmful sexual behaviours', 'problematic sexual behaviour', 'problematic sexual behaviours', 'sexually harmful behaviour', 'sexually harmful behaviours', 'child-on-child abuse', 'child on child abuse', 'peer-on-peer abuse', 'peer on peer abuse', 'peer-on-peer', 'peer on peer', 'traffic light tool', 'brook traffic light tool', 'age-inappropriate sexual', 'age inappropriate sexual', 'sexualised', 'technology-assisted'], plain: ['say what happened or what the worry is, in everyday words'] },
  // Online harm named as workers name it.
  { terms: ['youth produced sexual imagery', 'youth-produced sexual imagery', 'self-generated imagery', 'self-generated images', 'self generated images', 'sexual imagery', 'indecent imagery', 'online harms', 'sextortion', 'image-based abuse', 'image based abuse', 'online grooming'], plain: ['say what happened online, in everyday words (for example, someone asked for photos)'] },
  // Children out of school or missing from it.
  { terms: ['children missing from education', 'child missing from education', 'missing from education', 'fair access panel', 'fair access protocol', 'in-year admission', 'in year admission', 'education otherwise than at school', 'section 19', 'section 444', 'section 436a', 'penalty notice', 'penalty notices', 'fixed penalty notice', 'fixed penalty notices', 'notice to improve', 'attendance legal panel', 'legal intervention', 'attendance prosecution', 'fast track to attendance', 'fast-track to attendance', 'parenting order', 'parenting orders', 'not on roll', 'dual registration', 'dual-registered', 'dual registered', 'suitable education', 'efficient full-time education', 'age, ability and aptitude', 'banding'], plain: ['say what is happening with school and what the school or council will do, in everyday words'] },
  // Babies before birth and after: how the council plans for them.
  { terms: ['separation at birth', 'removal at birth', 'planned separation', 'early permanence', 'concurrency', 'concurrent carers', 'non-mobile', 'non mobile', 'pre-mobile', 'sentinel injury', 'sentinel injuries', 'sudden unexpected death in infancy', 'parent and child assessment', 'parent and baby assessment', 'mother and baby assessment', 'line of sight supervision', 'line-of-sight supervision', 'eyes-on supervision', 'eyes on supervision', "arm's length supervision"], plain: ['say what will happen to the baby and why, in everyday words'] },
  // Young carers and children doing a parent's jobs.
  { terms: ['caring tasks', 'caring role', 'caring roles', 'inappropriate caring', 'excessive caring', 'age-inappropriate', 'age inappropriate', 'parentification', 'parentified'], plain: ['say what jobs the child does at home that are too much for them'] },
  // Private fostering and arrangements made outside the council's care ("prohibit" is the plain verb for the council's
  // power to stop one, and was left unmarked; the noun names the power).
  { terms: ['private fostering arrangement', 'private fostering arrangements', 'privately fostering', 'privately fostered', 'private foster carer', 'private foster carers', 'prohibition', 'disqualified from', 'disqualification'], plain: ['say what the council can stop, or what the arrangement is, in everyday words'] },
  // Exploitation and missing: how police and exploitation teams describe their work.
  { terms: ['disrupt', 'disrupts', 'disrupting', 'disrupted'], tail: EXPLOITERS_AFTER, plain: ['stop the people who are hurting or using the child (say how)'] },
  { terms: ['share intelligence', 'sharing intelligence', 'shared intelligence', 'intelligence sharing', 'intelligence report', 'intelligence reports', 'intelligence picture', 'misper', 'mispers', 'high risk missing', 'medium risk missing', 'low risk missing', 'grab pack', 'grab sheet', 'trigger plan', 'peer associations', 'negative peer associations', 'concerning associations', 'risky associations', 'hidden men', 'hidden males', 'invisible men', 'unknown males', 'nominals', 'locus of concern', 'offending behaviour', 'offending behaviours', 're-offending', 'reoffending', 'schedule 1 offence', 'schedule 1 offences', 'schedule one offence', 'asset plus', 'assetplus', 'motivational work', 'progressed to assessment', 'progressed to strategy', 'progressed to a strategy', 'progressed to section 47', 'progressed to child protection', 'progress to assessment', 'meeting need', 'meet need', 'meets need', 'locations of concern', 'location of concern', 'places of concern', 'adults of concern', 'adult of concern', 'person of concern', 'persons of concern', 'males of concern', 'vehicles of concern', 'return interview', 'return interviews', 'operation encompass', 'encompass notification', 'domestic incident notification', 'domestic abuse notification', 'public protection notice'], plain: ['say what the police or workers will do or know, in everyday words'] },
  // Hoarding and the state of a home measured by tools.
  { terms: ['clutter image rating', 'clutter rating', 'clutter scale', 'self-neglect', 'self neglect', 'category 1 hazard', 'category one hazard', 'housing health and safety rating system'], plain: ['say what must change at home, in everyday words'] },
  // Harm put in workers' words.
  { terms: ['physical chastisement', 'chastisement', 'chastise', 'chastised', 'reasonable punishment', 'care experienced', 'care-experienced', 'escalated to child protection', 'escalate to child protection', 'escalated to a child protection', 'escalated to cp', 'stepped up to child protection', 'hold the risk', 'holding the risk', 'held the risk', 'rehabilitation plan', 'rehabilitation to', 'open to social care', "open to children's social care", "open to children's services", 'open to early help', 'case is open', 'case remains open', 'case will remain open', 'case will be closed', 'case being closed'], plain: ['say what has happened or what will happen, in everyday words'] },
];
