// Whole numbers, short dates, date-times and weekday names in Vietnamese and English are written
// without Intl (src/i18n/fast-format.ts): the first Intl formatter of a page loads ICU's locale
// data, tens of milliseconds inside the first widget's render. Each must read exactly as Intl
// writes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFormatters, OFFICE_TIME_ZONE } from '../../src/i18n/format.js';
import { fastDateTime, fastInteger, fastPercent, fastShortDate, fastWeekday } from '../../src/i18n/fast-format.js';

const TAGS = ['vi-VN', 'en-GB'];

test('whole numbers read as Intl.NumberFormat writes them', () => {
  const values = [0, 1, 7, 49, 999, 1000, 1234, 12_345, 999_999, 1_000_000, 1_234_567_890, -1, -1000, -987_654, Number.MAX_SAFE_INTEGER];
  for (const tag of TAGS) {
    const intl = new Intl.NumberFormat(tag);
    for (const value of values) assert.equal(fastInteger(tag, value), intl.format(value), `${tag} ${value}`);
  }
  // Left to Intl: fractions, -0, huge and non-finite numbers, other locales.
  for (const value of [1.5, -0, 2 ** 60, NaN, Infinity]) assert.equal(fastInteger('vi-VN', value), undefined, String(value));
  assert.equal(fastInteger('fr-FR', 1000), undefined);
});

test('percentages read as Intl.NumberFormat writes them, halves included', () => {
  const ratios = [0, 1, 0.5, 0.953, 0.9535, 0.12345, 0.0005, 0.00049, 0.999999, 1 / 3, 2 / 3, 1 / 7, 12.5, 1234.5678, 0.015, 0.025, 0.035, 0.045];
  for (let i = 0; i <= 2000; i++) ratios.push(i / 2000, i / 1999, (i * 7) / 3000);
  for (const tag of TAGS) {
    for (const digits of [0, 1, 2]) {
      const intl = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits });
      for (const ratio of ratios) assert.equal(fastPercent(tag, ratio, digits), intl.format(ratio), `${tag} ${ratio} ${digits}`);
    }
  }
  for (const ratio of [-0.5, -0, NaN, Infinity, 1e-7, 1e21]) assert.equal(fastPercent('vi-VN', ratio, 1), undefined, String(ratio));
});

test('short dates, office date-times and weekdays read as Intl.DateTimeFormat writes them', () => {
  for (const tag of TAGS) {
    const short = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric' });
    const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OFFICE_TIME_ZONE });
    const day = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: OFFICE_TIME_ZONE });
    const weekday = new Intl.DateTimeFormat(tag, { weekday: 'long' });
    for (let i = 0; i < 400; i++) {
      // Spread over years, hours and minutes, midnight and the office's day boundary included.
      const d = new Date(Date.UTC(1999 + (i % 40), i % 12, 1 + (i % 28), (i * 7) % 24, (i * 13) % 60));
      assert.equal(fastShortDate(tag, d), short.format(d), `${tag} ${d.toISOString()}`);
      assert.equal(fastDateTime(tag, d), `${time.format(d)} ${day.format(d)}`, `${tag} ${d.toISOString()}`);
      assert.equal(fastWeekday(tag, d), weekday.format(d), `${tag} ${d.toISOString()}`);
    }
  }
  assert.equal(fastShortDate('vi-VN', new Date(NaN)), undefined);
  assert.equal(fastShortDate('vi-VN', new Date(-62e12)), undefined);
  assert.equal(fastDateTime('ja-JP', new Date()), undefined);
});

test('a widget’s first numbers and dates in Vietnamese and English build no Intl formatter', () => {
  const real = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
  let built = 0;
  for (const name of ['NumberFormat', 'DateTimeFormat'] as const) {
    const counting = new Proxy(real[name], {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args);
      },
    });
    Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
  }
  try {
    for (const locale of ['vi', 'en']) {
      const fmt = createFormatters(locale);
      fmt.number(49);
      fmt.date('2026-11-30');
      fmt.dateTime('2026-11-30T01:15:00Z');
      fmt.weekday('2026-11-30');
      fmt.percent(0.953);
    }
  } finally {
    Object.assign(Intl, real);
  }
  assert.equal(built, 0);
  const vi = createFormatters('vi');
  assert.deepEqual(
    [vi.number(1234567), vi.date('2026-11-30'), vi.dateTime('2026-11-30T01:15:00Z'), vi.weekday('2026-11-30'), vi.number(1.5)],
    ['1.234.567', '30/11/2026', '08:15 30/11/2026', 'Thứ Hai', '1,5'],
  );
});
