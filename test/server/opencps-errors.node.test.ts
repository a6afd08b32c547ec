// A back end that answers outside the document gets one clear gateway error — 502 with a JSON
// body naming the call and what was unexpected — never a crash or a half-filled answer; the
// gateway keeps its own CORS although OpenCPS has none; a missing groupId is caught by config.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, opencpsConfigFromEnv } from '../../server/backends/opencps/config.js';
import { ErrorBody } from '../../src/model/index.js';
import type { Quirks } from '../opencps-sim/quirks.js';
import { postJson } from './helpers.js';
import { startGateway, type Gateway } from './opencps-gateway.js';

describe('OpenCPS gateway: answers outside the document', () => {
  let gw: Gateway;
  before(async () => {
    gw = await startGateway({ config: { timeoutMs: 1_000 } });
  });
  after(() => gw.close());

  const cases: Array<[NonNullable<Quirks['misbehave']>, string, RegExp]> = [
    ['html-200', 'BACKEND_UNEXPECTED', /không phải JSON|not JSON/],
    ['status-500', 'BACKEND_UNEXPECTED', /HTTP 500/],
    ['wrong-shape', 'BACKEND_UNEXPECTED', /^(data|total|serviceCode|dossierNo|body)\b.*: /],
    ['drop', 'BACKEND_UNREACHABLE', /unreachable/],
  ];
  for (const [how, code, what] of cases) {
    it(`${how}: 502 ${code} naming the call, for every kind of call`, async () => {
      gw.sim.quirks.misbehave = how;
      try {
        const calls: Array<[string, RequestInit?]> = [
          ['/procedures?q=x'],
          ['/procedures/1.004227'],
          ['/dossiers/lookup', postJson({ code: '000.00.07.G12-261102-0007', lookupKey: '4821' })],
          ['/holidays?year=2031'],
          ['/stats?from=2027-01-01&to=2027-02-01'],
        ];
        for (const [path, init] of calls) {
          const res = await fetch(`${gw.url}${path}`, init);
          assert.equal(res.status, 502, path);
          const body = ErrorBody.parse(await res.json());
          assert.equal(body.error.code, code, `${path}: ${JSON.stringify(body)}`);
          assert.match(body.error.details?.[0]?.path ?? '', /^(GET|POST) \/o\/rest\//, path);
          assert.match(body.error.details?.[0]?.message ?? '', what, path);
        }
        assert.deepEqual(gw.warnings.filter((w) => /lỗi không mong đợi/.test(w)), [], 'no crash logged');
      } finally {
        gw.sim.quirks.misbehave = undefined;
      }
    });
  }

  it('answers browsers with CORS although OpenCPS sends none', async () => {
    const res = await fetch(`${gw.url}/procedures?q=khai sinh`, { headers: { Origin: 'https://portal.example.gov.vn' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const preflight = await fetch(`${gw.url}/dossiers/lookup`, { method: 'OPTIONS' });
    assert.equal(preflight.status, 204);
  });

  it('sends the groupId and the server-side credentials to OpenCPS only', async () => {
    const secret = await startGateway({ config: { user: 'gateway@example.vn', password: 's3cret-pass' } });
    try {
      const res = await fetch(`${secret.url}/procedures?q=khai sinh`);
      const text = await res.text();
      assert.ok(!text.includes('s3cret') && !text.includes('gateway@example.vn'));
      const auth = secret.sim.requests[0]?.headers.authorization;
      assert.equal(auth, `Basic ${Buffer.from('gateway@example.vn:s3cret-pass').toString('base64')}`);
    } finally {
      await secret.close();
    }
  });
});

describe('OpenCPS gateway: a wrong groupId', () => {
  it('gets an empty site from OpenCPS, and says which variable to check', async () => {
    const gw = await startGateway({ config: { groupId: '1' } });
    try {
      const res = await fetch(`${gw.url}/procedures`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { total: number }).total, 0);
      assert.ok(gw.warnings.some((w) => w.includes('OPENCPS_GROUP_ID')), JSON.stringify(gw.warnings));
    } finally {
      await gw.close();
    }
  });
});

describe('OpenCPS gateway: configuration', () => {
  it('refuses a missing or non-numeric groupId, a URL with a password, and half credentials', () => {
    const ok = opencpsConfigFromEnv({ OPENCPS_URL: 'https://dvc.example.gov.vn/', OPENCPS_GROUP_ID: '35417' });
    assert.deepEqual(ok, { baseUrl: 'https://dvc.example.gov.vn', groupId: '35417' });
    assert.throws(() => opencpsConfigFromEnv({ OPENCPS_URL: 'https://dvc.example.gov.vn' }), ConfigError);
    assert.throws(() => opencpsConfigFromEnv({ OPENCPS_URL: 'https://dvc.example.gov.vn', OPENCPS_GROUP_ID: 'site' }), /OPENCPS_GROUP_ID/);
    assert.throws(() => opencpsConfigFromEnv({ OPENCPS_URL: 'https://u:p@dvc.example.gov.vn', OPENCPS_GROUP_ID: '1' }), /mật khẩu/);
    assert.throws(() => opencpsConfigFromEnv({ OPENCPS_URL: 'https://dvc.example.gov.vn', OPENCPS_GROUP_ID: '1', OPENCPS_USER: 'a' }), /cùng nhau/);
  });
});
