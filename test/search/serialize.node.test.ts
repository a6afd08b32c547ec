import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createProcedureIndex,
  INDEX_VERSION,
  isSearchIndexError,
  loadProcedureIndex,
  SearchIndexError,
  type SerializedIndex,
} from '../../src/search/index.js';
import { catalogue, popularBoost } from './catalogue.js';
import { nationalCatalogue } from './national.js';
import { nationalQueries } from './national-queries.js';

const docs = nationalCatalogue();
const built = createProcedureIndex(docs);
const data = JSON.parse(JSON.stringify(built.serialize())) as SerializedIndex;

function rejects(input: unknown, reason: SearchIndexError['reason'], procedures = docs): void {
  assert.throws(
    () => loadProcedureIndex(procedures, input),
    (e: unknown) => isSearchIndexError(e) && e.reason === reason && /search index/.test(e.message),
  );
}

test('a loaded index answers exactly as the built one, after a trip through JSON', () => {
  const loaded = loadProcedureIndex(docs, data);
  assert.equal(loaded.size, docs.length);
  for (const { q } of nationalQueries) {
    const a = built.search(q, { limit: 10 });
    const b = loaded.search(q, { limit: 10 });
    assert.deepEqual(b.hits.map((h) => [h.code, h.score, h.matches]), a.hits.map((h) => [h.code, h.score, h.matches]), q);
    assert.equal(b.total, a.total, q);
  }
  assert.deepEqual(loaded.search('', { limit: 5 }).facets, built.search('', { limit: 5 }).facets);
});

test('options apply to a loaded index as to a built one (boost, synonyms, qualifiers)', () => {
  const small = createProcedureIndex(catalogue, { boost: popularBoost });
  const loaded = loadProcedureIndex(catalogue, JSON.parse(JSON.stringify(small.serialize())), { boost: popularBoost });
  for (const q of ['khai sinh', 'sổ đỏ', 'cấp lại giấy phép lái xe', 'gpxd']) {
    assert.deepEqual(loaded.search(q).hits.map((h) => h.score), small.search(q).hits.map((h) => h.score), q);
  }
});

test('the format is versioned and named', () => {
  assert.equal(data.format, 'motcua-search-index');
  assert.equal(data.version, INDEX_VERSION);
  assert.equal(data.size, docs.length);
  rejects({ ...data, version: INDEX_VERSION + 1 }, 'version');
  rejects({ ...data, format: 'something-else' }, 'format');
  rejects(null, 'format');
  rejects('not an index', 'format');
});

test('an index of another catalogue is refused', () => {
  rejects(data, 'catalogue', docs.slice(1));
  const renamed = docs.map((p, i) => (i === 7 ? { ...p, name: `${p.name} (sửa)` } : p));
  rejects(data, 'catalogue', renamed);
  const reordered = [docs[1]!, docs[0]!, ...docs.slice(2)];
  rejects(data, 'catalogue', reordered);
});

test('damaged arrays are refused, never half-used', () => {
  const arrays = data.arrays;
  rejects({ ...data, arrays: { ...arrays, postGaps: 'u8:3:!!!' } }, 'corrupt');
  rejects({ ...data, arrays: { ...arrays, postGaps: 'v:99999:AAAA' } }, 'corrupt');
  rejects({ ...data, arrays: { ...arrays, nameAccents: 'nope' } }, 'corrupt');
  rejects({ ...data, accents: data.accents.map((a) => `${a}x`) }, 'corrupt');
  rejects({ ...data, arrays: { ...arrays, postStart: arrays.nameStart } }, 'corrupt');
  rejects({ ...data, arrays: { ...arrays, levels: 'u8:0:' } }, 'corrupt');
  rejects({ ...data, terms: data.terms.slice(0, 10) }, 'corrupt');
  rejects({ ...data, terms: [1, 2, 3] }, 'corrupt');
  const { nameAccents: _dropped, ...missing } = arrays;
  rejects({ ...data, arrays: missing }, 'corrupt');
});

test('the serialised index is compact: smaller than the catalogue it indexes', () => {
  const size = JSON.stringify(data).length;
  const catalogueSize = JSON.stringify(docs).length;
  assert.ok(size < catalogueSize, `${size} bytes against ${catalogueSize}`);
});
