import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The pane takes its spacing and colours from Fluent's tokens through makeStyles, so it follows the
// host's theme (dark mode, high contrast) and stays consistent; inline style objects and literal
// colours would not.
const dir = join(__dirname, '../../src/taskpane/components');
const components = readdirSync(dir).filter((name) => name.endsWith('.tsx'));

describe('task pane styling', () => {
  test.each(components)('%s has no inline style object', (name) => {
    expect(readFileSync(join(dir, name), 'utf8')).not.toMatch(/style=\{\{/);
  });

  test.each(components)('%s has no literal hex colour', (name) => {
    expect(readFileSync(join(dir, name), 'utf8')).not.toMatch(/['"`]#[0-9a-f]{3,8}\b/i);
  });
});
