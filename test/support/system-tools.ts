import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Tests that need a program outside Node (a browser, a word processor, a PDF reader, xmllint, or
// Microsoft's manifest schemas) use this to find it. When it is missing they are skipped with the
// one-line command that installs it, so a fresh clone with only Node passes; under CI=true a
// missing tool fails the test instead, so CI always runs everything.

export type SystemTool = 'chromium' | 'soffice' | 'pdftoppm' | 'pdftotext' | 'xmllint' | 'manifest-schemas';

interface ToolInfo {
  /** What the tool is, in a skip message. */
  readonly what: string;
  /** The one line that installs it on Debian or Ubuntu (or how to provide it). */
  readonly install: string;
  /** Environment variable that names it explicitly, checked first. */
  readonly env: string;
  /** Program names looked up on PATH, or folders tried in order. */
  readonly candidates: readonly string[];
  readonly kind: 'program' | 'folder';
}

const root = join(__dirname, '..', '..');

const TOOLS: Record<SystemTool, ToolInfo> = {
  chromium: {
    what: 'Chromium (browser tests)',
    install: 'sudo apt-get install --no-install-recommends chromium',
    env: 'CHROMIUM_PATH',
    candidates: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    kind: 'program',
  },
  soffice: {
    what: 'LibreOffice (opens generated documents)',
    install: 'sudo apt-get install --no-install-recommends libreoffice-writer-nogui',
    env: 'SOFFICE_PATH',
    candidates: ['soffice', 'libreoffice'],
    kind: 'program',
  },
  pdftoppm: {
    what: 'pdftoppm (renders PDF pages)',
    install: 'sudo apt-get install poppler-utils',
    env: 'PDFTOPPM_PATH',
    candidates: ['pdftoppm'],
    kind: 'program',
  },
  pdftotext: {
    what: 'pdftotext (reads PDF text)',
    install: 'sudo apt-get install poppler-utils',
    env: 'PDFTOTEXT_PATH',
    candidates: ['pdftotext'],
    kind: 'program',
  },
  xmllint: {
    what: 'xmllint (XML schema validation)',
    install: 'sudo apt-get install libxml2-utils',
    env: 'XMLLINT_PATH',
    candidates: ['xmllint'],
    kind: 'program',
  },
  'manifest-schemas': {
    what: "Microsoft's add-in manifest XML schemas",
    install: 'put the schema folder (with validate.sh) at ../shared/schemas/office-addin-manifest, or set MANIFEST_SCHEMAS to it',
    env: 'MANIFEST_SCHEMAS',
    candidates: [join(root, '..', 'shared', 'schemas', 'office-addin-manifest'), join(root, 'shared', 'schemas', 'office-addin-manifest')],
    kind: 'folder',
  },
};

const found = new Map<SystemTool, string | undefined>();

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const file = join(dir, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function locate(tool: SystemTool): string | undefined {
  const info = TOOLS[tool];
  const explicit = process.env[info.env];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  if (info.kind === 'folder') return info.candidates.find((dir) => existsSync(join(dir, 'validate.sh')));
  for (const name of info.candidates) {
    const file = onPath(name);
    if (file) return file;
  }
  return undefined;
}

/** The path of a system tool (program or folder), or undefined when it is not installed. */
export function toolPath(tool: SystemTool): string | undefined {
  if (!found.has(tool)) found.set(tool, locate(tool));
  return found.get(tool);
}

/** The tools in the list that are not installed. */
export function missingTools(tools: readonly SystemTool[]): SystemTool[] {
  return tools.filter((tool) => toolPath(tool) === undefined);
}

/** One line saying what is missing and how to install it. */
export function missingMessage(tools: readonly SystemTool[]): string {
  return tools.map((tool) => `${TOOLS[tool].what} not found: ${TOOLS[tool].install}`).join('; ');
}

const inCi = () => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Marks a skipped test's title, so the summary reporter can list the skips and their reasons. */
export const SKIP_MARK = '[skipped, needs a system tool]';

type TestFn = typeof test;
type HookFn = typeof beforeAll;
type DescribeFn = typeof describe;

export interface ToolGatedJest {
  /** True when every tool is installed. */
  readonly available: boolean;
  readonly test: TestFn;
  readonly beforeAll: HookFn;
  readonly afterAll: HookFn;
  readonly beforeEach: HookFn;
  readonly afterEach: HookFn;
  readonly describe: DescribeFn;
}

/**
 * Jest's `test`, `describe` and hooks, gated on system tools. Shadow the globals with them at the
 * top of a test file: `const { test, beforeAll, afterAll } = withTools('chromium');`.
 * - every tool present: the real functions;
 * - a tool missing: tests are skipped with the install command in their title, hooks do nothing;
 * - a tool missing under CI=true: each test fails with the same message.
 */
export function withTools(...tools: SystemTool[]): ToolGatedJest {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    return { available: true, test, beforeAll, afterAll, beforeEach, afterEach, describe };
  }
  const reason = missingMessage(missing);
  const noHook = (() => undefined) as unknown as HookFn;
  let gatedTest: TestFn;
  if (inCi()) {
    const failing = (name: string) => global.test(name, () => {
      throw new Error(`CI=true and a required system tool is missing. ${reason}`);
    });
    gatedTest = Object.assign((name: string) => failing(name), global.test, { only: failing, concurrent: failing }) as unknown as TestFn;
  } else {
    const skipped = (name: string, fn?: jest.ProvidesCallback, timeout?: number) => global.test.skip(`${name} ${SKIP_MARK} ${reason}`, fn, timeout);
    gatedTest = Object.assign(skipped, global.test, { only: skipped, concurrent: skipped }) as unknown as TestFn;
  }
  const gatedDescribe = Object.assign(
    (name: string, body: () => void) => global.describe(name, body),
    global.describe,
  ) as unknown as DescribeFn;
  return { available: false, test: gatedTest, beforeAll: noHook, afterAll: noHook, beforeEach: noHook, afterEach: noHook, describe: gatedDescribe };
}
