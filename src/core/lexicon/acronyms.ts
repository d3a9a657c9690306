// Acronyms and abbreviations common in children's social care, with what they stand for and a
// plain alternative. Matched case-sensitively as whole words ("CP", not "cp" in a word).

export interface AcronymEntry {
  forms: string[];
  expansion: string;
  plain: string;
  /** A form label whose value, written straight after it, says what it is ("DOB 30/09/2019"): only the label alone needs writing out. */
  labels?: 'date';
}

export const ACRONYMS: AcronymEntry[] = [
  { forms: ['ICPC'], expansion: 'Initial Child Protection Conference', plain: 'the first meeting to decide whether the children need a child protection plan' },
  { forms: ['RCPC'], expansion: 'Review Child Protection Conference', plain: 'the meeting that reviews the child protection plan' },
  { forms: ['CPC'], expansion: 'Child Protection Conference', plain: 'the child protection meeting' },
  { forms: ['CP'], expansion: 'child protection', plain: 'child protection' },
  { forms: ['CPP'], expansion: 'Child Protection Plan', plain: 'the plan to keep the children safe' },
  { forms: ['CIN'], expansion: 'Child in Need', plain: 'child in need (a child who needs extra help)' },
  { forms: ['LAC'], expansion: 'Looked After Child', plain: 'a child in care' },
  { forms: ['CLA'], expansion: 'Child Looked After', plain: 'a child in care' },
  { forms: ['PLO'], expansion: 'Public Law Outline', plain: 'the stage before the council may go to court' },
  { forms: ['s47', 'S47', 's.47', 'S.47', 's 47'], expansion: 'section 47 enquiry', plain: 'an investigation into whether a child is being harmed' },
  { forms: ['s20', 'S20', 's.20', 'S.20'], expansion: 'section 20', plain: 'the child being looked after by the council with your agreement' },
  { forms: ['s17', 'S17'], expansion: 'section 17', plain: 'help for a child in need' },
  { forms: ['MASH'], expansion: 'Multi-Agency Safeguarding Hub', plain: 'the team that decides what happens when someone is worried about a child' },
  { forms: ['DV'], expansion: 'domestic violence', plain: 'violence at home between adults' },
  { forms: ['DA'], expansion: 'domestic abuse', plain: 'abuse at home between adults' },
  { forms: ['DVA'], expansion: 'domestic violence and abuse', plain: 'violence and abuse at home between adults' },
  { forms: ['CAMHS'], expansion: 'Child and Adolescent Mental Health Services', plain: 'the children\u2019s mental health service' },
  { forms: ['SALT'], expansion: 'Speech and Language Therapy', plain: 'speech and language therapy' },
  { forms: ['IRO'], expansion: 'Independent Reviewing Officer', plain: 'the independent person who checks the plan for a child in care' },
  { forms: ['SW'], expansion: 'social worker', plain: 'social worker (give the name)' },
  { forms: ['TM'], expansion: 'team manager', plain: 'team manager (give the name)' },
  { forms: ['LA'], expansion: 'local authority', plain: 'the council' },
  { forms: ['CSC'], expansion: "Children's Social Care", plain: 'Children\u2019s Social Care' },
  { forms: ['CYPS'], expansion: "Children and Young People's Service", plain: 'Children\u2019s Services' },
  { forms: ['FGC'], expansion: 'Family Group Conference', plain: 'a family meeting to make a plan together' },
  { forms: ['TAF'], expansion: 'Team Around the Family', plain: 'the people working with your family' },
  { forms: ['TAC'], expansion: 'Team Around the Child', plain: 'the people working with your child' },
  { forms: ['EHA'], expansion: 'Early Help Assessment', plain: 'an assessment of what help your family needs' },
  { forms: ['HV'], expansion: 'health visitor', plain: 'health visitor (give the name)' },
  { forms: ['FSW'], expansion: 'family support worker', plain: 'family support worker (give the name)' },
  { forms: ['DSL'], expansion: 'Designated Safeguarding Lead', plain: 'the teacher in charge of keeping children safe (give the name)' },
  { forms: ['SENCO', 'SENCo'], expansion: 'Special Educational Needs Co-ordinator', plain: 'the teacher who helps children with special educational needs' },
  { forms: ['SEN', 'SEND'], expansion: 'special educational needs (and disabilities)', plain: 'extra help with learning' },
  { forms: ['EHCP'], expansion: 'Education, Health and Care Plan', plain: 'the plan for a child\u2019s extra help at school' },
  { forms: ['PR'], expansion: 'parental responsibility', plain: 'the legal rights and duties of a parent' },
  { forms: ['SGO'], expansion: 'Special Guardianship Order', plain: 'a court order for a relative to bring up the child' },
  { forms: ['ICO', 'EPO'], expansion: 'Interim Care Order / Emergency Protection Order', plain: 'a court order (say which and what it means)' },
  { forms: ['MARAC'], expansion: 'Multi-Agency Risk Assessment Conference', plain: 'a meeting to keep a person at risk of domestic abuse safe' },
  { forms: ['MAPPA'], expansion: 'Multi-Agency Public Protection Arrangements', plain: 'how police, probation and others manage people who may cause harm' },
  { forms: ['IDVA', 'ISVA'], expansion: 'Independent Domestic (or Sexual) Violence Adviser', plain: 'a support worker for people experiencing abuse' },
  { forms: ['DAS'], expansion: 'domestic abuse service', plain: 'the domestic abuse support service (give its name)' },
  { forms: ['FII'], expansion: 'fabricated or induced illness', plain: 'say what the worry is in everyday words' },
  { forms: ['CSE', 'CCE'], expansion: 'child sexual / criminal exploitation', plain: 'say what the worry is in everyday words' },
  { forms: ['NFA'], expansion: 'no further action', plain: 'no further action' },
  { forms: ['TBC', 'tbc', 'TBA'], expansion: 'to be confirmed', plain: 'give the date or name' },
  { forms: ['w/c'], expansion: 'week commencing', plain: 'the week starting (give the date)' },
  { forms: ['DOB', 'DoB', 'd.o.b.'], expansion: 'date of birth', plain: 'date of birth', labels: 'date' },
  { forms: ['YOS', 'YOT'], expansion: 'Youth Offending Service / Team', plain: 'the youth justice team' },
  { forms: ['PA'], expansion: 'personal adviser', plain: 'personal adviser (give the name)' },
  { forms: ['ASB'], expansion: 'anti-social behaviour', plain: 'anti-social behaviour' },
  { forms: ['CRB'], expansion: 'criminal records check', plain: 'a police check' },
  // From the guidance and published agreements: pronounceable ones must be known, or they would read as names.
  { forms: ['LADO'], expansion: 'Local Authority Designated Officer', plain: 'the council officer who looks into worries about adults who work with children' },
  { forms: ['PEP'], expansion: 'Personal Education Plan', plain: 'the school plan for a child in care' },
  { forms: ['CAF'], expansion: 'Common Assessment Framework', plain: 'an assessment of what help your family needs' },
  { forms: ['LSCB', 'LSCP', 'SCP'], expansion: 'Local Safeguarding Children Board (Partnership)', plain: 'the local group of services that work together to keep children safe' },
  { forms: ['RHI'], expansion: 'return home interview', plain: 'a talk with your child after they have been missing' },
  { forms: ['CYP'], expansion: 'children and young people', plain: 'children and young people' },
  { forms: ['UASC'], expansion: 'unaccompanied asylum-seeking child', plain: 'a child who came to this country alone to ask for safety' },
  { forms: ['CAO'], expansion: 'Child Arrangements Order', plain: 'a court order saying who the child lives with and sees' },
  { forms: ['SCR', 'CSPR'], expansion: 'serious case review (child safeguarding practice review)', plain: 'a review after a child was seriously harmed' },
  // Assessments, services and orders named in published agreements and PLO letters (issue 11).
  { forms: ['PAMS'], expansion: 'Parent Assessment Manual Software', plain: 'an assessment of how a parent with learning needs can be helped to look after the children' },
  { forms: ['GCP', 'GCP2'], expansion: 'Graded Care Profile', plain: 'a way of looking at how well a child\u2019s everyday needs are met' },
  { forms: ['CAFCASS', 'Cafcass'], expansion: 'Children and Family Court Advisory and Support Service', plain: 'the service that speaks up for children in the family court' },
  { forms: ['DASH'], expansion: 'Domestic Abuse, Stalking and Harassment risk checklist', plain: 'a list of questions to see how much danger someone is in' },
  { forms: ['NRM'], expansion: 'National Referral Mechanism', plain: 'the way a child who may have been exploited is referred for help' },
  { forms: ['FDAC'], expansion: 'Family Drug and Alcohol Court', plain: 'a family court that helps parents stop drinking or taking drugs' },
  { forms: ['CiC', 'CIC'], expansion: 'child in care', plain: 'a child in care' },
  { forms: ['EWO'], expansion: 'education welfare officer', plain: 'the worker who helps children get to school (give the name)' },
  { forms: ['CPN'], expansion: 'community psychiatric nurse', plain: 'mental health nurse (give the name)' },
  { forms: ['CMHT'], expansion: 'Community Mental Health Team', plain: 'the adult mental health team' },
  { forms: ['ISW'], expansion: 'independent social worker', plain: 'a social worker who does not work for the council' },
  { forms: ['DVPO', 'DVPN'], expansion: 'Domestic Violence Protection Order / Notice', plain: 'a police order that stops someone going home or contacting the person they hurt, for a short time' },
  { forms: ['CME'], expansion: 'child missing education', plain: 'a child who is not on a school roll or not going to school' },
  { forms: ['PRU'], expansion: 'pupil referral unit', plain: 'a small school for children who cannot go to their usual school' },
  { forms: ['ACEs'], expansion: 'adverse childhood experiences', plain: 'hard things that happened in childhood' },
  // Children in care, court stages and screening tools, from jargon busters written for parents and children in care.
  { forms: ['ASQ', 'ASQ-3', 'ASQ:SE'], expansion: 'Ages and Stages Questionnaire', plain: 'a questionnaire about how your child is growing and learning' },
  { forms: ['SDQ'], expansion: 'Strengths and Difficulties Questionnaire', plain: 'a questionnaire about how the child is getting on' },
  { forms: ['IHA', 'RHA'], expansion: 'initial (or review) health assessment', plain: 'a health check for a child in care' },
  { forms: ['EDT'], expansion: 'Emergency Duty Team', plain: 'the council\u2019s out-of-hours social work team (give the number)' },
  { forms: ['VSH'], expansion: 'Virtual School Head', plain: 'the council\u2019s teacher in charge of the education of children in care' },
  { forms: ['PPO'], expansion: 'police protection', plain: 'the police taking the children somewhere safe for up to three days' },
  { forms: ['IRH', 'CMH', 'FFH'], expansion: 'issues resolution (case management, fact-finding) hearing', plain: 'a court hearing (say what it will decide)' },
  { forms: ['PWP'], expansion: 'placement with parents', plain: 'the child living at home while in the council\u2019s care' },
  { forms: ['ABE'], expansion: 'Achieving Best Evidence interview', plain: 'a recorded interview with the police' },
  { forms: ['PPM', 'LPM'], expansion: 'pre-proceedings (legal planning) meeting', plain: 'a meeting about whether the council will go to court' },
  { forms: ['DVPP'], expansion: 'domestic violence perpetrator programme', plain: 'a course for people who have been violent or abusive at home' },
  { forms: ['YP'], expansion: 'young person', plain: 'use the young person\u2019s name' },
  // The areas beyond neglect and domestic abuse (issue 11): harm named by its initials, youth and criminal justice,
  // housing, adult services, health and school. Mixed-case forms ("DoLS", "OASys") are not capitals the rule's scan
  // finds, and pronounceable ones ("MACE", "NRPF" is not) read as names after "at": both must be listed.
  { forms: ['FGM', 'FGMPO', 'FMPO', 'FMU', 'HBA', 'HBV'], expansion: 'female genital mutilation, forced marriage or honour-based abuse (and the orders and unit for them)', plain: 'say what the worry is, or what the order does, in everyday words' },
  { forms: ['APVA', 'APV', 'CPV', 'CAPVA', 'NVR'], expansion: 'adolescent (child) to parent violence and abuse, or non-violent resistance', plain: 'say what the child does to the parent, or what the help is, in everyday words' },
  { forms: ['HSB', 'PSB', 'AIM3', 'CSA', 'CSEA'], expansion: 'harmful (problematic) sexual behaviour, its assessment, or child abuse named by its initials', plain: 'say what the worry is in everyday words' },
  { forms: ['MACE', 'MACEP', 'MASE', 'CCETF'], expansion: 'multi-agency child exploitation meeting', plain: 'a meeting of workers about young people at risk outside the home' },
  { forms: ['EHE', 'EOTAS', 'AP'], expansion: 'elective home education, education other than at school, or alternative provision', plain: 'say how and where the child is being taught' },
  { forms: ['YJS', 'YJT', 'YRO', 'DTO', 'ISS', 'OOCD', 'YCC'], expansion: 'youth justice service, or a court or police outcome for a young person', plain: 'say what the court or police decided and what the young person must do' },
  { forms: ['ROTL', 'HDC', 'OASys', 'RoSH', 'ROSH', 'SHPO', 'SRO', 'RSO', 'PPRC', 'IOM', 'POM', 'NPS', 'CRC'], expansion: 'a probation or prison term (licence, curfew, risk assessment or order)', plain: 'say what the conditions or risks are, in everyday words' },
  { forms: ['RUI', 'CPS', 'PPN', 'VAF', 'OIC', 'PPU', 'DAPN', 'DAPO', 'CBO', 'CPW', 'KCPO', 'CAWN'], expansion: 'a police or court term (investigation, prosecution, notice or order)', plain: 'say what the police or court did or will do, in everyday words' },
  { forms: ['NRPF', 'B&B', 'HRA', 'PHP', 'DHP'], expansion: 'no recourse to public funds, bed and breakfast, or a homelessness term', plain: 'say what the housing or money help is, in everyday words' },
  { forms: ['ASC', 'DoLS', 'DOLS', 'LPS', 'AMHP', 'IMCA', 'IMHA', 'CTO', 'PfA', 'MCA', 'BIA'], expansion: 'adult social care, mental capacity or mental health law', plain: 'say who the service or worker is, or what was decided, in everyday words' },
  { forms: ['CYPMHS', 'EWMHS', 'MHST', 'CAPA', 'DBT', 'CBT', 'EMDR', 'CPA', 'IAPT', 'ED'], expansion: 'a mental health service, therapy or approach named by its initials', plain: 'say what the help is and who gives it, in everyday words' },
  { forms: ['PSP', 'EHCNA', 'SENDIASS', 'SENDCo', 'SENDCO', 'EP', 'OT', 'SLT', 'SaLT', 'LSA', 'IEP', 'IHCP', 'IHP', 'SEMH', 'SLCN'], expansion: 'a special educational needs or health term', plain: 'say what help the child will get at school, and from whom' },
  { forms: ['PBA', 'FFA'], expansion: 'pre-birth assessment, or a placement for a baby', plain: 'say what will be checked or arranged for the baby, in everyday words' },
  { forms: ['SUDI', 'NAI', 'WNB', 'FTT'], expansion: 'a health or injury term (sudden infant death, non-accidental injury, was not brought, failure to thrive)', plain: 'say what happened or what the worry is, in everyday words' },
  { forms: ['YCA', 'YCNA', 'CFA', 'C&F'], expansion: 'young carer\u2019s assessment or child and family (single) assessment', plain: 'say what the assessment is and who will do it' },
  { forms: ['LGM', 'FH', 'ISO', 'LBP'], expansion: 'a court stage, hearing or order named by its initials', plain: 'say what the hearing or order is, in everyday words' },
];

