// Size guidelines for src/core (issue 12): files over about 300 lines and functions over about 60.
// `npx tsx scripts/code-size.ts [dir] [--max-file=300] [--max-function=60]` lists them; exit 0 either way
// (the guidelines are "about": the list is for review, with the reasons in docs/architecture.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? 'src/core';
const option = (name: string, fallback: number) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const maxFile = option('max-file', 300);
const maxFunction = option('max-function', 60);

function files(at: string): string[] {
  return readdirSync(at).flatMap((name) => {
    const path = join(at, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A readable name for a function-like node: its own name, or the variable, property or method it is assigned to. */
function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(source);
  return '(anonymous)';
}

const problems: string[] = [];
for (const path of files(dir).sort()) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > maxFile) problems.push(`${relative('.', path)}: ${lines} lines`);
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > maxFunction) problems.push(`${relative('.', path)}:${start + 1}: ${nameOf(node, source)}, ${end - start + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(problems.length ? problems.join('\n') : `no file over ${maxFile} lines and no function over ${maxFunction} in ${dir}`);
