import type { Block } from '../src/core';

// A seeded generator of realistic agreement text, so every run sees the same documents.
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARENTS = ['Ms Smith', 'Mr Smith', 'Kerry', 'Daniel', 'Ms Okoro', 'Mr Doyle', 'Mum', 'Dad', 'Grandma Jean'];
const WORKERS = ['Hannah Okafor (social worker)', 'Mrs Begum (Hillside Primary School)', 'Sam Reid (Pathways)', 'Amy Shaw (health visitor)', 'The social worker', 'Professionals'];
const CHILDREN = ['Jo', 'Sam', 'Liam and Mia', 'Tomi', 'Poppy', 'the children'];
const WHEN = ['every Tuesday at 4pm', 'by 7 December 2026', 'every school day', 'twice a week', 'as appropriate', '', 'each Thursday at 2pm', 'for six weeks', 'regularly'];
const FAMILY_ACTIONS = ['will take {c} to school', 'will engage with services', 'will attend the parenting group', 'will not drink alcohol when looking after {c}', 'will work with Lantern House to address their drinking', 'will make sure {c} has breakfast', 'will phone the social worker', 'will keep all medicine locked away'];
const WORKER_ACTIONS = ['will visit the family home', 'will support the family', 'will phone Kerry if {c} is not at school', 'will liaise with the core group', 'will make a referral to CAMHS', 'will meet Daniel at the drop-in'];
const CONCERNS = [
  'We are worried that {c} has missed school since September and has often arrived late without breakfast.',
  'There have been three police call-outs for DV since August and the children were at home each time.',
  'We are worried about the home conditions, which were very cold on the last two visits.',
  'The presenting concerns are neglect and parental substance misuse, and there are concerns about disguised compliance.',
];
const CONTINGENCY = [
  'If the agreement is not kept, the social worker will arrange a meeting within five working days.',
  'Failure to comply with this agreement will result in care proceedings.',
  'A strategy discussion with the police and other services will be held.',
];

export function generateAgreement(targetWords: number, seed = 42): Block[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const fill = (text: string) => text.replace(/\{c\}/g, () => pick(CHILDREN));
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Written agreement' },
    { kind: 'paragraph', text: 'Agreement number: 1' },
    { kind: 'paragraph', text: 'Date: 1 December 2026' },
    { kind: 'paragraph', text: 'This is an agreement between Kerry Walsh, Daniel Walsh and Northshire Children\u2019s Services.' },
  ];
  let words = 20;
  const push = (block: Block) => {
    blocks.push(block);
    words += block.text.split(/\s+/).length;
  };
  while (words < targetWords) {
    push({ kind: 'heading', level: 2, text: 'What we are worried about' });
    for (let i = 0; i < 4; i++) push({ kind: 'list-item', text: fill(pick(CONCERNS)) });
    push({ kind: 'heading', level: 2, text: 'What the family will do' });
    for (let i = 0; i < 6; i++) push({ kind: 'list-item', text: `${pick(PARENTS)} ${fill(pick(FAMILY_ACTIONS))} ${pick(WHEN)}`.trim() + '.' });
    push({ kind: 'heading', level: 2, text: 'What the social worker and other professionals will do' });
    for (let i = 0; i < 5; i++) push({ kind: 'list-item', text: `${pick(WORKERS)} ${fill(pick(WORKER_ACTIONS))} ${pick(WHEN)}`.trim() + '.' });
    push({ kind: 'heading', level: 2, text: 'If things go wrong' });
    push({ kind: 'paragraph', text: pick(CONTINGENCY) });
    push({ kind: 'heading', level: 2, text: 'Review' });
    push({ kind: 'paragraph', text: `We will review this agreement on ${1 + Math.floor(next() * 27)} January 2027 at the family home.` });
  }
  return blocks;
}

export function wordCount(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
}
