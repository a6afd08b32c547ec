import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createProcedureIndex } from '../../src/search/index.js';
import { nationalCatalogue, nationalFile } from './national.js';
import { heldOut, nationalQueries, tuning, type NationalKind } from './national-queries.js';
import { measure } from './relevance.js';

const shared = fileURLToPath(new URL('../../../shared/national', import.meta.url));
const docs = nationalCatalogue();
const index = createProcedureIndex(docs);
const search = (q: string): string[] => index.search(q, { limit: 10 }).hits.map((h) => h.code);

test('the fixtures are the files of ../shared/national, byte for byte', (t) => {
  if (!existsSync(shared)) {
    t.skip('../shared/national is not beside this clone');
    return;
  }
  const fixtures = dirname(nationalFile);
  assert.deepEqual(readdirSync(fixtures).sort(), readdirSync(shared).sort());
  for (const file of readdirSync(shared)) {
    assert.ok(readFileSync(join(fixtures, file)).equals(readFileSync(join(shared, file))), `test/fixtures/national/${file} differs from ../shared/national: refresh it and check the labels`);
  }
});

test('the national labelled set is large, covers every kind and names real codes', () => {
  assert.equal(docs.length, 2642);
  assert.ok(nationalQueries.length >= 150, `${nationalQueries.length} queries`);
  assert.ok(heldOut.length >= 40, `${heldOut.length} held out`);
  const kinds: NationalKind[] = ['plain', 'bare', 'telex', 'abbrev', 'everyday', 'question', 'variant', 'level', 'code', 'trap'];
  for (const kind of kinds) assert.ok(nationalQueries.filter((q) => q.kind === kind).length >= 8, kind);
  const known = new Set(docs.map((p) => p.code));
  for (const { q, expect } of nationalQueries) {
    assert.ok(expect.length > 0, q);
    for (const code of expect) assert.ok(known.has(code), `${q}: ${code} is not in the catalogue`);
  }
  assert.equal(new Set(nationalQueries.map((q) => q.q)).size, nationalQueries.length, 'no query twice');
});

test('relevance floor on the national set: MRR@10 ≥ 0.95, hit@1 ≥ 0.9', () => {
  const { mrr, hit1, misses } = measure(nationalQueries, search);
  const report = misses.map((m) => `${m.q} → ${m.rank}`).join('; ');
  assert.ok(mrr >= 0.95, `MRR@10 ${mrr.toFixed(3)}: ${report}`);
  assert.ok(hit1 >= 0.9, `hit@1 ${hit1.toFixed(3)}: ${report}`);
});

test('the held-out part is not far below the tuning part', () => {
  const tuned = measure(tuning, search);
  const held = measure(heldOut, search);
  assert.ok(held.mrr >= tuned.mrr - 0.1, `held out ${held.mrr.toFixed(3)} against tuning ${tuned.mrr.toFixed(3)}`);
});
