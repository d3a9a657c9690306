import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { nodesFromBlocks, writeDocx } from '../src/io/docx-writer';
import { generateAgreement } from './generate';
import { hostileInputs } from '../test/io/hostile';

// Files for bench/readers.sh: `batch DIR N` writes N distinct generated agreements as .docx and as
// .md; `hostile DIR SCALE` writes issue 17's hostile inputs at a scale (2 = doubled).
const [mode, dir, count] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
if (mode === 'batch') {
  for (let i = 0; i < Number(count); i++) {
    const blocks = generateAgreement(600 + (i % 7) * 150, 1000 + i);
    writeFileSync(join(dir, `agreement-${i}.docx`), writeDocx(nodesFromBlocks(blocks)));
    const markdown = blocks.map((b) => (b.kind === 'heading' ? `${'#'.repeat(b.level ?? 2)} ${b.text}` : b.kind === 'list-item' ? `- ${b.text}` : b.text)).join('\n\n');
    writeFileSync(join(dir, `agreement-${i}.md`), strToU8(markdown));
  }
} else {
  hostileInputs(Number(count)).forEach((input, i) => writeFileSync(join(dir, `${String(i).padStart(2, '0')}-${input.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}${input.extension}`), input.make()));
}
