// `motcua import-national … --index file`: the prebuilt search index written beside the catalogue,
// loaded by motcua/search as local mode loads it, and the same as the reference server serves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../server/app.js';
import { loadCatalogueFile } from '../../server/catalogue.js';
import { ProcedureSearchBundle, type Procedure } from '../../src/model/index.js';
import { createProcedureIndex, loadProcedureIndex, type ProcedureIndex } from '../../src/search/index.js';
import { importNational } from '../../src/cli/import-national.js';
import { NATIONAL_DIR } from '../model/national-fixtures.js';
import { nationalQueries } from '../search/national-queries.js';
import { getJson } from '../server/helpers.js';

const root = resolve(import.meta.dirname, '../..');
const TSX = import.meta.resolve('tsx');
const work = mkdtempSync(join(tmpdir(), 'motcua-import-index-'));
after(() => rmSync(work, { recursive: true, force: true }));

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(work, file), 'utf8'));
const ranked = (index: ProcedureIndex<Procedure>, q: string) => index.search(q, { limit: 10 }).hits.map((h) => `${h.code} ${h.score}`);

describe('motcua import-national --index', () => {
  let procedures: Procedure[];
  let written: unknown;
  before(() => {
    // As a user runs it: a child process on the national files (catalogue lines and full records).
    const r = spawnSync(
      process.execPath,
      ['--import', TSX, join(root, 'src/cli/main.ts'), 'import-national', NATIONAL_DIR, '--out', 'catalogue.json', '--index', 'index/catalogue.index.json'],
      { cwd: work, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /→ index\/catalogue\.index\.json/);
    procedures = readJson('catalogue.json') as Procedure[];
    written = readJson('index/catalogue.index.json');
  });

  it('writes an index that motcua/search loads for the catalogue and ranks exactly as one built there', () => {
    const loaded = loadProcedureIndex(procedures, written);
    const built = createProcedureIndex(procedures);
    assert.equal(loaded.size, procedures.length);
    for (const { q } of nationalQueries) assert.deepEqual(ranked(loaded, q), ranked(built, q), q);
    // A real name ("Thủ tục đăng ký khai sinh"), typed as a citizen types it, comes first: the
    // answer is the labelled set's, looked up by hand in the catalogue.
    const birth = nationalQueries.find((l) => l.q === 'dang ky khai sinh');
    assert.ok(birth);
    assert.ok(birth.expect.includes(loaded.search(birth.q).hits[0]?.code ?? ''), ranked(loaded, birth.q).join('; '));
  });

  it('is refused for another catalogue, so a stale index is never half-used', () => {
    assert.throws(() => loadProcedureIndex(procedures.slice(1), written), { name: 'SearchIndexError' });
  });

  it('is the index the reference server serves for the same catalogue file', async () => {
    const server: RunningServer = await startServer({ port: 0, host: '127.0.0.1', dataDir: work, catalogue: loadCatalogueFile('catalogue.json', work), log: () => {} });
    try {
      const { body } = await getJson(`${server.url}/api/v1`, '/procedures/search-index', 200, ProcedureSearchBundle);
      assert.deepEqual(body.index, written);
      assert.deepEqual(body.items.map((i) => i.code), procedures.map((p) => p.code));
    } finally {
      await server.close();
    }
  });

  it('needs a file name after --index', () => {
    const quiet = { write() {} };
    let stderr = '';
    const code = importNational([join(NATIONAL_DIR, 'catalogue.json'), '--index'], { cwd: work, stdout: quiet, stderr: { write: (t) => void (stderr += t) } });
    assert.equal(code, 2);
    assert.match(stderr, /--index needs a file name/);
  });
});
