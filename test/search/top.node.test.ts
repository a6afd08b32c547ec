import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstOf } from '../../src/search/top.js';

test('firstOf gives the first k of a full sort, in order, for any k', () => {
  // Scores with many ties, broken by the item itself: an order with no ties, as the index's.
  const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 500);
  const score = (x: number) => (x * 31) % 17;
  const compare = (a: number, b: number) => score(b) - score(a) || a - b;
  const sorted = [...items].sort(compare);
  for (const k of [0, 1, 2, 10, 30, 62, 63, 100, 499, 500, 600, Infinity]) {
    assert.deepEqual(firstOf(items, items.length, k, compare), sorted.slice(0, k), `k = ${k}`);
  }
  assert.deepEqual(firstOf(items, 40, 5, compare), items.slice(0, 40).sort(compare).slice(0, 5));
});
