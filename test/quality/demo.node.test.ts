// The demo page (demo/index.html through the real server, with its strict CSP) in Chromium on a phone
// and a desktop screen: axe finds nothing, no request leaves localhost, and the page's theme and
// language switches reach every widget.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_LOOKUPS } from '../../server/data/index.js';
import { describeViolations, runAxe, settle, startTestServer, withChromiumAndServer } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

withChromiumAndServer((b, s) => ([browser, server] = [b, s]));

const screens = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];

/** Opens the demo, recording every request that is not to this machine and every page error. */
async function openDemo(width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  const response = await page.goto(`${server.url}/`);
  assert.equal(response?.status(), 200);
  await settle(page);
  return { context, page, outside, errors };
}

/** Every motcua-* element on the page except the provider (which draws nothing itself). */
function widgets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('motcua-') && el.localName !== 'motcua-provider')
      .map((el) => ({
        tag: el.localName,
        locale: (el as Element & { locale?: string }).locale,
        color: getComputedStyle(el).color,
        background: getComputedStyle(el).backgroundColor,
        text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      })),
  );
}

for (const screen of screens) {
  test(`demo on a ${screen.name} screen (${screen.width}×${screen.height}): axe, requests, errors`, async () => {
    const { context, page, outside, errors } = await openDemo(screen.width, screen.height);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `axe on the ${screen.name} screen:\n${describeViolations(violations)}`);
    assert.deepEqual(outside, [], 'requests outside localhost');
    assert.deepEqual(errors, [], 'console or page errors');
    await context.close();
  });
}

test('the theme and language switches change every widget, and the dark English page passes axe', async () => {
  const { context, page, outside, errors } = await openDemo(1280, 800);
  const before = await widgets(page);
  assert.ok(before.length > 0, 'the demo shows no motcua widget');
  for (const w of before) assert.equal(w.locale, 'vi', `${w.tag} starts in Vietnamese`);

  await page.getByRole('button', { name: 'Tối' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('motcua-') && el.localName !== 'motcua-provider')
      .every((el) => (el as Element & { locale?: string }).locale === 'en'),
  );
  await settle(page);
  const afterSwitch = await widgets(page);
  for (const [i, w] of afterSwitch.entries()) {
    const old = before[i]!;
    assert.equal(w.tag, old.tag);
    assert.equal(w.locale, 'en', `${w.tag} follows the language switch`);
    assert.notEqual(w.text, old.text, `${w.tag} shows other text in English`);
    assert.ok(w.color !== old.color || w.background !== old.background, `${w.tag} follows the theme switch (${old.color} → ${w.color})`);
  }

  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe in dark English:\n${describeViolations(violations)}`);

  // And back: the switches are not one-way.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('motcua-') && el.localName !== 'motcua-provider')
      .every((el) => (el as Element & { locale?: string }).locale === 'vi'),
  );
  assert.deepEqual(outside, [], 'requests outside localhost');
  assert.deepEqual(errors, [], 'console or page errors');
  await context.close();
});

test('a citizen searches without diacritics, opens a procedure, and its detail passes axe in both languages', async () => {
  const { context, page, outside, errors } = await openDemo(375, 812);
  const search = page.locator('motcua-procedure-search');
  const box = search.getByRole('combobox');
  await box.fill('dang ky khai sinh');
  const first = search.getByRole('option').first();
  await first.waitFor();
  const chosen = (await first.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  assert.match(chosen, /khai sinh/i);
  await box.press('ArrowDown');
  await box.press('Enter');
  // The detail renders inside the search's shadow root (no detail-target in the demo).
  const detail = search.locator('motcua-procedure-detail');
  await detail.getByRole('heading', { level: 3 }).first().waitFor();
  const text = async () => (await detail.evaluate((el) => el.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' ');
  const vi = await text();
  assert.match(vi, /Thành phần hồ sơ/);
  await settle(page);
  let violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe with a procedure open:\n${describeViolations(violations)}`);

  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => {
    const el = document.querySelector('motcua-procedure-search')?.shadowRoot?.querySelector('motcua-procedure-detail');
    return (el as (Element & { locale?: string }) | null | undefined)?.locale === 'en';
  });
  await settle(page);
  const en = await text();
  assert.notEqual(en, vi, 'the detail follows the language switch');
  assert.match(en, /Documents/i);
  violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe with a procedure open in English:\n${describeViolations(violations)}`);
  assert.deepEqual(outside, [], 'requests outside localhost');
  assert.deepEqual(errors, [], 'console or page errors');
  await context.close();
});

test('the city page (10 px root, grey, transparent surface): widgets keep their size and the reader’s text size', async () => {
  const sizes = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        ['motcua-procedure-search', 'motcua-dossier-tracker', 'motcua-qr-lookup', 'motcua-duty-roster', 'motcua-stats'].map((tag) => {
          const r = document.querySelector(tag)!.getBoundingClientRect();
          return [tag, `${Math.round(r.width)}x${Math.round(r.height)}`];
        }),
      ),
    );
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  assert.equal((await page.goto(`${server.url}/demo/city.html`))?.status(), 200);
  await settle(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
  // The same page with the browser's 16 px root: widgets sized in rem would change, ours must not.
  // (Compared on one page: the widgets take the host's font, and the main demo's is another.)
  const atTen = await sizes(page);
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '16px', 'important'));
  await settle(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '16px');
  const atSixteen = await sizes(page);
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  await settle(page);
  assert.deepEqual(atTen, atSixteen, 'each widget keeps its size whatever the root font size');
  const look = await page.evaluate(() =>
    [...document.querySelectorAll('motcua-procedure-search, motcua-dossier-tracker, motcua-satisfaction-survey, motcua-stats')].map((el) => ({
      tag: el.localName,
      fontSize: getComputedStyle(el).fontSize,
      background: getComputedStyle(el).backgroundColor,
      // Nothing inside overflows its box (the survey sits in a 279 px sidebar).
      overflowing: [...el.shadowRoot!.querySelectorAll('*')].filter((x) => x.scrollWidth > x.clientWidth + 1 && getComputedStyle(x).overflowX === 'visible').map((x) => x.localName + '.' + x.className).slice(0, 3),
    })),
  );
  for (const w of look) {
    assert.equal(w.fontSize, '16px', `${w.tag} keeps the reader's size`);
    assert.equal(w.background, 'rgba(0, 0, 0, 0)', `${w.tag} lets the grey page through`);
    assert.deepEqual(w.overflowing, [], `${w.tag}: content overflowing its box`);
  }
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe on the city page:\n${describeViolations(violations)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dossier found in the tracker can be rated at once: the survey opens that dossier with the look-up’s token', async () => {
  const { context, page, outside, errors } = await openDemo(1280, 800);
  const demo = DEMO_LOOKUPS[0]!;
  const tracker = page.locator('motcua-dossier-tracker');
  await tracker.locator('input[name=code]').fill(demo.code);
  await tracker.locator('input[name=lookupKey]').fill(demo.lookupKey);
  await tracker.locator('input[name=lookupKey]').press('Enter');
  const survey = page.locator('motcua-satisfaction-survey:not([kiosk])');
  await survey.locator('.dossier').waitFor({ timeout: 15_000 });
  assert.match((await survey.locator('.dossier').textContent()) ?? '', new RegExp(demo.code.replace(/\./g, '\\.')));
  assert.equal(await survey.getAttribute('dossier'), demo.code);
  const kiosk = await page.locator('motcua-satisfaction-survey[kiosk]').evaluate((el) => el.shadowRoot?.querySelector('.dossier'));
  assert.equal(kiosk, null, 'the kiosk survey stays generic');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
