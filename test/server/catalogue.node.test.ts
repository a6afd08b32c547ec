// CATALOGUE=catalogue.json: the reference server serves a catalogue made by `motcua import-national`
// from the real national files, in-process and as `server/main.ts` reads it from the environment.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../server/app.js';
import { CatalogueFileError, loadCatalogueFile } from '../../server/catalogue.js';
import { importNational } from '../../src/cli/import-national.js';
import { FieldList, Procedure, ProcedurePage } from '../../src/model/index.js';
import { fromNationalProcedure } from '../../src/national.js';
import { NATIONAL_DIR, nationalCatalogue, nationalRecords } from '../model/national-fixtures.js';
import { getJson, removeDir, tempDir } from './helpers.js';

const root = join(import.meta.dirname, '../..');
let dir = '';
let file = '';

before(async () => {
  dir = await tempDir();
  file = join(dir, 'catalogue.json');
  const quiet = { write() {} };
  const code = importNational([NATIONAL_DIR, '--out', file], { cwd: dir, stdout: quiet, stderr: quiet });
  assert.equal(code, 0);
});
after(() => removeDir(dir));

describe('an imported catalogue on the reference server', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir, catalogue: loadCatalogueFile(file), log: () => {} });
  });
  after(() => server.close());
  const api = () => `${server.url}/api/v1`;

  it('lists every imported procedure and their real fields', async () => {
    const { body } = await getJson(api(), '/procedures?pageSize=1', 200, ProcedurePage);
    assert.equal(body.total, nationalCatalogue().length);
    const fields = (await getJson(api(), '/fields', 200, FieldList)).body.items;
    const hoTich = fields.find((f) => f.name === 'Hộ tịch');
    assert.equal(hoTich?.count, nationalCatalogue().filter((l) => l.field === 'Hộ tịch').length);
  });

  it('serves a full national record as imported, fee currency included', async () => {
    for (const { record } of nationalRecords()) {
      const { body } = await getJson(api(), `/procedures/${record.code}`, 200, Procedure);
      assert.deepEqual(body, fromNationalProcedure(record));
    }
    const usd = (await getJson(api(), '/procedures/1.000771', 200, Procedure)).body;
    assert.deepEqual(usd.channels[0]!.fee.items?.map((i) => `${i.amount} ${i.currency}`), ['10 USD']);
  });

  it('finds real names, near-duplicates included', async () => {
    const { body } = await getJson(api(), `/procedures?q=${encodeURIComponent('gia hạn tạm trú')}&pageSize=20`, 200, ProcedurePage);
    const names = body.items.map((i) => i.name);
    assert.ok(names.includes('Gia hạn tạm trú cho người nước ngoài tại Việt Nam (thực hiện tại cấp tỉnh)'), names.join('\n'));
    assert.ok(names.filter((n) => n.startsWith('Gia hạn tạm trú')).length >= 3);
  });
});

describe('loadCatalogueFile', () => {
  it('accepts { procedures: [...] } and refuses duplicates and bad entries, naming the entry', () => {
    const [a, b] = nationalRecords().map((r) => fromNationalProcedure(r.record));
    writeFileSync(join(dir, 'wrapped.json'), JSON.stringify({ procedures: [a, b] }));
    assert.deepEqual(loadCatalogueFile('wrapped.json', dir).map((p) => p.code), [a!.code, b!.code]);
    writeFileSync(join(dir, 'dup.json'), JSON.stringify([a, b, a]));
    assert.throws(() => loadCatalogueFile('dup.json', dir), (e: unknown) => e instanceof CatalogueFileError && /2\.code: .*trùng|duplicate/.test(e.message));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([a, { ...b, channels: [{ kind: 'fax' }] }]));
    assert.throws(() => loadCatalogueFile('bad.json', dir), (e: unknown) => e instanceof CatalogueFileError && /1\.channels\.0\.kind/.test(e.message));
    assert.throws(() => loadCatalogueFile('missing.json', dir), CatalogueFileError);
    writeFileSync(join(dir, 'empty.json'), '[]');
    assert.throws(() => loadCatalogueFile('empty.json', dir), /rỗng|empty/);
  });
});

/** Runs server/main.ts with CATALOGUE set, as `CATALOGUE=… npm start` does after its build. */
function main(catalogue: string) {
  // From a scratch folder (a relative CATALOGUE is read from the working folder), so tsx by its URL.
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'server/main.ts')], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, CATALOGUE: catalogue },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('server/main.ts with CATALOGUE', () => {
  it('serves the file it names', { timeout: 180_000 }, async () => {
    const child = main('catalogue.json');
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const m = /motcua demo and API on http:\/\/localhost:(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
      });
      assert.match(out, new RegExp(`catalogue: ${nationalCatalogue().length} thủ tục`));
      const { body } = await getJson(`http://127.0.0.1:${port}/api/v1`, '/procedures/1.002359', 200, Procedure);
      assert.deepEqual(body.channels.map((c) => c.fee.amount), [200000, 200000, 200000]);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      assert.equal((await exited)[0], 0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('exits 1 naming the problem when the file is not a catalogue', { timeout: 180_000 }, async () => {
    writeFileSync(join(dir, 'records.json'), JSON.stringify(nationalRecords().map((r) => r.record)));
    const child = main('records.json');
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (err += c));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(err, /CATALOGUE: .*invalid catalogue .*records\.json/s);
    assert.match(err, /0\.\w+/, 'names the first wrong entry');
  });
});
