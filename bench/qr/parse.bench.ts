/**
 * parseQrPayload on the largest payloads a QR code holds (4,296 characters) and on the shapes
 * that make regular expressions backtrack (long runs of spaces, dashes, dots, labels, hidden
 * characters). Every pattern is meant to be linear: each payload should parse in well under
 * 1 ms. Run through `npm run bench` (or `npm run bench -- qr`).
 */
import { parseQrPayload, QR_MAX_LENGTH } from '../../src/qr/parse.js';

const CODE = '000.00.53.H48-220921-0099';
const QR_CAPACITY = 4296;
const RUNS = 200;
const OPTIONS = { hostOrigin: 'https://dichvucong.sonha.gov.vn', allowedHosts: ['*.sonha.gov.vn'] };
/** A payload at the parser's own cap: longer ones are refused before any pattern runs. */
const fill = (unit: string, length = QR_MAX_LENGTH) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const payloads: Array<[string, string]> = [
  ['4,296 spaces', ' '.repeat(QR_CAPACITY)],
  ["'a' × 4,296", 'a'.repeat(QR_CAPACITY)],
  ['2,046 inner spaces', `1${' '.repeat(QR_MAX_LENGTH - 2)}x`],
  ['spaces then a dash', `0${' '.repeat(QR_MAX_LENGTH - 3)}-1`],
  ["' -' × 1,024", fill(' -')],
  ["'a.' × 1,024", fill('a.')],
  ["'1.' × 1,024", fill('1.')],
  ["'ma ' labels, code at the end", `${fill('ma ', QR_MAX_LENGTH - CODE.length)}${CODE}`],
  ["'ma tra cuu' × 200 with a code", `${CODE} ${fill('ma tra cuu ', QR_MAX_LENGTH - CODE.length - 1)}`],
  ['2,200 zero-width spaces and 2,000 letters', `${'\u200B'.repeat(2200)}${'a'.repeat(2000)}`],
  ['hidden characters in a scheme', `java${'\u2061'.repeat(2000)}script:x`],
  ['scheme-like letters then a colon', `${'a'.repeat(QR_MAX_LENGTH - 2)}:x`],
  ['https with a long path', `https://dichvucong.sonha.gov.vn/${'a/'.repeat(1000)}`],
  ['receipt with a long tail', `Mã hồ sơ: ${CODE} – Mã tra cứu: AB12CD ${'Đ'.repeat(1990)}`],
  ['a receipt as printed', `Mã hồ sơ: ${CODE} – Mã tra cứu: AB12CD`],
];

function time(payload: string): { median: number; max: number } {
  for (let i = 0; i < 20; i++) parseQrPayload(payload, OPTIONS);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    parseQrPayload(payload, OPTIONS);
    samples.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, max: samples[RUNS - 1]! };
}

export default async function qrBench(): Promise<void> {
  console.log(`parseQrPayload, ${RUNS} runs each (µs; the budget is 1,000 µs)`);
  console.log('payload'.padEnd(46), 'chars'.padStart(6), 'median'.padStart(8), 'max'.padStart(8), ' kind');
  let worst = 0;
  for (const [name, payload] of payloads) {
    const { median, max } = time(payload);
    worst = Math.max(worst, median);
    const kind = parseQrPayload(payload, OPTIONS).kind;
    console.log(name.padEnd(46), String(payload.length).padStart(6), median.toFixed(1).padStart(8), max.toFixed(1).padStart(8), ` ${kind}`);
  }
  console.log(`worst median ${worst.toFixed(1)} µs: ${worst < 1000 ? 'within' : 'OVER'} the 1 ms budget`);
}
