// GET /procedures/search-index over real HTTP: the catalogue with the server's prebuilt index,
// which the SDK client fetches and motcua/search loads to answer as the server does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from '../../src/api/client.js';
import { ProcedurePage, ProcedureSearchBundle } from '../../src/model/index.js';
import { loadProcedureIndex } from '../../src/search/index.js';
import { fixtureServer, getJson, removeDir, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
let dir: string;
let api: string;

before(async () => {
  dir = await tempDir();
  server = await fixtureServer({ dataDir: dir });
  api = `${server.url}/api/v1`;
});
after(async () => {
  await server.close();
  await removeDir(dir);
});

describe('GET /procedures/search-index', () => {
  it('sends every procedure as a summary and a prebuilt index of them', async () => {
    const { body } = await getJson(api, '/procedures/search-index', 200, ProcedureSearchBundle);
    const page = await getJson(api, '/procedures?pageSize=100', 200, ProcedurePage);
    assert.equal(body.items.length, page.body.total);
    assert.deepEqual(new Set(body.items.map((p) => p.code)), new Set(page.body.items.map((p) => p.code)));
    assert.equal((body.index as { format?: string }).format, 'motcua-search-index');
  });

  it('the loaded index answers as the server does', async () => {
    const client = createClient({ baseUrl: api });
    const bundle = await client.procedures.searchIndex();
    const docs = bundle.items.map((p) => ({ ...p, channels: p.channels.map((kind) => ({ kind })) }));
    const index = loadProcedureIndex(docs, bundle.index);
    for (const q of ['khai sinh', 'xay dung', 'chung thuc ban sao', '']) {
      const local = index.search(q, { limit: 20 }).hits.map((h) => h.code);
      const remote = (await client.procedures.search(q ? { q, pageSize: 20 } : { pageSize: 20 })).items.map((p) => p.code);
      assert.deepEqual(local, remote, q);
    }
  });

  it('is not mistaken for a procedure code', async () => {
    const res = await fetch(`${api}/procedures/search-index`);
    assert.equal(res.status, 200);
  });
});
