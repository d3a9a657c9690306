import type { Block } from '../src/core';

// A seeded generator of realistic written agreements, so every run sees the same documents.
// Paragraphs are composed from slots (people, children, times, places, services, reasons), so almost
// no two paragraphs in a document are identical: repeated text would flatter any cache keyed by text.

export function random(seed: number): () => number {
  // mulberry32: small, fast and good enough to vary text.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Kerry', 'Daniel', 'Aisha', 'Tom', 'Grace', 'Marek', 'Leanne', 'Jamal', 'Sophie', 'Craig', 'Nadia', 'Paul', 'Chloe', 'Imran', 'Tracey', 'Owen'];
const SURNAMES = ['Walsh', 'Okoro', 'Doyle', 'Begum', 'Nowak', 'Hughes', 'Patel', 'Reid', 'Campbell', 'Ahmed', 'Shaw', 'Turner'];
const RELATIONS = ['Mum', 'Dad', 'Grandma Jean', 'Auntie Sue', 'Uncle Ray', 'Nan'];
const CHILDREN = ['Jo', 'Sam', 'Liam', 'Mia', 'Tomi', 'Poppy', 'Ellie', 'Kai', 'Ruby', 'Zain', 'Alfie', 'Lily'];
const ROLES = ['social worker', 'health visitor', 'school nurse', 'family support worker', 'designated safeguarding lead', 'drug and alcohol worker', 'housing officer', 'GP'];
const SERVICES = ['Lantern House', 'Pathways', 'the Freedom Programme', 'Hillside Primary School', 'Oakfield Academy', 'the children\u2019s centre', 'Turning Point', 'the food bank', 'Women\u2019s Aid', 'CAMHS', 'the GP surgery'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'];
const VAGUE_WHEN = ['as appropriate', 'regularly', 'when needed', 'as soon as possible', 'at all times', 'on a regular basis', ''];
const JARGON = ['engage with services', 'liaise with the core group', 'evidence sustained change', 'address the concerns raised at the ICPC', 'work on parenting capacity', 'attend the PLO meeting', 'complete a piece of direct work', 'be subject to a section 47 enquiry', 'promote the children\u2019s emotional wellbeing', 'access support to address DV'];
const FAMILY_TASKS = [
  'take {c} to school and pick {o} up at {time}',
  'make sure {c} has breakfast before school',
  'not drink alcohol while looking after {c}',
  'go to every appointment at {service}',
  'keep all medicine in the locked cupboard in the kitchen',
  'phone {worker} if {c} is unwell and cannot go to school',
  'not let {adult} into the house while {c} is at home',
  'take {c} to the dentist and the optician',
  'make sure {c} is in bed by {bedtime} on school nights',
  'clean the kitchen and bathroom so they are safe for {c}',
  'tell {worker} straight away if {adult} comes to the house',
  'take {c} to the health visitor\u2019s clinic to be weighed',
];
const PRO_TASKS = [
  'visit the family at home',
  'phone {parent} if {c} is not in school by 9:30am',
  'make a referral to {service}',
  'help {parent} fill in the housing form',
  'meet {parent} at {service} to talk about how things are going',
  'see {c} on their own at school',
  'arrange a place at the parenting group',
  'check that the gas and electricity are working',
  'write to {parent} with the date of the next meeting',
  'ask the school to give {c} breakfast club free of charge',
];
const CONCERN_SENTENCES = [
  '{c} has missed {n} days of school since {month} and has often arrived late and hungry.',
  'The police were called to the house {n} times since {month} after arguments between {parent} and {adult}.',
  '{c} was at home during {count} of these incidents and told a teacher they were frightened.',
  'On the last {count} visits the house was very cold and there was little food in the fridge.',
  '{c} has not been seen by a dentist for over two years and has toothache.',
  'We are worried that {parent} has been drinking heavily in the evenings while caring for {c}.',
  'There are concerns about neglect, parental substance misuse and domestic abuse.',
  '{c}\u2019s weight has dropped since {month} and the health visitor is worried about it.',
  'Medicine was left where {c} could reach it, and {c} swallowed some tablets in {month}.',
  'The family have been evicted twice and are now living in a hostel with one bedroom.',
  'There have been concerns about disguised compliance when professionals visit.',
];
const COUNTS = ['two', 'three', 'four', 'five', 'six'];

export function generateAgreement(targetWords: number, seed = 42): Block[] {
  const next = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const chance = (p: number) => next() < p;
  const person = () => `${pick(FIRST)} ${pick(SURNAMES)}`;
  const parent = () => (chance(0.5) ? pick(RELATIONS) : chance(0.5) ? `Ms ${pick(SURNAMES)}` : pick(FIRST));
  const worker = () => `${pick(FIRST)} ${pick(SURNAMES)} (${pick(ROLES)})`;
  const date = () => `${int(1, 28)} ${pick(MONTHS)} ${chance(0.7) ? 2027 : 2026}`;
  const time = () => `${int(1, 11)}${chance(0.5) ? ':30' : ''}${chance(0.6) ? 'pm' : 'am'}`;
  const when = () => {
    const r = next();
    if (r < 0.25) return pick(VAGUE_WHEN);
    if (r < 0.5) return `every ${pick(DAYS)} at ${time()}`;
    if (r < 0.75) return `by ${date()}`;
    if (r < 0.9) return `${pick(['twice', 'three times', 'once'])} a week until ${date()}`;
    return `each school day`;
  };
  const fill = (text: string) =>
    text
      .replace(/\{c\}/g, () => pick(CHILDREN))
      .replace(/\{o\}/g, () => pick(['them', 'him', 'her']))
      .replace(/\{parent\}/g, parent)
      .replace(/\{adult\}/g, () => `${pick(['Mr', 'Ms'])} ${pick(SURNAMES)}`)
      .replace(/\{worker\}/g, () => `${pick(FIRST)} (${pick(ROLES)})`)
      .replace(/\{service\}/g, () => pick(SERVICES))
      .replace(/\{time\}/g, time)
      .replace(/\{bedtime\}/g, () => `${int(7, 9)}${chance(0.5) ? ':30' : ''}pm`)
      .replace(/\{month\}/g, () => pick(MONTHS))
      .replace(/\{n\}/g, () => String(int(3, 40)))
      .replace(/\{count\}/g, () => pick(COUNTS));
  const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const blocks: Block[] = [];
  let words = 0;
  const push = (block: Block) => {
    blocks.push(block);
    words += block.text.split(/\s+/).filter(Boolean).length;
  };
  const family = [person(), person()];
  push({ kind: 'heading', level: 1, text: 'Written agreement' });
  push({ kind: 'paragraph', text: `Agreement number: ${int(1, 9)}` });
  push({ kind: 'paragraph', text: `Date: ${date()}` });
  push({ kind: 'paragraph', text: `This is an agreement between ${family[0]}, ${family[1]} and Northshire Children\u2019s Services about ${pick(CHILDREN)} and ${pick(CHILDREN)}.` });

  let round = 0;
  while (words < targetWords) {
    round++;
    push({ kind: 'heading', level: 2, text: pick(['What we are worried about', 'Why we are making this agreement', 'Our worries']) });
    const concerns = int(2, 5);
    for (let i = 0; i < concerns; i++) {
      // Narrative paragraphs of one to four sentences, as workers write them.
      const parts = Array.from({ length: int(1, 4) }, () => fill(pick(CONCERN_SENTENCES)));
      push({ kind: chance(0.6) ? 'list-item' : 'paragraph', text: parts.join(' ') });
    }
    push({ kind: 'heading', level: 2, text: pick(['What the family will do', `What ${parent()} will do`, 'What you will do']) });
    for (let i = 0, n = int(4, 8); i < n; i++) {
      const who = parent();
      const task = chance(0.2) ? pick(JARGON) : fill(pick(FAMILY_TASKS));
      const why = chance(0.3) ? ` so that ${pick(CHILDREN)} ${pick(['is safe', 'gets to school on time', 'is not frightened', 'has a warm home', 'sees the people who love them'])}` : '';
      push({ kind: 'list-item', text: `${who} will ${task} ${when()}${why}`.replace(/\s+/g, ' ').trim() + '.' });
    }
    if (round % 3 === 0) {
      // An action table ("Who | What | By when") as some councils lay out tasks.
      push({ kind: 'heading', level: 2, text: 'Actions' });
      const table = round;
      ['Who', 'What', 'By when'].forEach((text, column) => push({ kind: 'table-cell', table, row: 0, column, text }));
      for (let row = 1, n = int(2, 4); row <= n; row++) {
        push({ kind: 'table-cell', table, row, column: 0, text: chance(0.5) ? parent() : worker() });
        push({ kind: 'table-cell', table, row, column: 1, text: sentence(fill(pick(chance(0.5) ? FAMILY_TASKS : PRO_TASKS))) });
        push({ kind: 'table-cell', table, row, column: 2, text: chance(0.8) ? date() : pick(VAGUE_WHEN.filter(Boolean)) });
      }
    }
    push({ kind: 'heading', level: 2, text: pick(['What the social worker and other professionals will do', 'Support the family will get', 'What professionals will do']) });
    for (let i = 0, n = int(3, 6); i < n; i++) {
      const task = chance(0.2) ? pick(JARGON) : fill(pick(PRO_TASKS));
      push({ kind: 'list-item', text: `${chance(0.2) ? 'Professionals' : worker()} will ${task} ${when()}`.replace(/\s+/g, ' ').trim() + '.' });
    }
    push({ kind: 'heading', level: 2, text: pick(['If things go wrong', 'What will happen if the agreement is not kept', 'Contingency']) });
    const contingency = [
      `If ${parent()} cannot keep to this agreement, ${worker()} will arrange a meeting within ${pick(COUNTS)} working days to talk about what support would help.`,
      'Failure to comply with this agreement will result in care proceedings.',
      `If ${pick(CHILDREN)} is not safe, we may need to hold a strategy discussion with the police and ${pick(SERVICES)}.`,
      `If ${pick(CHILDREN)} is not in school, then the school will phone ${parent()} by 10am and tell the social worker.`,
    ];
    push({ kind: 'paragraph', text: pick(contingency) });
    if (chance(0.5)) push({ kind: 'paragraph', text: pick(contingency) });
    push({ kind: 'heading', level: 2, text: 'Review' });
    push({ kind: 'paragraph', text: `We will review this agreement on ${date()} at ${pick(['the family home', 'the children\u2019s centre', 'Hillside Primary School', 'the council offices'])}${chance(0.4) ? `, with ${worker()}` : ''}.` });
  }
  push({ kind: 'heading', level: 2, text: 'Signatures' });
  for (const name of family) push({ kind: 'paragraph', text: `Signed: ${name}    Date: ____` });
  push({ kind: 'paragraph', text: `Signed: ${worker()}    Date: ____` });
  return blocks;
}

export function wordCount(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
}

/** How many paragraphs of a document are duplicates of an earlier one (reported, to show the text varies). */
export function duplicateShare(blocks: readonly Block[]): number {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const b of blocks) {
    if (seen.has(b.text)) duplicates++;
    else seen.add(b.text);
  }
  return blocks.length ? duplicates / blocks.length : 0;
}
