import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findElements } from '../../scripts/elements.mjs';

// The loader map is read as text: importing it would evaluate element modules that need a DOM.
const source = readFileSync(new URL('../../src/element-loaders.ts', import.meta.url), 'utf8');

test('the CDN autoloader has exactly one loader per element folder, pointing at its define file', () => {
  const entries = [...source.matchAll(/'(motcua-[a-z-]+)': \(\) => import\('\.\/elements\/([a-z-]+)\/([a-z-]+)\.js'\)/g)];
  const folders = findElements('src/elements').map((e) => e.name);
  assert.deepEqual(entries.map((m) => m[1]).sort(), folders.map((f) => `motcua-${f}`).sort());
  for (const [, tag, folder, file] of entries) {
    assert.equal(tag, `motcua-${folder}`);
    assert.equal(file, folder, `${tag} must load its define file`);
  }
});
