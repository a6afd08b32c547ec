// `npm run size` (after `npm run build`): gzip -9 sizes of what a page actually downloads, written to
// docs/sizes.md. `--check` also fails when an entry is over its limit: its budget, or while over
// budget its recorded ceiling (CI runs it after the build); `--record` writes those ceilings.
//
//  - the CDN entry dist/cdn/motcua.js with the chunks it imports statically (what a page loads at
//    once; the per-element chunks it imports lazily are listed in a row of their own, unbudgeted);
//  - each element alone: dist/elements/<name>.js (= `motcua/elements/<name>.js`) bundled with every
//    module it imports statically, Lit included, minified like the CDN build; dynamic imports (the
//    English messages, the QR decoder) stay out, since a page only fetches them when needed;
//  - the SDK alone: dist/index.js (= `motcua`) bundled with zod/mini and ky.
// Nothing is built here; bundles are generated in memory.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as lexer from 'es-module-lexer';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
// terser comes with @rollup/plugin-terser; used alone only to weigh each package's share.
import { minify } from 'terser';
import { treeshake } from '../rollup.config.mjs';
import { findElements } from './elements.mjs';
import { root } from './run.mjs';

/** Budgets in kB of gzip -9 output; 1 kB = 1000 bytes (the stricter reading). */
export const BUDGETS = { cdn: 60, element: 28, sdk: 16 };

const check = process.argv.includes('--check');
const record = process.argv.includes('--record');
/**
 * Ceilings (kB gz) CI holds each entry to while it is over its budget: the size last recorded
 * with `--record`, plus 2 %. An entry may shrink freely; growing past its ceiling fails CI, and
 * one within budget is held to the budget itself.
 */
const ceilingsFile = join(root, 'scripts/size-ceilings.json');
/** @type {Record<string, number>} */
const ceilings = existsSync(ceilingsFile) ? JSON.parse(readFileSync(ceilingsFile, 'utf8')) : {};
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
    treeshake,
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

