// `npm run build`: clean dist, emit declarations (this also type-checks src), bundle the library and
// the CDN file with rollup, write the per-element .d.ts stubs, generate custom-elements.json, and
// prove the package's exports resolve from plain Node. Any failing step fails the build.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findElements } from './elements.mjs';
import { root, run, runBin } from './run.mjs';

const started = Date.now();

/** @param {string} name @param {() => Promise<number> | number} fn */
async function step(name, fn) {
  const t = Date.now();
  const code = await fn();
  if (code !== 0) {
    console.error(`build: ${name} failed (exit ${code})`);
    process.exit(1);
  }
  console.log(`build: ${name} ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await step('declarations (tsc -p tsconfig.build.json)', () => runBin('tsc', ['-p', 'tsconfig.build.json']));
await step('rollup', () => runBin('rollup', ['-c', 'rollup.config.mjs']));
await step('dist/cdn/motcua.css', () => run(process.execPath, ['--import', 'tsx', 'scripts/reserve-css.ts']));

await step('element .d.ts stubs', () => {
  // tsc mirrors src (dist/elements/<name>/<name>.d.ts) while rollup flattens the entries
  // (dist/elements/<name>.js), so each flat entry gets a one-line declaration beside it.
  for (const el of findElements(join(root, 'src/elements'))) {
    const dir = join(dist, 'elements');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${el.name}.d.ts`), `export * from './${el.name}/${el.name}.js';\n`);
    if (el.component) {
      writeFileSync(
        join(dir, `${el.name}.component.d.ts`),
        `export * from './${el.name}/${el.name}.component.js';\n`,
      );
    }
  }
  return 0;
});

await step('custom-elements.json', async () => {
  const code = await runBin('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
  if (code !== 0) return code;
  return checkManifest();
});

await step('package check', () => run(process.execPath, ['scripts/check-package.mjs']));

// scripts/start.mjs compares this stamp with src/ to skip rebuilding an up-to-date dist.
writeFileSync(join(dist, '.build-stamp'), `${new Date().toISOString()}\n`);
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** Every module is a shipped file, and every element folder appears as a custom element with a tag. */
function checkManifest() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = new Set(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName)),
  );
  let missing = 0;
  // Editors and Storybook open these paths in the installed package: they must be shipped files.
  for (const mod of manifest.modules) {
    if (!existsSync(join(root, mod.path))) {
      console.error(`build: custom-elements.json names module ${mod.path}, which dist/ does not hold`);
      missing++;
    }
  }
  for (const el of findElements(join(root, 'src/elements'))) {
    if (!el.component) {
      console.error(`build: src/elements/${el.name}/${el.name}.component.ts is missing (the class lives there)`);
      missing++;
    } else if (![...tags].some((t) => t === `motcua-${el.name}` || t?.endsWith(`-${el.name}`))) {
      console.error(`build: custom-elements.json has no custom element for src/elements/${el.name}`);
      missing++;
    }
  }
  return missing ? 1 : 0;
}
