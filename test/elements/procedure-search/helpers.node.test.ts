import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightSegments } from '../../../src/elements/procedure-search/highlight.js';
import { openIndex, searchIndex } from '../../../src/elements/procedure-search/local-index.js';
import { readSearchState, writeSearchState } from '../../../src/elements/procedure-search/url-state.js';
import type { ProcedureSummary } from '../../../src/model/procedure.js';

test('highlightSegments merges, clamps and orders ranges on the accented text', () => {
  const name = 'Đăng ký khai sinh';
  assert.deepEqual(highlightSegments(name, [[8, 12], [0, 3], [2, 7], [13, 99]]), [
    { text: 'Đăng ký', mark: true },
    { text: ' ', mark: false },
    { text: 'khai', mark: true },
    { text: ' ', mark: false },
    { text: 'sinh', mark: true },
  ]);
  assert.deepEqual(highlightSegments(name, []), [{ text: name, mark: false }]);
  assert.deepEqual(highlightSegments(name, [[5, 5], [-3, 0]]), [{ text: name, mark: false }]);
  assert.deepEqual(highlightSegments('', [[0, 2]]), []);
});


test('URL state: read with Vietnamese parameter names, written keeping the host’s parameters', () => {
  assert.deepEqual(readSearchState('?q=khai+sinh&linh_vuc=ho-tich&cap=commune&x=1'), {
    q: 'khai sinh',
    filters: { field: 'ho-tich', level: 'commune' },
  });
  assert.equal(writeSearchState('?x=1&q=old', { q: 'sổ đỏ', filters: { channel: 'online' } }), '?x=1&q=s%E1%BB%95+%C4%91%E1%BB%8F&kenh=online');
  assert.equal(writeSearchState('?q=old&linh_vuc=a', { q: ' ', filters: {} }), '');
});

test('the local catalogue searches summaries with channel facets and name highlights', () => {
  const summaries: ProcedureSummary[] = [
    { code: '1.001193', name: 'Đăng ký khai sinh', field: { code: 'ho-tich', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person', 'online'] },
    { code: '1.000894', name: 'Đăng ký kết hôn', field: { code: 'ho-tich', name: 'Hộ tịch' }, levels: ['commune'], channels: ['in-person'] },
  ];
  const catalogue = openIndex(summaries);
  const result = searchIndex(catalogue, 'dang ky khai sinh', {}, 10);
  assert.equal(result.thread, 'main');
  assert.equal(result.items[0]?.procedure, summaries[0]);
  assert.deepEqual(result.items[0]?.ranges, [[0, 17]]);
  const online = searchIndex(catalogue, 'dang ky', { channel: 'online' }, 10);
  assert.deepEqual(online.items.map((i) => i.procedure.code), ['1.001193']);
  assert.ok(online.facets.channel.some((v) => v.value === 'online' && v.count === 1));
});