/**
 * Capitalised short words that families use every day, or that are part of ordinary writing.
 * These are not flagged as unexplained abbreviations.
 */
export const EVERYDAY_CAPITALS = new Set([
  'I', 'A', 'OK', 'UK', 'GP', 'GPs', 'NHS', 'TV', 'PE', 'ID', 'AM', 'PM', 'DVD', 'PIN', 'BBC', 'ITV', 'MP', 'PC', 'IT', 'USB',
  'SMS', 'A&E', 'MOT', 'BMX', 'CV', 'DIY', 'FAQ', 'NB', 'RE', 'UN', 'EU', 'USA', 'GCSE', 'GCSEs', 'SATs', 'SATS', 'PTA',
  'ADHD', 'ASD', 'OCD', 'PTSD', 'HIV', 'COVID', 'PhD', 'NI', 'VAT', 'WiFi', 'CCTV', 'AA', 'NA', 'RSPCA', 'NSPCC', 'BT', 'UCAS',
  // Known to the public from jobs and volunteering ("a DBS check").
  'DBS',
  // Shops and companies written in capitals (said as letters, or not read as a word by the test in acronyms.ts).
  'KFC', 'B&M', 'M&S', 'H&M', 'DFS', 'HMV', 'JD', 'EE', 'TK', 'GREGGS', 'WHSMITH', 'TKMAXX', 'ASDA', 'TESCO', 'ALDI', 'LIDL', 'IKEA', 'ARGOS', 'BOOTS', 'PRIMARK', 'COSTA', 'SPAR', 'NEXT', 'SUBWAY', 'MORRISONS', 'SAINSBURYS', 'CO', 'OP', 'DPD', 'DHL', 'UPS', 'BP', 'RAC', 'O2',
  // Everyday abbreviations people say as words or letters without thinking of what they stand for.
  'ASAP', 'PTO', 'RSVP', 'ETA', 'FYI', 'PS',
  // English words written in capitals, for emphasis or as a form's answer ("YES – from 26 November").
  'YES', 'NO', 'NOT', 'AND', 'OR', 'ALL', 'ANY', 'NONE', 'NEVER', 'ALWAYS', 'MUST', 'ONLY', 'NOW', 'STOP', 'DO', 'DON', 'PLEASE', 'NOTE',
  'IMPORTANT', 'URGENT', 'THE', 'IF', 'BUT', 'TO', 'OF', 'IN', 'ON', 'AT', 'BY', 'WILL', 'CAN', 'MAY', 'NEW', 'END', 'KEEP', 'SAFE', 'HELP',
  'WHO', 'WHAT', 'WHEN', 'WHERE', 'WHY', 'HOW', 'NAME', 'DATE', 'SIGNED', 'SIGNATURE', 'DRAFT', 'FINAL', 'OFFICIAL', 'SENSITIVE', 'CONFIDENTIAL',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'X', 'V',
]);

/** Ranks and titles written before a name ("DC Kerr", "PCSO Patel"): they say who the person is, as "Mrs" does. */
export const TITLES_BEFORE_A_NAME = new Set(['DC', 'DS', 'DI', 'DCI', 'DCS', 'PC', 'PCSO', 'WPC', 'SGT', 'Sgt', 'Insp', 'Supt', 'Dr', 'Cllr', 'Prof']);
