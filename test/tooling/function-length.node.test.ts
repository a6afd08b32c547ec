// "No function over 80 lines" (issue 11): every function, method, accessor, constructor and arrow
// function in src/ and server/, counted from the declaration's first line to its last, nested
// functions included in their parent's count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const MAX_LINES = 80;
const root = resolve(import.meta.dirname, '../..');

interface LongFunction {
  where: string;
  name: string;
  lines: number;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.split(/[\\/]/).includes('node_modules'))
    .sort();
}

/** A readable name: the declared one, or the variable/property/call the function is given to. */
function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) {
    return parent.name.getText(file);
  }
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(file).slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function-like node in `source` spanning more than `max` lines. */
function longFunctions(fileName: string, source: string, max = MAX_LINES): LongFunction[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = file.getLineAndCharacterOfPosition(fn.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(fn.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) found.push({ where: `${fileName}:${start + 1}`, name: nameOf(fn, file), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('the checker finds long functions of every kind and leaves short ones alone', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
  const source = [
    `function short() {\n${body(3)}\n}`,
    `function declared() {\n${body(79)}\n}`, // 81 lines
    `const arrow = () => {\n${body(79)}\n};`,
    `class C {\n  method() {\n${body(79)}\n  }\n  constructor() {\n${body(10)}\n  }\n}`,
    `function exactly80() {\n${body(78)}\n}`,
  ].join('\n');
  const names = longFunctions('sample.ts', source).map((f) => `${f.name}:${f.lines}`);
  assert.deepEqual(names, ['declared:81', 'arrow:81', 'method:81']);
});

test(`no function in src/ or server/ is over ${MAX_LINES} lines`, () => {
  const files = [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'server'))];
  assert.ok(files.length > 50, `expected the source tree, found ${files.length} files`);
  const offenders = files.flatMap((f) => longFunctions(relative(root, f), readFileSync(f, 'utf8')));
  const report = offenders.map((o) => `  ${o.where} ${o.name} (${o.lines} lines)`).join('\n');
  assert.equal(offenders.length, 0, `functions over ${MAX_LINES} lines:\n${report}`);
});
