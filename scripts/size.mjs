// `npm run size` (after `npm run build`): gzip -9 sizes of what a page actually downloads, written to
// docs/sizes.md. `--check` also fails when an entry is over its budget (CI runs it after the build).
//
//  - the CDN entry dist/cdn/motcua.js as built (its lazy chunks are listed, not counted);
//  - each element alone: dist/elements/<name>.js (= `motcua/elements/<name>.js`) bundled with every
//    module it imports statically, Lit included, minified like the CDN build; dynamic imports (the
//    English messages, the QR decoder) stay out, since a page only fetches them when needed;
//  - the SDK alone: dist/index.js (= `motcua`) bundled with zod/mini and ky.
// Nothing is built here; bundles are generated in memory.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
// terser comes with @rollup/plugin-terser; used alone only to weigh each package's share.
import { minify } from 'terser';
import { findElements } from './elements.mjs';
import { root } from './run.mjs';

/** Budgets in kB of gzip -9 output; 1 kB = 1000 bytes (the stricter reading). */
export const BUDGETS = { cdn: 60, element: 28, sdk: 16 };

const check = process.argv.includes('--check');
const gzip = (/** @type {Buffer | string} */ code) => gzipSync(code, { level: 9 }).length;
const kB = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);

/** The package a bundled module comes from: `lit`, `zod`, … or `motcua` for our own code. */
function owner(/** @type {string} */ id) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replaceAll('\\', '/'));
  // Our own code by the dist file it sits in: `elements/stats`, `chunks/client`, `index`.
  if (!m) return `motcua:${relative(dist, id).replace(/\.js$/, '').replace(/-[\w-]{8}$/, '')}`;
  const name = m[1] ?? 'motcua';
  // Lit's packages are one thing to a reader of the table.
  return /^(lit|lit-html|lit-element|@lit\/reactive-element)$/.test(name) ? 'lit' : name;
}

/**
 * Bundles one file with everything it imports statically; returns gzip and minified sizes and the
 * share of each package in the (unminified) rendered code.
 * @param {string} input
 */
