import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWorkCalendar } from '../../../src/calendar/index.js';
import { DossierLookupRequest } from '../../../src/model/index.js';
import { sample, TODAY_ISO } from './fixture.js';

describe('sample dossiers', () => {
  const list = sample().dossiers;
  const cal = createWorkCalendar({
    holidays: sample().holidays.flatMap((h) => h.holidays),
    workdays: sample().holidays.flatMap((h) => h.workdays),
  });

  it('has about 60 dossiers with every status several times', () => {
    assert.ok(list.length >= 55 && list.length <= 70, `${list.length}`);
    for (let s = 1; s <= 10; s++) {
      assert.ok(list.filter((x) => x.dossier.status === s).length >= 3, `status ${s}`);
    }
  });

  it('has unique codes in the receipt format dated by the receipt day, and 6-character keys', () => {
    assert.equal(new Set(list.map((x) => x.dossier.code)).size, list.length);
    for (const { dossier, lookupKey } of list) {
      assert.match(dossier.code, /^000\.00\.\d\d\.H48-\d{6}-\d{4}$/);
      assert.equal(dossier.code.split('-')[1], dossier.receivedAt.slice(2, 10).replace(/-/g, ''));
      assert.match(lookupKey, /^[A-Z0-9]{6}$/);
      assert.ok(DossierLookupRequest.safeParse({ code: dossier.code, lookupKey }).success);
    }
  });

  it('computes appointment dates in working days and never dates anything after today', () => {
    for (const { dossier: d } of list) {
      const received = d.receivedAt.slice(0, 10);
      assert.ok(cal.isWorkingDay(received), `${d.code} received on a day off`);
      assert.equal(d.appointmentDate, cal.addWorkingDays(received, d.legalWorkingDays!), d.code);
      for (const t of [d.receivedAt, d.completedAt, d.returnedAt, ...d.timeline.flatMap((s) => [s.startedAt, s.finishedAt])]) {
        if (t) assert.ok(t.slice(0, 10) <= TODAY_ISO, `${d.code}: ${t}`);
      }
    }
  });

  it('masks applicants', () => {
    for (const { dossier: d } of list) {
      assert.match(d.applicant.name, /^\S+ \S\*\*\* \S$/u);
      assert.match(d.applicant.idNumber!, /^\*{9}\d{3}$/);
    }
  });

  it('gives late and overdue dossiers an apology with a later date', () => {
    const late = list.filter((x) => x.dossier.timeliness === 'late' || x.dossier.timeliness === 'overdue');
    assert.ok(late.length >= 3);
    for (const { dossier: d } of late) {
      assert.ok(d.apology, d.code);
      assert.ok(d.apology.newAppointmentDate > d.appointmentDate, d.code);
      if (d.completedAt) assert.ok(d.completedAt.slice(0, 10) > d.appointmentDate, d.code);
    }
    assert.ok(list.some((x) => x.dossier.timeliness === 'overdue' && x.dossier.appointmentDate < TODAY_ISO));
  });

  it('is consistent per status', () => {
    for (const { dossier: d } of list) {
      if (d.status === 5) assert.ok(d.supplement && d.supplement.items.length > 0, d.code);
      if (d.status === 6) assert.ok(d.fees && d.fees.length > 0 && d.fees.some((f) => !f.paid), d.code);
      if ([3, 7, 8].includes(d.status)) assert.ok(d.reason, d.code);
      if (d.status === 9 || d.status === 10) {
        assert.ok(d.completedAt && ['early', 'on-time', 'late'].includes(d.timeliness), d.code);
        const done = d.completedAt.slice(0, 10);
        const expected = done < d.appointmentDate ? 'early' : done === d.appointmentDate ? 'on-time' : 'late';
        assert.equal(d.timeliness, expected, d.code);
      }
      if (d.status === 10) {
        assert.ok(d.returnedAt && d.returnedAt >= d.completedAt!, d.code);
        assert.equal(d.currentHolder, undefined);
        assert.ok(d.timeline.every((s) => s.state === 'done'), d.code);
      }
      if (d.status <= 6 && d.status !== 3) assert.equal(d.timeline.filter((s) => s.state === 'current').length, 1, d.code);
    }
    for (const delivery of ['desk', 'post', 'online'] as const) assert.ok(list.some((x) => x.dossier.delivery === delivery), delivery);
  });

  it('includes dossiers handled across agencies (liên thông)', () => {
    const multi = list.filter((x) => new Set(x.dossier.timeline.map((s) => s.agency)).size >= 4);
    assert.ok(multi.length >= 3);
    assert.ok(multi.some((x) => x.dossier.timeline.some((s) => /Thuế/.test(s.agency)) && x.dossier.timeline.some((s) => /Văn phòng đăng ký đất đai/.test(s.agency))));
  });
});
