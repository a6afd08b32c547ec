// Survey form and responses: form checks, idempotency, durability across restarts, torn lines.
import assert from 'node:assert/strict';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Stats, SurveyForm, SurveyReceipt } from '../../src/model/index.js';
import { SURVEY_FILE } from '../../server/survey-store.js';
import { fixture } from './fixture.js';
import { expectError, fixtureServer, getJson, postJson, removeDir, tempDir } from './helpers.js';

const DOSSIER = '000.00.53.H48-250901-0001';
const valid = { formId: 'sipas-2025', formVersion: 1, answers: { time: 'on-time', overall: 'satisfied' }, channel: 'web' };
const submit = (body: unknown, key?: string) => postJson(body, key === undefined ? {} : { 'Idempotency-Key': key });

async function lines(dir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(dir, SURVEY_FILE), 'utf8');
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('GET /surveys/form', () => {
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

  it('without a dossier: the generic form', async () => {
    const { body } = await getJson(api, '/surveys/form', 200, SurveyForm);
    assert.equal(body.id, 'sipas-2025');
    assert.equal(body.dossier, undefined);
    assert.ok(body.sections.every((s) => s.criteria.every((c) => c.prefilled === undefined)));
  });

  it('with a dossier: dossier filled, time prefilled from its timeliness', async () => {
    const { body } = await getJson(api, `/surveys/form?dossier=${encodeURIComponent(' 000.00.53.h48-250901-0001')}`, 200, SurveyForm);
    assert.equal(body.dossier?.code, DOSSIER);
    assert.equal(body.dossier?.procedureName, 'Thủ tục đăng ký khai sinh');
    const time = body.sections.flatMap((s) => s.criteria).find((c) => c.id === 'time');
    assert.equal(time?.prefilled?.value, 'early');
  });

  it('an unfinished dossier has nothing to prefill', async () => {
    const { body } = await getJson(api, '/surveys/form?dossier=000.00.53.H48-250910-0002', 200, SurveyForm);
    assert.equal(body.sections.flatMap((s) => s.criteria).find((c) => c.id === 'time')?.prefilled, undefined);
  });

  it('404 for an unknown dossier, 400 naming dossier for a malformed code', async () => {
    await expectError(api, '/surveys/form?dossier=000.00.53.H48-250901-9999', 404, 'DOSSIER_NOT_FOUND');
    await expectError(api, '/surveys/form?dossier=nope', 400, 'INVALID_QUERY', 'dossier');
  });
});

