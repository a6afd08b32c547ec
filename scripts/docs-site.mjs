// Part of `npm run docs` (after typedoc): the docs site's front page. Renders docs/**/*.md to
// docs-site/docs/*.html and writes docs-site/index.html linking the guides, the Storybook build
// (docs-site/storybook, from `npm run build-storybook`) and the API reference (docs-site/api).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// markdown-it comes with typedoc (a dev dependency); it is only used to render these pages.
import MarkdownIt from 'markdown-it';
import { root } from './run.mjs';

const site = join(root, 'docs-site');
const out = join(site, 'docs');
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const escape = (/** @type {string} */ s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const CSS = `body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1b1f24;margin:0;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
a{color:#0b4f9c}nav.top{background:#0b4f9c;padding:.75rem 1.5rem}nav.top a{color:#fff;margin-right:1.25rem;font-weight:600}
code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.92em}pre{background:#f3f5f7;padding:1rem;overflow:auto;border-radius:6px}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #c9ced6;padding:.35rem .6rem;text-align:left;vertical-align:top}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #0b4f9c;background:#f3f7fc}
ul.cards{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
ul.cards li{border:1px solid #c9ced6;border-radius:6px;padding:1rem}
@media (prefers-color-scheme:dark){body{background:#16191e;color:#e6e8eb}a{color:#8ab8f0}pre{background:#22262d}blockquote{background:#1d2430}th,td{border-color:#444b55}nav.top{background:#0d2a4d}}
`;

/** Every Markdown file under docs/, as paths relative to it (`theming.md`, `recipes/react.md`). */
function markdownFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return markdownFiles(join(dir, d.name), `${prefix}${d.name}/`);
    return d.name.endsWith('.md') ? [`${prefix}${d.name}`] : [];
  });
}

function page(title, body, depth) {
  const up = '../'.repeat(depth);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – motcua</title>
<link rel="stylesheet" href="${up}site.css">
</head>
<body>
<nav class="top" aria-label="motcua"><a href="${up}index.html">motcua</a><a href="${up}storybook/index.html">Storybook</a><a href="${up}api/index.html">API (typedoc)</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(site, 'site.css'), CSS);

const docs = markdownFiles(join(root, 'docs')).sort();
/** @type {{ file: string, title: string }[]} */
const entries = [];
for (const file of docs) {
  const source = readFileSync(join(root, 'docs', file), 'utf8');
  const title = /^#\s+(.+)$/m.exec(source)?.[1]?.trim() ?? file;
  // Links between guides point at the rendered pages; anything else is left as written.
  const html = md
    .render(source)
    .replace(/href="((?!https?:|\/|#)[^"]*?)\.md(#[^"]*)?"/g, (_, path, hash = '') => `href="${path}.html${hash}"`);
  const target = join(out, file.replace(/\.md$/, '.html'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, page(title, html, file.split('/').length));
  entries.push({ file: `docs/${file.replace(/\.md$/, '.html')}`, title });
}

// The contract as OpenAPI 3.1, generated from the schemas (server/openapi), beside the guides.
const openapi = spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./server/openapi/document.ts').then((m) => process.stdout.write(JSON.stringify(m.openApiDocument(), null, 2)))"], { cwd: root, encoding: 'utf8' });
if (openapi.status === 0) writeFileSync(join(site, 'openapi.json'), openapi.stdout);
else console.warn(`docs site: openapi.json not written: ${openapi.stderr.slice(-500)}`);

const has = (p) => existsSync(join(site, p));
const index = page(
  'Tài liệu',
  `<h1>motcua – tài liệu</h1>
<p>SDK TypeScript và bộ web component giúp cổng dịch vụ công thêm các tính năng của Bộ phận Một cửa.
<span lang="en">TypeScript SDK and web components for the one-stop office of Vietnamese e-government portals.</span></p>
<ul class="cards">
<li><h2><a href="storybook/index.html">Storybook</a></h2><p>Mọi tiện ích ở mọi trạng thái; đổi ngôn ngữ và giao diện trên thanh công cụ. <span lang="en">Every widget in every state.</span>${has('storybook/index.html') ? '' : ' <em>(chưa dựng: <code>npm run build-storybook</code>)</em>'}</p></li>
<li><h2><a href="openapi.json">OpenAPI 3.1</a></h2><p>Hợp đồng <code>/api/v1</code> cho đội tự xây back end; kiểm tra bằng <code>npx motcua conformance</code>. <span lang="en">The API contract, generated from the schemas.</span></p></li>
<li><h2><a href="api/index.html">API (typedoc)</a></h2><p>Tham chiếu SDK: <code>createClient</code>, lược đồ, lịch làm việc, tìm kiếm. <span lang="en">SDK reference.</span></p></li>
</ul>
<h2>Hướng dẫn <span lang="en">(guides)</span></h2>
<ul>
${entries.map((e) => `<li><a href="${e.file}">${escape(e.title)}</a></li>`).join('\n')}
</ul>`,
  0,
);
writeFileSync(join(site, 'index.html'), index);
console.log(`docs site: docs-site/index.html with ${entries.length} guides, Storybook ${has('storybook/index.html') ? 'linked' : 'not built yet'}, API ${has('api/index.html') ? 'linked' : 'missing'}`);
