import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementEntries, findElements } from '../../scripts/elements.mjs';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-elements-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

test('element folders are found by their define file; shared/ and stray folders are not elements', (t) => {
  const dir = tree([
    'qr-lookup/qr-lookup.ts',
    'qr-lookup/qr-lookup.component.ts',
    'provider/provider.ts',
    'provider/provider.component.ts',
    'provider/provider.styles.ts',
    'shared/shared.ts',
    'draft/notes.ts',
    'bare/bare.ts',
  ]);
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  const found = findElements(dir);
  assert.deepEqual(
    found.map((e) => e.name),
    ['bare', 'provider', 'qr-lookup'],
  );
  assert.equal(found.find((e) => e.name === 'bare')?.component, null);
  assert.deepEqual(Object.keys(elementEntries(found)), [
    'elements/bare',
    'elements/provider',
    'elements/provider.component',
    'elements/qr-lookup',
    'elements/qr-lookup.component',
  ]);
  assert.equal(elementEntries(found)['elements/provider.component'], join(dir, 'provider/provider.component.ts'));
});

test('a missing elements folder means no elements, not a crash', () => {
  assert.deepEqual(findElements(join(tmpdir(), 'motcua-no-such-dir', 'elements')), []);
});