// The CDN file loads its static imports at once; the chunks it imports dynamically load when a
// page shows the element (or needs English, or has no BarcodeDetector).
const cdnDir = join(dist, 'cdn');
const chunkFiles = readdirSync(join(cdnDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`);
await lexer.init;
/** @param {string} file relative to dist/cdn */
function staticImports(file) {
  const [imports] = lexer.parse(readFileSync(join(cdnDir, file), 'utf8'));
  return imports.filter((i) => i.d === -1 && i.n?.startsWith('.')).map((i) => relative(cdnDir, join(cdnDir, dirname(file), /** @type {string} */ (i.n))));
}
const upFront = new Set(['motcua.js']);
for (const f of upFront) for (const i of staticImports(f)) upFront.add(i);
const weigh = (/** @type {Iterable<string>} */ files) => {
  let min = 0, gz = 0;
  for (const f of files) {
    const code = readFileSync(join(cdnDir, f));
    min += code.length;
    gz += gzip(code);
  }
  return { min, gz };
};
const shortName = (/** @type {string} */ f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
const cdnEntry = weigh(upFront);
const lazyFiles = chunkFiles.filter((f) => !upFront.has(f));
rows.push({
  name: '`dist/cdn/motcua.js`',
  what: 'CDN file as the page loads it: the entry and its static imports (registers every tag)',
  ...cdnEntry,
  budget: BUDGETS.cdn,
  parts: `up front: ${[...upFront].map((f) => `${shortName(f)} ${kB(weigh([f]).gz)}`).join(', ')}`,
});
// Not a budget: what a page that shows every widget ends up loading (all but English and jsQR).
const onDemand = lazyFiles.filter((f) => !/\/(en|jsQR)-/.test(f));
const everything = weigh([...upFront, ...onDemand]);
rows.push({
  name: '`dist/cdn/` (every widget)',
  what: 'CDN, a page showing all nine elements: entry plus every element chunk (not English, not jsQR)',
  ...everything,
  budget: 0,
  parts: `on demand: ${onDemand.map((f) => `${shortName(f)} ${kB(weigh([f]).gz)}`).join(', ')}`,
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

const plain = (/** @type {string} */ name) => name.replaceAll('`', '');
/** The limit CI holds a row to: its budget, or while it is over budget its recorded ceiling. */
const limitOf = (/** @type {typeof rows[number]} */ r) => {
  if (!r.budget) return undefined;
  const ceiling = ceilings[plain(r.name)];
  return r.gz <= r.budget * 1000 || ceiling === undefined ? r.budget : Math.max(r.budget, ceiling);
};
const over = rows.filter((r) => r.budget && r.gz > /** @type {number} */ (limitOf(r)) * 1000);
const mark = (/** @type {typeof rows[number]} */ r) => (!r.budget ? '—' : r.gz <= r.budget * 1000 ? '✓' : `❌ (ceiling ${limitOf(r)} kB)`);
const table = [
  '| entry | what | minified | gzip -9 | budget | | largest parts (kB gzip, each alone) |',
  '|---|---|--:|--:|--:|:-:|---|',
  ...rows.map((r) => `| ${r.name} | ${r.what} | ${kB(r.min)} kB | **${kB(r.gz)} kB** | ${r.budget ? `${r.budget} kB` : '—'} | ${mark(r)} | ${r.parts} |`),
];
const doc = `# Kích thước (sizes)

<!-- generated by npm run size (scripts/size.mjs); do not edit by hand -->

> Bảng này do \`npm run size\` tạo ra sau \`npm run build\`; CI chạy \`node scripts/size.mjs --check\`.
> *Generated by \`npm run size\`. CI fails when an entry within its budget goes over it, or when an
> entry still over its budget grows past its recorded ceiling (\`scripts/size-ceilings.json\`, the
> size last recorded with \`--record\` plus 2 %), so nothing grows while the budgets are being met.*

Đo bằng gzip mức 9 (zlib), 1 kB = 1000 byte. Mỗi tiện ích được đóng gói riêng cùng mọi thứ nó nhập tĩnh
(kể cả Lit), nén như bản CDN; phần tải lười (tiếng Anh, bộ giải mã QR) không tính. Một trang dùng nhiều
tiện ích chỉ tải Lit và phần dùng chung một lần.

*Each element is bundled alone with everything it imports statically (Lit included) and minified like
the CDN file; lazily loaded chunks (English messages, the QR decoder) are not counted. A page with
several elements shares Lit and the common code.*

${table.join('\n')}
`;
// The per-page figures below the table are measured in Chromium (test/quality/page-budget.node.test.ts),
// not by this script: they are kept as they are when the table is rewritten.
const sizesFile = join(root, 'docs/sizes.md');
const previous = existsSync(sizesFile) ? readFileSync(sizesFile, 'utf8') : '';
const kept = previous.indexOf('\n## Pages');
writeFileSync(sizesFile, kept >= 0 ? `${doc}${previous.slice(kept)}` : doc);

for (const r of rows) {
  const state = !r.budget ? 'info' : r.gz <= r.budget * 1000 ? 'ok  ' : over.includes(r) ? 'OVER' : 'high';
  console.log(`${state} ${kB(r.gz).padStart(6)} kB gz (budget ${r.budget || '—'} kB, limit ${limitOf(r) ?? '—'} kB)  ${plain(r.name)}  ${r.parts}`);
}
console.log('size: wrote docs/sizes.md');
if (record) {
  /** @type {Record<string, number>} */
  const next = {};
  for (const r of rows) if (r.budget && r.gz > r.budget * 1000) next[plain(r.name)] = Math.ceil((r.gz * 1.02) / 100) / 10;
  writeFileSync(ceilingsFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`size: recorded ceilings for ${Object.keys(next).length} entries over budget in ${relative(root, ceilingsFile)}`);
}
if (check && over.length) {
  console.error(`size: over the limit: ${over.map((r) => plain(r.name)).join(', ')}`);
  process.exit(1);
}
