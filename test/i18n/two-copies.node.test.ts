// A portal can load two copies of motcua (the CDN file and its own npm build): the tags go to the
// copy that defined them first, so a registerMessages call made through either copy must reach both.
import assert from 'node:assert/strict';
import { test } from 'node:test';

type I18n = typeof import('../../src/i18n/i18n.js');

/** A separate module instance of the i18n code, as a second bundle on the page would have. */
async function copy(name: string): Promise<I18n> {
  return (await import(`../../src/i18n/i18n.ts?copy=${name}`)) as I18n;
}

test('an override registered through one copy reaches the other copy and its elements', async () => {
  const first = await copy('cdn');
  const second = await copy('npm');
  assert.notEqual(first.registerMessages, second.registerMessages, 'two module instances');
  const before = second.translate(second.peekMessages('vi')!, 'common.retry');
  assert.equal(before, 'Thử lại');

  let refreshed = 0;
  const stop = second.onMessagesChange(() => refreshed++);
  first.registerMessages('vi', { 'common.retry': 'Tải lại (cổng tỉnh)' });
  stop();

  assert.equal(refreshed, 1, "the other copy's elements are told to re-render");
  assert.equal(second.translate(second.peekMessages('vi')!, 'common.retry'), 'Tải lại (cổng tỉnh)');
  assert.equal(first.translate(first.peekMessages('vi')!, 'common.retry'), 'Tải lại (cổng tỉnh)');
});

test('an override registered later through the winning copy replaces the earlier one in both', async () => {
  const first = await copy('cdn');
  const second = await copy('npm');
  second.registerMessages('en', { 'common.retry': 'Reload' });
  first.registerMessages('en', { 'common.retry': 'Try again, please' });
  const en = await second.getMessages('en');
  assert.equal(second.translate(en, 'common.retry', undefined, 'en'), 'Try again, please');
  assert.equal(first.translate(await first.getMessages('en'), 'common.retry', undefined, 'en'), 'Try again, please');
});
