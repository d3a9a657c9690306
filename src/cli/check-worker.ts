// A worker thread that checks files one at a time for the batch runner (batch.ts). It runs apart
// from the main thread so that the main thread can stop it when one file takes too long.
import { parentPort } from 'node:worker_threads';
import type { Block } from '../core';
import { AGREEMENT_PRINTED_FORM, nodesFromBlocks, writeDocx } from '../io/docx-writer';
import { readAgreementBytes } from '../io/read-agreement';
import { checkContent, checkFile, type FileCheckOptions } from './check-file';

export interface CheckRequest {
  index: number;
  file: string;
  options: FileCheckOptions;
  indent: string;
}

const encoder = new TextEncoder();

/** A made-up agreement of our own with a table, a header and the kinds of line every rule reads. */
const WARM_UP_BLOCKS: Block[] = [
  { kind: 'heading', level: 1, text: 'Written agreement' },
  { kind: 'paragraph', text: 'This agreement is between Kerry Jones and Northshire Children’s Services, made on 7 December 2026.' },
  { kind: 'heading', level: 2, text: 'What Kerry will do' },
  { kind: 'list-item', text: 'Kerry will engage with the core group and attend appointments as required.' },
  { kind: 'table-cell', table: 0, row: 0, column: 0, text: 'Who' },
  { kind: 'table-cell', table: 0, row: 0, column: 1, text: 'What' },
  { kind: 'table-cell', table: 0, row: 1, column: 0, text: 'Hannah Okafor (social worker)' },
  { kind: 'table-cell', table: 0, row: 1, column: 1, text: 'Visit every Tuesday at 4pm; supervised contact with Dad at the family centre.' },
  { kind: 'heading', level: 2, text: 'If things go wrong' },
  { kind: 'paragraph', text: 'If Kerry lets Dean into the house, we will start care proceedings and the PLO.' },
  { kind: 'paragraph', text: 'We will review this agreement on 18 January 2027.' },
];

/**
 * Check a made-up agreement before saying ready. The first check in a fresh thread compiles the
 * reader's, the rules' and the formatter's code (0.2 to 0.5 s, more on a busy machine), and that
 * start-up must not count against the first real file's time limit.
 */
function warmUp(): void {
  const options: FileCheckOptions = { json: true, failOn: 'none', checklist: true, colour: false };
  try {
    const docx = readAgreementBytes(writeDocx(nodesFromBlocks(WARM_UP_BLOCKS), AGREEMENT_PRINTED_FORM), '.docx');
    checkContent('warm-up.docx', docx, options);
    checkContent('warm-up.docx', docx, { ...options, json: false });
    // The plain-text and Markdown readers too.
    const text = WARM_UP_BLOCKS.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n');
    for (const extension of ['.md', '.txt']) checkContent(`warm-up${extension}`, readAgreementBytes(encoder.encode(text), extension), options);
  } catch {
    // Only a warm-up: a fault here shows again, and is reported, on a real file.
  }
}

parentPort?.on('message', (request: CheckRequest) => {
  const outcome = checkFile(request.file, request.options, request.indent);
  if (!outcome.ok || typeof outcome.text !== 'string') {
    parentPort!.postMessage({ index: request.index, outcome });
    return;
  }
  // Hand the report over as UTF-8 bytes, moved rather than copied: a large report costs nothing to pass.
  const bytes = encoder.encode(outcome.text);
  parentPort!.postMessage({ index: request.index, outcome: { ...outcome, text: bytes } }, [bytes.buffer]);
});
// Say when the checker is loaded and warmed up, so a file's time limit does not include start-up.
warmUp();
parentPort?.postMessage({ ready: true });
