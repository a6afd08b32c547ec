// parseQrPayload over real-looking and hostile payloads: what posters, receipts, portals and
// attackers put in QR codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QR_MAX_LENGTH, fillLinkTemplate, motcuaLink, NATIONAL_PROCEDURE_TEMPLATE, parseQrPayload } from '../../src/index.js';
import { cases, dossier, DOSSIER, HOST, NAT, opts, procedure } from './cases.js';

describe('parseQrPayload', () => {
  for (const [name, payload, expected, options] of cases) {
    it(name, () => {
      assert.deepEqual(parseQrPayload(payload, options ?? opts), expected);
    });
  }

  it('has at least forty cases', () => {
    assert.ok(cases.length >= 40, `${cases.length} cases`);
  });

  it('refuses payloads over the length cap, keeping only a short excerpt', () => {
    const long = `${NAT}?ma_thu_tuc=1.001108&x=${'a'.repeat(QR_MAX_LENGTH)}`;
    const result = parseQrPayload(long, opts);
    assert.equal(result.kind, 'unsafe');
    assert.equal(result.kind === 'unsafe' && result.reason, 'too-long');
    assert.ok(result.kind === 'unsafe' && result.text.length <= 200);
    assert.equal(parseQrPayload('x'.repeat(1_000_000)).kind, 'unsafe');
  });

  it('offers no URL without an allowlist or host origin', () => {
    assert.deepEqual(parseQrPayload('https://zalo.me/sonha'), { kind: 'text', text: 'https://zalo.me/sonha', host: 'zalo.me' });
    // The national portal's procedure links are recognised without any configuration.
    assert.deepEqual(parseQrPayload(`${NAT}?ma_thu_tuc=1.001108`), procedure('1.001108', 'national'));
  });

  it('trusts an IDN host only when listed exactly', () => {
    const idn = 'https://xn--dchvucong-0k7d.gov.vn/a';
    assert.equal(parseQrPayload(idn, { allowedHosts: ['xn--dchvucong-0k7d.gov.vn'] }).kind, 'url');
    assert.equal(parseQrPayload(idn, { allowedHosts: ['*.gov.vn'] }).kind, 'unsafe');
  });

  it('reads payloads as large as a QR code holds (the bench times them)', () => {
    assert.deepEqual(parseQrPayload(' '.repeat(4296)), { kind: 'text', text: '' });
    assert.equal(parseQrPayload('a'.repeat(4296)).kind, 'unsafe');
    assert.deepEqual(parseQrPayload(`1${' '.repeat(QR_MAX_LENGTH - 2)}x`), { kind: 'text', text: `1${' '.repeat(QR_MAX_LENGTH - 2)}x` });
    // Invisible characters do not count against the cap; what is left is read.
    assert.deepEqual(parseQrPayload(`${'\u200B'.repeat(2200)}${DOSSIER} ${'a'.repeat(1900)}`), dossier(DOSSIER, 'code'));
    assert.deepEqual(parseQrPayload(`java${'\u2061'.repeat(2000)}script:x`), { kind: 'unsafe', reason: 'scheme', text: 'javascript:x' });
    const tail = `${' -'.repeat(1000)}${DOSSIER}`;
    assert.deepEqual(parseQrPayload(tail), dossier(DOSSIER, 'code'));
    assert.deepEqual(parseQrPayload(`${DOSSIER} ${'ma tra cuu '.repeat(180)}AB12CD`), dossier(DOSSIER, 'code', 'AB12CD'));
  });

  it('never throws on odd input', () => {
    for (const odd of ['%', 'https://', 'https://[::1', 'motcua:', 'motcua:dossier/%E0%A4%A', '\uD800', '::::', 'http://a b/']) {
      assert.doesNotThrow(() => parseQrPayload(odd, opts), odd);
    }
    assert.doesNotThrow(() => parseQrPayload(undefined as unknown as string));
  });
});

describe('links', () => {
  it('motcuaLink round-trips through parseQrPayload', () => {
    assert.deepEqual(parseQrPayload(motcuaLink({ procedure: '1.001108' })), procedure('1.001108', 'motcua'));
    assert.deepEqual(parseQrPayload(motcuaLink({ dossier: DOSSIER, lookupKey: 'Ab12' })), dossier(DOSSIER, 'motcua', 'AB12'));
    const onHost = motcuaLink({ procedure: '1.000494.000.00.00.H29' }, `${HOST}/thu-tuc`);
    assert.equal(onHost, `${HOST}/thu-tuc#motcua:procedure=1.000494.000.00.00.H29`);
    assert.deepEqual(parseQrPayload(onHost, opts), procedure('1.000494.000.00.00.H29', 'host'));
    assert.deepEqual(parseQrPayload(motcuaLink({ dossier: DOSSIER, lookupKey: 'K9K9' }, `${HOST}/`), opts), dossier(DOSSIER, 'host', 'K9K9'));
  });

  it('the national template gives a national link', () => {
    assert.deepEqual(parseQrPayload(fillLinkTemplate(NATIONAL_PROCEDURE_TEMPLATE, '1.001108')), procedure('1.001108', 'national'));
  });
});
