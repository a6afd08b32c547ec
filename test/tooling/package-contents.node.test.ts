// What the packed package points at must be in it: every source map's sources are embedded (src/
// does not ship), and every module path of custom-elements.json is a file of the package.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { packPackage, type PackedPackage } from './packed.js';

let packed: PackedPackage;
before(async () => {
  packed = await packPackage();
});
after(() => packed?.dispose());

interface SourceMap {
  sources: string[];
  sourcesContent?: (string | null)[];
}

test('every shipped source map embeds or ships each of its sources', () => {
  const maps = readdirSync(packed.pkgDir, { recursive: true }).map(String).filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 20, `found ${maps.length} maps in the package`);
  const unresolved: string[] = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(join(packed.pkgDir, file), 'utf8')) as SourceMap;
    map.sources.forEach((source, i) => {
      const embedded = typeof map.sourcesContent?.[i] === 'string';
      if (!embedded && !existsSync(join(packed.pkgDir, dirname(file), source))) unresolved.push(`${file}: ${source}`);
    });
  }
  assert.deepEqual(unresolved.slice(0, 20), [], `${unresolved.length} sources neither embedded nor shipped`);
});

test('source map paths name the repository files (src/…), not folders above it', () => {
  const map = JSON.parse(readFileSync(join(packed.pkgDir, 'dist/cdn/motcua.js.map'), 'utf8')) as SourceMap;
  const ours = map.sources.filter((s) => !s.includes('node_modules/'));
  assert.ok(ours.length > 0);
  for (const s of ours) assert.match(s, /^\.\.\/\.\.\/src\//, s);
});

test('custom-elements.json names only modules the package ships', () => {
  const manifest = JSON.parse(readFileSync(join(packed.pkgDir, 'custom-elements.json'), 'utf8')) as {
    modules: { path: string; declarations?: unknown[]; exports?: unknown[] }[];
  };
  const referenced = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.module === 'string' && !record.package) referenced.add(record.module);
    Object.values(record).forEach(collect);
  };
  for (const mod of manifest.modules) {
    referenced.add(mod.path);
    collect(mod.declarations);
    collect(mod.exports);
  }
  assert.ok(manifest.modules.some((m) => m.path === 'dist/elements/dossier-tracker.component.js'));
  const missing = [...referenced].filter((p) => !existsSync(join(packed.pkgDir, p)));
  assert.deepEqual(missing, []);
});
