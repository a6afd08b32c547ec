// Two builds from one source tree:
//  1. the npm library in dist/ (ESM, dependencies external, shared code split into chunks);
//  2. dist/cdn/motcua.js, one minified module for a <script type="module"> tag, with lazy chunks.
// Declarations, the per-element .d.ts stubs and the manifest are made by scripts/build.mjs.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { elementEntries, findElements } from './scripts/elements.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const elements = findElements('src/elements');

/** @type {Record<string, string>} */
const libraryInput = {
  index: 'src/index.ts',
  'search/index': 'src/search/index.ts',
  national: 'src/national.ts',
  elements: 'src/elements.ts',
  ...elementEntries(elements),
};
// Entries that do not exist yet are left out, so the build works while the tree grows.
for (const [name, file] of Object.entries(libraryInput)) {
  if (!existsSync(file)) delete libraryInput[name];
}

// Runtime dependencies stay imports in the library so the host app dedupes them (one Lit).
// jsqr (the lazy QR decoder) and uqr (the QR encoder) too: the host's bundler splits them out.
const external = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|zod|ky|jsqr|uqr)(\/.*)?$/;

/** @param {string} outDir @param {string} [tsconfig] */
const ts = (outDir, tsconfig = './tsconfig.build.json') =>
  typescript({
    tsconfig,
    // Rollup emits the JS; declarations come from a separate `tsc -p tsconfig.build.json`.
    declaration: false,
    // The plugin insists on ES module output; `bundler` resolution still maps './x.js' to x.ts.
    module: 'esnext',
    moduleResolution: 'bundler',
    emitDeclarationOnly: false,
    noEmitOnError: false,
    sourceMap: true,
    // The maps carry the TypeScript they point at: src/ is not in the package, so a map without
    // sourcesContent would send a debugger to files that do not exist.
    inlineSources: true,
    outDir,
  });

const repoRoot = dirname(fileURLToPath(import.meta.url));

/**
 * The TypeScript plugin's outDir (dist/cdn for the CDN build) leaves one `../` too many in the
 * sources of the CDN maps; every source is a path under the repository, so strip the `../` run and
 * make it relative to the map again. With sourcesContent embedded this only tidies the names a
 * debugger shows, for example `src/domain/dossier-code.ts`.
 * @type {import('rollup').SourcemapPathTransformOption}
 */
function sourcePath(relativeSourcePath, sourcemapPath) {
  const fromRoot = relativeSourcePath.replace(/^(\.\.\/)+/, '');
  return relative(dirname(sourcemapPath), join(repoRoot, fromRoot)).split('\\').join('/');
}

/**
 * Warnings about our own code are errors (a circular import or a missing export is a bug, not
 * noise); warnings inside dependencies are theirs to fix, so they are shown and let through.
 */
