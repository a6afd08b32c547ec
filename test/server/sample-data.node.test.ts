// The server on the real sample data (server/data): every route answers within its schema.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Dossier,
  FieldList,
  HolidayList,
  Procedure,
  ProcedurePage,
  RosterWeek,
  Stats,
  SurveyForm,
  SurveyReceipt,
} from '../../src/model/index.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { loadSampleData } from '../../server/data/index.js';
import { getJson, postJson, removeDir, tempDir } from './helpers.js';
import { sharedDatabase } from './db.js';

const TODAY = new Date('2026-03-18T02:00:00Z'); // a Wednesday
const data = loadSampleData(TODAY);

let server: RunningServer;
let api: string;

before(async () => {
  server = await startServer({ port: 0, database: await sharedDatabase(), today: TODAY });
  api = `${server.url}/api/v1`;
});
after(async () => {
  await server.close();
});

describe('sample data through the API', () => {
  it('searches the catalogue, paging through every hit', async () => {
    const first = await getJson(api, '/procedures?pageSize=100', 200, ProcedurePage);
    assert.equal(first.body.total, data.procedures.length);
    let seen = first.body.items.length;
    for (let page = 2; seen < first.body.total; page++) {
      const { body } = await getJson(api, `/procedures?pageSize=100&page=${page}`, 200, ProcedurePage);
      assert.ok(body.items.length > 0);
      seen += body.items.length;
    }
    assert.equal(seen, data.procedures.length);
    const q = await getJson(api, '/procedures?q=dang%20ky%20khai%20sinh', 200, ProcedurePage);
    assert.match(q.body.items[0]!.name, /khai sinh/i);
    assert.ok(q.body.items[0]!.highlights?.length);
  });

  it('returns procedures in full and fields with counts', async () => {
    const code = data.procedures[0]!.code;
    await getJson(api, `/procedures/${code}`, 200, Procedure);
    const { body } = await getJson(api, '/fields', 200, FieldList);
    assert.equal(body.items.reduce((sum, f) => sum + f.count, 0), data.procedures.length);
  });

  it('looks up every demo dossier', async () => {
    assert.ok(data.demoLookups.length > 0);
    for (const { code, lookupKey } of data.demoLookups) {
      const { body } = await getJson(api, '/dossiers/lookup', 200, Dossier, postJson({ code, lookupKey }));
      assert.equal(body.code, code);
    }
  });

  it('serves holidays, this week and an unplanned week', async () => {
    for (const { year } of data.holidays) await getJson(api, `/holidays?year=${year}`, 200, HolidayList);
    const current = await getJson(api, '/roster', 200, RosterWeek);
    assert.equal(current.body.week, '2026-W12');
    assert.ok(current.body.days.some((d) => d.sessions.some((s) => s.slots.length > 0)));
    await getJson(api, '/roster?week=2030-W01', 200, RosterWeek);
  });

  it('fills the form for a dossier and stores a complete response', async () => {
    const finished = data.dossiers.find((d) => ['early', 'on-time', 'late'].includes(d.dossier.timeliness))!;
    const key = { 'Lookup-Key': finished.lookupKey };
    const { body: form } = await getJson(api, `/surveys/form?dossier=${finished.dossier.code}`, 200, SurveyForm, { headers: key });
    const criteria = form.sections.flatMap((s) => s.criteria);
    assert.equal(criteria.find((c) => c.id === 'time')?.prefilled?.value, finished.dossier.timeliness);
    const answers = Object.fromEntries(
      criteria.filter((c) => c.required && !c.prefilled).map((c) => [c.id, c.options[0]!.value]),
    );
    const response = { formId: form.id, formVersion: form.version, dossierCode: finished.dossier.code, answers, channel: 'web' };
    const { body } = await getJson(api, '/surveys/responses', 201, SurveyReceipt, postJson(response, { 'Idempotency-Key': 'sample-data-0001', ...key }));
    assert.equal(body.duplicate, false);
  });

  it('reports stats for this year and the past three', async () => {
    const { body } = await getJson(api, '/stats', 200, Stats);
    assert.ok(body.totals.received > 0);
    assert.ok(body.satisfaction.responses > 0);
    const years = await getJson(api, '/stats?from=2023-01-01&to=2026-03-18&groupBy=year', 200, Stats);
    assert.ok(years.body.byPeriod.filter((p) => p.received > 0).length >= 3);
    const field = years.body.byField[0]!.field.code;
    const one = await getJson(api, `/stats?from=2023-01-01&to=2026-03-18&groupBy=quarter&field=${field}`, 200, Stats);
    assert.equal(one.body.totals.received, years.body.byField[0]!.received);
  });
});
