import { agreementTemplate, getProfile, type Block } from '../../src/core';

// A filled-in agreement as the add-in's template lays it out (each part tagged with its section),
// with family and professionals' tasks and three contingency lines about different things.
const FILLED: Partial<Record<string, string[]>> = {
  'agreement-number': ['Written agreement number: 2'],
  date: ['Date: 1 December 2026'],
  participants: ['Parent or carer (full name, relationship to the child): Kerry Walsh, mother of Liam', 'Social worker (name, phone, email): Hannah Okafor, 01632 960 111, hannah.okafor@example.org'],
  'child-details': ['Name: Liam Walsh', 'Date of birth: 3 May 2019', 'Address: 12 Mill Lane, Northtown'],
  purpose: ['This agreement is to make sure Liam gets to school every day and is looked after safely at home.'],
  concerns: ['1. Liam has missed 14 days of school since September and has often arrived late and hungry.', '2. Kerry has been drinking in the evenings while looking after Liam.'],
  'family-commitments': [
    '1. Kerry will walk Liam to Hillside Primary School by 8.45am every school day.',
    '2. Kerry will not drink alcohol while she is looking after Liam.',
    '3. Kerry will go to every appointment at Lantern House about her drinking.',
  ],
  'professional-commitments': [
    '1. Hannah Okafor (social worker) will visit Liam and Kerry at home every Tuesday at 4pm.',
    '2. Mr Jones (Hillside Primary School) will phone Kerry by 9.30am if Liam is not in school.',
  ],
  contingency: [
    '1. If Liam is not in school by 9.30am, the school will phone Kerry and tell Hannah Okafor the same day.',
    '2. If Kerry drinks alcohol while looking after Liam, Hannah Okafor will arrange a meeting with the family within two working days.',
    '3. If professionals do not do what they agreed, Kerry can ask for a meeting with the team manager.',
  ],
  duration: ['This agreement lasts until: 21 December 2026'],
  'review-date': ['Review date: 15 December 2026 at the core group meeting'],
  copies: ['Kerry Walsh, Hillside Primary School, Lantern House and Liam\u2019s file.'],
};

export function filledAgreement(overrides: Partial<Record<string, string[]>> = {}): Block[] {
  const filled = { ...FILLED, ...overrides };
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Written agreement' }];
  for (const section of agreementTemplate(getProfile('default')).sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.heading, tag: section.id, style: 'Heading 2' });
    blocks.push({ kind: 'paragraph', text: section.guidance, tag: section.id });
    const lines = filled[section.id];
    if (lines) for (const text of lines) blocks.push({ kind: /^\d+\./.test(text) ? 'list-item' : 'paragraph', text, tag: section.id });
    else if (section.body.kind === 'fixed') blocks.push({ kind: 'paragraph', text: section.body.text, tag: section.id });
    else if (section.body.kind === 'signatures') for (const row of section.body.rows) blocks.push({ kind: 'paragraph', text: `${row}: signed ____________________  Date ____________`, tag: section.id });
  }
  return blocks;
}
