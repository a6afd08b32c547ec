// The look-up against the real sample data: every national status (and a late dossier with its
// apology) can be looked up with the key printed on its receipt, as the tracker's tests rely on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSampleData } from '../../server/data/index.js';
import { Dossier } from '../../src/model/index.js';
import { expectError, getJson, postJson, removeDir, tempDir } from './helpers.js';
import { sharedDatabase } from './db.js';
import { startServer, type RunningServer } from '../../server/app.js';

const TODAY = new Date('2026-03-10T03:00:00Z');

describe('POST /dossiers/lookup on the sample data', () => {
  let server: RunningServer;
  let api: string;
  const data = loadSampleData(TODAY);
  before(async () => {
    server = await startServer({ port: 0, database: await sharedDatabase(), today: TODAY, log: () => {} });
    api = `${server.url}/api/v1`;
  });
  after(async () => {
    await server.close();
  });

  it('finds one dossier of every status 1–10 by its receipt key', async () => {
    for (let status = 1; status <= 10; status++) {
      const sample = data.dossiers.find((d) => d.dossier.status === status);
      assert.ok(sample, `no sample dossier with status ${status}`);
      const { body } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code: sample.dossier.code, lookupKey: sample.lookupKey.toLowerCase() }));
      assert.equal(body.status, status);
    }
  });

  it('serves late dossiers with the apology and its new date', async () => {
    const late = data.dossiers.find((d) => d.dossier.timeliness === 'late');
    assert.ok(late);
    const { body } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code: late.dossier.code, lookupKey: late.lookupKey }));
    assert.ok(body.apology && body.apology.newAppointmentDate > body.appointmentDate);
  });

  it('refuses a real code with another dossier\'s key with the same 404', async () => {
    const [a, b] = data.dossiers;
    assert.ok(a && b && a.lookupKey !== b.lookupKey);
    const wrong = await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, postJson({ code: a.dossier.code, lookupKey: b.lookupKey }));
    const unknown = await expectError(api, '/dossiers/lookup', 404, 'DOSSIER_NOT_FOUND', undefined, postJson({ code: '999.99.99.H48-260101-9999', lookupKey: a.lookupKey }));
    assert.deepEqual(wrong.body, unknown.body);
  });
});
