// Writes the .docx fixtures in test/fixtures/ from readable definitions. Run: npm run fixtures
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getProfile } from '../src/core';
import { writeDocx, writeTemplateDocx, type DocNode, type Inline } from '../src/io/docx-writer';

const dir = join(__dirname, '..', 'test', 'fixtures');
const h = (text: string, level = 2): DocNode => ({ type: 'heading', level, content: [text] });
const p = (...content: Inline[]): DocNode => ({ type: 'paragraph', content });
const li = (text: string): DocNode => ({ type: 'list-item', content: [text], numbered: false });

// Appendix 2 of the Derby and Derbyshire guidance, typed in as a Word document.
const derby: DocNode[] = [
  h('Written Agreement between Ms Smith and Mr Smith and Derbyshire/Derby City Children\u2019s Social Care', 1),
  p('Written Agreement number 1'),
  p('Date; Today'),
  p('This document is a formal record of an agreement between Derbyshire/Derby City Children\u2019s Social Care and'),
  li('Mr Smith'),
  li('Ms Smith'),
  li('Maternal grandparents, Rita and Ed Dilley'),
  h('Purpose'),
  p('This written agreement has been proposed to make clear the arrangements between Ms Smith, Mr Smith and Derbyshire/Derby Childrens Social Care and how they will keep their children, Jo and Sam safe from harm.'),
  li('To be clear what Derbyshire/Derby Childrens Social Care are worried about.'),
  li('To be clear what Ms Smith and Mr Smith have agreed to do.'),
  li('To be clear what members of Derbyshire/Derby Childrens Social Care and Core Agencies have agreed to do.'),
  h('What are we worried about?'),
  li('We are worried that Jo and Sam are living in a home environment where there is violence and frightening behaviour from the adults. We are worried that the emotional needs of Jo and Sam are not fully understood, recognised and met.'),
  li('We are worried that because of the home environment Jo and Sam do not always attend school and that when they do attend they are often late and have not had any breakfast. They often attend school without the things they need to complete their school work.'),
  li('We are worried that because of the home environment Jo and Sam are often left unsupervised. This has meant that Jo and Sam have been found outside the family home of two occasions late at night.'),
  li('We are worried that because of the home environment life is chaotic and we are not sure that Ms Smith and Mr Smith make sure that all the children\u2019s basic needs are met; we are concerned that mealtimes and routines are confusing for the children. Jo seems to feel responsible for her younger sibling and this is not appropriate for a child of her age.'),
  li('We are worried that Sam may not be meeting all his developmental milestones. His language seems to be delayed and Ms Smith and Mr Smith have failed to keep a number of appointments with Speech and Language and have not engaged with the Bright Start Children\u2019s Centre.'),
  li('We are worried that both Ms Smith and Mr Smith are continuing to drink and that there are reports that Mr Smith is using illegal substances. Mr Smith denies that he is doing this.'),
  h('What Ms Smith and Mr Smith will do'),
  p('Jo and Sam will be provided with a home environment free from violence and frightening adult behaviour where their emotional needs are fully understood, recognised and met. This means Ms Smith and Mr Smith will stop physically fighting and throwing things at each other in the family home and in front of the children.'),
  p('Ms Smith will ensure that Jo and Sam are at Top School on time every day.'),
  p('Ms Smith & Mr Smith will attend Mellow Parenting classes at Bright Start Children\u2019s Centre.'),
  p('Ms Smith and Mr Smith will keep an appointment with Speech & Language Services to allow and assessment of Sam\u2019s speech development to take place.'),
  p('Ms Smith and Mr Smith will work with Think Family to ensure that Jo and Sam have a routine around breakfast and bedtime.'),
  p('Ms Smith and Mr Smith will work with Lantern House to address their drinking.'),
  p('If Mr Smith has been drinking or using illegal substances Ms Smith will not allow him in the family home.'),
  p('Maternal Grandparents Rita and Ed Dilley will provide childcare for Jo and Sam to enable Ms Smith and Mr Smith to attend Lantern House.'),
  h('What the social worker and involved agencies will do'),
  li('Belinda Jones (social worker) will do some direct work with Jo and Sam to understand what life is like for them at home.'),
  li('Mr Jones (Top School) will support Jo and Sam to join the Lively Ladybirds lunchtime activity group.'),
  li('Lorraine Williams and John Clapperton (Think Family) will visit the family home twice a day for 4 weeks in the morning and early evening to work with Ms Smith and Mr Smith on the household routines.'),
  li('Doreen Atkinson (Bright Start Children\u2019s Centre) will visit the family home every Wednesday to work with Ms Smith on other household routines, including budgeting and shopping.'),
  li('Lynn Ross (Speech and Language Services) will make a 3rd appointment for an assessment of Sam and language development.'),
  li('Pat Plummer (Lantern House) will work with Ms Smith and Mr Smith to address their drinking.'),
  h('If things go wrong'),
  p('A strategy discussion with the Police and partner agencies will be convened'),
  h('How long this will go on for'),
  li('The agreement will be reviewed at each Core Group meeting by the members of the Core Group and Ms Smith and Mr Smith'),
  h('Signed'),
  { type: 'table', rows: [['Ms Smith', 'Date'], ['Mr Smith', 'Date'], ['Social Worker', 'Date'], ['Team Manager', 'Date'], ['Grandparents', 'Date']].map((row) => row.map((cell) => [cell])) },
];

// A short agreement whose review date arrives only through a manager's tracked insertion.
const manager = { author: 'Paul Graham (team manager)', date: '2026-12-02T10:15:00Z' };
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
  p('If the agreement is not kept, Hannah Okafor will arrange a meeting with Kerry and Daniel within five working days.'),
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
