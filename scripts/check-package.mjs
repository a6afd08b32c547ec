// Proves the built package works for a consumer: every export target exists (JS and types), the SDK
// imports in plain Node through the package's own name, its import graph never reaches Lit (so it
// stays DOM-free), the CDN bundle has no bare imports left, and TypeScript resolves each entry's types.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { elementExports } from './element-exports.mjs';
import { findElements } from './elements.mjs';
import { root, runBin } from './run.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = findElements(join(root, 'src/elements'));
const problems = [];

// 0. One explicit entry per element (no pattern that reaches inside an element's folder).
for (const key of Object.keys(pkg.exports)) {
  if (key.includes('*')) problems.push(`exports["${key}"] is a pattern; list the entries (node scripts/element-exports.mjs --write)`);
}
for (const key of Object.keys(elementExports())) {
  if (!pkg.exports[key]) problems.push(`exports has no "${key}": run node scripts/element-exports.mjs --write`);
}

// 1. Export targets exist. `*` stands for every element, both the define and the component entry.
const wildcardValues = elements.flatMap((e) => (e.component ? [e.name, `${e.name}.component`] : [e.name]));
/** @type {string[]} specifiers a consumer would write */
const specifiers = [];
for (const [key, value] of Object.entries(pkg.exports)) {
  const targets = typeof value === 'string' ? [value] : Object.values(value);
  const expansions = key.includes('*') ? wildcardValues : [null];
  for (const w of expansions) {
    const spec = `motcua${key.slice(1).replace('*', w ?? '')}`;
    if (!key.endsWith('.json')) specifiers.push(spec);
    for (const target of targets) {
      const file = join(root, target.replace('*', w ?? ''));
      if (!existsSync(file)) problems.push(`${spec}: ${relative(root, file)} is missing`);
    }
  }
}

// 2. The SDK loads in plain Node (no DOM) through self-reference, as `import ... from 'motcua'` would.
const sdk = await import('motcua').catch((e) => problems.push(`import('motcua') threw: ${e.stack ?? e}`));
if (sdk && typeof sdk.createClient !== 'function') problems.push(`'motcua' does not export createClient()`);
const search = await import('motcua/search').catch((e) => problems.push(`import('motcua/search') threw: ${e}`));
if (search && typeof search.createProcedureIndex !== 'function') {
  problems.push(`'motcua/search' does not export createProcedureIndex()`);
}
const national = await import('motcua/national').catch((e) => problems.push(`import('motcua/national') threw: ${e}`));
if (national && typeof national.fromNationalProcedure !== 'function') {
  problems.push(`'motcua/national' does not export fromNationalProcedure()`);
}

// 3. The SDK's, search's and the importer's module graphs never import Lit (they must run where there is no DOM).
// A real lexer, not a regex: minified code is full of `from` and `import` that are not imports.
await init;
function importsOf(file) {
  const [imports] = parse(readFileSync(file, 'utf8'));
  return imports.map((i) => i.n).filter((n) => typeof n === 'string');
}
function graph(entry) {
  const seen = new Set();
  const bare = new Set();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) stack.push(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  }
  return { files: seen, bare };
}
for (const entry of ['dist/index.js', 'dist/search/index.js', 'dist/national.js']) {
  if (!existsSync(join(root, entry))) continue;
  for (const spec of graph(join(root, entry)).bare) {
    if (/^(lit|lit-html|lit-element|@lit\/)/.test(spec)) problems.push(`${entry} reaches '${spec}' (must stay DOM-free)`);
  }
}

// 4. The CDN bundle and its lazy chunks are self-contained.
const cdn = join(root, 'dist/cdn/motcua.js');
if (existsSync(cdn)) {
  const { bare } = graph(cdn);
  if (bare.size) problems.push(`dist/cdn has bare imports left: ${[...bare].join(', ')}`);
} else problems.push('dist/cdn/motcua.js is missing');

// 4b. Every "bin" runs in plain Node: a shebang, only node: built-ins and the package's own chunks
// or runtime dependencies as imports, and `--help` exits 0.
for (const [name, target] of Object.entries(pkg.bin ?? {})) {
  const file = join(root, target);
  if (!existsSync(file)) {
    problems.push(`bin ${name}: ${target} is missing`);
    continue;
  }
  if (!readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node')) problems.push(`bin ${name}: ${target} has no "#!/usr/bin/env node" line`);
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  for (const spec of graph(file).bare) {
    if (!spec.startsWith('node:') && !deps.has(spec.split('/')[0])) problems.push(`bin ${name}: imports '${spec}', not a dependency`);
  }
  const help = spawnSync(process.execPath, [file, '--help'], { encoding: 'utf8' });
  if (help.status !== 0) problems.push(`bin ${name}: '${target} --help' exited ${help.status}: ${help.stderr}`);
}

// 5. TypeScript resolves every entry's declarations through the exports map (NodeNext).
const checkDir = join(root, 'dist/.consumer-check');
mkdirSync(checkDir, { recursive: true });
const consumer = join(checkDir, 'consumer.ts');
writeFileSync(
  consumer,
  [
    `import { createClient } from 'motcua';`,
    ...specifiers.map((s, i) => `import * as m${i} from '${s}';`),
    `export const used = [createClient, ${specifiers.map((_, i) => `m${i}`).join(', ')}];`,
    '',
  ].join('\n'),
);
const tscCode = await runBin('tsc', [
  '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext',
  '--target', 'es2022', '--lib', 'es2023,dom,dom.iterable', '--types', 'node', '--experimentalDecorators',
  consumer,
]);
rmSync(checkDir, { recursive: true, force: true });
if (tscCode !== 0) problems.push('TypeScript could not resolve the package types (see above)');

const sizes = readdirSync(join(root, 'dist/cdn'), { recursive: true })
  .filter((f) => String(f).endsWith('.js'))
  .map((f) => `${f} ${(readFileSync(join(root, 'dist/cdn', String(f))).length / 1024).toFixed(1)} kB`);
if (problems.length) {
  for (const p of problems) console.error(`package check: ${p}`);
  process.exit(1);
}
console.log(`package check: ${specifiers.length} entries resolve; cdn: ${sizes.join(', ')}`);
