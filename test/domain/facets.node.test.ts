// One descriptor per facet: the schema, the URL, the index and the server all follow it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { acceptsFacetValue, FACET_NAMES, FACETS } from '../../src/domain/facets.js';
import { ProcedureQuery } from '../../src/model/procedure.js';
import { URL_PARAMS, readSearchState, writeSearchState } from '../../src/elements/procedure-search/url-state.js';
import { createProcedureIndex } from '../../src/search/index.js';

const procedures = [
  { code: '1.001108', name: 'Đăng ký khai sinh', field: { code: 'hotich', name: 'Hộ tịch' }, levels: ['commune'], channels: [{ kind: 'online' }], onlineLevel: 'full' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: { code: 'hotich', name: 'Hộ tịch' }, levels: ['commune', 'district'], channels: [{ kind: 'in-person' }] },
];

describe('facet descriptors', () => {
  it('give the query schema one checked parameter per facet', () => {
    for (const name of FACET_NAMES) {
      const { values, maxLength }: { values: readonly string[] | undefined; maxLength: number } = FACETS[name];
      const good = values ? values[0]! : 'x'.repeat(maxLength);
      const bad = values ? 'no-such-value' : 'x'.repeat(maxLength + 1);
      assert.ok(z.safeParse(ProcedureQuery, { [name]: good }).success, `${name}=${good}`);
      assert.equal(z.safeParse(ProcedureQuery, { [name]: bad }).success, false, `${name}=${bad}`);
      assert.equal(acceptsFacetValue(name, good), true);
      assert.equal(acceptsFacetValue(name, bad), false);
    }
  });

  it('give the element its URL parameters, read and written back', () => {
    const filters = Object.fromEntries(FACET_NAMES.map((name) => [name, FACETS[name].values?.[0] ?? 'hotich']));
    for (const name of FACET_NAMES) assert.equal(URL_PARAMS[name], FACETS[name].param);
    const search = writeSearchState('?trang=2', { q: 'khai sinh', filters });
    assert.deepEqual(readSearchState(search), { q: 'khai sinh', filters });
    assert.match(search, /trang=2/);
  });

  it('give the index one count list per facet, read through each descriptor', () => {
    const { facets } = createProcedureIndex(procedures).search('');
    assert.deepEqual(Object.keys(facets).sort(), [...FACET_NAMES].sort());
    assert.deepEqual(facets.field, [{ value: 'hotich', label: 'Hộ tịch', count: 2 }]);
    assert.deepEqual(facets.level.map((v) => [v.value, v.count]), [['commune', 2], ['district', 1]]);
    assert.deepEqual(facets.channel.map((v) => v.value).sort(), ['in-person', 'online']);
    assert.deepEqual(facets.onlineLevel, [{ value: 'full', label: 'full', count: 1 }]);
  });
});
