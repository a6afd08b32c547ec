import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSampleData, DEMO_LOOKUPS } from '../../../server/data/index.js';
import { Dossier, HolidayList, Procedure, RosterWeek, SurveyForm } from '../../../src/model/index.js';
import { sample, TODAY } from './fixture.js';

function assertParses(schema: { safeParse(x: unknown): { success: boolean; error?: unknown } }, value: unknown, label: string) {
  const r = schema.safeParse(value);
  assert.ok(r.success, `${label}: ${JSON.stringify((r as { error?: { issues?: unknown } }).error?.issues)}`);
}

describe('loadSampleData', () => {
  it('every part parses with its schema', () => {
    const d = sample();
    for (const p of d.procedures) assertParses(Procedure, p, `procedure ${p.code}`);
    for (const { dossier } of d.dossiers) assertParses(Dossier, dossier, `dossier ${dossier.code}`);
    for (const w of d.rosterWeeks) assertParses(RosterWeek, w, `roster ${w.week}`);
    for (const h of d.holidays) assertParses(HolidayList, h, `holidays ${h.year}`);
    assertParses(SurveyForm, d.surveyForm, 'survey form');
  });

  it('is deterministic for a fixed today and fresh on each call', () => {
    const a = loadSampleData(TODAY);
    const b = loadSampleData(TODAY);
    assert.deepEqual(a, b);
    a.procedures[0]!.name = 'changed';
    assert.notEqual(loadSampleData(TODAY).procedures[0]!.name, 'changed');
  });

  it('moves dossier dates with today but keeps the look-up keys', () => {
    const a = loadSampleData(TODAY);
    const b = loadSampleData(new Date('2027-03-10T05:00:00Z'));
    assert.deepEqual(a.dossiers.map((x) => x.lookupKey), b.dossiers.map((x) => x.lookupKey));
    assert.notDeepEqual(a.dossiers.map((x) => x.dossier.receivedAt), b.dossiers.map((x) => x.dossier.receivedAt));
    assert.ok(b.dossiers.every((x) => x.dossier.receivedAt.slice(0, 10) <= '2027-03-10'));
  });

  it('stays valid whatever today is (a Tết holiday, a leap day, a year end)', () => {
    for (const iso of ['2025-01-27', '2024-02-29', '2026-02-16', '2027-12-31', '2025-07-01']) {
      const d = loadSampleData(new Date(`${iso}T05:00:00Z`));
      for (const { dossier } of d.dossiers) {
        assertParses(Dossier, dossier, `${iso} ${dossier.code}`);
        assert.ok(dossier.receivedAt.slice(0, 10) <= iso, `${iso} ${dossier.code}`);
      }
      for (const w of d.rosterWeeks) assertParses(RosterWeek, w, `${iso} ${w.week}`);
      for (let s = 1; s <= 10; s++) assert.ok(d.dossiers.some((x) => x.dossier.status === s), `${iso} status ${s}`);
      assert.ok(d.dossiers.some((x) => x.dossier.apology), iso);
      assert.equal(new Set(d.dossiers.map((x) => x.dossier.code)).size, d.dossiers.length);
    }
  });

  it('reads today in Vietnam time', () => {
    // 23:30 UTC on 21/11 is already 22/11 in Hà Nội.
    const late = loadSampleData(new Date('2026-11-21T23:30:00Z'));
    const latest = late.dossiers.map((x) => x.dossier.receivedAt.slice(0, 10)).sort().at(-1);
    assert.ok(latest !== undefined && latest <= '2026-11-22');
    assert.deepEqual(late, loadSampleData(new Date('2026-11-22T03:00:00Z')));
  });

  it('survey form is the generic sipas-2025 v1 with the criteria the stats and prefill rely on', () => {
    const f = sample().surveyForm;
    assert.equal(f.id, 'sipas-2025');
    assert.equal(f.version, 1);
    assert.equal(f.dossier, undefined);
    assert.equal(f.comment.maxLength, 1000);
    assert.deepEqual(new Set(f.sections.map((s) => s.part)), new Set(['access', 'procedure', 'official', 'result', 'feedback']));
    const criteria = new Map(f.sections.flatMap((s) => s.criteria).map((c) => [c.id, c]));
    assert.deepEqual(criteria.get('overall')?.options.map((o) => o.label), ['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    assert.deepEqual(criteria.get('overall')?.options.map((o) => o.value), ['very-satisfied', 'satisfied', 'dissatisfied']);
    assert.deepEqual(criteria.get('time')?.options.map((o) => o.value), ['early', 'on-time', 'late']);
    assert.deepEqual(criteria.get('contacts')?.options.map((o) => o.label), ['1 lần', '2 lần', 'Từ 3 lần trở lên']);
    for (const id of ['agencies', 'staffAttitude', 'onlineProgress', 'convenience']) assert.ok(criteria.has(id), id);
    const agencyIds = new Set(f.agencies.map((a) => a.id));
    assert.ok(f.officials.length > 0 && f.officials.every((o) => agencyIds.has(o.agencyId)));
    assert.equal(new Set(f.sections.flatMap((s) => s.criteria.map((c) => c.id))).size, criteria.size, 'criterion ids unique');
  });

  it('history covers three years with a realistic on-time rate', () => {
    const { dossierHistory, surveyHistory } = sample();
    assert.ok(dossierHistory.length >= 18_000 && dossierHistory.length <= 23_000, `${dossierHistory.length} rows`);
    assert.ok(surveyHistory.length >= 2_000 && surveyHistory.length <= 5_000, `${surveyHistory.length} rows`);
    const first = dossierHistory[0]!.receivedOn;
    assert.ok(first >= '2023-11-21' && first <= '2023-11-30', first);
    assert.ok(dossierHistory.every((r) => r.receivedOn <= '2026-11-21'));
    const resolved = dossierHistory.filter((r) => ['early', 'on-time', 'late'].includes(r.outcome));
    const rate = resolved.filter((r) => r.outcome !== 'late').length / resolved.length;
    assert.ok(rate > 0.99 && rate < 1, `on-time rate ${rate}`);
    assert.ok(dossierHistory.some((r) => r.outcome === 'in-progress'));
    const fields = new Set(sample().procedures.map((p) => p.field.code));
    assert.ok(dossierHistory.every((r) => fields.has(r.fieldCode)));
    const agencies = new Set(sample().surveyForm.agencies.map((a) => a.name));
    assert.ok(surveyHistory.every((r) => agencies.has(r.agency)));
    const very = surveyHistory.filter((r) => r.overall === 'very-satisfied').length / surveyHistory.length;
    assert.ok(very > 0.45 && very < 0.7, `very satisfied ${very}`);
  });

  it('demo look-ups point at real dossiers with the right keys', () => {
    const d = sample();
    assert.ok(d.demoLookups.length >= 5);
    for (const l of d.demoLookups) {
      const hit = d.dossiers.find((x) => x.dossier.code === l.code);
      assert.ok(hit, l.code);
      assert.equal(hit.lookupKey, l.lookupKey);
      assert.equal(hit.dossier.status, l.status);
    }
    assert.equal(DEMO_LOOKUPS.length, d.demoLookups.length);
    assert.deepEqual(DEMO_LOOKUPS.map((l) => l.lookupKey), d.demoLookups.map((l) => l.lookupKey));
  });
});
