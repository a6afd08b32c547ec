// Every real record of the current national API (../shared/national) converts, and each fact the
// record holds is checked against the record's own values, field by field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Procedure, type ChannelInfo } from '../../src/model/index.js';
import { fromNationalProcedure } from '../../src/national.js';
import { nationalRecords } from './national-fixtures.js';

const KIND: Record<string, ChannelInfo['kind']> = { DIRECT: 'in-person', ONLINE: 'online', POSTAL: 'postal' };
const UNIT: Record<string, string> = { WORKING_DAY: 'working-days', DAY: 'days' };
const FEE_TYPE: Record<string, string> = { FEE: 'fee', SERVICE_FEE: 'service-fee' };
const CURRENCY: Record<string, string> = { USD: 'USD', 'Việt Nam Đồng': 'VND' };
/** The calendar date in Vietnam (UTC+7) of an epoch-milliseconds instant. */
const vnDate = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

const records = nationalRecords();

describe('national API records (real fixtures)', () => {
  it('has the four fixtures to check', () => {
    assert.equal(records.length, 4);
  });

  for (const { file, record: rec } of records) {
    describe(`${file} (${rec.code})`, () => {
      const p = fromNationalProcedure(rec);

      it('passes the Procedure schema and keeps code, name, field, levels, source', () => {
        assert.ok(Procedure.safeParse(p).success);
        assert.equal(p.code, rec.code);
        assert.equal(p.name, rec.name);
        assert.deepEqual(p.field, { code: rec.categoriesDetails[0].code, name: rec.categoriesDetails[0].name });
        const all = rec.categoriesDetails.map((c: any) => ({ code: c.code, name: c.name }));
        assert.deepEqual(p.fields, all.length > 1 ? all : undefined);
        assert.equal(p.levels.includes('ministry'), rec.isMinistry);
        assert.equal(p.levels.includes('province'), rec.isProvince);
        assert.equal(p.levels.includes('commune'), rec.isWard);
        assert.equal(p.otherAgency === true, rec.isOtherAgency);
        assert.deepEqual(p.source, { shape: 'national-api', id: rec.id });
        assert.equal(p.nationalUrl, `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${rec.code}`);
      });

      it('keeps full-online and each channel with its time, unit and description', () => {
        const online = rec.executionMethods.some((m: any) => m.submissionMethod === 'ONLINE');
        assert.equal(p.onlineLevel, rec.isFullProcess ? 'full' : online ? 'partial' : undefined);
        assert.equal(p.channels.length, rec.executionMethods.length);
        for (const m of rec.executionMethods) {
          const c = p.channels.find((x) => x.kind === KIND[m.submissionMethod])!;
          assert.ok(c, `${m.submissionMethod} is a channel`);
          assert.equal(c.processingTime.value, m.processingTime);
          assert.equal(c.processingTime.unit, UNIT[m.processingTimeUnit]);
          assert.equal(c.description, m.description.trim());
        }
      });

      it('keeps every fee with its type, amount, currency and text', () => {
        for (const m of rec.executionMethods) {
          const c = p.channels.find((x) => x.kind === KIND[m.submissionMethod])!;
          assert.equal(c.fee.items?.length ?? 0, m.fees.length);
          m.fees.forEach((f: any, i: number) => {
            const item = c.fee.items![i]!;
            assert.equal(item.type, FEE_TYPE[f.type]);
            assert.equal(item.amount, f.value);
            assert.equal(item.currency, CURRENCY[f.currencyName]);
            assert.ok(item.text.includes(f.description.trim()), `fee text keeps "${f.description}"`);
            assert.ok(c.fee.text.includes(item.text));
          });
          // An amount in đồng only for one fee in đồng: 10 USD is never 10 đồng.
          const single = m.fees.length === 1 && CURRENCY[m.fees[0].currencyName] === 'VND';
          assert.equal(c.fee.amount, single ? m.fees[0].value : undefined);
        }
      });

      it('keeps each case with its documents: counts, required, e-form, code, files', () => {
        assert.equal(p.documents.length, rec.executionCases.length);
        rec.executionCases.forEach((ec: any, i: number) => {
          const dc = p.documents[i]!;
          assert.equal(dc.title, ec.name || undefined);
          assert.equal(dc.items.length, ec.profileComponents.length);
          ec.profileComponents.forEach((pc: any, j: number) => {
            const d = dc.items[j]!;
            assert.equal(d.name, pc.name.trim());
            assert.equal(d.originals, pc.originalQty);
            assert.equal(d.copies, pc.copyQty);
            assert.equal(d.code, pc.code);
            assert.equal(d.required, pc.required);
            assert.equal(d.electronicForm, pc.hasElectronicForm);
            const files = pc.attachments.map((a: any) => ({ name: a.fileName, path: a.filePath }));
            assert.deepEqual(d.files ?? [], files);
            assert.equal(d.form, undefined, 'a storage path is not a download link');
          });
        });
        assert.equal(p.cases?.length ?? 0, rec.cases.length);
        rec.cases.forEach((c: any, i: number) => {
          const pc = p.cases![i]!;
          assert.equal(pc.code, c.code);
          assert.equal(pc.name, c.name);
          const known = UNIT[c.processingDay.type];
          assert.equal(pc.processingTime!.value, known ? c.processingDay.qty : undefined);
          assert.equal(pc.processingTime!.unitText, known ? undefined : c.processingDay.type);
          assert.ok(pc.processingTime!.text.includes(String(c.processingDay.qty)));
        });
      });

      it('splits the steps one per "Bước N" and loses no line', () => {
        const text: string = rec.executionSteps.map((s: any) => s.description).join('\n');
        const marks = text.split('\n').filter((l) => /^\s*Bước \d+/.test(l));
        assert.ok(marks.length >= 2);
        assert.equal(p.steps.length, marks.length);
        p.steps.forEach((s, i) => assert.ok(s.title.startsWith(`Bước ${i + 1}`), s.title));
        const kept = p.steps.map((s) => `${s.title}\n${s.description ?? ''}`).join('\n');
        for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
          assert.ok(kept.includes(line), `step text keeps: ${line.slice(0, 60)}`);
        }
      });

      it('keeps legal basis, results, subjects, requirements, keywords', () => {
        assert.deepEqual(p.legalBasis, rec.legalBasisesDetails.map((l: any) => ({ number: l.code.trim(), title: l.name.trim() })));
        assert.deepEqual(p.results, rec.resultsDetails.map((r: any) => r.name));
        assert.equal(p.subjects, rec.subjectTypesDetails.map((s: any) => s.name).join('; '));
        assert.equal(p.requirements, rec.requirementsAndConditions.trim());
        assert.deepEqual(p.keywords, rec.keywords ? rec.keywords.split(/[,;]/).map((k: string) => k.trim()) : undefined);
      });

      it('keeps every agency with its role and code', () => {
        const lists: [string, string][] = [
          ['departmentsExecuting', 'implementing'],
          ['departmentsAuthority', 'deciding'],
          ['departmentsAuthorized', 'authorised'],
          ['departmentsCoordinating', 'coordinating'],
        ];
        let count = 0;
        for (const [key, role] of lists) {
          for (const d of rec[key]) {
            count++;
            assert.ok(p.agencies.some((a) => a.name === d.name && a.role === role && a.code === d.code), `${role}: ${d.name}`);
          }
        }
        assert.equal(p.agencies.length, count);
      });

      it('keeps dates from epoch milliseconds, the decision, and the texts with no field of their own', () => {
        assert.equal(p.updatedOn, vnDate(rec.updatedAt));
        assert.equal(p.createdOn, vnDate(rec.createdAt));
        const d = rec.procedureProposal;
        assert.deepEqual(p.decision, { number: d.proposalNumber, date: vnDate(d.decisionDate), issuedBy: d.issuingAgency.name });
        const note = (key: string) => p.notes?.find((n) => n.key === key)?.text;
        assert.equal(note('dossierReceivingAddresses'), rec.dossierReceivingAddresses || undefined);
        assert.equal(note('description'), rec.description === rec.requirementsAndConditions ? undefined : rec.description);
        assert.equal(note('returningMethods') === undefined, rec.returningMethods.length === 0);
      });
    });
  }

  it('reads specific values of the fixtures as a person would', () => {
    const byCode = new Map(records.map(({ record }) => [record.code, fromNationalProcedure(record)]));
    const stay = byCode.get('1.000253')!;
    assert.equal(stay.decision?.date, '2026-07-10', 'decision of 10/7/2026 stored as 2026-07-09T17:00Z');
    assert.deepEqual(stay.cases?.[0]?.processingTime, { unit: 'working-days', text: '24 (OTHER)', unitText: 'OTHER' });
    assert.deepEqual(stay.channels[0]!.processingTime, { value: 7, unit: 'days', text: '7 ngày' });
    assert.deepEqual(stay.channels[0]!.fee, { text: '' }, 'no fee listed: nothing claimed');
    const usd = byCode.get('1.000771')!;
    assert.equal(usd.channels[0]!.fee.text, 'Phí: 10 USD/lần');
    const vnd = byCode.get('1.002359')!;
    assert.deepEqual(vnd.channels.map((c) => c.fee.amount), [200000, 200000, 200000]);
    assert.deepEqual(vnd.agencies.map((a) => a.role), ['implementing', 'deciding']);
  });
});
