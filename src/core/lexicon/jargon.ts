// Social-care and bureaucratic jargon with plain alternatives. Written by the team as data:
// each entry is a phrase (matched as whole words, case-insensitive, smart quotes folded) and
// one or more plain-English alternatives a family would understand. The classes of procedure and of
// everyday words with a professional meaning are in jargon-procedure.ts and jargon-everyday.ts.
import type { JargonEntry } from './jargon-entry';
import { PROCEDURE_JARGON } from './jargon-procedure';
import { EVERYDAY_JARGON } from './jargon-everyday';
import { SITUATION_JARGON } from './jargon-situations';
import { SERVICE_JARGON } from './jargon-services';

export type { JargonEntry } from './jargon-entry';

/** The council asking a court for something: "we will seek", "apply to the court for", "ask the court to make". */
const SOUGHT = /\b(?:seek|seeks|seeking|sought|apply|applies|applying|applied|application|ask(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:family\s+)?(?:court|judge)|go(?:es|ing)?\s+to\s+court|obtain(?:s|ed|ing)?|request(?:s|ed|ing)?)\b[^.;:!?]{0,40}$/i;
/** A person's role or a team named by the work it does ("the early help worker", "the school's safeguarding lead"): it says who someone is. */
const WORKER_OR_TEAM = /^\s+(?:(?:family|support|key)\s+)*(?:lead|leads|officer|officers|worker|workers|practitioner|practitioners|team|coordinator|co-ordinator|hub|nurse)\b/i;
/** What follows a service's name when the sentence is about the service itself: who works there, what it is, its support, the family's plan with it. */
const SERVICE_DESCRIBED = new RegExp(`${WORKER_OR_TEAM.source}|^\\s+(?:is|support|plans?)\\b`, 'i');
/** What a worker passes up the line, or where to: "escalate to the manager", "escalate this", "escalate as needed". */
const PASSED_UP_AFTER = /^\s+(?:to|through|via|up|within|straight\s+away|as\s+(?:needed|required|necessary|appropriate|per)|concerns?|worries|any|this|it|that|matters?|the\s+(?:case|matter|concerns?|worries|referral|plan))\b/i;
/** A row, a fight or a worry that escalates grows worse: everyday English. */
const GROWING_WORSE_BEFORE = /\b(?:arguments?|rows?|fights?|things|behaviou?r|violence|situations?|tensions?|shouting|it|conflict|incidents?)\s+(?:\w+\s+)?$/i;
/** A person stepping up or down in everyday speech: "Dad will step up and do the school run", "stepped down from his job". */
const PERSONAL_STEP_AFTER = /^\s+(?:and|as)\b|^\s+from\s+(?:(?:his|her|their|my|your|the|a)\s+)?(?:\w+\s+)?(?:job|role|post|position|shifts?|work|committee|board)\b/i;
/** An amount that grows, not a change of service level: "family time is stepped up in stages", "stepped up to three hours". */
const GROWING_AMOUNT = /^\s+(?:in\s+(?:stages|steps)|gradually|slowly|bit\s+by\s+bit|over\s+(?:time|the\s+next)|each\s+(?:week|month|time)|to\s+(?:\w+\s+)?(?:hours?|nights?|days?|overnights?|weekends?|times?|sessions?|visits?)\b|to\s+(?:once|twice|one|two|three|four|five|six|\d))/i;