describe('POST /surveys/responses', () => {
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  let dir: string;
  let api: string;
  before(async () => {
    dir = await tempDir();
    server = await fixtureServer({ dataDir: dir, rateLimits: { surveys: { limit: 1000, windowMs: 60_000 } } });
    api = `${server.url}/api/v1`;
  });
  after(async () => {
    await server.close();
    await removeDir(dir);
  });

  it('201 stores once; the same key and body again is 200 duplicate with the same id', async () => {
    const first = await getJson(api, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'key-00000001'));
    assert.equal(first.body.duplicate, false);
    // Same content, other key order: still the same body.
    const reordered = { channel: 'web', answers: { overall: 'satisfied', time: 'on-time' }, formVersion: 1, formId: 'sipas-2025' };
    const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, submit(reordered, 'key-00000001'));
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.duplicate, true);
    const stored = await lines(dir);
    assert.equal(stored.filter((l) => l.key === 'key-00000001').length, 1);
    const line = stored[0]!;
    assert.deepEqual(Object.keys(line).sort(), ['bodyHash', 'id', 'key', 'receivedAt', 'response']);
  });

  it('409 when the key comes back with another body', async () => {
    await expectError(api, '/surveys/responses', 409, 'IDEMPOTENCY_CONFLICT', undefined,
      submit({ ...valid, comment: 'khác' }, 'key-00000001'));
    assert.equal((await lines(dir)).length, 1);
  });

  it('concurrent requests with one key store one line', async () => {
    const key = 'concurrent-key-1';
    const results = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${api}/surveys/responses`, submit(valid, key)).then(async (r) => ({ status: r.status, body: SurveyReceipt.parse(await r.json()) }))),
    );
    assert.equal(results.filter((r) => r.status === 201).length, 1);
    assert.equal(results.filter((r) => r.status === 200 && r.body.duplicate).length, 7);
    assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
    assert.equal((await lines(dir)).filter((l) => l.key === key).length, 1);
  });

  it('key required (400) and well-formed (400)', async () => {
    await expectError(api, '/surveys/responses', 400, 'IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key', submit(valid));
    await expectError(api, '/surveys/responses', 400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', submit(valid, 'short'));
    await expectError(api, '/surveys/responses', 400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', submit(valid, 'has space in it'));
  });

  it('422 for schema failures, naming the field', async () => {
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'channel', submit({ ...valid, channel: 'fax' }, 'key-v-000001'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', submit({ ...valid, formVersion: '1' }, 'key-v-000002'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'comment', submit({ ...valid, comment: 'x'.repeat(1001) }, 'key-v-000003'));
  });

  it('422 for answers that do not fit the form', async () => {
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formId', submit({ ...valid, formId: 'other' }, 'key-f-000001'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', submit({ ...valid, formVersion: 2 }, 'key-f-000002'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.overall', submit({ ...valid, answers: { time: 'late' } }, 'key-f-000003'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.time', submit({ ...valid, answers: { time: 'yesterday', overall: 'satisfied' } }, 'key-f-000004'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'answers.colour', submit({ ...valid, answers: { ...valid.answers, colour: 'blue' } }, 'key-f-000005'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'comment', submit({ ...valid, comment: 'x'.repeat(501) }, 'key-f-000006'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'agencyId', submit({ ...valid, agencyId: 'nowhere' }, 'key-f-000007'));
    await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'dossierCode', submit({ ...valid, dossierCode: '000.00.53.H48-250901-9999' }, 'key-f-000008'));
    // Nothing of the above was stored.
    assert.equal((await lines(dir)).filter((l) => String(l.key).startsWith('key-f-')).length, 0);
  });

  it('with a dossier, the prefilled time criterion need not be answered', async () => {
    const { body } = await getJson(api, '/surveys/responses', 201, SurveyReceipt,
      submit({ formId: 'sipas-2025', formVersion: 1, dossierCode: DOSSIER, answers: { overall: 'very-satisfied' }, channel: 'kiosk', agencyId: 'ubnd-hoa-vang' }, 'key-d-000001'));
    assert.equal(body.duplicate, false);
  });

  it('stored responses count in the satisfaction stats', async () => {
    const { body } = await getJson(api, '/stats?from=2025-01-01&to=2099-12-31&groupBy=year', 200, Stats);
    // Fixture history: 2 in 2025; stored here: 2 distinct keys with overall answers, + the dossier one.
    assert.equal(body.satisfaction.responses, 2 + 3);
    assert.equal(body.satisfaction.verySatisfied, 1 + 1);
  });
});

describe('durability', () => {
  it('survives a restart: keys reload, a repeat is a duplicate, no new line', async () => {
    const dir = await tempDir();
    try {
      let server = await fixtureServer({ dataDir: dir });
      const first = await getJson(`${server.url}/api/v1`, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'restart-key-1'));
      await server.close();
      server = await fixtureServer({ dataDir: dir });
      try {
        const again = await getJson(`${server.url}/api/v1`, '/surveys/responses', 200, SurveyReceipt, submit(valid, 'restart-key-1'));
        assert.equal(again.body.id, first.body.id);
        assert.equal(again.body.duplicate, true);
        await expectError(`${server.url}/api/v1`, '/surveys/responses', 409, 'IDEMPOTENCY_CONFLICT', undefined,
          submit({ ...valid, answers: { time: 'late', overall: 'dissatisfied' } }, 'restart-key-1'));
        assert.equal((await lines(dir)).length, 1);
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(dir);
    }
  });

  it('a retry after the form changed gets its stored receipt; other bodies are still refused', async () => {
    const dir = await tempDir();
    try {
      let server = await fixtureServer({ dataDir: dir });
      const first = await getJson(`${server.url}/api/v1`, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'form-change-1'));
      await server.close();
      // The office publishes version 2 of the form while the client still holds its receipt-less retry.
      server = await fixtureServer({ dataDir: dir, data: { ...fixture, surveyForm: { ...fixture.surveyForm, version: 2 } } });
      try {
        const api = `${server.url}/api/v1`;
        const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, submit(valid, 'form-change-1'));
        assert.equal(again.body.id, first.body.id);
        assert.equal(again.body.duplicate, true);
        // The same key with another body is still a conflict, a malformed one still a 422 ...
        await expectError(api, '/surveys/responses', 409, 'IDEMPOTENCY_CONFLICT', 'Idempotency-Key',
          submit({ ...valid, comment: 'khác' }, 'form-change-1'));
        await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'channel',
          submit({ ...valid, channel: 'fax' }, 'form-change-1'));
        // ... and a new key with the old version is checked against the new form.
        await expectError(api, '/surveys/responses', 422, 'VALIDATION_FAILED', 'formVersion', submit(valid, 'form-change-2'));
        assert.deepEqual((await lines(dir)).map((l) => l.key), ['form-change-1']);
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(dir);
    }
  });

  it('tolerates a torn last line: skips it, logs, and appends cleanly after it', async () => {
    const dir = await tempDir();
    try {
      let server = await fixtureServer({ dataDir: dir });
      const first = await getJson(`${server.url}/api/v1`, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'torn-key-001'));
      await server.close();
      // A crash mid-write leaves half a line without its newline.
      await appendFile(join(dir, SURVEY_FILE), '{"id":"sv-half","key":"torn-key-002","bodyHa');
      server = await fixtureServer({ dataDir: dir });
      try {
        assert.ok(server.warnings.some((w) => /ghi dở/.test(w)), `warnings: ${server.warnings.join(' | ')}`);
        const api = `${server.url}/api/v1`;
        const again = await getJson(api, '/surveys/responses', 200, SurveyReceipt, submit(valid, 'torn-key-001'));
        assert.equal(again.body.id, first.body.id);
        // The torn key was never acknowledged, so it is new now.
        const second = await getJson(api, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'torn-key-002'));
        assert.equal(second.body.duplicate, false);
        const stored = await lines(dir); // every line parses
        assert.deepEqual(stored.map((l) => l.key), ['torn-key-001', 'torn-key-002']);
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(dir);
    }
  });

  it('skips a corrupt line in the middle and keeps the rest', async () => {
    const dir = await tempDir();
    try {
      let server = await fixtureServer({ dataDir: dir });
      await getJson(`${server.url}/api/v1`, '/surveys/responses', 201, SurveyReceipt, submit(valid, 'mid-key-0001'));
      await server.close();
      const file = join(dir, SURVEY_FILE);
      await writeFile(file, `not json\n${await readFile(file, 'utf8')}`);
      server = await fixtureServer({ dataDir: dir });
      try {
        assert.ok(server.warnings.some((w) => /dòng 1/.test(w)));
        const again = await getJson(`${server.url}/api/v1`, '/surveys/responses', 200, SurveyReceipt, submit(valid, 'mid-key-0001'));
        assert.equal(again.body.duplicate, true);
      } finally {
        await server.close();
      }
    } finally {
      await removeDir(dir);
    }
  });
});

describe('survey rate limit', () => {
  it('30 per minute per client, then 429 with Retry-After', async () => {
    const dir = await tempDir();
    const server = await fixtureServer({ dataDir: dir });
    try {
      const api = `${server.url}/api/v1`;
      for (let i = 0; i < 30; i++) {
        const res = await fetch(`${api}/surveys/responses`, submit(valid, `rate-key-${String(i).padStart(4, '0')}`));
        assert.equal(res.status, 201);
        await res.arrayBuffer();
      }
      const { res } = await expectError(api, '/surveys/responses', 429, 'RATE_LIMITED', undefined, submit(valid, 'rate-key-9999'));
      const retryAfter = Number(res.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
      assert.equal((await lines(dir)).length, 30);
    } finally {
      await server.close();
      await removeDir(dir);
    }
  });
});
