// The three OpenCPS receipt link forms (opencps-v2.md §7) through parseQrPayload, with dossier
// numbers that contain dashes, percent-encoding, and payloads that must not be mined for codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQrPayload } from '../../src/index.js';

const CODE = '000.00.07.G12-261102-0007';
const dossier = (lookupKey: string) => ({ kind: 'dossier', code: CODE, lookupKey, via: 'code' });

describe('parseQrPayload: OpenCPS receipt links', () => {
  const cases: Array<[string, string, unknown]> = [
    ['tra cứu page, id=<no>-secretKey=<pin>', `https://dichvucong.example.gov.vn/web/cong-dich-vu-cong/tra-cuu-ho-so?id=${CODE}-secretKey=4821`, dossier('4821')],
    ['the same, percent-encoded and lower case (the key as every key is compared: upper case)', `https://dvc.example.gov.vn/tra-cuu?id=${encodeURIComponent(CODE.toLowerCase())}-secretKey=A7b9`, dossier('A7B9')],
    ['kiosk hash route', `https://kiosk.example.gov.vn/#/tra-cuu-thong-tin-ho-so/${CODE}?secretKey=0573`, dossier('0573')],
    ['kiosk hash route with another parameter first', `https://kiosk.example.gov.vn/#/tra-cuu-thong-tin-ho-so/${CODE}?lang=vi&secretKey=0573`, dossier('0573')],
    ['kiosk scanner QRSCAN=<no>-<pin>, split on the last dash', `https://kiosk.example.gov.vn/?QRSCAN=${CODE}-9160`, dossier('9160')],
    ['QRSCAN without a host', `?QRSCAN=${CODE}-9160`, dossier('9160')],
  ];
  for (const [name, payload, expected] of cases) {
    it(name, () => assert.deepEqual(parseQrPayload(payload), expected));
  }

  it('reads nothing out of a script link, and no dossier from an id that is not a dossier number', () => {
    assert.equal(parseQrPayload(`javascript:alert(1)//?QRSCAN=${CODE}-9160`).kind, 'unsafe');
    const numeric = parseQrPayload('https://kiosk.example.gov.vn/#/tra-cuu-thong-tin-ho-so/120345?secretKey=0573');
    assert.notEqual(numeric.kind, 'dossier');
    const noKey = parseQrPayload(`https://dvc.example.gov.vn/tra-cuu?id=${CODE}-secretKey=`);
    assert.ok(noKey.kind !== 'dossier' || !('lookupKey' in noKey && noKey.lookupKey === ''));
  });
});