function onwarn(warning, warn) {
  const where = [warning.id, warning.loc?.file, warning.exporter, ...(warning.ids ?? [])].filter(Boolean).join(' ');
  if (/node_modules/.test(where)) {
    if (warning.code !== 'INVALID_ANNOTATION' && warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    return;
  }
  warn(warning);
  throw new Error(`rollup warning treated as error: ${warning.message}`);
}

/**
 * Web Workers: `new URL('./x.worker.ts', import.meta.url)` in the source (what the dev server and
 * the browser tests load as is) becomes a chunk of its own, and the URL points at that chunk from
 * wherever the code lands, written as `new URL('./chunks/….js', import.meta.url)` so that a host
 * app's bundler (Vite, webpack) recognises and bundles the worker of the npm build too.
 * @returns {import('rollup').Plugin}
 */
function workerUrls() {
  const pattern = /new URL\((['"])(\.{1,2}\/[^'"]+\.worker\.ts)\1,\s*import\.meta\.url\)/g;
  const refs = new Set();
  return {
    name: 'motcua-worker-urls',
    transform(code, id) {
      if (!code.includes('.worker.ts')) return null;
      let changed = false;
      const out = code.replace(pattern, (_match, _quote, path) => {
        const ref = this.emitFile({ type: 'chunk', id: resolvePath(dirname(id), path), name: path.replace(/^.*\//, '').replace(/\.ts$/, '') });
        refs.add(ref);
        changed = true;
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return changed ? { code: out, map: null } : null;
    },
    resolveFileUrl({ referenceId, relativePath }) {
      if (!refs.has(referenceId)) return null;
      const path = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
      return `new URL(${JSON.stringify(path)}, import.meta.url)`;
    },
  };
}

/**
 * zod schemas are built by calls (`z.object(…)`) that Rollup must assume have side effects, which
 * keeps every schema of a module once anything imports it. They have none, so saying so lets an
 * element carry only the schemas it validates with.
 * @type {import('rollup').TreeshakingOptions}
 */
export const treeshake = { manualPureFunctions: ['z'] };

/**
 * The CDN build's shared chunks. Each JavaScript file a page loads costs more than its share of
 * one file (gzip starts each file with an empty dictionary, plus a request), and Rollup's default
 * split gives a widget page about twenty files, most under 1 kB. Two groups every widget page
 * needs as a whole become one file each:
 * - `element-base`: Lit and the shared element code (the base class, controllers, tokens, styles);
 * - `transport`: zod, ky and the client's shared request code. Kept apart from the base so that a
 *   widget that never calls the API (the QR reader) does not load it.
 * Each resource's schemas stay out of both: a widget loads only those of the calls it makes.
 * @param {string} id
 * @returns {string | undefined}
 */
export function cdnChunks(id) {
  const path = id.split('\\').join('/');
  // Only what every element runs: directives and helpers that some widgets use stay with them.
  // Providing a context is the provider element's alone, so that part of @lit/context stays with it.
  if (/\/node_modules\/@lit\/context\/lib\/(controllers\/context-provider|decorators\/provide|value-notifier)\.js$|\/src\/elements\/provider\//.test(path)) return 'provider';
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context|tslib)\/(?!.*directives?\/)/.test(path)) return 'element-base';
  // client-cache builds transports, so it goes with them.
  if (/\/src\/elements\/shared\/client-cache\.ts$/.test(path)) return 'transport';
  if (/\/src\/elements\/shared\/(motcua-element|define|context|context-root|locale-controller|error-message|live-region|styles|tokens|events|lazy-client|heading|cell-label)\.ts$/.test(path)) return 'element-base';
  if (/\/node_modules\/(zod|ky)\//.test(path)) return 'transport';
  if (/\/src\/api\/(transport|validate|issue-message|sleep)\.ts$|\/src\/model\/common\.ts$/.test(path)) return 'transport';
  // Rollup adds a manual chunk's unassigned dependencies to it, so the shared ones are named:
  // what motcua.js runs up front (messages, formats, space reservation) is one file,
  if (/\/src\/i18n\/(i18n|format|shared-overrides|vi\/core)\.ts$|\/src\/elements\/shared\/reserve(-table)?\.ts$/.test(path)) return 'boot';
  // and what the base and the transport both use (error classes, deferred resources, API base URLs, office time) stays apart
  // from both, so the SDK alone (sdk.js) loads no Lit and the QR reader no HTTP client.
  if (/\/src\/api\/(errors|deferred-resource)\.ts$|\/src\/elements\/shared\/api-base\.ts$|\/src\/domain\/office-time\.ts$/.test(path)) return 'common';
  // A resource's calls and its schemas load together, on the element's first call (lazy-client.ts).
  const resource = /\/src\/(api|model)\/([a-z]+)\.ts$/.exec(path);
  if (resource && Object.hasOwn(RESOURCE_CHUNK, resource[2])) return RESOURCE_CHUNK[resource[2]];
  // Domain rules and calendar helpers that elements use directly keep their own small files:
  // left unnamed, Rollup would fold them into the resource chunk that imports them.
  const helper = /\/src\/(?:domain|calendar)\/([a-z-]+)\.ts$/.exec(path);
  if (helper && helper[1] !== 'index' && helper[1] !== 'types') return helper[1];
  // The QR encoder (loaded only once a poster shows its codes) under a name a test can look for.
  if (/\/node_modules\/uqr\//.test(path)) return 'qr-encoder';
  return undefined;
}

/** A resource's API module and model module, by file name, and the chunk both go to. */
const RESOURCE_CHUNK = {
  ...Object.fromEntries(['procedures', 'dossiers', 'surveys', 'roster', 'stats', 'calendar', 'queue'].map((r) => [r, r])),
  procedure: 'procedures',
  dossier: 'dossiers',
  survey: 'surveys',
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: libraryInput,
    external: (id) => external.test(id),
    plugins: [ts('dist'), workerUrls()],
    treeshake,
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      sourcemapPathTransform: sourcePath,
    },
  },
  {
    // The `motcua` command (package.json "bin"): Node only, so node: built-ins stay imports; it
    // carries its own copy of the model code rather than sharing the library's chunks.
    input: { cli: 'src/cli/main.ts' },
    external: (id) => external.test(id) || id.startsWith('node:'),
    plugins: [ts('dist', './tsconfig.cli.json')],
    treeshake,
    onwarn,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/cli-[name]-[hash].js', sourcemap: true, sourcemapPathTransform: sourcePath },
  },
  {
    // motcua.js registers the widgets; sdk.js is the SDK for a portal's own scripts (same chunks).
    input: { motcua: 'src/cdn.ts', sdk: 'src/index.ts' },
    plugins: [
      nodeResolve({ browser: true }),
      // jsqr ships only as CommonJS/UMD; it is imported lazily, so it lands in its own chunk.
      commonjs({ include: /node_modules\/jsqr\// }),
      ts('dist/cdn'),
      minifyLiterals(),
      workerUrls(),
      terser({ module: true, ecma: 2020, compress: { passes: 2 } }),
    ],
    treeshake,
    onwarn,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      manualChunks: cdnChunks,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      sourcemapPathTransform: sourcePath,
    },
  },
];
