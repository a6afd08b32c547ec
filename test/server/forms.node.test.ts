// Printable forms: every form link in the sample catalogue opens a page naming its procedure;
// anything else under /forms/ is a 404, and procedure text is escaped, never markup.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSampleData } from '../../server/data/index.js';
import { CSP } from '../../server/static.js';
import { FIXTURE_TODAY, fixture } from './fixture.js';
import { fixtureServer, removeDir, tempDir } from './helpers.js';

const sample = loadSampleData(FIXTURE_TODAY);
let server: Awaited<ReturnType<typeof fixtureServer>>;

const hostile = {
  ...fixture.procedures[0]!,
  code: '9.000001',
  name: 'Thủ tục <script>alert(1)</script>',
  documents: [{ items: [{ name: 'Tờ khai', originals: 1, copies: 0, form: { name: 'Tờ khai "x" <b>', url: '/forms/9.000001-to-khai.html' } }] }],
};

before(async () => {
  server = await fixtureServer({ data: { ...sample, procedures: [...sample.procedures, hostile] } });
});
after(async () => {
  await server.close();
});

describe('printable forms', () => {
  it('every form link of the sample catalogue opens its form, under the strict CSP', async () => {
    const links = sample.procedures.flatMap((p) =>
      p.documents.flatMap((c) => c.items.flatMap((i) => (i.form ? [{ procedure: p, form: i.form }] : []))),
    );
    assert.ok(links.length >= 50, `only ${links.length} form links in the sample data`);
    for (const { procedure, form } of links.slice(0, 60)) {
      const res = await fetch(`${server.url}${form.url}`);
      assert.equal(res.status, 200, form.url);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(res.headers.get('content-security-policy'), CSP);
      const page = await res.text();
      assert.ok(page.includes(procedure.code), `${form.url} names ${procedure.code}`);
      assert.match(page, /<html lang="vi">/);
      assert.match(page, /Số định danh cá nhân/);
    }
  });

  it('escapes catalogue text', async () => {
    const page = await (await fetch(`${server.url}/forms/9.000001-to-khai.html`)).text();
    assert.ok(!page.includes('<script>alert(1)'));
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!page.includes('<b>'));
  });

  it('a code without such a form, an unknown code or another name under /forms/ is 404 JSON', async () => {
    const noForm = sample.procedures.find((p) => !p.documents.some((c) => c.items.some((i) => i.form)))!;
    for (const path of [`/forms/${noForm.code}-to-khai.html`, '/forms/1.999999-to-khai.html', '/forms/../package.json', '/forms/x.docx']) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
    }
  });
});
