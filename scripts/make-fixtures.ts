// Writes the .docx fixtures in test/fixtures/ from readable definitions. Run: npm run fixtures
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getProfile } from '../src/core';
import { DERBY_WORKED_EXAMPLE } from '../test/core/derby-example';
import { nodesFromBlocks, writeDocx, writeTemplateDocx, type DocNode, type Inline } from '../src/io/docx-writer';

const dir = join(__dirname, '..', 'test', 'fixtures');
const h = (text: string, level = 2): DocNode => ({ type: 'heading', level, content: [text] });
const p = (...content: Inline[]): DocNode => ({ type: 'paragraph', content });
const li = (text: string): DocNode => ({ type: 'list-item', content: [text], numbered: false });

// The same blocks the engine tests use (test/core/derby-example.ts), written as a Word document.
const derby = nodesFromBlocks(DERBY_WORKED_EXAMPLE);

// A short agreement whose review date arrives only through a manager's tracked insertion.
const manager = { author: 'Team Manager', date: '2026-12-02T10:15:00Z' };
const tracked: DocNode[] = [
  h('Written agreement', 1),
  p({ text: 'Agreement number:', bold: true }, ' 1'),
  p({ text: 'Date:', bold: true }, ' 1 December 2026'),
  p('This is an agreement between Kerry Walsh, Daniel Walsh and Northshire Children\u2019s Services.'),
  h('What we are worried about'),
  li('Liam has missed 14 school days since September.'),
  h('What Kerry and Daniel will do'),
  li('Kerry will walk Liam to Hillside Primary School by 8.45am every school day.'),
  p('Daniel will ', { deleted: 'try to ', ...manager }, 'go to the Pathways alcohol service every Thursday at 2pm.'),
  h('What the social worker and other professionals will do'),
  li('Hannah Okafor (social worker) will visit the family at home every Tuesday at 4pm.'),
  h('If things go wrong'),
  p('If the agreement is not kept, ', { text: 'Hannah Okafor', bold: true, formatChange: manager }, ' will arrange a meeting with Kerry and Daniel within five working days.'),
  h('Review'),
  p('We will review this agreement ', { inserted: 'on 12 January 2027 ', ...manager }, 'at the family home.'),
  h('Signatures'),
  { type: 'table', rows: [[['Kerry Walsh'], ['']], [['Daniel Walsh'], ['']], [['Hannah Okafor, social worker'], ['']], [['Paul Graham, team manager'], ['']]] },
];

// A layout of two-column label tables, with a missing contingency.
const labelTable: DocNode[] = [
  h('Written agreement', 1),
  {
    type: 'table',
    rows: [
      ['Agreement number', '4'],
      ['Date', '3 December 2026'],
      ['Who this agreement is between', 'Aisha Patel (mother) and Northshire Children\u2019s Services'],
      ['Why we are making this agreement', 'To make sure Ravi goes to nursery every day while his assessment is finished.'],
      ['What we are worried about', 'Ravi has missed nine nursery sessions since October.'],
      ['What Aisha will do', 'Aisha will take Ravi to Little Oaks Nursery by 9am every weekday.'],
      ['What professionals will do', 'Dan Price (social worker) will visit every Thursday at 4pm.'],
      ['Review date', '14 January 2027'],
      ['Signed', ''],
    ].map((row) => row.map((cell) => [cell])),
  },
];

writeFileSync(join(dir, 'derby-worked-example.docx'), writeDocx(derby));
writeFileSync(join(dir, 'tracked-changes.docx'), writeDocx(tracked));
writeFileSync(join(dir, 'label-table.docx'), writeDocx(labelTable));
writeFileSync(join(dir, 'template-default.docx'), writeTemplateDocx(getProfile('default')));
process.stdout.write(`Wrote fixtures to ${dir}\n`);
