// The README's examples, run as written against the reference server: only the example host names
// are replaced by the test server's address and the package name by the built files. A newcomer's
// first SDK call must find the sample dossier, and the pasted HTML must give every widget its API.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { ensureDist, launchChromium, root, settle, startTestServer } from './harness.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const work = mkdtempSync(join(tmpdir(), 'motcua-readme-'));

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

before(async () => {
  await ensureDist();
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
});
after(async () => {
  await browser?.close();
  await server?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a README code block in Node with `motcua` bound to dist/; returns what it printed. */
async function runBlock(code: string, name: string): Promise<string> {
  const dist = (p: string) => pathToFileURL(join(root, 'dist', p)).href;
  const source = code
    .replaceAll("from 'motcua/search'", `from '${dist('search/index.js')}'`)
    .replaceAll("from 'motcua'", `from '${dist('index.js')}'`)
    .replaceAll('https://motcua.example.gov.vn/api/v1', `${server.url}/api/v1`);
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, source);
  // Asynchronously: the server under test runs in this process.
  try {
    return (await promisify(execFile)(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 })).stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    assert.fail(`${name} failed:\n${e.stdout ?? ''}\n${e.stderr ?? String(error)}`);
  }
}

const sdkBlocks = blocks('ts').filter((b) => /from 'motcua(\/search)?'/.test(b));

test('the README has its SDK examples', () => {
  assert.equal(sdkBlocks.length, 3, 'the createClient, survey and createProcedureIndex examples');
});

test('the createClient example finds procedures and the sample dossier', async () => {
  const out = await runBlock(sdkBlocks.find((b) => b.includes('dossiers.lookup'))!, 'client');
  assert.doesNotMatch(out, /Không tìm thấy|Mất kết nối/);
  assert.match(out, /^\d\.\d{6}\S* .*(Cấp|cấp)/m, 'a procedure line from the search');
  assert.match(out, /^10 2022-(09|10)-\d\d$/m, 'the dossier: returned (status 10), its appointment date in 2022');
});

test('the survey example stores one response and reads the resend as a success', async () => {
  const out = await runBlock(sdkBlocks.find((b) => b.includes('surveys.submit'))!, 'survey');
  const lines = out.trim().split('\n');
  assert.equal(lines.length, 2, out);
  const [first, second] = lines.map((l) => l.split(' '));
  assert.deepEqual(first!.slice(0, 2), ['1', 'stored']);
  assert.deepEqual(second!.slice(0, 3), ['2', 'stored', 'earlier']);
  assert.equal(second![3], first![2], 'the same stored response both times');
});

test('the createProcedureIndex example finds the building permit by its abbreviation', async () => {
  const out = await runBlock(sdkBlocks.find((b) => b.includes('createProcedureIndex'))!, 'search');
  assert.equal(out.trim(), '1.009994 1');
});

test('the HTML snippet, pasted into a page, gives every widget its API', async () => {
  const snippet = blocks('html')[0]!
    .replaceAll('https://cdn.example.gov.vn/motcua', '')
    .replaceAll('https://motcua.example.gov.vn/api/v1', `${server.url}/api/v1`);
  const page = await browser.newPage();
  await page.route('**/readme.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>README</title></head><body>${snippet}</body></html>` }),
  );
  await page.goto(`${server.url}/readme.html`);
  await page.waitForFunction(() => !!customElements.get('motcua-satisfaction-survey'), null, { timeout: 20_000 });
  await settle(page);
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('motcua-provider > *')].map((el) => ({
      tag: el.localName,
      client: !!(el as Element & { activeClient?: unknown }).activeClient,
      text: el.shadowRoot?.textContent ?? '',
    })),
  );
  assert.ok(states.length >= 3);
  for (const s of states) {
    assert.ok(s.client, `${s.tag} has the provider's client`);
    assert.doesNotMatch(s.text, /Chưa cấu hình/, s.tag);
  }
  await page.close();
});
