// What a careful consumer checks before trusting the package, run on the packed tarball (offline):
// publint's rules, are-the-types-wrong for ESM consumers (Node 16+ and bundlers), and the exports
// map reaching exactly the documented entries, never a file inside an element's folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { elementNames } from '../quality/harness.js';
import { packPackage, type PackedPackage } from './packed.js';

let packed: PackedPackage;
before(async () => {
  packed = await packPackage();
});
after(() => packed?.dispose());

test('publint reports no error and no warning on the packed package', async () => {
  const { messages, pkg } = await publint({ level: 'warning', pack: { tarball: packed.tarball.slice().buffer } });
  const text = messages.map((m) => `${m.type} ${m.code}: ${formatMessage(m, pkg) ?? ''}`);
  assert.deepEqual(text, []);
});

test('are-the-types-wrong finds no problem for ESM consumers (node16 from ESM, bundler)', async () => {
  const analysis = await checkPackage(createPackageFromTarballData(packed.tarball));
  assert.ok(analysis.types, 'the package ships its own types');
  // The "esm-only" profile: a type: module package has no CommonJS or node10 consumers to serve.
  const ignored = new Set(['node10', 'node16-cjs']);
  const problems = analysis.problems.filter((p) => !('resolutionKind' in p) || !ignored.has(p.resolutionKind));
  assert.deepEqual(problems, []);
});

/** Documented element entries: `motcua/elements/<name>.js` and `motcua/elements/<name>.component.js`. */
function elementSpecifiers(): string[] {
  return elementNames().flatMap((name) => [`motcua/elements/${name}.js`, `motcua/elements/${name}.component.js`]);
}

/** Node's own ESM resolver, run in the scratch consumer: each specifier's URL or error code. */
function nodeResolve(specifiers: string[]): Record<string, string> {
  const script = join(packed.consumer, 'resolve.mjs');
  writeFileSync(
    script,
    `const out = {};
for (const s of ${JSON.stringify(specifiers)}) {
  try { out[s] = import.meta.resolve(s); } catch (e) { out[s] = e.code ?? String(e); }
}
console.log(JSON.stringify(out));`,
  );
  return JSON.parse(execFileSync(process.execPath, [script], { cwd: packed.consumer, encoding: 'utf8' }));
}

/** TypeScript's NodeNext resolution from the scratch consumer: the declaration file, or undefined. */
function typesFor(specifier: string): string | undefined {
  const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  const from = join(packed.consumer, 'consumer.mts');
  return ts.resolveModuleName(specifier, from, options, ts.sys, undefined, undefined, ts.ModuleKind.ESNext).resolvedModule?.resolvedFileName;
}

test('every documented element entry resolves in Node and in TypeScript', () => {
  const specifiers = elementSpecifiers();
  assert.ok(specifiers.length >= 18, `found ${specifiers.length} element entries`);
  const resolved = nodeResolve(specifiers);
  for (const s of specifiers) {
    assert.match(resolved[s] ?? 'unresolved', /^file:.*\/node_modules\/motcua\/dist\/elements\/[^/]+\.js$/, `${s} → ${resolved[s]}`);
    assert.match(typesFor(s) ?? 'unresolved', /\/dist\/elements\/[^/]+\.d\.ts$/, `${s} has types`);
  }
});

test('no export reaches a file inside an element folder (neither Node nor TypeScript resolves it)', () => {
  // Each of these has a declaration in dist/elements/<name>/ (tsc mirrors src), so a pattern export
  // would let it type-check and then fail at run time.
  const internal = [
    'motcua/elements/dossier-tracker/dossier-tracker.component.js',
    'motcua/elements/dossier-tracker/progress.js',
    'motcua/elements/shared/motcua-element.js',
  ];
  const resolved = nodeResolve(internal);
  for (const s of internal) {
    assert.equal(resolved[s], 'ERR_PACKAGE_PATH_NOT_EXPORTED', `${s} → ${resolved[s]}`);
    assert.equal(typesFor(s), undefined, `${s} must not type-check`);
  }
});
