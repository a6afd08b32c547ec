// GET routes over real HTTP on the fixture: every answer parsed with its schema.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  FieldList,
  HolidayList,
  Procedure,
  ProcedurePage,
  RosterWeek,
  Stats,
} from '../../src/model/index.js';
import { expectError, fixtureServer, getJson, removeDir, tempDir } from './helpers.js';

let server: Awaited<ReturnType<typeof fixtureServer>>;
let api: string;

before(async () => {
  server = await fixtureServer();
  api = `${server.url}/api/v1`;
});
after(async () => {
  await server.close();
});

describe('GET /procedures', () => {
  it('lists everything by default with page defaults and facets', async () => {
    const { body } = await getJson(api, '/procedures', 200, ProcedurePage);
    assert.equal(body.total, 4);
    assert.equal(body.page, 1);
    assert.equal(body.pageSize, 20);
    assert.equal(body.items.length, 4);
    const fields = body.facets.field.map((f) => f.value).sort();
    assert.deepEqual(fields, ['chungthuc', 'hotich', 'xaydung']);
  });

  it('searches without diacritics and highlights the name', async () => {
    const { body } = await getJson(api, '/procedures?q=khai%20sinh', 200, ProcedurePage);
    assert.ok(body.total >= 1);
    const hit = body.items[0]!;
    assert.equal(hit.code, '1.001193');
    assert.ok(hit.highlights && hit.highlights.length > 0, 'highlights present');
    const [start, end] = hit.highlights[0]!;
    assert.match(hit.name.slice(start, end).toLowerCase(), /khai|sinh/);
    assert.equal(typeof hit.score, 'number');
    // Shortest channel time: 8 hours online beats 3 working days at the desk.
    assert.equal(hit.processingTime, '08 giờ làm việc');
    assert.deepEqual(hit.channels, ['in-person', 'online']);
  });

  it('filters by field and pages', async () => {
    const { body } = await getJson(api, '/procedures?field=hotich&page=2&pageSize=1', 200, ProcedurePage);
    assert.equal(body.total, 2);
    assert.equal(body.items.length, 1);
    assert.equal(body.page, 2);
    assert.equal(body.items[0]!.field.code, 'hotich');
  });

  it('treats empty parameters as absent', async () => {
    const { body } = await getJson(api, '/procedures?q=&field=&page=&pageSize=', 200, ProcedurePage);
    assert.equal(body.total, 4);
  });

  for (const [query, field] of [
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['level=galaxy', 'level'],
    ['channel=fax', 'channel'],
    ['onlineLevel=9', 'onlineLevel'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['page=1&page=2', 'page'],
  ] as const) {
    it(`400 names ${field} for ${query.slice(0, 30)}`, async () => {
      await expectError(api, `/procedures?${query}`, 400, 'INVALID_QUERY', field);
    });
  }
});

describe('GET /procedures/{code}', () => {
  it('returns the full procedure', async () => {
    const { body } = await getJson(api, '/procedures/1.001193', 200, Procedure);
    assert.equal(body.name, 'Thủ tục đăng ký khai sinh');
  });
  it('400 for a malformed code, naming code', async () => {
    await expectError(api, '/procedures/abc', 400, 'INVALID_CODE', 'code');
    await expectError(api, '/procedures/%E0%A4%A', 400, 'INVALID_PATH', 'code');
  });
  it('404 for an unknown code', async () => {
    await expectError(api, '/procedures/9.999999', 404, 'PROCEDURE_NOT_FOUND');
  });
});

describe('GET /fields', () => {
  it('counts procedures per field', async () => {
    const { body } = await getJson(api, '/fields', 200, FieldList);
    const counts = Object.fromEntries(body.items.map((f) => [f.code, f.count]));
    assert.deepEqual(counts, { chungthuc: 1, hotich: 2, xaydung: 1 });
  });
});

describe('GET /holidays', () => {
  it('returns a known year', async () => {
    const { body } = await getJson(api, '/holidays?year=2025', 200, HolidayList);
    assert.equal(body.year, 2025);
    assert.equal(body.holidays.length, 2);
  });
  it('an unknown year is empty, not 404', async () => {
    const { body } = await getJson(api, '/holidays?year=2031', 200, HolidayList);
    assert.deepEqual(body, { year: 2031, holidays: [], workdays: [] });
  });
  it('year is required and must have 4 digits', async () => {
    await expectError(api, '/holidays', 400, 'INVALID_QUERY', 'year');
    await expectError(api, '/holidays?year=25', 400, 'INVALID_QUERY', 'year');
    await expectError(api, '/holidays?year=20255', 400, 'INVALID_QUERY', 'year');
  });
});

describe('GET /roster', () => {
  it('defaults to the current ISO week', async () => {
    const { body } = await getJson(api, '/roster', 200, RosterWeek);
    assert.equal(body.week, '2025-W38');
    assert.equal(body.days[0]!.sessions[0]!.slots[0]!.officials[0]!.name, 'Lê Thị Hoa');
  });
  it('a week without data is seven empty days with holidays named', async () => {
    const { body } = await getJson(api, '/roster?week=2025-W36', 200, RosterWeek);
    assert.equal(body.days.length, 7);
    assert.equal(body.days[0]!.date, '2025-09-01');
    assert.equal(body.days[0]!.holiday, 'Nghỉ lễ Quốc khánh');
    assert.equal(body.days[1]!.holiday, 'Quốc khánh');
    assert.equal(body.days[2]!.holiday, undefined);
    assert.ok(body.days.every((d) => d.sessions.length === 2 && d.sessions.every((s) => s.slots.length === 0)));
  });
  it('400 for a bad week, naming week', async () => {
    await expectError(api, '/roster?week=2025-38', 400, 'INVALID_QUERY', 'week');
    await expectError(api, '/roster?week=2025-W54', 400, 'INVALID_QUERY', 'week');
    // 2025 has 52 ISO weeks; the pattern alone would let W53 through.
    await expectError(api, '/roster?week=2025-W53', 400, 'INVALID_QUERY', 'week');
  });
  it('accepts W53 in a year that has it', async () => {
    const { body } = await getJson(api, '/roster?week=2026-W53', 200, RosterWeek);
    assert.equal(body.days[6]!.date, '2027-01-03');
  });
});

describe('GET /stats', () => {
  it('defaults to this year by month, history plus live dossiers', async () => {
    const { body } = await getJson(api, '/stats', 200, Stats);
    assert.equal(body.from, '2025-01-01');
    assert.equal(body.to, '2025-09-15');
    assert.equal(body.groupBy, 'month');
    assert.equal(body.byPeriod.length, 9);
    // 3 history rows in 2025 + 2 live dossiers.
    assert.equal(body.totals.received, 5);
    assert.equal(body.totals.early, 2);
    assert.equal(body.totals.onTime, 1);
    assert.equal(body.totals.late, 1);
    assert.equal(body.totals.inProgress, 1);
    assert.equal(body.totals.resolved, 4);
    const sept = body.byPeriod.find((p) => p.period === '2025-09')!;
    assert.equal(sept.received, 2);
    const hotich = body.byField.find((f) => f.field.code === 'hotich')!;
    assert.equal(hotich.field.name, 'Hộ tịch');
    assert.equal(hotich.received, 3);
    assert.equal(body.satisfaction.responses, 2);
    assert.equal(body.satisfaction.byAgency[0]!.agency, 'UBND xã Hòa Vang');
  });
  it('groups by quarter and year and filters by field', async () => {
    const q = await getJson(api, '/stats?from=2024-12-01&to=2025-06-30&groupBy=quarter&field=hotich', 200, Stats);
    assert.deepEqual(q.body.byPeriod.map((p) => p.period), ['2024-Q4', '2025-Q1', '2025-Q2']);
    assert.equal(q.body.totals.received, 3);
    assert.deepEqual(q.body.byField.map((f) => f.field.code), ['hotich']);
    const y = await getJson(api, '/stats?from=2024-01-01&to=2025-12-31&groupBy=year', 200, Stats);
    assert.deepEqual(y.body.byPeriod.map((p) => [p.period, p.received]), [['2024', 1], ['2025', 5]]);
    assert.equal(y.body.satisfaction.responses, 3);
  });
  it('400 when from is after to, naming from', async () => {
    await expectError(api, '/stats?from=2025-05-01&to=2025-04-01', 400, 'INVALID_QUERY', 'from');
  });
  it('400 for bad dates and groupings', async () => {
    await expectError(api, '/stats?from=2025-02-30', 400, 'INVALID_QUERY', 'from');
    await expectError(api, '/stats?to=yesterday', 400, 'INVALID_QUERY', 'to');
    await expectError(api, '/stats?groupBy=week', 400, 'INVALID_QUERY', 'groupBy');
    await expectError(api, '/stats?from=1000-01-01&to=2025-01-01', 400, 'INVALID_QUERY', 'from');
  });
});
