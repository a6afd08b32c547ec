// Formatting is on every render path (stats tables, roster cells): building an Intl object costs far
// more than using one, so each locale and option set is built once and reused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFormatters, dateTimeFormat, numberFormat } from '../../src/i18n/format.js';
import { todayIso } from '../../src/calendar/dates.js';
import { officeClock } from '../../src/elements/duty-roster/roster-week.js';

/** Counts Intl constructions of `name` while `run` runs (the real constructor still does the work). */
function constructions(name: 'NumberFormat' | 'DateTimeFormat', run: () => void): number {
  const real = Intl[name];
  let count = 0;
  const counting = new Proxy(real, {
    construct(target, args) {
      count++;
      return Reflect.construct(target, args);
    },
  });
  Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
  try {
    run();
  } finally {
    Object.defineProperty(Intl, name, { value: real, configurable: true, writable: true });
  }
  return count;
}

test('percentages, custom numbers and foreign currencies reuse one formatter per option set', () => {
  const fmt = createFormatters('vi');
  fmt.percent(0.5);
  fmt.number(1, { maximumFractionDigits: 2 });
  fmt.currency(10, 'USD');
  const built = constructions('NumberFormat', () => {
    for (let i = 0; i < 200; i++) {
      fmt.percent(i / 200);
      fmt.number(i, { maximumFractionDigits: 2 });
      fmt.currency(i, 'USD');
    }
  });
  assert.equal(built, 0);
  assert.equal(fmt.percent(0.953), '95,3%');
  assert.equal(numberFormat('vi-VN', { style: 'percent' }), numberFormat('vi-VN', { style: 'percent' }));
  assert.notEqual(numberFormat('vi-VN', { style: 'percent' }), numberFormat('en-GB', { style: 'percent' }));
});

test('dates: weekday names, today and the office clock build their formatter once', () => {
  dateTimeFormat('vi-VN', { weekday: 'long' });
  todayIso();
  officeClock(new Date());
  const built = constructions('DateTimeFormat', () => {
    for (let i = 0; i < 100; i++) {
      dateTimeFormat('vi-VN', { weekday: 'long' }).format(new Date(2026, 0, 5 + (i % 7)));
      todayIso('Asia/Ho_Chi_Minh');
      officeClock(new Date(Date.UTC(2026, 0, 5, 1, i)));
    }
  });
  assert.equal(built, 0);
  assert.equal(todayIso('Asia/Ho_Chi_Minh', new Date('2026-01-04T17:30:00Z')), '2026-01-05');
  assert.deepEqual(officeClock(new Date('2026-01-05T01:15:00Z')), { date: '2026-01-05', minutes: 8 * 60 + 15 });
});
