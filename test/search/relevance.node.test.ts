import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandCatalogue } from '../../bench/search/catalogue-6000.js';
import { createProcedureIndex } from '../../src/search/index.js';
import { catalogue, popularBoost } from './catalogue.js';
import { queries } from './queries.js';
import { measure } from './relevance.js';

test('the labelled set is large, varied and labelled against the catalogue', () => {
  assert.ok(queries.length >= 80);
  assert.ok(catalogue.length >= 200);
  assert.ok(new Set(catalogue.map((p) => p.field.code)).size >= 16);
  const known = new Set(catalogue.map((p) => p.code));
  for (const { q, expect } of queries) for (const code of expect) assert.ok(known.has(code), `${q}: ${code}`);
  for (const kind of ['plain', 'bare', 'colloquial', 'abbrev', 'typo', 'code', 'prefix']) {
    assert.ok(queries.some((q) => q.kind === kind), kind);
  }
});

test('relevance floor on the labelled set: MRR@10 ≥ 0.95, hit@1 ≥ 0.9', () => {
  const index = createProcedureIndex(catalogue, { boost: popularBoost });
  const { mrr, hit1, misses } = measure(queries, (q) => index.search(q, { limit: 10 }).hits.map((h) => h.code));
  const report = misses.map((m) => `${m.q} → ${m.rank}`).join('; ');
  assert.ok(mrr >= 0.95, `MRR@10 ${mrr.toFixed(3)}: ${report}`);
  assert.ok(hit1 >= 0.9, `hit@1 ${hit1.toFixed(3)}: ${report}`);
});

// No loss: every labelled query of this catalogue has been answered first since the national
// work began, here and in the bench's 24-locality copy; a ranking change may not trade one away.
test('no loss on the labelled set: every query answered first (MRR@10 = hit@1 = 1)', () => {
  const index = createProcedureIndex(catalogue, { boost: popularBoost });
  const { misses } = measure(queries, (q) => index.search(q, { limit: 10 }).hits.map((h) => h.code));
  assert.deepEqual(misses.map((m) => `${m.q} → ${m.rank || '>10'} (${m.top.join(', ')})`), []);
});

test('no loss at ~6,000 procedures: the 24-locality copy of the bench answers every query first', () => {
  const index = createProcedureIndex(expandCatalogue(), { boost: popularBoost });
  const { misses } = measure(queries, (q) => index.search(q, { limit: 10 }).hits.map((h) => h.code));
  assert.deepEqual(misses.map((m) => `${m.q} → ${m.rank || '>10'} (${m.top.join(', ')})`), []);
});

test('without the popularity boost the floor still holds', () => {
  const index = createProcedureIndex(catalogue);
  const { mrr } = measure(queries, (q) => index.search(q, { limit: 10 }).hits.map((h) => h.code));
  assert.ok(mrr >= 0.9, `MRR@10 ${mrr.toFixed(3)}`);
});
