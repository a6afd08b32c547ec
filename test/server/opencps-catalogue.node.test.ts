// Procedures over OpenCPS: search, facets, fields and detail, with the HTML texts sanitised into
// the model's structured parts, single-item lists read as lists, the groupId header sent, and
// the same answers from a deployment without those quirks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FieldList, Procedure, ProcedurePage } from '../../src/model/index.js';
import { TIDY } from '../opencps-sim/quirks.js';
import { GROUP_ID } from '../opencps-sim/seed.js';
import { expectError, getJson } from './helpers.js';
import { startGateway, type Gateway } from './opencps-gateway.js';

for (const [label, quirks] of [['documented quirks', {}], ['every quirk off', TIDY]] as const) {
  describe(`OpenCPS gateway: procedures (${label})`, () => {
    let gw: Gateway;
    before(async () => {
      gw = await startGateway({ quirks });
    });
    after(() => gw.close());

    it('searches the published catalogue with Vietnamese folding, leaving out codes the contract cannot carry', async () => {
      const { body } = await getJson(gw.url, '/procedures?q=giay phep lai xe', 200, ProcedurePage);
      assert.equal(body.items[0]?.code, '1.004227');
      const all = await getJson(gw.url, '/procedures?pageSize=100', 200, ProcedurePage);
      assert.deepEqual(all.body.items.map((p) => p.code).sort(), ['1.000894', '1.001193', '1.001193.000.00.53.H48', '1.004227', '2.000488'], 'SGTVT-285 skipped, the unpublished one not listed');
      assert.ok(gw.sim.requests.every((r) => r.headers.groupid === GROUP_ID), 'every call names the site');
      assert.ok(gw.sim.requests.some((r) => r.path === '/o/rest/v2/serviceinfos' && r.query.active === 'true' && r.query.end === '0'));
    });

    it('gives facets and fields from the domains', async () => {
      const { body } = await getJson(gw.url, '/procedures?field=HO_TICH&onlineLevel=level-4', 200, ProcedurePage);
      assert.deepEqual(body.items.map((p) => p.code).sort(), ['1.001193', '1.001193.000.00.53.H48']);
      const level = body.facets.onlineLevel.find((f) => f.value === 'level-3');
      assert.equal(level?.count, 1, 'facets count the other values too (1.000894)');
      const fields = await getJson(gw.url, '/fields', 200, FieldList);
      assert.deepEqual(fields.body.items.map((f) => [f.code, f.count]).sort(), [['DUONG_BO', 1], ['HO_TICH', 3], ['LY_LICH', 1]]);
    });

    it('turns the HTML texts into steps, documents, results, legal basis, duration and fee', async () => {
      const { body: p } = await getJson(gw.url, '/procedures/1.004227', 200, Procedure);
      const json = JSON.stringify(p);
      assert.doesNotMatch(json, /<script|alert\(1\)|<p>|<li>/, 'no markup or script survives');
      assert.equal(p.steps.length, 3);
      assert.match(p.steps[0]!.title, /^Bước 1: Nộp hồ sơ tại Bộ phận Một cửa/);
      assert.deepEqual(p.documents[0]!.items.map((d) => [d.originals, d.copies]), [[1, 0], [0, 1]]);
      assert.deepEqual(p.results, ['Giấy phép lái xe quốc tế']);
      assert.deepEqual(p.legalBasis.map((l) => l.number), ['12/2017/TT-BGTVT', '188/2016/TT-BTC']);
      const inPerson = p.channels.find((c) => c.kind === 'in-person')!;
      assert.deepEqual([inPerson.processingTime.value, inPerson.processingTime.unit], [5, 'working-days']);
      assert.equal(inPerson.fee.amount, 135000);
      assert.ok(p.channels.some((c) => c.kind === 'online'), 'serviceLevel 3 is online');
      assert.equal(p.onlineLevel, 'level-3');
      assert.deepEqual(p.agencies.map((a) => a.role), ['implementing'], 'the same agency once');
      assert.equal(p.updatedOn, '2026-03-01');
      const free = await getJson(gw.url, '/procedures/1.001193', 200, Procedure);
      assert.equal(free.body.channels[0]!.fee.amount, 0);
      assert.ok(free.body.channels.some((c) => c.kind === 'postal'));
      assert.deepEqual(free.body.agencies.map((a) => a.role), ['implementing', 'implementing', 'deciding'], 'both configs, as a list');
    });

    it('proxies form templates as downloads from the gateway origin', async () => {
      const { body: p } = await getJson(gw.url, '/procedures/1.004227', 200, Procedure);
      const form = p.documents[0]!.items.find((d) => d.form)?.form;
      assert.ok(form, 'the template is attached to the document it fills');
      assert.match(form.url, /^\/forms\/opencps\/35001\/TK01\//);
      const res = await fetch(`${gw.server.url}${form.url}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/octet-stream');
      assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="To khai cap GPLX quoc te\.docx"/);
      assert.equal(await res.text(), 'PK-to-khai');
      assert.equal((await fetch(`${gw.server.url}/forms/opencps/35001/NOPE/x.docx`)).status, 404);
    });

    it('answers 404 for an unknown procedure and 400 for a malformed code without asking OpenCPS', async () => {
      await expectError(gw.url, '/procedures/1.999999', 404, 'PROCEDURE_NOT_FOUND');
      const before = gw.sim.requests.length;
      await expectError(gw.url, '/procedures/abc', 400, 'INVALID_CODE', 'code');
      assert.equal(gw.sim.requests.length, before);
    });
  });
}

describe('OpenCPS gateway: BE-3.0 detail without serviceConfigs for guests', () => {
  it('takes the agencies and channels from the list item instead', async () => {
    const gw = await startGateway({ quirks: { detailWithoutConfigs: true } });
    try {
      const { body: p } = await getJson(gw.url, '/procedures/1.001193', 200, Procedure);
      assert.deepEqual(p.agencies.map((a) => a.name), ['UBND xã An Bình', 'UBND xã Bình Minh', 'Ủy ban nhân dân cấp xã']);
    } finally {
      await gw.close();
    }
  });
});