async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [
      // A lazy import is fetched only when used, so it is not part of the element's cost.
      { name: 'lazy-out', resolveDynamicImport: () => false },
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      commonjs({ include: /node_modules\/jsqr\// }),
      terser({ module: true, ecma: 2020, compress: { passes: 2 } }),
    ],
    onwarn: (w, warn) => {
      if (w.code !== 'CIRCULAR_DEPENDENCY' && w.code !== 'INVALID_ANNOTATION') warn(w);
    },
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error(`no entry chunk for ${input}`);
  // Static imports of the entry (a chunk shared with a lazy import) still load up front.
  const upFront = new Set([entry.fileName]);
  for (const name of upFront) for (const i of chunks.find((c) => c.fileName === name)?.imports ?? []) upFront.add(i);
  const loaded = chunks.filter((c) => upFront.has(c.fileName));
  // Each package's share: its rendered code minified and gzipped alone (an estimate; the bundle
  // compresses better as a whole).
  /** @type {Record<string, string>} */
  const code = {};
  for (const c of loaded) {
    for (const [id, m] of Object.entries(c.modules)) code[owner(id)] = (code[owner(id)] ?? '') + (m.code ?? '') + '\n';
  }
  /** @type {Record<string, number>} */
  const parts = {};
  for (const [name, source] of Object.entries(code)) {
    // No compression: alone, a piece's declarations look unused and pure-annotated calls would go.
    const min = await minify(source, { module: true, toplevel: false, ecma: 2020, compress: false, mangle: { toplevel: false } });
    parts[name] = gzip(min.code ?? source);
  }
  return {
    min: loaded.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gz: loaded.reduce((n, c) => n + gzip(c.code), 0),
    parts,
  };
}

/** "zod 9.1, motcua:chunks/client 4.2, lit 5.9" (kB gz each), largest first; small ones summed. */
function shares(/** @type {Record<string, number>} */ parts) {
  const sorted = Object.entries(parts).sort((a, b) => b[1] - a[1]);
  const big = sorted.filter(([, n]) => n >= 1000).slice(0, 6);
  const rest = sorted.slice(big.length).reduce((a, [, n]) => a + n, 0);
  return [...big.map(([name, n]) => `${name} ${kB(n)}`), ...(rest ? [`other ${kB(rest)}`] : [])].join(', ');
}

const dist = join(root, 'dist');
const cdnFile = join(dist, 'cdn/motcua.js');
const sdkFile = join(dist, 'index.js');
if (!existsSync(cdnFile) || !existsSync(sdkFile)) {
  console.error('size: dist/ is missing or incomplete; run `npm run build` first');
  process.exit(1);
}

/** @type {{ name: string, what: string, min: number, gz: number, budget: number, parts: string }[]} */
const rows = [];

const cdnCode = readFileSync(cdnFile);
const lazy = readdirSync(join(dist, 'cdn/chunks'), { withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.js'))
  .map((f) => ({ name: f.name.replace(/-[\w-]{8}\.js$/, ''), gz: gzip(readFileSync(join(dist, 'cdn/chunks', f.name))) }));
rows.push({
  name: '`dist/cdn/motcua.js`',
  what: 'CDN file: every element and the SDK',
  min: cdnCode.length,
  gz: gzip(cdnCode),
  budget: BUDGETS.cdn,
  parts: lazy.length ? `lazy, not counted: ${lazy.map((l) => `${l.name} ${kB(l.gz)} kB`).join(', ')}` : '',
});

const sdk = await bundle(sdkFile);
rows.push({ name: '`motcua`', what: 'SDK alone (client, schemas, calendar, QR parsing)', min: sdk.min, gz: sdk.gz, budget: BUDGETS.sdk, parts: shares(sdk.parts) });

for (const el of findElements(join(root, 'src/elements'))) {
  const file = join(dist, 'elements', `${el.name}.js`);
  if (!existsSync(file)) {
    console.error(`size: ${relative(root, file)} is missing; is dist/ up to date?`);
    process.exitCode = 1;
    continue;
  }
  const r = await bundle(file);
  rows.push({
    name: `\`motcua/elements/${el.name}.js\``,
    what: `\`<motcua-${el.name}>\` alone`,
    min: r.min,
    gz: r.gz,
    budget: BUDGETS.element,
    parts: shares(r.parts),
  });
}

const over = rows.filter((r) => r.gz > r.budget * 1000);
const table = [
  '| entry | what | minified | gzip -9 | budget | | largest parts (kB gzip, each alone) |',
  '|---|---|--:|--:|--:|:-:|---|',
  ...rows.map(
    (r) => `| ${r.name} | ${r.what} | ${kB(r.min)} kB | **${kB(r.gz)} kB** | ${r.budget} kB | ${r.gz > r.budget * 1000 ? '❌' : '✓'} | ${r.parts} |`,
  ),
];
const doc = `# Kích thước (sizes)

<!-- generated by npm run size (scripts/size.mjs); do not edit by hand -->

> Bảng này do \`npm run size\` tạo ra sau \`npm run build\`; CI chạy \`node scripts/size.mjs --check\` và
> báo lỗi khi một mục vượt ngân sách. *Generated by \`npm run size\`; CI fails when an entry is over budget.*

Đo bằng gzip mức 9 (zlib), 1 kB = 1000 byte. Mỗi tiện ích được đóng gói riêng cùng mọi thứ nó nhập tĩnh
(kể cả Lit), nén như bản CDN; phần tải lười (tiếng Anh, bộ giải mã QR) không tính. Một trang dùng nhiều
tiện ích chỉ tải Lit và phần dùng chung một lần.

*Each element is bundled alone with everything it imports statically (Lit included) and minified like
the CDN file; lazily loaded chunks (English messages, the QR decoder) are not counted. A page with
several elements shares Lit and the common code.*

${table.join('\n')}
`;
writeFileSync(join(root, 'docs/sizes.md'), doc);

for (const r of rows) {
  console.log(`${r.gz > r.budget * 1000 ? 'OVER' : 'ok  '} ${kB(r.gz).padStart(6)} kB gz (budget ${r.budget} kB)  ${r.name.replaceAll('`', '')}  ${r.parts}`);
}
console.log('size: wrote docs/sizes.md');
if (check && over.length) {
  console.error(`size: over budget: ${over.map((r) => r.name.replaceAll('`', '')).join(', ')}`);
  process.exit(1);
}
