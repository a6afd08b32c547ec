// The embedded database on disk, as `npm start` uses it: created on first start (and said so),
// the folder locked against a second server, a restart, and the import of the responses an
// earlier version kept in a JSONL file.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SurveyReceipt } from '../../src/model/index.js';
import { DataDirLockedError } from '../../server/db/lock.js';
import { hashBody } from '../../server/store/body-hash.js';
import { SURVEY_FILE } from '../../server/store/jsonl-import.js';
import { fixture } from './fixture.js';
import { expectError, fixtureServer, getJson, postJson, removeDir, tempDir } from './helpers.js';

describe('embedded database on disk', () => {
  let dir: string;
  before(async () => {
    dir = await tempDir();
  });
  after(() => removeDir(dir));

  it('imports an old JSONL file, survives a restart, and refuses a second server on the folder', { timeout: 120_000 }, async () => {
    // What the JSONL store of earlier versions left: two good lines, a corrupt one, a torn last one.
    const old = { formId: 'sipas-2025', formVersion: 1, answers: { time: 'on-time', overall: 'satisfied' }, channel: 'web', createdAt: '2025-09-01T01:00:00.000Z' };
    const line = (id: string, key: string, receivedAt: string) => JSON.stringify({ id, key, bodyHash: hashBody(old), receivedAt, response: old });
    await writeFile(
      join(dir, SURVEY_FILE),
      `${line('sv-old-1', 'old-key-0001', '2025-09-01T01:00:05.000Z')}\nnot json\n${line('sv-old-2', 'old-key-0002', '2025-09-02T01:00:05.000Z')}\n{"id":"sv-half","key":"old-key`,
    );
    let server = await fixtureServer({ dataDir: dir });
    try {
      assert.ok(server.warnings.some((w) => /tạo PostgreSQL nhúng/.test(w)), `says it creates the database: ${server.warnings.join(' | ')}`);
      assert.ok(server.warnings.some((w) => /đã chuyển 2 phiếu/.test(w)), server.warnings.join(' | '));
      assert.ok(existsSync(join(dir, `${SURVEY_FILE}.imported`)) && !existsSync(join(dir, SURVEY_FILE)));
      const api = `${server.url}/api/v1`;
      // The old receipt still answers a retry of the old request.
      const replay = await getJson(api, '/surveys/responses', 200, SurveyReceipt, postJson(old, { 'Idempotency-Key': 'old-key-0001' }));
      assert.deepEqual(replay.body, { id: 'sv-old-1', receivedAt: '2025-09-01T01:00:05.000Z', duplicate: true });
      await getJson(api, '/surveys/responses', 201, SurveyReceipt, postJson(old, { 'Idempotency-Key': 'new-key-0001' }));
      // A second server on the same folder (another process would be refused the same way).
      await assert.rejects(fixtureServer({ dataDir: dir }), DataDirLockedError);
    } finally {
      await server.close();
    }
    // The office publishes version 2 of the form while a client still holds a receipt-less retry.
    server = await fixtureServer({ dataDir: dir, data: { ...fixture, surveyForm: { ...fixture.surveyForm, version: 2 } } });
    try {
      const api = `${server.url}/api/v1`;
      const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, postJson(old, { 'Idempotency-Key': 'new-key-0001' }));
      assert.equal(again.body.duplicate, true);
      await expectError(api, '/surveys/responses', 409, 'IDEMPOTENCY_CONFLICT', 'Idempotency-Key', postJson({ ...old, comment: 'khác' }, { 'Idempotency-Key': 'new-key-0001' }));
      await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', postJson(old, { 'Idempotency-Key': 'new-key-0002' }));
      const rows = await server.database.query<{ n: number }>('select count(*)::int as n from survey_responses');
      assert.equal(Number(rows[0]!.n), 3);
      assert.ok(!server.warnings.some((w) => /tạo PostgreSQL nhúng/.test(w)), 'opened, not created, the second time');
    } finally {
      await server.close();
    }
  });
});
