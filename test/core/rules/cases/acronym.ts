import { acronymRule } from '../../../../src/core/rules/acronyms';
import type { RuleCases } from '../rule-tester';

export const cases: RuleCases = {
  rule: acronymRule,
  section: 'professional-commitments',
  valid: [
    // A known form inside a reference code names a file; a DBS check is known from jobs and volunteering.
    'Auntie Pam has had a DBS check for her job at the nursery.',
    'File: CP-27-0412 (Noah Reid)',
    'Plan number TAC/2026/88 was agreed on Monday.',
    // Classes (issue 11, held-out-4): a rank before a name, a form's answer or a word in capitals for
    // emphasis, everyday abbreviations, a programme's name before what it names, a postcode.
    'DS Okafor will ring Gemma on Monday.',
    { text: 'NO – there is no court order', section: 'child-details' },
    'Sam will NOT visit without ringing first.',
    'Sam will send the form back ASAP.',
    'Gemma will show Tia the HOPE video on 3 March.',
    'Sam will meet Gemma at 4 Oak Road, Leeds LS6 2QT.',
    // A form label followed by its value says what it is.
    { text: 'Child: Ruby Fox (DOB: 4 March 2020), Year 1 at Elm Primary', section: 'child-details' },
    // Classes, not phrases: wordings written for these classes (issue 11).
    'Kim will buy school shoes at B&M on Saturday.',
    'Kim will take Mia to KFC after family time on Friday.',
    'Lewis will get lunch from GREGGS on the way to the centre.',
    'Mum will buy Mia a coat from M&S or H&M this week.',
    'Lewis will pick up the sofa from DFS on 5 December 2026.',
    'Kim will top up her EE phone credit every Friday so Ana can call her.',
    'Lewis will fill up the car at BP before the visit.',
    'Kim will do the weekly shop at TESCO or LIDL every Thursday.',
    'Mum will order Mia\'s bed from ARGOS by 11 December 2026.',
    'The bed will come by DPD on 12 December 2026.',

    // Shop names in capitals read as words.
    'Ms Smith will do the food shop at ALDI every Saturday.',
    // Night shift (6 December): a shop's name in capitals, two words or a possessive.
    'Dad will buy Kian new school shoes from KM FOOTWEAR by Friday.',
    "They will meet for tea at the local GREGG'S on Saturdays.",
    // Long shop names said as words, though their consonants run together.
    'Lewis will buy the paint from SCREWFIX on Saturday.',
    'Kim gets the nappies at POUNDLAND each week.',
    // Spelled out by the words before the brackets, lower-case letters and "and" included.
    'Mia will see the Speech and Language Therapy (SALT) team each week. SALT will write to Kim.',
    'Kim will meet the Special Educational Needs Co-ordinator (SENCo) on Monday.',

    'Amir Khan (social worker) will visit every Monday at 4pm.',
    'Jo will see the Child and Adolescent Mental Health Services (CAMHS) nurse every Tuesday. CAMHS will write to Ms Smith after each visit.',
    'Ms Smith will take Sam to the GP on 3 December 2026.',
    'Dr Patel (NHS) will see Sam at the clinic on 9 December 2026.',
    {
      // Defined in one paragraph, fine in every other (the rule declares its definitions).
      name: 'an acronym defined elsewhere in the agreement',
      lines: ['## What the family will do', '- Jo will see the Child and Adolescent Mental Health Services (CAMHS) nurse every Tuesday.', '- Ms Smith will go with Jo to every CAMHS appointment.'],
    },
    // Spelled out by the words before the brackets, however they are joined (held-out-11's class).
    'The Multi-Agency Risk Assessment Conference (MARAC) will meet on 3 December 2026. MARAC will send Leah its plan.',
    'Ana Price, Family Support Worker (FSW), will come on Mondays. The FSW will bring the rota.',
    // A reference code names a file: its capitals are not an abbreviation to explain.
    'Safety plan 2 \u2013 our ref. KT/WA/2291-B \u2013 page 1',
    'Agreement reference DSC-2026-0077',
    // The areas this change adds (issue 11): defined once in the line, they are fine.
    'Children and Young People\'s Mental Health Services (CYPMHS) will see Kai on 4 May.',
    'The family has No Recourse to Public Funds (NRPF), so the council will help with food.',
  ],
  invalid: [
    // Two services joined by a slash are two abbreviations.
    { text: 'Ask the DSL/SENCO about a quiet room.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'DSL' }, { messageId: 'knownAcronym', severity: 'warning', excerpt: 'SENCO' }] },
    { text: 'Ref SP-4471: ask the KWT about it.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'KWT' }] },
    { text: 'Sam will refer Dean to the SAFE project... and the PIPS.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'PIPS' }] },
    { text: 'Sam will ask about the risk of SIDS at each visit.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'SIDS' }] },
    { text: 'The nurse will check his FEV1 every month.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'FEV1' }] },
    { text: 'Mum will bring proof of Ruby’s DOB to the office by 9 December 2026.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'DOB' }] },
    // Classes, not phrases: terms from the guidance and published agreements (issue 11).
    { text: 'The police have given Jason a DVPO.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'DVPO' }] },
    { text: 'Zain is a CME case.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CME' }] },
    { text: 'Ana will arrange a PAMS assessment for Kim by 8 January 2027.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'PAMS' }] },
    { text: 'The Cafcass officer will meet Mia on 14 December 2026.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'Cafcass' }] },
    { text: 'CAFCASS will write a report for the court.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CAFCASS' }] },
    { text: 'Kim and Lewis will complete the GCP with Ana.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'GCP' }] },
    { text: 'Ana will complete a DASH with Leah on 4 December 2026.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'DASH' }] },
    { text: 'Ana will make an NRM referral for Jake by Friday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'NRM' }] },
    { text: 'The EWO will visit on Monday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'EWO' }] },
    { text: 'Dad will see the CPN every Thursday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CPN' }] },
    { text: 'The ISW will see Mum and Dad on 15 December 2026.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'ISW' }] },
    { text: 'The case will be heard in the FDAC.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'FDAC' }] },

    { text: 'The SW will visit every Monday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'SW' }] },
    // A name before the brackets says who holds the role; it does not explain the letters.
    { text: 'Copies to Pat Ellis (IRO) and the school.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'IRO' }] },
    { text: 'The ASQ will be done at the two-year check.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'ASQ' }] },
    { text: 'After 5pm, ring the EDT.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'EDT' }] },
    {
      text: 'The children will stay on a CP plan until the RCPC.',
      errors: [
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'CP' },
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'RCPC' },
      ],
    },
    { text: 'Ms Smith will attend CAMHS appointments with Jo every Tuesday.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CAMHS' }] },
    { text: 'We will discuss this at the PLO meeting.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'PLO' }] },
    { text: 'The QRT will phone Ms Smith by Friday.', errors: [{ messageId: 'unexplainedCapitals', severity: 'info', excerpt: 'QRT' }] },
    {
      // Brackets after a name say who does the job, not what the letters stand for.
      name: 'an acronym after a name in brackets is still unexplained',
      lines: ['## Who is helping', '- Jo Bell (HV) will weigh Ava on 9 December 2026.', '- The HV will ring Mum after the visit.'],
      errors: [
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'HV' },
        { messageId: 'knownAcronym', severity: 'warning', excerpt: 'HV' },
      ],
    },
    {
      name: 'an acronym never defined in the agreement',
      lines: ['## What the family will do', '- Jo will see the nurse every Tuesday.', '- Ms Smith will go with Jo to every CAMHS appointment.'],
      errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'CAMHS' }],
    },
    { text: 'Ravi will be taken to the MACE meeting next month.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'MACE' }] },
    { text: 'Grandad is under DoLS at the care home.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'DoLS' }] },
    { text: 'Dad is released on HDC from 3 March.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'HDC' }] },
    { text: 'The family have NRPF and live in one room.', errors: [{ messageId: 'knownAcronym', severity: 'warning', excerpt: 'NRPF' }] },
  ],
};
