import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDate, type Block } from '../src/core';
import { caseload } from '../src/cli/status';
import { nodesFromBlocks, writeDocx } from '../src/io/docx-writer';
import { generateAgreement, random } from './generate';

// A team's caseload for `agreement-check status`: agreements written as .docx files in folders by
// family, each with its number, child, date of birth, agreement, review and end dates spread around
// the report date, and the generator's usual body (concerns, tasks, contingencies, some jargon).

const CHILDREN = ['Jo', 'Sam', 'Liam', 'Mia', 'Tomi', 'Poppy', 'Ellie', 'Kai', 'Ruby', 'Zain', 'Alfie', 'Lily'];
const SURNAMES = ['Walsh', 'Okoro', 'Doyle', 'Begum', 'Nowak', 'Hughes', 'Patel', 'Reid', 'Campbell', 'Ahmed', 'Shaw', 'Turner'];

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12);

export function caseloadAgreement(k: number, asOf: Date, words = 700): Block[] {
  const next = random(1_000 + k);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const child = `${CHILDREN[k % CHILDREN.length]} ${SURNAMES[Math.floor(k / CHILDREN.length) % SURNAMES.length]}`;
  const agreed = addDays(asOf, -int(5, 90));
  const review = addDays(agreed, int(14, 56));
  const end = addDays(agreed, int(30, 120));
  const body = generateAgreement(words, 5_000 + k).filter((b) => !/^(?:Agreement number|Date):/.test(b.text) && b.text !== 'Written agreement');
  return [
    { kind: 'heading', level: 1, text: 'Written agreement' },
    { kind: 'paragraph', text: `Written agreement number: ${1 + (k % 4)}` },
    { kind: 'paragraph', text: `Date: ${formatDate(agreed)}` },
    { kind: 'heading', level: 2, text: 'The child' },
    { kind: 'paragraph', text: `Name: ${child}` },
    { kind: 'paragraph', text: `Date of birth: ${int(1, 28)} March ${int(2010, 2024)}` },
    ...body,
    { kind: 'heading', level: 2, text: 'How long this agreement lasts' },
    { kind: 'paragraph', text: `This agreement lasts until: ${formatDate(end)}` },
    { kind: 'heading', level: 2, text: 'When we will review this agreement' },
    { kind: 'paragraph', text: `Review date: ${formatDate(review)}` },
  ];
}

/** Write `count` agreements as .docx files, 20 to a folder; returns the root folder. */
export function writeCaseload(count: number, asOf: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseload-'));
  for (let k = 0; k < count; k++) {
    const folder = join(dir, `team-${Math.floor(k / 20)}`);
    if (k % 20 === 0) mkdirSync(folder);
    writeFileSync(join(folder, `agreement-${k}.docx`), writeDocx(nodesFromBlocks(caseloadAgreement(k, asOf))));
  }
  return dir;
}

/** `status` over the folder, as the command runs it (read, analyse, sort); milliseconds per run. */
export function timeStatus(dir: string, asOf: Date, runs: number): { times: number[]; agreements: number } {
  const times: number[] = [];
  let agreements = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const result = caseload([dir], { asOf });
    times.push(performance.now() - start);
    agreements = result.agreements.length;
  }
  return { times, agreements };
}

export function removeCaseload(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
