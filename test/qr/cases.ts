// The payload table both parser tests read: real-looking and hostile QR payloads with what
// parseQrPayload must make of them. Node runs it (parse.node.test.ts) and so does Chromium
// (test/qr/parse.browser.test.ts), whose URL parser is the one the widget meets.
import type { ParseQrOptions, QrPayload } from '../../src/qr/parse.js';
import { RECEIPTS, SAMPLE_CODE, SAMPLE_KEY } from '../fixtures/dossier-codes.js';

export const HOST = 'https://dichvucong.sonha.gov.vn';
export const opts: ParseQrOptions = { hostOrigin: HOST, allowedHosts: ['sonha.gov.vn', '*.sonha.gov.vn', 'zalo.me'] };
export const DOSSIER = SAMPLE_CODE;
export const NAT = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html';

export type Case = [name: string, payload: string, expected: QrPayload, options?: ParseQrOptions];

export const procedure = (code: string, via: 'code' | 'national' | 'host' | 'motcua'): QrPayload => ({ kind: 'procedure', code, via });
export const dossier = (code: string, via: 'code' | 'national' | 'host' | 'motcua', lookupKey?: string): QrPayload =>
  lookupKey ? { kind: 'dossier', code, lookupKey, via } : { kind: 'dossier', code, via };