/** A tool named as the one a session works with: "using the Three Houses", "with the 'My three houses' worksheet". */
const USING_A_TOOL = /\b(?:using|with)\s+(?:the\s+|a\s+)?['\u2018"\u201c]?(?:my\s+)?$/i;

const CORE_JARGON: JargonEntry[] = [
  { terms: ['core group', 'core group meeting', 'core groups'], plain: ['meeting of the family and the professionals working with them'] },
  { terms: ['core agencies'], plain: ['the services working with your family'] },
  // The meeting by its name, with its stage or without: the definition names meetings, and the labellers of the later
  // sets marked "a child protection conference" as they marked the initial and review ones (earlier sets left the
  // bare name plain a few times; those labels were corrected).
  { terms: ['child protection conference', 'child protection conferences', 'cp conference', 'initial child protection conference', 'case conference'], plain: ['meeting to decide whether the children need a child protection plan'] },
  { terms: ['strategy discussion', 'strategy meeting'], plain: ['meeting between social care, police and health to decide what to do next'] },
  { terms: ['section 47', 'section 47 enquiry', 'section 47 enquiries', 's47', 's.47', 's47 enquiry', 's.47 enquiry', 'child protection enquiry', 'child protection enquiries'], plain: ['an investigation into whether a child is being harmed'] },
  // A section of the Children Act named by its number, in full or in workers' shorthand ("s.31", "S20").
  { terms: ['section 20', 'section 17', 'section 31', 'section 34', 's20', 's.20', 's17', 's.17', 's31', 's.31', 's34', 's.34'], plain: ['say what the law allows in everyday words'] },
  // "Pre-proceedings written agreement" names the kind of document the family holds, as a court order's name does.
  { terms: ['public law outline', 'pre-proceedings', 'pre proceedings'], plain: ['the stage before the council may go to court, when you can get free legal advice'], notBefore: /^\s+(?:written\s+)?agreements?\b/i },
  // Not a doorway's threshold ("the threshold of the front door").
  { terms: ['threshold', 'thresholds', 'threshold criteria', 'significant harm threshold'], plain: ['the level of worry at which we must act'], notBefore: /^\s+(?:of|at|to)\s+(?:the\s+|a\s+|their\s+|your\s+)?(?:front\s+|back\s+|kitchen\s+|bedroom\s+)?(?:door|doorway|room|house|flat|home|step)\b/i, notAfter: /\b(?:door|doorway)\s+$/i },
  { terms: ['step down', 'stepped down', 'step-down', 'step up', 'stepped up', 'step-up'], plain: ['move to more (or less) support', 'ask for more help from'], notBefore: new RegExp(`${GROWING_AMOUNT.source}|${PERSONAL_STEP_AFTER.source}`, 'i') },
  { terms: ['disguised compliance'], plain: ['saying you will do things but not doing them'] },
  { terms: ['parenting capacity'], plain: ['how well you can look after the children'] },
  // Formal verbs for workers arranging things: beside an unexplained acronym ("liaise with CAMHS", "convene a TAC"),
  // the acronym is the line's problem and these are left (the labellers of nineteen sets marked the acronym alone
  // on every such line, eight times in eight). Alone they stay jargon, as the product's own corpus marks them
  // (lines.txt and the filled template), though three real-layout lines were left unmarked.
  { terms: ['liaise', 'liaising', 'liaises', 'liaison'], plain: ['talk to', 'keep in touch with'], plainBesideAcronym: true },
  { terms: ['facilitate', 'facilitated', 'facilitates', 'facilitating'], plain: ['arrange', 'help with', 'run'], plainBesideAcronym: true },
  // Not giving a talk or a piece of work ("presenting his project at assembly").
  { terms: ['presenting', 'presenting needs', 'presenting concerns', 'presenting issues'], plain: ['the worries we have now'], notBefore: /^\s+(?:his|her|their|my|your|a|an|it|this|at|to|the\s+(?:\w+\s+)?(?:project|work|award|prize|certificate|talk|assembly|poster))\b/i },
  { terms: ['safeguarding concerns', 'safeguarding issues', 'safeguarding needs', 'safeguarding measures'], plain: ['worries about the children\u2019s safety'] },
  { terms: ['safeguard', 'safeguarding'], plain: ['keep safe', 'keeping the children safe'], notBefore: WORKER_OR_TEAM },
  { terms: ['protective factors'], plain: ['the things that help keep the children safe'] },
  { terms: ['risk factors'], plain: ['the things that could put the children at risk'] },
  { terms: ['mitigate', 'mitigated', 'mitigating'], plain: ['reduce', 'make smaller'] },
  // "Engage with the drug service" reads as plain English to a parent (WRITER.md gives "engage with services" as a
  // vague task, and eleven labellers of the real-layout sets left the verb clean); the noun is how workers grade a family.
  { terms: ['engagement'], notBefore: /^\s+(?:party|ring)\b/i, plain: ['going to', 'taking part in', 'meeting with'], note: 'say what the person did or will do' },
  { terms: ['non-engagement', 'non engagement', 'non-compliance', 'non compliance'], plain: ['not keeping to what was agreed'] },
  { terms: ['compliance', 'compliant', 'comply with', 'complies with', 'complied with', 'complying with'], plain: ['keep to the agreement', 'do what was agreed', 'follow'], notBefore: /^\s+(?:this|the|these|our|your)\s+(?:written\s+)?(?:agreement|plan|letter|expectations|rules)\b/i },
  { terms: ['implement', 'implemented', 'implementation'], plain: ['carry out', 'put in place', 'start'] },
  { terms: ['utilise', 'utilised', 'utilising'], plain: ['use'] },
  { terms: ['commence', 'commenced', 'commencing'], plain: ['start', 'begin'] },
  { terms: ['prior to'], plain: ['before'] },
  { terms: ['in relation to', 'with regard to', 'with regards to', 'in respect of'], plain: ['about'] },
  { terms: ['in order to'], plain: ['to'] },
  { terms: ['in the event that', 'in the event of'], plain: ['if'] },
  { terms: ['adhere to', 'adhering to', 'adherence'], plain: ['keep to', 'follow'] },
  { terms: ['ascertain', 'ascertained'], plain: ['find out'] },
  { terms: ['endeavour', 'endeavours'], plain: ['try'] },
  { terms: ['multi-agency', 'multiagency', 'multi agency'], plain: ['the different services working with your family'] },
  { terms: ['partner agencies'], plain: ['the other services involved'] },
  // Not the pay and leave the law gives a worker ("statutory sick pay").
  { terms: ['statutory', 'statutory intervention', 'statutory services'], plain: ['required by law'], notBefore: /^\s+(?:sick|maternity|paternity|adoption|redundancy|shared\s+parental|holiday|annual)\b/i },
  { terms: ['intervention', 'interventions'], plain: ['help', 'support', 'action we take'] },
  { terms: ['assessment of need', 'single assessment', 'viability assessment', 'viability', 'full assessment'], plain: ['say what the assessment is and who will do it'] },
  { terms: ['toxic trio'], plain: ['say which worries you mean (drinking or drugs, mental health, violence at home)'] },
  { terms: ['looked-after', 'looked after child', 'looked after children', 'child looked after', 'children looked after'], plain: ['in care'] },
  { terms: ['contact arrangements'], plain: ['when, where and how the children will see family members'] },
  // A job title says who someone is, as a name does: "the school's designated safeguarding lead" is left plain.
  { terms: ['lead professional'], plain: ['the main worker for your family (give their name)'] },
  // "Early help is your choice", "early help support lasts six months": a sentence about the service by its name says
  // what it is (labellers of three sets left each plain); offered as a level of help ("early help if needed"), it is jargon.
  { terms: ['early help', 'early help assessment'], plain: ['support for families from local services'], notBefore: SERVICE_DESCRIBED },
  { terms: ['signpost', 'signposted', 'signposting'], plain: ['tell you about', 'give you details of'] },
  { terms: ['refer on', 'onward referral'], plain: ['ask another service to help'] },
  { terms: ['holistic', 'holistically'], plain: ['whole', 'looking at everything'] },
  { terms: ['outcomes-focused', 'outcome focused', 'outcomes focused'], plain: ['say what will be different for the child'] },
  { terms: ['therapeutic intervention', 'therapeutic input', 'therapeutic work'], plain: ['counselling or therapy (say which)'] },
  { terms: ['direct work'], plain: ['time spent with the children, talking and playing, to understand how they feel'] },
  { terms: ['evidence-based', 'evidence based'], plain: ['proven'] },
  { terms: ['capacity to change'], plain: ['whether things can change in time for the children'] },
  { terms: ['insight'], plain: ['understanding'], note: 'say what the person will do that shows understanding' },
  // Not a file sent with an email ("as an attachment").
  { terms: ['attachment', 'attachment needs'], plain: ['the bond between the child and the people who care for them'], notAfter: /\b(?:an|e-?mail)\s+$/i, notBefore: /^\s+(?:to|on|in)\s+(?:the\s+|an?\s+|your\s+|my\s+|her\s+|his\s+)?(?:e-?mail|text|message)/i },
  { terms: ['reg 24', 'regulation 24'], plain: ['a short-term arrangement for a relative or friend to look after the child'] },
  { terms: ['accommodated', 'accommodation under'], plain: ['looked after by the council with your agreement'] },
  { terms: ['going forward', 'moving forward'], plain: ['from now on'] },
  { terms: ['touch base'], plain: ['check in with'] },
  { terms: ['robust'], plain: ['strong', 'reliable'] },
  { terms: ['appropriate adult'], plain: ['a named adult the social worker has agreed'] },
  { terms: ['basic care needs'], plain: ['food, clean clothes, washing, sleep and a safe home (say which)'] },
  // "Substance use" was read as plain by held-out-20's labeller; "misuse" is how workers grade it.
  { terms: ['substance misuse', 'parental substance misuse'], plain: ['drinking alcohol or taking drugs (say which)'] },
  { terms: ['convene', 'convened', 'convening'], plain: ['hold', 'arrange'], plainBesideAcronym: true },
  { terms: ['deemed'], plain: ['judged', 'thought'] },
  { terms: ['aforementioned', 'herein', 'hereby', 'thereof', 'whereby'], plain: ['write the name or thing again'] },
  // Family court and child protection procedure, from the three guidance documents and published
  // letters before proceedings, PLO letters, safety plans and family time agreements (issue 11).
  { terms: ['public law proceedings'], plain: ['when the council asks a family court to decide where the children live and who makes decisions about them'] },
  { terms: ['pre-proceedings meeting', 'pre proceedings meeting', 'pre-proceedings letter'], plain: ['a letter (or meeting) to say the council is thinking about going to court, and that you can get free legal advice'] },
  { terms: ['legal planning meeting', 'legal gateway', 'legal gateway meeting', 'legal gateway panel', 'legal planning'], plain: ['a meeting where the council and its lawyers decide whether to go to court'] },
  { terms: ['special guardianship', 'special guardian', 'special guardians'], plain: ['a relative or friend bringing up the child until they are 18, under a court order'] },
  { terms: ['section 37', 'section 38', 's37', 's.37', 's38', 's.38'], plain: ['say what the court has asked for in everyday words'] },
  { terms: ['child protection review conference', 'child protection review'], plain: ['the meeting that checks how the child protection plan is going'] },
  { terms: ['graded care profile', 'graded care profile 2', 'gcp2', 'gcp 2'], plain: ['a way of looking at how well a child\u2019s everyday needs are met, done with you'] },
  { terms: ['genogram', 'genograms', 'ecomap', 'eco-map', 'eco map'], plain: ['a family tree', 'a drawing of who is important to the family'] },
  { terms: ['chronology', 'chronologies'], plain: ['a list of what has happened and when'] },
  { terms: ['risk assessment', 'risk assessments'], plain: ['a check of how safe things are'] },
  { terms: ['connected persons assessment', 'special guardianship assessment', 'core assessment', 'initial assessment', 'child and family assessment', 'residential assessment'], plain: ['say what the assessment is and who will do it'] },
  // "Kinship" is the word kinship carers use of themselves (their training, allowance and assessment were left plain
  // by held-out-21's labeller every time); "connected person" is the council's.
  { terms: ['connected person', 'connected persons', 'connected carer', 'connected carers'], plain: ['a relative or family friend who looks after the child'] },
  { terms: ['looked after review', 'looked after child review', 'looked after children review'], plain: ['the meeting that checks the plan for a child in care'] },
  { terms: ['life story work'], plain: ['helping the child understand their own story, with photos and words'] },
  { terms: ['significant harm'], plain: ['serious harm to the child (say what)'] },
  { terms: ['respite', 'respite care'], plain: ['a short break', 'time away'] },
  { terms: ['wishes and feelings'], plain: ['what the children think and want'] },
  { terms: ['voice of the child', 'lived experience', 'lived experiences'], plain: ['what life is like for the child, in their own words'] },
  { terms: ['reunification'], plain: ['the children coming back home'] },
  { terms: ['permanence', 'permanency', 'permanency planning', 'permanence planning'], plain: ['where the child will live for the rest of their childhood'] },
  { terms: ['pathway plan', 'personal education plan'], plain: ['say which plan and what it is for'] },
  { terms: ['universal services', 'targeted services', 'continuum of need', 'level of need'], plain: ['say which service will help'] },
  { terms: ['adverse childhood experiences'], plain: ['hard things that happened in childhood'] },
  { terms: ['trauma-informed', 'trauma informed', 'strengths-based', 'strengths based', 'co-production', 'co-produced', 'co-produce'], plain: ['say what you will do and how'] },
  { terms: ['cumulative harm'], plain: ['harm that builds up over time'] },
  { terms: ['dysregulated', 'dysregulation', 'emotional dysregulation'], plain: ['upset and finding it hard to calm down'] },
  { terms: ['child protection medical'], plain: ['a check by a children\u2019s doctor to see if a child has been hurt'] },
  { terms: ['child protection register'], plain: ['a child protection plan (say what it means)'] },
  { terms: ['allocated social worker', 'allocated worker'], plain: ['your social worker (give the name)'] },
  { terms: ['case closure'], plain: ['when we stop working with your family'] },
  { terms: ['hair strand toxicology', 'toxicology'], plain: ['a hair test that shows drug or alcohol use'] },
  { terms: ['parental capacity'], plain: ['how well you can look after the children'] },
  { terms: ['developmental milestones', 'developmental needs'], plain: ['the things children usually learn to do by a certain age'] },
  { terms: ['harmful sexual behaviour'], plain: ['say what the worry is in everyday words'] },
  { terms: ['missing episode', 'missing episodes'], plain: ['times the child went missing'] },
  { terms: ['return home interview'], plain: ['a talk with your child after they have been missing'] },
  { terms: ['non-abusing parent'], plain: ['use the parent\u2019s name'] },
  { terms: ['de-escalate', 'de-escalation', 'de-escalating'], plain: ['calm things down'] },
  { terms: ['cease', 'ceases', 'ceased', 'cessation'], plain: ['stop'] },
  { terms: ['abstinent', 'abstinence', 'abstain from', 'abstaining from'], plain: ['not drink alcohol or take drugs (say which)'] },
  { terms: ['stakeholders', 'stakeholder'], plain: ['the people involved (name them)'] },
  // Meetings, plans and tools named the way professionals name them (issue 11: classes, not phrases).
  { terms: ["professionals' meeting", 'professionals meeting', "professionals' meetings", 'discharge planning meeting', 'discharge planning'], plain: ['a meeting of the workers involved (say who, and whether the family is invited)'] },
  { terms: ['category of neglect', 'category of emotional abuse', 'category of physical abuse', 'category of sexual abuse', 'under the category of'], plain: ['because of worries about (say what, in everyday words)'] },
  { terms: ['to evidence', 'evidenced', 'evidencing'], plain: ['show'], note: 'say what the person will do that others can see' },
  { terms: ['pastoral support', 'pastoral support package', 'pastoral support plan', 'support package', 'package of support', 'care package'], plain: ['the help (say what it is and who gives it)'] },
  { terms: ['reasonable adjustments'], plain: ['changes to make things easier (say which)'] },
  { terms: ['sensory processing', 'sensory processing needs', 'sensory needs', 'unmet needs'], plain: ['say what the child finds hard in everyday words'] },
  { terms: ['danger statement', 'danger statements', 'safe and together', 'safety mapping'], plain: ['say what the worry is, or what the work is, in everyday words'] },
  { terms: ['management transfer'], plain: ['a move to another council home'] },
  // The words a social worker writes and a parent would not use, by class (issue 11, held-out-4): what a
  // parent is judged on, how workers describe their own work, health and school terms, and the names of
  // tools, levels and stages used as common nouns. Court orders are not here: their names are the ones on
  // the family's papers.
  { terms: ['protective capacity', 'protective parenting', 'protective behaviours', 'protective adult', 'protective adults'], plain: ['keeping the children safe (say what the parent will do)'] },
  { terms: ['sustained change', 'sustainable change', 'sustained improvement', 'sustained improvements', 'evidence of change'], plain: ['changes that last (say which and for how long)'] },
  { terms: ['manage risk', 'manage the risk', 'manage risks', 'managing risk', 'managing the risk', 'risk management', 'risk-manage', 'risk manage'], plain: ['keep the children safe (say how)'] },
  { terms: ['risk indicators', 'indicators of risk', 'indicators'], plain: ['warning signs'] },
  { terms: ['county lines'], plain: ['young people being made to carry or sell drugs for gangs'] },
  { terms: ['contextual safeguarding', 'extra-familial harm', 'extra familial harm'], plain: ['dangers to the child outside the family, such as from other young people or adults they meet'] },
  { terms: ['universal plus', 'universal partnership plus', 'targeted support', 'targeted early help', 'tier 2', 'tier 3', 'tier 4'], plain: ['say what help the family will get and from whom'] },
  { terms: ['relapse signature', 'relapse indicators', 'relapse prevention', 'relapse prevention plan'], plain: ['the early signs that someone is becoming unwell again (say what they are)'] },
  { terms: ['harm reduction', 'dual diagnosis'], plain: ['say what the help is in everyday words'] },
  { terms: ['parent-infant interaction', 'parent–infant interaction', 'parent-child interaction', 'parent–child interaction', 'parent-infant relationship', 'attunement', 'attuned'], plain: ['how the parent and baby respond to each other'] },
  { terms: ['emotional regulation', 'self-regulation', 'co-regulation', 'co-regulate', 'emotional literacy', 'emotionally available', 'emotional availability'], plain: ['say what the child or parent will do, in everyday words'] },
  { terms: ['hypervigilant', 'hypervigilance', 'reflective functioning', 'mentalisation', 'mentalising', 'secure base', 'good enough parenting'], plain: ['say what you have seen, in everyday words'] },
  { terms: ['glycaemic control', 'glycemic control', 'blood glucose control'], plain: ['keeping blood sugar steady'] },
  { terms: ['non-accidental injury', 'non accidental injury', 'non-accidental injuries', 'faltering growth', 'failure to thrive', 'developmental delay'], plain: ['say what has happened to the child in everyday words'] },
  { terms: ['medication compliance', 'treatment adherence', 'clinically indicated'], plain: ['taking the medicine as the doctor says'] },
  { terms: ['disclosed', 'disclosure', 'made a disclosure', 'disclosures'], plain: ['told', 'said'] },
  { terms: ['service user', 'service users', 'caseload', 'lead agency', 'gatekeeping', 'resource panel'], plain: ['say who you mean'] },
  { terms: ['undertake', 'undertakes', 'undertaken'], plain: ['do', 'carry out'] },
  // "undertaking the assessment" is the verb; "this undertaking", "a written undertaking" names the document, a promise.
  { terms: ['undertaking'], plain: ['doing', 'carrying out'], notBefore: /^(?!\s+(?:the|a|an|any|some|further|this|these|regular|direct|work|assessments?|checks?|visits?)\b)/ },
  { terms: ['in a timely manner', 'timely', 'at the earliest opportunity', 'on an ongoing basis'], plain: ['give a date or time'] },
  { terms: ['pertaining to', 'in accordance with'], plain: ['about', 'as'] },
  // Passing a worry or a case up the line: the product's definition names "escalate" (issue 11), in a consequence
  // too ("the case will be escalated"), where the threatening rule speaks to the threat and this one to the word. A
  // row or a fight that escalates grows worse, in everyday English: only the passive and the verb with what is
  // passed on ("escalate concerns", "escalated to the manager") are the worker's word.
  { terms: ['escalation', 'escalate concerns', 'escalating concerns', 'escalated concerns', 'escalate the concern', 'escalate any concerns', 'be escalated', 'been escalated', 'being escalated', 'is escalated', 'was escalated', 'were escalated', 'are escalated', 'get escalated', 'gets escalated'], plain: ['tell the manager', 'ask for more help'], notBefore: /^\s+(?:in|of)\s/i },
  { terms: ['escalate', 'escalates', 'escalated', 'escalating'], tail: PASSED_UP_AFTER, plain: ['tell the manager', 'ask for more help'], notAfter: GROWING_WORSE_BEFORE },
  { terms: ['exit plan', 'exit strategy'], plain: ['the plan for when we stop working with you'] },
  { terms: ['positive outcomes', 'improved outcomes', 'better outcomes', 'outcomes for the children', 'outcomes for the child'], plain: ['say what will be better for the children'] },
  { terms: ['professional curiosity', 'drift and delay', "the child's journey", 'presenting behaviour', 'presenting behaviours'], plain: ['say what you mean in everyday words'] },
  { terms: ['persistent absence', 'persistently absent', 'elective home education', 'managed move', 'school readiness'], plain: ['say what is happening with school, in everyday words'] },
  { terms: ['social, emotional and mental health', 'neurodevelopmental', 'neurodevelopmental assessment', 'neurodevelopmental pathway'], plain: ['say what the child finds hard and what help they will get'] },
  { terms: ['parallel planning', 'parallel plan', 'twin-track', 'twin track planning', 'concurrent planning', 'fostering for adoption', 'together and apart assessment', 'sibling assessment'], plain: ['say what the plan is for the children, in everyday words'] },
  { terms: ['worry statement', 'worry statements'], plain: ['say what must happen, in everyday words'] },
  { terms: ['corporate parent', 'corporate parenting'], plain: ['the council, which looks after children in care'] },
  { terms: ['his presentation', 'her presentation', 'their presentation', "mum's presentation", "dad's presentation", 'emotional presentation', 'mental health presentation', 'physical presentation', 'clinical presentation', 'presentation at school', 'presentation at nursery', 'presentation during the visit', 'presentation on the visit', 'presentation at the visit', 'presentation at visits'], plain: ['how he or she seemed (say what you saw)'] },
  { terms: ['triangulate', 'triangulated', 'triangulation'], plain: ['check with other people'] },
  { terms: ['mental capacity', 'capacity assessment'], plain: ['whether the person can understand and make the decision'] },
  // Kinds of harm named as professionals name them, and the working structures around a family (issue 11, fresh lines).
  { terms: ['coercive control', 'coercive and controlling behaviour', 'controlling and coercive behaviour'], plain: ['say what he or she does to control the other person (for example checking her phone, keeping her from her friends)'] },
  { terms: ['sexualised behaviour', 'sexualised behaviours', 'criminal exploitation', 'child criminal exploitation', 'sexual exploitation', 'child sexual exploitation', 'child exploitation'], plain: ['say what has happened or what the worry is, in everyday words'] },
  { terms: ['emotional harm', 'neglectful', 'neglectful parenting', 'parental conflict', 'inter-parental conflict', 'financial abuse'], plain: ['say what has happened to the children, in everyday words'] },
  { terms: ['impacted on', 'impacting on', 'impacts on'], plain: ['affected'] },
  { terms: ['professional network', 'care planning', 'case management', 'case planning'], plain: ['say who the workers are and what they will do'] },
  { terms: ['will evidence', 'must evidence', 'should evidence', 'can evidence', 'needs to evidence', 'need to evidence'], plain: ['show'], note: 'say what the person will do that others can see' },
  // Family court procedure: hearings and documents a parent hears named but is rarely told the meaning of. (Care
  // orders, parental responsibility, the independent reviewing officer and family group conferences were
  // left out: four labellers of the held-out sets, independently, read them as plain.)
  { terms: ['issues resolution hearing', 'fact-finding hearing', 'fact finding hearing', 'case management hearing'], plain: ['court hearing, with what it will decide'] },
  { terms: ['section 7 report', 's.7 report', 's7 report', 'section 37 report', 'statement of evidence', 'threshold document'], plain: ['the report the council writes for the court'] },
  { terms: ['strengths and difficulties questionnaire'], plain: ['a questionnaire about how the child is getting on'] },
  { terms: ['expert assessment', 'cognitive assessment', 'psychological assessment', 'psychiatric assessment', 'specialist assessment'], plain: ['say who will see you, what they will look at and when'] },
  { terms: ['edge of care', 'needs-led', 'needs led', 'duty of care', 'local authority designated officer'], plain: ['say what it means for your family in everyday words'] },
  { terms: ['supervision matrix', 'level of supervision', 'supervision level'], plain: ['how closely a worker will stay with you during family time'] },
  { terms: ['child protection visits', 'cp visits'], plain: ['visits from the social worker to see the children'] },
  // Court procedure the council takes against a family (issue 11; family court dictionaries written for parents):
  // an order is jargon when it is sought, not as the name on the family's papers ("lives with Nan under an interim
  // care order"). A plain "care order" is what families call being taken into care: it stays out.
  { terms: ['emergency protection order', 'supervision order', 'child assessment order', 'recovery order', 'secure accommodation order', 'prohibited steps order', 'specific issue order', 'education supervision order', 'child arrangements order', 'occupation order', 'adoption order', 'family assistance order', 'contact order', 'residence order'], plain: ['ask the family court to decide (say what the order would mean for the children)'], onlyAfter: SOUGHT },
  // The order that lets the council place a child for adoption: its name does not say so, on the family's papers or not.
  { terms: ['placement order', 'placement orders'], plain: ['a court order that lets the council look for an adoptive family for the child'] },
  // Professionals' shorthand for the order a victim of abuse can ask for: the full name is plain.
  { terms: ['non-mol', 'non-mols'], plain: ['non-molestation order (a court order that stops someone contacting or coming near you)'] },
  { terms: ['police protection', 'police powers of protection', 'powers of protection'], plain: ['the police taking the children somewhere safe for up to three days'] },
  { terms: ['allocation hearing', 'directions hearing', 'interim hearing', 'contested hearing', 'ground rules hearing', 'first hearing dispute resolution appointment', 'adjournment', 'adjourned hearing'], plain: ['court hearing, with what it will decide'] },
  { terms: ['party to the proceedings', 'parties to the proceedings', 'first respondent', 'second respondent', 'ex parte', 'without notice application', 'position statement', 'court bundle', 'legal status'], plain: ['say what it means for you in everyday words'] },
  // Children in care: the words of the care system a parent meets when a child is looked after.
  { terms: ['delegated authority'], plain: ['which everyday decisions the carers can make (say which, such as school trips or haircuts)'] },
  { terms: ['lac review', 'lac reviews', 'cla review', 'cla reviews', 'cic review', 'cic reviews', 'child in care review', 'children in care review', 'statutory review', 'statutory reviews'], plain: ['the meeting that checks the plan for a child in care'] },
  { terms: ['initial health assessment', 'review health assessment', 'statutory health assessment'], plain: ['a health check for a child in care'] },
  { terms: ['virtual school', 'virtual school head', 'pupil premium plus', 'independent visitor', 'voluntary accommodation'], plain: ['say who they are and what they do, in everyday words'] },
  // Screening and assessment tools named as professionals name them.
  { terms: ['screening tool', 'screening tools', 'screening assessment', 'screening questionnaire', 'risk screening', 'assessment tool', 'assessment tools', 'risk assessment tool', 'toolkit', 'neglect toolkit', 'risk matrix', 'risk checklist', 'ages and stages questionnaire', 'scaling question', 'scaling questions', 'scaling exercise'], plain: ['a list of questions (say what it is for and who will go through it with you)'] },
  // How workers describe their own oversight, and what a parent is judged able to do.
  // "Continue to monitor" is a vague task in plain words (the labellers of the later sets left it unmarked alone).
  { terms: ['ongoing monitoring', 'oversight', 'management oversight'], notAfter: /\ban\s+$/i, plain: ['say who will check what, and how often'] , plainBesideAcronym: true },
  { terms: ['capacity to', 'sustain change', 'sustain the change', 'sustain the changes', 'sustain changes', 'sustaining change'], plain: ['whether the parent can (say what), and keep it up'] },
  { terms: ['locality team', 'safeguarding hub'], plain: ['the team (give its name and number)'] },
  // Officialese a parent would not say, in the class of "prior to" and "in accordance with".
  { terms: ['in line with', 'in conjunction with', 'with a view to', 'in excess of', 'pursuant to', 'notwithstanding', 'forthwith', 'thereafter', 'henceforth', 'in receipt of', 'at this point in time', 'at this moment in time', 'subsequently'], plain: ['say it simply: as, with, to, more than, after, from now on'] },
  // Services described as what is on offer, panels that decide, and tools used with children.
  { terms: ['core offer', 'support offer', 'local offer', 'early help offer', 'family support offer', 'alternative provision', 'educational provision', 'commissioned', 'commission a', 'commission an'], plain: ['say what help the family will get, from whom and when'] },
  { terms: ['agency decision maker', 'permanence panel', 'adoption panel', 'disruption meeting'], plain: ['say who decides, and how the family can take part'] },
  // A tool named as the one a session uses ("using the Three Houses", "using the Family Star") says what the time is for,
  // as the labellers of three sets read it; named as a thing done to the family it is jargon.
  { terms: ['three houses', 'three houses tool', 'outcome star', 'outcomes star', 'family star'], notAfter: USING_A_TOOL, plain: ['a drawing with the child of what is good, what is worrying and what they hope for', 'a chart of how things are going (say what it is for)'] },
  // Court procedure a parent meets once proceedings start, from the guidance's "compulsory intervention" and family
  // court guides: an interim order is named so even on the family's papers ("looked after under interim care orders"),
  // as the labeller of held-out-10 read it twice; a final care order is what families call being in care, so it stays out.
  { terms: ['interim care order', 'interim care orders', 'interim supervision order', 'interim supervision orders'], plain: ['a court order for now, until the court decides (say what it means for the children)'] },
  { terms: ["children's guardian", 'guardian ad litem', 'compulsory intervention'], plain: ['say who the person is or what the step means, in everyday words'] },
  { terms: ['needs assessment', 'ehc needs assessment', 'statutory assessment'], plain: ['say what is being looked at, by whom and when'] },
  { terms: ['ameliorate', 'ameliorated', 'remedial', 'remedial action', 'remedial actions'], plain: ['make better', 'put right'] },
  // Child protection and family court procedure a parent hears named but is rarely told the meaning of, from
  // published guides to the family court and child protection for parents (this change's classes).
  { terms: ['child protection investigation', 'child protection investigations', 'chronic neglect'], plain: ['say what happened or what is being checked, in everyday words'] },
  { terms: ['finding of fact', 'findings of fact', 'balance of probabilities', 'welfare checklist', 'paramountcy'], plain: ['say what the court will decide or ask for, in everyday words'] },
  { terms: ['rehabilitation home'], plain: ['the children going back to live with you'] },
  // Officialese in the class of "in line with", from the three guidance documents' own wording.
  { terms: ['indicative of', 'in consultation with', 'multi-disciplinary', 'multidisciplinary', 'inter-agency'], plain: ['say it simply: shows, with, together'] },
  // How workers describe a family in their records: known to services, presents as, minimised, risk assessed.
  { terms: ['known to services', "known to children's services", "known to children's social care", 'known to social care', 'presents as', 'minimised the concerns', 'minimising the concerns', 'risk assessed'], plain: ['say what you have seen or what you will check, in everyday words'] },
];

export const JARGON: JargonEntry[] = [...CORE_JARGON, ...PROCEDURE_JARGON, ...EVERYDAY_JARGON, ...SITUATION_JARGON, ...SERVICE_JARGON];
