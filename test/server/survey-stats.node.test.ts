// GET /stats: satisfaction by agency and by period, history plus stored responses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Stats, SurveyReceipt } from '../../src/model/index.js';
import { fixtureServer, getJson, postJson, removeDir, tempDir } from './helpers.js';

describe('GET /stats satisfaction by agency and period', () => {
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  let api: string;
  before(async () => {
    server = await fixtureServer();
    api = `${server.url}/api/v1`;
  });
  after(async () => {
    await server.close();
  });

  it('counts history per quarter and agency, then adds a stored response in its own period', async () => {
    const q = '/stats?from=2025-01-01&to=2025-12-31&groupBy=quarter';
    const before = (await getJson(api, q, 200, Stats)).body.satisfaction;
    assert.deepEqual(before.byPeriod?.map((p) => [p.period, p.responses]), [['2025-Q1', 1], ['2025-Q2', 1], ['2025-Q3', 0], ['2025-Q4', 0]]);
    assert.equal(before.byPeriod?.find((p) => p.period === '2025-Q1')?.verySatisfied, 1);

    const response = {
      formId: 'sipas-2025', formVersion: 1, answers: { time: 'on-time', overall: 'dissatisfied' },
      channel: 'kiosk', agencyId: 'ubnd-hoa-vang', createdAt: '2025-08-20T09:00:00+07:00',
    };
    await getJson(api, '/surveys/responses', 201, SurveyReceipt, postJson(response, { 'Idempotency-Key': 'stats-key-0001' }));
    await getJson(api, '/surveys/responses', 200, SurveyReceipt, postJson(response, { 'Idempotency-Key': 'stats-key-0001' }));

    const after = (await getJson(api, q, 200, Stats)).body.satisfaction;
    const q3 = after.byPeriod?.find((p) => p.period === '2025-Q3');
    assert.deepEqual(q3, { period: '2025-Q3', responses: 1, verySatisfied: 0, satisfied: 0, dissatisfied: 1 });
    assert.equal(after.responses, before.responses + 1, 'the duplicate counts once');
    const sum = after.byPeriod!.reduce((n, p) => n + p.responses, 0);
    assert.equal(sum, after.responses, 'periods add up to the total');
    const byAgency = after.byAgency.reduce((n, a) => n + a.responses, 0);
    assert.equal(byAgency, after.responses, 'agencies add up to the total');
  });

  it('by month, only the months asked for', async () => {
    const { body } = await getJson(api, '/stats?from=2025-03-01&to=2025-04-30&groupBy=month', 200, Stats);
    assert.deepEqual(body.satisfaction.byPeriod?.map((p) => `${p.period}:${p.responses}`), ['2025-03:1', '2025-04:1']);
  });
});