export const cases: Case[] = [
  // Procedure codes as printed.
  ['base procedure code', '1.001108', procedure('1.001108', 'code')],
  ['local variant', '1.000494.000.00.00.H29', procedure('1.000494.000.00.00.H29', 'code')],
  ['local variant in lower case', '1.000494.000.00.00.h29', procedure('1.000494.000.00.00.H29', 'code')],
  ['code with spaces and a trailing newline', '  1.001108 \r\n', procedure('1.001108', 'code')],
  ['code behind a BOM and zero-width spaces', '\uFEFF1.00\u200B1108\u200D', procedure('1.001108', 'code')],
  ['full-width digits', '１.００１１０８', procedure('1.001108', 'code')],
  ['Vietnamese label', 'Mã thủ tục: 1.001108', procedure('1.001108', 'code')],
  ['label without marks', 'ma TTHC 2.000884', procedure('2.000884', 'code')],
  ['English label', 'Procedure code: 1.001108', procedure('1.001108', 'code')],
  ['too few digits is text', '1.00110', { kind: 'text', text: '1.00110' }],
  ['a price is text', '1.001.108 đồng', { kind: 'text', text: '1.001.108 đồng' }],

  // Dossier codes from receipts.
  ['dossier code', DOSSIER, dossier(DOSSIER, 'code')],
  ['dossier code, lower case with en dashes', '000.00.53.h48–220921–0099', dossier(DOSSIER, 'code')],
  ['dossier code with spaces', '000.00.53.H48 - 220921 - 0099', dossier(DOSSIER, 'code')],
  ['receipt text with code and key', `Mã hồ sơ: ${DOSSIER}\nMã tra cứu: Ab12Cd`, dossier(DOSSIER, 'code', 'AB12CD')],
  ['receipt text, key without marks', `HO SO ${DOSSIER} ma tra cuu XY98`, dossier(DOSSIER, 'code', 'XY98')],
  ['six-digit counter', 'H48.01-250101-000123', dossier('H48.01-250101-000123', 'code')],

  // National portal.
  ['national portal URL', `${NAT}?ma_thu_tuc=1.001108`, procedure('1.001108', 'national')],
  ['national portal, other parameters first', `${NAT}?lang=vi&ma_thu_tuc=1.000494.000.00.00.H29`, procedure('1.000494.000.00.00.H29', 'national')],
  ['national portal, upper-case host and scheme', `HTTPS://DICHVUCONG.GOV.VN/p/home/x.html?ma_thu_tuc=1.001108`, procedure('1.001108', 'national')],
  ['national portal subdomain', 'https://thutuc.dichvucong.gov.vn/p/home/x.html?ma_thu_tuc=1.001108', procedure('1.001108', 'national')],
  ['national portal with encoded code', `${NAT}?ma_thu_tuc=1%2E001108`, procedure('1.001108', 'national')],
  ['national portal without a code is text (not allowlisted)', `${NAT}?q=khai+sinh`, { kind: 'text', text: `${NAT}?q=khai+sinh`, host: 'dichvucong.gov.vn' }],
  ['national portal with a bad code is text', `${NAT}?ma_thu_tuc=<script>`, { kind: 'text', text: `${NAT}?ma_thu_tuc=<script>`, host: 'dichvucong.gov.vn' }],

  // Host portal.
  ['host URL with ma_thu_tuc', `${HOST}/thu-tuc?ma_thu_tuc=1.001108`, procedure('1.001108', 'host')],
  ['host URL with ma_ho_so', `${HOST}/tra-cuu?ma_ho_so=${DOSSIER}`, dossier(DOSSIER, 'host')],
  ['host URL with ma_ho_so and key', `${HOST}/tra-cuu?ma_ho_so=${DOSSIER}&ma_tra_cuu=K9K9`, dossier(DOSSIER, 'host', 'K9K9')],
  ['host URL with maHoSo and maTraCuu', `${HOST}/tra-cuu?maHoSo=${DOSSIER}&maTraCuu=k9k9`, dossier(DOSSIER, 'host', 'K9K9')],
  ['host URL with a bad key gives the code alone', `${HOST}/tra-cuu?ma_ho_so=${DOSSIER}&ma_tra_cuu=a!`, dossier(DOSSIER, 'host')],
  ['host URL with motcua fragment', `${HOST}/trang/thu-tuc#motcua:procedure=1.001108`, procedure('1.001108', 'host')],
  ['host URL with motcua dossier fragment', `${HOST}/#motcua:dossier=${DOSSIER}&key=AB12`, dossier(DOSSIER, 'host', 'AB12')],
  ['allowlisted subdomain with ma_thu_tuc', 'https://motcua.sonha.gov.vn/?ma_thu_tuc=1.001108', procedure('1.001108', 'host')],
  ['plain host page is an offered URL', `${HOST}/gioi-thieu`, { kind: 'url', url: `${HOST}/gioi-thieu`, host: 'dichvucong.sonha.gov.vn' }],
  ['allowlisted https URL', 'https://zalo.me/sonha', { kind: 'url', url: 'https://zalo.me/sonha', host: 'zalo.me' }],
  ['allowlisted host over plain http is text', 'http://zalo.me/sonha', { kind: 'text', text: 'http://zalo.me/sonha', host: 'zalo.me' }],
  ['host origin over http (intranet) is offered', 'http://localhost:8000/x', { kind: 'url', url: 'http://localhost:8000/x', host: 'localhost:8000' }, { hostOrigin: 'http://localhost:8000' }],

  // motcua's own links.
  ['motcua procedure link', 'motcua:procedure/1.001108', procedure('1.001108', 'motcua')],
  ['motcua link in capitals', 'MOTCUA:PROCEDURE/1.000494.000.00.00.H29', procedure('1.000494.000.00.00.H29', 'motcua')],
  ['motcua dossier link with key (sent upper case, as compared)', `motcua:dossier/${DOSSIER}?key=Ab12Cd`, dossier(DOSSIER, 'motcua', 'AB12CD')],
  ['motcua link with bad code is text', 'motcua:procedure/abc', { kind: 'text', text: 'motcua:procedure/abc' }],

  // Links that are not trusted: shown as text, host spelled out.
  ['unknown https URL', 'https://example.com/khuyen-mai', { kind: 'text', text: 'https://example.com/khuyen-mai', host: 'example.com' }],
  ['look-alike suffix of the national host', `https://dichvucong.gov.vn.evil.example/?ma_thu_tuc=1.001108`,
    { kind: 'text', text: 'https://dichvucong.gov.vn.evil.example/?ma_thu_tuc=1.001108', host: 'dichvucong.gov.vn.evil.example' }],
  ['unknown host with ma_thu_tuc is not a procedure', 'https://evil.example/?ma_thu_tuc=1.001108',
    { kind: 'text', text: 'https://evil.example/?ma_thu_tuc=1.001108', host: 'evil.example' }],
  ['unknown host with motcua fragment is not recognised', 'https://evil.example/#motcua:procedure=1.001108',
    { kind: 'text', text: 'https://evil.example/#motcua:procedure=1.001108', host: 'evil.example' }],
  ['wildcard does not allow the bare suffix trick', 'https://evilsonha.gov.vn/', { kind: 'text', text: 'https://evilsonha.gov.vn/', host: 'evilsonha.gov.vn' }],
  ['redirect through an allowlisted parameter is text', `https://evil.example/?next=${HOST}`, { kind: 'text', text: `https://evil.example/?next=${HOST}`, host: 'evil.example' }],

  // Hostile payloads.
  ['javascript: URL', 'javascript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['javascript: in mixed case with leading spaces', '  JaVaScRiPt:alert(document.cookie)', { kind: 'unsafe', reason: 'scheme', text: 'JaVaScRiPt:alert(document.cookie)' }],
  ['javascript: split by a tab', 'java\tscript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'java\tscript:alert(1)' }],
  ['javascript: split by a zero-width space', 'java\u200Bscript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', { kind: 'unsafe', reason: 'scheme', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }],
  ['vbscript: URL', 'vbscript:msgbox(1)', { kind: 'unsafe', reason: 'scheme', text: 'vbscript:msgbox(1)' }],
  ['file: URL', 'file:///etc/passwd', { kind: 'unsafe', reason: 'scheme', text: 'file:///etc/passwd' }],
  ['blob: URL', 'blob:https://dichvucong.gov.vn/1234', { kind: 'unsafe', reason: 'scheme', text: 'blob:https://dichvucong.gov.vn/1234' }],
  ['intent: URL', 'intent://scan/#Intent;scheme=zxing;end', { kind: 'unsafe', reason: 'scheme', text: 'intent://scan/#Intent;scheme=zxing;end' }],
  ['javascript: carrying a dossier code', 'javascript:alert(1)//000.00.53.H48-220921-0099',
    { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)//000.00.53.H48-220921-0099' }],
  ['data: URL carrying a dossier code', 'data:text/html,000.00.53.H48-220921-0099',
    { kind: 'unsafe', reason: 'scheme', text: 'data:text/html,000.00.53.H48-220921-0099' }],
  ['javascript: carrying a procedure code', 'javascript:void(0)//1.001108', { kind: 'unsafe', reason: 'scheme', text: 'javascript:void(0)//1.001108' }],
  ['tel: link', 'tel:+842363822222', { kind: 'unsafe', reason: 'scheme', text: 'tel:+842363822222' }],
  ['credentials before a trusted-looking host', 'https://dichvucong.gov.vn@evil.example/?ma_thu_tuc=1.001108',
    { kind: 'unsafe', reason: 'credentials', text: 'https://dichvucong.gov.vn@evil.example/?ma_thu_tuc=1.001108' }],
  ['credentials on the host portal itself', `https://user:pass@dichvucong.sonha.gov.vn/`, { kind: 'unsafe', reason: 'credentials', text: 'https://user:pass@dichvucong.sonha.gov.vn/' }],
  ['punycode look-alike of the national host', 'https://xn--dchvucong-0k7d.gov.vn/?ma_thu_tuc=1.001108',
    { kind: 'unsafe', reason: 'lookalike', text: 'https://xn--dchvucong-0k7d.gov.vn/?ma_thu_tuc=1.001108' }],
  ['Unicode look-alike host', 'https://dịchvucong.gov.vn/', { kind: 'unsafe', reason: 'lookalike', text: 'https://dịchvucong.gov.vn/' }],
  ['Cyrillic look-alike host', 'https://dichvucong.gоv.vn/', { kind: 'unsafe', reason: 'lookalike', text: 'https://dichvucong.gоv.vn/' }],
  ['right-to-left override in a URL', 'https://evil.example/\u202Eexe.pdf', { kind: 'unsafe', reason: 'hidden-characters', text: 'https://evil.example/exe.pdf' }],
  ['word joiner inside javascript:', 'java\u2060script:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['function application (U+2061) inside javascript:', 'java\u2061script:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['invisible separator (U+2063) inside a scheme', 'jav\u2063ascript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['Mongolian vowel separator (U+180E) in a scheme', 'javascript\u180E:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['right-to-left override inside a scheme', '\u202Ejavascript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['hidden character in an unknown scheme', 'x\u2061-evil:payload', { kind: 'unsafe', reason: 'hidden-characters', text: 'x-evil:payload' }],
  ['hidden character in https', 'ht\u2064tps://dichvucong.gov.vn/?ma_thu_tuc=1.001108',
    { kind: 'unsafe', reason: 'hidden-characters', text: 'https://dichvucong.gov.vn/?ma_thu_tuc=1.001108' }],
  ['variation selector in a scheme', 'java\uFE0Fscript:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['tag character in a scheme', 'java\u{E0041}script:alert(1)', { kind: 'unsafe', reason: 'scheme', text: 'javascript:alert(1)' }],
  ['Hangul filler in a scheme', 'x\u3164y:z', { kind: 'unsafe', reason: 'hidden-characters', text: 'xy:z' }],
  ['HTML in plain text stays text', '<img src=x onerror=alert(1)>', { kind: 'text', text: '<img src=x onerror=alert(1)>' }],
  ['control characters are dropped from text', 'Xin\u0000 chào\u0007', { kind: 'text', text: 'Xin chào' }],
  ['empty payload', ' \u200B\uFEFF ', { kind: 'text', text: '' }],
  ['Wi-Fi credentials are a scheme, never acted on', 'WIFI:S:MotCua;T:WPA;P:12345678;;', { kind: 'unsafe', reason: 'scheme', text: 'WIFI:S:MotCua;T:WPA;P:12345678;;' }],
  ['a sentence with a colon is text', 'Lưu ý: mang theo CCCD', { kind: 'text', text: 'Lưu ý: mang theo CCCD' }],
  ['English note with a colon is text', 'Note: bring your ID card', { kind: 'text', text: 'Note: bring your ID card' }],
  ['bare domain is text', 'www.example.com', { kind: 'text', text: 'www.example.com' }],
];

// Every printed receipt form of the shared table: the code, and the key when it is printed.
for (const receipt of RECEIPTS) {
  cases.push([`receipt: ${receipt.name}`, receipt.text(SAMPLE_CODE, SAMPLE_KEY), dossier(SAMPLE_CODE, 'code', receipt.withKey ? SAMPLE_KEY : undefined)]);
}
