// The demo page, unchanged, in Chromium against BACKEND=opencps over the OpenCPS simulator:
// every widget renders from OpenCPS data with no error and no request leaving the machine, axe
// finds nothing, and a citizen searches, opens a procedure, tracks a dossier by its PIN and
// rates it — the rating reaching OpenCPS once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/app.js';
import { opencpsBackend } from '../../server/backends/opencps/index.js';
import type { Database } from '../../server/db/database.js';
import { openDatabase } from '../../server/db/open.js';
import { startOpencpsSim, type OpencpsSim } from '../opencps-sim/server.js';
import { GROUP_ID } from '../opencps-sim/seed.js';
import { describeViolations, ensureDist, launchChromium, runAxe, settle } from './harness.js';

let browser: Browser;
let sim: OpencpsSim;
let database: Database;
let server: RunningServer;

before(async () => {
  await ensureDist();
  sim = await startOpencpsSim();
  database = await openDatabase({ memory: true });
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ port: 0, host: '127.0.0.1', database, log: () => {}, backend: opencpsBackend({ baseUrl: sim.url, groupId: GROUP_ID }) }),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await database?.close();
  await sim?.close();
});

async function openDemo() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // OpenCPS has no queue-number machine: the gateway's 404 for /queue is the one expected failure,
  // recorded by address (Chromium's console line for it names no URL) and checked apart.
  const missingQueue: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() === 404 && path.startsWith('/api/v1/queue')) missingQueue.push(path);
    else if (response.status() >= 400) errors.push(`${response.status()} ${path}`);
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/status of 404/.test(msg.text()) && missingQueue.length > 0) return;
    errors.push(msg.text());
  });
  assert.equal((await page.goto(`${server.url}/`))?.status(), 200);
  await settle(page);
  return { context, page, outside, errors, missingQueue };
}

test('every widget of the demo renders from OpenCPS, axe-clean, nothing leaves the machine', async () => {
  const { context, page, outside, errors, missingQueue } = await openDemo();
  const text = (tag: string) => page.locator(tag).first().evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  assert.match(await text('motcua-qr-poster'), /Đăng ký kết hôn/, 'the posters name OpenCPS procedures');
  assert.match(await text('motcua-stats'), /\d/, 'statistics from OpenCPS');
  assert.match(await text('motcua-satisfaction-survey'), /Mức độ hài lòng chung/, 'the site-wide OpenCPS question');
  assert.ok(missingQueue.length > 0, 'the queue widget asked the gateway');
  assert.match(await text('motcua-queue-status'), /chưa đưa máy phát số thứ tự lên cổng/, 'no ticket machine is said plainly, not shown as an error');
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, describeViolations(violations));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  assert.ok(sim.requests.every((r) => r.headers.groupid === GROUP_ID));
  await context.close();
});

test('a citizen finds a procedure without diacritics, tracks a dossier by PIN and rates it once', async () => {
  const { context, page, outside, errors } = await openDemo();
  const search = page.locator('motcua-procedure-search');
  await search.getByRole('combobox').fill('dang ky ket hon');
  const option = search.getByRole('option').first();
  await option.waitFor();
  assert.match((await option.textContent()) ?? '', /kết hôn/i);
  await search.getByRole('combobox').press('ArrowDown');
  await search.getByRole('combobox').press('Enter');
  const detail = search.locator('motcua-procedure-detail');
  await detail.getByRole('heading', { level: 3 }).first().waitFor();
  assert.match(await detail.evaluate((el) => el.shadowRoot?.textContent ?? ''), /Giấy xác nhận tình trạng hôn nhân/);

  const tracker = page.locator('motcua-dossier-tracker');
  await tracker.locator('input[name=code]').fill('000.00.07.G12-261102-0007');
  await tracker.locator('input[name=lookupKey]').fill('4821');
  await tracker.locator('input[name=lookupKey]').press('Enter');
  const survey = page.locator('motcua-satisfaction-survey:not([kiosk])');
  await survey.locator('.dossier').waitFor({ timeout: 15_000 });
  const trackerText = await tracker.evaluate((el) => el.shadowRoot?.textContent ?? '');
  assert.match(trackerText, /Thẩm định hồ sơ/);
  assert.doesNotMatch(trackerText, /001089012345|0912345678/, 'no personal data on the page');

  const groups = await survey.locator('input[type=radio][value="1"]').count();
  assert.equal(groups, 2, 'the two OpenCPS questions of this dossier');
  for (let i = 0; i < groups; i++) await survey.locator('input[type=radio][value="1"]').nth(i).check();
  await survey.locator('button[type=submit]').click();
  await survey.locator('[part~=done]').waitFor({ timeout: 15_000 });
  assert.equal(sim.state.votes.length, 2, 'each answer reached OpenCPS once');
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
