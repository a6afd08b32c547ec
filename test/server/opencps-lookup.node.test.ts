// Dossier look-up over OpenCPS: the PIN is checked before anything else is fetched and the step
// log only after it, personal data never reaches the answer, a wrong code and a wrong PIN get
// the same 404, and failures are limited per client and per dossier code.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Dossier, ErrorBody } from '../../src/model/index.js';
import { TIDY } from '../opencps-sim/quirks.js';
import { getJson, postJson } from './helpers.js';
import { startGateway, type Gateway } from './opencps-gateway.js';

const OPEN = '000.00.07.G12-261102-0007';
const EARLY = '000.00.07.G12-261001-0012';
const LATE = '000.00.07.G12-260920-0003';
const lookup = (gw: Gateway, code: string, lookupKey: string) => fetch(`${gw.url}/dossiers/lookup`, postJson({ code, lookupKey }));
const logCalls = (gw: Gateway) => gw.sim.requests.filter((r) => r.path.startsWith('/o/rest/v2/dossierlogs/'));

for (const [label, quirks, pin] of [['documented quirks', {}, (p: string) => p], ['every quirk off', TIDY, (p: string) => `${p}AB`]] as const) {
  describe(`OpenCPS gateway: dossier look-up (${label})`, () => {
    let gw: Gateway;
    before(async () => {
      gw = await startGateway({ quirks, server: { rateLimits: { lookupFailures: { limit: 100, windowMs: 600_000 } } } });
    });
    after(() => gw.close());

    it('maps status, dates (+07:00), timeliness and the process steps; PIN first, log after', async () => {
      gw.sim.requests.length = 0;
      const { body, res } = await getJson(gw.url, '/dossiers/lookup', 200, Dossier, postJson({ code: OPEN.toLowerCase(), lookupKey: pin('4821') }));
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(body.status, 4);
      assert.equal(body.receivedAt, '2026-11-02T09:00:00+07:00');
      assert.equal(body.appointmentDate, '2026-11-30');
      assert.equal(body.timeliness, 'in-progress');
      assert.equal(body.channel, 'online');
      assert.deepEqual(body.timeline.map((s) => [s.title, s.state]), [['Tiếp nhận hồ sơ', 'done'], ['Thẩm định hồ sơ', 'current']], 'PROCESS_TYPE entries only');
      assert.ok(body.access?.token);
      const paths = gw.sim.requests.map((r) => r.path);
      assert.match(paths[0]!, /^\/o\/rest\/v2\/dossiers\//, 'the secret check is the first call');
      assert.ok(paths.indexOf('/o/rest/v2/dossierlogs/120345/logs') > 0, 'the log only after it');
    });

    it('drops personal data: no ID number, phone, e-mail, address or full name', async () => {
      const res = await lookup(gw, OPEN, pin('4821'));
      const text = await res.text();
      for (const secret of ['001089012345', '0912345678', 'an.nguyen@example.vn', 'Hàng Bài', 'NGUYEN VAN AN', 'applicantIdNo', 'contactTelNo']) {
        assert.ok(!text.includes(secret), `${secret} must not leave the gateway`);
      }
      // Without personal data in the answer there is nothing to mask either.
      assert.equal((JSON.parse(text) as Dossier).applicant.name, quirks === TIDY ? '***' : 'NGUYEN V*** A');
    });

    it('tells early and late finished dossiers apart, and postal delivery', async () => {
      const early = await getJson(gw.url, '/dossiers/lookup', 200, Dossier, postJson({ code: EARLY, lookupKey: pin('0573') }));
      assert.deepEqual([early.body.status, early.body.timeliness, early.body.delivery, early.body.channel], [10, 'early', 'post', 'postal']);
      assert.equal(early.body.returnedAt, '2026-10-14T10:00:00+07:00');
      const late = await getJson(gw.url, '/dossiers/lookup', 200, Dossier, postJson({ code: LATE, lookupKey: pin('9160') }));
      assert.equal(late.body.timeliness, 'late');
    });

    it('answers a wrong PIN and an unknown code with the same 404, never fetching the log', async () => {
      const before = logCalls(gw).length;
      const start = gw.sim.requests.length;
      const wrong = await lookup(gw, OPEN, pin('0000'));
      const between = gw.sim.requests.length;
      const unknown = await lookup(gw, '000.00.07.G12-261102-0999', pin('4821'));
      // One call each: the same work, so timing does not tell them apart either.
      assert.deepEqual([between - start, gw.sim.requests.length - between], [1, 1]);
      assert.equal(wrong.status, 404);
      assert.equal(unknown.status, 404);
      assert.deepEqual(ErrorBody.parse(await wrong.json()), ErrorBody.parse(await unknown.json()));
      assert.equal(logCalls(gw).length, before, 'no step log without the right PIN');
    });
  });
}

describe('OpenCPS gateway: look-up rate limits', () => {
  it('limits failures per dossier code, whoever asks, with Retry-After', async () => {
    const gw = await startGateway({ config: { codeFailures: { limit: 3, windowMs: 600_000 } }, server: { rateLimits: { lookupFailures: { limit: 100, windowMs: 600_000 } } } });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await lookup(gw, OPEN, String(1000 + i))).status, 404);
      const calls = gw.sim.requests.length;
      const limited = await lookup(gw, OPEN, '4821');
      assert.equal(limited.status, 429, 'even the right PIN waits once the code is locked');
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal(gw.sim.requests.length, calls, 'a locked code costs OpenCPS nothing');
      assert.equal((await lookup(gw, EARLY, '0573')).status, 200, 'other dossiers are not affected');
    } finally {
      await gw.close();
    }
  });

  it('limits failures per client across codes', async () => {
    const gw = await startGateway({ server: { rateLimits: { lookupFailures: { limit: 2, windowMs: 600_000 } } } });
    try {
      assert.equal((await lookup(gw, OPEN, '1111')).status, 404);
      assert.equal((await lookup(gw, EARLY, '1111')).status, 404);
      const res = await lookup(gw, LATE, '1111');
      assert.equal(res.status, 429);
      assert.equal(((await res.json()) as ErrorBody).error.code, 'TOO_MANY_ATTEMPTS');
    } finally {
      await gw.close();
    }
  });
});
