// Holidays, roster and statistics over OpenCPS: make-up working days told apart although the
// holiday list loses their type, the roster's frame with the site's holidays and hours, and
// statistics summed from the pre-aggregated rows without ever asking for a recomputation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HolidayList, RosterWeek, Stats } from '../../src/model/index.js';
import { TIDY } from '../opencps-sim/quirks.js';
import { STAT_DOMAINS, statisticRow } from '../opencps-sim/seed.js';
import { getJson } from './helpers.js';
import { startGateway, type Gateway } from './opencps-gateway.js';

for (const [label, quirks] of [['documented quirks', {}], ['every quirk off', TIDY]] as const) {
  describe(`OpenCPS gateway: calendar (${label})`, () => {
    let gw: Gateway;
    before(async () => {
      gw = await startGateway({ quirks });
    });
    after(() => gw.close());

    it('tells the Saturday make-up working day from the days off', async () => {
      const { body } = await getJson(gw.url, '/holidays?year=2026', 200, HolidayList);
      assert.deepEqual(body.workdays, [{ date: '2026-01-10', name: 'Làm bù cho ngày 02/01' }]);
      assert.equal(body.holidays.length, 8);
      assert.ok(body.holidays.some((h) => h.date === '2026-01-01'), 'epoch-ms string read as the Vietnam date');
      assert.ok(body.holidays.every((h) => h.date !== '2026-01-10'));
      assert.ok(gw.sim.requests.some((r) => r.path === '/o/rest/v2/holidays' && r.query.year === '2026' && r.query.end === '0'));
    });

    it('answers the roster week with the holidays named and the site hours', async () => {
      const { body } = await getJson(gw.url, '/roster?week=2026-W18', 200, RosterWeek);
      assert.equal(body.days.find((d) => d.date === '2026-04-30')?.holiday, 'Ngày Giải phóng miền Nam');
      assert.deepEqual(body.hours, { morning: '07:30–11:30', afternoon: '13:00–17:00' });
      assert.ok(body.days.every((d) => d.sessions.every((s) => s.slots.length === 0)), 'OpenCPS has no roster');
    });
  });
}

describe('OpenCPS gateway: holidays without the per-date call', () => {
  it('takes a weekend date in the list for a make-up working day', async () => {
    const gw = await startGateway({ quirks: { noHolidayByDate: true } });
    try {
      const { body } = await getJson(gw.url, '/holidays?year=2026', 200, HolidayList);
      assert.deepEqual(body.workdays.map((d) => d.date), ['2026-01-10']);
      assert.equal(body.holidays.length, 8);
      assert.ok(gw.sim.requests.some((r) => r.path === '/o/rest/v2/holidays/20260110'), 'it asked first');
    } finally {
      await gw.close();
    }
  });
});

describe('OpenCPS gateway: statistics', () => {
  let gw: Gateway;
  before(async () => {
    gw = await startGateway();
  });
  after(() => gw.close());

  it('sums the monthly rows by period and field', async () => {
    const { body } = await getJson(gw.url, '/stats?from=2026-01-01&to=2026-03-31&groupBy=month', 200, Stats);
    let received = 0;
    let early = 0;
    for (const month of [1, 2, 3]) for (let d = 0; d < STAT_DOMAINS.length; d++) {
      received += statisticRow(month, d).received;
      early += statisticRow(month, d).betimes;
    }
    assert.equal(body.totals.received, received);
    assert.equal(body.totals.early, early);
    assert.equal(body.totals.resolved, body.totals.early + body.totals.onTime + body.totals.late);
    assert.deepEqual(body.byPeriod.map((p) => p.period), ['2026-01', '2026-02', '2026-03']);
    assert.equal(body.byField.length, 3);
    assert.equal(body.satisfaction.responses, [1, 2, 3].reduce((n, m) => n + 10 + m + 5 + (m % 3) + (m % 2), 0));
    const one = await getJson(gw.url, '/stats?from=2026-01-01&to=2026-03-31&field=HO_TICH', 200, Stats);
    assert.deepEqual(one.body.byField.map((f) => f.field.code), ['HO_TICH']);
  });

  it('never asks OpenCPS to recompute, whatever the client sends', async () => {
    await getJson(gw.url, '/stats?from=2026-04-01&to=2026-06-30&reCalculate=1&fromStatisticDate=01/01/2026', 200, Stats);
    assert.equal(gw.sim.state.recalculations, 0);
    const stats = gw.sim.requests.filter((r) => r.path.startsWith('/o/rest/statistics'));
    assert.ok(stats.length > 0);
    for (const r of stats) {
      assert.ok(!('reCalculate' in r.query) && !('fromStatisticDate' in r.query) && !('toStatisticDate' in r.query), JSON.stringify(r.query));
    }
  });
});
